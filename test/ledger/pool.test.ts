/**
 * The analysis pool: documents prepared on worker threads equal those prepared inline; a document
 * over its time budget or over the memory limit is an E_BUDGET skip naming it, its worker is
 * replaced and the next document is prepared; cancel() abandons pending work with `Interrupted`.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import type { Document } from '../../src/analyze/types.js';
import { SitrepError } from '../../src/errors.js';
import { Interrupted } from '../../src/ledger/loop.js';
import { AnalysisPool } from '../../src/ledger/pool.js';
import { prepareDocument } from '../../src/ledger/prepare.js';
import { analysisText } from '../../src/store/keys.js';

const DOC: Document = { id: 'pool-1', text: 'The governor said 5 people were wounded in Sumy on Monday. "We are rebuilding," he said.', published: '2024-08-07', source: 'pool-test', meta: {} };
const OTHER: Document = { ...DOC, id: 'pool-2', text: 'A spokesman for the ministry said 14 drones were shot down over Belgorod on Tuesday.' };

describe('AnalysisPool', () => {
  const pools: AnalysisPool[] = [];
  after(async () => {
    for (const p of pools) await p.close();
  });

  it('prepares documents on workers exactly as inline', async () => {
    const pool = new AnalysisPool({ size: 2 });
    pools.push(pool);
    const [a, b] = await Promise.all([pool.prepare(DOC, 'T', 'a.txt'), pool.prepare(OTHER, null, 'b.txt')]);
    // Equal but for the analyzer's own timing; only the analysis's JSON crosses the thread.
    assert.equal(a.analysis, null);
    // ... as UTF-8 bytes (moved, not copied); the document is the one handed to the pool, not a copy.
    assert.ok(a.analysisJson instanceof Uint8Array);
    assert.equal(a.document, DOC);
    const untimed = (p: ReturnType<typeof prepareDocument>) => {
      const json = JSON.parse(analysisText(p.analysisJson)) as { stats: Record<string, unknown> };
      return { ...p, analysis: null, analysisJson: { ...json, stats: { ...json.stats, ms: 0 } } };
    };
    assert.deepEqual(untimed(a), untimed(prepareDocument(DOC, { title: 'T' })));
    assert.deepEqual(untimed(b), untimed(prepareDocument(OTHER, { title: null })));
  });

  it("stats name each worker's thread and count its garbage-collection pauses", async () => {
    const pool = new AnalysisPool({ size: 2 });
    pools.push(pool);
    await Promise.all([pool.prepare(DOC, null, 'a.txt'), pool.prepare(OTHER, null, 'b.txt')]);
    const stats = await pool.stats();
    assert.equal(stats.length, 2);
    const linux = process.platform === 'linux';
    const tasks = linux ? new Set(readdirSync('/proc/self/task').map(Number)) : new Set<number>();
    const rows: [string, (s: (typeof stats)[number]) => boolean][] = [
      ['tid is a thread of this process (Linux) or null', (s) => (linux ? s.tid !== null && tasks.has(s.tid) : s.tid === null)],
      ['tid is not the main thread', (s) => s.tid !== process.pid],
      ['gc.ms is a duration', (s) => Number.isFinite(s.gc.ms) && s.gc.ms >= 0],
      ['gc counts are whole numbers', (s) => [s.gc.minor, s.gc.major, s.gc.incremental].every((n) => Number.isInteger(n) && n >= 0)],
      // (not asserted: that a worker which analysed one short document has run a scavenge. GC entries
      // arrive asynchronously and one document may cause none: a clean clone's CI saw minor 0)
    ];
    for (const [what, ok] of rows) for (const s of stats) assert.ok(ok(s), `${what}: ${JSON.stringify(s)}`);
    assert.notEqual(stats[0]!.tid, stats[1]!.tid);
  });

  it('posts queued documents to the workers ahead, spread evenly, so they need not wait for the owner between tasks', async () => {
    const pool = new AnalysisPool({ size: 2 });
    pools.push(pool);
    await pool.warmUp();
    const docs = Array.from({ length: 12 }, (_, i) => ({ ...(i % 2 ? OTHER : DOC), id: `ahead-${i}` }));
    const done = Promise.all(docs.map((d) => pool.prepare(d, null, `${d.id}.txt`)));
    // A worker answers `stats` after the tasks already posted to it: all twelve were, six each
    // (with two tasks per worker at a time, as before, it would count two each).
    const stats = await pool.stats();
    assert.deepEqual(stats.map((s) => s.tasks), [6, 6]);
    assert.deepEqual((await done).map((p) => p.document.id), docs.map((d) => d.id));
  });

  it('a document over its time budget is an E_BUDGET skip naming it; the worker is replaced and the next document goes through', async () => {
    const pool = new AnalysisPool({ size: 1, budget: { floorMs: 1, perMillionMs: 0 } });
    pools.push(pool);
    await assert.rejects(pool.prepare(DOC, null, 'slow/one.txt'), (e: unknown) =>
      e instanceof SitrepError && e.code === 'E_BUDGET' && /^slow\/one\.txt: analysis took longer than its budget/.test(e.message));
    assert.equal(pool.replaced, 1);
    const roomy = new AnalysisPool({ size: 1 });
    pools.push(roomy);
    assert.equal((await roomy.prepare(OTHER, null, 'b.txt')).document.id, 'pool-2');
  });

  it('a worker that answers many documents within budget sets one budget timer, not one per document', async () => {
    const pool = new AnalysisPool({ size: 1 });
    pools.push(pool);
    await pool.warmUp();
    const docs = Array.from({ length: 20 }, (_, i) => ({ ...(i % 2 ? OTHER : DOC), id: `many-${i}` }));
    const real = globalThis.setTimeout;
    let set = 0;
    globalThis.setTimeout = ((...a: Parameters<typeof setTimeout>) => {
      set++;
      return real(...a);
    }) as typeof setTimeout;
    try {
      const out = await Promise.all(docs.map((d) => pool.prepare(d, null, `${d.id}.txt`)));
      assert.deepEqual(out.map((p) => p.document.id), docs.map((d) => d.id));
    } finally {
      globalThis.setTimeout = real;
    }
    // One per budget (tens of seconds), not one per document.
    assert.ok(set <= 2, `setTimeout called ${set} times for ${docs.length} documents`);
  });

  it('a worker over the memory limit: E_BUDGET naming the document', async () => {
    const pool = new AnalysisPool({ size: 1, budget: { memoryMb: 8 } });
    pools.push(pool);
    await assert.rejects(pool.prepare(DOC, null, 'big/one.txt'), (e: unknown) =>
      e instanceof SitrepError && e.code === 'E_BUDGET' && /^big\/one\.txt: analysis needed more than the 8 MB memory limit/.test(e.message));
  });

  it('cancel() rejects what is pending with Interrupted', async () => {
    const pool = new AnalysisPool({ size: 1 });
    pools.push(pool);
    const p = [pool.prepare(DOC, null, 'a'), pool.prepare(OTHER, null, 'b')];
    pool.cancel();
    for (const x of p) await assert.rejects(x, (e: unknown) => e instanceof Interrupted);
    await assert.rejects(pool.prepare(DOC, null, 'c'), (e: unknown) => e instanceof Interrupted);
  });

  it('reads uploaded bytes on a worker into reader events', async () => {
    const pool = new AnalysisPool({ size: 1 });
    pools.push(pool);
    const bytes = new TextEncoder().encode('{"text":"One line."}\n{not json}\n');
    const events = await pool.read(bytes, 'posts.jsonl', { maxSize: 1 << 20, published: null });
    assert.deepEqual(events.map((e) => [e.kind, e.location]), [['document', 'posts.jsonl:1'], ['skipped', 'posts.jsonl:2']]);
    const bad = events[1]!;
    assert.ok(bad.kind === 'skipped' && bad.error instanceof SitrepError && bad.error.code === 'E_JSONL_SYNTAX');
  });
});
