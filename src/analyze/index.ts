/**
 * `analyze(document) → Analysis`: the pure heart of sitrep. No I/O and no global state beyond the
 * shared, read-only NLP model and lexicons.
 */
import { Doc } from './doc.js';
import { readPublished } from './published.js';
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
}


/** Runs the pipeline over a document and returns the internal `Doc` (for stages and tools). */
export function analyzeDoc(document: Document, options: AnalyzeOptions = {}): Doc {
  if (typeof document.text !== 'string') throw new TypeError('sitrep: document.text must be a string');
  const published = readPublished(document.published ?? options.published ?? null);
  const doc = new Doc(document.text, published?.instant ?? null);
  doc.publishedLocal = published?.local ?? null;
  doc.gazetteer = options.gazetteer ?? null;
  doc.author = {
    name: typeof document.author === 'string' && document.author.trim() !== '' ? document.author.trim() : null,
    type: document.authorType ?? null,
    ownVoice: typeof document.ownVoice === 'boolean' ? document.ownVoice : null,
  };
  (options.pipeline ?? defaultPipeline).run(doc);
  return doc;
}

/** Analyses one document: sentences, entities, attributed claims, claims in the author's own voice, places, quantities and dates. */
export function analyze(document: Document, options: AnalyzeOptions = {}): Analysis {
  const t0 = performance.now();
  const doc = analyzeDoc(document, options);
  const t = doc.tokens;
  let words = 0;
  for (let i = 0; i < t.n; i++) if (t.kind[i] === 0 || t.kind[i] === 1) words++;
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
    stats: { tokens: t.n, words, ms: Math.round((performance.now() - t0) * 100) / 100 },
  };
}
