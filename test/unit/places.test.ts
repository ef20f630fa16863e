/**
 * Places stage: recognition and resolution rules, on a tiny hand-made gazetteer injected through
 * `AnalyzeOptions.gazetteer` (so these rows do not depend on the bundled one). Coordinates and
 * populations are rounded real values; ids are the GeoNames ids of the real places where they
 * have one (checked in cities500), "test:…" otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../../src/analyze/index.js';
import { resolveSpans } from '../../src/analyze/places/index.js';
import { cyrillicAdminForms } from '../../src/analyze/places/recognise.js';
import type { Candidate, GazEntry, Gazetteer } from '../../src/geo/types.js';
import { assertAllSpans, label } from './stage-helpers.js';

type E = [id: string, name: string, level: GazEntry['level'], country: string, admin1: string, lat: number, lon: number, pop: number, code: string, names: string[]];
const ENTRIES: E[] = [
  ['690791', 'Ukraine', 'country', 'UA', '', 49, 32, 41000000, 'PCLI', ['Ukraine', 'Украина', 'Україна']],
  ['2017370', 'Russia', 'country', 'RU', '', 60, 100, 144000000, 'PCLI', ['Russia', 'Россия']],
  ['703448', 'Kyiv', 'city', 'UA', 'UA-30', 50.45, 30.52, 2797553, 'PPLC', ['Kyiv', 'Kiev', 'Київ', 'Киев']],
  ['706483', 'Kharkiv', 'city', 'UA', 'UA-63', 49.98, 36.25, 1433886, 'PPLA', ['Kharkiv', 'Kharkov', 'Харків', 'Харьков']],
  ['706482', 'Kharkiv Oblast', 'admin1', 'UA', 'UA-63', 49.5, 36.5, 0, 'ADM1', ['Kharkiv', 'Kharkiv Oblast', 'Харківська область']],
  ['709716', 'Donetsk Oblast', 'admin1', 'UA', 'UA-14', 48.0, 37.7, 0, 'ADM1', ['Donetsk', 'Donetsk Oblast', 'Донецкая область']],
  ['709717', 'Donetsk', 'city', 'UA', 'UA-14', 48.02, 37.8, 901645, 'PPLA', ['Donetsk', 'Донецк']],
  ['713174', 'Bakhmut', 'city', 'UA', 'UA-14', 48.59, 38.0, 80500, 'PPLA2', ['Bakhmut', 'Artemovsk']],
  ['538560', 'Kursk', 'city', 'RU', 'RU-KRS', 51.74, 36.19, 448733, 'PPLA', ['Kursk', 'Курск']],
  ['538555', 'Kursk Oblast', 'admin1', 'RU', 'RU-KRS', 51.5, 36.0, 0, 'ADM1', ['Kursk', 'Kursk Oblast', 'Курская область']],
  ['486816', 'Sudzha', 'city', 'RU', 'RU-KRS', 51.2, 35.27, 6940, 'PPL', ['Sudzha', 'Суджа']],
  ['544906', 'Korenevo', 'city', 'RU', 'RU-KRS', 51.41, 34.91, 6236, 'PPL', ['Korenevo', 'Коренево']],
  ['544904', 'Korenevo', 'city', 'RU', 'RU-MOS', 55.67, 38.01, 7319, 'PPL', ['Korenevo', 'Коренево']],
  ['9114136', 'Andriivka', 'village', 'UA', 'UA-14', 48.5, 37.97, 0, 'locality', ['Andriivka', 'Андріївка']],
  ['713428', 'Andriivka', 'village', 'UA', 'UA-63', 49.54, 36.62, 0, 'locality', ['Andriivka', 'Андріївка']],
  ['713481', 'Andriivka', 'village', 'UA', 'UA-51', 46.22, 30.08, 1203, 'PPL', ['Andriivka', 'Андріївка']],
  ['703656', 'Kupiansk', 'city', 'UA', 'UA-63', 49.71, 37.62, 27169, 'PPLA2', ['Kupiansk', 'Kupyansk']],
  ['test:savchuk', 'Savchuk', 'village', 'UA', 'UA-05', 49.2, 28.5, 300, 'locality', ['Savchuk']],
  ['test:union', 'Union', 'village', 'US', 'US-SC', 34.7, -81.6, 8000, 'PPL', ['Union']],
  ['test:tv', 'Teevee', 'village', 'BE', 'BE-WLG', 50.5, 5.8, 3000, 'PPL', ['Teevee', 'TV']],
  ['test:claude', 'Claude', 'city', 'US', 'US-TX', 35.1, -101.4, 1200, 'PPL', ['Claude']],
  ['test:smith', 'Zelenopillia', 'village', 'UA', 'UA-53', 49.3, 33.9, 300, 'locality', ['Zelenopillia', 'Smith']],
  ['5101760', 'New Jersey', 'admin1', 'US', 'US-NJ', 40.04, -74.47, 7607268, 'ADM1', ['New Jersey']],
  ['5105496', 'Trenton', 'city', 'US', 'US-NJ', 40.22, -74.74, 84225, 'PPLA', ['Trenton']],
  ['5101427', 'Morristown', 'city', 'US', 'US-NJ', 40.8, -74.48, 18594, 'PPLA2', ['Morristown']],
  ['4902706', 'Morris', 'city', 'US', 'US-IL', 41.36, -88.42, 14363, 'PPLA2', ['Morris']],
  ['5332921', 'California', 'admin1', 'US', 'US-CA', 36.75, -119.59, 38879034, 'ADM1', ['California']],
  ['4379545', 'California', 'city', 'US', 'US-MO', 38.63, -92.57, 4396, 'PPLA2', ['California']],
  ['174982', 'Armenia', 'country', 'AM', '', 40.29, 44.93, 3084400, 'PCLI', ['Armenia']],
  ['4405434', 'Republic', 'city', 'US', 'US-MO', 37.12, -93.48, 16005, 'PPL', ['Republic']],
  ['2641462', 'Norbury', 'city', 'GB', 'GB-ENG', 51.42, -0.12, 16476, 'PPLX', ['Norbury']],
  // a village named like a mercenary group, and the capital that speaks for its government (lane precision)
  ['test:wagner', 'Wagner', 'village', 'US', 'US-SD', 43.08, -98.29, 1566, 'PPL', ['Wagner']],
  ['524901', 'Moscow', 'city', 'RU', 'RU-MOW', 55.75, 37.62, 10381222, 'PPLC', ['Moscow', 'Москва']],
  // a small town far from the war named like a news agency (fictional)
  ['test:halcyon', 'Halcyon', 'city', 'US', 'US-MS', 32.4, -88.7, 38000, 'PPLA2', ['Halcyon']],
];

function entry(e: E): GazEntry {
  const [id, name, level, country, admin1, lat, lon, population, featureCode] = e;
  return { id, name, level, country, admin1: admin1 || null, lat, lon, population, featureCode, source: 'geonames' };
}

/** A gazetteer that matches names case-insensitively (match 'exact'). */
function fakeGazetteer(): Gazetteer {
  const by = new Map<string, Candidate[]>();
  const ids = new Map<string, GazEntry>();
  for (const e of ENTRIES) {
    const g = entry(e);
    ids.set(g.id, g);
    for (const n of e[9]) {
      const k = n.toLowerCase();
      by.set(k, [...(by.get(k) ?? []), { entry: g, variant: n, match: 'exact', preferred: n === g.name }]);
    }
  }
  return { lookup: (s) => by.get(s.toLowerCase()) ?? [], get: (id) => ids.get(id), size: ids.size };
}
const gazetteer = fakeGazetteer();

