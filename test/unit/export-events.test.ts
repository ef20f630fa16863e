/**
 * Export of events: the ACLED-like CSV columns and GeoJSON event types filled from the analyzer's
 * events layer (src/export/events.ts). Expected values written by hand from the sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import { CSV_COLUMNS, claimEvents, csvRows, mainEvent, writeGeoJson } from '../../src/export/index.js';
import { acledLabel, eventLabel } from '../../src/export/event-colours.js';
import { claimEventTypes } from '../../src/ledger/rows.js';
import { eventLabels } from '../../src/cli/ledger.js';
import type { ClaimEventType, ClaimRecord } from '../../src/store/types.js';

const TEXT = 'Russian forces shelled Kherson on Tuesday, killing three civilians, the regional governor said.';

const record = (over: Partial<ClaimRecord> = {}): ClaimRecord => ({
  id: 'd#0', documentId: 'd', index: 0, kind: 'indirect', speaker: 'the regional governor', speakerType: 'person', side: null,
  affiliation: null, cue: 'said', content: 'Russian forces shelled Kherson on Tuesday, killing three civilians', start: 0, end: 66,
  date: '2024-08-06',
  places: [{ placeId: 'geonames:706448', name: 'Kherson', country: 'UA', admin1: 'UA-65', lat: 46.64, lon: 32.61, level: 'city', start: 23, end: 30, text: 'Kherson' }],
  quantities: [], events: [], speakerLatin: null, lang: 'en', source: 'a.txt', outlet: null, url: null, published: '2024-08-07T09:00:00Z', originClaimId: null, rootDocumentId: 'd', ...over,
});

/** Cells of one CSV record (RFC 4180 quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (q) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}

test('claimEvents: the shelling of the governor’s claim, with the claimed deaths', () => {
  const a = analyze({ id: 'd', text: TEXT, published: '2024-08-07T09:00:00Z' });
  const evs = claimEvents(a, 0);
  assert.equal(evs.length, 1);
  const e = mainEvent(evs)!;
  assert.equal(e.eventType, 'Explosions/Remote violence');
  assert.equal(e.subEventType, 'Shelling/artillery/missile attack');
  assert.equal(e.side1, 'RU');
  assert.equal(e.actor2, 'Kherson');
  assert.equal(e.fatalities, 3);
});

test('csvRows: event_type, sub_event_type, actor1, actor2 and claimed fatalities next to the claimant', () => {
  const a = analyze({ id: 'd', text: TEXT, published: '2024-08-07T09:00:00Z' });
  const row = cells(csvRows(record(), claimEvents(a, 0))[0]!);
  const col = (n: string): string => row[CSV_COLUMNS.indexOf(n as (typeof CSV_COLUMNS)[number])]!;
  assert.equal(row.length, CSV_COLUMNS.length);
  assert.equal(col('event_type'), 'Explosions/Remote violence');
  assert.equal(col('sub_event_type'), 'Shelling/artillery/missile attack');
  assert.equal(col('actor2'), 'Kherson');
  assert.equal(col('fatalities'), '3');
  assert.equal(col('claimant'), 'the regional governor');
  assert.equal(col('event_status'), 'happened');
});

test('csvRows: a denied event leaves the ACLED columns empty and says so', () => {
  const text = 'Ukraine denied striking the ammunition depot in Belgorod.';
  const a = analyze({ id: 'd', text });
  const i = a.events!.find((e) => e.trigger.text === 'striking')!.claim;
  const evs = i === null ? [] : claimEvents(a, i);
  const row = cells(csvRows(record({ content: text }), evs)[0]!);
  const col = (n: string): string => row[CSV_COLUMNS.indexOf(n as (typeof CSV_COLUMNS)[number])]!;
  assert.equal(col('event_type'), '');
  assert.equal(col('fatalities'), '');
  if (evs.length) assert.equal(col('event_status'), 'denied');
});

test('writeGeoJson: features carry the event types of their claims (from the claim records)', async () => {
  const a = analyze({ id: 'd', text: TEXT, published: '2024-08-07T09:00:00Z' });
  let s = '';
  async function* it(): AsyncIterable<ClaimRecord> {
    yield record({ events: claimEventTypes(a, a.claims.length)[0]! });
  }
  await writeGeoJson(it(), (x) => void (s += x));
  const fc = JSON.parse(s) as { features: { properties: { eventTypes: string[]; claims: { eventTypes: string[] }[] } }[] };
  assert.deepEqual(fc.features[0]!.properties.eventTypes, ['Shelling/artillery/missile attack']);
  assert.deepEqual(fc.features[0]!.properties.claims[0]!.eventTypes, ['Shelling/artillery/missile attack']);
});

const SHELLING: ClaimEventType = { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', plover: 'ASSAULT' };
const BATTLE_NO_SUB: ClaimEventType = { eventType: 'Battles', subEventType: null, plover: 'ASSAULT' };
const TALKS: ClaimEventType = { eventType: null, subEventType: null, plover: 'CONSULT' };

test('eventLabel: one rule for every present: ACLED sub-event type, else event type, else PLOVER type', () => {
  const rows: [ClaimEventType, string, string | null][] = [
    // [types, label, ACLED name]
    [SHELLING, 'Shelling/artillery/missile attack', 'Shelling/artillery/missile attack'],
    [BATTLE_NO_SUB, 'Battles', 'Battles'],
    [TALKS, 'CONSULT', null],
  ];
  for (const [t, label, acled] of rows) {
    assert.equal(eventLabel(t), label, JSON.stringify(t));
    assert.equal(acledLabel(t), acled, JSON.stringify(t));
  }
});

test('eventLabels (CLI): the same label, with the PLOVER type after an ACLED name, each label once', () => {
  const rows: [ClaimEventType[], string[]][] = [
    [[SHELLING], ['Shelling/artillery/missile attack (ASSAULT)']],
    [[TALKS], ['CONSULT']],
    [[BATTLE_NO_SUB, SHELLING, BATTLE_NO_SUB, TALKS], ['Battles (ASSAULT)', 'Shelling/artillery/missile attack (ASSAULT)', 'CONSULT']],
    [[], []],
  ];
  for (const [events, want] of rows) assert.deepEqual(eventLabels(events), want, JSON.stringify(events));
});

test('writeGeoJson: a claim\'s labels once each, a place\'s labels the union of its claims\'', async () => {
  let s = '';
  async function* it(): AsyncIterable<ClaimRecord> {
    yield record({ events: [SHELLING, { ...SHELLING, plover: 'COERCE' }, TALKS] });
    yield record({ id: 'd#1', index: 1, events: [BATTLE_NO_SUB, SHELLING] });
    yield record({ id: 'd#2', index: 2, events: [] });
  }
  await writeGeoJson(it(), (x) => void (s += x));
  const fc = JSON.parse(s) as { features: { properties: { eventTypes: string[]; claims: { id: string; eventTypes: string[] }[] } }[] };
  const f = fc.features[0]!.properties;
  assert.deepEqual(f.claims.map((c) => [c.id, c.eventTypes]), [
    ['d#0', ['Shelling/artillery/missile attack', 'CONSULT']],
    ['d#1', ['Battles', 'Shelling/artillery/missile attack']],
    ['d#2', []],
  ]);
  assert.deepEqual(f.eventTypes, ['Shelling/artillery/missile attack', 'CONSULT', 'Battles']);
});

test('claimEvents and claimEventTypes read the same events of a claim, with the same types', () => {
  const text = 'Russian forces shelled Kherson on Tuesday, killing three civilians, the regional governor said. ' +
    'Ukraine denied striking the ammunition depot in Belgorod.';
  const a = analyze({ id: 'd', text, published: '2024-08-07T09:00:00Z' });
  const types = claimEventTypes(a, a.claims.length);
  assert.ok(types.some((t) => t.length > 0), JSON.stringify(a.events));
  // by hand (ACLED codebook, PLOVER): shelling a city is Explosions/Remote violence, Shelling/artillery/missile attack, ASSAULT
  const governor = a.claims.findIndex((c) => c.content.some((f) => f.text.includes('shelled')));
  assert.ok(governor >= 0, 'the governor\'s claim is found');
  assert.ok(
    types[governor]!.some((t) => t.eventType === 'Explosions/Remote violence' && t.subEventType === 'Shelling/artillery/missile attack' && t.plover === 'ASSAULT'),
    JSON.stringify(types[governor]),
  );
  a.claims.forEach((_, i) => {
    const full = claimEvents(a, i).map((e) => ({ eventType: e.eventType, subEventType: e.subEventType, plover: e.plover }));
    const distinct = full.filter((t, k) => full.findIndex((u) => JSON.stringify(u) === JSON.stringify(t)) === k);
    assert.deepEqual(distinct, types[i], `claim ${i}`);
  });
});
