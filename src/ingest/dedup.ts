/**
 * Reprints: exact duplicates by a hash of the normalised text, near-duplicates (lightly edited wire
 * copy: a new headline, a changed paragraph, other boilerplate) by MinHash over word shingles with
 * LSH banding, so that finding the candidates of a new text costs a few hash-map look-ups, not a
 * comparison with every text seen.
 *
 * Method: the text is folded (NFKC, lower case) and cut into words (runs of letters and digits,
 * any script); every run of `SHINGLE` consecutive words is one shingle, hashed to 32 bits. The
 * signature keeps, for each of `HASHES` hash functions, the smallest hash over all shingles: the
 * share of equal positions in two signatures estimates the Jaccard similarity of their shingle
 * sets. Signatures are cut into `BANDS` bands of `ROWS` values; two texts become candidates when
 * one band is identical (probability 1-(1-J^ROWS)^BANDS: 0.96 at J=0.5, 0.80 at J=0.4, 0.02 at J=0.1), and a
 * candidate is a near-duplicate when the estimated similarity is at least the threshold.
 * Everything is deterministic (fixed seeds, no randomness).
 *
 * Similar wording is not enough: templated reports (a ministry's daily summary, a casualty update)
 * share most of their words but carry other figures and places, and each is a claim of its own.
 * So a near-duplicate is a reprint only when `reprintAgrees` says the texts' figures agree (and,
 * for short texts, their places): see there for the rule. Exact copies are always reprints.
 */
import { createHash } from 'node:crypto';
import { table } from '../lexicon/index.js';
import type { DuplicateMatch } from './types.js';
import { HASHES, similarity, signatureFromBuffer, signatureToBuffer, type Signature } from '../util/minhash.js';

/** Words per shingle. */
export const SHINGLE = 5;
// Signature length, similarity and byte codecs live where the stores can import them without this layer.
export { HASHES, similarity, signatureFromBuffer, signatureToBuffer, type Signature };
/** LSH bands and values per band (`BANDS * ROWS === HASHES`). */
export const BANDS = 24;
export const ROWS = 3;
/**
 * Most texts kept per LSH bucket. A full bucket holds many copies of one text (a reprint storm) or
 * shared boilerplate; later texts still meet its first members, and `add` stays O(BANDS * MAX_BUCKET)
 * comparisons at worst instead of growing with the collection.
 */
export const MAX_BUCKET = 16;
/** Default estimated Jaccard similarity from which a text counts as a near-duplicate. */
export const NEAR_THRESHOLD = 0.4;

/** Typographic variants folded before hashing, so that “quotes”, ’apostrophes’ and dashes do not break an exact match. */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/**
 * The text as compared for exact duplicates: NFKC, lower case, typographic quotes and dashes
 * folded to ASCII, every run of white space one space, trimmed.
 */
export function normaliseText(text: string): string {
  return normaliseLowered(lowerText(text));
}

/** NFKC, lower case: the first step of both `normaliseText` and the signature's words (`signatureOfLowered`). */
export function lowerText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** `normaliseText` of a text already through `lowerText`. */
function normaliseLowered(lowered: string): string {
  return lowered
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2010-\u2015\u2212]/g, (c) => FOLD[c] ?? c)
    // Only runs that are not already one plain space are rewritten (same result as /\s+/ → ' ',
    // without a replacement per word: on a 4 MB text that was most of the reader's time).
    .replace(/\s{2,}|[^\S ]/gu, ' ')
    .trim();
}

/** Hash of the normalised text (first 16 hex digits of SHA-256): equal for exact reprints. */
export function contentHash(text: string): string {
  return contentHashOfLowered(lowerText(text));
}

/** `contentHash` of a text already through `lowerText` (so that the signature can share that step). */
export function contentHashOfLowered(lowered: string): string {
  return createHash('sha256').update(normaliseLowered(lowered), 'utf8').digest('hex').slice(0, 16);
}

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds of the hash functions (derived from the index, so they never change between runs or versions). */
const SEEDS: Uint32Array = (() => {
  const a = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i++) a[i] = fmix(Math.imul(i + 1, 0x9e3779b9));
  return a;
})();

