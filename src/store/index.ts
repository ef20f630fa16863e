/**
 * The ledger's storage: the `Store` contract and its SQLite implementation.
 *
 * ```ts
 * const store = openStore(defaultDbPath());
 * await store.ingest([{ document, analysis: analyze(document) }]);
 * const page = await store.claims({ place: 'Kharkiv', from: '2024-08-01', limit: 20 });
 * ```
 */
import { FACTS_VERSION, compareClaims, extractClaimFacts } from '../compare/index.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';

export type * from './types.js';
export { defaultDbPath } from './path.js';
export { SqliteStore, openSqliteStore, ftsQuery, type CompareFn, type FactsFn, type SqliteStoreOptions } from './sqlite.js';
export { emptyTally, ingestEvents, type IngestRunOptions, type IngestTally } from './ingest.js';
export { deriveRows, foldKey, matchClaims, sha256 } from './records.js';

/** Opens the SQLite store at `file` with compare's claim facts and dispute detection wired in (unless `options` replaces them). */
export function openStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(file, { facts: extractClaimFacts, factsVersion: FACTS_VERSION, compare: compareClaims, ...options });
}
