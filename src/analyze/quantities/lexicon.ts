/**
 * Lookup tables for the quantities stage, built once at module load from the data files
 * `units.tsv`, `equipment-types.tsv`, `bounds.tsv`, `number-words.tsv` and `number-labels.tsv`.
 *
 * Phrases are keyed the way `phraseKey` joins tokens: lower-case token texts, joined by one space
 * where the text has whitespace between them and by nothing where they touch ("km²", "sq. km").
 */
import { table } from '../../lexicon/index.js';
import type { Bound } from '../types.js';

export type UnitClass =
  | 'person' | 'equipment' | 'place' | 'distance' | 'area' | 'formation' | 'percent' | 'currency'
  | 'calibre' | 'event' | 'toll' | 'link' | 'other';

export interface UnitEntry {
  unit: string;
  cls: UnitClass;
}

export type BoundPos = 'pre' | 'post' | 'additive' | 'range_open' | 'range_join' | 'particle';

export interface BoundEntry {
  bound: Bound;
  pos: BoundPos;
}

export type NumKind = 'small' | 'hundred' | 'scale' | 'dozen' | 'abbr' | 'money' | 'vague';

export interface NumWord {
  value: number;
  kind: NumKind;
}

/** A phrase table: key → entry, with the largest number of words of any key. */
export interface PhraseTable<T> {
  map: Map<string, T>;
  maxWords: number;
}

function phraseTable<T>(): PhraseTable<T> {
  return { map: new Map<string, T>(), maxWords: 1 };
}

/** Words in a phrase key (spaces + 1; touching tokens such as "km²" count as one word here). */
function wordsIn(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

function add<T>(t: PhraseTable<T>, key: string, v: T, overwrite = true): void {
  if (!overwrite && t.map.has(key)) return;
  t.map.set(key, v);
  // A key like "sq. km" may be three tokens ("sq", ".", "km"): allow for touching punctuation.
  const w = wordsIn(key) + (/[^a-z0-9 ]/.test(key) ? 2 : 0);
  if (w > t.maxWords) t.maxWords = w;
}

/** Regular English plurals of the last word of a phrase. */
function plurals(phrase: string): string[] {
  const sp = phrase.lastIndexOf(' ');
  const head = phrase.slice(0, sp + 1);
  const w = phrase.slice(sp + 1);
  if (!/^[a-z][a-z-]*$/.test(w)) return [];
  const out: string[] = [];
  if (/(s|x|z|ch|sh)$/.test(w)) out.push(w + 'es');
  else if (/[^aeiou]y$/.test(w)) out.push(w.slice(0, -1) + 'ies');
  else out.push(w + 's');
  return out.map((p) => head + p);
}

const NOUN_CLASSES = new Set<UnitClass>(['person', 'equipment', 'place', 'distance', 'area', 'formation', 'currency', 'other']);

/** Unit words (all classes), keyed by phrase. */
export const UNITS: PhraseTable<UnitEntry> = phraseTable();
for (const [surface, unit, cls] of table('units.tsv')) {
  const key = surface!.toLowerCase();
  const e: UnitEntry = { unit: unit!, cls: (cls ?? 'other') as UnitClass };
  add(UNITS, key, e);
  if (NOUN_CLASSES.has(e.cls)) for (const p of plurals(key)) add(UNITS, p, e, false);
}
// Equipment type names ("f-16", "leopard 2"): plural with a plain "s" ("f-16s", "bradleys").
for (const [surface, unit] of table('equipment-types.tsv')) {
  const key = surface!.toLowerCase();
  const e: UnitEntry = { unit: unit!, cls: 'equipment' };
  add(UNITS, key, e);
  if (!key.endsWith('s')) add(UNITS, key + 's', e, false);
}

/** Bound words, keyed by phrase. */
export const BOUNDS: PhraseTable<BoundEntry> = phraseTable();
for (const [phrase, bound, pos] of table('bounds.tsv')) {
  add(BOUNDS, phrase!.toLowerCase(), { bound: bound as Bound, pos: pos as BoundPos });
}

/** Number words (single- and multi-word), keyed by phrase. */
export const NUMWORDS: PhraseTable<NumWord> = phraseTable();
for (const [word, value, kind] of table('number-words.tsv')) {
  add(NUMWORDS, word!.toLowerCase(), { value: Number(value), kind: kind as NumKind });
}

/** Words that make the next number a label ("Brigade 93"). */
export const LABEL_BEFORE = new Set<string>();
/** Capitalised words that make the previous number a label ("93 Brigade"). */
export const LABEL_AFTER = new Set<string>();
for (const [word, pos] of table('number-labels.tsv')) {
  (pos === 'after' ? LABEL_AFTER : LABEL_BEFORE).add(word!.toLowerCase());
}

/** First words of multi-word vague amounts ("a few", "a couple of"), for a quick first check. */
export const VAGUE_FIRST = new Set<string>();
for (const [k, v] of NUMWORDS.map) if (v.kind === 'vague') VAGUE_FIRST.add(k.split(' ')[0]!);
