/**
 * The heap check (`checkHeap`) on every path that analyses a text: `sitrep analyze`, `sitrep ingest`,
 * POST /api/analyze and POST /api/ingest. A text too large for the heap is skipped with the same
 * message, the other inputs are still handled, and the exit is 1. The limit is forced small with
 * SITREP_HEAP_LIMIT so no huge file is needed (the check needs about 30 heap bytes per character).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { sitrep, tempDir } from './helpers.js';
import { call, fixture, type Fixture } from '../server/helpers.js';

const SMALL = 'The regional governor said on Monday that four people were wounded when drones struck a warehouse in Tetkino.\n';
// About 60,000 characters: 1.8 MB of heap by the check's estimate, over a forced 1 MB limit.
const BIG = 'Officials said that 12 houses were damaged by shelling in the village overnight. '.repeat(740);
const LIMIT = { SITREP_HEAP_LIMIT: '1MB' };
const MESSAGE = /too large for the available memory \(about [\d.]+ MB needed, heap limit 1(\.0)? MB\)/;

describe('the heap check through the CLI', () => {
  const t = tempDir();
  after(() => t.cleanup());

  it('analyze skips the big text with the message and exit 1', () => {
    const big = t.file('big.txt', BIG);
    const small = t.file('small.txt', SMALL);
    const r = sitrep(['analyze', '--json', big, small], { env: LIMIT });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, MESSAGE);
    assert.match(r.stderr, /big\.txt/);
    assert.match(r.stdout, /Tetkino/);
  });

  it('ingest skips the big text with the same message, stores the other, exits 1', () => {
    const big = t.file('big2.txt', BIG);
    const small = t.file('small2.txt', SMALL);
    const db = join(t.dir, 'heap.db');
    const r = sitrep(['ingest', '--db', db, big, small], { env: LIMIT });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, MESSAGE);
    assert.match(r.stderr, /big2\.txt/);
    const d = new Database(db, { readonly: true });
    try {
      assert.equal(d.prepare('SELECT count(*) FROM documents').pluck().get(), 1);
      const skip = d.prepare('SELECT * FROM skips').all() as { location: string; code: string }[];
      assert.equal(skip.length, 1);
      assert.equal(skip[0]!.code, 'E_TOO_LARGE');
      assert.match(skip[0]!.location, /big2\.txt$/);
    } finally {
      d.close();
    }
  });

  it('without the forced limit the same text is ingested', () => {
    const big = t.file('big3.txt', BIG);
    const r = sitrep(['ingest', '--db', join(t.dir, 'ok.db'), big]);
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('the heap check through the HTTP API', () => {
  let f: Fixture;
  const saved = process.env.SITREP_HEAP_LIMIT;
  before(async () => {
    f = await fixture({ empty: true });
    process.env.SITREP_HEAP_LIMIT = LIMIT.SITREP_HEAP_LIMIT;
  });
  after(async () => {
    if (saved === undefined) delete process.env.SITREP_HEAP_LIMIT;
    else process.env.SITREP_HEAP_LIMIT = saved;
    await f.cleanup();
  });

  it('POST /api/analyze answers 413 with the message', async () => {
    const r = await call(f.app, '/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: BIG });
    assert.equal(r.status, 413, r.text);
    assert.equal(r.body.error.code, 'too_large');
    assert.match(r.body.error.message, MESSAGE);
    const ok = await call(f.app, '/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: SMALL });
    assert.equal(ok.status, 200, ok.text);
  });

  it('POST /api/ingest skips the big record and stores the others', async () => {
    const body = [
      JSON.stringify({ id: 'big', text: BIG, published: '2025-10-15' }),
      JSON.stringify({ id: 'small', text: SMALL, published: '2025-10-15' }),
    ].join('\n');
    const r = await call(f.app, '/api/ingest?name=posts.jsonl', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.counts.new, 1);
    assert.equal(r.body.counts.skipped ?? r.body.skipped.length, 1);
    assert.equal(r.body.skipped[0].code, 'E_TOO_LARGE');
    assert.match(r.body.skipped[0].message, MESSAGE);
  });
});
