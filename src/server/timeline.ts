/**
 * Claims per day and speaker side, for the desk's timeline: counted from the store's claim
 * stream (`eachClaim`) with the claims list's filters. In `sitrep serve` this runs in the read
 * pool, off the thread that answers requests.
 */
import type { ClaimQuery, PageQuery, Store } from '../store/types.js';

/** One bar of the timeline. */
export interface TimelineDay {
  date: string;
  side: string | null;
  claims: number;
}

/** What /api/timeline answers. */
export interface Timeline {
  days: TimelineDay[];
  /** All matching claims, dated or not. */
  claims: number;
}

/** Counts the claims matching `filters` per day and side, days in order. */
export async function timeline(store: Store, filters: Omit<ClaimQuery, keyof PageQuery>): Promise<Timeline> {
  const counts = new Map<string, number>();
  let claims = 0;
  for await (const r of store.eachClaim(filters)) {
    claims++;
    if (r.date === null) continue;
    const key = `${r.date}\u0000${r.side ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const days = [...counts].map(([k, n]) => {
    const [date, side] = k.split('\u0000') as [string, string];
    return { date, side: side === '' ? null : side, claims: n };
  });
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.side ?? '').localeCompare(b.side ?? '')));
  return { days, claims };
}
