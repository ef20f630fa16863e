/**
 * The ledger's own types: what goes in (documents with their analyses), what comes out of an
 * ingest (per-document outcomes, tallies), and the disputes report built from compare's result.
 */
import type { Analysis, Document } from '../analyze/types.js';
import type { Agreement, Dispute } from '../compare/types.js';
import type { ClaimRecord } from '../store/types.js';

/** One document to add to the ledger: the reader's document and its analysis. */
export interface IngestItem {
  document: Document;
  analysis: Analysis;
  /** Title from the reader, when it had one. */
  title?: string | null;
}

/** What happened to one ingested document. */
export type IngestStatus = 'new' | 'unchanged' | 'exact-duplicate' | 'near-duplicate';

/** The outcome of one document. */
export interface IngestOutcome {
  id: string;
  status: IngestStatus;
  /** For duplicates: the document it carries. */
  carrierOf: string | null;
  similarity: number | null;
}

/** Filters for disputes and agreements. */
export interface DisputeQuery {
  place?: string;
  region?: string;
  from?: string;
  to?: string;
  speaker?: string;
  side?: string;
  /** Include agreements (groups whose claims are compatible), default false. */
  agreements?: boolean;
  /** Claims whose days differ by at most this many days fall into one window (compare's default: 1). */
  windowDays?: number;
}

/**
 * Disputes and agreements among stored claims, as compare returns them (see src/compare/types.ts),
 * with every claim they cite, so a reader can show both sides without another query.
 */
export interface DisputeReport {
  disputes: Dispute[];
  agreements: Agreement[];
  /** The claims cited by the disputes and agreements, by id. */
  claims: Record<string, ClaimRecord>;
  /** Groups examined, claims compared, and the time compare took (ms). */
  groups: number;
  compared: number;
  ms: number;
}
