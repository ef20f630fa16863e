/**
 * Matching keys for place names. A name is indexed, and a surface form looked up, under:
 * - `fold`: case folded, diacritics removed (Cyrillic й and ї kept, ё → е), apostrophes unified,
 *   hyphens and dots taken as spaces;
 * - `toLatin`: the fold, with Cyrillic transliterated (cyrillic-to-translit-js; the `uk` preset when
 *   the text has і, ї, є or ґ, else `ru`), so Харків meets Kharkiv and Харьков meets Kharkov;
 * - `skeleton`: a loose key over the Latin form for spelling variation: apostrophes, spaces and
 *   hyphens dropped, kh → h, g → h, w → v, ya/ia/ja → a, yu/iu/ju → u, ye/ie/je → e, yo/io/jo → o,
 *   remaining y/j → i, doubled letters collapsed (Kup'yansk = Kupiansk, Gulyaipole = Huliaipole).
 * And for Russian/Ukrainian inflected forms, `inflectionBases` proposes nominative forms from the
 * case endings in data/place-endings.tsv ("Харькове" → "харьков").
 * The same functions build the gazetteer (scripts/build-gazetteer.mjs) and look names up.
 */
import { table } from '../lexicon/index.js';
import { BoundedMemo, hasCyrillic } from '../util/index.js';
/** Re-exported: scripts/build-gazetteer.mjs reads the key functions, this one too, from the compiled keys module. */
export { hasCyrillic } from '../util/index.js';
import { transliterator } from './translit.js';


const uk = transliterator('uk');
const ru = transliterator('ru');

