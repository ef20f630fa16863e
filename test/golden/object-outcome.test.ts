/**
 * Golden test of object outcome disputes (src/compare/object-outcome.ts, lane fate10): what an attack
 * did to one object — a ship damaged or destroyed, a crew alive or lost, a railway undamaged or a
 * train on it destroyed — told incompatibly by two sides (test/golden/fate10/, see its README). Each
 * text goes through the real analyzer, every claim through `extractClaimFacts`, all of them through
 * `compareClaims`. The expected disputes and must-not pairs were decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/fate10/', import.meta.url));

const DOCS = [
  { id: 'ru-mod-yamal', published: '2024-03-24T09:00:00Z', author: 'Министерство обороны Российской Федерации' },
  { id: 'uk-navy-yamal', published: '2024-03-25T18:00:00Z', author: 'Військово-Морські Сили ЗСУ' },
  { id: 'en-wire-yamal', published: '2024-03-24T12:00:00Z', outlet: 'Wire' },
  { id: 'ru-channel-kotov', published: '2024-03-05T08:00:00Z', author: 'Рыбарь' },
  { id: 'uk-navy-kotov', published: '2024-03-05T12:00:00Z', outlet: 'Ukrinform' },
  { id: 'en-wire-rail', published: '2024-06-03T15:00:00Z', outlet: 'Wire' },
  { id: 'en-wire-millerovo', published: '2024-06-10T15:00:00Z', outlet: 'Wire' },
];

let cached: { records: ClaimRecord[]; disputes: Dispute[] } | null = null;
function run(): { records: ClaimRecord[]; disputes: Dispute[] } {
  if (cached) return cached;
  const records = goldenRecords(DIR, DOCS);
  return (cached = { records, disputes: compareClaims(records).disputes });
}

/** The object outcome disputes (topic key `object:`). */
const objectDisputes = (): Dispute[] => run().disputes.filter((d) => d.topic.key.startsWith('object:'));
/** The documents of each side of `d`, each list sorted. */
const docsBySide = (d: Dispute): string[][] => d.sides.map((s) => [...new Set(s.claims.map((c) => c.split('#')[0]!))].sort());
const all = (): string => JSON.stringify(objectDisputes().map((d) => [d.explanation, docsBySide(d)]));

test('a named ship: destroyed (Ukraine) against damaged (Russia); the same side\'s earlier "damaged" is no dispute', () => {
  const found = objectDisputes().filter((d) => docsBySide(d).flat().some((x) => x.includes('yamal')));
  assert.equal(found.length, 1, all());
  const d = found[0]!;
  assert.equal(d.kind, 'figures');
  assert.deepEqual(docsBySide(d), [['uk-navy-yamal'], ['ru-mod-yamal']], all());
});

test('a crew: alive (a Russian channel) against heavy losses (Ukraine\'s navy), the ship named in two languages and cases', () => {
  const found = objectDisputes().filter((d) => docsBySide(d).flat().some((x) => x.includes('kotov')));
  assert.equal(found.length, 1, all());
  assert.deepEqual(docsBySide(found[0]!).flat().sort(), ['ru-channel-kotov', 'uk-navy-kotov']);
});

test('a rail shipment destroyed against a railway undamaged at one town; another town\'s intact railway stays out', () => {
  const found = objectDisputes().filter((d) => docsBySide(d).flat().includes('en-wire-rail'));
  assert.equal(found.length, 1, all());
  const d = found[0]!;
  assert.equal(d.topic.placeName, 'Melitopol');
  const texts = d.sides.flatMap((s) => s.claims.map((c) => run().records.find((r) => r.id === c)!.content)).join(' | ');
  assert.ok(!/Berdiansk/.test(texts), texts);
});

test('must not: a depot destroyed and planes intact at one air base are two objects', () => {
  assert.equal(objectDisputes().filter((d) => docsBySide(d).flat().includes('en-wire-millerovo')).length, 0, all());
});