interface Row {
  text: string;
  /** [span text, expected id, role?] */
  places: [string, string, string?][];
  /** span texts that must not be places */
  absent?: string[];
  /** [span text, ISO country] */
  sides?: [string, string][];
}

const ROWS: Row[] = [
  { text: 'Drones hit Kursk overnight.', places: [['Kursk', '538560', 'place']] },
  { text: 'Ukrainian troops advanced in the Kursk region.', places: [['Kursk region', '538555']], sides: [['Ukrainian', 'UA']] },
  { text: 'The governor of Kursk Oblast declared an emergency.', places: [['Kursk Oblast', '538555']] },
  { text: 'В Курской области ввели режим КТО.', places: [['Курской области', '538555']] },
  { text: 'Russian forces shelled Kharkov and the Kharkiv region.', places: [['Kharkov', '706483'], ['Kharkiv region', '706482']], sides: [['Russian', 'RU']] },
  { text: 'Kyiv said the attack on Bakhmut had failed.', places: [['Kyiv', '703448', 'speaker'], ['Bakhmut', '713174', 'place']] },
  { text: 'Fighting raged near Andriivka, Donetsk region, on Monday.', places: [['Andriivka', '9114136'], ['Donetsk region', '709716']] },
  { text: 'Fighting raged near Andriivka in the Kharkiv region on Monday.', places: [['Andriivka', '713428']] },
  {
    // one sense per discourse: the second mention has no qualifier but keeps the first one's reading
    text: 'Shells hit Andriivka, Kharkiv region, at dawn. Andriivka was hit again at noon.',
    places: [['Andriivka', '713428'], ['Kharkiv region', '706482']],
  },
  { text: 'Andriivka lies south of Bakhmut.', places: [['Andriivka', '9114136'], ['Bakhmut', '713174']] },
  { text: 'Ukrainian units entered Sudzha and fought near Korenevo.', places: [['Sudzha', '486816'], ['Korenevo', '544906']], sides: [['Ukrainian', 'UA']] },
  { text: 'Governor Pavel Savchuk said two people were hurt in Kupiansk.', places: [['Kupiansk', '703656']], absent: ['Savchuk'] },
  { text: 'Russia and Ukraine exchanged prisoners.', places: [['Russia', '2017370'], ['Ukraine', '690791']] },
  // metonymy: a place heading a speaker that is no person speaks; "the mayor of X" does not
  { text: 'The Kharkiv regional administration said three people were hurt.', places: [['Kharkiv', '706482', 'speaker']] },
  { text: 'Oleh Tkachenko, the mayor of Kupiansk, said three people were hurt.', places: [['Kupiansk', '703656', 'place']] },
  // a place inside an organisation's name that does not speak
  { text: 'Kyiv Police Department officers arrested two men.', places: [['Kyiv', '703448', 'name']] },
  // a plural administrative word covers every name of the list
  { text: 'Drones hit the Kharkiv and Donetsk regions overnight.', places: [['Kharkiv', '706482'], ['Donetsk regions', '709716']] },
  // Cyrillic: a sentence-opening preposition is no part of the name; case endings are read
  { text: 'В Харькове снова слышны взрывы.', places: [['Харькове', '706483']], absent: ['В Харькове'] },
  { text: 'Под Суджей идут бои.', places: [['Суджей', '486816']] },
  // common words, acronyms and unsupported alternate names are no places
  { text: 'Union officials met on Tuesday.', places: [], absent: ['Union'] },
  { text: 'The interview was shown on TV in Kyiv.', places: [['Kyiv', '703448']], absent: ['TV'] },
  { text: 'Smith arrived on Tuesday.', places: [], absent: ['Smith'] },
  // a small place at the start of a personal name is the given name
  { text: 'Claude Dubreuil arrived in Kyiv on Tuesday.', places: [['Kyiv', '703448']], absent: ['Claude'] },
  { text: 'Ukrainians fled from Kupiansk.', places: [['Kupiansk', '703656']], sides: [['Ukrainians', 'UA']] },
  // region abbreviations: after a comma that follows a place, or alone after a preposition when
  // they may stand alone (data/place-abbreviations.tsv); never a two-letter code that is a word
  { text: 'A man from Trenton, N.J., was arrested on Monday.', places: [['Trenton', '5105496'], ['N.J.', '5101760']] },
  { text: 'Officials in Trenton, NJ said the roads were closed.', places: [['Trenton', '5105496'], ['NJ', '5101760']] },
  { text: 'Storms moved across N.J. on Monday.', places: [['N.J.', '5101760']] },
  { text: 'The mayor of Trenton said it IN PERSON.', places: [['Trenton', '5105496']], absent: ['IN'] },
  { text: 'Voters in NJ went to the polls.', places: [], absent: ['NJ'] },
  // a bare region name is the region, unless a seat inside it shares the name ("Kursk")
  { text: 'Wildfires spread across California on Monday.', places: [['California', '5332921']] },
  // a wire dateline: the bracketed name is the outlet, never a place; the dateline's cities are
  // places, even in capitals ("KYIV" is no acronym there), with the role 'dateline' (where the report
  // was filed, which does not place its claims)
  {
    text: 'KYIV/KURSK, Oct 15 (Halcyon) - Ukrainian forces struck a depot near Sudzha, officials said.',
    places: [['KYIV', '703448', 'dateline'], ['KURSK', '538560'], ['Sudzha', '486816']], absent: ['Halcyon'],
  },
  { text: 'KHARKIV (Halcyon) – Shells hit Kupiansk overnight.', places: [['KHARKIV', '706483'], ['Kupiansk', '703656']], absent: ['Halcyon'] },
  // a bracket in running text is no dateline: the qualifier stays a place
  { text: 'Shells hit Andriivka (Kharkiv region) - the third time this week.', places: [['Andriivka', '713428'], ['Kharkiv region', '706482']] },
  // a bare name that reports is an organisation, unless some reading of it is prominent
  { text: 'Halcyon could not independently verify the report.', places: [], absent: ['Halcyon'] },
  { text: 'Halcyon reported that the bridge was down.', places: [], absent: ['Halcyon'] },
  { text: 'Kyiv could not independently verify the report.', places: [['Kyiv', '703448']] },
  // a verb of perception is no report: the village stays a place
  { text: 'Korenevo, in the Kursk region, saw fighting for weeks.', places: [['Korenevo', '544906']] },
  // a small town thousands of km from a document's cluster of places, in no locative frame, is dropped;
  // in a locative frame, or a capital or regional seat, it stays
  { text: 'Drones hit Sudzha and Korenevo overnight; the governor thanked Halcyon for the figures.', places: [['Sudzha', '486816'], ['Korenevo', '544906']], absent: ['Halcyon'] },
  { text: 'Drones hit Sudzha and Korenevo overnight; a relief convoy set out from Halcyon.', places: [['Sudzha', '486816'], ['Halcyon', 'test:halcyon']] },
  { text: 'Drones hit Sudzha and Korenevo overnight; Trenton sent condolences.', places: [['Sudzha', '486816'], ['Trenton', '5105496']] },
  // a group's name is no place (data/org-words.tsv, data/actors.tsv), even after "of"; after "in" it is
  { text: 'Units of Wagner entered Sudzha and fought near Korenevo.', places: [['Sudzha', '486816'], ['Korenevo', '544906']], absent: ['Wagner'] },
  { text: 'Residents in Wagner gathered on Sunday.', places: [['Wagner', 'test:wagner']] },
  // a capital before a verb of rejecting speaks for its government; the place it is about stays a place
  { text: 'Moscow disputes the account of the strike on Kursk.', places: [['Moscow', '524901', 'speaker'], ['Kursk', '538560', 'place']] },
  { text: 'Москва отвергла сообщения об ударе по Курску.', places: [['Москва', '524901', 'speaker']] },
  // without a cluster (one other place) nothing is remote
  { text: 'Drones hit Sudzha overnight; the governor thanked Halcyon for the figures.', places: [['Sudzha', '486816'], ['Halcyon', 'test:halcyon']] },
];

