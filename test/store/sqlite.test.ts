/**
 * The SQLite store: the `Store` contract on a file in a temporary folder, plus what only a file
 * database has (reopening, schema versions, a file that is not a database, the default path).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SitrepError } from '../../src/errors.js';
import { defaultDbPath } from '../../src/store/path.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { storeContract } from './contract.js';
import { reprint, wire } from './fixtures.js';

function tempDb(): { file: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { file: join(dir, 'nested', 'ledger.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

storeContract('sqlite', async () => {
  const t = tempDb();
  const store = openSqliteStore(t.file);
  return { store, dispose: async () => { await store.close(); t.cleanup(); } };
});

describe('SQLite store', () => {
  it('keeps everything across close and reopen, reprint signatures included', async () => {
    const t = tempDb();
    try {
      const a = openSqliteStore(t.file);
      await a.ingest([wire()]);
      await a.close();
      const b = openSqliteStore(t.file);
      const [o] = await b.ingest([reprint()]);
      assert.equal(o!.status, 'near-duplicate');
      assert.equal(o!.carrierOf, 'wire-1');
      assert.equal(b.integrityCheck(), 'ok');
      const st = await b.stats();
      assert.equal(st.documents, 2);
      assert.equal(st.schemaVersion, MIGRATIONS.length);
      assert.ok(st.bytes! > 0);
      await b.close();
    } finally {
      t.cleanup();
    }
  });

  it('uses WAL and records the schema version', async () => {
    const t = tempDb();
    try {
      const s = openSqliteStore(t.file);
      await s.close();
      const db = new Database(t.file, { readonly: true });
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      db.close();
    } finally {
      t.cleanup();
    }
  });

  it('refuses a file that is not a database, and a schema newer than it knows', () => {
    const t = tempDb();
    try {
      const bad = join(t.file, '..', '..', 'notes.db');
      writeFileSync(bad, 'these are my notes, not a database\n'.repeat(100));
      assert.throws(() => openSqliteStore(bad), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE' && e.message.includes('notes.db'));
      const s = openSqliteStore(t.file);
      void s.close();
      const db = new Database(t.file);
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      db.close();
      assert.throws(() => openSqliteStore(t.file), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE' && /newer/.test(e.message));
    } finally {
      t.cleanup();
    }
  });

  it('opens read-only without writing', async () => {
    const t = tempDb();
    try {
      const s = openSqliteStore(t.file);
      await s.ingest([wire()]);
      await s.close();
      const r = openSqliteStore(t.file, { readonly: true });
      assert.equal((await r.claims()).total, 1);
      await assert.rejects(r.ingest([reprint()]), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE');
      await r.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('default database path', () => {
  const cases: [string, NodeJS.ProcessEnv, NodeJS.Platform, string][] = [
    ['SITREP_DB wins', { SITREP_DB: '/x/y.db', XDG_DATA_HOME: '/d' }, 'linux', '/x/y.db'],
    ['XDG_DATA_HOME on Linux', { XDG_DATA_HOME: '/data' }, 'linux', '/data/sitrep/sitrep.db'],
    ['a relative XDG_DATA_HOME is ignored', { XDG_DATA_HOME: 'rel' }, 'linux', '/home/u/.local/share/sitrep/sitrep.db'],
    ['~/.local/share without XDG', {}, 'linux', '/home/u/.local/share/sitrep/sitrep.db'],
    ['macOS', {}, 'darwin', '/home/u/Library/Application Support/sitrep/sitrep.db'],
  ];
  for (const [name, env, platform, expected] of cases) {
    it(name, () => assert.equal(defaultDbPath(env, platform, '/home/u'), expected));
  }
});
