/**
 * Export of events: the ACLED-like CSV columns and GeoJSON event types filled from the analyzer's
 * events layer (src/export/events.ts). Expected values written by hand from the sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import { CSV_COLUMNS, claimEvents, csvRows, mainEvent, writeGeoJson } from '../../src/export/index.js';
import type { ClaimRecord } from '../../src/store/types.js';

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

test('writeGeoJson: features carry the event types of their claims', async () => {
  const a = analyze({ id: 'd', text: TEXT, published: '2024-08-07T09:00:00Z' });
  let s = '';
  async function* it(): AsyncIterable<ClaimRecord> {
    yield record();
  }
  await writeGeoJson(it(), (x) => void (s += x), async (c) => claimEvents(a, c.index));
  const fc = JSON.parse(s) as { features: { properties: { eventTypes: string[]; claims: { eventTypes: string[] }[] } }[] };
  assert.deepEqual(fc.features[0]!.properties.eventTypes, ['Shelling/artillery/missile attack']);
  assert.deepEqual(fc.features[0]!.properties.claims[0]!.eventTypes, ['Shelling/artillery/missile attack']);
});
