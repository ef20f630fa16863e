/**
 * GeoJSON export: one Point feature per located place (RFC 7946: [longitude, latitude], WGS 84),
 * with the claims that name it. Claims naming no located place are left out (they have no point).
 */
import type { ClaimRecord } from '../store/types.js';
import { eventLabel } from './event-colours.js';

/** A claim as shown on a place's feature. */
export interface FeatureClaim {
  id: string;
  documentId: string;
  date: string | null;
  speaker: string | null;
  side: string | null;
  kind: string;
  content: string;
  quantities: { value: number; high: number | null; bound: string; unit: string | null; text: string }[];
  source: string | null;
  url: string | null;
  repeats: string | null;
  /** The claim's event types, one per distinct label (`eventLabel`: ACLED sub-event type, else event type, else PLOVER type). */
  eventTypes: string[];
}

/**
 * Groups `claims` by located place and writes a FeatureCollection. Features are held in memory per
 * place (claims are small; a place's claims are what a map needs at once). A claim's event types
 * come from the record itself (`ClaimRecord.events`). Returns the feature count.
 */
export async function writeGeoJson(claims: AsyncIterable<ClaimRecord>, write: (s: string) => Promise<void> | void): Promise<number> {
  const places = new Map<string, { name: string; country: string | null; admin1: string | null; level: string | null; lat: number; lon: number; variants: Set<string>; claims: FeatureClaim[]; sources: Set<string> }>();
  for await (const c of claims) {
    let shown: FeatureClaim | null = null; // built once per claim, shared by its places
    for (const p of c.places) {
      if (p.lat === null || p.lon === null || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      let f = places.get(p.placeId);
      if (!f) {
        f = { name: p.name, country: p.country, admin1: p.admin1, level: p.level, lat: p.lat, lon: p.lon, variants: new Set(), claims: [], sources: new Set() };
        places.set(p.placeId, f);
      }
      f.variants.add(p.text);
      f.sources.add(c.rootDocumentId);
      // A claim that names one place twice ("Kupiansk ... Kupiansk") counts once on its feature.
      if (f.claims[f.claims.length - 1]?.id === c.id) continue;
      shown ??= {
        eventTypes: [...new Set((c.events ?? []).map(eventLabel))],
        id: c.id, documentId: c.documentId, date: c.date, speaker: c.speaker, side: c.side, kind: c.kind, content: c.content,
        quantities: c.quantities.map((q) => ({ value: q.value, high: q.high, bound: q.bound, unit: q.unit, text: q.text })),
        source: c.outlet ?? c.source, url: c.url, repeats: c.originClaimId,
      };
      f.claims.push(shown);
    }
  }
  await write('{"type":"FeatureCollection","features":[');
  let n = 0;
  for (const [id, f] of places) {
    const feature = {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
      properties: {
        placeId: id, name: f.name, country: f.country, admin1: f.admin1, level: f.level, variants: [...f.variants],
        claimCount: f.claims.length, independentSources: f.sources.size,
        eventTypes: [...new Set(f.claims.flatMap((x) => x.eventTypes))], claims: f.claims,
      },
    };
    await write((n ? ',\n' : '\n') + JSON.stringify(feature));
    n++;
  }
  await write('\n]}\n');
  return n;
}
