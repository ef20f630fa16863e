/**
 * Polygons that cross the antimeridian (Chukotka, Fiji, Antarctica), made drawable on a flat
 * Web Mercator map such as the desk's Leaflet basemap. TopoJSON and GeoJSON store such a ring with
 * longitudes jumping from +180 to −180; a planar renderer draws that jump as a stripe across the
 * whole world. Here each ring is unwrapped (a longitude that jumps by more than 180° from the
 * previous one is moved by 360°), so it runs past ±180 instead; a ring that goes once around a pole
 * (Antarctica) is closed along the Mercator latitude limit; latitudes are clamped to that limit.
 * Pure functions without DOM, shared by the web desk (web/src/views/Map.tsx) and the tests.
 */

/** The latitude where Web Mercator (Leaflet's default projection) stops, in degrees. */
export const MERCATOR_MAX_LAT = 85.0511287798066;

/** A [longitude, latitude] position, possibly with more coordinates after them (kept). */
export type Position = number[];
/** The Polygon and MultiPolygon geometries this module rewrites; other geometries pass through. */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

const clampLat = (lat: number): number => Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));

/**
 * One ring without antimeridian jumps: consecutive longitudes differ by at most 180°, the ring is
 * shifted by a multiple of 360° so that the middle of its longitude range lies in [−180, 180], a
 * ring around a pole is closed along ±MERCATOR_MAX_LAT (and shifted to start in [−180, 180)),
 * and latitudes are clamped to that limit.
 * Returns null for a ring with nothing left to draw on a Mercator map (fewer than 4 positions, or
 * entirely beyond the latitude limit).
 */
export function unwrapRing(ring: readonly Position[]): Position[] | null {
  if (ring.length < 4) return null;
  if (ring.every((p) => Math.abs(p[1]!) >= MERCATOR_MAX_LAT)) return null;
  const out: Position[] = [];
  let offset = 0;
  let prev = ring[0]![0]!;
  for (const p of ring) {
    let lon = p[0]! + offset;
    if (lon - prev > 180) { offset -= 360; lon -= 360; }
    else if (lon - prev < -180) { offset += 360; lon += 360; }
    out.push([lon, clampLat(p[1]!), ...p.slice(2)]);
    prev = lon;
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  const pole = Math.abs(last[0]! - first[0]!) > 180;
  if (pole) {
    // Once around a pole: the ring ends 360° from where it started. Close it along the pole edge.
    const mean = out.reduce((s, p) => s + p[1]!, 0) / out.length;
    const edge = mean < 0 ? -MERCATOR_MAX_LAT : MERCATOR_MAX_LAT;
    out.push([last[0]!, edge], [first[0]!, edge], [first[0]!, first[1]!]);
  }
  let min = Infinity;
  let max = -Infinity;
  for (const p of out) {
    if (p[0]! < min) min = p[0]!;
    if (p[0]! > max) max = p[0]!;
  }
  // A ring around a pole spans 360°: it starts in [−180, 180). Any other ring is centred.
  const shift = pole ? -360 * Math.floor((min + 180) / 360) : -360 * Math.round((min + max) / 2 / 360);
  if (shift !== 0) for (const p of out) p[0] = p[0]! + shift;
  return out;
}

/** A polygon (outer ring then holes) unwrapped ring by ring; null when its outer ring is dropped. */
function unwrapPolygon(rings: readonly Position[][]): Position[][] | null {
  const outer = rings[0] ? unwrapRing(rings[0]) : null;
  if (!outer) return null;
  const holes = rings.slice(1).map(unwrapRing).filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}

/**
 * An unwrapped polygon, plus its copy 360° away when it runs past ±180, so that it shows on both
 * sides of the antimeridian (Chukotka beside Alaska as well as at the east end of Russia). A polygon
 * around a pole spans 360° from its westmost point: it gets a copy 360° to the west unless it
 * starts at −180, so that together they cover [−180, 180].
 */
function withCopy(poly: Position[][]): Position[][][] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of poly[0]!) {
    if (p[0]! < min) min = p[0]!;
    if (p[0]! > max) max = p[0]!;
  }
  const eps = 1e-9;
  if (max - min >= 360 - eps) {
    if (min <= -180 + eps) return [poly];
  } else if (max <= 180 + eps && min >= -180 - eps) return [poly];
  const shift = max - min >= 360 - eps || max > 180 + eps ? -360 : 360;
  return [poly, poly.map((ring) => ring.map((p) => [p[0]! + shift, ...p.slice(1)]))];
}

/**
 * A Polygon or MultiPolygon made safe for a flat Mercator map: each ring unwrapped (see
 * unwrapRing) and each polygon that runs past ±180 also copied 360° away, so a Polygon may come
 * back as a MultiPolygon. Any other geometry, or null, is returned unchanged. The input is not
 * modified.
 */
export function unwrapGeometry<G extends { type: string } | null>(geometry: G): G {
  if (geometry === null) return geometry;
  const g = geometry as unknown as AreaGeometry;
  let polys: Position[][][];
  if (g.type === 'Polygon') polys = [g.coordinates];
  else if (g.type === 'MultiPolygon') polys = g.coordinates;
  else return geometry;
  const out = polys.map(unwrapPolygon).filter((p): p is Position[][] => p !== null).flatMap(withCopy);
  if (g.type === 'Polygon' && out.length === 1) return { ...geometry, coordinates: out[0] } as unknown as G;
  return { ...geometry, type: 'MultiPolygon', coordinates: out } as unknown as G;
}
