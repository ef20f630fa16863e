/**
 * Which places a map should open on. Pure, without DOM: used by the web desk's map
 * (web/src/views/Map.tsx) and tested in node.
 */
import { distanceKm as distance } from './distance.js';

/** How far (km) from the busiest spot a place may lie and still be in the map's opening view. */
export const FOCUS_KM = 2500;

/** A place on the map: where it is and how many claims name it. */
export interface WeightedPoint {
  lat: number;
  lon: number;
  claims: number;
}

/** Great-circle distance in kilometres between two points (see ./distance.ts). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return distance(a.lat, a.lon, b.lat, b.lon);
}

/**
 * The places a map opens on: those within `radiusKm` of the place with the most claims around it
 * (all of them when they lie close together), so that one far-off place (often a name resolved to
 * the wrong town) does not zoom the map out to the whole world. Each place weighs its claim count,
 * at least 1. Empty for no places. Quadratic in the number of places (fine for the few hundred a
 * map shows).
 */
export function focusPlaces<T extends WeightedPoint>(places: readonly T[], radiusKm = FOCUS_KM): T[] {
  let best: T | undefined;
  let bestWeight = -1;
  for (const a of places) {
    let weight = 0;
    for (const b of places) if (distanceKm(a, b) <= radiusKm) weight += Math.max(1, b.claims);
    if (weight > bestWeight) { best = a; bestWeight = weight; }
  }
  return best ? places.filter((b) => distanceKm(best, b) <= radiusKm) : [];
}
