/**
 * Golden test of the responsibility, cause and figures disputes of issue 9 on short retellings of
 * four real incidents (test/golden/blame/, see its README), in English, Russian and Ukrainian: each
 * text goes through the real analyzer, every claim through `extractClaimFacts`, all of them through
 * `compareClaims`. The expected disputes were decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/blame/', import.meta.url));

const DOCS = [
  { id: 'mariupol-uk', published: '2022-03-16T15:35:00Z', outlet: 'Ukrinform' },
  { id: 'mariupol-ru', published: '2022-03-16T19:55:00Z', outlet: 'TASS' },
  { id: 'kramatorsk-ua', published: '2022-04-08T09:00:00Z', outlet: 'Wire' },
  { id: 'kramatorsk-ru', published: '2022-04-08T15:10:00Z', outlet: 'TASS' },
  { id: 'saky-ru', published: '2022-08-09T15:05:00Z', outlet: 'RIA Novosti' },
  { id: 'saky-ua', published: '2022-08-10T19:40:00Z', outlet: 'Ukrinform' },
  { id: 'okhmatdyt', published: '2024-07-08T18:05:00Z', outlet: 'AP' },
];

let cached: { records: ClaimRecord[]; disputes: Dispute[] } | null = null;
function run(): { records: ClaimRecord[]; disputes: Dispute[] } {
  if (cached) return cached;
  const records = goldenRecords(DIR, DOCS);
  return (cached = { records, disputes: compareClaims(records).disputes });
}

/** The documents on each side of a dispute, sorted. */
function docsOf(d: Dispute): string[][] {
  return d.sides.map((s) => [...new Set(s.claims.map((c) => c.split('#')[0]!))].sort());
}

/** The disputes of one kind whose sides include these two documents on different sides. */
function find(kind: string, a: string, b: string): Dispute[] {
  return run().disputes.filter((d) => d.kind === kind && docsOf(d).some((x) => x.includes(a)) && docsOf(d).some((x) => x.includes(b)) && !docsOf(d).some((x) => x.includes(a) && x.includes(b)));
}

test('responsibility across languages: a Russian aircraft bombed the theatre (uk) / no Russian strikes, Azov blew it up (ru)', () => {
  const [d, ...more] = find('responsibility', 'mariupol-uk', 'mariupol-ru');
  assert.ok(d, 'a responsibility dispute between the Ukrainian and the Russian text');
  assert.equal(more.length, 0);
  assert.equal(d.topic.placeName, 'Mariupol');
  const ru = d.sides.find((s) => s.claims.some((c) => c.startsWith('mariupol-ru')))!;
  assert.ok(ru.speakers.every((s) => s.side === 'RU'), JSON.stringify(ru.speakers));
  const ua = d.sides.find((s) => s.claims.some((c) => c.startsWith('mariupol-uk')))!;
  assert.ok(ua.speakers.every((s) => s.side === 'UA'), JSON.stringify(ua.speakers));
});

test('responsibility: the occupiers struck the station (governor) / Ukrainian forces fired on it (Pushilin)', () => {
  const [d] = find('responsibility', 'kramatorsk-ua', 'kramatorsk-ru');
  assert.ok(d, 'a responsibility dispute at Kramatorsk');
  assert.equal(d.topic.placeName, 'Kramatorsk');
  assert.deepEqual(d.sides.map((s) => s.position.slice(0, 10)).sort(), ['done by RU', 'done by UA']);
});

test('cause: munitions detonated (Russian ministry, dateline MOSCOW) / a Ukrainian strike (Ukrainian official)', () => {
  const [d] = find('cause', 'saky-ru', 'saky-ua');
  assert.ok(d, 'a cause dispute at Saky');
  assert.equal(d.topic.placeName, 'Saky');
  assert.equal(run().disputes.filter((x) => x.topic.placeName === 'Moscow').length, 0, 'nothing placed in Moscow');
});

test('figures: the aviation equipment was not damaged (0) / nine Russian aircraft destroyed', () => {
  const [d] = find('figures', 'saky-ru', 'saky-ua');
  assert.ok(d, 'a figures dispute at Saky');
  assert.deepEqual(d.sides.map((s) => s.interval).sort((x, y) => x![0] - y![0]), [[0, 0], [9, 9]]);
});

test('not figures disputes: the dead at the hospital, in the city and across the country are different tallies', () => {
  const bad = run().disputes.filter((d) => d.kind === 'figures' && d.sides.some((s) => s.claims.some((c) => c.startsWith('okhmatdyt'))));
  assert.deepEqual(bad.map((d) => d.sides.map((s) => s.position)), []);
  // the three figures are read (the test can fail for the right reason)
  const figs = run().records.filter((r) => r.documentId === 'okhmatdyt').flatMap((r) => r.quantities.map((q) => `${q.value}:${q.scope ?? '-'}`)).sort();
  assert.deepEqual(figs, ['27:-', '2:site', '40:country']);
});
