/**
 * Stage `quotes`: the quotation structure of the text.
 *
 * - Double quotes: straight `"`, typographic `“ ”`, low `„ “`, guillemets `« »`.
 * - Single quotes `' ‘ ’` are quotation marks only when they open before a word and close after
 *   one; between letters (`Russia‘s`, `Putin’s`, `don't`) or after a plural (`soldiers’ arms`)
 *   they are apostrophes.
 * - A quotation left open at the end of a paragraph continues when the next paragraph opens with a
 *   quotation mark (the press convention for multi-paragraph quotes); otherwise it ends with its
 *   paragraph, marked `closed: false`, so an unbalanced mark never swallows the rest of the text.
 */
import { Kind, type Doc, type QuoteSpan } from '../doc.js';
import type { Stage } from '../pipeline.js';

const enum M {
  None,
  Open,
  Close,
  Either,
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013\/:;,-]/u.test(c);
}
function isSpaceOrEndPunct(c: string | undefined): boolean {
  return c === undefined || /[\s.,;:!?)\]}\u2014\u2013\u2026-]/u.test(c);
}

interface Open {
  at: number;
  /** width of the opening mark (2 for '') */
  w: number;
  style: string;
  closer: string;
  single: boolean;
  paragraphs: number;
}

/** Classify a double-quote mark at `i` in `text`. */
function doubleMark(text: string, i: number): { m: M; style: string; closer: string } {
  const c = text[i]!;
  switch (c) {
    case '\u201C':
      return { m: M.Either, style: 'double', closer: '\u201D' };
    case '\u201D':
      return { m: M.Close, style: 'double', closer: '\u201D' };
    case '\u201E':
      return { m: M.Open, style: 'low', closer: '\u201C' };
    case '\u00AB':
      return { m: M.Open, style: 'guillemet', closer: '\u00BB' };
    case '\u00BB':
      return { m: M.Close, style: 'guillemet', closer: '\u00BB' };
    case '"': {
      const prev = text[i - 1];
      const next = text[i + 1];
      const canOpen = isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next);
      const canClose = !isSpaceOrStart(prev) || isSpaceOrEndPunct(next);
      return { m: canOpen && !canClose ? M.Open : canClose && !canOpen ? M.Close : M.Either, style: 'double', closer: '"' };
    }
    default:
      return { m: M.None, style: '', closer: '' };
  }
}

/** Find all quotations in `text` (paragraph spans given). */
export function findQuotes(text: string, paragraphs: { start: number; end: number }[]): QuoteSpan[] {
  const searchMemo: SearchMemo = new Map();
  const out: QuoteSpan[] = [];
  let dbl: Open | null = null; // the open double quotation (may span paragraphs)
  let skipAt = -1; // the re-opening mark of a continuation paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    let sgl: Open | null = null;
    const inner: QuoteSpan[] = [];
    for (let i = nextMark(text, start, end); i < end; i = nextMark(text, i + 1, end)) {
      const c = text[i]!;
      // Two single quotes in a row ('' or ‘‘ ’’) are a double quotation mark (newswire convention).
      const pair = isSingle(c) && isSingle(text[i + 1]);
      if (pair || c === '"' || c === '\u201C' || c === '\u201D' || c === '\u201E' || c === '\u00AB' || c === '\u00BB') {
        const w = pair ? 2 : 1;
        const d = pair ? pairMark(text, i) : doubleMark(text, i);
        if (dbl) {
          // A low quote's closer is “; guillemets may nest inside other styles.
          // “ misused as a closing mark ("“It's unusual,“ said X"): it closes when it follows a word or
          // punctuation and is followed by a space or punctuation
          const misusedCloser = c === '\u201C' && dbl.style === 'double' && !/\s/.test(text[i - 1] ?? ' ') && isSpaceOrEndPunct(text[i + 1]);
          const closes = pair
            ? dbl.style === 'pair' && d.m !== M.Open
            : misusedCloser ||
              ((d.m === M.Close || d.m === M.Either || (dbl.style === 'low' && c === '\u201C')) &&
                (c === dbl.closer || c === '"' || c === '\u201D' || (dbl.style === 'low' && c === '\u201C')));
          if (closes && (misusedCloser || d.m !== M.Open)) {
            if (sgl) sgl = null; // an unclosed single quote inside: treat as apostrophe
            out.push({
              start: dbl.at, end: i + w, innerStart: dbl.at + dbl.w, innerEnd: i, closed: true,
              style: dbl.style, paragraphs: dbl.paragraphs, depth: 0,
            });
            for (const q of inner) out.push(q);
            inner.length = 0;
            dbl = null;
          } else if (i === skipAt) {
            // the re-opening mark of a continuation paragraph
          } else if (!pair && d.m !== M.Close && d.style !== dbl.style && d.style !== 'double' || (dbl.style === 'guillemet' && c === '\u201C')) {
            // a quotation of another style nested inside: «They call it „liberation“, ...»
            const close = indexWithin(searchMemo, text, d.style === 'low' ? '\u201C' : d.style === 'guillemet' ? '\u00BB' : '\u201D', i + 1, end);
            if (close > i) {
              inner.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, closed: true, style: d.style, paragraphs: 1, depth: 1 });
              i = close;
            }
          } else if (d.m === M.Open || (d.m === M.Either && c !== dbl.closer)) {
            // A new opener while one is open: the earlier mark was unbalanced. Close it here.
            out.push({
              start: dbl.at, end: trimEnd(text, dbl.at + 1, i), innerStart: dbl.at + dbl.w, innerEnd: trimEnd(text, dbl.at + 1, i),
              closed: false, style: dbl.style, paragraphs: dbl.paragraphs, depth: 0,
            });
            inner.length = 0;
            dbl = { at: i, w, style: d.style, closer: d.closer, single: false, paragraphs: 1 };
          }
        } else if (d.m === M.Open || d.m === M.Either) {
          dbl = { at: i, w, style: d.style, closer: d.closer, single: false, paragraphs: 1 };
        }
        i += w - 1;
        continue;
      }
      if (c === "'" || c === '\u2018' || c === '\u2019') {
        const prev = text[i - 1];
        const next = text[i + 1];
        if (isLetter(prev) && isLetter(next)) continue; // apostrophe inside a word
        if (next !== undefined && /[0-9]/.test(next) && !sgl) continue; // elision: the '90s
        if (sgl) {
          if (!isSpaceOrStart(prev) && isSpaceOrEndPunct(next) && (c !== '\u2018')) {
            inner.push({
              start: sgl.at, end: i + 1, innerStart: sgl.at + 1, innerEnd: i, closed: true,
              style: 'single', paragraphs: 1, depth: dbl ? 1 : 0,
            });
            sgl = null;
          }
        } else if (isSpaceOrStart(prev) || prev === '"' || prev === '\u201C') {
          if (isLetter(next) && c !== '\u2019') sgl = { at: i, w: 1, style: 'single', closer: "'", single: true, paragraphs: 1 };
          else if (isLetter(next) && c === '\u2019' && indexWithin(searchMemo, text, '\u2019', i + 1, end) > i) {
            // ’ used as an opener (some outlets): only if another ’ closes in the paragraph
            sgl = { at: i, w: 1, style: 'single', closer: '\u2019', single: true, paragraphs: 1 };
          }
        }
      }
    }
    if (!dbl) {
      for (const q of inner) out.push(q);
      continue;
    }
    // Paragraph ends with a double quotation open.
    const next = paragraphs[p + 1];
    const nextOpens = next !== undefined && isOpenerAt(text, next.start);
    if (nextOpens) {
      dbl.paragraphs++;
      skipAt = next.start;
      for (const q of inner) out.push(q);
      continue;
    }
    out.push({
      start: dbl.at, end, innerStart: dbl.at + dbl.w, innerEnd: end, closed: false,
      style: dbl.style, paragraphs: dbl.paragraphs, depth: 0,
    });
    for (const q of inner) out.push(q);
    dbl = null;
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * The first index in text[from, to) holding a quotation mark or apostrophe (' " ‘ ’ “ ” „ « »), or
 * `to`. Every other character leaves `findQuotes`'s state unchanged, so its loop jumps from mark
 * to mark instead of visiting each character (and its large loop body stays cold).
 */
function nextMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201e)) return i;
  }
  return to;
}

