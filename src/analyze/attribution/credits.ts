/**
 * Picture credits, captions and bylines (data/credit-lines.tsv): the lines of a page that are no
 * one's statement. "Photo: Roman Pilipey/AFP via Getty Images" under a caption, "(AP Photo/Libkos)",
 * "REUTERS/Nina Liashonok", "Scott Olson via Getty Images.", "Фото: Олена Іваненко / Суспільне",
 * "FILE PHOTO: ...", "By Jane Smith, Associated Press", "Reporting by ...; Editing by ...".
 *
 * The attribution stage drops every claim whose speaker or cue stands in one of these spans, and
 * the speaker resolution never takes a name in one as the person a later "he said" stands for.
 * A caption line that ends in a credit is a caption as a whole ("Rescuers work at the site ...
 * Photo: ..."), so the people it names do not become speakers either.
 */
import { lowerBound, type Doc } from '../doc.js';
import type { Span } from '../types.js';
import { table } from '../../lexicon/index.js';
import { escapeRegExp } from '../../util/index.js';

interface CreditLexicon {
  /** Picture credit leads anywhere in a line ("Photo", "AP Photo", "Фото"). */
  lead: RegExp;
  /** The same phrases without the word-boundary checks: a cheap first test of a line (no match here, none of `lead`). */
  leadLoose: RegExp;
  /** Caption leads at the start of a line ("FILE PHOTO", "Image caption"). */
  caption: RegExp;
  /** Picture agencies anywhere in a line. */
  agency: RegExp;
  /** Byline and trailer leads at the start of a line. */
  byline: RegExp;
  /** One agency, the whole string. */
  agencyExact: RegExp;
  /**
   * The lead and agency phrases in lower case, with no ASCII letter or digit either side, without
   * flags: tested on a line's lower case before `lead` and `agency` scan it. Every match of theirs
   * (no letter or digit of any script either side) is one of this, but for the characters of
   * `CREDIT_FOLD_TRAPS`.
   */
  anyLower: RegExp;
}

let lexicon: CreditLexicon | null = null;

const LETTER = '[\\p{L}\\p{N}]';

/** An alternation of the phrases, longest first, words joined by any run of spaces. */
function alternation(phrases: string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').map((w) => escapeRegExp(w)).join('\\s+'))
    .join('|');
}

function creditLexicon(): CreditLexicon {
  if (lexicon) return lexicon;
  const by = new Map<string, string[]>();
  for (const [phrase, role] of table('credit-lines.tsv')) {
    if (!phrase || !role) continue;
    const list = by.get(role) ?? [];
    list.push(phrase.toLowerCase().replace(/\s+/g, ' ').trim());
    by.set(role, list);
  }
  const anywhere = (role: string): RegExp => new RegExp(`(?<!${LETTER})(?:${alternation(by.get(role) ?? ['\u0000'])})(?!${LETTER})`, 'giu');
  const atStart = (role: string): RegExp => new RegExp(`^[\\s(\\[]*(${alternation(by.get(role) ?? ['\u0000'])})(?!${LETTER})`, 'iu');
  lexicon = {
    lead: anywhere('lead'), leadLoose: new RegExp(`(?:${alternation(by.get('lead') ?? ['\u0000'])})`, 'iu'), caption: atStart('caption'), agency: anywhere('agency'), byline: atStart('byline'),
    agencyExact: new RegExp(`^(?:${alternation(by.get('agency') ?? ['\u0000'])})$`, 'iu'),
    anyLower: new RegExp(`(?:^|[^a-z0-9])(?:${alternation([...(by.get('lead') ?? []), ...(by.get('agency') ?? []), '\u0000'])})(?![a-z0-9])`),
  };
  return lexicon;
}

/**
 * The characters a case-insensitive Unicode pattern takes for a letter of a lead or agency phrase
 * while their lower case is another character (the long s "ſ" for "s"; U+1C80–U+1C88, old Cyrillic
 * letter forms, for "в", "д", "о", "с", "т", "ъ"). A line holding one skips the lower-case first
 * test (`anyLower`). test/unit/credits-prefilter.test.ts checks every character against the data.
 */
export const CREDIT_FOLD_TRAPS = /[\u017f\u1c80-\u1c88]/;

