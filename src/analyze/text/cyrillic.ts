/**
 * Tokens and sentences of Russian and Ukrainian paragraphs (part of stage `text`), in one pass over
 * the character codes, without wink-nlp: wink's English model knows no Cyrillic word, so it sent
 * every one through its slow path for unknown words and gave back only what this does directly.
 *
 * Tokens are those wink-nlp gave for such text, so later stages read the same structure:
 * - a Cyrillic word (letters and combining marks) is one token of kind Other, POS X; words are cut
 *   at hyphens and apostrophes ("Нью" "-" "Йорк", "Куп" "'" "янськ") and at digits ("Су" "34");
 * - a Latin word (letters, then digits: "COVID19") is a Word, PROPN when capitalised, else NOUN;
 * - a number is digits with inner . , : / or a hyphen between digits ("3,5", "10:30", "12-15"),
 *   with a sign right before it when no digit precedes ("(+7)", "А-50"); entity CARDINAL, DATE
 *   (dd.mm.yyyy), PERCENT (before "%"), none for times and ranges;
 * - a line break or a run of them is a Space token; other spaces are not tokens;
 * - links (http…), e-mail addresses, mentions (@name) and Latin hashtags are one token of kind
 *   Other; every emoji code point is a token of its own (entity EMOJI); a run of dots ("...") and
 *   of underscores is one token; every other mark is a token of its own.
 *
 * Sentences end after . ! ? (with marks and closing quotes or brackets glued to them) unless the
 * next token starts with a lower-case letter, and unless the full stop closes an initial before a
 * capitalised word ("В. В. Путин") or an abbreviation of data/ruuk-abbreviations.tsv ("г. Белгород",
 * "ул. Ленина"; "в 2024 г. Сейчас" still ends after "г."). An ellipsis ends no sentence. A line
 * break always ends one (the caller tokenises one paragraph at a time).
 *
 * Offsets are exact UTF-16 offsets of the text (the normalised view has the same length); a
 * surrogate pair is never cut, and a lone surrogate is a token of its own.
 */
import { Kind, P } from '../doc.js';
import { table } from '../../lexicon/index.js';
import type { TokenBuilder } from './builder.js';

interface Abbrev { stop: Set<string>; afterNumberEnds: Set<string> }
let abbrev: Abbrev | null = null;
function abbreviations(): Abbrev {
  if (!abbrev) {
    const stop = new Set<string>();
    const afterNumberEnds = new Set<string>();
    for (const r of table('ruuk-abbreviations.tsv')) {
      const a = r[0]!.toLowerCase();
      stop.add(a);
      if (r[3] === 'after-number-ends') afterNumberEnds.add(a);
    }
    abbrev = { stop, afterNumberEnds };
  }
  return abbrev;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const PUNCT = /\p{P}/u;
const CURRENCY = /\p{Sc}/u;
const EMOJI = /^(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}])$/u;
const URL_AT = /https?:\/\/\S+/iy;
const EMAIL_AT = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y;
const DATE_NUM = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
/** ASCII marks wink-nlp tags SYM. */
const ASCII_SYM = new Set([0x2a, 0x7e, 0x2f, 0x25, 0x2b, 0x3d, 0x3c, 0x3e, 0x5e, 0x7c, 0x60, 0x5c, 0x26, 0x23]);

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isCyrillicLetter(c: number): boolean {
  return (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f);
}
/** A letter in Latin script (ASCII and the Latin blocks the normalised view may keep). */
function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** Code units of the character at i (2 for a surrogate pair). */
function width(text: string, i: number, e: number): number {
  return isHigh(text.charCodeAt(i)) && i + 1 < e && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}
/** Whether the character [i, i + w) is a letter. */
function isLetterAt(text: string, i: number, c: number, w: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (isCyrillicLetter(c)) return true;
  if (w === 1 && (isHigh(c) || isLow(c))) return false;
  return LETTER.test(text.slice(i, i + w));
}
/** Whether the character is a combining mark (it stays with the letters before it). */
function isMarkAt(text: string, i: number, c: number): boolean {
  if (c < 0x300) return false;
  if (c <= 0x36f || (c >= 0x483 && c <= 0x489)) return true;
  if (isHigh(c) || isLow(c) || isCyrillicLetter(c)) return false;
  return MARK.test(text[i]!);
}
/** JavaScript white space other than a line feed. */
function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
function isUpperAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Tokenises `norm[s, e)` (one paragraph, or the space between paragraphs) into `tb`, and pushes
 * the token ranges of its sentences to `sentTok`. See the module comment.
 */
