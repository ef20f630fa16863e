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
import { PgStore, isPostgresUrl, type PgStoreOptions } from './postgres/index.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';
import type { Store } from './types.js';

export type * from './types.js';
export { defaultDbPath } from './path.js';
export { SqliteStore, openSqliteStore, ftsQuery, gazetteerPlaceIds, type SqliteStoreOptions } from './sqlite.js';
export { dayOf, foldKey, sha256 } from './keys.js';
export { PgStore, isPostgresUrl, openPgStore, redactUrl, type PgStoreOptions } from './postgres/index.js';

/**
 * Opens the ledger's store: the PostgreSQL database named by a `postgres://` (or `postgresql://`)
 * URL, else the SQLite file `target` (the default).
 */
export function openStore(target: string, options: SqliteStoreOptions = {}): Store {
  if (isPostgresUrl(target)) {
    const o: PgStoreOptions = {};
    if (options.readonly !== undefined) o.readonly = options.readonly;
    if (options.resolvePlace !== undefined) o.resolvePlace = options.resolvePlace;
    return new PgStore(target, o);
  }
  return new SqliteStore(target, options);
}