const UKRAINIAN_LETTERS = /[іїєґ]/;
const RUSSIAN_LETTERS = /[ыэъё]/;
const APOSTROPHES = /[’ʼ`´‘ʹʻ′]/g;
const SPACE_LIKE = /[\s\-‐‑‒–—―_./\\,;:()[\]{}«»"“”„!?]+/g;
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};
const SPECIAL_RE = /[ßæœøłđðþıħŀ]/g;
/**
 * Text that folds without Unicode decomposition, to the same result as the full path: ASCII, the
 * Russian and Ukrainian alphabets (ё folded below; ї kept either way), dashes and quotation marks.
 */
const PLAIN = /^[\x00-\x7f\u0410-\u044f\u0401\u0451\u0404\u0454\u0406\u0456\u0407\u0457\u0490\u0491\u2010-\u2015\u2018-\u201f«»]*$/;
const YO = /ё/g;
/** Text that `fold` returns unchanged (a sufficient condition, not a necessary one). */
const FOLDED = /^[a-z0-9'\u0430-\u044f\u0454\u0456\u0457\u0491]+(?: [a-z0-9'\u0430-\u044f\u0454\u0456\u0457\u0491]+)*$/;

/**
 * Case-folded form of a name: lower case, Latin diacritics removed (é → e), Cyrillic й and ї kept
 * and ё → е, apostrophes unified to ', hyphens, dots, quotes and runs of spaces to one space, trimmed.
 */
export function fold(s: string): string {
  // Already folded (lower-case letters, digits and apostrophes, single spaces between words: the
  // bases and keys looked up again): every step below leaves it as it is.
  if (FOLDED.test(s)) return s;
  // Fast path: ASCII and precomposed Cyrillic need no decomposition (ё is the one letter to fold).
  if (PLAIN.test(s)) return s.toLowerCase().replace(YO, 'е').replace(APOSTROPHES, "'").replace(SPACE_LIKE, ' ').trim();
  let out = '';
  const d = s.normalize('NFD');
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      const prev = d[i - 1];
      // и + breve = й; і + diaeresis = ї: letters of their own in Russian and Ukrainian.
      if ((c === 0x306 && (prev === 'и' || prev === 'И')) || (c === 0x308 && (prev === 'і' || prev === 'І'))) out += d[i];
      continue;
    }
    out += d[i];
  }
  out = out.normalize('NFC').toLowerCase();
  if (SPECIAL_RE.test(out)) out = out.replace(SPECIAL_RE, (m) => SPECIAL[m] ?? m);
  return out.replace(APOSTROPHES, "'").replace(SPACE_LIKE, ' ').trim();
}

/** Transliterates an already folded (lower-case) string: `uk` preset if it has і/ї/є/ґ, else `ru`. */
export function transliterate(folded: string): string {
  if (!hasCyrillic(folded)) return folded;
  const isUk = UKRAINIAN_LETTERS.test(folded);
  // the table path is cheaper than a memo of every string (most are seen once); the library's is not
  const fast = fastTranslit(folded, isUk);
  if (fast !== null) return fast;
  return translitMemo.get(folded, (f) => (isUk ? uk : ru).transform(f));
}

/**
 * Letters `fastTranslit` handles: lower-case Russian and Ukrainian, Latin, digits, apostrophes,
 * hyphen and space. Anything else goes through the library.
 */
const FAST_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґabcdefghijklmnopqrstuvwxyz0123456789\'’ʼ-';
interface TranslitTable { first: Map<string, string>; next: Map<string, string>; zgh: string }
let translitTables: { ru: TranslitTable; uk: TranslitTable } | null = null;

/**
 * The library's own output for each letter at the start of a word and inside one, asked of the
 * library itself (so the two never disagree), and Ukrainian "зг" (г after з).
 */
function tablesOf(t: { transform(input: string): string }): TranslitTable {
  const first = new Map<string, string>();
  const next = new Map<string, string>();
  const b = t.transform('б');
  for (const c of FAST_LETTERS) {
    first.set(c, t.transform(c));
    const two = t.transform('б' + c);
    next.set(c, two.startsWith(b) ? two.slice(b.length) : t.transform(c));
  }
  const z = t.transform('з');
  return { first, next, zgh: t.transform('зг').slice(z.length) };
}

/**
 * cyrillic-to-translit-js's `transform` for folded text made only of FAST_LETTERS and spaces,
 * letter by letter from tables (the library normalises and re-cases every letter, which is slow);
 * null for any other text. test/unit/geo-keys-translit.test.ts checks it against the library.
 */
export function fastTranslit(folded: string, isUk: boolean): string | null {
  translitTables ??= { ru: tablesOf(ru), uk: tablesOf(uk) };
  const tb = isUk ? translitTables.uk : translitTables.ru;
  let out = '';
  let boundary = true;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === ' ') {
      out += ' ';
      boundary = true;
      continue;
    }
    if (isUk && c === 'г' && i > 0 && folded[i - 1] === 'з') {
      out += tb.zgh;
      continue;
    }
    const v = (boundary ? tb.first : tb.next).get(c);
    if (v === undefined) return null;
    out += v;
    boundary = false;
  }
  return out;
}

/** Highest code unit + 1 of FAST_LETTERS (the ranges of the code-indexed tables below). */
const FAST_CODES = 0x2020;
/** `fastTranslit`'s tables indexed by code unit (undefined: not a fast letter). */
let codeTables: { ru: CodeTable; uk: CodeTable } | null = null;
interface CodeTable { first: (string | undefined)[]; next: (string | undefined)[]; zgh: string }

function codeTableOf(t: TranslitTable): CodeTable {
  const first: (string | undefined)[] = new Array<string | undefined>(FAST_CODES).fill(undefined);
  const next: (string | undefined)[] = new Array<string | undefined>(FAST_CODES).fill(undefined);
  for (const [c, v] of t.first) first[c.charCodeAt(0)] = v;
  for (const [c, v] of t.next) next[c.charCodeAt(0)] = v;
  return { first, next, zgh: t.zgh };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit) over the UTF-16 code units of a string: the gazetteer's key hash. */
export function keyHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * `keyHash` of the key stored as UTF-8 bytes `b[s, e)` when they are all ASCII (one byte per UTF-16
 * code unit, so the same hash without decoding); null when a byte is not ASCII.
 */
export function keyHashOfAscii(b: Uint8Array, s: number, e: number): number | null {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c >= 0x80) return null;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * `keyHash(transliterate(folded))` without building the Latin string (for probing a hash table
 * that mostly answers "absent" at the first slot), or -1 when `transliterate` would take the
 * library's path (a letter `fastTranslit` does not handle).
 */
export function latinKeyHash(folded: string): number {
  if (!hasCyrillic(folded)) return keyHash(folded);
  if (!codeTables) {
    translitTables ??= { ru: tablesOf(ru), uk: tablesOf(uk) };
    codeTables = { ru: codeTableOf(translitTables.ru), uk: codeTableOf(translitTables.uk) };
  }
  const isUk = UKRAINIAN_LETTERS.test(folded);
  const tb = isUk ? codeTables.uk : codeTables.ru;
  let h = FNV_OFFSET;
  let boundary = true;
  let prev = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let v: string | undefined;
    if (c === 0x20) {
      h = Math.imul(h ^ 0x20, FNV_PRIME);
      boundary = true;
      prev = c;
      continue;
    }
    if (isUk && c === 0x433 && prev === 0x437) v = tb.zgh; // г after з
    else {
      v = c < FAST_CODES ? (boundary ? tb.first : tb.next)[c] : undefined;
      if (v === undefined) return -1;
      boundary = false;
    }
    for (let j = 0; j < v.length; j++) h = Math.imul(h ^ v.charCodeAt(j), FNV_PRIME);
    prev = c;
  }
  return h >>> 0;
}

/** Most entries of each memo below; a memo is cleared when full (its values depend on the key only). */
const MEMO_MAX = 50_000;
/** `transliterate` results (cyrillic-to-translit-js is slow, and the same names recur). */
const translitMemo = new BoundedMemo<string, string>(MEMO_MAX);

/** Transliterates a folded string with the given preset (display names: 'uk', the national system). */
export function transliterateAs(folded: string, preset: 'uk' | 'ru'): string {
  return (preset === 'uk' ? uk : ru).transform(folded);
}

/** The folded, transliterated (Latin) form of a name. */
export function toLatin(s: string): string {
  return transliterate(fold(s));
}

const SKELETON_STEPS: [RegExp, string][] = [
  [/['\s]+/g, ''],
  [/kh/g, 'h'],
  [/g/g, 'h'],
  [/w/g, 'v'],
  [/ck/g, 'k'],
  [/[yij]a/g, 'a'],
  [/[yij]u/g, 'u'],
  [/[yij]e/g, 'e'],
  [/[yij]o/g, 'o'],
  [/[yj]/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * The letters (bit n: 'a' + n) each step of SKELETON_STEPS needs all of, or -1 for a step always
 * run. No step brings in a letter that an earlier-skipped later step needs (g → h comes after kh,
 * y/j → i after the [yij] steps), so a step whose letters are absent from the input can be skipped.
 */
const bit = (c: string): number => 1 << (c.charCodeAt(0) - 97);
const SKELETON_NEEDS: number[] = [
  -1, bit('k') | bit('h'), bit('g'), bit('w'), bit('c') | bit('k'),
  bit('a'), bit('u'), bit('e'), bit('o'), 0, -1,
];
const YIJ = bit('y') | bit('i') | bit('j');
const YJ = bit('y') | bit('j');

/** The skeleton of an already Latin (toLatin) form. */
export function skeletonOfLatin(latin: string): string {
  let present = 0;
  let other = false; // a character that the first step (apostrophes and white space) may remove
  for (let i = 0; i < latin.length; i++) {
    const c = latin.charCodeAt(i);
    if (c >= 97 && c <= 122) present |= 1 << (c - 97);
    else if (!((c >= 48 && c <= 57) || c === 45)) other = true;
  }
  let s = latin;
  for (let k = 0; k < SKELETON_STEPS.length; k++) {
    const need = SKELETON_NEEDS[k]!;
    if (k === 0 ? other : need === -1 ? true : k === 9 ? (present & YJ) !== 0
      : k >= 5 && k <= 8 ? (present & YIJ) !== 0 && (present & need) === need : (present & need) === need) {
      const [re, rep] = SKELETON_STEPS[k]!;
      s = s.replace(re, rep);
    }
  }
  return s;
}

/** Loose key for spelling variation: Kupiansk, Kup'yansk and Kupyansk share one skeleton. */
export function skeleton(s: string): string {
  return skeletonOfLatin(toLatin(s));
}

/** Number of letters in a string (any script). */
export function letterCount(s: string): number {
  return s.replace(NON_LETTERS, '').length;
}
const NON_LETTERS = /\P{L}+/gu;

interface Ending {
  ending: string;
  replacement: string;
  lang: 'ru' | 'uk' | 'both';
}

let endingsCache: Ending[] | null = null;

/** The case endings of data/place-endings.tsv, longest ending first. */
export function caseEndings(): readonly Ending[] {
  if (endingsCache) return endingsCache;
  const rows: Ending[] = [];
  for (const r of table('place-endings.tsv')) {
    const lang = r[2] === 'ru' || r[2] === 'uk' ? r[2] : 'both';
    if (!r[0]) continue;
    // `∅`: the empty ending (a genitive plural that is the bare stem: "Сум" → "Сумы")
    rows.push({ ending: r[0] === ZERO_ENDING ? '' : r[0], replacement: r[1] ?? '', lang });
  }
  rows.sort((a, b) => b.ending.length - a.ending.length);
  endingsCache = rows;
  return rows;
}

/** How data/place-endings.tsv writes the empty ending. */
const ZERO_ENDING = '∅';

let endingsByLast: Map<string, Ending[]> | null = null;
let zeroEndings: Ending[] | null = null;

/** The rows of data/place-endings.tsv whose ending is empty (`∅`): the word itself is the stem. */
function emptyEndings(): readonly Ending[] {
  return (zeroEndings ??= caseEndings().filter((e) => e.ending === ''));
}

/** A word that ends in a consonant letter: the only words a bare-stem (`∅`) reading is tried on. */
const CONSONANT_END = /[бвгґджзйклмнпрстфхцчшщ]$/u;

/** The case endings by their last code unit, each list in `caseEndings` order (longest first). */
function endingsEndingIn(last: string): readonly Ending[] | undefined {
  if (!endingsByLast) {
    endingsByLast = new Map();
    for (const e of caseEndings()) {
      if (!e.ending) continue;
      const k = e.ending[e.ending.length - 1]!;
      const l = endingsByLast.get(k);
      if (l) l.push(e);
      else endingsByLast.set(k, [e]);
    }
  }
  return endingsByLast.get(last);
}

/** Shortest stem left after removing an ending (of a one-word name; 1 in a name of several words). */
const MIN_STEM = 2;
/** Most nominative candidates proposed for one surface form. */
const MAX_BASES = 48;

/**
 * Nominative candidates for an inflected Cyrillic surface form, folded: each word that ends in a
 * case ending of data/place-endings.tsv is replaced by its stem plus the ending's replacement
 * ("Курской области" → "курская область", "курская области", ...). The surface itself is not
 * included. Latin text gives no candidates. Callers accept a candidate only when the gazetteer
 * name it matches has at least 4 letters (see `MIN_INFLECTED_LETTERS`).
 */
export function inflectionBases(surface: string): readonly string[] {
  return inflectionBasesOfFolded(fold(surface));
}

/** `inflectionBases(s)` given `fold(s)` (the callers that have it save folding again). */
export function inflectionBasesOfFolded(folded: string): readonly string[] {
  return basesMemo.get(folded, basesOfFoldedFrozen);
}
/** `inflectionBases` results by folded surface (shared, frozen arrays). */
const basesMemo = new BoundedMemo<string, readonly string[]>(MEMO_MAX);
const basesOfFoldedFrozen = (f: string): readonly string[] => Object.freeze(inflectionBasesOnce(f));

/** The bases of a folded surface form. */
function inflectionBasesOnce(f: string): string[] {
  if (!hasCyrillic(f)) return [];
  const words = f.split(' ');
  if (words.length > 4) return [];
  const isUk = UKRAINIAN_LETTERS.test(f);
  const isRu = RUSSIAN_LETTERS.test(f);
  // (a word of a name of several words may keep a stem of one letter: "Розі" → "Ріг" of "Кривий Ріг")
  const minStem = words.length > 1 ? 1 : MIN_STEM;
  const options: string[][] = words.map((w) => {
    const opts = [w];
    if (!hasCyrillic(w)) return opts;
    // (a word ends in an ending only if it ends in the ending's last letter: only those are tried)
    for (const e of endingsEndingIn(w[w.length - 1] ?? '') ?? []) {
      if ((e.lang === 'uk' && isRu) || (e.lang === 'ru' && isUk)) continue;
      if (!w.endsWith(e.ending) || w.length - e.ending.length < minStem) continue;
      const base = w.slice(0, w.length - e.ending.length) + e.replacement;
      if (!opts.includes(base)) opts.push(base);
    }
    // the bare stem of a plural name's genitive ("Сум", "Мытищ", "Прилук"): a word of 3 letters or
    // more that ends in a consonant and in no other ending
    if (opts.length === 1 && w.length >= 3 && CONSONANT_END.test(w)) {
      for (const e of emptyEndings()) {
        if ((e.lang === 'uk' && isRu) || (e.lang === 'ru' && isUk)) continue;
        const base = w + e.replacement;
        if (!opts.includes(base)) opts.push(base);
      }
    }
    return opts;
  });
  let combos: string[] = [''];
  for (const opts of options) {
    const next: string[] = [];
    for (const c of combos) for (const o of opts) if (next.length < MAX_BASES * 4) next.push(c ? `${c} ${o}` : o);
    combos = next;
  }
  const out: string[] = [];
  for (const c of combos) if (c !== f && !out.includes(c) && out.length < MAX_BASES) out.push(c);
  return out;
}

/**
 * Fewest people of a town matched through a bare-stem reading (the empty ending `∅`: "Сум" → Суми):
 * any capitalised word ending in a consonant gets one, and small villages' plural names meet common
 * words and names that way ("Топор" is no Topory); the plural towns named so are larger (Sumy,
 * Cheboksary, Pryluky, Mytishchi). Regions and countries are not held to it.
 */
export const BARE_STEM_MIN_POPULATION = 10000;

/**
 * Whether `base` (one of `inflectionBasesOfFolded(folded)`) reads some word of `folded` through the
 * empty ending: the base's word is the surface's word, ending in a consonant, plus one more letter.
 */
export function bareStemReading(folded: string, base: string): boolean {
  if (base.length <= folded.length) return false;
  const fw = folded.split(' ');
  const bw = base.split(' ');
  if (fw.length !== bw.length) return false;
  for (let i = 0; i < fw.length; i++) {
    const a = fw[i]!;
    const b = bw[i]!;
    if (b.length === a.length + 1 && b.startsWith(a) && CONSONANT_END.test(a) && emptyEndings().some((e) => e.replacement === b.slice(a.length))) return true;
  }
  return false;
}

/** Gazetteer names shorter than this (in letters) are never matched through an inflection. */
export const MIN_INFLECTED_LETTERS = 4;
