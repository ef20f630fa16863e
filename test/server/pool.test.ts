/**
 * The read pool answers like the store it stands in for: the same pages, the same 404s, and the
 * store's own errors rebuilt as `SitrepError`s (so the API still answers 400, not 500).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { call, fixture, type Fixture } from './helpers.js';
import { PooledStore } from '../../src/server/pool.js';
import { createApp, DEFAULT_LIMITS } from '../../src/server/index.js';
import { SitrepError } from '../../src/errors.js';
import { analyze } from '../../src/analyze/index.js';

let f: Fixture;
let pool: PooledStore;
before(async () => {
  f = await fixture();
  pool = new PooledStore(f.store, join(f.dir, 'ledger.db'), 2);
});
after(async () => {
  await pool.close();
  await f.cleanup();
});

test('reads through the workers equal reads from the store', async () => {
  for (const q of [{}, { speaker: 'marchenko' }, { place: 'Vovchansk', limit: 2 }, { from: '2024-08-08' }]) {
    assert.deepEqual(await pool.claims(q), await f.store.claims(q), JSON.stringify(q));
  }
  assert.deepEqual(await pool.places(), await f.store.places());
  assert.deepEqual(await pool.getDocument('doc-ministry'), await f.store.getDocument('doc-ministry'));
  assert.deepEqual(await pool.getAnalysis('doc-ministry'), await f.store.getAnalysis('doc-ministry'));
  assert.equal(await pool.getDocument('nope'), null);
  assert.deepEqual(await pool.search('tanks'), await f.store.search('tanks'));
  assert.deepEqual(await pool.timeline({}), await f.store.timeline({}));
  assert.deepEqual(await pool.timeline({ speaker: 'marchenko' }), await f.store.timeline({ speaker: 'marchenko' }));
  const a = await pool.computeDisputes({ agreements: true });
  const b = await f.store.disputes({ agreements: true });
  assert.deepEqual({ ...a, ms: 0 }, { ...b, ms: 0 });
});

test("the store's errors come back as SitrepErrors with their code", async () => {
  await assert.rejects(pool.claims({ cursor: 'not-a-cursor' }), (e: unknown) => e instanceof SitrepError && e.code === 'E_QUERY');
});

test('many concurrent requests through an app over the pool', async () => {
  const app = createApp({ store: pool, token: null, webRoot: join(f.dir, 'no-web'), limits: DEFAULT_LIMITS, version: 'test', log: () => undefined });
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => call(app, `/api/claims?limit=${1 + (i % 5)}`)));
  for (const [i, r] of results.entries()) {
    assert.equal(r.status, 200);
    assert.equal(r.body.items.length, Math.min(1 + (i % 5), r.body.total));
  }
  const bad = await call(app, '/api/claims?cursor=zzz');
  assert.equal(bad.status, 400);
});

test('the analyzer runs in a worker and gives the library\'s answer', async () => {
  const doc = { id: 'pool-analyze', text: 'The governor said 5 people were wounded in Sumy on Monday.', published: '2024-08-07' };
  const viaPool = await pool.analyze(doc);
  const direct = analyze(doc);
  assert.deepEqual({ ...viaPool, stats: { ...viaPool.stats, ms: 0 } }, { ...direct, stats: { ...direct.stats, ms: 0 } });
  const app = createApp({ store: pool, token: null, webRoot: join(f.dir, 'no-web'), limits: DEFAULT_LIMITS, version: 'test', log: () => undefined });
  const r = await call(app, '/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  assert.equal(r.status, 200);
  assert.equal(r.body.claims.length, direct.claims.length);
  const up = await call(app, '/api/ingest?name=note.txt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Officials said 8 people were evacuated from Vovchansk.' });
  assert.equal(up.status, 200, up.text);
  assert.equal(up.body.counts.new, 1);
});
