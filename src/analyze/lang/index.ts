/**
 * Language of a document and of each paragraph: 'en', 'ru', 'uk', 'mixed' (paragraphs in more than
 * one of them), 'other' (a Latin-script text that is not English) or 'und' (no letters to judge).
 *
 * Cyrillic text is told apart by letters first: і ї є ґ are Ukrainian only, ы э ё ъ Russian only,
 * and one of them in a paragraph is nearly always decisive. When a Cyrillic paragraph has none
 * (short lines), franc-min's trigram model decides between Russian and Ukrainian (an allow-list,
 * as it must be for short text). Such a guess is weak, and franc-min leans to Ukrainian on short
 * Russian lines: on the shared Russian corpus it called 2,189 paragraphs with no evidence (link
 * captions, list items, names, short headings) Ukrainian, none of them rightly. So inside a document
 * whose paragraphs decided by evidence are mostly Russian, a weak Ukrainian guess is read as Russian;
 * a weak Russian guess stands (a Ukrainian post quoting a short Russian line stays mixed).
 * Latin-script text is taken as English ('other' is never returned
 * by detection; a reader may still set it through `Document.lang`).
 */
import { franc } from 'franc-min';
import { BoundedMemo } from '../../util/index.js';

export type Lang = 'en' | 'ru' | 'uk' | 'mixed' | 'other' | 'und';

const CYR = /[\u0400-\u04FF]/g;
const LAT = /[A-Za-z\u00C0-\u024F]/g;
const WORDS = /[\u0400-\u04FF]+/g;
const UK_WORDS = new Set(['та', 'що', 'це', 'як', 'від', 'його', 'вона', 'вони', 'було', 'буде', 'щодо', 'під', 'між', 'зі', 'із', 'коли',
  'тому', 'але', 'або', 'цього', 'яка', 'який', 'які', 'ще', 'вже', 'також', 'людина', 'доби', 'добу', 'ворог', 'окупанти']);
const RU_WORDS = new Set(['и', 'что', 'это', 'как', 'от', 'его', 'она', 'они', 'было', 'будет', 'под', 'между', 'со', 'когда', 'потому',
  'но', 'или', 'этого', 'которая', 'который', 'которые', 'еще', 'уже', 'также', 'человек', 'сутки', 'противник', 'погиб']);

// word endings found in one language only: Russian adjective endings -ая, -яя, -ое, -ые (Ukrainian
// -а, -я, -е, -і); Ukrainian -ння (Russian -ния) and the verb ending -ють (Russian -ют)
const RU_END = /[^\s]{2,}(ая|яя|ое|ые)$/;
const UK_END = /[^\s]{2,}(ння|ють)$/;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Paragraphs up to this length have their language remembered (footers and headings recur). */
const MEMO_LEN = 300;
const MEMO_MAX = 20_000;
const memo = new BoundedMemo<string, Verdict>(MEMO_MAX);

/**
 * A paragraph's language, or `WEAK_UK` when franc-min's trigram guess alone said Ukrainian (Cyrillic,
 * no evidence): the one guess a document's context overrules (see above; a weak Russian guess stands,
 * so it is plain 'ru').
 */
const WEAK_UK = 'uk?';
type Verdict = Lang | typeof WEAK_UK;

/** The language of one paragraph or short text (never 'mixed'), without the context of a document. */
export function detectParagraphLang(raw: string): Lang {
  const v = verdictOf(raw);
  return v === WEAK_UK ? 'uk' : v;
}

function verdictOf(raw: string): Verdict {
  if (raw.length > MEMO_LEN) return detectOnce(raw);
  return memo.get(raw, detectOnce);
}

function detectOnce(raw: string): Verdict {
  // links, mentions and hashtags say nothing about the language of the words around them
  // (each of them needs one of these marks: most paragraphs have none and skip the scan)
  const marked = raw.includes('](') || raw.includes('http') || raw.includes('t.me/') || raw.includes('@') || raw.includes('#');
  const text = marked ? raw.replace(/\]\([^)\s]*\)|https?:\/\/\S+|\bt\.me\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ') : raw;
  let cyr = 0, lat = 0, uk = 0, ru = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ї є ґ (and capitals) are Ukrainian only; ы э ё ъ Russian only
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) uk++;
      else if (c === 0x44b || c === 0x44d || c === 0x451 || c === 0x44a || c === 0x42b || c === 0x42d || c === 0x401 || c === 0x42a) ru++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) lat++;
  }
  if (cyr + lat < 3) return 'und';
  if (cyr >= lat) {
    if (uk > ru) return 'uk';
    if (ru > uk) return 'ru';
    // Ukrainian apostrophe inside a word ("з'явився", "п’ять")
    if (/[\u0400-\u04FF]['’ʼ][\u0400-\u04FF]/.test(text)) return 'uk';
    // function words found in one language only
    let vote = 0;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const w = m[0].toLowerCase();
      if (UK_WORDS.has(w) || UK_END.test(w)) vote++;
      else if (RU_WORDS.has(w) || RU_END.test(w)) vote--;
    }
    if (vote > 0) return 'uk';
    if (vote < 0) return 'ru';
    // і, ї, є are about 8% of Ukrainian letters: a Ukrainian line of 30 letters nearly always has
    // one (ы, э, ё, ъ are rarer in Russian, so their absence says less). franc-min's trigrams, on
    // such lines, took many Russian headlines for Ukrainian (bench:lang, dev split).
    if (cyr >= 30) return 'ru';
    const f = franc(text, { only: ['rus', 'ukr'], minLength: 3 });
    return f === 'ukr' ? WEAK_UK : 'ru';
  }
  // Latin script: English. (Telling other Latin-script languages apart is not needed to route the
  // analysis, and a trigram model on every English paragraph would cost a fifth of the analyzer's time.)
  return 'en';
}