/** One code point of a word: a letter or a digit of any script (`/[\p{L}\p{N}]/u`). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit of the Basic Multilingual Plane: 0 not yet known, 1 not a word character, 2 a word character. */
const BMP_WORD = new Uint8Array(0x10000);

/** Whether code unit `c` (a code point of the BMP, or a lone surrogate: never a word character) is a letter or digit. */
function bmpWord(c: number): boolean {
  let k = BMP_WORD[c]!;
  if (k === 0) BMP_WORD[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** Scratch space of `wordHashes` and `shingleHashes`, grown as needed (module state: one per thread). */
let wordBuf: Uint32Array = new Uint32Array(1024);
let shingleBuf: Uint32Array = new Uint32Array(1024);

/** `buf`, or a larger copy of it when it cannot hold `n` values. */
function room(buf: Uint32Array, n: number): Uint32Array {
  if (n <= buf.length) return buf;
  const out = new Uint32Array(Math.max(n, buf.length * 2));
  out.set(buf);
  return out;
}

/**
 * The hashes of the words of a folded text, in order (FNV-1a over each word's UTF-16 code units,
 * finished with `fmix`): the words are the maximal runs of letters
 * and digits, code point by code point, exactly what `/[\p{L}\p{N}]+/gu` matches, read in one pass
 * over the code units without making a string per word. They are written to `wordBuf` (reused,
 * so that no array of heap numbers is made per text); returns how many there are.
 */
function wordHashes(t: string): number {
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      units = 2; // a code point outside the BMP
      word = WORD_CHAR.test(t.slice(i, i + 2));
    } else word = bmpWord(c);
    if (word) {
      inWord = true;
      for (let u = 0; u < units; u++) {
        h ^= t.charCodeAt(i + u);
        h = Math.imul(h, 0x01000193);
      }
    } else if (inWord) {
      wordBuf = room(wordBuf, n + 1);
      wordBuf[n++] = fmix(h);
      h = 0x811c9dc5;
      inWord = false;
    }
    i += units - 1;
  }
  if (inWord) {
    wordBuf = room(wordBuf, n + 1);
    wordBuf[n++] = fmix(h);
  }
  return n;
}

/**
 * The 32-bit hashes of the word shingles of a text (through `lowerText`), in order and with repeats, written to
 * `shingleBuf`; returns how many there are (a text shorter than one shingle is one shingle).
 */
function shingleHashes(lowered: string): number {
  const nw = wordHashes(lowered);
  const k = Math.min(SHINGLE, nw);
  if (k === 0) return 0;
  const n = nw - k + 1;
  shingleBuf = room(shingleBuf, n);
  const words = wordBuf;
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < k; j++) h = fmix((h ^ words[i + j]!) + j);
    shingleBuf[i] = h;
  }
  return n;
}

/** The 32-bit hashes of the distinct word shingles of a text, in first-seen order (a text shorter than one shingle is one shingle). */
export function shingles(text: string): Uint32Array {
  const n = shingleHashes(lowerText(text));
  const out = new Set<number>();
  for (let i = 0; i < n; i++) out.add(shingleBuf[i]!);
  return Uint32Array.from(out);
}

/** The MinHash signature of a text (all values 0xffffffff for a text without words). */
export function signature(text: string): Signature {
  return signatureOfLowered(lowerText(text));
}