for (const row of ROWS) {
  test(`places: ${label(row.text)}`, () => {
    const a = analyze({ id: 'p', text: row.text }, { gazetteer });
    assertAllSpans(a);
    const found = a.places.map((p) => `${JSON.stringify(p.text)}→${p.id}:${p.role}`).join(', ');
    for (const [span, id, role] of row.places) {
      const p = a.places.find((x) => x.text === span);
      assert.ok(p, `place ${JSON.stringify(span)} is found (got ${found})`);
      assert.equal(p.id, id, `id of ${JSON.stringify(span)} (got ${found})`);
      if (role) assert.equal(p.role, role, `role of ${JSON.stringify(span)}`);
      assert.ok(p.variants && p.variants.length > 0, 'the matched variant is listed');
    }
    for (const s of row.absent ?? []) assert.ok(!a.places.some((p) => p.text.includes(s)), `${JSON.stringify(s)} is no place (got ${found})`);
    const sides = a.sides.map((s) => [s.text, s.country]);
    for (const sd of row.sides ?? []) assert.ok(sides.some((x) => x[0] === sd[0] && x[1] === sd[1]), `side ${sd.join(':')} (got ${JSON.stringify(sides)})`);
    for (const s of a.sides) assert.ok(!a.places.some((p) => p.start < s.end && s.start < p.end), 'a demonym is a side, not a place');
  });
}

