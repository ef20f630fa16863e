/**
 * The row mappers both stores share (src/store/records.ts): the same record whichever way the
 * driver hands a row back (SQLite: JSON strings, 1/0; PostgreSQL: arrays, booleans). Rows and
 * expected records written by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addPlaceEventTypes, docLang, documentRecord, eventTypeRecord, placeSummary } from '../../src/store/records.js';
import type { DocumentRow, PlaceSummary } from '../../src/store/types.js';

const PLACE = { place_id: 'geonames:706448', name: 'Kherson', country: 'UA', admin1: 'UA-65', lat: 46.64, lon: 32.61, level: 'city', claims: 3, sources: 2 };
const KHERSON: PlaceSummary = {
  placeId: 'geonames:706448', name: 'Kherson', country: 'UA', admin1: 'UA-65', lat: 46.64, lon: 32.61, level: 'city', claims: 3, sources: 2,
  variants: ['Kherson', 'Херсон'], eventTypes: [],
};

test('placeSummary: variants as SQLite gives them (JSON text) and as PostgreSQL does (an array, or null)', () => {
  assert.deepEqual(placeSummary({ ...PLACE, variants: '["Kherson","Херсон"]' }), KHERSON);
  assert.deepEqual(placeSummary({ ...PLACE, variants: ['Kherson', 'Херсон'] }), KHERSON);
  assert.deepEqual(placeSummary({ ...PLACE, variants: null }).variants, []);
  const unlocated = placeSummary({ place_id: 'name:krynky', name: 'Krynky', country: null, admin1: undefined, lat: null, lon: null, level: null, claims: 1, sources: 1, variants: '[]' });
  assert.deepEqual([unlocated.country, unlocated.admin1, unlocated.lat, unlocated.level], [null, null, null, null]);
});

test('addPlaceEventTypes: per place, most claims first, then by type; rows of other places ignored; counts as numbers', () => {
  const items = [placeSummary({ ...PLACE, variants: '[]' }), placeSummary({ ...PLACE, place_id: 'geonames:1', name: 'Bakhmut', variants: '[]' })];
  addPlaceEventTypes(items, [
    { place_id: 'geonames:706448', type: 'Battles', n: 1 },
    { place_id: 'geonames:706448', type: 'Explosions/Remote violence', n: '4' }, // PostgreSQL's bigint as text
    { place_id: 'geonames:706448', type: 'Armed clash', n: 1 },
    { place_id: 'geonames:999', type: 'Riots', n: 9 },
  ]);
  assert.deepEqual(items[0]!.eventTypes, [
    { type: 'Explosions/Remote violence', claims: 4 }, { type: 'Armed clash', claims: 1 }, { type: 'Battles', claims: 1 },
  ]);
  assert.deepEqual(items[1]!.eventTypes, []);
});

test('eventTypeRecord: ACLED types null where the row has none', () => {
  assert.deepEqual(eventTypeRecord({ event_type: 'Battles', sub_event_type: 'Armed clash', plover: 'ASSAULT' }),
    { eventType: 'Battles', subEventType: 'Armed clash', plover: 'ASSAULT' });
  assert.deepEqual(eventTypeRecord({ event_type: null, sub_event_type: undefined, plover: 'CONSULT' }),
    { eventType: null, subEventType: null, plover: 'CONSULT' });
});

test('documentRecord and docLang', () => {
  const d = documentRecord({
    id: 'abc', source: 'a.txt', url: null, title: null, published: '2024-08-07T09:00:00Z', lang: 'uk', content_hash: 'h', length: 12,
    ingested_at: '2024-08-08T00:00:00Z', carrier_of: null, duplicate: null, similarity: null, claim_count: 2, outlet: null, meta: '{"channel":"x"}',
  });
  assert.deepEqual(d, {
    id: 'abc', source: 'a.txt', url: null, title: null, published: '2024-08-07T09:00:00Z', lang: 'uk', contentHash: 'h', length: 12,
    ingestedAt: '2024-08-08T00:00:00Z', carrierOf: null, duplicate: null, similarity: null, claimCount: 2, meta: { channel: 'x' },
  });
  const row = (lang: string | undefined, analysisLang: string | null | undefined, analysed: string | undefined): DocumentRow =>
    ({ document: { id: 'x', text: 't', lang }, analysisLang, analysis: analysed ? { lang: analysed } : null }) as unknown as DocumentRow;
  assert.equal(docLang(row('ru', 'uk', 'en')), 'ru');
  assert.equal(docLang(row(undefined, 'uk', 'en')), 'uk');
  assert.equal(docLang(row(undefined, undefined, 'en')), 'en');
  assert.equal(docLang(row(undefined, undefined, undefined)), null);
});