/** Words that may join the names of a credit or byline ("Jane Smith and John Doe", "via"). */
const JOIN = new Set(['and', 'via', 'for', 'of', 'de', 'van', 'von', 'der', 'al', 'el', 'bin', 'и', 'і', 'та', '&']);
const CAPITAL = /^[(\[«"“]?\p{Lu}/u;
const INITIAL = /^[(\[]?\p{Lu}\.$/u;
/** Sentence or clause punctuation that closes a word before a credit ("Kharkiv. Nina Liashonok/Reuters"). */
const CLOSES = /[.,;:!?…]["”»]?$/u;
/** What may stand after a credit at the end of its line. */
const LINE_TAIL = /^[\s.)\]]*$/u;
/** Longest mid-line credit (from its lead or name to the end of its line), in characters. */
const MAX_CREDIT = 150;
/** Longest line that is taken as a caption as a whole because it ends in a credit. */
const MAX_CAPTION = 500;
/** Longest caption line opened by a caption lead ("FILE PHOTO: ..."). */
const MAX_CAPTION_LEAD = 600;

interface Tok { s: number; e: number; w: string }

/**
 * The credit, caption and byline spans of `text` ([start, end) offsets, sorted, not overlapping).
 * Pure: reads nothing but the text and data/credit-lines.tsv.
 */
export function creditSpans(text: string): Span[] {
  const out: Span[] = [];
  let ls = 0;
  while (ls < text.length) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (le > ls) lineCredits(text.slice(ls, le), ls, out);
    ls = le + 1;
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Finds the credits of one line (`base`: the line's offset in the text) and adds them to `out`. */
function lineCredits(line: string, base: number, out: Span[]): void {
  const lex = creditLexicon();
  const first = line.search(/\S/u);
  if (first < 0) return;
  const last = line.trimEnd().length;
  const whole = (): void => void out.push({ start: base + first, end: base + last });
  // 1. a byline or trailer line
  const b = lex.byline.exec(line);
  if (b) {
    const phrase = b[1]!.toLowerCase().replace(/\s+/g, ' ');
    const rest = line.slice(b[0].length);
    if (phrase === 'by') {
      const words = rest.split(/[\s,;]+/u).filter((w) => w.length > 0);
      const names = words.length > 0 && words.every((w) => CAPITAL.test(w) || JOIN.has(w.toLowerCase()));
      const closed = /[.!?…]$/u.test(line.trimEnd()) && !INITIAL.test(words[words.length - 1] ?? '');
      if (names && !closed && last - first <= 120) return whole();
    } else if (phrase.endsWith(' by')) {
      if (/^\s+\p{Lu}/u.test(rest) && last - first <= 300) return whole();
    } else if (/^\s*[:—–-]/u.test(rest) && last - first <= 200) return whole();
  }
  // 2. a caption line opened by a caption lead
  if (lex.caption.test(line) && last - first <= MAX_CAPTION_LEAD) return whole();
  // 3 and 4 look for lead and agency phrases: a line whose lower case holds none has neither (a
  // case-insensitive match is a lower-case one, but for the characters of CREDIT_FOLD_TRAPS)
  if (!lex.anyLower.test(line.toLowerCase()) && !CREDIT_FOLD_TRAPS.test(line)) return;
  const found: Span[] = [];
  // 3. picture credit leads: "Photo: ...", "(AP Photo/...)", "Photo by Name/AFP", "Фото: ..."
  lex.lead.lastIndex = 0;
  for (let m = lex.leadLoose.test(line) ? lex.lead.exec(line) : null; m; m = lex.lead.exec(line)) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const after = line.slice(m.index + m[0].length);
    const sep = /^\s*[:/]\s*/u.exec(after)
      ?? (/(?:^| )(?:by|of)$/u.test(phrase) ? /^\s+(?=(?:the\s+)?\p{Lu})/u.exec(after) : null)
      ?? (phrase.includes(' ') ? /^\s*,\s*/u.exec(after) : null);
    if (!sep) continue;
    let start = m.index;
    // an agency right before the lead belongs to it ("AP Photo/...", "REUTERS/..." is found below)
    const before = line.slice(0, start);
    const ag = /(\S+)\s*$/u.exec(before);
    if (ag && isAgency(ag[1]!.replace(/^[(\[]/u, ''))) start = ag.index;
    let k = start - 1;
    while (k >= 0 && /\s/u.test(line[k]!)) k--;
    const paren = line[start] === '(' || line[start] === '[' || (k >= 0 && (line[k] === '(' || line[k] === '['));
    if (paren && line[start] !== '(' && line[start] !== '[') start = k;
    let end = last;
    if (paren) {
      const close = line.indexOf(line[start] === '[' ? ']' : ')', m.index + m[0].length);
      end = close < 0 ? last : close + 1;
    }
    const atStart = start === first;
    if (!atStart && !paren) {
      // mid-line, a credit follows the caption's last sentence ("... 2025. Photo: Name/AFP"), not a
      // word of it ("the ministry released a photo: troops ..."), and names someone with a capital
      const next = line.slice(m.index + m[0].length + sep[0].length);
      let p = start - 1;
      while (p >= 0 && /\s/u.test(line[p]!)) p--;
      if (p >= 0 && !/[.!?…)\]"”»|—–-]/u.test(line[p]!)) continue;
      if (!/^["“«]?\p{Lu}/u.test(next) || end - start > MAX_CREDIT) continue;
    }
    found.push({ start, end });
  }
  // 4. picture agencies: "REUTERS/Nina Liashonok", "Nina Liashonok/Reuters", "Name via Getty Images.", "Getty."
  lex.agency.lastIndex = 0;
  let toks: Tok[] | null = null;
  for (let m = lex.agency.exec(line); m; m = lex.agency.exec(line)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    toks ??= tokens(line);
    const a0 = toks.findIndex((t) => t.e > m!.index);
    let a1 = toks.findIndex((t) => t.s >= m!.index + m![0].length);
    if (a1 < 0) a1 = toks.length;
    if (a0 < 0 || a0 >= a1) continue;
    // the chunk of names, slashes and joining words around the agency
    let j = a0;
    while (j > 0) {
      const p = toks[j - 1]!.w;
      if (p === '/') {
        j--;
        continue;
      }
      if (CLOSES.test(p) && !INITIAL.test(p)) break;
      if (!CAPITAL.test(p) && !JOIN.has(p.toLowerCase())) break;
      j--;
      if (/^[(\[]/u.test(p)) break;
    }
    let e = a1 - 1;
    while (e + 1 < toks.length && !(CLOSES.test(toks[e]!.w) && !INITIAL.test(toks[e]!.w)) && !/[)\]]$/u.test(toks[e]!.w)) {
      const q = toks[e + 1]!.w;
      if (q !== '/' && !CAPITAL.test(q) && !JOIN.has(q.toLowerCase())) break;
      e++;
    }
    const start = toks[j]!.s;
    const end = toks[e]!.e;
    if (!LINE_TAIL.test(line.slice(end))) continue; // a credit ends its line ("a Reuters/Ipsos poll showed ..." is none)
    const chunk = toks.slice(j, e + 1);
    const slashAt = (i: number): boolean => toks![i]?.w === '/';
    // what stands on the other side of a slash: a name of two or more words, or another agency
    const otherSide = (from: number, step: 1 | -1): boolean => {
      let n = 0;
      for (let i = from; i >= j && i <= e && toks![i]!.w !== '/'; i += step) n++;
      const words = toks!.slice(Math.min(from, from + step * (n - 1)), Math.max(from, from + step * (n - 1)) + 1).map((t) => t.w).join(' ');
      return n >= 2 || isAgency(words.replace(/^[(\[]|[.)\]]+$/gu, ''));
    };
    const slashed = (slashAt(a0 - 1) && otherSide(a0 - 2, -1)) || (slashAt(a1) && otherSide(a1 + 1, 1));
    const via = a0 > j && toks[a0 - 1]!.w.toLowerCase() === 'via' && a0 - 1 > j;
    const alone = j === 0 && start === first && end - start <= 60;
    const parenthesised = /^[(\[]/u.test(chunk[0]!.w) && /[)\]][.]?$/u.test(chunk[chunk.length - 1]!.w);
    if (slashed || via || alone || parenthesised) found.push({ start: j === 0 ? first : start, end });
  }
  if (found.length === 0) return;
  // 5. a caption line ends in its credit: the whole line is the caption
  const endsLine = found.some((f) => LINE_TAIL.test(line.slice(f.end)));
  if (endsLine && last - first <= MAX_CAPTION) return whole();
  for (const f of found) out.push({ start: base + f.start, end: base + f.end });
}

/** Whether `w` (a word or words) is a picture agency of data/credit-lines.tsv, written with a capital. */
function isAgency(w: string): boolean {
  return /^\p{Lu}/u.test(w) && creditLexicon().agencyExact.test(w.replace(/[.,]+$/u, ''));
}

/** The line's words and slashes ("Liashonok/Reuters" is three tokens). */
function tokens(line: string): Tok[] {
  const out: Tok[] = [];
  const re = /\/|[^\s/]+/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
  return out;
}

/** Whether `offset` lies inside one of the document's credit, caption or byline spans. */
export function inCredit(doc: Doc, offset: number): boolean {
  const c = doc.credits;
  if (c.length === 0) return false;
  const i = lowerBound(c.length, (k) => c[k]!.end <= offset);
  return i < c.length && c[i]!.start <= offset;
}
