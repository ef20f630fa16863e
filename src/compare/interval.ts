/**
 * Quantities as intervals: the values a figure allows given its bound ("more than 20" = (20, ∞),
 * "about 1,000" = [900, 1,100]), and whether two such intervals can both be true.
 */
import type { Bound } from '../analyze/types.js';

/** A closed or half-open interval of allowed values. `lo`/`hi` may be -Infinity/Infinity. */
export interface Interval {
  lo: number;
  hi: number;
  /** `lo` itself is excluded ("more than 20"). */
  loOpen: boolean;
  /** `hi` itself is excluded ("fewer than 20"). */
  hiOpen: boolean;
}

/** Tolerances for `intervalOf`. */
export interface IntervalOptions {
  /** Relative tolerance of `approx` ("about 1,000" = 1,000 ± 10% with 0.1). */
  approxTolerance: number;
  /** A vague amount ("dozens" = 12, "hundreds" = 100) allows values up to below value × this. */
  vagueUpperFactor: number;
  /**
   * The figure counts whole things (tanks, people): open ends close on the next whole number
   * ("more than 40" = [41, ∞), "fewer than 5" = [0, 4]). Not for distances, areas, percentages.
   */
  integers?: boolean;
  /**
   * "Up to N" of a claimed toll allows [N × atMostFloor, N] rather than [0, N] ("up to 180
   * mercenaries killed" is a claim of about that many, not of any number below it). 0 or absent: [0, N].
   */
  atMostFloor?: number;
}

/**
 * The interval a figure allows:
 * exact [v, v] · approx [v(1-t), v(1+t)] · more_than (v, ∞) · at_least [v, ∞) · less_than [0, v) ·
 * at_most [0, v] (a claimed toll: [v·atMostFloor, v]) · range [v, high]; a vague exact/approx amount [v, v·f) (it names a floor).
 * With `integers`, open ends close on whole numbers.
 */
export function intervalOf(q: { value: number; high?: number | null; bound: Bound; vague?: boolean }, o: IntervalOptions): Interval {
  const iv = rawInterval(q, o);
  if (!o.integers) return iv;
  // whole things: the smallest and largest whole numbers inside
  const lo = iv.loOpen ? Math.floor(iv.lo) + 1 : Math.ceil(iv.lo);
  const hi = iv.hiOpen ? Math.ceil(iv.hi) - 1 : Math.floor(iv.hi);
  return { lo: Number.isFinite(iv.lo) ? lo : iv.lo, hi: Number.isFinite(iv.hi) ? hi : iv.hi, loOpen: false, hiOpen: false };
}

function rawInterval(q: { value: number; high?: number | null; bound: Bound; vague?: boolean }, o: IntervalOptions): Interval {
  const v = q.value;
  const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });
  if (q.vague && (q.bound === 'exact' || q.bound === 'approx')) return { lo: v, hi: v * o.vagueUpperFactor, loOpen: false, hiOpen: true };
  switch (q.bound) {
    case 'exact':
      return closed(v, v);
    case 'approx': {
      const d = Math.abs(v) * o.approxTolerance;
      return closed(v - d, v + d);
    }
    case 'more_than':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: false };
    case 'at_least':
      return closed(v, Infinity);
    case 'less_than':
      return { lo: Math.min(0, v), hi: v, loOpen: false, hiOpen: true };
    case 'at_most':
      return closed(o.atMostFloor && v > 0 ? v * o.atMostFloor : Math.min(0, v), v);
    case 'range': {
      const h = q.high ?? v;
      return closed(Math.min(v, h), Math.max(v, h));
    }
    default:
      return closed(v, v);
  }
}

/** The intersection of two intervals (possibly empty: test with `isEmpty`). */
export function intersect(a: Interval, b: Interval): Interval {
  let lo = a.lo;
  let loOpen = a.loOpen;
  if (b.lo > lo || (b.lo === lo && b.loOpen)) {
    lo = b.lo;
    loOpen = b.loOpen || (b.lo === a.lo && a.loOpen);
  }
  let hi = a.hi;
  let hiOpen = a.hiOpen;
  if (b.hi < hi || (b.hi === hi && b.hiOpen)) {
    hi = b.hi;
    hiOpen = b.hiOpen || (b.hi === a.hi && a.hiOpen);
  }
  return { lo, hi, loOpen, hiOpen };
}

/** True when no value lies in the interval. */
export function isEmpty(i: Interval): boolean {
  return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}

/** True when some value satisfies both figures. */
export function compatible(a: Interval, b: Interval): boolean {
  return !isEmpty(intersect(a, b));
}

/**
 * Splits intervals into the fewest positions whose members share a common value (greedy over
 * increasing lower ends, keeping the running intersection; O(n log n)). Returns, for each
 * position, the member indices and their common interval.
 */
export function positions(list: readonly Interval[]): { members: number[]; common: Interval }[] {
  const order = list.map((_, i) => i).sort((x, y) => list[x]!.lo - list[y]!.lo || Number(list[x]!.loOpen) - Number(list[y]!.loOpen));
  const out: { members: number[]; common: Interval }[] = [];
  let cur: { members: number[]; common: Interval } | null = null;
  for (const i of order) {
    const iv = list[i]!;
    if (cur) {
      const next = intersect(cur.common, iv);
      if (!isEmpty(next)) {
        cur.common = next;
        cur.members.push(i);
        continue;
      }
    }
    cur = { members: [i], common: iv };
    out.push(cur);
  }
  return out;
}
