/** sitrep: the public library surface. */
export { analyze, analyzeDoc, parsePublished, DEFAULT_STAGES, Pipeline, Doc, BudgetClock, DEFAULT_BUDGET, budgetMs, type BudgetOptions, type AnalyzeOptions } from './analyze/index.js';
export { BudgetExceeded, ErrorCode } from './errors.js';
export type * from './analyze/types.js';
export { loadGazetteer, GazetteerFile, DEFAULT_GAZETTEER_PATH, distanceKm } from './geo/index.js';
export type { GazEntry, Candidate, MatchKind, Gazetteer, GazSource, PlaceLevel as GazLevel } from './geo/types.js';
export { compareClaims, extractClaimFacts } from './compare/index.js';
export type {
  Agreement,
  ClaimFacts,
  ClaimRecord as CompareRecord,
  CompareOptions,
  CompareResult,
  Dispute,
  DisputeSide,
  Topic,
} from './compare/types.js';
/** The ledger's storage contract (types only; the SQLite store is `sitrep/store`, which loads a native module). */
export type {
  ClaimQuery, ClaimRecord, Page, PlaceSummary, SearchHit, Store, StoreStats, StoredDocument, Timeline, TimelineDay,
} from './store/types.js';
/** The ledger's types (the ledger itself is `sitrep/ledger`, which loads the store's native module). */
export type { DisputeQuery, DisputeReport, IngestItem, IngestOutcome, IngestStatus } from './ledger/types.js';