export function tokenizeCyrillic(tb: TokenBuilder, norm: string, s: number, e: number, sentTok: [number, number][]): void {
  const first = tb.n;
  const hasAt = norm.indexOf('@', s);
  const emails = hasAt >= 0 && hasAt < e;
  let i = s;
  while (i < e) {
    const c = norm.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      while (j < e && norm.charCodeAt(j) === 10) j++;
      const v = norm.slice(i, j);
      tb.push(i, j, P.SPACE, Kind.Space, v, v, '');
      i = j;
      continue;
    }
    if (isBlank(c)) { i++; continue; }
    // links and e-mail addresses
    if ((c === 104 || c === 72) && norm.charCodeAt(i + 1) !== 32) {
      URL_AT.lastIndex = i;
      const m = URL_AT.exec(norm);
      if (m && i + m[0].length <= e) {
        const j = i + m[0].length;
        push(tb, norm, i, j, P.SYM, Kind.Other, 'URL');
        i = j;
        continue;
      }
    }
    if (emails && (isAsciiLetter(c) || isDigit(c))) {
      EMAIL_AT.lastIndex = i;
      const m = EMAIL_AT.exec(norm);
      if (m && i + m[0].length <= e) {
        const j = i + m[0].length;
        push(tb, norm, i, j, P.SYM, Kind.Other, 'EMAIL');
        i = j;
        continue;
      }
    }
    // numbers, with a sign when no digit precedes
    const signed = (c === 43 || c === 45) && i + 1 < e && isDigit(norm.charCodeAt(i + 1)) && !(i > s && isDigit(norm.charCodeAt(i - 1)));
    if (isDigit(c) || signed) {
      let j = signed ? i + 1 : i;
      let inner = false; // a time or a range
      while (j < e && isDigit(norm.charCodeAt(j))) j++;
      for (;;) {
        const d = norm.charCodeAt(j);
        if (j + 1 < e && (d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && isDigit(norm.charCodeAt(j + 1))) {
          if (d === 58 || d === 45) inner = true;
          j++;
          while (j < e && isDigit(norm.charCodeAt(j))) j++;
        } else break;
      }
      const v = norm.slice(i, j);
      const ent = inner ? '' : DATE_NUM.test(v) ? 'DATE' : norm.charCodeAt(j) === 37 ? 'PERCENT' : 'CARDINAL';
      tb.push(i, j, P.NUM, Kind.Number, v, v, ent);
      i = j;
      continue;
    }
    const w = width(norm, i, e);
    if (isLetterAt(norm, i, c, w)) {
      let j = i + w;
      let latin = isLatinLetter(c);
      while (j < e) {
        const d = norm.charCodeAt(j);
        if (d < 0x80 ? isAsciiLetter(d) : isCyrillicLetter(d)) {
          if (d >= 0x80) latin = false;
          j++;
          continue;
        }
        if (d < 0x80) break;
        const wj = width(norm, j, e);
        if (isLetterAt(norm, j, d, wj)) {
          if (!isLatinLetter(d)) latin = false;
          j += wj;
        } else if (isMarkAt(norm, j, d)) j += wj;
        else break;
      }
      if (latin) {
        while (j < e && (isDigit(norm.charCodeAt(j)) || isAsciiLetter(norm.charCodeAt(j)))) j++;
        push(tb, norm, i, j, isUpperAt(norm, i) ? P.PROPN : P.NOUN, Kind.Word, '');
      } else push(tb, norm, i, j, P.X, Kind.Other, '');
      i = j;
      continue;
    }
    if (c < 0x80) {
      let j = i + 1;
      if (c === 64 && j < e && isTagChar(norm.charCodeAt(j))) {
        while (j < e && isTagChar(norm.charCodeAt(j))) j++;
        push(tb, norm, i, j, P.PROPN, Kind.Other, 'MENTION');
      } else if (c === 35 && j < e && isAsciiLetter(norm.charCodeAt(j))) {
        while (j < e && isTagChar(norm.charCodeAt(j))) j++;
        push(tb, norm, i, j, P.SYM, Kind.Other, 'HASHTAG');
      } else if (c === 46 || c === 95) {
        while (j < e && norm.charCodeAt(j) === c) j++;
        if (c === 46) push(tb, norm, i, j, P.PUNCT, Kind.Punct, '');
        else push(tb, norm, i, j, P.X, Kind.Other, '');
      } else if (c === 36) push(tb, norm, i, j, P.SYM, Kind.Other, '');
      else if (ASCII_SYM.has(c)) push(tb, norm, i, j, P.SYM, Kind.Punct, '');
      else if (c < 32 || c === 127) push(tb, norm, i, j, P.X, Kind.Other, '');
      else push(tb, norm, i, j, P.PUNCT, Kind.Punct, '');
      i = j;
      continue;
    }
    const j = i + w;
    const ch = norm.slice(i, j);
    if (w === 1 && (isHigh(c) || isLow(c))) push(tb, norm, i, j, P.X, Kind.Other, '');
    else if (EMOJI.test(ch)) push(tb, norm, i, j, P.SYM, Kind.Other, 'EMOJI');
    else if (PUNCT.test(ch)) push(tb, norm, i, j, P.PUNCT, Kind.Punct, '');
    else if (CURRENCY.test(ch)) push(tb, norm, i, j, P.SYM, Kind.Other, '');
    else push(tb, norm, i, j, P.X, Kind.Other, '');
    i = j;
  }
  sentences(tb, norm, first, tb.n, sentTok);
}

function isTagChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

