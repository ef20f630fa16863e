/**
 * The ledger's storage contract. A `Store` keeps documents, their full `Analysis` (so every span
 * keeps its `why`), normalised claim records with their quantities, places and dates, reprint
 * links (carriers), and the inputs that were skipped. SQLite (`openSqliteStore`) is the first
 * implementation; a PostgreSQL store must pass the same contract tests (test/store/).
 *
 * Every method is async so that a networked store fits the same interface. Every list is paged:
 * `limit` (default 50, at most 1000) and either `offset` or the opaque `cursor` of the last page.
 */
import type { Analysis, Bound, ClaimKind, Document, SpeakerType } from '../analyze/types.js';
import type { Agreement, Dispute } from '../compare/types.js';

/** How a stored document relates to text stored before it. */
export type DuplicateKind = 'exact' | 'near';

/** One stored document (without its text unless asked for). */
export interface StoredDocument {
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  /** Publication time, ISO-8601, as given by the reader. */
  published: string | null;
  lang: string | null;
  /** SHA-256 (hex) of the text. */
  contentHash: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** When this store first saw the document, ISO-8601 UTC. */
  ingestedAt: string;
  /** The earlier document whose text this one carries (a reprint or forward), or null. */
  carrierOf: string | null;
  /** 'exact' (same content hash) or 'near' (near-duplicate) when `carrierOf` is set. */
  duplicate: DuplicateKind | null;
  /** Estimated similarity to `carrierOf` (1 for exact copies). */
  similarity: number | null;
  claimCount: number;
  meta: Record<string, unknown>;
  /** The text; present only from `getDocument`. */
  text?: string;
}

/** A quantity as stored, tied to its claim when the analyzer tied it to one. */
export interface QuantityRecord {
  id: string;
  documentId: string;
  /** Id of the claim whose content holds it, or null. */
  claimId: string | null;
  value: number;
  high: number | null;
  bound: Bound;
  unit: string | null;
  vague: boolean;
  start: number;
  end: number;
  text: string;
}

/** A place as the ledger knows it: the gazetteer entry a mention resolved to. */
export interface PlaceFields {
  /** Gazetteer id, or `name:<folded name>` when the analyzer gave none. */
  placeId: string;
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  level: string | null;
}

/** A place mention as stored (from the analyzer's `places` layer). */
export interface PlaceRecord extends PlaceFields {
  start: number;
  end: number;
  text: string;
}

/**
 * One claim, normalised for queries and for `compare`. Its id is `<documentId>#<index>` where
 * index is its position in `Analysis.claims`.
 */
export interface ClaimRecord {
  id: string;
  documentId: string;
  index: number;
  kind: ClaimKind;
  /** Canonical speaker name (or the speaker span's text when there is none), or null. */
  speaker: string | null;
  speakerType: SpeakerType | null;
  /** The speaker's side (`UA`, `RU`, ...; compare's speaker sides), or null when unknown. */
  side: string | null;
  /** The speaker's affiliation label ("Russian Ministry of Defence"), or null. */
  affiliation: string | null;
  cue: string | null;
  /** The content fragments joined with " … ". */
  content: string;
  /** First content character and end of the last fragment ([start, end) in the document text). */
  start: number;
  end: number;
  /** The date the claim is about (a date inside it), else the document's publication day; YYYY-MM-DD. */
  date: string | null;
  /** Places named in the claim's sentences. */
  places: PlaceRecord[];
  quantities: QuantityRecord[];
  /** Provenance of the document. */
  source: string | null;
  /** The outlet or channel (site name, chat name, host), for counting outlets. */
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** The claim in an earlier document this one repeats (when its document is a carrier). */
  originClaimId: string | null;
  /**
   * Independent-source key: the document at the root of the carrier chain for this claim. Five
   * reprints of one wire story share one key, so they count as one source.
   */
  rootDocumentId: string;
}

/** Filters for `claims`. Text filters are case-insensitive; dates are inclusive YYYY-MM-DD. */
export interface ClaimQuery extends PageQuery {
  /** Substring of the speaker name. */
  speaker?: string;
  side?: string;
  /** Place id, or a substring of the place name. */
  place?: string;
  /** ISO 3166-2 region code (e.g. UA-63) or ISO 3166-1 country code. */
  region?: string;
  from?: string;
  to?: string;
  /** Full-text query over claim content, speaker and cue. */
  text?: string;
  kind?: ClaimKind;
  documentId?: string;
  /** Only claims with a quantity of this unit. */
  unit?: string;
  /** Leave out claims repeated from an earlier document (count each source once). */
  originalsOnly?: boolean;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
  /** Opaque cursor returned as `next` by the previous page; takes precedence over `offset`. */
  cursor?: string;
}

/** One page of results. `next` is the cursor of the next page, or null at the end. */
export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

export interface DocumentQuery extends PageQuery {
  source?: string;
  from?: string;
  to?: string;
  /** Only carriers (true) or only originals (false). */
  carriers?: boolean;
}

