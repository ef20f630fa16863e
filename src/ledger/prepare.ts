/**
 * The per-document half of the ledger: everything about one document that needs no other
 * document, as one pure function (`prepareDocument`), so that it can run on an analysis worker
 * thread: the analysis (unless given), compare's claim facts, the rows a store keeps, the content
 * hash, the MinHash signature and its LSH band keys, and the place keys reprint detection compares.
 * What needs the ledger (reprints, links to the original's claims, storing) is `Ledger.commit`.
 */
import { analyze } from '../analyze/index.js';
import type { Analysis, Document, Place } from '../analyze/types.js';
import { extractClaimFacts } from '../compare/facts.js';
import type { ClaimFacts } from '../compare/types.js';
import { bandKeys, contentHashOfLowered, lowerText, signatureOfLowered } from '../ingest/dedup.js';
import type { ClaimRow, QuantityRecord } from '../store/types.js';
import { deriveRows, factPlaces, foldKey } from './rows.js';

/** Whether a claim's facts give compare anything to compare (a figure, a status, an event, an item's fate, a topic, a blanket denial (src/compare/rebut.ts) a process (src/compare/process.ts), a strike's outcome (src/compare/outcome.ts) or what an attack did to one object (src/compare/object-outcome.ts)): stored as `comparable` at ingest and at a facts refresh alike. */
export function comparableFacts(f: ClaimFacts): boolean {
  return f.quantities.length > 0 || f.statuses.length > 0 || (f.events?.length ?? 0) > 0 || (f.fates?.length ?? 0) > 0 || (f.topics?.length ?? 0) > 0 || (f.rebuts?.length ?? 0) > 0 || (f.processes?.length ?? 0) > 0 || (f.outcomes?.length ?? 0) > 0 || (f.objects?.length ?? 0) > 0;
}

/** A claim row before reprint linking (`originClaimId`, `rootDocumentId` are set by the ledger). */
export type PreparedClaim = Omit<ClaimRow, 'originClaimId' | 'rootDocumentId' | 'facts'> & {
  /** Compare's claim facts as JSON text (serialised once, where they were made). */
  facts: string | null;
  /** Normalised content, for matching a carrier's claims to the original's (`matchClaims`). */
  key: string;
};

/** One document, analysed and derived, ready for the ledger to link and store. Plain data (it crosses threads). */
export interface PreparedDocument {
  document: Document;
  /** The analysis; null once it came back from an analysis worker (only `analysisJson` crosses threads). */
  analysis: Analysis | null;
  /**
   * The analysis as stores keep it (`storedAnalysisJson`), serialised once, where it was made:
   * JSON text, or its UTF-8 bytes when it came from an analysis worker (see `analysisText`).
   */
  analysisJson: string | Uint8Array;
  claimCount: number;
  /** The language the analyzer found. */
  analysisLang: string | null;
  title: string | null;
  contentHash: string;
  outlet: string | null;
  signature: Uint32Array;
  /** Band-tagged LSH keys (`band * 2**32 + key`). */
  bandKeys: number[];
  /**
   * The keys of the places the analysis names (sorted, distinct), from which the reprint detector
   * makes the text's `TextFacts` when a near copy is to be judged (most documents never are: it
   * is not made for every document).
   */
  placeKeys: string[];
  claims: PreparedClaim[];
  quantities: QuantityRecord[];
}

/** The analyzer as the ledger calls it (`analyze` by default). */
export type AnalyzeFn = (document: Document) => Analysis;

/** Compare's claim facts of one claim (`extractClaimFacts` by default). */
export type FactsFn = (analysis: Analysis, index: number) => ClaimFacts;

/** The JSON text stores keep of an analysis: everything but the text (which is stored once, with the document). */
export function storedAnalysisJson(a: Analysis): string {
  const { text: _text, ...rest } = a;
  return JSON.stringify({ ...rest, text: null });
}

/** The keys of the places an analysis names as places (gazetteer id, else the folded name), for `reprintAgrees`. */
export function placeKeys(places: readonly Place[]): Set<string> {
  const out = new Set<string>();
  for (const p of places) if (p.role !== 'speaker' && p.role !== 'name') out.add(p.id ?? foldKey(p.name));
  return out;
}

/** The outlet of a document: site or chat name from the reader, else the URL's host, else the source. */
export function outletOf(meta: Record<string, unknown>, url: string | null | undefined, source: string | null | undefined): string | null {
  for (const k of ['siteName', 'chatName', 'from']) {
    const v = meta[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  if (url) {
    try {
      return new URL(url).host || null;
    } catch {
      // not a URL
    }
  }
  return source ?? null;
}

/**
 * Analyses a document (unless `analysis` is given), derives compare's facts of every claim and
 * the rows a store keeps. Pure: no I/O. Throws what the analyzer or the facts function throws.
 */
export function prepareDocument(document: Document, opts: { analysis?: Analysis; title?: string | null; analyze?: AnalyzeFn; facts?: FactsFn } = {}): PreparedDocument {
  const a = opts.analysis ?? (opts.analyze ?? analyze)(document);
  const factsOf = opts.facts ?? extractClaimFacts;
  const meta = document.meta ?? {};
  const rows = deriveRows(document, a);
  const facts = a.claims.map((_, i) => factsOf(a, i));
  const claims: PreparedClaim[] = rows.claims.map((c, i) => {
    const f = facts[i]!;
    // Compare's places when it has them (so claims by place and disputes agree), else the sentence's.
    const places = f.places.length ? factPlaces(document.text, rows.places, f.places, c.start) : c.places;
    return {
      id: c.id, index: c.index, kind: c.kind, speaker: c.speaker, speakerType: c.speakerType, side: f.speaker.side ?? null,
      affiliation: f.speaker.affiliation ?? null, cue: c.cue, content: c.content, start: c.start, end: c.end, date: f.date ?? c.date,
      facts: JSON.stringify(f), comparable: comparableFacts(f), places, events: c.events, key: c.key,
    };
  });
  // NFKC and lower case once, for both the signature and the content hash.
  const lowered = lowerText(document.text);
  const sig = signatureOfLowered(lowered);
  const metaTitle = typeof meta.title === 'string' ? meta.title : null;
  return {
    document, analysis: a, analysisJson: storedAnalysisJson(a), claimCount: a.claims.length, analysisLang: a.lang ?? null, title: opts.title ?? metaTitle,
    contentHash: typeof meta.contentHash === 'string' && meta.contentHash ? meta.contentHash : contentHashOfLowered(lowered),
    outlet: outletOf(meta, document.url, document.source),
    signature: sig, bandKeys: [...bandKeys(sig)].map((k, b) => b * 0x1_0000_0000 + k),
    placeKeys: [...placeKeys(a.places)].sort(),
    claims, quantities: rows.quantities,
  };
}