test('places: an unknown town entity becomes a place entity', () => {
  const a = analyze({ id: 'p', text: 'Shells hit Kupiansk overnight.' }, { gazetteer });
  const e = a.entities.find((x) => x.text === 'Kupiansk');
  assert.ok(e);
  assert.equal(e.type, 'place');
  assert.equal(e.name, 'Kupiansk');
});

test('places: demonyms record their form (adjective or people)', () => {
  const a = analyze({ id: 'p', text: 'Ukrainian troops and Russians fled.' }, { gazetteer });
  assert.deepEqual(a.sides.map((s) => [s.text, s.country, s.form]), [['Ukrainian', 'UA', 'adj'], ['Russians', 'RU', 'people']]);
});

test('places: resolveSpans resolves given spans together (demonyms, admin phrases, names)', () => {
  const text = 'Russian units shelled Andriivka in the Kursk region and Sudzha.';
  const doc = analyzeDoc({ id: 'p', text }, { gazetteer });
  const spans = ['Russian', 'Kursk region', 'Sudzha', 'Nowhere'].map((w) => {
    const start = text.indexOf(w);
    return { start: start < 0 ? 0 : start, end: start < 0 ? 0 : start + w.length };
  });
  const got = resolveSpans(doc, spans).map((p) => p?.id ?? null);
  assert.deepEqual(got, ['2017370', '538555', '486816', null]);
});

