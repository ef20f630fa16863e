/**
 * The default gazetteer of the places stage: src/geo's `loadGazetteer()`, loaded once on first use
 * and shared read-only by every document afterwards. A caller may inject its own through
 * `AnalyzeOptions.gazetteer`. When the gazetteer file is missing (not built) the stage has no
 * gazetteer and leaves the places layer empty; `defaultGazetteerError()` says why.
 */
import type { Gazetteer } from '../../geo/types.js';
import { loadGazetteer } from '../../geo/index.js';

let cached: Gazetteer | null | undefined;
let failure: string | null = null;

/** The default gazetteer, or null when none is available. */
export function defaultGazetteer(): Gazetteer | null {
  if (cached === undefined) {
    try {
      cached = loadGazetteer();
    } catch (e) {
      cached = null;
      failure = e instanceof Error ? e.message : String(e);
    }
  }
  return cached;
}

/** Why the default gazetteer could not be loaded (null when it loaded or was not tried yet). */
export function defaultGazetteerError(): string | null {
  return failure;
}
