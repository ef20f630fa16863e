/**
 * The internal document model shared by all stages: the original text, an offset-preserving
 * normalised view, tokens in typed arrays, and span layers that stages fill in. Readable output
 * objects are only built at the end (see `analyze`).
 */
import type { AuthorType, AuthorVoice, Claim, DateMention, Entity, EventMention, Place, Quantity, Side, Span } from './types.js';
import type { Gazetteer } from '../geo/types.js';
import { NO_BUDGET, type BudgetClock } from './budget.js';
import type { Lang } from './lang/index.js';

/** Universal POS tags as small integers (wink-nlp's tag set). */
export const POS_TAGS = [
  'X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
  'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const P = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<PosTag, number>;

/** Token kinds (wink-nlp's token types, reduced). */
export const enum Kind {
  Word = 0,
  Number = 1,
  Punct = 2,
  Space = 3,
  Other = 4,
}

/** Tokens as parallel arrays. Token i covers `text.slice(start[i], end[i])`. */
export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  pos: Uint8Array;
  kind: Uint8Array;
  /** Sentence index of each token. */
  sent: Int32Array;
  /** Lower-cased normalised form of each token (typographic quotes folded). */
  lower: string[];
  /** Lemma of each token (lower case). */
  lemma: string[];
  /** wink-nlp entity type covering the token ('' when none): CARDINAL, DATE, DURATION, ... */
  ent: string[];
}

/** A quotation found by the quotes stage. */
export interface QuoteSpan extends Span {
  /** Inner text range, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** Whether a closing mark was found (an unclosed quotation ends at its paragraph). */
  closed: boolean;
  /** 'double' | 'single' | 'guillemet' | 'low' */
  style: string;
  /** Number of paragraphs the quotation runs over (continuation paragraphs re-open it). */
  paragraphs: number;
  /** Nesting depth: 0 for outermost quotations. */
  depth: number;
}

export interface SentenceSpan extends Span {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  paragraph: number;
}

/** Look-up tables over a document's quotations. */
export interface QuoteIndex {
  /** the first quotation starting at each offset */
  byStart: Map<number, QuoteSpan>;
  /** every offset where a quotation ends */
  ends: Set<number>;
  /** outermost quotations, sorted by start */
  outer: QuoteSpan[];
}

/** An internal claim, before it is turned into output. */
export interface ClaimDraft extends Claim {
  /** Token index of the cue head, for ordering and de-duplication. */
  anchor: number;
}

export class Doc {
  /** The original text; never modified. */
  readonly text: string;
  /** Same length as `text`: typographic quotes and odd spaces folded, so offsets are identical. */
  readonly norm: string;
  /** Publication time; the `author` stage may set it from a statement's heading date when the source gives none. */
  published: Date | null;
  /** The publication date and time as written, offset dropped, in the Date's UTC fields: its
   *  UTC date is the publication's own calendar day (set by `analyzeDoc`; null → `published`). */
  publishedLocal: Date | null = null;
  tokens!: Tokens;
  sentences: SentenceSpan[] = [];
  paragraphs: Span[] = [];
  quotes: QuoteSpan[] = [];
  /** For each character offset that lies inside a quotation, the index of the outermost quotation; built by the quotes stage. */
  entities: Entity[] = [];
  claims: ClaimDraft[] = [];
  quantities: Quantity[] = [];
  places: Place[] = [];
  sides: Side[] = [];
  /** The gazetteer the places stage uses (null: the default one). */
  gazetteer: Gazetteer | null = null;
  /** The document's time budget: stages call `budget.tick()` in long loops (see budget.ts). */
  budget: BudgetClock = NO_BUDGET;
  dates: DateMention[] = [];
  /** Event mentions (filled by the events stage). */
  events: EventMention[] = [];
  /** The document's author as the reader gave it (set by `analyzeDoc`). */
  author: { name: string | null; type: AuthorType | null; ownVoice: boolean | null } = { name: null, type: null, ownVoice: null };
  /** The document's headline as the reader gave it (`Document.meta.title`), when the text may not hold it (a Markdown front matter title): context only, never a span. */
  headline: string | null = null;
  /** What the `author` stage decided (null until it has run). */
  voice: AuthorVoice | null = null;
  /** Token range [t0, t1) of each entity in `entities` (parallel array). */
  entityTok: [number, number][] = [];
  /** For each token, the index of the entity covering it, or -1 (filled by the entities stage). */
  entityAt: Int32Array = new Int32Array(0);
  /** Picture credit, caption and byline spans, sorted (attribution/credits.ts): no one's statement. */
  credits: Span[] = [];
  /**
   * Statements that are no claim because they assert nothing (a negated verification: "Reuters could
   * not independently verify ..."): their speakers still speak, for the places stage.
   */
  unclaimed: ClaimDraft[] = [];
  /** Descriptions seen in apposition or as titles ("deputy chairman" → person), by head word. */
  descriptions = new Map<string, { name: string; start: number; type: string }[]>();
  /** `Document.lang` as the reader gave it (read by `readLang`), or null. */
  langHint: Lang | null = null;
  /** The document's language (set by the text stage: the hint, else detected). */
  lang: Lang = 'und';
  /** The language of each paragraph (parallel to `paragraphs`). */
  paraLangs: Lang[] = [];
  private quoteIdx: QuoteIndex | null = null;
  /** Stages that have run, for the pipeline's checks. */
  readonly done = new Set<string>();

  constructor(text: string, published: Date | null) {
    this.text = text;
    this.norm = normalise(text);
    this.published = published;
  }

