/**
 * Table-driven tests for compare (src/compare/): intervals per bound, compatibility per bound pair,
 * speaker sides, status facts (polarity, negation, denial, subject side), topic keys, grouping by
 * place/day/unit, independence counting with reprints, region roll-ups. Expected values by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import type { Bound } from '../../src/analyze/types.js';
import {
  compareClaims,
  compatible,
  dayNumber,
  extractClaimFacts,
  intervalOf,
  phraseShown,
  positions,
  sideOfPhrase,
  statusConflict,
  topicKeys,
} from '../../src/compare/index.js';
import type { ClaimRecord, PlaceRef, QuantityFact, StatusFact } from '../../src/compare/index.js';

const OPT = { approxTolerance: 0.1, vagueUpperFactor: 10 };
type Q = { value: number; high?: number | null; bound: Bound; vague?: boolean };
const q = (value: number, bound: Bound, extra: Partial<Q> = {}): Q => ({ value, bound, ...extra });

test('intervalOf: the values each bound allows', () => {
  const rows: [Q, number, number, boolean, boolean][] = [
    [q(12, 'exact'), 12, 12, false, false],
    [q(1000, 'approx'), 900, 1100, false, false],
    [q(20, 'more_than'), 20, Infinity, true, false],
    [q(20, 'at_least'), 20, Infinity, false, false],
    [q(20, 'less_than'), 0, 20, false, true],
    [q(40, 'at_most'), 0, 40, false, false],
    [q(15, 'range', { high: 20 }), 15, 20, false, false],
    [q(12, 'exact', { vague: true }), 12, 120, false, true],
    [q(100, 'approx', { vague: true }), 100, 1000, false, true],
  ];
  for (const [input, lo, hi, loOpen, hiOpen] of rows) {
    assert.deepEqual(intervalOf(input, OPT), { lo, hi, loOpen, hiOpen }, JSON.stringify(input));
  }
});

test('intervalOf with whole numbers: open ends close on the next whole number', () => {
  const W = { ...OPT, integers: true };
  const rows: [Q, number, number][] = [
    [q(40, 'more_than'), 41, Infinity],
    [q(5, 'less_than'), 0, 4],
    [q(5, 'at_most'), 0, 5],
    [q(1000, 'approx'), 900, 1100],
    [q(15, 'approx'), 14, 16], // 13.5–16.5
    [q(12, 'exact', { vague: true }), 12, 119],
  ];
  for (const [input, lo, hi] of rows) assert.deepEqual(intervalOf(input, W), { lo, hi, loOpen: false, hiOpen: false }, JSON.stringify(input));
  // "fewer than 1" whole things: nothing but 0
  assert.deepEqual(intervalOf(q(1, 'less_than'), W), { lo: 0, hi: 0, loOpen: false, hiOpen: false });
});

test('compatible: every bound pair at its edges', () => {
  const rows: [Q, Q, boolean][] = [
    [q(10, 'exact'), q(10, 'exact'), true],
    [q(10, 'exact'), q(11, 'exact'), false],
    [q(10, 'exact'), q(10, 'at_least'), true],
    [q(10, 'exact'), q(10, 'more_than'), false],
    [q(10, 'exact'), q(10, 'at_most'), true],
    [q(10, 'exact'), q(10, 'less_than'), false],
    [q(9, 'exact'), q(10, 'less_than'), true],
    [q(1000, 'approx'), q(1100, 'exact'), true],
    [q(1000, 'approx'), q(1101, 'exact'), false],
    [q(1000, 'approx'), q(1200, 'approx'), true], // 900–1100 and 1080–1320 overlap
    [q(1000, 'approx'), q(1300, 'approx'), false], // 900–1100 and 1170–1430
    [q(10, 'at_least'), q(10, 'at_most'), true],
    [q(10, 'at_least'), q(10, 'less_than'), false],
    [q(10, 'more_than'), q(10, 'at_most'), false],
    [q(10, 'more_than'), q(11, 'at_most'), true],
    [q(10, 'more_than'), q(500, 'at_least'), true],
    [q(10, 'less_than'), q(3, 'at_most'), true],
    [q(15, 'range', { high: 20 }), q(20, 'exact'), true],
    [q(15, 'range', { high: 20 }), q(21, 'exact'), false],
    [q(15, 'range', { high: 20 }), q(18, 'range', { high: 30 }), true],
    [q(15, 'range', { high: 20 }), q(25, 'more_than'), false],
    [q(12, 'exact', { vague: true }), q(100, 'exact'), true], // "dozens" vs 100
    [q(100, 'exact', { vague: true }), q(12, 'exact'), false], // "hundreds" vs 12
  ];
  for (const [a, b, want] of rows) {
    assert.equal(compatible(intervalOf(a, OPT), intervalOf(b, OPT)), want, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    assert.equal(compatible(intervalOf(b, OPT), intervalOf(a, OPT)), want, `${JSON.stringify(b)} vs ${JSON.stringify(a)} (swapped)`);
  }
});

test('positions: fewest groups sharing a value', () => {
  const iv = (lo: number, hi: number) => ({ lo, hi, loOpen: false, hiOpen: false });
  // 140 | ≥200 | 180–220: two positions ({140}, {≥200, 180–220})
  const p = positions([iv(140, 140), iv(200, Infinity), iv(180, 220)]);
  assert.deepEqual(p.map((x) => x.members.sort()), [[0], [1, 2]]);
  assert.deepEqual(p[1]!.common, iv(200, 220));
  assert.equal(positions([iv(1, 5), iv(2, 6), iv(5, 9)]).length, 1);
  assert.equal(positions([]).length, 0);
});

test('speaker sides from data/actors.tsv and countries.tsv', () => {
  const rows: [string, string | null, boolean | null][] = [
    ["Russia's defence ministry", 'RU', true],
    ['Ukrainian officials', 'UA', true],
    ['officials in Kyiv', 'UA', true],
    ['Pro-war bloggers', 'RU', false],
    ['Dmitry Peskov', 'RU', true],
    ['the Kremlin', 'RU', true],
    ['Oleh Syniehubov, the governor of Kharkiv region', 'UA', true],
    ["the Russian-installed governor of Ukraine's Zaporizhzhia region", 'RU', true],
    // (lane side11) the country after "to" is the host of the post, not the side: the ambassador is Ukraine's
    ["Ukraine's ambassador to Russia", 'UA', true],
    ['Russia and Ukraine', null, null], // two countries, no post: unknown
    ['residents', null, false],
    ['a source', null, null],
    ['he', null, null],
    ['The General Staff', null, true], // no side word: unknown
    ['the Institute for the Study of War', 'ISW', false],
  ];
  for (const [phrase, side, official] of rows) {
    const got = sideOfPhrase(phrase);
    assert.equal(got.side, side, `${phrase}: side`);
    assert.equal(got.official, official, `${phrase}: official`);
  }
});

test('speaker sides of regional office holders: the country of the region in their title', () => {
  const rows: [string, (string | null)[]][] = [
    ['The governor of the Belgorod region, Pavel Sorokin, said on Monday that 12 houses were damaged.', ['RU']],
    ['Two people were wounded in Kupiansk, the head of the Kharkiv regional military administration, Taras Melnyk, said. The shelling lasted an hour, Melnyk wrote on Telegram.', ['UA', 'UA']],
    ['The governor, Pavel Sorokin, said on Monday that 12 houses were damaged.', [null]], // no region named: unknown
    ['A spokesman for the Sumy region, Taras Melnyk, said on Monday that 12 houses were damaged.', [null]], // spokesman is no regional office
  ];
  for (const [text, want] of rows) {
    const a = analyze({ id: 't', text, published: '2025-03-14T09:00:00Z' });
    assert.deepEqual(a.claims.map((_, i) => extractClaimFacts(a, i).speaker.side), want, text);
  }
});

/** Statuses of the claims of a text: [topic, polarity, subjectSide, denial] per claim. */
function statusesOf(text: string): [string, number, string | null, boolean][][] {
  const a = analyze({ id: 't', text, published: '2025-03-14T09:00:00Z' });
  return a.claims.map((_, i) => extractClaimFacts(a, i).statuses.map((s) => [s.topic, s.polarity, s.subjectSide, s.denial]));
}

