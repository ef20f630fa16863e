/**
 * The default gazetteer of the places stage: loaded once, on first use, and shared read-only by
 * every document afterwards. A caller may inject its own through `AnalyzeOptions.gazetteer`.
 */
import type { Gazetteer } from '../../geo/types.js';

let cached: Gazetteer | null | undefined;

/** The default gazetteer, or null when none is available. */
export function defaultGazetteer(): Gazetteer | null {
  if (cached === undefined) cached = null; // wired to src/geo's loadGazetteer() once it lands
  return cached;
}