/** Memo of the last bounded search per character: [from, to, result]. */
type SearchMemo = Map<string, [number, number, number]>;

/**
 * The first index of `ch` in text[from, to), or -1: a search bounded by the paragraph. Repeated
 * searches in one paragraph reuse the last answer, so a paragraph full of unmatched marks stays linear.
 */
function indexWithin(searchMemo: SearchMemo, text: string, ch: string, from: number, to: number): number {
  const m = searchMemo.get(ch);
  if (m && m[1] === to && from >= m[0] && (m[2] === -1 || m[2] >= from)) return m[2];
  let r = -1;
  for (let k = from; k < to; k++) {
    if (text[k] === ch) {
      r = k;
      break;
    }
  }
  searchMemo.set(ch, [from, to, r]);
  return r;
}

function isSingle(c: string | undefined): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019';
}

/** Classify a two-character mark ('' or ‘‘ or ’’) at `i`. */
function pairMark(text: string, i: number): { m: M; style: string; closer: string } {
  const prev = text[i - 1];
  const next = text[i + 2];
  const canOpen = isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next);
  const canClose = !isSpaceOrStart(prev) || isSpaceOrEndPunct(next);
  return { m: canOpen && !canClose ? M.Open : canClose && !canOpen ? M.Close : M.Either, style: 'pair', closer: "''" };
}

function isOpenerAt(text: string, i: number): boolean {
  const c = text[i];
  if (isSingle(c) && isSingle(text[i + 1])) return pairMark(text, i).m !== M.Close;
  if (c === '\u201C' || c === '\u201E' || c === '\u00AB') return true;
  if (c === '"') return doubleMark(text, i).m !== M.Close;
  return false;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * A sentence split can fall inside a closing mark (between the two apostrophes of `''`, or before a
 * closing `"` the tokenizer read as an opener): the mark goes back to the sentence it closes.
 */
function mendSentences(doc: Doc): void {
  const t = doc.tokens;
  if (!t || doc.quotes.length === 0) return;
  const ends = doc.quoteIndex().ends;
  doc.rejoinSentences((_prev, s) => {
    let k = s.t0;
    while (k < s.t1 && t.kind[k] === Kind.Punct && (doc.norm[t.start[k]!] === "'" || doc.norm[t.start[k]!] === '"') && ends.has(t.end[k]!)) k++;
    return k;
  });
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['paragraphs', 'sentences'],
  assigns: ['quotes'],
  run(doc: Doc) {
    doc.quotes = findQuotes(doc.text, doc.paragraphs);
    mendSentences(doc);
  },
};
