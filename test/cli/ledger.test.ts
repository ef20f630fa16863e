/**
 * The ledger commands through the real binary: ingest (summary, idempotent re-runs, bad input
 * recorded and skipped, a run killed with SIGKILL and resumed), claims, search, export, disputes.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { BIN, ROOT, sitrep, tempDir } from './helpers.js';

const CORPUS = join(ROOT, 'examples', 'corpus', 'sources');

/** Runs the real binary without blocking this process (so a server in it can keep serving). */
function sitrepAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    c.on('close', (code) => res({ code, stdout, stderr }));
  });
}

/** Row counts that must agree with one another in a consistent ledger. */
function checkConsistent(file: string): { documents: number; claims: number } {
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const one = (sql: string): number => db.prepare(sql).pluck().get() as number;
    const documents = one('SELECT count(*) FROM documents');
    const claims = one('SELECT count(*) FROM claims');
    assert.equal(one('SELECT coalesce(sum(claim_count), 0) FROM documents'), claims, 'claim counts of documents add up to the claims stored');
    assert.equal(one('SELECT count(*) FROM claims WHERE document_rowid NOT IN (SELECT rowid FROM documents)'), 0, 'no claim without its document');
    assert.equal(one('SELECT count(*) FROM quantities WHERE claim_rowid IS NOT NULL AND claim_rowid NOT IN (SELECT rowid FROM claims)'), 0);
    assert.equal(one("SELECT count(*) FROM documents WHERE carrier_of IS NOT NULL AND carrier_of NOT IN (SELECT id FROM documents)"), 0, 'every carrier points to a stored document');
    assert.equal(one('SELECT count(*) FROM signatures'), one("SELECT count(*) FROM documents WHERE duplicate IS NULL OR duplicate = 'near'"));
    return { documents, claims };
  } finally {
    db.close();
  }
}

/** Runs FTS5's own integrity check on both full-text indexes (throws when an index disagrees with its table). */
function checkFts(file: string): void {
  const db = new Database(file);
  try {
    db.exec("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')");
    db.exec("INSERT INTO claims_fts(claims_fts) VALUES('integrity-check')");
  } finally {
    db.close();
  }
}

