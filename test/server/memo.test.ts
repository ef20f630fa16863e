/**
 * The server's cache of answers (values and whole JSON bodies): shared while the ledger is unchanged, recomputed
 * after an ingest, not kept after a failure.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { Memo } from '../../src/server/memo.js';
import { call, fixture, withPlaces, type Fixture } from './helpers.js';

let f: Fixture;
before(async () => {
  f = await fixture();
});
after(async () => {
  await f.cleanup();
});

test('one computation for identical requests; a new one after the ledger changes', async () => {
  const memo = new Memo(f.store);
  let runs = 0;
  const compute = async (): Promise<number> => ++runs;
  const [a, b] = await Promise.all([memo.get('k', compute), memo.get('k', compute)]);
  assert.deepEqual([a, b, runs], [1, 1, 1]);
  assert.equal(await memo.get('other', compute), 2);
  const doc = { id: 'doc-memo', source: 'memo-test', published: '2024-08-09', text: 'A spokesman said 4 drones were shot down over Kupiansk.' };
  await f.store.ingest([{ document: doc, analysis: withPlaces(analyze(doc)) }]);
  assert.equal(await memo.get('k', compute), 3);
});

test('a failed computation is not kept', async () => {
  const memo = new Memo(f.store);
  await assert.rejects(memo.get('x', async () => { throw new Error('boom'); }));
  assert.equal(await memo.get('x', async () => 'ok'), 'ok');
});

test('/api/timeline sees a document ingested after the first answer', async () => {
  const before = (await call(f.app, '/api/timeline')).body.claims as number;
  const doc = { id: 'doc-memo-2', source: 'memo-test', published: '2024-08-10', text: 'The mayor said 6 houses were damaged in Vovchansk.' };
  await f.store.ingest([{ document: doc, analysis: withPlaces(analyze(doc)) }]);
  const afterIngest = (await call(f.app, '/api/timeline')).body;
  assert.equal(afterIngest.claims, before + 1);
  assert.ok(afterIngest.days.some((d: any) => d.date === '2024-08-10'));
});

test('json bodies: one computation for identical requests, the same body, a new one after the ledger changes', async () => {
  const memo = new Memo(f.store);
  const text = async (body: Promise<Uint8Array>): Promise<string> => new TextDecoder().decode(await body);
  let runs = 0;
  const compute = async (): Promise<unknown> => ({ run: ++runs, items: ['a', 'Харків'] });
  const [a, b] = await Promise.all([text(memo.json('j', compute)), text(memo.json('j', compute))]);
  assert.deepEqual([a, b, runs], ['{"run":1,"items":["a","Харків"]}', '{"run":1,"items":["a","Харків"]}', 1]);
  assert.equal(await text(memo.json('j', compute)), '{"run":1,"items":["a","Харків"]}');
  await assert.rejects(memo.json('bad', async () => { throw new Error('boom'); }));
  assert.equal(await text(memo.json('bad', async () => 'ok')), '"ok"');
  const doc = { id: 'doc-memo-json', source: 'memo-test', published: '2024-08-11', text: 'A spokesman said 3 drones were shot down over Kupiansk.' };
  await f.store.ingest([{ document: doc, analysis: withPlaces(analyze(doc)) }]);
  assert.equal(await text(memo.json('j', compute)), '{"run":2,"items":["a","Харків"]}');
});

test('/api/claims, /api/claims/:id and /api/documents/:id answer from the cache until the ledger changes', async () => {
  const first = await call(f.app, '/api/claims?speaker=mayor&limit=5');
  assert.equal(first.status, 200);
  assert.match(first.headers.get('content-type')!, /^application\/json/);
  const again = await call(f.app, '/api/claims?speaker=mayor&limit=5');
  assert.deepEqual(again.body, first.body);
  const doc = { id: 'doc-memo-3', source: 'memo-test', published: '2024-08-12', text: 'The mayor said 9 houses were damaged in Kupiansk.' };
  await f.store.ingest([{ document: doc, analysis: withPlaces(analyze(doc)) }]);
  const after = await call(f.app, '/api/claims?speaker=mayor&limit=5');
  assert.equal(after.body.total, first.body.total + 1);
  const id = (after.body.items as { id: string; documentId: string }[]).find((c) => c.documentId === 'doc-memo-3')!.id;
  assert.equal((await call(f.app, `/api/claims/${encodeURIComponent(id)}`)).body.id, id);
  assert.equal((await call(f.app, '/api/documents/doc-memo-3')).body.document.id, 'doc-memo-3');
  // A missing one is a 404 each time (failures are not kept).
  assert.equal((await call(f.app, '/api/documents/no-such-doc')).status, 404);
  assert.equal((await call(f.app, '/api/documents/no-such-doc')).status, 404);
});
