/**
 * Quantities in Russian and Ukrainian paragraphs: numbers with space or no-break-space thousands
 * ("374 520"), decimal commas ("2,5 тыс."), multipliers (тыс., млн), ranges ("3-4"), number words
 * ("два танка", "трьох людей"), bounds ("до", "более", "понад", "близько") and the unit named by the
 * following word in any case ("военнослужащих", "окупантів", "населених пунктів", "БПЛА") or by a
 * tally line's heading ("танків ‒ 9 411 (+11) од."). A daily increment written "(+11)" is a
 * quantity of its own (rule `ruuk-daily`). The figure of a type designation ("Ми-8", "Х-101") is
 * no count; a designation after a number is its unit ("два Су-34", "3 Ка-52"). Word lists:
 * data/units-ruuk.tsv, data/bounds-ruuk.tsv, data/number-words-ruuk.tsv, data/designations-ruuk.tsv.
 */
import type { Doc } from '../doc.js';
import type { Bound, Quantity } from '../types.js';
import { table } from '../../lexicon/index.js';
import { stemWord } from '../../lexicon/phrases.js';

interface Lex {
  units: { stem: string; unit: string; whole: boolean }[];
  /** units by their first letter */
  unitsBy: Map<string, { stem: string; unit: string; whole: boolean }[]>;
  bounds: { words: string[]; bound: Bound; re: RegExp }[];
  numbers: { stem: string; whole: boolean; value: number; mult: boolean }[];
  /** first letters of number-word stems */
  numberFirst: Set<string>;
  /** the number words that are no multipliers, by the first letter of their stem (file order kept), or null when a stem is empty */
  numbersBy: Map<string, { stem: string; whole: boolean; value: number; mult: boolean }[]> | null;
  /** designation families ("су", "ми", "х") to the unit a designation of theirs counts */
  families: Map<string, string>;
  /** vague amounts («сотни», «десятки», «тысячи», «единицы») to the counts they allow, [low, high) */
  vague: Map<string, [number, number]>;
}

/**
 * The bound written right before a count at `start` of `text` (up to three words, not before the
 * paragraph's start `lo`): the first row of data/bounds-ruuk.tsv (longest first) that ends there, with
 * where it starts; null when there is none.
 */
function boundBefore(L: Lex, text: string, lo: number, start: number): { bound: Bound; start: number } | null {
  const from = Math.max(lo, start - 24);
  const before = text.slice(from, start).toLowerCase();
  // every bound pattern ends in a space right before the number
  if (!before.endsWith(' ') && !before.endsWith('\u00a0')) return null;
  for (const b of L.bounds) {
    const m = b.re.exec(before);
    if (m) return { bound: b.bound, start: from + m.index };
  }
  return null;
}

let lex: Lex | null = null;
function load(): Lex {
  if (lex) return lex;
  const units = table('units-ruuk.tsv').map(([stem, unit]) => ({ stem: stem!.toLowerCase(), unit: unit!.replace(/=$/, ''), whole: unit!.endsWith('=') }));
  units.sort((a, b) => b.stem.length - a.stem.length);
  const unitsBy = new Map<string, Lex['units']>();
  for (const u of units) { const l = unitsBy.get(u.stem[0]!) ?? []; l.push(u); unitsBy.set(u.stem[0]!, l); }
  const bounds = table('bounds-ruuk.tsv').map(([p, b]) => ({ words: p!.split(' '), bound: b as Bound,
    re: new RegExp(`(?<![\\p{L}])${p!.split(' ').join('[ \\u00a0]+')}[ \\u00a0]+$`, 'u') }));
  bounds.sort((a, b) => b.words.length - a.words.length);
  // a stem ending in "=" is a whole word ("одна=": not the start of «однако»)
  const numbers = table('number-words-ruuk.tsv').map(([s, v, k]) => ({ ...stemWord(s!), value: Number(v), mult: k === 'multiplier' }));
  numbers.sort((a, b) => b.stem.length - a.stem.length);
  let numbersBy: Lex['numbersBy'] = new Map();
  for (const n of numbers) {
    if (n.mult) continue;
    if (!n.stem) { numbersBy = null; break; }
    const l = numbersBy.get(n.stem[0]!);
    if (l) l.push(n);
    else numbersBy.set(n.stem[0]!, [n]);
  }
  const families = new Map(table('designations-ruuk.tsv').map(([f, u]) => [f!.toLowerCase(), u!] as [string, string]));
  const vague = new Map(table('vague-amounts-ruuk.tsv').map(([w, lo, hi]) => [w!.toLowerCase(), [Number(lo), Number(hi)]] as [string, [number, number]]));
  return (lex = { units, unitsBy, bounds, numbers, numberFirst: new Set(numbers.filter((n) => !n.mult).map((n) => n.stem[0]!)), numbersBy, families, vague });
}