describe('sitrep ingest on the sample corpus, then the query commands', () => {
  const t = tempDir();
  const db = join(t.dir, 'ledger.db');
  let first: ReturnType<typeof sitrep>;
  before(() => {
    first = sitrep(['ingest', '--json', '--db', db, CORPUS]);
  });
  after(() => t.cleanup());

  it('stores every document, with the reprints the corpus README lists (2 exact, 2 near)', () => {
    assert.equal(first.code, 0, first.stderr);
    const s = JSON.parse(first.stdout) as { read: number; new: number; duplicate: { exact: number; near: number }; skipped: number };
    assert.equal(s.read, 30);
    assert.deepEqual(s.duplicate, { exact: 2, near: 2 });
    assert.equal(s.new, 26);
    assert.equal(s.skipped, 0);
    checkConsistent(db);
    checkFts(db);
  });

  it('a second run stores nothing new and exits 0', () => {
    const r = sitrep(['ingest', '--db', db, CORPUS]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /already stored\s+30\n/);
    assert.match(r.stdout, /new\s+0\n/);
  });

  it('claims: filters, JSON, and usage errors', () => {
    const all = JSON.parse(sitrep(['claims', '--db', db, '--json', '--limit', '1000']).stdout) as { total: number; items: { speaker: string | null; date: string | null }[] };
    assert.ok(all.total > 50, `${all.total} claims`);
    const mod = JSON.parse(sitrep(['claims', '--db', db, '--json', '--speaker', 'defence ministry']).stdout) as typeof all;
    assert.ok(mod.total > 0);
    for (const c of mod.items) assert.match(c.speaker!, /defence ministry/i);
    const week = JSON.parse(sitrep(['claims', '--db', db, '--json', '--from', '2025-10-17', '--to', '2025-10-17', '--limit', '1000']).stdout) as typeof all;
    assert.ok(week.total > 0 && week.total < all.total);
    for (const c of week.items) assert.equal(c.date, '2025-10-17');
    const text = sitrep(['claims', '--db', db, '--place', 'Tetkino', '--limit', '2']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /Claims 1–2 of \d+; --offset 2 for more/);
    const bad = sitrep(['claims', '--db', db, '--from', '2025-13-01']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from '2025-13-01' is not a date/);
    // --side: a country code (any case) or an actors.tsv organisation code; anything else names what is allowed.
    const ua = JSON.parse(sitrep(['claims', '--db', db, '--json', '--limit', '1000', '--side', 'ua']).stdout) as { total: number; items: { side: string | null }[] };
    assert.ok(ua.total > 0);
    for (const c of ua.items) assert.equal(c.side, 'UA');
    assert.equal(sitrep(['claims', '--db', db, '--side', 'UN']).code, 0);
    for (const side of ['XX', 'Ukraine', '']) {
      const r = sitrep(['claims', '--db', db, '--side', side]);
      assert.equal(r.code, 2, side);
      assert.match(r.stderr, side ? /--side '.*' is not a side.*ISO 3166-1 alpha-2 country code .* or one of .*UN/s : /--side needs a value/);
    }
    assert.equal(sitrep(['claims', '--db', db, '--place', '']).code, 2);
    const missing = sitrep(['claims', '--db', join(t.dir, 'nope.db')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no ledger at .*nope\.db/);
  });

  it('claims and disputes --place: other spellings and scripts name the same places through the gazetteer', () => {
    const ids = (place: string): string[] => {
      const r = sitrep(['claims', '--db', db, '--json', '--limit', '1000', '--place', place]);
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout) as { items: { id: string }[] }).items.map((c) => c.id).sort();
    };
    // Each row: the stored (current English) name and spellings the corpus or a reader may use.
    const rows: [string, string[]][] = [
      ['Kupiansk', ['Kupyansk', 'Купянск', 'Куп’янськ']],
      ['Bilopillia', ['Belopolye', 'Белополье']],
      ['Kursk Oblast', ['Kursk region', 'Курская область']],
      ['Tetkino', ['Тёткино']],
    ];
    for (const [stored, others] of rows) {
      // The stored name also matches as a substring ("Kupiansk" finds Kupiansk Raion too): compare the city's own claims.
      const base = ids(stored);
      assert.ok(base.length > 0, `${stored}: no claims`);
      for (const o of others) {
        const got = ids(o);
        assert.ok(got.length > 0, `${o}: no claims`);
        for (const id of got) assert.ok(base.includes(id), `${o}: ${id} is not a claim at ${stored}`);
      }
    }
    // "Kharkov" is the city of Kharkiv, not the oblast (which "Kharkiv", a part of "Kharkiv Oblast", also finds).
    const city = ids('706483');
    assert.ok(city.length > 0);
    assert.deepEqual(ids('Kharkov'), city);
    assert.deepEqual(ids('Nowhere-on-any-map'), []);
    const d = sitrep(['disputes', '--db', db, '--json', '--place', 'Тёткино']);
    assert.equal(d.code, 0, d.stderr);
    const dd = sitrep(['disputes', '--db', db, '--json', '--place', 'Tetkino']);
    const cyr = JSON.parse(d.stdout) as { disputes: unknown[] };
    assert.ok(cyr.disputes.length > 0);
    assert.deepEqual(cyr.disputes, (JSON.parse(dd.stdout) as typeof cyr).disputes);
  });

  it('search finds documents and claims and marks the words', () => {
    const r = sitrep(['search', '--db', db, 'armoured', 'vehicles']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[armoured\] \[vehicles\]/);
    const j = JSON.parse(sitrep(['search', '--db', db, '--json', '--type', 'document', 'Tetkino']).stdout) as { items: { type: string }[] };
    assert.ok(j.items.length > 3);
    assert.ok(j.items.every((h) => h.type === 'document'));
    assert.equal(sitrep(['search', '--db', db, '???']).code, 2);
    // Document snippets span paragraphs: their line breaks print as spaces, not as escaped \u000A.
    const docs = sitrep(['search', '--db', db, '--type', 'document', 'Tetkino']).stdout;
    assert.match(docs, /\[Tetkino\]/);
    assert.doesNotMatch(docs, /\\u000A/);
  });

  it('export: CSV with the ACLED-like header and one row per claim and quantity; GeoJSON; JSON to a file', () => {
    const csv = sitrep(['export', '--db', db, '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    const lines = csv.stdout.split('\r\n').filter(Boolean);
    // issue 9 adds ACLED's sub_event_type, actor1, actor2 and fatalities and the event's PLOVER type and status
    assert.ok(lines[0]!.startsWith('event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,notes,fatalities,event_plover,event_status,claimant,'));
    const claims = JSON.parse(sitrep(['claims', '--db', db, '--json', '--limit', '1000']).stdout) as { items: { quantities: unknown[] }[] };
    const rows = claims.items.reduce((n, c) => n + Math.max(1, c.quantities.length), 0);
    // Rows may hold line breaks inside quoted cells, so count records by their claim-id column instead.
    assert.equal((csv.stdout.match(/,[0-9a-f]{16}#\d+,\d+,\d+,/g) ?? []).length, rows);
    const geo = JSON.parse(sitrep(['export', '--db', db, '--format', 'geojson']).stdout) as { type: string; features: unknown[] };
    assert.equal(geo.type, 'FeatureCollection');
    const out = join(t.dir, 'claims.json');
    const j = sitrep(['export', '--db', db, '--format', 'json', '--out', out]);
    assert.equal(j.code, 0, j.stderr);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length, claims.items.length);
    assert.equal(sitrep(['export', '--db', db, '--format', 'xlsx']).code, 2);
    assert.equal(sitrep(['export', '--db', db]).code, 2);
  });

  it('disputes: both sides, reprints counted once', () => {
    const r = JSON.parse(sitrep(['disputes', '--db', db, '--json']).stdout) as {
      disputes: { sides: { position: string; claims: string[]; independentSources: number }[] }[];
      claims: Record<string, { rootDocumentId: string }>;
    };
    assert.ok(r.disputes.length >= 3, `${r.disputes.length} disputes`);
    for (const d of r.disputes) {
      assert.ok(d.sides.length >= 2);
      for (const s of d.sides) {
        const roots = new Set(s.claims.map((id) => r.claims[id]!.rootDocumentId));
        assert.equal(s.independentSources, roots.size, `side "${s.position}"`);
      }
    }
    // The wire story and its three reprints make one side with four claims and one independent source.
    assert.ok(r.disputes.some((d) => d.sides.some((s) => s.claims.length === 4 && s.independentSources === 1)));
    const text = sitrep(['disputes', '--db', db]);
    assert.match(text.stdout, /Dispute 1 \[(responsibility|control|figures|status|cause)\]: /);
    assert.match(text.stdout, /independent source/);
  });
});

describe('sitrep ingest with bad input', () => {
  it('records and skips each bad input, stores every good document, exits 1', () => {
    const t = tempDir();
    try {
      const db = join(t.dir, 'ledger.db');
      t.file('good.txt', 'Governor Ivan Petrenko said on Monday that 3 people were wounded in the shelling of the town.\n');
      t.file('binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0]));
      t.file('feed.rss', 'this is not xml at all, just words in a file called feed.rss <<<');
      const tg = readFileSync(join(CORPUS, 'telegram', 'result.json'), 'utf8');
      t.file('result.json', tg.slice(0, Math.floor(tg.length * 0.6)));
      const r = sitrep(['ingest', '--json', '--db', db, t.dir, 'http://127.0.0.1:9/report']);
      assert.equal(r.code, 1, r.stderr);
      const s = JSON.parse(r.stdout) as { new: number; skipped: number; reasons: Record<string, number> };
      assert.match(r.stderr, /binary\.html/);
      assert.match(r.stderr, /127\.0\.0\.1/);
      assert.ok(s.reasons.E_URL_REFUSED === 1, JSON.stringify(s.reasons));
      assert.ok(s.skipped >= 3, JSON.stringify(s));
      // The good text, and the complete messages of the truncated export, are stored.
      assert.ok(s.new >= 2, JSON.stringify(s));
      const { documents } = checkConsistent(db);
      assert.equal(documents, s.new);
      const d = new Database(db, { readonly: true });
      const skips = d.prepare('SELECT location, code FROM skips').all() as { location: string; code: string }[];
      d.close();
      assert.equal(skips.length, s.skipped);
      assert.ok(skips.some((k) => k.location.includes('binary.html')));
      assert.ok(skips.some((k) => k.code === 'E_URL_REFUSED'));
    } finally {
      t.cleanup();
    }
  });

  it('skips a file over --max-size and a URL that does not answer within --timeout', async () => {
    const t = tempDir();
    const server = createServer(() => {
      // never answers
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
    try {
      const db = join(t.dir, 'ledger.db');
      const dir = join(t.dir, 'in');
      mkdirSync(dir);
      writeFileSync(join(dir, 'small.txt'), 'The mayor said the bridge was closed on Monday.\n');
      writeFileSync(join(dir, 'large.txt'), 'The mayor said the bridge was closed. '.repeat(200));
      const port = (server.address() as AddressInfo).port;
      const r = await sitrepAsync(['ingest', '--json', '--db', db, '--max-size', '1KB', '--timeout', '1', '--allow-private', dir, `http://127.0.0.1:${port}/slow`]);
      assert.equal(r.code, 1, r.stderr);
      const s = JSON.parse(r.stdout) as { new: number; reasons: Record<string, number> };
      assert.equal(s.new, 1);
      assert.deepEqual(s.reasons, { E_TOO_LARGE: 1, E_TIMEOUT: 1 });
      assert.match(r.stderr, /large\.txt/);
      assert.match(r.stderr, /127\.0\.0\.1/);
    } finally {
      server.closeAllConnections();
      server.close();
      t.cleanup();
    }
  });

  it('refuses a --db that is not a database, naming it', () => {
    const t = tempDir();
    try {
      const notDb = t.file('notes.db', 'plain notes\n'.repeat(200));
      const good = t.file('good.txt', 'The mayor said the bridge was closed.\n');
      const r = sitrep(['ingest', '--db', notDb, good]);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /notes\.db.*not a database|notes\.db: file is not a database/);
      assert.equal(readFileSync(notDb, 'utf8'), 'plain notes\n'.repeat(200));
    } finally {
      t.cleanup();
    }
  });
});

describe('sitrep ingest killed with SIGKILL', () => {
  it('leaves a consistent ledger that a second run completes', { timeout: 300_000 }, async () => {
    const t = tempDir();
    try {
      const db = join(t.dir, 'ledger.db');
      const N = 1500;
      const towns = ['Kupiansk', 'Izium', 'Lyman', 'Siversk', 'Toretsk', 'Pokrovsk', 'Kurakhove', 'Vuhledar'];
      const lines: string[] = [];
      for (let i = 0; i < N; i++) {
        const town = towns[i % towns.length]!;
        lines.push(JSON.stringify({
          id: `doc-${i}`,
          published: `2024-0${1 + (i % 9)}-1${i % 10}`,
          text: `Report ${i}. The regional governor said that ${i % 50} civilians were wounded in ${town} on Tuesday, ` +
            `and officials added that ${(i * 7) % 90} homes were damaged by shelling near the ${i % 3 ? 'railway station' : 'market'}.`,
        }));
      }
      const jsonl = t.file('big.jsonl', lines.join('\n') + '\n');
      const child = spawn(process.execPath, [BIN, 'ingest', '--quiet', '--batch', '25', '--db', db, jsonl], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<void>((res) => child.on('exit', () => res()));
      // Kill it once a few batches are committed (read through a second connection, as WAL allows).
      const deadline = Date.now() + 240_000;
      let seen = 0;
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        try {
          const d = new Database(db, { readonly: true, fileMustExist: true });
          seen = d.prepare('SELECT count(*) FROM documents').pluck().get() as number;
          d.close();
        } catch {
          seen = 0; // not created yet
        }
        if (seen >= 100 || child.exitCode !== null || Date.now() > deadline) break;
      }
      assert.equal(child.exitCode, null, 'the ingest finished before it could be killed; make the input larger');
      child.kill('SIGKILL');
      await exited;
      const killed = checkConsistent(db);
      assert.ok(killed.documents >= 100 && killed.documents < N, `${killed.documents} documents after the kill`);
      assert.equal(killed.documents % 25, 0, 'only whole batches are stored');
      checkFts(db);
      const r = sitrep(['ingest', '--json', '--db', db, jsonl]);
      assert.equal(r.code, 0, r.stderr);
      const s = JSON.parse(r.stdout) as { read: number; unchanged: number; new: number; duplicate: { exact: number; near: number } };
      assert.equal(s.read, N);
      assert.equal(s.unchanged, killed.documents);
      assert.equal(s.new + s.duplicate.exact + s.duplicate.near, N - killed.documents);
      assert.equal(checkConsistent(db).documents, N);
      checkFts(db);
    } finally {
      t.cleanup();
    }
  });
});

