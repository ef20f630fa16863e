/**
 * The ledger's storage contract: persistence and queries only. A `Store` keeps documents, their
 * full `Analysis` (so every span keeps its `why`), normalised claim records with their quantities,
 * places, dates and (opaque) claim facts, reprint links (carriers) and reprint signatures, the
 * inputs that were skipped, a few ledger facts (`meta`) and one cache of computed reports.
 *
 * A store decides nothing: it does not analyse, detect reprints, derive claim facts or compare.
 * The ledger (src/ledger/) does all of that and hands the store finished rows (`DocumentRow`);
 * the store writes them in one transaction and answers queries over them. SQLite
 * (`openSqliteStore`) and PostgreSQL implement it; both pass the contract tests in test/store/.
 *
 * Every method is async so that a networked store fits the same interface. Writes take many rows
 * per call (one transaction per call). Every list is paged: `limit` (default 50, at most 1000)
 * and either `offset` or the opaque `cursor` of the last page.
 */
import type { Analysis, Bound, ClaimKind, Document, Place, SpeakerType } from '../analyze/types.js';

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
  /** The speaker name in Latin letters when it is written in Cyrillic (src/geo/latin.ts), else null. */
  speakerLatin: string | null;
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
  /** Types of the events the claim reports (the analyzer's `events` layer), in text order, one entry per distinct type. */
  events: ClaimEventType[];
  /** Provenance of the document. */
  source: string | null;
  /** The outlet or channel (site name, chat name, host), for counting outlets. */
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** The language of the claim's document (`en`, `ru`, `uk`, ...), or null when unknown. */
  lang: string | null;
  /** The claim in an earlier document this one repeats (when its document is a carrier). */
  originClaimId: string | null;
  /**
   * Independent-source key: the document at the root of the carrier chain for this claim. Five
   * reprints of one wire story share one key, so they count as one source.
   */
  rootDocumentId: string;
}

/** The types of one event a claim reports: ACLED's wording (null where ACLED does not code it) and PLOVER's. */
export interface ClaimEventType {
  /** ACLED `event_type` ("Explosions/Remote violence"), or null. */
  eventType: string | null;
  /** ACLED `sub_event_type` ("Shelling/artillery/missile attack"), or null. */
  subEventType: string | null;
  /** PLOVER event type ("ATTACK"). */
  plover: string;
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
  /** Only claims reporting an event of this type: an ACLED event or sub-event type, or a PLOVER type (case-insensitive). */
  event?: string;
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
  /** Rows matching the filters; a lower bound when `totalCapped` is true. */
  total: number;
  next: string | null;
  /**
   * Present (true) when counting stopped at a cap: more than `total` rows match. The PostgreSQL
   * store counts at most 10,000 claims or search hits per filter (an exact count over a million
   * rows costs a scan per request); follow `next` to page on.
   */
  totalCapped?: true;
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
  /** ACLED event types of the claims naming the place, most claims first (ties by name). */
  eventTypes: { type: string; claims: number }[];
}

