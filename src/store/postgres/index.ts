/**
 * The PostgreSQL store: `openPgStore(url)` (or `openStore(url)` in ../index.ts, which picks it for
 * `postgres://` URLs), its migrations and helpers.
 */
export { INGEST_LOCK, PgStore, PG_SCHEMA_VERSION, isPostgresUrl, openPgStore, redactUrl, type PgStoreOptions } from './store.js';
export { FTS_CONFIGS, PG_MIGRATIONS, ftsConfig, migrate, type FtsConfig, type PgMigration } from './migrations.js';