/** The ASCII letters of the paragraph `plainVerdict` last judged (when it returned a verdict). */
let plainLetters = 0;

/**
 * `verdictOf(text.slice(start, end))` for a paragraph with no Cyrillic letter and none of the marks
 * of a link, mention or hashtag (`detectOnce`'s "marked"): 'en' with three or more Latin letters,
 * else 'und', decided in one pass over the text without a slice or the memo; also sets
 * `plainLetters` to the paragraph's ASCII letters. Null for any other paragraph (a Cyrillic letter,
 * '@', '#', ']', "http" or "t.me/" in it), which `verdictOf` judges.
 */
function plainVerdict(text: string, start: number, end: number): Verdict | null {
  let lat = 0;
  let ascii = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if ((c === 104 && i + 4 <= end && text.startsWith('http', i)) || (c === 116 && i + 5 <= end && text.startsWith('t.me/', i))) return null;
        lat++;
        ascii++;
      } else if (c === 64 || c === 35 || c === 93) return null; // '@', '#', ']' (of "](")
    } else if (c >= 0x400 && c <= 0x4ff) return null;
    else if (c >= 0xc0 && c <= 0x24f) lat++;
  }
  plainLetters = ascii;
  // as detectOnce: no Cyrillic, so fewer than 3 Latin letters is 'und' and any more is English
  return lat < 3 ? 'und' : 'en';
}

/**
 * Languages of a document: one per paragraph (each non-blank line) and the document's own, which
 * is 'mixed' when paragraphs holding at least a fifth of the letters each are in two languages.
 */
export function detectLangs(text: string, paragraphs: readonly { start: number; end: number }[]): { lang: Lang; paragraphs: Lang[] } {
  const verdicts: Verdict[] = [];
  const letters: number[] = [];
  // letters of the paragraphs read as Russian and as Ukrainian, weak Ukrainian guesses left out
  let ru = 0, uk = 0, weakUk = 0;
  for (const p of paragraphs) {
    let v = plainVerdict(text, p.start, p.end);
    let w = plainLetters;
    if (v === null) {
      const s = text.slice(p.start, p.end);
      v = verdictOf(s);
      w = 0;
      for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if ((c >= 0x400 && c <= 0x4ff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) w++; }
    }
    verdicts.push(v);
    letters.push(w);
    if (v === WEAK_UK) weakUk++;
    else if (v === 'ru') ru += w;
    else if (v === 'uk') uk += w;
  }
  // a weak Ukrainian guess gives way when the rest of the document is mostly Russian (see above)
  const russianContext = weakUk > 0 && ru > uk;
  const per: Lang[] = [];
  const weight = new Map<Lang, number>();
  let total = 0;
  for (let k = 0; k < verdicts.length; k++) {
    const v = verdicts[k]!;
    const l: Lang = v === WEAK_UK ? (russianContext ? 'ru' : 'uk') : v;
    per.push(l);
    if (l === 'und') continue;
    total += letters[k]!;
    weight.set(l, (weight.get(l) ?? 0) + letters[k]!);
  }
  if (total === 0) return { lang: 'und', paragraphs: per };
  const big = [...weight.entries()].filter(([, w]) => w >= total / 5).sort((a, b) => b[1] - a[1]);
  const lang = big.length > 1 && !(big.length === 2 && big.some(([l]) => l === 'other') && big.some(([l]) => l === 'en')) ? 'mixed' : big[0]![0];
  return { lang, paragraphs: per };
}

/** Reads a `Document.lang` value given by a reader ("ru", "uk-UA", "Russian", …); null if unknown. */
export function readLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (/^(ru|rus|russian)\b/.test(v)) return 'ru';
  if (/^(uk|ukr|ukrainian|ua)\b/.test(v)) return 'uk';
  if (/^(en|eng|english)\b/.test(v)) return 'en';
  if (v === 'mixed') return 'mixed';
  return v ? 'other' : null;
}

/** True for the languages the Russian/Ukrainian stages handle. */
export function isCyrillicLang(l: Lang | null | undefined): boolean {
  return l === 'ru' || l === 'uk' || l === 'mixed';
}