test('status facts: topic, polarity, negation, denial and subject side', () => {
  const rows: [string, [string, number, string | null, boolean][]][] = [
    ['Russian forces captured the village of Robotyne, the ministry said.', [['control', 1, 'RU', false]]],
    ['Ukrainian troops withdrew from Avdiivka, the general said.', [['control', -1, 'UA', false]]],
    ['Russian troops did not capture Krynky, officials said.', [['control', -1, 'RU', false]]],
    ['The village remains under Ukrainian control, the governor said.', [['control', 1, 'UA', false]]],
    ["Russia's defence ministry said its forces had stopped the advance.", [['advance', -1, 'UA', false]]],
    ['Ukrainian forces repelled a Russian assault near Vovchansk, the army said.', [['advance', -1, 'RU', false]]],
    ['Russian units continued to advance near Pokrovsk, the ministry said.', [['advance', 1, 'RU', false]]],
    ['Officials said the situation remains fluid.', [['situation', -1, null, false]]],
    ['The governor said the situation is under control.', [['situation', 1, null, false]]],
    ['Moscow denied that its troops had withdrawn from Krynky.', [['control', 1, 'RU', true]]],
    ['The army said the reports of an attack on Kherson were fake.', [['attack', -1, null, true]]],
    ['The ministry denied the reports.', [['event', -1, null, true]]],
    ['Officials said many families had been denied asylum.', []],
    ['The ministry said the reports of a strike on Sumy were fabricated.', [['attack', -1, null, true]]],
    ['The Russian push towards the town had been halted, the colonel said.', [['advance', -1, 'RU', false]]],
    ['Russian advance on Kupiansk halted, officials say', [['advance', -1, 'RU', false]]],
    ['Officials said traffic on the bridge was halted.', []], // no operation noun: no status
    ["Russia's defence ministry said the enemy's attempt to break through had been thwarted.", [['advance', -1, 'UA', false]]],
    ['The spokesman said the Russian armed forces did not carry out any strikes on civilian targets.', [['attack', -1, 'RU', false]]],
    ['The Kremlin said the situation was under the full control of the military.', [['situation', 1, null, false]]],
    ['The channel wrote that the situation was not under control, it remains fluid.', [['situation', -1, null, false], ['situation', -1, null, false]]],
    ['Analysts said they had counted 4 abandoned vehicles.', []], // "abandoned" as an adjective is not a withdrawal
    // "we" in indirect speech is the reporter's side, not the quoted body's
    ["Russia's defence ministry claims that we lost control of the village.", [['control', -1, null, false]]],
    ['"We still hold the village," the Russian commander said.', [['control', 1, 'RU', false]]],
    // a number after "captured" counts prisoners; it says nothing about who holds the place
    ['Russian forces captured 20 Ukrainian soldiers near Bakhmut, officials said.', []],
    ['Russian forces captured a Ukrainian soldier near Bakhmut, officials said.', []],
    // one claim never carries both polarities of one topic: the reported part gives way to its own assertion
    ['"The mayor says the situation is calm and under control. It is not under control, it remains fluid," the channel wrote.', [['situation', -1, null, false], ['situation', -1, null, false]]],
    ['"Kyiv claimed the town was under control, but the situation remains fluid," the blogger wrote.', [['situation', -1, null, false]]],
    // "advanced ... and repelled counterattacks": the repelled advance is the other side's, not the subject's
    ['The ministry said its units advanced west of Brodivka and repelled three counterattacks.', [['advance', 1, null, false]]],
    // a claim saying both with nothing to tell them apart says neither
    ['The colonel said the situation was under control and remained fluid.', []],
  ];
  for (const [text, want] of rows) {
    const got = statusesOf(text);
    assert.equal(got.length, 1, `${text}: one claim (got ${got.length})`);
    assert.deepEqual(got[0], want, text);
  }
});