  /** A span with its text, checked against the original. */
  span(start: number, end: number): { start: number; end: number; text: string } {
    return { start, end, text: this.text.slice(start, end) };
  }

  /**
   * Repair sentence boundaries: `moved(prev, s)` says up to which token of sentence `s` belongs to the
   * sentence before it in the same paragraph (`s.t0`: none; `s.t1`: all, the two become one).
   */
  rejoinSentences(moved: (prev: SentenceSpan, s: SentenceSpan) => number): void {
    const t = this.tokens;
    const out: SentenceSpan[] = [];
    let changed = false;
    for (const s of this.sentences) {
      const prev = out[out.length - 1];
      const k = prev && prev.paragraph === s.paragraph ? moved(prev, s) : s.t0;
      if (prev && k > s.t0) {
        changed = true;
        prev.t1 = k;
        prev.end = t.end[k - 1]!;
        if (k >= s.t1) continue;
        s.t0 = k;
        s.start = t.start[k]!;
      }
      out.push(s);
    }
    if (changed) this.setSentences(out);
  }

  /** Look-up tables over `quotes`, built on first use (after the quotes stage has run). */
  quoteIndex(): QuoteIndex {
    if (!this.quoteIdx) {
      const byStart = new Map<number, QuoteSpan>();
      const ends = new Set<number>();
      for (const q of this.quotes) {
        if (!byStart.has(q.start)) byStart.set(q.start, q);
        ends.add(q.end);
      }
      this.quoteIdx = { byStart, ends, outer: this.quotes.filter((q) => q.depth === 0) };
    }
    return this.quoteIdx;
  }

  /** Whether offset `off` lies inside a closed outermost quotation, between its marks (binary search). */
  inClosedQuote(off: number): boolean {
    const outer = this.quoteIndex().outer;
    const q = outer[lowerBound(outer.length, (i) => outer[i]!.start <= off) - 1];
    return !!q && q.closed && off > q.start && off < q.end - 1;
  }

  /** Replace the sentence layer and re-number every token's sentence index in one pass. */
  setSentences(sentences: SentenceSpan[]): void {
    this.sentences = sentences;
    const sent = this.tokens.sent;
    for (let si = 0; si < sentences.length; si++) {
      const stop = si + 1 < sentences.length ? sentences[si + 1]!.t0 : this.tokens.n;
      for (let m = sentences[si]!.t0; m < stop; m++) sent[m] = si;
    }
  }

  /** Index of the first token whose end is after `offset` (binary search). */
  tokenAt(offset: number): number {
    const end = this.tokens.end;
    return lowerBound(this.tokens.n, (i) => end[i]! <= offset);
  }
}

const UPPER = /\p{Lu}/u;

/**
 * Whether sentence `s` (its text and its tokens) lies wholly inside a Russian or Ukrainian paragraph:
 * the English stages skip such sentences, whose mentions the Cyrillic rules read instead.
 */
export function sentenceInCyrillicParagraph(doc: Doc, s: SentenceSpan): boolean {
  const l = doc.paraLangs[s.paragraph];
  const p = doc.paragraphs[s.paragraph];
  if ((l !== 'ru' && l !== 'uk') || !p) return false;
  const t = doc.tokens;
  const a = s.t1 > s.t0 ? Math.min(s.start, t.start[s.t0]!) : s.start;
  const b = s.t1 > s.t0 ? Math.max(s.end, t.end[s.t1 - 1]!) : s.end;
  return p.start <= a && b <= p.end;
}

/** Whether the character at `offset` is a capital letter (any script). */
export function isCapitalAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(text[offset]!);
}

/**
 * Binary search over indexes [0, n): the first index where `before(i)` is false, for a predicate
 * that is true on a prefix and false after it. Used for every "first span at or after" look-up.
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u00AD': ' ', '\u200B': ' ', '\uFEFF': ' ', '\t': ' ',
  // every line break ends a line: CR (alone or before LF), NEL, LINE and PARAGRAPH SEPARATOR
  '\r': '\n', '\u0085': '\n', '\u2028': '\n', '\u2029': '\n',
  // Latin letters outside ASCII that have no decomposition
  '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u00D8': 'O', '\u00F8': 'o', '\u00DF': 's',
  '\u00C6': 'A', '\u00E6': 'a', '\u0152': 'O', '\u0153': 'o', '\u0131': 'i', '\u00DE': 'T', '\u00FE': 't',
  '\u00D0': 'D', '\u00F0': 'd', '\u0126': 'H', '\u0127': 'h', '\u0166': 'T', '\u0167': 't',
};
const FOLD_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u00AD\u200B\uFEFF\r\t\u0085\u2028\u2029\u00C0-\u024F]/g;

/** A Latin letter with a diacritic → its base letter (one UTF-16 unit for one), or itself. */
function foldChar(c: string): string {
  const f = FOLD[c];
  if (f !== undefined) return f;
  const base = c.normalize('NFD').charAt(0);
  return /[A-Za-z]/.test(base) ? base : c;
}

/**
 * The normalised view of a text: one UTF-16 unit for one, so offsets are shared with the original.
 * Folds typographic quotes to ASCII, unusual spaces to ' ', every kind of line break to '\n', and
 * Latin letters with diacritics to their base letter ("Erdoğan" → "Erdogan", "Łukasz" → "Lukasz"),
 * because the tokenizer splits words at letters it does not know.
 */
export function normalise(text: string): string {
  return text.replace(FOLD_RE, foldChar);
}