export interface PlaceQuery extends PageQuery {
  region?: string;
  from?: string;
  to?: string;
  /** Only places with coordinates. */
  located?: boolean;
  /** Only places named in claims reporting an event of this type (as `ClaimQuery.event`). */
  event?: string;
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

/** The claims list's filters without paging (for timelines, streams and compare's input). */
export type ClaimFilter = Omit<ClaimQuery, keyof PageQuery>;

/** A carrier link: the stored document whose text this one carries. */
export interface CarrierLink {
  /** Id of the earlier document (already stored, or earlier in the same `putDocuments` batch). */
  of: string;
  duplicate: DuplicateKind;
  /** Estimated similarity (1 for exact copies). */
  similarity: number;
}

/**
 * One claim ready to store, derived by the ledger from the analysis and compare's claim facts.
 * The store keeps `facts` as opaque JSON and gives it back to the ledger (`comparableClaims`).
 */
export interface ClaimRow {
  /** `<documentId>#<index>`. */
  id: string;
  index: number;
  kind: ClaimKind;
  speaker: string | null;
  speakerType: SpeakerType | null;
  side: string | null;
  affiliation: string | null;
  cue: string | null;
  content: string;
  start: number;
  end: number;
  /** The day the claim is about (YYYY-MM-DD), or null. */
  date: string | null;
  /** The claim in an earlier document this one repeats, or null. */
  originClaimId: string | null;
  /** Independent-source key (see `ClaimRecord.rootDocumentId`). */
  rootDocumentId: string;
  /** Compare's claim facts (plain JSON, opaque to the store; an object or its JSON text), or null when none were derived. */
  facts: Record<string, unknown> | string | null;
  /** Whether compare can group this claim (it has a quantity or a status): `comparableClaims` returns only these. */
  comparable: boolean;
  /** Places the claim is about, each with a mention span (one entry per `placeId`). */
  places: PlaceRecord[];
  /** Types of the events the claim reports (see `ClaimRecord.events`). */
  events: ClaimEventType[];
}

/**
 * One document ready to store: the reader's document, its analysis, and every row the ledger
 * derived from them. `putDocuments` writes it as given.
 */
export interface DocumentRow {
  document: Document;
  /** The analysis, when at hand (checked against the document); null when only its JSON is (from an analysis worker). */
  analysis: Analysis | null;
  /**
   * The analysis as stored: JSON of the analysis without its text (the ledger's `storedAnalysisJson`),
   * as text or as its UTF-8 bytes (from an analysis worker: stored as the same text, see `analysisText`).
   */
  analysisJson: string | Uint8Array;
  /** Claims in the analysis. */
  claimCount: number;
  /** The language the analyzer found (`Analysis.lang`), for documents whose reader gave none. */
  analysisLang?: string | null;
  title: string | null;
  /** Hash of the normalised text (`contentHash` in src/ingest/dedup.ts): `firstByHash` looks it up. */
  contentHash: string;
  /** The outlet or channel (see `ClaimRecord.outlet`). */
  outlet: string | null;
  /** Set when the document is a reprint (carrier) of an earlier one. */
  carrier: CarrierLink | null;
  /**
   * The MinHash signature of the text (`HASHES` values), or null when it is not a reprint
   * candidate for later texts (exact copies). Stored with `bandKeys` for `reprintCandidates`.
   */
  signature: Uint32Array | null;
  /** The signature's LSH band keys, band-tagged (`band * 2**32 + key`; safe integers). */
  bandKeys: number[];
  /** In analysis order (`ClaimRow.index` 0, 1, ...). */
  claims: ClaimRow[];
  /** `claimId` refers to a claim of this document, or is null. */
  quantities: QuantityRecord[];
}

/** A stored document that may be a reprint's original: what reprint detection compares. */
export interface ReprintCandidate {
  id: string;
  /** Storage order: a smaller `seq` was stored earlier (ties between candidates go to the earlier). */
  seq: number;
  signature: Uint32Array;
}

/** The texts behind `reprintCandidates`' key lists, for leaving out candidates that cannot be reprints. */
export interface ReprintNear {
  /** The signature of each list's text (same order as the lists). */
  signatures: readonly Uint32Array[];
  /** Estimated similarity (`similarity` of src/ingest/dedup.ts) below which a candidate may be left out. */
  threshold: number;
}

/** A candidate original's text and places, for `reprintAgrees` (figures and, for short texts, places). */
export interface ReprintText {
  text: string;
  /** The analysis's `places` layer. */
  places: Place[];
}

/** A stored claim as reprint linking needs it (to point a carrier's claims at the original's). */
export interface ClaimLink {
  id: string;
  index: number;
  content: string;
  originClaimId: string | null;
  rootDocumentId: string;
}

/** A stored claim as compare needs it: its facts and provenance. */
export interface ComparableClaim {
  id: string;
  documentId: string;
  index: number;
  /** As stored by `putDocuments` / `updateClaimFacts` (never null here). */
  facts: Record<string, unknown>;
  rootDocumentId: string;
  source: string | null;
  outlet: string | null;
  published: string | null;
}

/** New claim facts for a stored claim (after compare's facts function changed). */
export interface ClaimFactsUpdate {
  claimId: string;
  facts: Record<string, unknown>;
  side: string | null;
  affiliation: string | null;
  comparable: boolean;
}

/** A stored analysis with its document id (for recomputing claim facts). */
export interface StoredAnalysis {
  documentId: string;
  /** With its `text`. */
  analysis: Analysis;
}

/**
 * The ledger's storage: persistence and queries only (see the file comment). Implementations:
 * `SqliteStore` (src/store/sqlite.ts), the PostgreSQL store (src/store/postgres/).
 *
 * Errors: a storage failure (disk full, not a database, connection lost) is a `SitrepError` with
 * code `E_DATABASE`; a bad query value (limit, cursor, date) is `E_QUERY`.
 */
export interface Store {
  /** 'sqlite', 'postgres', ... */
  readonly kind: string;
  /** True when the store was opened read-only: every write method then fails with `E_DATABASE`. */
  readonly readonly: boolean;

