/** Export writers: CSV cells (quoting, formula defusing), CSV rows of a claim, GeoJSON features. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSV_COLUMNS, csvCell, csvRows, writeCsv, writeGeoJson, writeJsonArray } from '../../src/export/index.js';
import type { ClaimRecord } from '../../src/store/types.js';

const claim = (over: Partial<ClaimRecord> = {}): ClaimRecord => ({
  id: 'doc1#0', documentId: 'doc1', index: 0, kind: 'indirect', speaker: 'Oleh Synehubov', speakerType: 'person', side: 'UA',
  affiliation: 'Kharkiv regional administration', cue: 'said', content: '12 civilians were killed, 30 wounded', start: 10, end: 46,
  date: '2024-08-05',
  places: [{ placeId: 'geonames:704679', name: 'Kupiansk', country: 'UA', admin1: 'UA-63', lat: 49.71, lon: 37.61, level: 'city', start: 60, end: 68, text: 'Kupiansk' }],
  quantities: [
    { id: 'doc1~0', documentId: 'doc1', claimId: 'doc1#0', value: 12, high: null, bound: 'exact', unit: 'killed', vague: false, start: 10, end: 34, text: '12 civilians were killed' },
    { id: 'doc1~1', documentId: 'doc1', claimId: 'doc1#0', value: 30, high: null, bound: 'exact', unit: 'wounded', vague: false, start: 36, end: 46, text: '30 wounded' },
  ],
  events: [], speakerLatin: null, lang: 'en', source: 'wire/a.txt', outlet: 'Example Wire', url: 'https://news.example.org/a', published: '2024-08-06T09:00:00Z',
  originClaimId: null, rootDocumentId: 'doc1', ...over,
});

async function collect(fn: (c: AsyncIterable<ClaimRecord>, w: (s: string) => void) => Promise<number>, claims: ClaimRecord[]): Promise<string> {
  let s = '';
  async function* it(): AsyncIterable<ClaimRecord> {
    yield* claims;
  }
  await fn(it(), (x) => void (s += x));
  return s;
}

/** Splits one CSV record (RFC 4180 quoting) into cells, for checking the writer independently. */
function parseRecord(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cur), (cur = '');
    else cur += ch;
  }
  cells.push(cur);
  return cells;
}

describe('csvCell', () => {
  const cases: [string | number | null, string][] = [
    ['plain', 'plain'],
    [null, ''],
    [12, '12'],
    [-5, '-5'],
    [Number.NaN, ''],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 234', "'+1 234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['a=b', 'a=b'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(csvCell(input), expected));
});

describe('CSV rows', () => {
  it('one row per quantity, ACLED-like columns first', async () => {
    const csv = await collect(writeCsv, [claim()]);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines.length, 4); // header, two rows, final empty string
    const row = parseRecord(lines[1]!);
    assert.equal(row.length, CSV_COLUMNS.length);
    const col = (name: string): string => row[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])]!;
    assert.equal(col('event_date'), '2024-08-05');
    assert.equal(col('country'), 'UA');
    assert.equal(col('admin1'), 'UA-63');
    assert.equal(col('location'), 'Kupiansk');
    assert.equal(col('latitude'), '49.71');
    assert.equal(col('longitude'), '37.61');
    assert.equal(col('source'), 'Example Wire');
    assert.equal(col('claimant'), 'Oleh Synehubov');
    assert.equal(col('quantity_value'), '12');
    assert.equal(col('quantity_unit'), 'killed');
    assert.equal(col('span_start'), '10');
    assert.equal(col('span_end'), '46');
    assert.equal(col('notes'), 'Oleh Synehubov said "12 civilians were killed, 30 wounded"');
    const row2 = parseRecord(lines[2]!);
    assert.deepEqual(row2.slice(CSV_COLUMNS.indexOf('quantity_value'), CSV_COLUMNS.indexOf('quantity_text') + 1), ['30', '', 'exact', 'wounded', '30 wounded']);
  });
  it('a claim without quantities is one row; hostile speaker names are defused', () => {
    const rows = csvRows(claim({ quantities: [], speaker: '=cmd|" /C calc"!A0' }));
    assert.equal(rows.length, 1);
    assert.ok(rows[0]!.includes(`"'=cmd|"" /C calc""!A0"`));
  });
});

describe('GeoJSON and JSON exports', () => {
  it('one point per located place, [lon, lat], with its claims and independent sources', async () => {
    const reprinted = claim({ id: 'doc2#0', documentId: 'doc2', originClaimId: 'doc1#0', rootDocumentId: 'doc1' });
    const unlocated = claim({ id: 'doc3#0', documentId: 'doc3', rootDocumentId: 'doc3', places: [{ ...claim().places[0]!, placeId: 'name:izium', name: 'Izium', lat: null, lon: null }] });
    const g = JSON.parse(await collect(writeGeoJson, [claim(), reprinted, unlocated])) as { type: string; features: { geometry: { coordinates: number[] }; properties: { claimCount: number; independentSources: number; name: string } }[] };
    assert.equal(g.type, 'FeatureCollection');
    assert.equal(g.features.length, 1);
    assert.deepEqual(g.features[0]!.geometry.coordinates, [37.61, 49.71]);
    assert.equal(g.features[0]!.properties.claimCount, 2);
    assert.equal(g.features[0]!.properties.independentSources, 1);
  });
  it('a claim that names one place twice counts once on its feature, with both spellings', async () => {
    const first = claim().places[0]!;
    const twice = claim({ places: [first, { ...first, start: first.start + 40, end: first.end + 40, text: 'Kupyansk' }] });
    const g = JSON.parse(await collect(writeGeoJson, [twice])) as { features: { properties: { claimCount: number; claims: { id: string }[]; variants: string[] } }[] };
    assert.equal(g.features.length, 1);
    assert.equal(g.features[0]!.properties.claimCount, 1);
    assert.deepEqual(g.features[0]!.properties.claims.map((c) => c.id), ['doc1#0']);
    assert.deepEqual(g.features[0]!.properties.variants, [first.text, 'Kupyansk']);
  });
  it('JSON is an array of the claim records', async () => {
    assert.deepEqual(JSON.parse(await collect(writeJsonArray, [claim(), claim({ id: 'x#1' })])).map((c: ClaimRecord) => c.id), ['doc1#0', 'x#1']);
    assert.deepEqual(JSON.parse(await collect(writeJsonArray, [])), []);
  });
});