/** `signature` of a text already through `lowerText` (so that the content hash can share that step). */
export function signatureOfLowered(lowered: string): Signature {
  const sig = new Uint32Array(HASHES);
  // Over every shingle, repeats included: a repeat cannot change a minimum, so the distinct set of
  // `shingles` gives the same signature, without building it.
  const n = shingleHashes(lowered);
  const sh = shingleBuf;
  for (let i = 0; i < HASHES; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    for (let s = 0; s < n; s++) {
      const v = fmix(sh[s]! ^ seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/**
 * The `BANDS` LSH keys of a signature: key `i` is a 32-bit hash of band `i`'s values (keys are
 * compared band by band). A store can keep them in an indexed table (band, key) → document and
 * find the candidates of a new text with one query.
 */
export function bandKeys(sig: Signature): Uint32Array {
  const keys = new Uint32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = 0x3c6ef372 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix((h ^ sig[b * ROWS + r]!) + r);
    keys[b] = h;
  }
  return keys;
}

/** Cardinal number words ("two", "forty") and their values, from data/number-words.tsv (kind `small`). */
const NUMBER_WORDS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [word, value, kind] of table('number-words.tsv')) if (kind === 'small' && word && value) m.set(word.toLowerCase(), value);
  return m;
})();

/**
 * Texts with fewer words than this are "short" (a channel post, a daily summary): for them the
 * places must agree too. Longer texts are not compared by place: a reprint's page furniture (a
 * byline, a section name) and a cut background paragraph change the places found in it, and the
 * place recogniser's occasional false hit there would split a true reprint.
 */
export const SHORT_TEXT_WORDS = 150;

/** What `reprintAgrees` compares: the figures of a text, its places, and its length in words. */
export interface TextFacts {
  /**
   * The figures, sorted: digit runs ("14,000" and "14000" both `14000`) and cardinal number words
   * as their value ("two" → `2`); dates and clock times are left out (see `notFigurePatterns`).
   */
  numbers: string[];
  /** Place keys (e.g. gazetteer ids) named in the text, sorted and distinct; null when not known. */
  places: string[] | null;
  words: number;
}

/**
 * Month names and abbreviations in English, Russian and Ukrainian (nominative and genitive, as
 * "15 октября" needs), taken from the runtime's ICU data rather than a list of our own.
 */
function monthAlternation(): string {
  const names = new Set<string>(['sept']);
  // one formatter per locale and style (making one is slow: this ran at every start-up)
  const formats = new Map<string, Intl.DateTimeFormat>();
  const format = (loc: string, month: 'long' | 'short', day: 'numeric' | undefined): Intl.DateTimeFormat => {
    const k = `${loc} ${month} ${day}`;
    let f = formats.get(k);
    if (!f) formats.set(k, (f = new Intl.DateTimeFormat(loc, { month, day, timeZone: 'UTC' })));
    return f;
  };
  for (const loc of ['en', 'ru', 'uk']) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2025, m, 15));
      for (const month of ['long', 'short'] as const) {
        for (const day of [undefined, 'numeric'] as const) {
          for (const p of format(loc, month, day).formatToParts(d)) {
            if (p.type === 'month') names.add(p.value.toLowerCase().replace(/\.$/, ''));
          }
        }
      }
    }
  }
  return [...names].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Dates and times are not figures: a reprint adds a byline with its own date and time
 * ("15.10.2025, 16:10") or a dateline ("May 14"), and a background paragraph it cuts may name a
 * year. Numeric dates, clock times, years 1900-2099 and day numbers next to a month name are
 * blanked before the figures are collected.
 */
let notFigures: RegExp[] | null = null;

/** The patterns above, built on first use (the month names cost some 50 ms at start-up, and `analyze` never needs them). */
function notFigurePatterns(): RegExp[] {
  if (notFigures) return notFigures;
  const MONTHS = monthAlternation();
  return (notFigures = [
    /(?<![\p{N}.,])\p{N}{1,4}[./-]\p{N}{1,2}[./-]\p{N}{1,4}(?![\p{N}])/gu, // 15.10.2025, 2025-10-15, 10/15/25
    /(?<![\p{N}.,:])\p{N}{1,2}:\p{N}{2}(?::\p{N}{2})?(?![\p{N}])/gu, // 16:10, 09:30:15
    /(?<![\p{N}.,])(?:19|20)\p{N}{2}(?![\p{N}]|[.,]\p{N})/gu, // 2024
    new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?\\s+\\p{N}{1,2}(?:st|nd|rd|th)?(?![\\p{N}])`, 'giu'), // Oct 15, May 14th
    new RegExp(`(?<![\\p{N}.,])\\p{N}{1,2}(?:st|nd|rd|th|-?го)?\\s+(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'giu'), // 15 October, 14 мая
  ]);
}