test('quantity facts: frame and the side of what is counted', () => {
  const rows: [string, [string, string, string, string | null][]][] = [
    ['The ministry said 11 Ukrainian tanks were destroyed and 300 troops crossed the river near Kupiansk.', [
      ['11 Ukrainian tanks', 'tanks', 'loss', 'UA'],
      ['300 troops', 'troops', 'count', null],
    ]],
    ['The ministry said its forces destroyed 7 tanks and 11 armoured vehicles of the Ukrainian army.', [
      ['7 tanks', 'tanks', 'loss', null],
      ['11 armoured vehicles', 'armoured_vehicles', 'loss', 'UA'],
    ]],
    ['Officials said 40 Russian soldiers were killed near Sudzha.', [['40 Russian soldiers', 'killed', 'event', 'RU']]],
    ['The army said 12 enemy drones were shot down overnight.', [['12 enemy drones', 'drones', 'loss', null]]],
    ['The colonel said Ukrainian units had lost no more than five armoured vehicles near Tetkino.', [['no more than five armoured vehicles', 'armoured_vehicles', 'loss', 'UA']]],
    ['Officials said Russian forces destroyed 7 tanks near Sumy.', [['7 tanks', 'tanks', 'loss', 'UA']]],
    ['Officials said 7 tanks were destroyed by Russian drones near Sumy.', [['7 tanks', 'tanks', 'loss', 'UA']]],
    ["Ukraine's General Staff said it had lost 3 tanks.", [['3 tanks', 'tanks', 'loss', null]]],
  ];
  for (const [text, want] of rows) {
    const a = analyze({ id: 't', text, published: '2025-03-14T09:00:00Z' });
    assert.equal(a.claims.length, 1, text);
    const f = extractClaimFacts(a, 0);
    assert.deepEqual(f.quantities.map((x) => [x.text, x.unit, x.frame, x.subjectSide]), want, text);
  }
});