export interface QuantityQuery extends PageQuery {
  unit?: string;
  place?: string;
  region?: string;
  from?: string;
  to?: string;
  speaker?: string;
  side?: string;
}

/** A place with how many claims name it. */
export interface PlaceSummary extends PlaceFields {
  claims: number;
  /** Independent sources (distinct root documents) behind those claims. */
  sources: number;
  /** Spellings used in the sources. */
  variants: string[];
}

export interface PlaceQuery extends PageQuery {
  region?: string;
  from?: string;
  to?: string;
  /** Only places with coordinates. */
  located?: boolean;
}

/** One full-text hit: a document or a claim, with a snippet around the matches. */
export interface SearchHit {
  type: 'document' | 'claim';
  id: string;
  documentId: string;
  /** A short excerpt of the text ("…" where it was cut). */
  snippet: string;
  /** The matched terms in `snippet`, as [start, end) offsets into the snippet. */
  marks: [number, number][];
  /** Relevance (BM25; lower is better). */
  rank: number;
}

export interface SearchQuery extends PageQuery {
  /** Restrict to documents or claims. */
  type?: 'document' | 'claim';
}

/** One document to store: the reader's document and its analysis. */
export interface IngestItem {
  document: Document;
  analysis: Analysis;
  /** Title from the reader, when it had one. */
  title?: string | null;
}

/** What happened to one ingested document. */
export type IngestStatus = 'new' | 'unchanged' | 'exact-duplicate' | 'near-duplicate';

export interface IngestOutcome {
  id: string;
  status: IngestStatus;
  /** For duplicates: the document it carries. */
  carrierOf: string | null;
  similarity: number | null;
}

/** An input that was skipped, kept so a later reader can see what is missing and why. */
export interface SkipRecord {
  /** File, URL or `file:line`. */
  location: string;
  code: string;
  message: string;
}

/** A skip as stored. */
export interface StoredSkip extends SkipRecord {
  id: number;
  at: string;
}

export interface StoreStats {
  documents: number;
  originals: number;
  carriers: number;
  claims: number;
  quantities: number;
  places: number;
  skipped: number;
  /** Bytes on disk (database and its journal), when known. */
  bytes: number | null;
  schemaVersion: number;
}

/** Claims of one day by speakers of one side (`side` null: unknown). */
export interface TimelineDay {
  /** YYYY-MM-DD. */
  date: string;
  side: string | null;
  claims: number;
}

/** Claims per day and side, for a timeline. */
export interface Timeline {
  /** Ordered by date, then side (unknown side first). Undated claims are left out. */
  days: TimelineDay[];
  /** All matching claims, dated or not. */
  claims: number;
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

/** The ledger's storage. */
export interface Store {
  /** 'sqlite', 'postgres', ... */
  readonly kind: string;
  /**
   * Stores a batch in one transaction. A document whose id is already stored is left as it is
   * ('unchanged'). Exact and near duplicates of stored text are stored as carriers of it, and
   * their claims are linked to the original's claims. Either the whole batch is stored or none.
   */
  ingest(batch: IngestItem[]): Promise<IngestOutcome[]>;
  /** Ids among `ids` that are already stored (to skip analysing them again). */
  known(ids: string[]): Promise<Set<string>>;
  /** Records skipped inputs. */
  recordSkips(skips: SkipRecord[]): Promise<void>;
  skips(q?: PageQuery): Promise<Page<StoredSkip>>;
  /** One document with its text, or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** The full analysis of a document, as the analyzer returned it, or null. */
  getAnalysis(id: string): Promise<Analysis | null>;
  documents(q?: DocumentQuery): Promise<Page<StoredDocument>>;
  claims(q?: ClaimQuery): Promise<Page<ClaimRecord>>;
  getClaim(id: string): Promise<ClaimRecord | null>;
  quantities(q?: QuantityQuery): Promise<Page<QuantityRecord & { claim: ClaimRecord | null }>>;
  places(q?: PlaceQuery): Promise<Page<PlaceSummary>>;
  /** Full-text search over documents and claims (FTS5 query syntax is not exposed: words are matched as terms). */
  search(text: string, q?: SearchQuery): Promise<Page<SearchHit>>;
  /** Counts of the claims matching `q` per day and speaker side (the claims list's filters). */
  timeline(q?: Omit<ClaimQuery, keyof PageQuery>): Promise<Timeline>;
  /** Every claim matching `q`, streamed in id order (for compare and export). */
  eachClaim(q?: Omit<ClaimQuery, keyof PageQuery>): AsyncIterable<ClaimRecord>;
  /** Disputes (and, when asked, agreements) among the stored claims matching `q`, from compare. */
  disputes(q?: DisputeQuery): Promise<DisputeReport>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Options of a store. */
export interface StoreOptions {
  /** Open an existing store read-only (no migrations). */
  readonly?: boolean;
}
