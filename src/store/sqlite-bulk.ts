/**
 * Bulk loading of a SQLite ledger: while a long ingest runs, the indexes that only queries use are
 * dropped and the full-text indexes are filled per segment of documents rather than per row; at
 * the end (and, after a crash, on the next open by a writer) both are restored.
 *
 * Safety, by design:
 * - The indexes are dropped and created only from the constants below (`QUERY_INDEXES`): no SQL is
 *   ever read back from the ledger file. A test checks them against the schema the migrations make.
 * - One bulk load at a time per ledger: the owner holds an exclusive lock on a side file
 *   (`<ledger>-bulk`, a SQLite file kept in an open `BEGIN EXCLUSIVE`), which the operating system
 *   releases when the process ends, crash included. Whoever wants to start one, or to restore a
 *   ledger left in bulk state, must take that lock first (without waiting); a live owner keeps it.
 * - The bulk state is a row of `ledger_meta` (`bulk_load`: the first document and claim rowids not
 *   yet in the full-text indexes), written in the transaction that drops the indexes and deleted
 *   only after every index exists again. Every writer reads it in its write transaction: while it
 *   is there, no writer fills the full-text indexes row by row; the segment fill (rows from the
 *   watermark on, then the watermark moved) is one transaction, so a fill is never done twice.
 * - Restoring is idempotent (`CREATE INDEX IF NOT EXISTS` from the constants, one index per
 *   transaction so that no write lock is held for the whole rebuild) and runs in `finally` of the
 *   run and on the next writer's open when no live owner holds the lock.
 */
import Database from 'better-sqlite3';
import { hasCyrillic } from '../util/index.js';

/**
 * The indexes no write of the ledger reads (the claims list, timeline, places, quantities and
 * event filters use them), as created by the migrations (src/store/migrations.ts; the text is
 * what `sqlite_master` holds). Not here: unique and primary keys, and the indexes the writer's
 * own look-ups use (`documents_hash` for exact reprints, `claims_document` for claim links), nor
 * the small `places` table's. A migration that drops or changes one of these changes this
 * list in the same commit (test/store/sqlite-bulk.test.ts compares the two).
 */
export const QUERY_INDEXES: readonly { name: string; sql: string }[] = [
  { name: 'documents_carrier', sql: 'CREATE INDEX documents_carrier ON documents(carrier_of) WHERE carrier_of IS NOT NULL' },
  { name: 'documents_day', sql: 'CREATE INDEX documents_day ON documents(day)' },
  { name: 'documents_source', sql: 'CREATE INDEX documents_source ON documents(source)' },
  { name: 'claims_speaker', sql: 'CREATE INDEX claims_speaker ON claims(speaker_key)' },
  { name: 'claims_root', sql: 'CREATE INDEX claims_root ON claims(root_document_id)' },
  { name: 'claims_side_day', sql: 'CREATE INDEX claims_side_day ON claims(side COLLATE NOCASE, day, kind)' },
  { name: 'claims_day_side', sql: 'CREATE INDEX claims_day_side ON claims(day, side, kind)' },
  { name: 'claims_kind', sql: 'CREATE INDEX claims_kind ON claims(kind)' },
  { name: 'claims_comparable', sql: 'CREATE INDEX claims_comparable ON claims(rowid) WHERE comparable = 1' },
  { name: 'claim_places_claim', sql: 'CREATE INDEX claim_places_claim ON claim_places(claim_rowid)' },
  { name: 'quantities_claim', sql: 'CREATE INDEX quantities_claim ON quantities(claim_rowid)' },
  { name: 'quantities_unit_claim', sql: 'CREATE INDEX quantities_unit_claim ON quantities(unit, claim_rowid)' },
  { name: 'quantities_document', sql: 'CREATE INDEX quantities_document ON quantities(document_rowid)' },
  { name: 'claim_events_type', sql: 'CREATE INDEX claim_events_type ON claim_events(event_type COLLATE NOCASE, claim_rowid) WHERE event_type IS NOT NULL' },
  { name: 'claim_events_sub', sql: 'CREATE INDEX claim_events_sub ON claim_events(sub_event_type COLLATE NOCASE, claim_rowid) WHERE sub_event_type IS NOT NULL' },
  { name: 'claim_events_plover', sql: 'CREATE INDEX claim_events_plover ON claim_events(plover COLLATE NOCASE, claim_rowid)' },
];