  // ---- writes (each call is one transaction) ----

  /**
   * Stores many documents in one transaction, in the given order (that order is storage order:
   * `seq`, claim order, cursors). A document whose id is already stored is left as it is and
   * reported `false`; the others are reported `true`. A `carrier.of` may name a document earlier
   * in the same batch. Either the whole batch is stored or none of it (the call throws).
   */
  putDocuments(rows: DocumentRow[]): Promise<boolean[]>;
  /** Records skipped inputs (one transaction). */
  recordSkips(skips: SkipRecord[]): Promise<void>;
  /** Replaces the facts, side, affiliation and comparable flag of stored claims (one transaction). */
  updateClaimFacts(updates: ClaimFactsUpdate[]): Promise<void>;
  /** Sets ledger facts (e.g. `facts_version`), in one transaction. */
  setMeta(entries: Record<string, string>): Promise<void>;
  /**
   * Keeps one computed report (JSON text) under `key` for ledger `revision`, dropping every entry
   * kept for another revision. Best effort: a store may drop entries at any time.
   */
  putCached(key: string, revision: string, value: string): Promise<void>;

  // ---- what the ledger reads to decide (reprints, facts, compare, caching) ----

  /** Ids among `ids` that are already stored (to skip analysing them again). */
  known(ids: string[]): Promise<Set<string>>;
  /** The content hash of each stored document among `ids` (absent: not stored), to tell a record that reuses a stored id for other text. */
  storedHashes(ids: string[]): Promise<Map<string, string>>;
  /** For each content hash, the id of the first stored document with that hash (absent: none). */
  firstByHash(hashes: string[]): Promise<Map<string, string>>;
  /**
   * For each list of band-tagged LSH keys, the stored documents sharing at least one key, at most
   * `limit` per list (duplicates removed; which ones when there are more is up to the store).
   * With `near`, a store may leave out the candidates whose estimated similarity to the list's
   * text is below the threshold (the ledger judges none of them), and so not read their ids.
   */
  reprintCandidates(keys: number[][], limit: number, near?: ReprintNear): Promise<ReprintCandidate[][]>;
  /** Texts and places of stored documents, by id (absent ids are left out). */
  reprintTexts(ids: string[]): Promise<Map<string, ReprintText>>;
  /** The claims of stored documents, by document id, in index order (absent ids are left out). */
  claimLinks(documentIds: string[]): Promise<Map<string, ClaimLink[]>>;
  /** A ledger fact set by `setMeta`, or null. */
  meta(key: string): Promise<string | null>;
  /**
   * The ledger's revision: an opaque string that changes whenever documents are stored or claim
   * facts are updated, by this connection or any other (the disputes cache is keyed by it).
   */
  revision(): Promise<string>;
  /** The report kept under `key` for `revision`, or null. */
  getCached(key: string, revision: string): Promise<string | null>;
  /**
   * A page of stored analyses (with text) of documents that have claims, in storage order, after
   * `cursor` (null: from the start). `next` is null at the end.
   */
  analyses(cursor: string | null, limit: number): Promise<{ items: StoredAnalysis[]; next: string | null }>;
  /** Every comparable claim matching `q` (claims list filters), streamed in storage order. */
  comparableClaims(q?: ClaimFilter): AsyncIterable<ComparableClaim>;
  /** Claims by id (absent ids are left out), in no particular order. */
  getClaims(ids: string[]): Promise<ClaimRecord[]>;

