/**
 * The SQLite store: the `Store` contract on a file in a temporary folder, plus what only a file
 * database has (reopening, schema versions, a file that is not a database, the default path).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SitrepError } from '../../src/errors.js';
import { defaultDbPath } from '../../src/store/path.js';
import type { CompareFn } from '../../src/ledger/ledger.js';
import type { FactsFn } from '../../src/ledger/prepare.js';
import { PAGE_SIZE, openSqliteStore as openRaw } from '../../src/store/sqlite.js';
import { ledgerStore } from './ledger-store.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { storeContract } from './contract.js';
import type { DocumentRow } from '../../src/store/types.js';
import { cyrillicItems, ministry, reprint, strikes, wire } from './fixtures.js';
import { similarity } from '../../src/ingest/dedup.js';

/** The SQLite store at `file` with a ledger over it (`readonly` goes to the store, the rest to the ledger). */
function openSqliteStore(file: string, opts: { readonly?: boolean } & ConstructorParameters<typeof import('../../src/ledger/ledger.js').Ledger>[1] = {}) {
  const { readonly, ...rest } = opts ?? {};
  return ledgerStore(openRaw(file, readonly ? { readonly } : {}), rest);
}

function tempDb(): { file: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { file: join(dir, 'nested', 'ledger.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

storeContract('sqlite', async () => {
  const t = tempDb();
  const store = openRaw(t.file);
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

  it('gives a new ledger PAGE_SIZE pages; a ledger made with other pages keeps them and works', async () => {
    const t = tempDb();
    const u = tempDb();
    try {
      const s = openSqliteStore(t.file);
      await s.ingest([wire(), ministry()]);
      await s.close();
      const db = new Database(t.file, { readonly: true });
      assert.equal(db.pragma('page_size', { simple: true }), PAGE_SIZE);
      db.close();
      // A ledger whose file was begun with SQLite's default pages (4,096 bytes): WAL mode fixes them.
      mkdirSync(dirname(u.file), { recursive: true });
      const old = new Database(u.file);
      old.pragma('page_size = 4096');
      old.pragma('journal_mode = WAL');
      old.close();
      const o = openSqliteStore(u.file);
      await o.ingest([wire(), ministry()]);
      const r = openSqliteStore(t.file, { readonly: true });
      const stored = await r.claims({});
      assert.ok(stored.items.length > 0, 'the reference ledger holds claims');
      assert.deepEqual(await o.claims({}), stored);
      await r.close();
      await o.close();
      const db2 = new Database(u.file, { readonly: true });
      assert.equal(db2.pragma('page_size', { simple: true }), 4096);
      assert.equal(db2.pragma('integrity_check', { simple: true }), 'ok');
      db2.close();
    } finally {
      t.cleanup();
      u.cleanup();
    }
  });

  it('refuses a file that is not a database, and a schema newer than it knows', () => {
    const t = tempDb();
    try {
      const bad = join(t.file, '..', '..', 'notes.db');
      writeFileSync(bad, 'these are my notes, not a database\n'.repeat(100));
      assert.throws(() => openRaw(bad), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE' && e.message.includes('notes.db'));
      const s = openSqliteStore(t.file);
      void s.close();
      const db = new Database(t.file);
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      db.close();
      assert.throws(() => openRaw(t.file), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE' && /newer/.test(e.message));
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

/** Takes a ledger back to before migration 6 (the folded Cyrillic full-text tables). */
/** Takes a ledger back from schema 8 to 7 (the recent reprint keys go back into \`lsh\`). */
const UNDO_MIGRATION_8 = 'INSERT OR IGNORE INTO lsh (band, document_rowid) SELECT band, document_rowid FROM lsh_recent; DROP TABLE lsh_recent;';
/** Takes a ledger back from schema 7 to 6 (the claims' event types). */
const UNDO_MIGRATION_7 = 'DROP TABLE claim_events;' + UNDO_MIGRATION_8;
const UNDO_MIGRATION_6 = 'DROP TABLE documents_fold; DROP TABLE claims_fold;' + UNDO_MIGRATION_7;

/** Takes a ledger's indexes back to before migration 5 (and 6). */
const UNDO_MIGRATION_5 = 'DROP INDEX claims_side_day; DROP INDEX claims_day_side; DROP INDEX claims_kind; DROP INDEX quantities_unit_claim;' +
  'DROP INDEX places_admin1_nocase; DROP INDEX places_country_nocase;' +
  'CREATE INDEX claims_side ON claims(side) WHERE side IS NOT NULL; CREATE INDEX claims_day ON claims(day);' +
  'CREATE INDEX quantities_unit ON quantities(unit); CREATE INDEX places_admin1 ON places(admin1); CREATE INDEX places_country ON places(country);' +
  UNDO_MIGRATION_6;

const indexesOf = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[]);
  } finally {
    db.close();
  }
};

describe('SQLite store: indexes of the claims list and the timeline', () => {
  /** RU and UA sides from the speaker's name, so the side filter has something to find. */
  const sided = (analysis: Parameters<FactsFn>[0], i: number) => {
    const name = analysis.claims[i]!.speaker?.name ?? '';
    const side = /Konashenkov|Russian/.test(name) ? 'RU' : /Synehubov/.test(name) ? 'UA' : null;
    return { kind: 'indirect', speaker: { name, text: name, type: null, side, official: null, affiliation: null, sideFrom: null },
      content: '', start: 0, end: 0, quantities: [], statuses: [], places: [], placeFrom: null, date: null, dateFrom: null } as never;
  };

  it('serves each filter from an index: no scan of the claims table', async () => {
    const t = tempDb();
    try {
      const s = openSqliteStore(t.file, { facts: sided });
      await s.ingest([wire(), ministry()]);
      const uses = (q: Parameters<typeof s.explainClaims>[0], part: 'count' | 'page' | 'timeline', index: string): void => {
        const plan = s.explainClaims(q)[part];
        assert.ok(plan.some((l) => l.includes(index)), `${JSON.stringify(q)} ${part}: ${plan.join(' | ')}`);
        assert.ok(!plan.some((l) => /^SCAN c$|^SCAN claims$/.test(l)), `${JSON.stringify(q)} ${part} scans the claims table: ${plan.join(' | ')}`);
      };
      for (const part of ['count', 'page', 'timeline'] as const) {
        uses({ side: 'ru' }, part, 'claims_side_day');
        uses({ side: 'RU', from: '2024-08-01', to: '2024-08-31' }, part, 'claims_side_day (side=? AND day>? AND day<?)');
        uses({ from: '2024-08-01', to: '2024-08-07' }, part, 'claims_day_side (day>? AND day<?)');
        uses({ unit: 'attacks' }, part, 'quantities_unit_claim (unit=?)');
        uses({ place: 'Kupiansk' }, part, 'SEARCH cp USING PRIMARY KEY (place_id=?)');
        uses({ text: 'shelling' }, part, 'claims_fts');
        uses({ kind: 'direct' }, part, part === 'timeline' ? 'claims_day_side' : 'claims_kind (kind=?)');
      }
      uses({}, 'timeline', 'COVERING INDEX claims_day_side');
      // Totals of set filters (places, regions, text, units) are counted without reading a claim.
      for (const q of [{ place: 'Kupiansk' }, { region: 'UA-63' }, { text: 'shelling' }, { unit: 'attacks' }, { unit: 'attacks', text: 'strike', region: 'UA' }]) {
        const plan = s.explainClaims(q).count;
        assert.ok(!plan.some((l) => /^(SEARCH|SCAN) c\b/.test(l)), `${JSON.stringify(q)} count reads claims: ${plan.join(' | ')}`);
      }
      uses({ speaker: 'konashenkov' }, 'timeline', 'claims_speaker');
      // The side filter ignores case, as before the index.
      assert.deepEqual((await s.claims({ side: 'ru' })).items.map((c) => c.id), ['mod-1#0', 'mod-1#1', 'mod-1#2']);
      assert.deepEqual((await s.claims({ side: 'Ua' })).items.map((c) => c.id), ['wire-1#0']);
      assert.deepEqual(await s.timeline({ side: 'ru' }), { days: [{ date: '2024-08-06', side: 'RU', claims: 1 }, { date: '2024-08-07', side: 'RU', claims: 2 }], claims: 3 });
      assert.deepEqual((await s.timeline()).days.filter((d) => d.date === '2024-08-06'), [{ date: '2024-08-06', side: 'RU', claims: 1 }, { date: '2024-08-06', side: 'UA', claims: 1 }]);
      await s.close();
    } finally {
      t.cleanup();
    }
  });

  it('migration 5 brings a version-4 ledger to the same indexes and answers', async () => {
    const t = tempDb();
    try {
      const a = openSqliteStore(t.file, { facts: sided });
      await a.ingest([wire(), ministry(), reprint()]);
      const want = indexesOf(t.file);
      const claims = await a.claims({ side: 'RU', from: '2024-08-06' });
      await a.close();
      const db = new Database(t.file);
      db.exec(UNDO_MIGRATION_5);
      db.pragma('user_version = 4');
      db.close();
      assert.ok(indexesOf(t.file).includes('claims_side'));
      const b = openSqliteStore(t.file, { facts: sided });
      assert.equal((await b.stats()).schemaVersion, MIGRATIONS.length);
      assert.deepEqual(indexesOf(t.file), want);
      assert.deepEqual(await b.claims({ side: 'RU', from: '2024-08-06' }), claims);
      assert.equal(claims.total, 3);
      assert.equal(b.integrityCheck(), 'ok');
      await b.close();
    } finally {
      t.cleanup();
    }
  });

  it('migration 8 keeps the reprint keys of a version-7 ledger (all in lsh) found, and reprints of them recognised', async () => {
    const t = tempDb();
    try {
      const a = openSqliteStore(t.file, { facts: sided });
      await a.ingest([wire(), ministry()]);
      await a.close();
      const db = new Database(t.file);
      db.exec(UNDO_MIGRATION_8);
      db.pragma('user_version = 7');
      const keys = db.prepare('SELECT count(*) FROM lsh').pluck().get() as number;
      db.close();
      assert.ok(keys > 0);
      const b = openSqliteStore(t.file, { facts: sided });
      assert.equal((await b.stats()).schemaVersion, MIGRATIONS.length);
      // the reprint of the wire copy finds its original's keys in lsh, and its own go to lsh_recent
      const [out] = await b.ingest([reprint()]);
      assert.equal(out!.status, 'near-duplicate');
      assert.equal(out!.carrierOf, wire().document.id);
      assert.equal(b.integrityCheck(), 'ok');
      await b.close();
      const c = new Database(t.file, { readonly: true });
      assert.equal(c.prepare('SELECT count(*) FROM lsh').pluck().get(), keys);
      assert.ok((c.prepare('SELECT count(*) FROM lsh_recent').pluck().get() as number) > 0);
      c.close();
    } finally {
      t.cleanup();
    }
  });

  it('migration 7 gives claims stored before it their event types, from the stored analyses', async () => {
    const t = tempDb();
    try {
      const doc = strikes();
      const a = openSqliteStore(t.file, { facts: sided });
      await a.ingest([wire(), doc]);
      const before = [await a.getClaim('strikes#0'), await a.getClaim('strikes#1'), await a.getClaim('wire-1#0')];
      await a.close();
      const db = new Database(t.file);
      db.exec(UNDO_MIGRATION_7);
      db.pragma('user_version = 6');
      db.close();
      const b = openSqliteStore(t.file, { facts: sided });
      assert.equal((await b.stats()).schemaVersion, MIGRATIONS.length);
      assert.deepEqual([await b.getClaim('strikes#0'), await b.getClaim('strikes#1'), await b.getClaim('wire-1#0')], before);
      assert.deepEqual(before.map((c) => c!.events.map((e) => e.plover)), [['ASSAULT'], ['FIGHT'], []]);
      assert.deepEqual((await b.claims({ event: 'battles' })).items.map((c) => c.id), ['strikes#1']);
      assert.equal(b.integrityCheck(), 'ok');
      await b.close();
    } finally {
      t.cleanup();
    }
  });

  it('migration 6 indexes the Russian and Ukrainian texts of a version-5 ledger for search (issue 10)', async () => {
    const t = tempDb();
    try {
      const a = openSqliteStore(t.file);
      await a.ingest([wire(), ...cyrillicItems()]);
      const want = (await a.search('Тёткино')).items;
      assert.equal(want.length, 3);
      await a.close();
      const db = new Database(t.file);
      db.exec(UNDO_MIGRATION_6);
      db.pragma('user_version = 5');
      db.close();
      const b = openSqliteStore(t.file);
      assert.equal((await b.stats()).schemaVersion, MIGRATIONS.length);
      assert.deepEqual((await b.search('Тёткино')).items, want);
      assert.deepEqual((await b.search('окупантів')).items.map((h) => h.id).sort(), ['uk-1', 'uk-1#0']);
      // only texts with Cyrillic letters are in the folded tables
      const c = new Database(t.file, { readonly: true });
      assert.deepEqual(c.prepare('SELECT rowid FROM documents_fold ORDER BY rowid').pluck().all(), [2, 3, 4]);
      c.close();
      assert.equal(b.integrityCheck(), 'ok');
      await b.close();
    } finally {
      t.cleanup();
    }
  });

  it('keeps a total per filter only while the ledger is unchanged, also when another connection writes', async () => {
    const t = tempDb();
    try {
      const w = openSqliteStore(t.file, { facts: sided });
      await w.ingest([wire()]);
      const r = openSqliteStore(t.file, { readonly: true });
      assert.equal((await r.claims({ region: 'UA-63' })).total, 1);
      assert.equal((await r.claims({ region: 'UA-63', limit: 1 })).total, 1);
      assert.equal((await w.claims({ region: 'UA-63' })).total, 1);
      await w.ingest([ministry()]);
      assert.equal((await w.claims({ region: 'UA-63' })).total, 3, 'the writer counts again after its ingest');
      assert.equal((await r.claims({ region: 'UA-63' })).total, 3, 'the reader sees the other connection\'s commit');
      assert.deepEqual((await r.claims({ region: 'UA-63' })).items.map((c) => c.id), ['wire-1#0', 'mod-1#0', 'mod-1#2']);
      assert.equal((await r.timeline({ region: 'UA-63' })).claims, 3);
      // Deep pages by offset and by cursor agree.
      const byOffset = await r.claims({ region: 'UA-63', offset: 1, limit: 1 });
      const first = await r.claims({ region: 'UA-63', limit: 1 });
      const byCursor = await r.claims({ region: 'UA-63', limit: 1, cursor: first.next! });
      assert.deepEqual(byCursor.items, byOffset.items);
      assert.deepEqual(byOffset.items.map((c) => c.id), ['mod-1#0']);
      await r.close();
      await w.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('SQLite store: migrations and the compare cache', () => {
  it('migrations 2 and 3 fill the place counters and flags from a version-1 ledger', async () => {
    const t = tempDb();
    try {
      const a = openSqliteStore(t.file);
      await a.ingest([wire(), ministry(), reprint()]);
      const before = await a.places();
      await a.close();
      // Take the file back to schema 1, as an older sitrep left it.
      const db = new Database(t.file);
      db.exec('DROP TABLE place_sources; DROP TABLE place_variants; DROP TABLE compare_cache; DROP INDEX places_claims; ALTER TABLE places DROP COLUMN claims;' +
        'DROP INDEX claims_comparable; ALTER TABLE claims DROP COLUMN comparable; DROP TABLE ledger_meta;' + UNDO_MIGRATION_5);
      db.pragma('user_version = 1');
      db.close();
      const b = openSqliteStore(t.file);
      assert.equal((await b.stats()).schemaVersion, MIGRATIONS.length);
      assert.deepEqual(await b.places(), before);
      assert.deepEqual(before.items.map((p) => [p.name, p.claims, p.sources]), [['Kupiansk', 3, 2], ['Belgorod', 1, 1], ['Vovchansk', 1, 1]]);
      assert.equal(b.integrityCheck(), 'ok');
      await b.close();
    } finally {
      t.cleanup();
    }
  });

  it('places with a date range count only the claims in it', async () => {
    const t = tempDb();
    try {
      const s = openSqliteStore(t.file);
      await s.ingest([wire(), ministry()]);
      const p = await s.places({ from: '2024-08-07' });
      assert.deepEqual(p.items.map((x) => [x.name, x.claims]), [['Belgorod', 1], ['Vovchansk', 1]]);
      await s.close();
    } finally {
      t.cleanup();
    }
  });

  it('caches a dispute report until the next ingest', async () => {
    const t = tempDb();
    try {
      let calls = 0;
      const compare: CompareFn = (records) => {
        calls++;
        return { disputes: [], agreements: [], groups: 0, claims: records.length, skipped: 0, ms: 0 };
      };
      const facts = () => ({ kind: 'indirect', speaker: { name: null, text: null, type: null, side: null, official: null, affiliation: null, sideFrom: null },
        content: '', start: 0, end: 0, quantities: [],
        statuses: [{ topic: 'attack', polarity: 1, denial: false, subjectSide: null, text: 'said', start: 0, end: 4 }], places: [], placeFrom: null, date: null, dateFrom: null }) as never;
      const s = openSqliteStore(t.file, { compare, facts });
      await s.ingest([wire()]);
      assert.equal((await s.disputes()).compared, 1);
      assert.equal((await s.disputes()).compared, 1);
      assert.equal(calls, 1);
      await s.close();
      const again = openSqliteStore(t.file, { compare, facts });
      assert.equal((await again.disputes()).compared, 1);
      assert.equal(calls, 1, 'the report was read from the cache table');
      await again.ingest([ministry()]);
      assert.equal((await again.disputes()).compared, 4);
      assert.equal(calls, 2);
      await again.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('SQLite store: facts of another version', () => {
  it('recomputes stored claim facts when the facts version changes, before detecting disputes', async () => {
    const t = tempDb();
    try {
      const base = { kind: 'indirect', speaker: { name: null, text: null, type: null, side: null, official: null, affiliation: null, sideFrom: null },
        content: '', start: 0, end: 0, quantities: [], places: [], placeFrom: null, date: null, dateFrom: null };
      const none = () => ({ ...base, statuses: [] }) as never;
      const attack = () => ({ ...base, speaker: { ...base.speaker, side: 'UA' }, statuses: [{ topic: 'attack', polarity: 1, denial: false, subjectSide: null, text: 'said', start: 0, end: 4 }] }) as never;
      const compared: number[] = [];
      const compare: CompareFn = (records) => {
        compared.push(records.length);
        return { disputes: [], agreements: [], groups: 0, claims: records.length, skipped: 0, ms: 0 };
      };
      const v1 = openSqliteStore(t.file, { facts: none, factsVersion: 1, compare });
      await v1.ingest([wire(), ministry()]);
      assert.equal((await v1.disputes()).compared, 0, 'version 1 facts have nothing to compare');
      assert.equal(await v1.factsStale(), false);
      await v1.close();
      const v2 = openSqliteStore(t.file, { facts: attack, factsVersion: 2, compare });
      assert.equal(await v2.factsStale(), true);
      assert.equal((await v2.claims({ side: 'ua' })).total, 0, 'version 1 facts have no sides');
      assert.equal((await v2.disputes()).compared, 4, 'recomputed facts of all four claims are compared');
      assert.equal(await v2.factsStale(), false);
      assert.deepEqual((await v2.claims({ side: 'ua' })).items.map((c) => c.id).sort(), ['mod-1#0', 'mod-1#1', 'mod-1#2', 'wire-1#0']);
      assert.deepEqual(compared, [0, 4]);
      await v2.close();
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

describe('SQLite store: place upserts within one batch', () => {
  /** A document with one claim naming `place` (the fields a reader of the text would give it). */
  const row = (id: string, place: { country: string | null; admin1: string | null; lat: number | null; lon: number | null; level: string | null }): DocumentRow => {
    const text = `Officials said shelling hit Vovchansk (${id}).`;
    const start = text.indexOf('Vovchansk');
    return {
      document: { id, text, published: '2024-08-06T09:00:00Z', source: null, url: null, meta: {} }, analysis: null, analysisJson: '{}', claimCount: 1,
      title: null, contentHash: id, outlet: null, carrier: null, signature: null, bandKeys: [],
      claims: [{
        id: `${id}#0`, index: 0, kind: 'indirect', speaker: 'Officials', speakerType: null, side: null, affiliation: null, cue: 'said',
        content: text.slice(15), start: 15, end: text.length, date: '2024-08-06', originClaimId: null, rootDocumentId: id, facts: null, comparable: false,
        places: [{ placeId: 'p:vovchansk', name: 'Vovchansk', ...place, start, end: start + 9, text: 'Vovchansk' }], events: [],
      }],
      quantities: [],
    };
  };
  const bare = { country: null, admin1: null, lat: null, lon: null, level: null };

  it('fills each column from the first upsert that has it, whatever the order, and skips none that adds one', async () => {
    const t = tempDb();
    try {
      const s = openRaw(t.file);
      // In one transaction: name only; country and level; the same again; coordinates and region; name only again.
      await s.putDocuments([
        row('a', bare),
        row('b', { ...bare, country: 'UA', level: 'town' }),
        row('c', { ...bare, country: 'UA', level: 'town' }),
        row('d', { country: 'RU', admin1: 'UA-63', lat: 50.29, lon: 36.94, level: 'city' }),
        row('e', bare),
      ]);
      await s.close();
      const db = new Database(t.file, { readonly: true });
      // country and level from b (never overwritten), admin1/lat/lon from d; five claims counted.
      assert.deepEqual(db.prepare('SELECT place_id, name, country, admin1, lat, lon, level, claims FROM places').all(), [
        { place_id: 'p:vovchansk', name: 'Vovchansk', country: 'UA', admin1: 'UA-63', lat: 50.29, lon: 36.94, level: 'town', claims: 5 },
      ]);
      db.close();
    } finally {
      t.cleanup();
    }
  });

  it('leaves level as it is once coordinates, region and country are there (the upsert\'s WHERE)', async () => {
    const t = tempDb();
    try {
      const s = openRaw(t.file);
      await s.putDocuments([row('a', { country: 'UA', admin1: 'UA-63', lat: 50.29, lon: 36.94, level: null }), row('b', { ...bare, level: 'town' })]);
      await s.putDocuments([row('c', { ...bare, level: 'city' })]);
      await s.close();
      const db = new Database(t.file, { readonly: true });
      assert.deepEqual(db.prepare('SELECT country, admin1, lat, lon, level, claims FROM places').all(), [
        { country: 'UA', admin1: 'UA-63', lat: 50.29, lon: 36.94, level: null, claims: 3 },
      ]);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('SQLite store: reprint candidates of a batch from one query', () => {
  /** A seeded generator (xorshift32), so that a failure can be run again. */
  const gen = (seed: number) => () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  /** A document with `keys` as its band keys and a random signature of values 0-3, so that similarities spread around 1/4 (no claims). */
  const row = (id: string, keys: number[], rand: () => number): DocumentRow => ({
    document: { id, text: `Text ${id}.`, published: '2024-08-06T09:00:00Z', source: null, url: null, meta: {} }, analysis: null, analysisJson: '{}', claimCount: 0,
    title: null, contentHash: id, outlet: null, carrier: null, signature: Uint32Array.from({ length: 72 }, () => Math.floor(rand() * 4)), bandKeys: keys,
    claims: [], quantities: [],
  });

  for (const lshSegment of [undefined, 200]) it(`gives each text the candidates, in the order, of the per-text query it replaces, the limit included (${lshSegment === undefined ? 'every key still in lsh_recent' : 'keys in lsh and in lsh_recent'})`, async () => {
    const t = tempDb();
    try {
      const rand = gen(20261206);
      const s = openRaw(t.file, lshSegment !== undefined ? { lshSegment } : {});
      // 24 band-tagged keys per document drawn from few values, so that texts collide often; key
      // 7 * 2**32 + 1 is boilerplate: in every document, more than any limit below.
      const keysOf = (): number[] => Array.from({ length: 24 }, (_, b) => (b === 7 ? b * 2 ** 32 + 1 : b * 2 ** 32 + Math.floor(rand() * 40)));
      for (let batch = 0; batch < 3; batch++) {
        await s.putDocuments(Array.from({ length: 120 }, (_, i) => row(`d${batch}-${i}`, keysOf(), rand)));
      }
      const lists: number[][] = [
        [], [7 * 2 ** 32 + 1], [3 * 2 ** 32 + 5, 3 * 2 ** 32 + 5], [99 * 2 ** 32], [2 ** 52 + 3, 5 * 2 ** 32 + 11],
        ...Array.from({ length: 30 }, () => keysOf().filter(() => rand() < 0.8)),
        ...Array.from({ length: 10 }, () => keysOf().filter((k) => k !== 7 * 2 ** 32 + 1).slice(0, 1 + Math.floor(rand() * 23)).reverse()),
      ];
      const db = new Database(t.file, { readonly: true });
      // Where the keys are: 360 documents' keys all in lsh_recent (segment 5,000), or the first 240
      // documents' moved into lsh (segment 200: moved after the second batch) and the last 120's not.
      const inLsh = db.prepare('SELECT count(DISTINCT document_rowid) FROM lsh').pluck().get() as number;
      const inRecent = db.prepare('SELECT count(DISTINCT document_rowid) FROM lsh_recent').pluck().get() as number;
      assert.deepEqual([inLsh, inRecent], lshSegment === undefined ? [0, 360] : [240, 120]);
      assert.equal(db.prepare('SELECT count(*) FROM lsh l JOIN lsh_recent r USING (band, document_rowid)').pluck().get(), 0, 'no key in both');
      // The per-text query it replaces, over both tables: the documents of the text's keys in key
      // order (band, then document), each once, the first \`limit\` of them.
      const perText = (list: number[], limit: number): number[] => {
        const marks = list.map(() => '?').join(',');
        const rows = db.prepare(`SELECT band, document_rowid FROM lsh WHERE band IN (${marks}) UNION ALL SELECT band, document_rowid FROM lsh_recent WHERE band IN (${marks})`)
          .raw().all(...list, ...list) as [number, number][];
        rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        return [...new Set(rows.map((r) => r[1]))].slice(0, limit);
      };
      if (lshSegment === undefined) {
        // before any move, the same as the query on one table that the seventh pass replaced
        db.exec('CREATE TEMP TABLE lsh_all AS SELECT band, document_rowid FROM lsh_recent ORDER BY band, document_rowid');
        for (const list of lists.filter((l) => l.length)) {
          assert.deepEqual(perText(list, 17), db.prepare(`SELECT DISTINCT document_rowid FROM lsh_all WHERE band IN (${list.map(() => '?').join(',')}) LIMIT 17`).pluck().all(...list));
        }
      }
      const sig = (b: Buffer): number[] => Array.from({ length: b.length / 4 }, (_, i) => b.readUInt32LE(i * 4));
      for (const limit of [200, 17, 1]) {
        const got = await s.reprintCandidates(lists, limit);
        lists.forEach((list, k) => {
          const want = list.length
            ? perText(list, limit)
              .map((rowid) => {
                const r = db.prepare('SELECT d.id, s.sig FROM signatures s JOIN documents d ON d.rowid = s.document_rowid WHERE s.document_rowid = ?').get(rowid) as { id: string; sig: Buffer };
                return { id: r.id, seq: rowid, signature: sig(r.sig) };
              })
            : [];
          assert.deepEqual(got[k]!.map((c) => ({ id: c.id, seq: c.seq, signature: [...c.signature] })), want, `list ${k}, limit ${limit}`);
        });
      }
      // With the texts' signatures and a threshold: the same lists without the candidates below it.
      const mine = lists.map(() => Uint32Array.from({ length: 72 }, () => Math.floor(rand() * 4)));
      for (const threshold of [0, 0.25, 0.3, 1.01]) {
        const all = await s.reprintCandidates(lists, 200);
        const got = await s.reprintCandidates(lists, 200, { signatures: mine, threshold });
        lists.forEach((_, k) => {
          const want = all[k]!.filter((c) => similarity(mine[k]!, c.signature) >= threshold);
          assert.deepEqual(got[k], want, `list ${k}, threshold ${threshold}`);
        });
        if (threshold === 0.25) assert.ok(got.some((l, k) => l.length > 0 && l.length < all[k]!.length), 'some candidates left out, some kept');
      }
      // The boilerplate key alone reaches the limit; keys no document has reach nothing.
      assert.equal((await s.reprintCandidates([[7 * 2 ** 32 + 1]], 200))[0]!.length, 200);
      assert.deepEqual(await s.reprintCandidates([[99 * 2 ** 32], []], 200), [[], []]);
      db.close();
      await s.close();
    } finally {
      t.cleanup();
    }
  });
});