/** Index names are plain identifiers (checked before they go into a DROP statement). */
const IDENT = /^[a-z_][a-z0-9_]*$/;

/** The `ledger_meta` key of the bulk state. */
export const BULK_KEY = 'bulk_load';

/** Documents stored past the watermark after which a bulk load fills the full-text indexes (one segment). */
export const FTS_SEGMENT = 10_000;

/** The bulk state kept in `ledger_meta`: the first rowids not yet in the full-text indexes. */
export interface BulkState {
  doc: number;
  claim: number;
}

/** Parses the stored bulk state (null when absent or not of this shape: then nothing is deferred). */
export function parseBulkState(v: string | null | undefined): BulkState | null {
  if (v == null) return null;
  try {
    const o = JSON.parse(v) as Partial<BulkState>;
    if (Number.isSafeInteger(o.doc) && Number.isSafeInteger(o.claim)) return { doc: o.doc!, claim: o.claim! };
  } catch {
    // not JSON
  }
  return null;
}

/** True for SQLite's "database is locked" errors (SQLITE_BUSY and its extended codes). */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** ё written е (as in the `*_fold` full-text tables). */
export const foldYo = (s: string): string => s.replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'));

/** Registers the SQL functions the segment fill uses (the same tests the row-by-row writes make). */
export function registerBulkFunctions(db: Database.Database): void {
  db.function('sitrep_has_cyrillic', { deterministic: true }, (s: unknown) => (typeof s === 'string' && hasCyrillic(s) ? 1 : 0));
  db.function('sitrep_fold_yo', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? foldYo(s) : s));
}

/**
 * Fills the four full-text indexes with the documents and claims from `state`'s rowids on, and
 * returns the new watermark (past the last rows). Call inside a write transaction that also
 * stores the returned state, so that a fill is never done twice.
 */
export function fillFullText(db: Database.Database, given: BulkState): BulkState {
  const state = clampState(db, given);
  db.prepare('INSERT INTO documents_fts (rowid, title, text) SELECT rowid, title, text FROM documents WHERE rowid >= ? ORDER BY rowid').run(state.doc);
  db.prepare(`INSERT INTO documents_fold (rowid, title, text)
    SELECT rowid, sitrep_fold_yo(coalesce(title, '')), sitrep_fold_yo(text) FROM documents
    WHERE rowid >= ? AND (sitrep_has_cyrillic(text) OR sitrep_has_cyrillic(title)) ORDER BY rowid`).run(state.doc);
  db.prepare('INSERT INTO claims_fts (rowid, speaker, cue, content) SELECT rowid, speaker, cue, content FROM claims WHERE rowid >= ? ORDER BY rowid').run(state.claim);
  db.prepare(`INSERT INTO claims_fold (rowid, speaker, cue, content)
    SELECT rowid, sitrep_fold_yo(coalesce(speaker, '')), sitrep_fold_yo(coalesce(cue, '')), sitrep_fold_yo(content) FROM claims
    WHERE rowid >= ? AND (sitrep_has_cyrillic(content) OR sitrep_has_cyrillic(speaker) OR sitrep_has_cyrillic(cue)) ORDER BY rowid`).run(state.claim);
  return nextState(db);
}

/**
 * `state` kept within what can be true (review4 #6): at least past the last rows already in the
 * full-text indexes (their docsize tables; during a bulk load no writer adds rows past the
 * watermark), at most past the last stored rows. A crafted or stale `{"doc":1,"claim":1}` would
 * otherwise insert every row into the full-text indexes a second time.
 */
