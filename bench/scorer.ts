/**
 * Pure scoring functions for attribution relations (no file I/O): exact span match per role and
 * attribution-level matching (lenient and strict), micro-averaged by summing counts.
 * See bench/README.md for the definitions.
 */
import type { AR, Frag } from './polnear.js';

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 with their counts. */
export interface PRF extends Counts {
  p: number;
  r: number;
  f1: number;
}

/** The roles scored as labelled chunks. */
export const ROLES = ['source', 'cue', 'content'] as const;
export type RoleName = (typeof ROLES)[number];

/** Counts for one document (or, summed, a whole split). */
export interface Score {
  /** Exact span match per role (chunks are sets per document). */
  spans: Record<RoleName, Counts>;
  /** Attribution-level, lenient (content ≥ 50% of gold, source overlaps or both absent). */
  lenient: Counts;
  /** Attribution-level, strict (source, cue and content all exactly equal). */
  strict: Counts;
  /** The direct-quote slice of the two attribution-level metrics. */
  directLenient: Counts;
  directStrict: Counts;
}

/** A document's score plus what matched, for error analysis (indices into the normalised lists). */
export interface DocResult {
  score: Score;
  /** Normalised gold ARs that take part in attribution-level scoring. */
  gold: AR[];
  /** Normalised predicted ARs that take part in attribution-level scoring. */
  pred: AR[];
  /** Lenient matches as [goldIndex, predIndex]. */
  lenientPairs: [number, number][];
  /** Strict matches as [goldIndex, predIndex]. */
  strictPairs: [number, number][];
  /** Per gold/pred index: is it in the direct-quote slice. */
  goldDirect: boolean[];
  predDirect: boolean[];
}

/** Zero counts. */
export function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** An empty score. */
export function emptyScore(): Score {
  return {
    spans: { source: zero(), cue: zero(), content: zero() },
    lenient: zero(),
    strict: zero(),
    directLenient: zero(),
    directStrict: zero(),
  };
}

/** Adds `b` into `a` (micro-averaging sums counts over documents). */
export function addCounts(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** Adds every count of `b` into `a`. */
export function addScore(a: Score, b: Score): void {
  for (const r of ROLES) addCounts(a.spans[r], b.spans[r]);
  addCounts(a.lenient, b.lenient);
  addCounts(a.strict, b.strict);
  addCounts(a.directLenient, b.directLenient);
  addCounts(a.directStrict, b.directStrict);
}

/** Precision, recall and F1 from counts; 0 where undefined, except 1 when there is nothing at all. */
export function prf(c: Counts): PRF {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...c, p, r, f1 };
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Normalises a fragment list against `text`: trims whitespace at each fragment's edges, drops
 * empty fragments, sorts, and merges fragments that overlap, touch, or are separated only by
 * whitespace (they cover the same non-space characters). Returns null for an empty result.
 */
export function normalize(text: string, frags: readonly Frag[] | null | undefined): Frag[] | null {
  if (!frags || frags.length === 0) return null;
  const trimmed: Frag[] = [];
  for (const f of frags) {
    let s = Math.max(0, f.start);
    let e = Math.min(text.length, f.end);
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) trimmed.push({ start: s, end: e });
  }
  if (trimmed.length === 0) return null;
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Frag[] = [{ ...trimmed[0]! }];
  for (let i = 1; i < trimmed.length; i++) {
    const f = trimmed[i]!;
    const last = out[out.length - 1]!;
    let gapIsSpace = true;
    for (let k = last.end; k < f.start; k++) {
      if (!isSpace(text.charCodeAt(k))) {
        gapIsSpace = false;
        break;
      }
    }
    if (gapIsSpace) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

/** Normalises every role of an AR (see `normalize`); content becomes `[]` when empty. */
export function normalizeAR(text: string, ar: AR): AR {
  return {
    source: normalize(text, ar.source),
    cue: normalize(text, ar.cue),
    content: normalize(text, ar.content) ?? [],
  };
}

/** A stable key for a normalised fragment list (`"3-9;12-20"`), or `""` for null. */
export function spanKey(frags: readonly Frag[] | null): string {
  return frags ? frags.map((f) => `${f.start}-${f.end}`).join(';') : '';
}

/** Total length in characters of a normalised (non-overlapping) fragment list. */
export function spanLength(frags: readonly Frag[] | null): number {
  let n = 0;
  if (frags) for (const f of frags) n += f.end - f.start;
  return n;
}

/** Number of characters shared by two normalised (sorted, non-overlapping) fragment lists. */
export function overlap(a: readonly Frag[] | null, b: readonly Frag[] | null): number {
  if (!a || !b) return 0;
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const s = Math.max(x.start, y.start);
    const e = Math.min(x.end, y.end);
    if (e > s) n += e - s;
    if (x.end <= y.end) i++;
    else j++;
  }
  return n;
}

/** The quotation marks that put a gold AR in the direct-quote slice. */
export const QUOTE_MARKS = ['"', '\u201c', '\u201d'];

/** True when the text covered by `frags` contains a quotation mark (`"`, `“` or `”`). */
export function isDirect(text: string, frags: readonly Frag[]): boolean {
  for (const f of frags) {
    for (let k = f.start; k < f.end; k++) {
      if (QUOTE_MARKS.includes(text[k]!)) return true;
    }
  }
  return false;
}

/**
 * The lenient attribution test: the predicted content covers at least half of the gold content's
 * characters, and the predicted source overlaps the gold source (or both have none).
 */
export function lenientMatch(gold: AR, pred: AR): boolean {
  const gl = spanLength(gold.content);
  if (gl === 0 || 2 * overlap(gold.content, pred.content) < gl) return false;
  if (gold.source === null) return pred.source === null;
  return pred.source !== null && overlap(gold.source, pred.source) > 0;
}

/** The strict attribution test: source, cue and content are all exactly equal (null equals null). */
export function strictMatch(gold: AR, pred: AR): boolean {
  return (
    spanKey(gold.content) === spanKey(pred.content) &&
    spanKey(gold.source) === spanKey(pred.source) &&
    spanKey(gold.cue) === spanKey(pred.cue)
  );
}

/** Content Jaccard similarity, used to order candidate pairs in greedy matching. */
function jaccard(a: readonly Frag[], b: readonly Frag[]): number {
  const o = overlap(a, b);
  const u = spanLength(a) + spanLength(b) - o;
  return u === 0 ? 0 : o / u;
}

/**
 * Greedy one-to-one matching: every (gold, pred) pair that passes `test` is a candidate; pairs are
 * taken best content Jaccard first (ties: lower gold index, then lower pred index) while both ends
 * are still free.
 */
export function greedyMatch(gold: AR[], pred: AR[], test: (g: AR, p: AR) => boolean): [number, number][] {
  const cands: { g: number; p: number; s: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      if (test(gold[g]!, pred[p]!)) cands.push({ g, p, s: jaccard(gold[g]!.content, pred[p]!.content) });
    }
  }
  cands.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const gUsed = new Uint8Array(gold.length);
  const pUsed = new Uint8Array(pred.length);
  const out: [number, number][] = [];
  for (const c of cands) {
    if (gUsed[c.g] || pUsed[c.p]) continue;
    gUsed[c.g] = 1;
    pUsed[c.p] = 1;
    out.push([c.g, c.p]);
  }
  return out;
}

