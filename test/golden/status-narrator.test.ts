/**
 * Golden test: a status dispute is between parties, not between a party and the story's narrating
 * voice. A wire story gives Russia's defence ministry ("attacks repelled") and, to balance it,
 * analysts without a side ("gained ground"): no dispute (both facts are read, so the test fails if
 * the narrator's position is compared). Texts written for sitrep
 * (the Zaporizhzhia front, late summer 2023, retold); expected ledger decided by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

const WIRE =
  'Russia\'s defence ministry said on Saturday that its forces had repelled Ukrainian attacks near Verbove in the Zaporizhzhia region.\n\n' +
  'Western analysts said Ukrainian troops had gained ground near Verbove over the past week.\n';

function records(docs: { id: string; text: string }[]): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const d of docs) {
    const analysis = analyze({ id: d.id, text: d.text, published: '2023-09-02T16:00:00Z', source: d.id }, { budget: false });
    analysis.claims.forEach((_, i) => {
      out.push({ ...extractClaimFacts(analysis, i), id: `${d.id}#${i}`, documentId: d.id, index: i, source: d.id, outlet: d.id, textOf: d.id, published: '2023-09-02T16:00:00Z' });
    });
  }
  return out;
}

test('status golden: the ministry against analysts without a side in the same story is no dispute', () => {
  const rs = records([{ id: 'wire', text: WIRE }]);
  // the facts are there: both statements are read
  assert.ok(rs.some((r) => r.statuses.some((s) => s.topic === 'advance' && s.polarity < 0)), JSON.stringify(rs.map((r) => r.statuses)));
  assert.ok(rs.some((r) => r.statuses.some((s) => s.topic === 'advance' && s.polarity > 0)), JSON.stringify(rs.map((r) => r.statuses)));
  const status = compareClaims(rs).disputes.filter((d) => d.kind === 'status');
  assert.deepEqual(status.map((d) => d.explanation), []);
});
