/**
 * Bulk loading of the SQLite ledger (src/store/sqlite-bulk.ts): indexes restored from code
 * constants only, one bulk load per ledger (a lock the OS releases with the process), the
 * full-text indexes filled per segment, and a ledger left by a crashed bulk load restored by
 * the next writer's open.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ErrorCode, SitrepError } from '../../src/errors.js';
import { Ledger } from '../../src/ledger/ledger.js';
import { ingestEvents } from '../../src/ledger/loop.js';
import type { IngestEvent, IngestedDocument } from '../../src/ingest/types.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { BULK_KEY, QUERY_INDEXES } from '../../src/store/sqlite-bulk.js';
import { cyrillicItems, ministry, reprint, strikes, wire } from './fixtures.js';
import type { IngestItem } from '../../src/ledger/types.js';

function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bulk-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const items = (): IngestItem[] => [wire(), ministry(), strikes(), ...cyrillicItems(), reprint(), wire('wire-2')];

/** Index names and SQL of a ledger file (autoindexes left out), and whether a bulk state is kept. */
function schemaOf(file: string): { indexes: [string, string][]; bulkState: boolean } {
  const db = new Database(file, { readonly: true });
  try {
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").raw().all() as [string, string][];
    const bulkState = db.prepare('SELECT count(*) FROM ledger_meta WHERE key = ?').pluck().get(BULK_KEY) === 1;
    return { indexes, bulkState };
  } finally {
    db.close();
  }
}

/** What the queries answer (full text in English and Cyrillic, filters that use the query-only indexes). */
async function answers(store: SqliteStore): Promise<unknown> {
  const ids = async (p: Promise<{ items: { id?: string; placeId?: string }[]; total: number }>) => {
    const r = await p;
    return { total: r.total, ids: r.items.map((i) => i.id ?? i.placeId) };
  };
  return {
    market: await ids(store.search('market')),
    konashenkov: await ids(store.search('Konashenkov', { type: 'claim' })),
    tetkino: await ids(store.search('Тёткино')),
    okupanty: await ids(store.search('окупантів')),
    side: await ids(store.claims({ from: '2024-08-01', to: '2024-12-31' })),
    speaker: await ids(store.claims({ speaker: 'Igor Konashenkov' })),
    unit: await ids(store.claims({ unit: 'wounded' })),
    places: await ids(store.places()),
    integrity: store.integrityCheck(),
  };
}