test('places of a claim: content first, finer places over their region and country, then sentence/paragraph/document', () => {
  const rows: [string, string[], string][] = [
    ['Russian forces continued to advance near Kupiansk in the Kharkiv region, the ministry said.', ['703656'], 'content'],
    ["Ukrainian forces pushed deeper into Russia's Kursk region, officials said.", ['538555'], 'content'],
    ['Fighting went on near Tetkino. The governor said the situation was under control.', ['cur:tetkino'], 'paragraph'],
    ['The governor said the situation near Tetkino was under control.', ['cur:tetkino'], 'content'],
    ['Fighting went on near Tetkino.\n\nIt was quiet.\n\nThe governor said the situation was under control.', ['cur:tetkino'], 'document'],
    ['The governor said the situation was under control.', [], ''],
  ];
  for (const [text, ids, from] of rows) {
    const a = analyze({ id: 't', text, published: '2025-03-14T09:00:00Z' });
    const f = extractClaimFacts(a, a.claims.length - 1);
    assert.deepEqual(f.places.map((p) => p.id), ids, text);
    assert.equal(f.placeFrom ?? '', from, text);
  }
});

test('extractClaimFacts: a claim index outside the analysis is a RangeError', () => {
  const a = analyze({ id: 't', text: 'Nothing was said.', published: null });
  assert.throws(() => extractClaimFacts(a, 3), RangeError);
});

// ---------- grouping on synthetic records ----------

let seq = 0;
const place = (name: string, admin1: string | null = null, level: PlaceRef['level'] = 'city'): PlaceRef => ({ id: `name:${name.toLowerCase()}`, name, admin1, country: null, level });
const qf = (value: number, bound: Bound, unit = 'killed', subjectSide: string | null = null, frame = 'event'): QuantityFact => ({ value, high: null, bound, unit, frame, vague: false, subjectSide, text: `${value} ${unit}`, start: 0, end: 1 });
const sf = (topic: StatusFact['topic'], polarity: 1 | -1, subjectSide: string | null = null, denial = false): StatusFact => ({ topic, polarity, denial, subjectSide, text: `${topic}${polarity}`, start: 0, end: 1 });

function rec(p: Partial<ClaimRecord> & { text?: string }): ClaimRecord {
  const id = `doc${++seq}`;
  return {
    kind: 'indirect',
    speaker: { name: `speaker${seq}`, text: null, type: 'person', side: null, official: null, affiliation: null, sideFrom: null },
    content: '',
    start: 0,
    end: 1,
    quantities: [],
    statuses: [],
    places: [place('Sudzha')],
    placeFrom: 'content',
    date: '2024-08-07',
    dateFrom: 'claim',
    id: `${id}#0`,
    documentId: id,
    index: 0,
    source: `${id}.txt`,
    outlet: `outlet${seq}`,
    textOf: id,
    published: null,
    ...p,
  };
}