  // ---- queries ----

  skips(q?: PageQuery): Promise<Page<StoredSkip>>;
  /** One document with its text, or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** The full analysis of a document, as the analyzer returned it, or null. */
  getAnalysis(id: string): Promise<Analysis | null>;
  /**
   * Optional: `getDocument` and `getAnalysis` of one document in one read (the document view), or
   * null when there is no such document. Stores without it are asked for the two separately.
   */
  documentView?(id: string): Promise<{ document: StoredDocument; analysis: Analysis | null } | null>;
  /**
   * Optional: `getAnalysis` of several documents in one read (absent ids are left out), for exports
   * over a store whose every read is a round trip (PostgreSQL). Stores without it are asked per document.
   */
  getAnalyses?(ids: string[]): Promise<Map<string, Analysis>>;
  documents(q?: DocumentQuery): Promise<Page<StoredDocument>>;
  claims(q?: ClaimQuery): Promise<Page<ClaimRecord>>;
  getClaim(id: string): Promise<ClaimRecord | null>;
  quantities(q?: QuantityQuery): Promise<Page<QuantityRecord & { claim: ClaimRecord | null }>>;
  places(q?: PlaceQuery): Promise<Page<PlaceSummary>>;
  /**
   * Full-text search over documents and claims (the store's query syntax is not exposed: words are
   * matched as terms, all required). PostgreSQL ranks the newest 1,000 matches of each kind (its
   * total says "more than 10,000" past that, and its pages end after those 2,000); SQLite ranks every match.
   */
  search(text: string, q?: SearchQuery): Promise<Page<SearchHit>>;
  /** Counts of the claims matching `q` per day and speaker side (the claims list's filters). */
  timeline(q?: ClaimFilter): Promise<Timeline>;
  /** Every claim matching `q`, streamed in storage order (for export). */
  eachClaim(q?: ClaimFilter): AsyncIterable<ClaimRecord>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
  /**
   * Optional: runs `fn` holding the store's write lock across processes and hosts (PostgreSQL: an
   * advisory lock), so that what the ledger looks up before a write (stored hashes, reprint
   * candidates) and the write itself are one step. A store with one writer at a time leaves it out.
   */
  exclusive?<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Optional: starts a bulk load for a long ingest (SQLite: query-only indexes dropped, full-text
   * indexes filled per segment, both restored by `end()`, by `close()`, or after a crash by the
   * next writer's open). Null when it cannot start now (another process runs one, or the store
   * has none to offer). Queries stay correct meanwhile, but slower, and full-text search finds
   * the documents of the current segment only after it is filled.
   */
  bulkLoad?(): Promise<BulkLoad | null>;
}

/** A running bulk load (`Store.bulkLoad`). */
export interface BulkLoad {
  /** Restores what the bulk load set aside (idempotent). */
  end(): Promise<void>;
}

/** Options of a store. */
export interface StoreOptions {
  /** Open an existing store read-only (no migrations). */
  readonly?: boolean;
}
