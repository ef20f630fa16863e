/**
 * Look-up tables over one analysis, built once and shared by the facts of all its claims, so that
 * extracting the facts of every claim of a document costs about its size, not its size times its
 * number of claims. Kept in a WeakMap keyed by the analysis object (an analysis is not changed
 * after `analyze` returns it); nothing outside this module sees the cache.
 */
import type { Analysis, Span } from '../analyze/types.js';

/** Spans sorted by start, with the running maximum of their ends, for "which spans contain / lie in" queries. */
export class SpanIndex<T extends Span> {
  /** Indices into the original array, sorted by start (stable). */
  readonly order: number[];
  private readonly starts: number[];
  /** maxEnd[k] = max end of order[0..k]. */
  private readonly maxEnd: number[];

  constructor(readonly items: readonly T[]) {
    this.order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    this.starts = this.order.map((i) => items[i]!.start);
    this.maxEnd = [];
    let m = -Infinity;
    for (const i of this.order) this.maxEnd.push((m = Math.max(m, items[i]!.end)));
  }

  /** First position in `order` whose start is >= `pos`. */
  lowerBound(pos: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Original indices of the items that lie inside `[s, e)`, in no particular order. */
  within(s: number, e: number, out: number[] = []): number[] {
    for (let k = this.lowerBound(s); k < this.order.length && this.starts[k]! < e; k++) {
      const i = this.order[k]!;
      if (this.items[i]!.end <= e) out.push(i);
    }
    return out;
  }

  /** Whether some item contains the offset `pos` (start <= pos < end). */
  covers(pos: number): boolean {
    const k = this.lowerBound(pos + 1) - 1; // last item starting at or before pos
    return k >= 0 && this.maxEnd[k]! > pos;
  }

  /** Whether some item contains `[s, e)` (start <= s and e <= end). */
  contains(s: number, e: number): boolean {
    const k = this.lowerBound(s + 1) - 1;
    return k >= 0 && this.maxEnd[k]! >= e;
  }

  /**
   * Original indices of the items that overlap `[s, e)` (end > s and start < e), in `order`.
   * Items starting before the first one whose running end exceeds `s` cannot overlap.
   */
  overlapping(s: number, e: number): number[] {
    let lo = 0, hi = this.maxEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < this.order.length && this.starts[k]! < e; k++) {
      const i = this.order[k]!;
      if (this.items[i]!.end > s) out.push(i);
    }
    return out;
  }
}

/** The original indices of items inside any of `spans`, ascending (each once). */
export function withinAny<T extends Span>(index: SpanIndex<T>, spans: readonly Span[]): number[] {
  if (spans.length === 1) return index.within(spans[0]!.start, spans[0]!.end).sort((a, b) => a - b);
  const out: number[] = [];
  for (const s of spans) index.within(s.start, s.end, out);
  return [...new Set(out)].sort((a, b) => a - b);
}

const caches = new WeakMap<Analysis, Map<string, unknown>>();

/** A value derived from `analysis` once, under `key` (built by `make` on first use). */
export function memo<T>(analysis: Analysis, key: string, make: () => T): T {
  let m = caches.get(analysis);
  if (!m) caches.set(analysis, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = make();
  m.set(key, v);
  return v;
}