test('topic keys: place, unit, frame and side of the subject, status topic', () => {
  const r = rec({ quantities: [qf(10, 'exact', 'killed', 'RU'), qf(3, 'exact', 'tanks', 'UA', 'loss')], statuses: [sf('control', 1, 'RU')], places: [place('Sudzha', 'RU-KRS')] });
  assert.deepEqual(topicKeys(r).sort(), [
    'name:sudzha|q|killed|event|RU',
    'name:sudzha|q|tanks|loss|UA',
    'name:sudzha|s|control',
    'region:RU-KRS|s|control', // statuses roll up to the region; quantities do not
  ]);
  // no place anywhere: not grouped
  assert.deepEqual(topicKeys(rec({ quantities: [qf(5, 'exact')], places: [] })), []);
});

const anon = { name: null, text: null, type: null, side: null, official: null, affiliation: null, sideFrom: null };

test('grouping: disputes only within one place, window and what', () => {
  const cases: [string, ClaimRecord[], number][] = [
    ['same place, day and unit: 10 vs 50 killed', [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')] })], 1],
    ['two places', [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')], places: [place('Sumy')] })], 0],
    ['days three apart', [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')], date: '2024-08-10' })], 0],
    ['days one apart (window 1)', [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')], date: '2024-08-08' })], 1],
    ['killed vs wounded', [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact', 'wounded')] })], 0],
    ['plain counts of people are not compared (2,300 people vs 3 people)', [rec({ quantities: [qf(2300, 'approx', 'people', null, 'count')] }), rec({ quantities: [qf(3, 'exact', 'people', null, 'count')] })], 0],
    ['plain counts of troops are (1,000 vs 300 troops)', [rec({ quantities: [qf(1000, 'approx', 'troops', 'UA', 'count')] }), rec({ quantities: [qf(300, 'exact', 'troops', 'UA', 'count')] })], 1],
    ['Russian vs Ukrainian killed', [rec({ quantities: [qf(10, 'exact', 'killed', 'RU')] }), rec({ quantities: [qf(50, 'exact', 'killed', 'UA')] })], 0],
    ['tanks lost vs tanks present', [rec({ quantities: [qf(7, 'exact', 'tanks', 'UA', 'loss')] }), rec({ quantities: [qf(11, 'exact', 'tanks', 'UA', 'count')] })], 0],
    ['compatible bounds: at least 10 vs 50', [rec({ quantities: [qf(10, 'at_least')] }), rec({ quantities: [qf(50, 'exact')] })], 0],
    ['one text (and its reprint), no named voices', [rec({ quantities: [qf(10, 'exact')], textOf: 'orig', speaker: anon }), rec({ quantities: [qf(50, 'exact')], textOf: 'orig', speaker: anon })], 0],
    ['one text quoting two named speakers', [rec({ quantities: [qf(10, 'exact')], textOf: 'orig' }), rec({ quantities: [qf(50, 'exact')], textOf: 'orig' })], 1],
    ['one speaker revising a figure', [rec({ quantities: [qf(10, 'exact')], speaker: { ...rec({}).speaker, name: 'Gladkov' } }), rec({ quantities: [qf(14, 'exact')], speaker: { ...rec({}).speaker, name: 'Gladkov' } })], 0],
    ['a later figure from one speaker updates the earlier one (10 then 14; another says 14)', [
      rec({ quantities: [qf(10, 'exact')], speaker: { ...anon, name: 'Gladkov' }, published: '2024-08-07T08:00:00Z' }),
      rec({ quantities: [qf(14, 'exact')], speaker: { ...anon, name: 'Gladkov' }, published: '2024-08-07T18:00:00Z' }),
      rec({ quantities: [qf(14, 'exact')] }),
    ], 0],
    ['denied figure is not compared', [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')], statuses: [sf('event', -1, null, true)] })], 0],
    ['status: under control vs fluid', [rec({ statuses: [sf('situation', 1)] }), rec({ statuses: [sf('situation', -1)] })], 1],
    ['status: two places', [rec({ statuses: [sf('situation', 1)] }), rec({ statuses: [sf('situation', -1)], places: [place('Sumy')] })], 0],
    ['control: RU took vs UA holds', [rec({ statuses: [sf('control', 1, 'RU')] }), rec({ statuses: [sf('control', 1, 'UA')] })], 1],
    ['control: RU took vs UA withdrew (compatible)', [rec({ statuses: [sf('control', 1, 'RU')] }), rec({ statuses: [sf('control', -1, 'UA')] })], 0],
    ['control: unknown side vs RU (not compared)', [rec({ statuses: [sf('control', -1, null)] }), rec({ statuses: [sf('control', 1, 'RU')] })], 0],
    ['advance: RU advancing vs UA stopped (different subjects)', [rec({ statuses: [sf('advance', 1, 'RU')] }), rec({ statuses: [sf('advance', -1, 'UA')] })], 0],
    ['denial of the reports vs an attack', [rec({ statuses: [sf('attack', 1, 'RU')] }), rec({ statuses: [sf('event', -1, null, true)] })], 1],
    ['denial of the reports vs a situation statement', [rec({ statuses: [sf('situation', 1)] }), rec({ statuses: [sf('event', -1, null, true)] })], 0],
    ['claims with no place are not grouped', [rec({ quantities: [qf(10, 'exact')], places: [] }), rec({ quantities: [qf(50, 'exact')], places: [] })], 0],
    ['undated claims group together', [rec({ quantities: [qf(10, 'exact')], date: null }), rec({ quantities: [qf(50, 'exact')], date: null })], 1],
    // one claim is never both sides (stored facts of an older version may still say both)
    ['one claim with both polarities and one other claim agreeing', [rec({ statuses: [sf('situation', 1), sf('situation', -1)] }), rec({ statuses: [sf('situation', -1)] })], 0],
    ['one claim with both polarities, two others disputing', [rec({ statuses: [sf('advance', 1), sf('advance', -1)] }), rec({ statuses: [sf('advance', -1)] }), rec({ statuses: [sf('advance', 1)] })], 1],
    ['two claims of one text by one unnamed voice', [rec({ statuses: [sf('situation', 1)], textOf: 'one', speaker: anon }), rec({ statuses: [sf('situation', -1)], textOf: 'one', speaker: anon })], 0],
  ];
  for (const [name, records, want] of cases) {
    const got = compareClaims(records, { windowDays: 1 }).disputes;
    assert.equal(got.length, want, name);
    for (const d of got) {
      const seen = d.sides.flatMap((s) => s.claims);
      assert.equal(new Set(seen).size, seen.length, `${name}: a claim on two sides`);
    }
  }
});

test('status labels: the phrase without stray quotation marks', () => {
  const rows: [string, string][] = [
    ['advance has been "halted', 'advance has been halted'],
    ['“under control”', 'under control'],
    ["isn't  under\ncontrol", "isn't under control"],
    ['«under control»', 'under control'],
  ];
  for (const [input, want] of rows) assert.equal(phraseShown(input), want, input);
  const t = (text: string): StatusFact => ({ ...sf('advance', -1), text });
  const d = compareClaims([rec({ statuses: [sf('advance', 1)] }), rec({ statuses: [t('advance has been "halted')] })]).disputes;
  assert.equal(d.length, 1);
  assert.match(d[0]!.sides[1]!.position, /\("advance has been halted"\)$/);
});

test('windows: windowDays 0 keeps days apart; claims a window apart do not meet', () => {
  const two = [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')], date: '2024-08-08' })];
  assert.equal(compareClaims(two, { windowDays: 0 }).disputes.length, 0);
  assert.equal(compareClaims(two, { windowDays: 2 }).disputes.length, 1);
});

test('reasons: quantity, status, denial', () => {
  const reason = (rs: ClaimRecord[]) => compareClaims(rs).disputes.map((d) => d.reason);
  assert.deepEqual(reason([rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'more_than')] })]), ['quantity']);
  assert.deepEqual(reason([rec({ statuses: [sf('advance', 1, 'UA')] }), rec({ statuses: [sf('advance', -1, 'UA')] })]), ['status']);
  assert.deepEqual(reason([rec({ statuses: [sf('attack', 1, 'RU')] }), rec({ statuses: [sf('attack', -1, 'RU', true)] })]), ['denial']);
});

test('independence: reprints count once per text, outlets are counted apart', () => {
  const a = rec({ quantities: [qf(12, 'exact')], textOf: 'wire', outlet: 'Wire' });
  const b = rec({ quantities: [qf(12, 'exact')], textOf: 'wire', outlet: 'Paper A' });
  const c = rec({ quantities: [qf(12, 'exact')], textOf: 'wire', outlet: 'Paper B' });
  const d = rec({ quantities: [qf(12, 'approx')], outlet: 'Paper B' });
  const e = rec({ quantities: [qf(40, 'exact')], outlet: 'Channel' });
  const res = compareClaims([a, b, c, d, e]);
  assert.equal(res.disputes.length, 1);
  const sides = res.disputes[0]!.sides;
  const twelve = sides.find((s) => s.claims.length === 4)!;
  assert.equal(twelve.independentSources, 2); // the wire text (3 carriers) and d's own text
  assert.equal(twelve.independentOutlets, 3); // Wire, Paper A, Paper B
  assert.deepEqual(twelve.interval, [12, 12]);
  const forty = sides.find((s) => s.claims.length === 1)!;
  assert.equal(forty.independentSources, 1);
  // agreements: compatible claims from at least two independent texts
  const agree = compareClaims([a, b, c, d]);
  assert.equal(agree.disputes.length, 0);
  assert.equal(agree.agreements.length, 1);
  assert.equal(agree.agreements[0]!.side.independentSources, 2);
  assert.equal(compareClaims([a, b, c]).agreements.length, 0, 'one text in three carriers is not an agreement');
});

test('independence: the headline counts originating outlets; posts of one channel count once', () => {
  const who = (name: string) => ({ ...anon, name });
  const fluid = (name: string, outlet: string) => rec({ statuses: [sf('situation', -1)], speaker: who(name), outlet });
  const calm = rec({ statuses: [sf('situation', 1)], speaker: who('Pavel Sorokin'), outlet: 'Valley Gazette' });
  const rows: [string, ClaimRecord[], number, number, number][] = [
    // name, the "fluid" side's records, want origins, texts, outlets
    ['two posts of a channel and a paper quoting it by name', [fluid('Iron Gate Z', 'Iron Gate Z'), fluid('Iron Gate Z', 'Iron Gate Z'), fluid('Iron Gate', 'The Valley Courier')], 1, 3, 2],
    ['two posts of one channel', [fluid('Iron Gate Z', 'Iron Gate Z'), fluid('Iron Gate Z', 'Iron Gate Z')], 1, 2, 1],
    ['two papers quoting two different people', [fluid('Taras Melnyk', 'The Valley Courier'), fluid('Olena Bondar', 'Harbour Post')], 2, 2, 2],
    ['a one-word speaker is not merged with an outlet that starts with it', [fluid('Kyiv', 'The Valley Courier'), fluid('Kyiv Post', 'Kyiv Post')], 2, 2, 2],
  ];
  for (const [name, side, origins, texts, outlets] of rows) {
    const d = compareClaims([calm, ...side]).disputes;
    assert.equal(d.length, 1, name);
    const s = d[0]!.sides.find((x) => x.polarity === -1)!;
    assert.deepEqual([s.independentOrigins, s.independentSources, s.independentOutlets], [origins, texts, outlets], name);
  }
});

test('regions: a region-level status meets the places inside it; two villages do not meet through it', () => {
  const region = place('Kharkiv region', 'UA-63', 'admin1');
  const v1 = place('Vovchansk', 'UA-63', 'city');
  const v2 = place('Lyptsi', 'UA-63', 'village');
  const regional = compareClaims([rec({ statuses: [sf('situation', 1)], places: [region] }), rec({ statuses: [sf('situation', -1)], places: [v1] })]);
  assert.equal(regional.disputes.length, 1);
  assert.equal(regional.disputes[0]!.topic.place, 'region:UA-63');
  const villages = compareClaims([rec({ statuses: [sf('situation', 1)], places: [v1] }), rec({ statuses: [sf('situation', -1)], places: [v2] })]);
  assert.equal(villages.disputes.length, 0);
  assert.equal(compareClaims([rec({ statuses: [sf('situation', 1)], places: [region] }), rec({ statuses: [sf('situation', -1)], places: [v1] })], { regions: false }).disputes.length, 0);
});

test('statusConflict: the table of opposing kinds', () => {
  const k = (topic: StatusFact['topic'], polarity: 1 | -1, subjectSide: string | null = null) => ({ topic, polarity, subjectSide });
  const rows: [ReturnType<typeof k>, ReturnType<typeof k>, boolean][] = [
    [k('situation', 1), k('situation', -1), true],
    [k('situation', 1), k('situation', 1), false],
    [k('advance', 1, 'UA'), k('advance', -1, 'UA'), true],
    [k('advance', 1, 'UA'), k('advance', -1, 'RU'), false],
    [k('control', 1, 'UA'), k('control', 1, 'RU'), true],
    [k('control', -1, 'UA'), k('control', -1, 'RU'), false],
    [k('control', 1, 'UA'), k('control', 1, null), false],
    [k('attack', 1, 'RU'), k('event', -1), true],
    [k('control', 1, 'RU'), k('event', -1), true],
    [k('situation', -1), k('event', -1), false],
    [k('attack', 1), k('situation', -1), false],
  ];
  for (const [a, b, want] of rows) {
    assert.equal(statusConflict(a, b), want, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    assert.equal(statusConflict(b, a), want, `${JSON.stringify(b)} vs ${JSON.stringify(a)}`);
  }
});

test('compareClaims: empty input and records with nothing to compare', () => {
  assert.deepEqual(compareClaims([]).disputes, []);
  const r = compareClaims([rec({}), rec({})]);
  assert.equal(r.disputes.length + r.agreements.length, 0);
  assert.equal(r.claims, 2);
});

test('dayNumber: calendar days only', () => {
  const rows: [string | null, number][] = [
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19782],
    ['2024-08-07T12:00:00Z', 19942],
    ['2023-02-29', NaN],
    ['2025-02-31', NaN],
    ['2025-13-01', NaN],
    ['2025/01/01', NaN],
    ['garbage', NaN],
    [null, NaN],
  ];
  for (const [input, want] of rows) assert.deepEqual(dayNumber(input), want, String(input));
});

test('compareClaims: malformed records and facts are skipped and counted, good ones still compared', () => {
  const good = [rec({ quantities: [qf(10, 'exact')] }), rec({ quantities: [qf(50, 'exact')] })];
  const bad = [
    null,
    { id: 'x#0' }, // no places
    rec({ quantities: 'many' as never }),
    rec({ quantities: [{ ...qf(10, 'exact'), value: NaN }] }),
    rec({ quantities: [{ ...qf(10, 'exact'), bound: 'lots' as Bound }] }),
    rec({ statuses: [{ ...sf('situation', 1), polarity: 0 as never }] }),
    rec({ places: [{ name: 'no id' } as never], statuses: [sf('situation', 1)] }),
    { ...rec({ quantities: [qf(70, 'exact')] }), speaker: undefined, textOf: undefined } as never,
  ] as ClaimRecord[];
  const r = compareClaims([...good, ...bad]);
  assert.equal(r.skipped, 7); // every entry of `bad` but the last
  assert.equal(r.disputes.length, 1);
  assert.equal(r.disputes[0]!.sides.length, 3); // 10, 50 and 70 (the record without speaker or textOf counts as its own text)
});

test('updates: a repeated figure from one speaker is not an update; reprints published later keep counting', () => {
  const mod = { ...anon, name: "Russia's defence ministry" };
  const a = rec({ quantities: [qf(40, 'more_than', 'armoured_vehicles', 'UA', 'loss')], speaker: mod, textOf: 'wire', published: '2025-10-15T13:05:00Z' });
  const b = rec({ quantities: [qf(40, 'more_than', 'armoured_vehicles', 'UA', 'loss')], speaker: mod, textOf: 'wire', published: '2025-10-15T16:40:00+03:00' });
  const c = rec({ quantities: [qf(40, 'more_than', 'armoured_vehicles', 'UA', 'loss')], speaker: mod, published: '2025-10-16T09:00:00Z' });
  const d = rec({ quantities: [qf(5, 'at_most', 'armoured_vehicles', 'UA', 'loss')], published: '2025-10-15T10:00:00Z' });
  const res = compareClaims([a, b, c, d]);
  assert.equal(res.disputes.length, 1);
  const more = res.disputes[0]!.sides.find((s) => s.claims.includes(a.id))!;
  assert.deepEqual(more.claims.sort(), [a.id, b.id, c.id].sort());
  assert.equal(more.independentSources, 2);
});