describe('SQLite bulk load', () => {
  it('drops and restores exactly the indexes the migrations create (names and SQL from code constants)', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'a.db');
      const s = openSqliteStore(file);
      void s.close();
      const made = new Map(schemaOf(file).indexes);
      for (const { name, sql } of QUERY_INDEXES) assert.equal(made.get(name), sql, name);
    } finally {
      t.cleanup();
    }
  });

  it('stores the same ledger as row-by-row writes, full-text segments included, and restores the indexes at end()', async () => {
    const t = tempDir();
    try {
      // row by row in the same commits as the bulk load below (a commit stores its documents in
      // canonical order, earliest published first, so the batches decide the storage order)
      const plain = openSqliteStore(join(t.dir, 'plain.db'));
      const plainLedger = new Ledger(plain);
      const all = items();
      for (const batch of [all.slice(0, 1), all.slice(1, 5), all.slice(5)]) await plainLedger.ingest(batch);
      const want = await answers(plain);
      await plain.close();

      const file = join(t.dir, 'bulk.db');
      const store = openSqliteStore(file, { ftsSegment: 3 });
      const ledger = new Ledger(store);
      await ledger.ingest([wire()]);
      const bulk = await store.bulkLoad();
      assert.ok(bulk);
      for (const name of QUERY_INDEXES.map((i) => i.name)) assert.ok(!schemaOf(file).indexes.some(([n]) => n === name), `${name} dropped`);
      // In batches, so that a segment (3 documents) is filled while the load runs.
      const rest = items().slice(1);
      await ledger.ingest(rest.slice(0, 4));
      assert.equal((await store.search('Konashenkov', { type: 'claim' })).total, 2, 'a filled segment is searchable during the load');
      await ledger.ingest(rest.slice(4));
      assert.equal(await store.bulkLoad(), null, 'one bulk load per connection');
      await bulk.end();
      await bulk.end(); // idempotent
      assert.deepEqual(await answers(store), want);
      await store.close();
      assert.deepEqual(schemaOf(file), schemaOf(join(t.dir, 'plain.db')));
    } finally {
      t.cleanup();
    }
  });

  it('one bulk load per ledger: a second writer neither starts one nor restores the first one\'s indexes, and its rows are indexed at the end', async () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'ledger.db');
      const a = openSqliteStore(file);
      await new Ledger(a).ingest([wire()]);
      const bulk = await a.bulkLoad();
      assert.ok(bulk);
      const b = openSqliteStore(file); // its open must not restore what a set aside
      assert.equal(await b.bulkLoad(), null);
      assert.ok(schemaOf(file).bulkState);
      assert.ok(!schemaOf(file).indexes.some(([n]) => n === 'claims_speaker'));
      await new Ledger(b).ingest([ministry()]);
      await b.close(); // closing the second writer leaves the first one's load alone
      assert.ok(schemaOf(file).bulkState);
      await new Ledger(a).ingest([strikes()]);
      await bulk.end();
      assert.equal((await a.search('Konashenkov', { type: 'claim' })).total, 2, "the second writer's claims are searchable");
      assert.equal((await a.search('Izium')).total, 2);
      assert.deepEqual(schemaOf(file).bulkState, false);
      assert.equal(a.integrityCheck(), 'ok');
      await a.close();
    } finally {
      t.cleanup();
    }
  });

  it('a crash in the middle of a bulk load leaves a ledger that the next open restores (indexes, full text)', async () => {
    const t = tempDir();
    try {
      const plain = openSqliteStore(join(t.dir, 'plain.db'));
      await new Ledger(plain).ingest(items());
      const want = await answers(plain);
      await plain.close();

      const file = join(t.dir, 'crash.db');
      const storeUrl = new URL('../../src/store/sqlite.js', import.meta.url).href;
      const ledgerUrl = new URL('../../src/ledger/ledger.js', import.meta.url).href;
      const fixturesUrl = new URL('./fixtures.js', import.meta.url).href;
      // A child process starts a bulk load, stores the documents and is killed before it ends.
      const script = `
        const { openSqliteStore } = await import(${JSON.stringify(storeUrl)});
        const { Ledger } = await import(${JSON.stringify(ledgerUrl)});
        const f = await import(${JSON.stringify(fixturesUrl)});
        const store = openSqliteStore(${JSON.stringify(file)});
        const ledger = new Ledger(store);
        await ledger.ingest([f.wire()]);
        if (!(await store.bulkLoad())) process.exit(3);
        await ledger.ingest([f.ministry(), f.strikes(), ...f.cyrillicItems(), f.reprint(), f.wire('wire-2')]);
        process.kill(process.pid, 'SIGKILL');`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' });
      assert.equal(r.signal, 'SIGKILL', r.stderr);
      const left = schemaOf(file);
      assert.ok(left.bulkState, 'the killed run left its bulk state');
      assert.ok(!left.indexes.some(([n]) => n === 'claims_speaker'));

      const store = openSqliteStore(file);
      assert.deepEqual(await answers(store), want);
      await store.close();
      assert.deepEqual(schemaOf(file), schemaOf(join(t.dir, 'plain.db')));
    } finally {
      t.cleanup();
    }
  });

  it('an open that finds a left bulk load while another connection holds the write lock opens anyway; a later open restores it', async () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'busy.db');
      const a = openSqliteStore(file);
      await new Ledger(a).ingest([wire(), ministry()]);
      assert.ok(await a.bulkLoad());
      await new Ledger(a).ingest([strikes()]);
      // a crash of a's process: its lock goes, its bulk state stays
      const inner = a as unknown as { bulk: { lock: { release(): void } }; db: Database.Database };
      inner.bulk.lock.release();
      inner.db.close();
      assert.ok(schemaOf(file).bulkState);
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      let b: SqliteStore;
      try {
        b = openSqliteStore(file); // waits busy_timeout (5 s), then opens without restoring
      } finally {
        holder.exec('ROLLBACK');
        holder.close();
      }
      assert.ok(schemaOf(file).bulkState);
      await new Ledger(b).ingest([...cyrillicItems()]);
      await b.close();
      const c = openSqliteStore(file);
      assert.equal(schemaOf(file).bulkState, false);
      assert.equal((await c.search('Izium')).total, 2);
      assert.equal((await c.search('Тёткино')).total, 3);
      assert.equal(c.integrityCheck(), 'ok');
      await c.close();
    } finally {
      t.cleanup();
    }
  });

  it('review4 #6: a crafted bulk state below the rows already in the full-text indexes re-inserts none of them', async () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'crafted.db');
      const store = openSqliteStore(file);
      await new Ledger(store).ingest(items());
      const want = await answers(store);
      const fts = (): number[] => {
        const db = new Database(file, { readonly: true });
        try {
          return ['documents_fts_docsize', 'claims_fts_docsize', 'documents_fold_docsize', 'claims_fold_docsize'].map((tb) => db.prepare(`SELECT count(*) FROM ${tb}`).pluck().get() as number);
        } finally {
          db.close();
        }
      };
      const before = fts();
      await store.close();
      for (const crafted of ['{"doc":1,"claim":1}', '{"doc":-5,"claim":0}', '{"doc":1e15,"claim":1e15}']) {
        const db = new Database(file);
        db.prepare('INSERT OR REPLACE INTO ledger_meta (key, value) VALUES (?, ?)').run(BULK_KEY, crafted);
        db.close();
        // the next open restores the left bulk load from the crafted state
        const again = openSqliteStore(file);
        assert.deepEqual(fts(), before, crafted);
        assert.deepEqual(await answers(again), want, crafted);
        assert.equal(schemaOf(file).bulkState, false);
        await again.close();
      }
    } finally {
      t.cleanup();
    }
  });

  it('ingestEvents asks for a bulk load past bulkAfter and ends it before returning', async () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'loop.db');
      const store = openSqliteStore(file);
      const list = items();
      let asked = 0;
      const bulkLoad = store.bulkLoad.bind(store);
      store.bulkLoad = async () => {
        asked++;
        assert.ok(!schemaOf(file).bulkState);
        return bulkLoad();
      };
      async function* events(): AsyncIterable<IngestEvent> {
        for (const it of list) yield { kind: 'document', location: it.document.id, document: { ...it.document, meta: it.document.meta ?? {} } as IngestedDocument };
      }
      const ledger = new Ledger(store);
      const byId = new Map(list.map((i) => [i.document.id, i]));
      const tally = await ingestEvents(ledger, events(), {
        batchSize: 2, bulkAfter: 2,
        analyser: { prepare: async (doc) => (await import('../../src/ledger/prepare.js')).prepareDocument(doc, { analysis: byId.get(doc.id)!.analysis }), cancel() {}, close: async () => {} },
      });
      assert.equal(tally.new + tally.near + tally.exact, list.length);
      assert.equal(asked, 1);
      assert.deepEqual(schemaOf(file).bulkState, false);
      assert.equal((await store.search('Konashenkov', { type: 'claim' })).total, 2);
      await store.close();
    } finally {
      t.cleanup();
    }
  });

  it('review4 #5: a bulk load that cannot end (BUSY) is a warning after a run that stored everything, and never hides the run\'s own store error', async () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'busy.db');
      const store = openSqliteStore(file);
      const list = items();
      const bulkLoad = store.bulkLoad.bind(store);
      let ended = 0;
      store.bulkLoad = async () => {
        const real = await bulkLoad();
        return real && { end: async () => { ended++; await real.end(); throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }); } };
      };
      async function* events(): AsyncIterable<IngestEvent> {
        for (const it of list) yield { kind: 'document', location: it.document.id, document: { ...it.document, meta: it.document.meta ?? {} } as IngestedDocument };
      }
      const byId = new Map(list.map((i) => [i.document.id, i]));
      const analyser = { prepare: async (doc: IngestedDocument) => (await import('../../src/ledger/prepare.js')).prepareDocument(doc, { analysis: byId.get(doc.id)!.analysis }), cancel() {}, close: async () => {} };
      const warned: string[] = [];
      const tally = await ingestEvents(new Ledger(store), events(), { batchSize: 2, bulkAfter: 2, analyser, onWarning: (m) => warned.push(m) });
      assert.equal(tally.new + tally.near + tally.exact, list.length);
      assert.equal(ended, 1);
      assert.equal(warned.length, 1);
      assert.match(tally.warnings?.[0] ?? '', /database is locked/);
      // the run's own error stays the one thrown
      const file2 = join(t.dir, 'busy2.db');
      const store2 = openSqliteStore(file2);
      const bulkLoad2 = store2.bulkLoad.bind(store2);
      store2.bulkLoad = async () => {
        const real = await bulkLoad2();
        return real && { end: async () => { await real.end(); throw new Error('database is locked'); } };
      };
      const ledger2 = new Ledger(store2);
      // the last document's batch fails with a store error (the final flush, before the bulk load ends)
      const last = list[list.length - 1]!.document.id;
      const commit = ledger2.commit.bind(ledger2);
      ledger2.commit = async (docs) => {
        if (docs.some((d) => d.document.id === last)) throw new SitrepError(ErrorCode.Database, 'disk full');
        return commit(docs);
      };
      await assert.rejects(ingestEvents(ledger2, events(), { batchSize: 2, bulkAfter: 2, analyser }), /disk full/);
      await store.close();
      await store2.close();
    } finally {
      t.cleanup();
    }
  });
});
