/**
 * Counting one isolate's garbage-collection pauses (perf_hooks `gc` entries), for the analysis
 * workers' stats and the ingest bench's main thread.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import type { GcPauses } from './pool.js';

/** Adds every later garbage-collection pause of this isolate to `into` (wall ms and counts by kind). */
export function observeGc(into: GcPauses): void {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      into.ms += e.duration;
      const kind = ((e as { detail?: unknown }).detail as { kind?: number } | undefined)?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) into.minor++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) into.major++;
      else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) into.incremental++;
    }
  }).observe({ entryTypes: ['gc'] });
}
