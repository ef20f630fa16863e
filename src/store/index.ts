/**
 * The ledger's storage: the `Store` contract (persistence and queries only) and its SQLite
 * implementation. Documents get into a store through the ledger (src/ledger/), which decides
 * reprints, claim facts and disputes.
 *
 * ```ts
 * const store = openStore(defaultDbPath());
 * const page = await store.claims({ place: 'Kharkiv', from: '2024-08-01', limit: 20 });
 * ```
 */
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';

export type * from './types.js';
export { defaultDbPath } from './path.js';
export { SqliteStore, openSqliteStore, ftsQuery, gazetteerPlaceIds, type SqliteStoreOptions } from './sqlite.js';
export { dayOf, foldKey, sha256 } from './keys.js';

/** Opens the SQLite store at `file`. */
export function openStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(file, options);
}
