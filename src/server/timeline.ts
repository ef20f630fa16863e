/**
 * Claims per day and speaker side, for the desk's timeline: the store counts them in one query
 * (`Store.timeline`) with the claims list's filters. In `sitrep serve` this runs in the read
 * pool, off the thread that answers requests.
 */
import type { ClaimQuery, PageQuery, Store, Timeline, TimelineDay } from '../store/types.js';

export type { Timeline, TimelineDay };

/** Counts the claims matching `filters` per day and side, days in order (the store's `timeline`). */
export function timeline(store: Store, filters: Omit<ClaimQuery, keyof PageQuery>): Promise<Timeline> {
  return store.timeline(filters);
}