function push(tb: TokenBuilder, norm: string, s: number, e: number, pos: number, kind: number, ent: string): void {
  const lower = norm.slice(s, e).toLowerCase();
  tb.push(s, e, pos, kind, lower, lower, ent);
}

/** Sentence-ending marks, as tokens. */
function isTerminal(lower: string): boolean {
  return lower === '.' || lower === '!' || lower === '?';
}
/** Closing marks that stay with the sentence they are glued to. */
function isCloser(lower: string): boolean {
  return lower === '"' || lower === ')' || lower === ']' || lower === "'";
}

/** Marks that continue a sentence after a full stop ("Иван Г., 1957 г.р. — капитан"). */
const CONTINUES = new Set([',', ';', ':', ')', ']', '-', '\u2013', '\u2014']);

/** Whether a token is a capitalised word. */
function isCapitalWord(tb: TokenBuilder, norm: string, i: number): boolean {
  return (tb.kind[i] === Kind.Other || tb.kind[i] === Kind.Word) && isUpperAt(norm, tb.start[i]!);
}
/** Whether token i is a single capital letter with a full stop glued after it (an initial). */
function isInitial(tb: TokenBuilder, norm: string, i: number, b: number): boolean {
  return i + 1 < b && tb.end[i]! - tb.start[i]! === 1 && isUpperAt(norm, tb.start[i]!) && tb.lower[i + 1] === '.' && tb.start[i + 1] === tb.end[i];
}

/**
 * Whether the sentence ends before token m, after the terminal mark k (and the marks glued to it,
 * up to m), in a sentence that started at token `start`.
 */
function endsHere(tb: TokenBuilder, norm: string, start: number, k: number, m: number, stop: Set<string>, afterNumberEnds: Set<string>): boolean {
  const next = tb.start[m]!;
  if (isLowerAt(norm, next)) return false;
  if (tb.lower[k] !== '.') return true;
  if (m !== k + 1) return true;
  if (CONTINUES.has(tb.lower[m]!)) return false;
  if (k === start || tb.end[k - 1] !== tb.start[k]) return true;
  // a full stop between two words with no space, one of them Latin: a name or an address ("s.Value", "t.me")
  if (next === tb.end[k] && isLetterCode(norm.charCodeAt(tb.end[k - 1]! - 1)) && (tb.kind[k - 1] === Kind.Word
    ? isLetterCode(norm.charCodeAt(next)) || tb.kind[m] === Kind.Number : tb.kind[m] === Kind.Word)) return false;
  const prev = tb.lower[k - 1]!;
  const glued = k - 2 >= start && tb.end[k - 2] === tb.start[k - 1];
  if (tb.end[k - 1]! - tb.start[k - 1]! === 1 && isUpperAt(norm, tb.start[k - 1]!)) {
    // a dotted acronym before a number ("S.T.A.L.K.E.R. 2")
    if (glued && tb.lower[k - 2] === '.') return !(tb.kind[m] === Kind.Number || isUpperAt(norm, next));
    if (!isUpperAt(norm, next)) return true;
    // initials: "В. В. Путин", "заявил В. Путин"; not a surname's initial at the end ("Андрей Т. Ему …"),
    // nor a unit ("+9 °С. При этом")
    if (k - 2 >= start && (tb.kind[k - 2] === Kind.Number || tb.lower[k - 2] === '\u00b0')) return true;
    if (isInitial(tb, norm, m, tb.n)) return false;
    // (the first word of a sentence is capitalised anyway: "Написал Д. Медведев")
    return k - 2 > start && isCapitalWord(tb, norm, k - 2);
  }
  if (!isUpperAt(norm, next)) return true;
  // abbreviations standing alone (not "т.д.", "кв.м.", "м/с."), nor a year's "г." after a number
  if (stop.has(prev) && !glued && !(afterNumberEnds.has(prev) && k - 2 >= start && tb.kind[k - 2] === Kind.Number)) return false;
  return true;
}

function isLetterCode(c: number): boolean {
  return isAsciiLetter(c) || isCyrillicLetter(c);
}

/** Sentence token ranges over tokens [a, b) (see the module comment). */
function sentences(tb: TokenBuilder, norm: string, a: number, b: number, sentTok: [number, number][]): void {
  const { stop, afterNumberEnds } = abbreviations();
  let start = a;
  for (let k = a; k < b; k++) {
    if (tb.kind[k] === Kind.Space) {
      // a line break (only between paragraphs): a sentence of its own, trimmed later
      if (k > start) sentTok.push([start, k]);
      sentTok.push([k, k + 1]);
      start = k + 1;
      continue;
    }
    if (!isTerminal(tb.lower[k]!)) continue;
    let m = k + 1;
    while (m < b && tb.start[m] === tb.end[m - 1] && (isTerminal(tb.lower[m]!) || isCloser(tb.lower[m]!))) m++;
    if (m < b && tb.kind[m] !== Kind.Space && !endsHere(tb, norm, start, k, m, stop, afterNumberEnds)) { k = m - 1; continue; }
    sentTok.push([start, m]);
    start = m;
    k = m - 1;
  }
  if (b > start) sentTok.push([start, b]);
}
