/**
 * Golden test of claims placed at a facility rather than a settlement (test/golden/facility/, see its
 * README): the Kakhovka dam's destruction told in Ukrainian, Russian and English, none naming Nova
 * Kakhovka, and a strike on another dam (the Dnipro HPP) the same day as a trap. Each text goes
 * through the real analyzer, every claim through `extractClaimFacts`, all of them through
 * `compareClaims`. The expected disputes were decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/facility/', import.meta.url));

const DOCS = [
  { id: 'kakhovka-uk', published: '2023-06-06T08:30:00Z', outlet: 'Ukrinform' },
  { id: 'kakhovka-ru', published: '2023-06-06T10:30:00Z', outlet: 'TASS' },
  { id: 'kakhovka-en', published: '2023-06-06T15:00:00Z', outlet: 'Wire' },
  { id: 'dnipro-hpp-en', published: '2023-06-06T16:00:00Z', outlet: 'Wire' },
];

let cached: { records: ClaimRecord[]; disputes: Dispute[] } | null = null;
function run(): { records: ClaimRecord[]; disputes: Dispute[] } {
  if (cached) return cached;
  const records = goldenRecords(DIR, DOCS);
  return (cached = { records, disputes: compareClaims(records).disputes });
}

const docOf = (claim: string): string => claim.split('#')[0]!;

test('facility golden, must not: no dispute joins the Dnipro dam with the Kakhovka dam; no Kakhovka claim at Kakhovka town or Dnipro', () => {
  const { records, disputes } = run();
  for (const d of disputes) {
    const docs = new Set(d.sides.flatMap((s) => s.claims.map(docOf)));
    assert.ok(!(docs.has('dnipro-hpp-en') && [...docs].some((x) => x.startsWith('kakhovka-'))), `a dispute joins the two dams: ${d.explanation}`);
  }
  for (const r of records) {
    if (!r.documentId.startsWith('kakhovka-')) continue;
    const names = r.places.map((p) => p.name);
    assert.ok(!names.includes('Kakhovka') && !names.includes('Dnipro'), `${r.id} "${r.content.slice(0, 60)}" placed at ${names.join(', ')}`);
  }
  // the Dnipro text's claims are at Zaporizhzhia, where the plant stands, not at the city of Dnipro
  const dnipro = records.filter((r) => r.documentId === 'dnipro-hpp-en' && r.places.length > 0);
  assert.ok(dnipro.length > 0 && dnipro.every((r) => r.places.every((p) => p.name !== 'Dnipro')), JSON.stringify(dnipro.map((r) => r.places.map((p) => p.name))));
});

test('facility golden: who destroyed the Kakhovka dam, Ukraine (uk, en) against Russia (ru, en), at Nova Kakhovka', () => {
  const found = run().disputes.filter((d) => d.kind === 'responsibility' && d.topic.placeName === 'Nova Kakhovka');
  assert.equal(found.length, 1, JSON.stringify(run().disputes.map((d) => d.explanation)));
  const d = found[0]!;
  assert.deepEqual(d.sides.map((s) => s.position.split(' (')[0]).sort(), ['done by RU', 'done by UA']);
  const docs = new Set(d.sides.flatMap((s) => s.claims.map(docOf)));
  assert.ok(docs.has('kakhovka-uk') && docs.has('kakhovka-ru'), [...docs].join(', '));
  assert.ok(!docs.has('dnipro-hpp-en'));
});
