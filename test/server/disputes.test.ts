/**
 * GET /api/disputes over the fixture plus one contradicting report: the governor's "12 civilians
 * were wounded" in Vovchansk against a ministry's "2 civilians were wounded" there the same day
 * (fictional). Both sides come back with their claims and independent-source counts; the reprint
 * of the governor's text does not count as a second source.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { call, fixture, withPlaces, type Fixture } from './helpers.js';

let f: Fixture;
before(async () => {
  f = await fixture();
  const doc = {
    id: 'doc-denial',
    source: 'ministry-channel',
    published: '2024-08-07T18:00:00Z',
    text: 'The regional military administration said on Tuesday that 2 civilians were wounded in Vovchansk.',
  };
  await f.store.ingest([{ document: doc, analysis: withPlaces(analyze(doc)) }]);
});
after(async () => {
  await f.cleanup();
});

test('a quantity dispute: both sides, their claims, and sources counted once per text', async () => {
  const r = await call(f.app, '/api/disputes');
  assert.equal(r.status, 200, r.text);
  const d = r.body.disputes.find((x: any) => x.reason === 'quantity' && x.topic.what.unit === 'wounded');
  assert.ok(d, JSON.stringify(r.body.disputes.map((x: any) => x.topic)));
  assert.equal(d.sides.length, 2);
  const twelve = d.sides.find((s: any) => s.claims.some((id: string) => r.body.claims[id].quantities.some((q: any) => q.value === 12)));
  const two = d.sides.find((s: any) => s.claims.some((id: string) => r.body.claims[id].quantities.some((q: any) => q.value === 2)));
  assert.ok(twelve && two && twelve !== two);
  // The governor's text and its reprint: two claims, one independent source.
  assert.deepEqual([...twelve.claims].sort(), ['doc-governor#0', 'doc-reprint#0']);
  assert.equal(twelve.independentSources, 1);
  assert.deepEqual(two.claims, ['doc-denial#0']);
  // Every cited claim is in the report.
  for (const s of d.sides) for (const id of s.claims) assert.equal(r.body.claims[id].id, id);
  assert.equal(r.body.totalDisputes, r.body.disputes.length);
});

test('filters reach compare; limit trims the list and its claims', async () => {
  const elsewhere = await call(f.app, '/api/disputes?place=Kupiansk');
  assert.equal(elsewhere.status, 200);
  assert.equal(elsewhere.body.disputes.length, 0);
  const later = await call(f.app, '/api/disputes?from=2024-08-09');
  assert.equal(later.body.disputes.length, 0);
  const one = await call(f.app, '/api/disputes?limit=1&agreements=true');
  assert.ok(one.body.disputes.length <= 1);
  const cited = new Set(one.body.disputes.flatMap((d: any) => d.sides.flatMap((s: any) => s.claims)).concat(one.body.agreements.flatMap((a: any) => a.side.claims)));
  assert.deepEqual(Object.keys(one.body.claims).sort(), [...cited].sort());
});