const SP = '[ \\u00a0\\u202f]';
const NUM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,+])(\\d{1,3}(?:${SP}\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?:[-–](\\d+(?:[.,]\\d+)?))?(?![\\p{L}\\p{N}]|[.,:]\\d)`, 'gu');
const WORD_RE = /[\p{L}'’ʼ]+(?:-[\p{L}]+)*/gu;
/**
 * What may follow a number word's stem in a case form of the numeral (Russian and Ukrainian):
 * "два/двух/двум/двумя/двое/двоих", "трёх/трьох", "пяти/пятью", "шестеро/шістьох", "семи/сьома".
 */
const NUMERAL_TAIL = /^(|а|е|и|я|у|ь|ю|ух|ум|умя|ое|оє|ох|оих|ома|ьох|ьом|ьма|ем|ём|ёх|ех|ью|ти|ть|тью|ми|мя|ом|еро|ерых|ей|ой|ою|ого|ому|ій|ьмох)$/u;
const ADJ_END = /(ых|их|ие|ые|ий|ый|ой|ая|ого|ими|ыми|ую|і|ї|ому|ої|ої|ими|ні|ні)$/u;

/** Currency signs that may stand right before a number, with their unit ids of data/units.tsv. */
const CURRENCY_SIGNS: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '₴': 'uah', '₽': 'rub' };

/** The interval [low, high) of a Russian or Ukrainian vague amount word (data/vague-amounts-ruuk.tsv), or null. */
export function vagueAmount(word: string): [number, number] | null {
  return load().vague.get(word.toLowerCase()) ?? null;
}

/** A word of another magnitude after a vague amount («сотни тысяч», «десятки миллионов»). */
const MAGNITUDE_AFTER = /^[ \u00a0]+(?:тыс|тис|млн|млрд|миллион|мільйон|миллиард|мільярд)/u;
/** A word before a vague amount that makes it a count of hundreds or thousands («несколько сотен», «кілька тисяч»). */
const COUNTED_BEFORE = /(?:^|[^\p{L}])(?:несколько|нескольких|кілька|кількох|пару|пара|много|много|багато|\d+)[ \u00a0]+$/iu;

/**
 * Vague amounts (rule `ruuk-vague`): «сотни», «десятки», «тысячи», «единицы» (and the Ukrainian
 * forms) give the interval of data/vague-amounts-ruuk.tsv as a range (high = the last whole count
 * below the next order), vague, with the unit of the word after (up to two adjectives between) or
 * none («погибших — сотни»: compare finds the casualty head). Not a figure: a word right after «не»
 * (the magnitude a speaker rejects, «сотни, а не десятки»), a word before «тысяч»/«млн» (another
 * magnitude, «сотни тысяч»), or after «несколько»/«кілька» or a number (a count of hundreds). A
 * number word read before at the same place («десятки дронов» as 10) gives way to it.
 */
function vagueAmounts(doc: Doc, L: Lex, para: string, base: number, out: Quantity[]): void {
  if (L.vague.size === 0) return;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(para); m; m = WORD_RE.exec(para)) {
    const iv = L.vague.get(m[0].toLowerCase());
    if (!iv) continue;
    const before = para.slice(Math.max(0, m.index - 24), m.index);
    if (/(?:^|[^\p{L}])не[ \u00a0]+$/iu.test(before) || COUNTED_BEFORE.test(before)) continue;
    const restAll = para.slice(m.index + m[0].length);
    if (MAGNITUDE_AFTER.test(restAll)) continue;
    const { unit: u, at: at2 } = unitAfterNumber(restAll, true);
    const start = base + m.index;
    const end = start + m[0].length + (u ? at2 : 0);
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && start < out[i]!.end && out[i]!.why?.rule === 'ruuk-word') out.splice(i, 1);
    if (out.some((q) => q.start < end && start < q.end)) continue;
    out.push({ text: doc.text.slice(start, end), start, end, value: iv[0], high: iv[1] - 1, bound: 'range', unit: u ? u.unit : null, vague: true, claim: null, why: { stage: 'quantities', rule: 'ruuk-vague' } });
  }
}

/** Parses "374 520", "2,5", "1.5" to a number. */
export function parseRuNumber(s: string): number {
  return Number(s.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

/** A type designation "<letters>-<figure>..." at the start of a string: "Су-34", "Ту-22М3", "Шахед-136". */
const DESIGNATION = /^(\p{L}{1,10})[-\u2011](\d[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}])/u;

/**
 * The unit a type designation at the start of `rest` counts ("Су-34" aircraft, "Ка-52"
 * helicopters, "Шахед-136" drones), by its family of data/designations-ruuk.tsv, with the
 * designation's length; null when `rest` starts with none or its family is not listed.
 */
function designationAt(rest: string): { unit: string; len: number } | null {
  const m = DESIGNATION.exec(rest);
  if (!m) return null;
  const unit = load().families.get(m[1]!.toLowerCase());
  return unit ? { unit, len: m[0].length } : null;
}

/**
 * Whether the number at `i` of `s` is the figure of a type designation: glued by a hyphen to the
 * letter before ("Ми-8", "Ил-76", "Х-101", "С-300", "Орлан-10"), no count of its own.
 */
function designationFigure(s: string, i: number): boolean {
  if (i < 2) return false;
  const h = s.charCodeAt(i - 1);
  if (h !== 0x2d && h !== 0x2010 && h !== 0x2011) return false;
  return /\p{L}$/u.test(s.slice(Math.max(0, i - 3), i - 1));
}

function unitOfWord(w: string, rest: string): { unit: string; len: number } | null {
  const des = designationAt(rest);
  if (des) return des;
  const whole = unitOfWholeWord(w, rest);
  if (whole) return whole;
  // a hyphenated compound is counted by its head, the part before the hyphen ("дрон-камикадзе",
  // "беспилотников-камикадзе"): the unit of that part, the whole compound its length
  const h = w.indexOf('-');
  if (h > 1) {
    const head = unitOfWholeWord(w.slice(0, h), w.slice(0, h));
    if (head) return { unit: head.unit, len: w.length };
  }
  return null;
}

/**
 * The unit after a number word: the next word, or the one after one or two adjectives (only when
 * `adjectives`), spaces only between ("шесть вражеских беспилотников", "сотни погибших"); `at` is
 * where the unit ends in `rest` (0 with no unit).
 */
function unitAfterNumber(rest: string, adjectives: boolean): { unit: { unit: string; len: number } | null; at: number } {
  let at = 0;
  for (let k = 0; k < 3; k++) {
    const nx = /^[ \u00a0]+([\p{L}'’]+(?:-[\p{L}]+)*)/u.exec(rest.slice(at));
    if (!nx) break;
    const wordAt = at + nx[0].length - nx[1]!.length;
    const u = unitOfPhrase(nx[1]!, rest.slice(wordAt));
    if (u) return { unit: u, at: wordAt + u.len };
    if (!adjectives || !ADJ_END.test(nx[1]!.toLowerCase())) break;
    at = wordAt + nx[1]!.length;
  }
  return { unit: null, at: 0 };
}

/**
 * The unit of a counted noun phrase at word `w` (`rest` the paragraph from it on), preferring the
 * noun to an adjective made from a unit's stem: "87 ударными беспилотниками" are drones and "2
 * артиллерийских удара" strikes, though "ударн-" and "артиллерийск-" start with unit stems; an
 * adjectival ending (ADJ_END) on the first word, with a unit noun as the next word (spaces only
 * between), gives the next word's unit and both words' length.
 */
function unitOfPhrase(w: string, rest: string): { unit: string; len: number } | null {
  const u = unitOfWord(w, rest);
  if (!u || u.len !== w.length || !ADJ_END.test(w.toLowerCase())) return u;
  const nx = /^[ \u00a0]+([\p{L}'’]+(?:-[\p{L}]+)*)/u.exec(rest.slice(w.length));
  if (!nx) return u;
  const v = unitOfWord(nx[1]!, rest.slice(w.length + nx[0].length - nx[1]!.length));
  return v ? { unit: v.unit, len: w.length + nx[0].length - nx[1]!.length + v.len } : u;
}

function unitOfWholeWord(w: string, rest: string): { unit: string; len: number } | null {
  const lw = w.toLowerCase();
  // the rest of the paragraph in lower case, only for a unit of several words (made once, when first needed)
  let lrest: string | null = null;
  for (const u of load().unitsBy.get(lw[0] ?? '') ?? []) {
    if (u.stem.includes(' ')) {
      lrest ??= rest.toLowerCase();
      if (lrest.startsWith(u.stem)) {
        const m = /^[\p{L}'’ ]+?(?=[^\p{L}'’]|$)/u.exec(lrest.slice(u.stem.length));
        return { unit: u.unit, len: u.stem.length + (m ? m[0].length : 0) };
      }
      continue;
    }
    if (u.whole ? lw === u.stem : lw.startsWith(u.stem) && (lw.length - u.stem.length <= 6)) return { unit: u.unit, len: w.length };
  }
  return null;
}

/** Per BMP code point: 0 not yet known, 1 no letter (\p{L}), 2 a letter. */
const LETTER_UNIT = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;

/** Whether code point `cp` is a letter (\p{L}), memoised for the BMP (a lone surrogate is none). */
function isLetter(cp: number): boolean {
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let v = LETTER_UNIT[cp]!;
  if (v === 0) v = LETTER_UNIT[cp] = LETTER.test(String.fromCharCode(cp)) ? 2 : 1;
  return v === 2;
}

/** Whether code point `cp` may be in a word of WORD_RE's first part: a letter or an apostrophe ' ’ ʼ. */
function isWordChar(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2bc || isLetter(cp);
}

/**
 * The end of the word of WORD_RE (`[\p{L}'’ʼ]+(?:-[\p{L}]+)*`) that starts at `i` in `s`, or -1 when
 * no word character is at `i`: WORD_RE's match when a global search reaches `i`, without a
 * match object per word (the number-word scan looks at the first letter of every word of a
 * paragraph and at the rest of almost none).
 */
export function wordEndAt(s: string, i: number): number {
  let cp = s.codePointAt(i);
  if (cp === undefined || !isWordChar(cp)) return -1;
  let j = i + (cp > 0xffff ? 2 : 1);
  for (; j < s.length; j += cp > 0xffff ? 2 : 1) {
    cp = s.codePointAt(j)!;
    if (!isWordChar(cp)) break;
  }
  // hyphenated parts, letters only ("Ростов-на-Дону")
  while (j + 1 < s.length && s.charCodeAt(j) === 0x2d) {
    cp = s.codePointAt(j + 1)!;
    if (!isLetter(cp)) break;
    j += 1 + (cp > 0xffff ? 2 : 1);
    for (; j < s.length; j += cp > 0xffff ? 2 : 1) {
      cp = s.codePointAt(j)!;
      if (!isLetter(cp)) break;
    }
  }
  return j;
}

/** Per UTF-16 code unit: 0 not yet known, 1 its lower case starts no number word, 2 it does. */
const NUMBER_FIRST_UNIT = new Uint8Array(65536);

/** Whether the lower case of code unit `c` starts with the first letter of a number word (memoised). */
function numberFirstUnit(L: Lex, c: number): boolean {
  let v = NUMBER_FIRST_UNIT[c]!;
  if (v === 0) v = NUMBER_FIRST_UNIT[c] = L.numberFirst.has(String.fromCharCode(c).toLowerCase()[0]!) ? 2 : 1;
  return v === 2;
}

/** Finds quantities in the paragraphs whose language is 'ru' or 'uk'. */
export function findQuantitiesRuUk(doc: Doc, langs: readonly string[]): Quantity[] {
  const L = load();
  const out: Quantity[] = [];
  const text = doc.norm;
  doc.paragraphs.forEach((p, pi) => {
    if (langs[pi] !== 'ru' && langs[pi] !== 'uk') return;
    const para = text.slice(p.start, p.end);
    NUM_RE.lastIndex = 0;
    for (let m = NUM_RE.exec(para); m; m = NUM_RE.exec(para)) {
      // the figure of a type designation ("Вертолёт Ми-8", "Ракета Х-101") is no count
      if (designationFigure(para, m.index)) continue;
      let start = p.start + m.index;
      let end = start + m[0].length;
      // a time ("03:25"), a date ("24.02.22") or a year-like number glued to a dot is not a count
      if (/^\d{1,2}[.:]\d{2}/.test(para.slice(m.index)) && /[.:]\d/.test(m[0] + para[m.index + m[0].length])) continue;
      // a number glued to a word by a hyphen is part of a compound adjective or an ordinal
      // («11-летний ребёнок», «5-этажный дом», «155-я бригада»), no count
      if (/^-\p{L}/u.test(para.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      let value = parseRuNumber(m[1]!);
      let high: number | null = m[2] ? parseRuNumber(m[2]) : null;
      let bound: Bound = high !== null ? 'range' : 'exact';
      let rest = text.slice(end, p.end);
      // a range in words: «от 10 до 15 человек», «від 3 до 5 тисяч» (lane figures13): the second
      // number is the range's top, not a count of its own with "up to"
      const toHigh = high === null && /(?:^|[^\p{L}])(?:от|від)[ \u00a0]+$/iu.test(text.slice(Math.max(p.start, start - 6), start))
        ? /^[ \u00a0]+до[ \u00a0]+(\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d+)?)/u.exec(rest) : null;
      if (toHigh) {
        high = parseRuNumber(toHigh[1]!);
        bound = 'range';
        end += toHigh[0].length;
        rest = text.slice(end, p.end);
        NUM_RE.lastIndex = end - p.start;
      }
      // multiplier: "2,5 тыс.", "1,2 млн"
      const mult = /^[ \u00a0]+(тыс(?:яч\p{L}*)?|тис(?:яч\p{L}*)?|млн|млрд|миллион\p{L}*|мільйон\p{L}*|миллиард\p{L}*|мільярд\p{L}*)(?:\.|(?![\p{L}]))/u.exec(rest);
      if (mult) {
        const k = L.numbers.find((n) => n.mult && mult[1]!.startsWith(n.stem))?.value ?? 1;
        value *= k;
        if (high !== null) high *= k;
        end += mult[0].length;
        rest = text.slice(end, p.end);
      }
      // a daily increment "(+1 390)"
      const inc = /^[ \u00a0]*\(\+[ \u00a0]?(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\)/.exec(rest);
      let incQ: Quantity | null = null;
      if (inc) {
        const is = end + inc[0].indexOf('+') + 1;
        const ie = end + inc[0].length - 1;
        incQ = { text: doc.text.slice(is, ie), start: is, end: ie, value: parseRuNumber(inc[1]!), bound: 'exact', unit: null, claim: null, why: { stage: 'quantities', rule: 'ruuk-daily' } };
        rest = text.slice(end + inc[0].length, p.end);
      }
      // the unit: the next word, or the one after one or two adjectives ("украинских беспилотников")
      let unit: string | null = null;
      let unitEnd = end;
      const after = rest;
      WORD_RE.lastIndex = 0;
      let skipped = 0;
      for (let w = WORD_RE.exec(after); w && skipped < 3; w = WORD_RE.exec(after)) {
        if (/[.,;:!?\n—–‒]/.test(after.slice(0, w.index).replace(/^[ \u00a0]*\(\+[^)]*\)/, '')) && !/^[ \u00a0]*$/.test(after.slice(0, w.index))) break;
        const u = unitOfPhrase(w[0], after.slice(w.index));
        if (u) { unit = u.unit; unitEnd = end + (inc ? inc[0].length : 0) + w.index + u.len; break; }
        if (!ADJ_END.test(w[0].toLowerCase())) break;
        skipped++;
      }
      // a currency sign right before the number ("$24 миллиарда на военную помощь"): a sum of money
      const sign = CURRENCY_SIGNS[text[start - 1] ?? ''];
      if (!unit && sign) unit = sign;
      if (!unit) {
        // a tally line: "танків ‒ 9 411 (+11) од."
        const head = text.slice(p.start, start);
        const hm = /^[^\p{L}]*([\p{L}'’ ]{2,40}?)[ \u00a0]*[‒—–-][ \u00a0]*(?:[\p{L}]+[ \u00a0]+)?$/u.exec(head);
        if (hm) {
          const u = unitOfWord(hm[1]!.trim().split(/\s+/)[0]!, hm[1]!.trim());
          if (u) unit = u.unit;
        }
      } else end = unitEnd;
      // the bound: up to three words right before the number
      const pre = bound === 'range' ? null : boundBefore(L, text, p.start, start);
      if (pre) ({ bound, start } = pre);
      out.push({ text: doc.text.slice(start, end), start, end, value, high, bound, unit, claim: null, why: { stage: 'quantities', rule: 'ruuk-number' } });
      if (incQ) { incQ.unit = unit; out.push(incQ); }
    }
    // number words right before a unit: "два танка", "трьох людей"
    // (the words of WORD_RE, found by wordEndAt: a word is made only when its first letter may start a number word)
    for (let at = 0; at < para.length;) {
      const we = wordEndAt(para, at);
      if (we < 0) {
        at += para.codePointAt(at)! > 0xffff ? 2 : 1;
        continue;
      }
      const wi = at;
      at = we;
      // the first letter decides first (the stems are Cyrillic, whose case needs no context)
      if (!numberFirstUnit(L, para.charCodeAt(wi))) continue;
      const w = { 0: para.slice(wi, we), index: wi };
      const lw = w[0].toLowerCase();
      if (!L.numberFirst.has(lw[0]!)) continue;
      // (a stem that starts the word shares its first letter: only those are tried, in file order)
      const n = (L.numbersBy ? L.numbersBy.get(lw[0]!) ?? [] : L.numbers).find((x) => !x.mult && (x.whole ? lw === x.stem : lw.startsWith(x.stem) && lw.length - x.stem.length <= 4));
      if (!n) continue;
      const restAll = para.slice(w.index + w[0].length);
      // the unit: the next word, or the one after one or two adjectives, spaces only between
      // ("шесть вражеских беспилотников", "семь крылатых ракет", "двух российских военных")
      // (adjectives are passed over only after a case form of a numeral, not after a word that
      // merely starts like one: «двери жилых домов», «стороны украинских военных» count nothing)
      const { unit: u, at: at2 } = unitAfterNumber(restAll, n.whole || NUMERAL_TAIL.test(lw.slice(n.stem.length)));
      if (!u) continue;
      let start = p.start + w.index;
      const end = start + w[0].length + at2;
      if (out.some((q) => q.start < end && start < q.end)) continue;
      // the bound before a number word too: «не менее семи человек», «понад двох» (lane figures13)
      let bound: Bound = 'exact';
      const pre = boundBefore(L, text, p.start, start);
      if (pre) ({ bound, start } = pre);
      out.push({ text: doc.text.slice(start, end), start, end, value: n.value, high: null, bound, unit: u.unit, claim: null, why: { stage: 'quantities', rule: 'ruuk-word' } });
    }
    vagueAmounts(doc, L, para, p.start, out);
  });
  out.sort((a, b) => a.start - b.start);
  return out;
}
