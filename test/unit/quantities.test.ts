/**
 * Table-driven tests for the quantities stage. Each row is an input text and the quantities
 * expected in it (value, high, bound, unit, vague and the exact span text), checked by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc, Pipeline } from '../../src/analyze/index.js';
import { textStage } from '../../src/analyze/text/index.js';
import { findQuantities } from '../../src/analyze/quantities/index.js';
import type { Bound } from '../../src/analyze/types.js';

interface Expected {
  text: string;
  value: number;
  bound: Bound;
  unit: string | null;
  high?: number;
  vague?: boolean;
}

const q = (text: string, value: number, bound: Bound, unit: string | null, extra: Partial<Expected> = {}): Expected =>
  ({ text, value, bound, unit, ...extra });

const CASES: [string, Expected[]][] = [
  ['Around 1,000 troops, 11 tanks and more than 20 armoured vehicles entered the town.', [
    q('Around 1,000 troops', 1000, 'approx', 'troops'),
    q('11 tanks', 11, 'exact', 'tanks'),
    q('more than 20 armoured vehicles', 20, 'more_than', 'armoured_vehicles'),
  ]],
  ['Around 1,000 Ukrainian troops and 20 armoured combat vehicles crossed.', [
    q('Around 1,000 Ukrainian troops', 1000, 'approx', 'troops'),
    q('20 armoured combat vehicles', 20, 'exact', 'armoured_vehicles'),
  ]],
  ['Two hundred soldiers were sent.', [q('Two hundred soldiers', 200, 'exact', 'troops')]],
  ['They launched a dozen drones overnight.', [q('a dozen drones', 12, 'exact', 'drones')]],
  ['The plant makes 1.5 million shells a year.', [q('1.5 million shells', 1_500_000, 'exact', 'shells')]],
  ['Russia has massed up to 40 tanks near the village.', [q('up to 40 tanks', 40, 'at_most', 'tanks')]],
  ['Officials said at least twelve people were killed.', [q('at least twelve people', 12, 'at_least', 'killed')]],
  ['Between 30 and 40 civilians were evacuated by bus.', [
    q('Between 30 and 40 civilians', 30, 'range', 'evacuated', { high: 40 }),
  ]],
  ['The shelling hit between 30 and 40 civilians in the queue.', [
    q('between 30 and 40 civilians', 30, 'range', 'civilians', { high: 40 }),
  ]],
  ['They sent dozens of drones.', [q('dozens of drones', 12, 'at_least', 'drones', { vague: true })]],
  ['The strike killed 5 men and wounded another 12.', [
    q('5 men', 5, 'exact', 'killed'),
    q('another 12', 12, 'exact', 'wounded'),
  ]],
  ['The attackers killed 5 men and injured another 12.', [
    q('5 men', 5, 'exact', 'killed'),
    q('another 12', 12, 'exact', 'wounded'),
  ]],
  ['Ukrainian forces advanced 3 km.', [q('3 km', 3, 'exact', 'km')]],
  ['They took control of an area of 120 square kilometres.', [q('120 square kilometres', 120, 'exact', 'km2')]],
  ['Troops pushed 5km forward and took 10 km² of land.', [
    q('5km', 5, 'exact', 'km'),
    q('10 km²', 10, 'exact', 'km2'),
  ]],
  ['Some 3,000 civilians fled.', [q('Some 3,000 civilians', 3000, 'approx', 'civilians')]],
  ['Nearly 40 tanks were lost.', [q('Nearly 40 tanks', 40, 'less_than', 'tanks')]],
  ['Fewer than 50 soldiers remain.', [q('Fewer than 50 soldiers', 50, 'less_than', 'troops')]],
  ['They fired no fewer than 10 UAVs.', [q('no fewer than 10 UAVs', 10, 'at_least', 'drones')]],
  ['Upwards of 300 servicemen surrendered.', [q('Upwards of 300 servicemen', 300, 'more_than', 'troops')]],
  ['As many as 25 howitzers were delivered.', [q('As many as 25 howitzers', 25, 'at_most', 'artillery')]],
  ['Between 20-30 infantry fighting vehicles were destroyed.', [
    q('Between 20-30 infantry fighting vehicles', 20, 'range', 'armoured_vehicles', { high: 30 }),
  ]],
  ['20 to 30 armored personnel carriers moved north.', [
    q('20 to 30 armored personnel carriers', 20, 'range', 'armoured_vehicles', { high: 30 }),
  ]],
  ['Five people were killed and 12 wounded.', [
    q('Five people', 5, 'exact', 'killed'),
    q('12 wounded', 12, 'exact', 'wounded'),
  ]],
  ['Hundreds were killed in the siege.', [q('Hundreds', 100, 'at_least', 'killed', { vague: true })]],
  ['Tens of thousands of people fled west.', [
    q('Tens of thousands of people', 10_000, 'at_least', 'people', { vague: true }),
  ]],
  ['The convoy had 11 Russian T-72 tanks.', [q('11 Russian T-72 tanks', 11, 'exact', 'tanks')]],
  ['They captured 20 soldiers and 5 tanks.', [
    q('20 soldiers', 20, 'exact', 'captured'),
    q('5 tanks', 5, 'exact', 'tanks'),
  ]],
  ['The death toll rose to 40.', [q('40', 40, 'exact', 'killed')]],
  ['Kyiv pledged $1.5 billion and €20m in aid.', [
    q('$1.5 billion', 1_500_000_000, 'exact', 'usd'),
    q('€20m', 20_000_000, 'exact', 'eur'),
  ]],
  ['Turnout fell to 32%.', [q('32%', 32, 'exact', 'percent')]],
  ['1,000+ troops arrived, 20 tanks or more.', [
    q('1,000+ troops', 1000, 'at_least', 'troops'),
    q('20 tanks or more', 20, 'at_least', 'tanks'),
  ]],
  ['twenty-five tanks and one hundred and fifty POWs', [
    q('twenty-five tanks', 25, 'exact', 'tanks'),
    q('one hundred and fifty POWs', 150, 'exact', 'prisoners'),
  ]],
  ['He counted 1 000 troops and 1,000 155mm shells.', [
    q('1 000 troops', 1000, 'exact', 'troops'),
    q('1,000 155mm shells', 1000, 'exact', 'shells'),
  ]],
  ['tanks — 8,900 (+12)', [q('tanks — 8,900', 8900, 'exact', 'tanks')]],
  ['Several villages were retaken.', [q('Several villages', 3, 'at_least', 'settlements', { vague: true })]],
  ['Twenty-two settlements and a 10-km stretch of road.', [
    q('Twenty-two settlements', 22, 'exact', 'settlements'),
    q('10-km', 10, 'exact', 'km'),
  ]],
  ['Russia launched 40 Shahed drones and 5 artillery shells hit the depot.', [
    q('40 Shahed drones', 40, 'exact', 'drones'),
    q('5 artillery shells', 5, 'exact', 'shells'),
  ]],
  ['Moscow claimed over 400,000 Ukrainian casualties.', [
    q('over 400,000 Ukrainian casualties', 400_000, 'more_than', 'casualties'),
  ]],
  ['Several hundred soldiers and a few thousand civilians stayed.', [
    q('Several hundred soldiers', 300, 'at_least', 'troops', { vague: true }),
    q('a few thousand civilians', 2000, 'at_least', 'civilians', { vague: true }),
  ]],
  ['Over the past 24 hours, 57 combat clashes took place.', [q('57 combat clashes', 57, 'exact', 'clashes')]],
  // A part of a whole takes the whole's unit ("31 of 35 drones"); the part's span stays its own.
  ['31 of 35 drones were shot down.', [
    q('31', 31, 'exact', 'drones'),
    q('35 drones', 35, 'exact', 'drones'),
  ]],
  ['Russia lost 1,000 of its troops in the battle.', [q('1,000 of its troops', 1000, 'exact', 'troops')]],
  ['12 of the 20 soldiers were killed.', [
    q('12', 12, 'exact', 'killed'),
    q('20 soldiers', 20, 'exact', 'killed'),
  ]],
  ['Dozens of their soldiers were wounded.', [
    q('Dozens of their soldiers', 12, 'at_least', 'wounded', { vague: true }),
  ]],
  // "over" after take/hand/turn is the verb's particle, not a bound.
  ['They took over 3 villages.', [q('3 villages', 3, 'exact', 'settlements')]],
  ['Kyiv handed over 20 prisoners and turned over 5 bodies.', [
    q('20 prisoners', 20, 'exact', 'prisoners'),
    q('5 bodies', 5, 'exact', 'bodies'),
  ]],
  ['Over 3 villages were taken over.', [q('Over 3 villages', 3, 'more_than', 'settlements')]],
  // Equipment type names as units (data/equipment-types.tsv).
  ['Ukraine received 4 F-16s; 2 Su-34s and 3 Ka-52s were downed.', [
    q('4 F-16s', 4, 'exact', 'aircraft'),
    q('2 Su-34s', 2, 'exact', 'aircraft'),
    q('3 Ka-52s', 3, 'exact', 'helicopters'),
  ]],
  ['Germany sent 5 Leopard 2 tanks and 12 HIMARS.', [
    q('5 Leopard 2 tanks', 5, 'exact', 'tanks'),
    q('12 HIMARS', 12, 'exact', 'mlrs'),
  ]],
  ['They fielded 4 F-16 fighter jets and 3 Bradley fighting vehicles.', [
    q('4 F-16 fighter jets', 4, 'exact', 'aircraft'),
    q('3 Bradley fighting vehicles', 3, 'exact', 'armoured_vehicles'),
  ]],
  ['Russia has 2 S-300s, 3 Patriot systems and 6 Lancets.', [
    q('2 S-300s', 2, 'exact', 'air_defence'),
    q('3 Patriot systems', 3, 'exact', 'air_defence'),
    q('6 Lancets', 6, 'exact', 'drones'),
  ]],
  // A type designation's number is no count ("Mi-8", "Tu-22M3", "Kh-101", "S-300", "M142"); a count
  // standing before a designation counts it (expected values written by hand).
  ['A Mi-8 helicopter was shot down over Donetsk.', []],
  ['A Tu-22M3 bomber and an Il-76 transport were downed.', []],
  ['Kh-101 and Kh-22 missiles, an Iskander-M and an S-300 were fired.', []],
  ['The HIMARS M142 launcher and an Orlan-10 drone were hit.', []],
  ['A MiG-29 and two T-72B3 tanks were hit.', [q('two T-72B3 tanks', 2, 'exact', 'tanks')]],
  ['Ukraine shot down two Su-34 and 3 Ka-52.', [
    q('two Su-34', 2, 'exact', 'aircraft'),
    q('3 Ka-52', 3, 'exact', 'helicopters'),
  ]],
  // Evacuated and displaced people: one unit id whatever the wording.
  ['30 civilians were evacuated.', [q('30 civilians', 30, 'exact', 'evacuated')]],
  ['Rescuers evacuated 30 civilians.', [q('30 civilians', 30, 'exact', 'evacuated')]],
  ['30 civilians have been safely evacuated.', [q('30 civilians', 30, 'exact', 'evacuated')]],
  ['Some 3,000 residents had to be evacuated.', [q('Some 3,000 residents', 3000, 'approx', 'evacuated')]],
  ['30 evacuees arrived.', [q('30 evacuees', 30, 'exact', 'evacuated')]],
  ['The shelling displaced 3,000 residents and 2,000 internally displaced people left.', [
    q('3,000 residents', 3000, 'exact', 'displaced'),
    q('2,000 internally displaced people', 2000, 'exact', 'displaced'),
  ]],
  // Negatives: nothing is a claimed quantity here.
  ['Russian forces took over the town.', []],
  ['Leopard 2 tanks and PzH 2000 howitzers arrived.', []],
  ['Three of the town\'s buildings were hit.', []],
  ['Dozens of them were killed.', []],
  ['No one was hurt.', []],
  ['The war escalated in 2022.', []],
  ['The blast came at 3 a.m.', []],
  ['The 47th Brigade held the line.', []],
  ['Talks resumed on 5 August.', []],
  ['Brigade 93 and the 93 Brigade rotated out.', []],
  ['Call +380 44 123 4567 for help.', []],
  ['An Su-25 crashed; one of the pilots survived.', []],
  ['A 12-year-old boy was hurt after a 3-day truce.', []],
  ['1. Situation overview', []],
  ['The two sides met in Istanbul.', []],
];

for (const [input, expected] of CASES) {
  test(`quantities: ${input}`, () => {
    const a = analyze({ id: 't', text: input });
    const got = a.quantities.map((x) => {
      const o: Expected = { text: x.text, value: x.value, bound: x.bound, unit: x.unit };
      if (x.high !== null && x.high !== undefined) o.high = x.high;
      if (x.vague) o.vague = true;
      return o;
    });
    assert.deepEqual(got, expected);
    for (const x of a.quantities) {
      assert.equal(input.slice(x.start, x.end), x.text, 'span must match the text');
      assert.equal(x.why.stage, 'quantities');
    }
  });
}

test('quantities: claim index is the claim whose content holds the quantity', () => {
  const text = 'The ministry said that 40 tanks were destroyed. Separately, 12 drones flew over.';
  const doc = analyzeDoc({ id: 't', text }, { pipeline: new Pipeline([textStage]) });
  const cStart = text.indexOf('40 tanks');
  const cEnd = text.indexOf('.');
  doc.claims = [{
    kind: 'indirect', speaker: null, cue: null, anchor: 0,
    content: [{ start: cStart, end: cEnd, text: text.slice(cStart, cEnd) }],
    why: { stage: 'test', rule: 'test' },
  }];
  findQuantities(doc);
  assert.deepEqual(doc.quantities.map((x) => [x.text, x.claim]), [['40 tanks', 0], ['12 drones', null]]);
});
