/**
 * `analyze(document) → Analysis`: the pure heart of sitrep. No I/O and no global state beyond the
 * shared, read-only NLP model and lexicons.
 */
import { Doc } from './doc.js';
import { readPublished } from './published.js';
import { readLang } from './lang/index.js';
export { parsePublished, publishedDay } from './published.js';
import { Pipeline, type Stage } from './pipeline.js';
import { textStage } from './text/index.js';
import { quotesStage } from './quotes/index.js';
import { entitiesStage } from './entities/index.js';
import { attributionStage } from './attribution/index.js';
import { quantitiesStage } from './quantities/index.js';
import { datesStage } from './dates/index.js';
import { placesStage } from './places/index.js';
import { authorStage } from './author/index.js';
import { eventsStage } from './events/index.js';
import type { Gazetteer } from '../geo/types.js';
import type { Analysis, Claim, Document } from './types.js';

export type * from './types.js';
export { Doc } from './doc.js';
export { Pipeline, type Stage } from './pipeline.js';
export { BudgetClock, DEFAULT_BUDGET, budgetMs, type BudgetOptions } from './budget.js';
import { BudgetClock, type BudgetOptions } from './budget.js';

/** The default stages, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  textStage, quotesStage, entitiesStage, attributionStage, placesStage, quantitiesStage, datesStage, authorStage, eventsStage,
];

const defaultPipeline = new Pipeline([...DEFAULT_STAGES]);

export interface AnalyzeOptions {
  /** Publication date to use when the document has none (ISO-8601). */
  published?: string | null;
  /** A custom pipeline (defaults to all stages). */
  pipeline?: Pipeline;
  /** The gazetteer for the places stage (defaults to the bundled one, loaded once on first use). */
  gazetteer?: Gazetteer;
  /**
   * The document's time budget (default `DEFAULT_BUDGET`: a floor plus seconds per MB), checked
   * between stages and inside long loops; past it `analyze` throws `BudgetExceeded` (code
   * `E_BUDGET`) naming the document and the stage. `false`: no budget.
   */
  budget?: BudgetOptions | false;
}


const JOINERS = new Set(["'", '’', 'ʼ', '-', '\u2011']);
const GROUP_SPACE = new Set([0x20, 0xa0, 0x202f, 0x2009]);
const FOREIGN_WORD = /^[\u0370-\u1FFF][\u0370-\u1FFF\p{M}'’ʼ\u2011-]*$/u;
/** A word of a script wink-nlp does not know (Greek to Cyrillic and on: U+0370–U+1FFF). */
function isForeignWord(w: string): boolean {
  const n = w.length;
  if (n === 0) return false;
  let c = w.charCodeAt(0);
  if (c < 0x370 || c > 0x1fff) return false;
  // the usual letters by code, anything else (a combining mark) by the regular expression
  for (let i = 1; i < n; i++) {
    c = w.charCodeAt(i);
    if ((c >= 0x370 && c <= 0x1fff) || c === 39 || c === 45 || c === 0x2019 || c === 0x2bc || c === 0x2011) continue;
    return FOREIGN_WORD.test(w);
  }
  return true;
}

/**
 * Extra time for the first documents analysed in a thread: the analyzer loads its lexicons, the
 * wink model and the gazetteer on first use, which takes seconds on a loaded machine and is not
 * the document's cost (the first document was an E_BUDGET skip at load average 20 on 2 cores).
 */
const LOADING_ALLOWANCE_MS = 60_000;
/** How many first documents get it (English, Russian and Ukrainian each load their own data); only under the default budget (a budget given is kept exactly). */
const LOADING_DOCUMENTS = 3;
let analysed = 0;

/** Runs the pipeline over a document and returns the internal `Doc` (for stages and tools). */
export function analyzeDoc(document: Document, options: AnalyzeOptions = {}): Doc {
  if (typeof document.text !== 'string') throw new TypeError('sitrep: document.text must be a string');
  const published = readPublished(document.published ?? options.published ?? null);
  const doc = new Doc(document.text, published?.instant ?? null);
  doc.publishedLocal = published?.local ?? null;
  doc.gazetteer = options.gazetteer ?? null;
  doc.budget = BudgetClock.forDocument(document.text.length, options.budget, document.id ?? null, document.source ?? null);
  if (analysed++ < LOADING_DOCUMENTS && options.budget === undefined) {
    doc.budget = new BudgetClock(doc.budget.limitMs + LOADING_ALLOWANCE_MS, document.id ?? null, document.source ?? null);
  }
  doc.budget.start();
  doc.author = {
    name: typeof document.author === 'string' && document.author.trim() !== '' ? document.author.trim() : null,
    type: document.authorType ?? null,
    ownVoice: typeof document.ownVoice === 'boolean' ? document.ownVoice : null,
  };
  const title = document.meta?.title;
  doc.headline = typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
  doc.langHint = readLang(document.lang);
  (options.pipeline ?? defaultPipeline).run(doc);
  doc.budget.stop();
  return doc;
}

/** Analyses one document: sentences, entities, attributed claims, claims in the author's own voice, places, quantities and dates. */
export function analyze(document: Document, options: AnalyzeOptions = {}): Analysis {
  const t0 = performance.now();
  const doc = analyzeDoc(document, options);
  const t = doc.tokens;
  let words = 0;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    // a word of a script wink-nlp does not know (Cyrillic, Greek …) is a token of kind Other
    if (k === 0 || k === 1 || (k === 4 && isForeignWord(t.lower[i]!))) {
      // wink-nlp splits Cyrillic words at apostrophes and hyphens ("з'явилися", "Куп’янськ",
      // "будь-яких"): the part after the mark continues the word; so does a group of three digits
      // after a number and one space ("1 520", "374 520")
      if (i >= 2 && t.start[i] === t.end[i - 1] && t.start[i - 1] === t.end[i - 2] && k === 4 && isForeignWord(t.lower[i - 2]!)
        && JOINERS.has(t.lower[i - 1]!)) continue;
      if (i >= 1 && k === 1 && t.kind[i - 1] === 1 && t.start[i] === t.end[i - 1] + 1 && t.end[i] - t.start[i] === 3
        && GROUP_SPACE.has(document.text.charCodeAt(t.end[i - 1]!)) && /^\d{3}$/.test(t.lower[i]!) && /^\d{1,3}$/.test(t.lower[i - 1]!)) continue;
      words++;
    }
  }
  const claims: Claim[] = doc.claims.map(({ anchor: _a, ...c }) => c);
  return {
    id: document.id,
    text: document.text,
    published: doc.published ? doc.published.toISOString() : null,
    source: document.source ?? null,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    paragraphs: doc.paragraphs,
    quotes: doc.quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.start, end: q.end, closed: q.closed })),
    entities: doc.entities,
    claims,
    quantities: doc.quantities,
    places: doc.places,
    sides: doc.sides,
    dates: doc.dates,
    events: doc.events,
    author: doc.voice,
    lang: doc.lang,
    stats: { tokens: t.n, words, ms: Math.round((performance.now() - t0) * 100) / 100 },
  };
}