function chunkCounts(gold: Set<string>, pred: Set<string>): Counts {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

function sliceCounts(pairs: [number, number][], goldDirect: boolean[], predDirect: boolean[]): Counts {
  const gm = new Set(pairs.map(([g]) => g));
  const pm = new Set(pairs.map(([, p]) => p));
  let tp = 0;
  for (const [g] of pairs) if (goldDirect[g]) tp++;
  let fn = 0;
  goldDirect.forEach((d, g) => {
    if (d && !gm.has(g)) fn++;
  });
  let fp = 0;
  predDirect.forEach((d, p) => {
    if (d && !pm.has(p)) fp++;
  });
  return { tp, fp, fn };
}

/**
 * Scores one document (one `.ann` file) against predictions for its text.
 * - Exact span match: per role, the document's normalised spans form a set of labelled chunks
 *   (duplicates count once); a multi-fragment span matches only if every fragment matches.
 * - Attribution level: ARs with empty content are left out; lenient and strict matches are
 *   greedy and one-to-one.
 * - Direct-quote slice: gold ARs whose content contains a quotation mark; its false positives are
 *   unmatched predictions whose content contains one.
 */
export function scoreDoc(text: string, goldIn: readonly AR[], predIn: readonly AR[]): DocResult {
  const goldAll = goldIn.map((a) => normalizeAR(text, a));
  const predAll = predIn.map((a) => normalizeAR(text, a));
  const score = emptyScore();
  for (const role of ROLES) {
    const g = new Set<string>();
    const p = new Set<string>();
    for (const a of goldAll) if (a[role] && a[role]!.length) g.add(spanKey(a[role]));
    for (const a of predAll) if (a[role] && a[role]!.length) p.add(spanKey(a[role]));
    score.spans[role] = chunkCounts(g, p);
  }
  const gold = goldAll.filter((a) => a.content.length > 0);
  const pred = predAll.filter((a) => a.content.length > 0);
  const lenientPairs = greedyMatch(gold, pred, lenientMatch);
  const strictPairs = greedyMatch(gold, pred, strictMatch);
  score.lenient = { tp: lenientPairs.length, fp: pred.length - lenientPairs.length, fn: gold.length - lenientPairs.length };
  score.strict = { tp: strictPairs.length, fp: pred.length - strictPairs.length, fn: gold.length - strictPairs.length };
  const goldDirect = gold.map((a) => isDirect(text, a.content));
  const predDirect = pred.map((a) => isDirect(text, a.content));
  score.directLenient = sliceCounts(lenientPairs, goldDirect, predDirect);
  score.directStrict = sliceCounts(strictPairs, goldDirect, predDirect);
  return { score, gold, pred, lenientPairs, strictPairs, goldDirect, predDirect };
}
