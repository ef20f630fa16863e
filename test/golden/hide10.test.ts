/**
 * Golden test (lane hide10): a pair can agree on who struck and dispute what was hit; both show.
 * The struck side's second official names the doer in one phrase («теракт росіян») and the object
 * hit in another («Удар по дев'ятиповерхівці»): that claim still stands on the civilian side of the
 * dispute over what the strike hit, beside a rescue service's toll and the first official's account
 * (test/golden/hide10/, see its README). Expected values decided by hand before the program ran.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { Agreement, ClaimRecord, Dispute } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/hide10/', import.meta.url));

const DOCS = [
  { id: 'kramatorsk-ova', published: '2025-06-03T18:30:00Z', author: 'Донецька ОВА' },
  { id: 'kramatorsk-op', published: '2025-06-03T20:00:00Z', author: 'Андрій Єрмак' },
  { id: 'kramatorsk-dsns', published: '2025-06-04T07:00:00Z', author: 'ДСНС України' },
  { id: 'kramatorsk-mod', published: '2025-06-04T09:00:00Z', author: 'Министерство обороны Российской Федерации' },
  { id: 'kostiantynivka-kyiv', published: '2025-05-06T10:00:00Z', outlet: 'Reuters' },
  { id: 'kostiantynivka-moscow', published: '2025-05-06T12:00:00Z', outlet: 'Reuters' },
  { id: 'toropets-genstaff', published: '2024-09-18T08:00:00Z', author: 'Генеральний штаб ЗСУ' },
  { id: 'toropets-governor', published: '2024-09-18T06:00:00Z', author: 'Игорь Руденя' },
];

let cached: { records: ClaimRecord[]; disputes: Dispute[]; agreements: Agreement[] } | null = null;
function run(): { records: ClaimRecord[]; disputes: Dispute[]; agreements: Agreement[] } {
  if (cached) return cached;
  const records = goldenRecords(DIR, DOCS);
  const r = compareClaims(records);
  return (cached = { records, disputes: r.disputes, agreements: r.agreements ?? [] });
}
const on = (claims: readonly string[], doc: string): boolean => claims.some((c) => c.startsWith(`${doc}#`));
const show = (): string => JSON.stringify(run().disputes.map((d) => [d.reason, d.topic.placeName, d.sides.map((s) => s.claims)]));

/** The target disputes whose civilian side holds a claim of `civil` and military side one of `military`. */
function targets(civil: string, military: string, doer: string): Dispute[] {
  return run().disputes.filter((d) => d.reason === 'target'
    && d.sides.some((s) => s.position.startsWith(`done by ${doer}: a civilian`) && on(s.claims, civil))
    && d.sides.some((s) => s.position.startsWith(`done by ${doer}: a military`) && on(s.claims, military)));
}

test('hide10 (uk/ru): the second official\'s «удар по дев\'ятиповерхівці ... теракт росіян» stands on the civilian side against the ministry\'s military object', () => {
  const found = targets('kramatorsk-op', 'kramatorsk-mod', 'RU');
  assert.equal(found.length, 1, show());
  const d = found[0]!;
  assert.equal(d.kind, 'responsibility');
  const civil = d.sides.find((s) => s.position.includes('a civilian'))!;
  assert.ok(on(civil.claims, 'kramatorsk-ova'), JSON.stringify(civil.claims));
  assert.ok(!on(civil.claims, 'kramatorsk-mod'));
  // the rescue service's toll names no doer and no object: no side of it
  assert.ok(!d.sides.some((s) => on(s.claims, 'kramatorsk-dsns')));
});

test('hide10 (uk/ru): the agreement that Russia struck Kramatorsk shows beside the target dispute', () => {
  const a = run().agreements.filter((x) => x.kind === 'responsibility' && on(x.side.claims, 'kramatorsk-mod') && (on(x.side.claims, 'kramatorsk-op') || on(x.side.claims, 'kramatorsk-ova')));
  assert.equal(a.length, 1, JSON.stringify(run().agreements.map((x) => [x.topic.placeName, x.side.position, x.side.claims])));
  assert.match(a[0]!.side.position, /^done by RU/);
});

test(`hide10 (en): the minister's apartment block and the second official's "strike on this apartment building ... terrorist attack by the Russians" against a military target in Kostiantynivka`, () => {
  const found = targets('kostiantynivka-kyiv', 'kostiantynivka-moscow', 'RU');
  assert.equal(found.length, 1, show());
  const civil = found[0]!.sides.find((s) => s.position.includes('a civilian'))!;
  // both officials' claims (the minister's, then Yermak's quote), not the rescuers' toll
  assert.deepEqual(civil.speakers.map((x) => x.name).sort(), ['Andriy Yermak', 'Ihor Klymenko'], JSON.stringify(civil));
});

test('hide10 must-not (uk/ru): both sides say an ammunition depot in Toropets was hit: no target dispute', () => {
  const d = run().disputes.filter((x) => x.reason === 'target' && x.sides.some((s) => on(s.claims, 'toropets-genstaff') || on(s.claims, 'toropets-governor')));
  assert.equal(d.length, 0, show());
});