function clampState(db: Database.Database, state: BulkState): BulkState {
  const past = (tables: string[]): number => Math.max(...tables.map((t) => db.prepare(`SELECT coalesce(max(rowid), 0) + 1 FROM ${t}`).pluck().get() as number));
  const hi = nextState(db);
  const doc = Math.min(Math.max(state.doc, past(['documents_fts_docsize', 'documents_fold_docsize'])), hi.doc);
  const claim = Math.min(Math.max(state.claim, past(['claims_fts_docsize', 'claims_fold_docsize'])), hi.claim);
  return { doc, claim };
}

/** The watermark past every stored document and claim. */
export function nextState(db: Database.Database): BulkState {
  const doc = (db.prepare('SELECT coalesce(max(rowid), 0) + 1 FROM documents').pluck().get() as number);
  const claim = (db.prepare('SELECT coalesce(max(rowid), 0) + 1 FROM claims').pluck().get() as number);
  return { doc, claim };
}

/**
 * The exclusive lock of a ledger's bulk load: a side file held in `BEGIN EXCLUSIVE`. `tryLock`
 * returns null at once when another connection (this process or another) holds it.
 */
export class BulkLock {
  private constructor(private readonly db: Database.Database) {}

  /** Takes the lock of the ledger at `file`, or returns null when it is held. */
  static tryLock(file: string): BulkLock | null {
    const db = new Database(`${file}-bulk`);
    try {
      db.pragma('busy_timeout = 0');
      db.exec('BEGIN EXCLUSIVE');
      return new BulkLock(db);
    } catch (e) {
      db.close();
      if (isBusy(e)) return null;
      throw e;
    }
  }

  /** Releases the lock (idempotent). */
  release(): void {
    if (!this.db.open) return;
    try {
      this.db.exec('ROLLBACK');
    } finally {
      this.db.close();
    }
  }
}

/**
 * Drops the query-only indexes and records the bulk state, in one write transaction (the caller
 * holds the lock). A state left by a crashed run is kept (its rows are not yet in the full-text
 * indexes either).
 */
export function enterBulk(db: Database.Database): void {
  db.transaction(() => {
    const held = parseBulkState(db.prepare('SELECT value FROM ledger_meta WHERE key = ?').pluck().get(BULK_KEY) as string | undefined);
    const state = held ?? nextState(db);
    db.prepare('INSERT OR REPLACE INTO ledger_meta (key, value) VALUES (?, ?)').run(BULK_KEY, JSON.stringify(state));
    for (const { name } of QUERY_INDEXES) {
      if (!IDENT.test(name)) throw new Error(`bad index name ${name}`);
      db.exec(`DROP INDEX IF EXISTS ${name}`);
    }
  }).immediate();
}

/**
 * Ends a bulk load (the caller holds the lock): fills the full-text indexes from the watermark
 * and moves it (one transaction), creates every query-only index that is missing (one
 * transaction each, so that other writers wait for one index at most), then fills what other
 * writers stored meanwhile and deletes the bulk state (one transaction). Idempotent: safe to run
 * again after a crash at any point of it.
 */
export function leaveBulk(db: Database.Database): void {
  const get = db.prepare('SELECT value FROM ledger_meta WHERE key = ?').pluck();
  const fill = (): boolean => {
    const raw = get.get(BULK_KEY) as string | undefined;
    if (raw === undefined) return false;
    // A state this code cannot read has nothing to fill from; the indexes are restored all the same.
    const state = parseBulkState(raw);
    const done = state ? fillFullText(db, state) : nextState(db);
    db.prepare('UPDATE ledger_meta SET value = ? WHERE key = ?').run(JSON.stringify(done), BULK_KEY);
    return true;
  };
  if (!db.transaction(fill).immediate()) return;
  for (const { sql } of QUERY_INDEXES) {
    db.transaction(() => db.exec(sql.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '))).immediate();
  }
  db.transaction(() => {
    if (fill()) db.prepare('DELETE FROM ledger_meta WHERE key = ?').run(BULK_KEY);
  }).immediate();
}