/** The figures and length of a text, with its place keys when the caller knows them (e.g. from the analysis). */
export function textFacts(text: string, places?: Iterable<string> | null): TextFacts {
  const numbers: string[] = [];
  let words = 0;
  let t = text.normalize('NFKC').toLowerCase();
  for (const re of notFigurePatterns()) t = t.replace(re, (m) => ' '.repeat(m.length));
  // Digit groups joined by a thousands comma, dot, space or apostrophe count as one number.
  for (const m of t.matchAll(/\p{N}+(?:[,.'\u00a0\u202f]\p{N}{3}(?!\p{N}))*(?:\.\p{N}+)?|[\p{L}\p{M}]+/gu)) {
    words++;
    const w = m[0];
    if (/^\p{N}/u.test(w)) numbers.push(w.replace(/[,'\u00a0\u202f]/g, '').replace(/^0+(?=\d)/, ''));
    else {
      const v = NUMBER_WORDS.get(w);
      if (v !== undefined) numbers.push(v);
    }
  }
  numbers.sort();
  return { numbers, places: places ? [...new Set(places)].sort() : null, words };
}

/** How many items of sorted `a` have no partner in sorted `b` (multiset difference size). */
function missing(a: readonly string[], b: readonly string[]): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length) {
    if (j >= b.length || a[i]! < b[j]!) { n++; i++; }
    else if (a[i] === b[j]) { i++; j++; }
    else j++;
  }
  return n;
}

/**
 * Whether two near-duplicate texts may be one text (a reprint) rather than two reports written from
 * one template. The rule: no figure may be *replaced*. Figures only one text has (a paragraph
 * added or cut, a dateline, a credit line with a year) are allowed, but when each text has a figure
 * the other lacks (45 against 130 servicemen, "three" against "seven" tanks) they report different
 * things and are not reprints. The same holds for the places of short texts (under
 * `SHORT_TEXT_WORDS` words, where a changed town is most of the news): a place only one names is
 * allowed, a place replaced by another is not. Places are compared only when both are known.
 */
export function reprintAgrees(a: TextFacts, b: TextFacts): boolean {
  if (missing(a.numbers, b.numbers) > 0 && missing(b.numbers, a.numbers) > 0) return false;
  if (a.places && b.places && Math.min(a.words, b.words) < SHORT_TEXT_WORDS) {
    if (missing(a.places, b.places) > 0 && missing(b.places, a.places) > 0) return false;
  }
  return true;
}

/** A text that may be the original of a new one: its signature and its order (smaller: seen earlier). */
export interface ReprintCandidateLike {
  seq: number;
  signature: Signature;
}

/**
 * The reprint rule, the one both reprint indexes apply (the in-memory `NearDupIndex` and the
 * ledger's store-backed detector, src/ledger/reprints.ts): among `candidates` whose estimated
 * similarity to `sig` is at least `threshold`, the most similar one (ties: the earlier one) for
 * which `agrees` holds (`reprintAgrees` on their figures and places). Null when there is none.
 * `agrees` is asked in that order and only until it holds.
 */
export function pickReprint<C extends ReprintCandidateLike>(sig: Signature, candidates: Iterable<C>, threshold: number,
  agrees: (c: C) => boolean): { candidate: C; similarity: number } | null {
  const near: { c: C; v: number }[] = [];
  for (const c of candidates) {
    const v = similarity(sig, c.signature);
    if (v >= threshold) near.push({ c, v });
  }
  near.sort((x, y) => y.v - x.v || x.c.seq - y.c.seq);
  for (const { c, v } of near) if (agrees(c)) return { candidate: c, similarity: v };
  return null;
}

/**
 * An in-memory index of texts for reprint detection. `add` returns null for a text not seen
 * before, or the match that makes it a carrier of an earlier text. Matches point at the first
 * document of a text (a reprint of a reprint points at the original), so that all carriers of one
 * text share one `duplicateOf`. Cost per `add`: one signature plus `BANDS` map look-ups and a
 * comparison with each candidate found (at most `BANDS * MAX_BUCKET`).
 * Memory: about `HASHES * 4 + BANDS * 40` bytes per text (~3.2 KB; ~320 MB for 100,000 texts is
 * the upper end) — for larger collections keep `bandKeys` in the store and query them there.
 */
export class NearDupIndex {
  private readonly threshold: number;
  private readonly ids: string[] = [];
  private readonly roots: number[] = [];
  private readonly sigs: Signature[] = [];
  private readonly facts: (TextFacts | null)[] = [];
  private readonly byHash = new Map<string, number>();
  private readonly buckets: Map<number, number | number[]>[] = [];
  private readonly seen: number[] = [];
  private stamp = 0;

  /** `threshold`: estimated Jaccard similarity from which a text is a near-duplicate (default 0.4). */
  constructor(opts: { threshold?: number } = {}) {
    this.threshold = opts.threshold ?? NEAR_THRESHOLD;
    for (let b = 0; b < BANDS; b++) this.buckets.push(new Map());
  }

  /** How many texts the index holds. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Adds a text under `id` and says which earlier text it repeats, if any. `places`: the place
   * keys the text names, when known (short texts that name other places are not reprints).
   */
  add(id: string, text: string, places?: Iterable<string> | null): DuplicateMatch | null {
    return this.addSignature(id, contentHash(text), signature(text), textFacts(text, places));
  }

  /**
   * Adds a text by its precomputed hash and signature (e.g. loaded back from a store). Matching is
   * the same as `add`: exact by `hash` first, then near by signature, among the earlier texts whose
   * `facts` agree (`reprintAgrees`; not checked where either side's facts are not given).
   */
  addSignature(id: string, hash: string, sig: Signature, facts?: TextFacts | null): DuplicateMatch | null {
    const n = this.ids.length;
    let match: DuplicateMatch | null = null;
    let root = n;
    const exact = this.byHash.get(hash);
    const keys = bandKeys(sig);
    if (exact !== undefined) {
      root = this.roots[exact]!;
      match = { duplicateOf: this.ids[root]!, kind: 'exact', similarity: 1 };
    } else if (!isEmpty(sig)) {
      this.stamp++;
      const cands: ReprintCandidateLike[] = [];
      for (let b = 0; b < BANDS; b++) {
        const hit = this.buckets[b]!.get(keys[b]!);
        if (hit === undefined) continue;
        for (const c of typeof hit === 'number' ? [hit] : hit) {
          if (this.seen[c] === this.stamp) continue;
          this.seen[c] = this.stamp;
          cands.push({ seq: c, signature: this.sigs[c]! });
        }
      }
      const best = pickReprint(sig, cands, this.threshold, (c) => {
        const f = this.facts[c.seq];
        return !facts || !f || reprintAgrees(facts, f);
      });
      if (best) {
        root = this.roots[best.candidate.seq]!;
        match = { duplicateOf: this.ids[root]!, kind: 'near', similarity: best.similarity };
      }
    }
    this.ids.push(id);
    this.roots.push(root);
    this.sigs.push(sig);
    this.facts.push(facts ?? null);
    this.seen.push(0);
    if (exact === undefined) this.byHash.set(hash, n);
    if (exact === undefined && !isEmpty(sig)) {
      for (let b = 0; b < BANDS; b++) {
        const m = this.buckets[b]!;
        const hit = m.get(keys[b]!);
        if (hit === undefined) m.set(keys[b]!, n);
        else if (typeof hit === 'number') m.set(keys[b]!, [hit, n]);
        else if (hit.length < MAX_BUCKET) hit.push(n);
      }
    }
    return match;
  }
}

function isEmpty(sig: Signature): boolean {
  return sig[0] === 0xffffffff && sig[1] === 0xffffffff && sig[2] === 0xffffffff;
}
