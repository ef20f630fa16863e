/**
 * Table-driven tests for responsibility rolled up the place hierarchy (lane facts2, issue 9): one
 * side names only the region ("shot the plane down over the Belgorod region"), the other names a
 * town or village in it ("the plane came down near Korocha"), each blaming the other: one incident
 * named at two levels, a responsibility dispute at the region. Two doers each named only for the
 * whole region, or at two different towns of it, stay two events (real channel posts: drones over
 * the Kursk region one night, a strike on positions in it another day). The texts are written for
 * this test in the way wire copy words such accusations; the expected values were decided by hand
 * from the language before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords } from './fact-labels.js';

const records = claimRecords;

/** The responsibility disputes among the records of `docs`, each as its sides' known speaker sides. */
function disputes(docs: [string, string, string][]): string[][] {
  const recs = docs.flatMap(([id, text, published]) => records(id, text, published));
  return compareClaims(recs).disputes.filter((d) => d.kind === 'responsibility')
    .map((d) => d.sides.map((s) => [...new Set(s.speakers.map((x) => x.side).filter(Boolean))].sort().join()).sort());
}

const REGION_RU = 'MOSCOW, March 10 (Reuters) - Russia\'s defence ministry accused Ukraine on Sunday of shooting down a military transport plane over the Belgorod region.';
const TOWN_UA = 'KYIV, March 10 (Reuters) - Ukraine\'s General Staff accused Russian air defence of downing the plane near Korocha.';

test('one incident named at two levels (the region by one side, a town in it by the other), each blaming the other: a responsibility dispute', () => {
  assert.deepEqual(disputes([['ru', REGION_RU, '2024-03-10T12:00:00Z'], ['ua', TOWN_UA, '2024-03-10T18:00:00Z']]), [['RU', 'UA']]);
});

test('no roll-up: both sides only at the whole region, or at two different towns of it', () => {
  const rows: [string, string][] = [
    // both name only the region: two doers for a whole region are two sides' strikes there
    [REGION_RU, 'KYIV, March 10 (Reuters) - Ukraine\'s General Staff accused Russia of shelling border villages in the Belgorod region.'],
    // two towns of one region: two events
    ['MOSCOW, March 10 (Reuters) - Russia\'s defence ministry accused Ukraine of shelling Shebekino on Sunday.', TOWN_UA],
    // towns of several regions: a summary of many strikes, not one incident in this region (real posts:
    // a president's "strike drones against more than ten of our regions" with Kharkiv, Odesa, Zaporizhzhia
    // against a ministry's strongholds destroyed "in the Kharkiv region")
    [REGION_RU, 'KYIV, March 10 (Reuters) - Ukraine\'s General Staff accused Russian air defence of downing planes near Korocha, Kursk and Bryansk.'],
  ];
  for (const [a, b] of rows) assert.deepEqual(disputes([['ru', a, '2024-03-10T12:00:00Z'], ['ua', b, '2024-03-10T18:00:00Z']]), [], b);
});

test('review4 #3: no roll-up between claims more than a day apart, or naming different weapons or targets', () => {
  const rows: [[string, string], [string, string]][] = [
    // the reviewer's pair: drones over the region overnight against aircraft bombing a town of it the next day
    [["MOSCOW, June 3 (Reuters) - Russia's defence ministry accused Ukraine on Monday of attacking the Belgorod region with drones overnight.", '2024-06-03T08:00:00Z'],
      ["KYIV, June 4 (Reuters) - Ukraine's General Staff accused Russian aircraft of bombing Shebekino.", '2024-06-04T10:00:00Z']],
    // the same day, artillery at the region against a missile at a town of it
    [["MOSCOW, June 3 (Reuters) - Russia's defence ministry accused Ukraine of shelling the Belgorod region with artillery.", '2024-06-03T08:00:00Z'],
      ["KYIV, June 3 (Reuters) - Ukraine's General Staff accused Russia of striking Shebekino with a missile.", '2024-06-03T18:00:00Z']],
    // the plane over the region against the plane at a town of it, three days apart
    [[REGION_RU, '2024-03-10T12:00:00Z'], [TOWN_UA, '2024-03-13T18:00:00Z']],
  ];
  for (const [[a, pa], [b, pb]] of rows) assert.deepEqual(disputes([['ru', a, pa], ['ua', b, pb]]), [], b);
});