test('places: resolveSpans places a span the gazetteer does not hold at the document focus', () => {
  const text = 'Shells hit Kupiansk and Kharkiv. In Kupiansk, Soborna Street was damaged.';
  const doc = analyzeDoc({ id: 'p', text }, { gazetteer });
  const start = text.indexOf('Soborna Street');
  const [p] = resolveSpans(doc, [{ start, end: start + 'Soborna Street'.length }]);
  assert.ok(p);
  assert.equal(p.id, null);
  assert.equal(p.why?.rule, 'document-focus');
  assert.deepEqual([p.lat, p.lon], [49.71, 37.62], 'the most named town: Kupiansk');
});

/** The spans of `words` in `text` (first occurrence each). */
function spansOf(text: string, words: string[]): { start: number; end: number }[] {
  return words.map((w) => {
    const start = text.indexOf(w);
    assert.ok(start >= 0, w);
    return { start, end: start + w.length };
  });
}

test('places: resolveSpans reads abbreviations and looks past feature words ("Republic of", "County")', () => {
  const text = 'Officials in Trenton, N.J., and Morristown met envoys of the Republic of Armenia. Morris County roads were shut.';
  const doc = analyzeDoc({ id: 'p', text }, { gazetteer });
  const got = resolveSpans(doc, spansOf(text, ['N.J.', 'Republic of Armenia', 'Morris County']));
  assert.equal(got[0]?.id, '5101760', 'N.J. is New Jersey');
  assert.equal(got[1]?.id, '174982', '"Republic" alone is no place: the Republic of Armenia is Armenia');
  // Morris, Illinois has no support in a text about New Jersey: the county goes to the focus
  assert.equal(got[2]?.id, null);
  assert.equal(got[2]?.why?.rule, 'document-focus');
  assert.deepEqual([got[2]?.lat, got[2]?.lon], [40.22, -74.74], 'the focus: Trenton, in the region the text names most');
});

test('places: the focus is a town in the most named region, not the most repeated name', () => {
  const text = 'Norbury said the vote was close. Norbury spoke again later. Trenton and Morristown, New Jersey, counted ballots on Maple Avenue.';
  const doc = analyzeDoc({ id: 'p', text }, { gazetteer });
  const [p] = resolveSpans(doc, spansOf(text, ['Maple Avenue']));
  assert.equal(p?.why?.rule, 'document-focus');
  assert.equal(p?.country, 'US', `focus ${p?.name} ${p?.lat},${p?.lon}`);
  assert.deepEqual([p?.lat, p?.lon], [40.22, -74.74], 'Trenton: New Jersey is named three times, Norbury twice');
});

test('places: no gazetteer entry, no place; a pipeline without a gazetteer leaves the layer empty', () => {
  const a = analyze({ id: 'p', text: 'Shells hit Zzyzxville overnight.' }, { gazetteer });
  assert.deepEqual(a.places, []);
});

const FORMS: [string, string[]][] = [
  ['Курской', ['курская', 'курский']],
  ['Белгородской', ['белгородская', 'белгородский']],
  ['Харківській', ['харківська', 'харківський']],
  ['Донецкой', ['донецкая', 'донецкий']],
];
for (const [w, adj] of FORMS) {
  test(`places: Cyrillic admin adjective ${w} → ${adj.join(', ')}`, () => {
    assert.deepEqual(cyrillicAdminForms(w).adj, adj);
  });
}
