/**
 * Golden test of responsibility and cause disputes on short retellings of three real incidents
 * (test/golden/blame2/, see its README): a cross-language denial that names the other side, each
 * side blaming the other with a weapon's owner, and a strike in a third country with three parties.
 * Each text goes through the real analyzer, every claim through `extractClaimFacts`, all of them
 * through `compareClaims`. The expected disputes were decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/blame2/', import.meta.url));

const DOCS = [
  { id: 'mariupol-hospital-uk', published: '2022-03-09T16:20:00Z', outlet: 'Ukrinform' },
  { id: 'mariupol-hospital-ru', published: '2022-03-10T11:05:00Z', outlet: 'TASS' },
  { id: 'belgorod-2023-12', published: '2023-12-30T19:00:00Z', outlet: 'Reuters' },
  { id: 'poland-drones-2025', published: '2025-09-10T17:30:00Z', outlet: 'AP' },
];

let cached: { records: ClaimRecord[]; disputes: Dispute[] } | null = null;
function run(): { records: ClaimRecord[]; disputes: Dispute[] } {
  if (cached) return cached;
  const records = goldenRecords(DIR, DOCS);
  return (cached = { records, disputes: compareClaims(records).disputes });
}

/** The speakers' sides on each side of a dispute, each list sorted, the lists sorted. */
function speakerSides(d: Dispute): string[] {
  return d.sides.map((s) => [...new Set(s.speakers.map((x) => x.side ?? '?'))].sort().join('+')).sort();
}

/** The disputes of `kind` whose claims all come from document `doc`, or from the documents `docs`. */
function disputesOf(kind: string, ...docs: string[]): Dispute[] {
  return run().disputes.filter((d) => d.kind === kind && d.sides.every((s) => s.claims.every((c) => docs.includes(c.split('#')[0]!))) && docs.every((doc) => d.sides.some((s) => s.claims.some((c) => c.startsWith(`${doc}#`)))));
}

test('responsibility across languages: Russian troops struck the maternity hospital (uk) / no Russian strikes, a provocation of the Kyiv regime (ru)', () => {
  const found = disputesOf('responsibility', 'mariupol-hospital-uk', 'mariupol-hospital-ru');
  assert.equal(found.length, 1, JSON.stringify(run().disputes.map((d) => d.explanation)));
  const d = found[0]!;
  assert.equal(d.topic.placeName, 'Mariupol');
  // each side's positions ("done by UA (...); not done by RU (...)": positions that say the same thing
  // stand on one side, lane mends): Kyiv's "done by RU" against Moscow's denial and counter-blame
  const positions = d.sides.map((s) => s.position.split('; ').map((p) => p.split(' (')[0]).sort().join(' + ')).sort();
  assert.deepEqual(positions, ['done by RU', 'done by UA + not done by RU'], `the "provocation of the Kyiv regime" names Ukraine, beside the denial: ${positions.join('; ')}`);
  // every speaker whose side is known speaks for the side of its text
  for (const s of d.sides) assert.ok(s.speakers.every((x) => x.side === null || x.side === (s.claims[0]!.startsWith('mariupol-hospital-ru') ? 'RU' : 'UA')), JSON.stringify(s.speakers));
});

test('responsibility, each side blames the other: Ukraine fired rockets at Belgorod / Russian air defence missiles caused the damage', () => {
  const found = disputesOf('responsibility', 'belgorod-2023-12');
  assert.equal(found.length, 1, JSON.stringify(run().disputes.map((d) => d.explanation)));
  const d = found[0]!;
  assert.equal(d.topic.placeName, 'Belgorod');
  assert.deepEqual(d.sides.map((s) => s.position.split(' (')[0]).sort(), ['done by RU', 'done by UA']);
  assert.deepEqual(speakerSides(d), ['RU', 'UA']);
  // "Czech-made Vampire rockets": where they were built, not who fired them
  assert.ok(!run().records.some((r) => (r.events ?? []).some((e) => e.agentSide === 'CZ')));
});

test('three parties: Poland and Ukraine each against Russia over the drones, placed in Poland; Poland and Ukraine agree', () => {
  const found = disputesOf('responsibility', 'poland-drones-2025');
  assert.deepEqual(found.map(speakerSides).sort(), [['PL', 'RU'], ['RU', 'UA']], JSON.stringify(found.map((d) => d.explanation)));
  for (const d of found) {
    // in Poland: the country, or the province the text names (Lublin)
    assert.match(d.topic.place ?? '', /^(country:PL|region:PL-)/, String(d.topic.place));
    assert.deepEqual(d.sides.map((s) => s.position.split(' (')[0]).sort(), ['done by RU', 'not done by RU']);
  }
});

test('cause: "not an accident" (Zelensky), "a deliberate provocation" (Tusk) / the drones lost their course under jamming (Belarus)', () => {
  const found = disputesOf('cause', 'poland-drones-2025');
  assert.equal(found.length, 1, JSON.stringify(run().disputes.map((d) => d.explanation)));
  const d = found[0]!;
  const bySide = Object.fromEntries(d.sides.map((s) => [s.position.split(' (')[0], s.speakers.map((x) => x.side).join(',')]));
  // (lane doer10) Tusk's "deliberate provocation" says the drones were sent on purpose: an attack, as the
  // benchmark's poland-drones-pl-by reads Poland's side against Belarus's lost course
  assert.deepEqual(bySide, { 'an accident': 'BY', 'an attack': 'PL,UA' });
});
