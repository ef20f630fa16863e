/** Store rows derived from an analysis: claim dates, places, keys, and matching a reprint's claims to the original's. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dayOf, deriveRows, factPlaces, foldKey, matchClaims } from '../../src/ledger/rows.js';
import { foldKeyUnicode, utf8Bytes } from '../../src/store/keys.js';
import { MINISTRY_TEXT, ministry, wire } from '../store/fixtures.js';

describe('foldKey and dayOf', () => {
  const folds: [string, string][] = [
    ['Kup’yansk', 'kup yansk'],
    ['  Oleh   SYNEHUBOV ', 'oleh synehubov'],
    ['Zaporižžja', 'zaporizzja'],
    ['Харків', '\u0445\u0430\u0440\u043a\u0456\u0432'],
    ['Київ', '\u043a\u0438\u0456\u0432'], // ї folds to і
    ['%_', ''],
  ];
  for (const [a, b] of folds) it(`foldKey(${JSON.stringify(a)})`, () => assert.equal(foldKey(a), b));
  // The plain-text fast path (ASCII, no-break space, dashes, curly quotes, ellipsis) gives what NFKD folding gives.
  const plain: [string, string][] = [
    ['“Ten drones,” the ministry said…', 'ten drones the ministry said'],
    ['Kharkiv\u00a0region — 12\u2011year\u2010old', 'kharkiv region 12 year old'],
    ['\u2018A\u2019 \u201bB\u201f\t\nC\u0000D', 'a b c d'],
    ['…', ''],
    ['ÉCOLE “Kyiv”', 'ecole kyiv'], // é takes the general path
  ];
  for (const [a, b] of plain) it(`foldKey(${JSON.stringify(a)}) by either path`, () => {
    assert.equal(foldKey(a), b);
    assert.equal(foldKeyUnicode(a), b);
  });
  it('foldKey equals the NFKD folding on any text of the fast path\'s characters and a few others', () => {
    const chars = [...'aZ09 -_.,;\'"\t\n\u0000\u007f\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2026éЁї\u0301ﬁ①'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
      const s = cs.join('');
      assert.equal(foldKey(s), foldKeyUnicode(s));
    }), { numRuns: 2000 });
  });
  const days: [string | null, string | null][] = [['2024-08-06T09:00:00Z', '2024-08-06'], ['2024-08-06', '2024-08-06'], ['Tuesday', null], [null, null]];
  for (const [a, b] of days) it(`dayOf(${JSON.stringify(a)})`, () => assert.equal(dayOf(a), b));
});

describe('deriveRows', () => {
  it('dates a claim by a date in its sentence, else by the publication day; places by its sentences', () => {
    const m = ministry();
    const rows = deriveRows(m.document, m.analysis);
    assert.deepEqual(rows.claims.map((c) => [c.id, c.date, c.places.map((p) => p.name)]), [
      ['mod-1#0', '2024-08-06', ['Kupiansk']],
      ['mod-1#1', '2024-08-07', ['Belgorod']],
      ['mod-1#2', '2024-08-07', ['Vovchansk']],
    ]);
    assert.deepEqual(rows.quantities.map((q) => [q.text, q.claimId]), [['4 people', 'mod-1#1'], ['3 attacks', 'mod-1#2']]);
    for (const c of rows.claims) assert.equal(MINISTRY_TEXT.slice(c.start, c.end), c.content);
  });
  it('keeps one entry per place, the first mention', () => {
    const w = wire();
    const rows = deriveRows(w.document, w.analysis);
    assert.deepEqual(rows.places.map((p) => [p.name, p.start]), [['Kupiansk', w.document.text.indexOf('Kupiansk')]]);
  });
});

describe('factPlaces', () => {
  it("takes the analyzer's mention when the id matches, else finds the name after the claim, else an empty span", () => {
    const text = 'Shelling near Tetkino. Later, near Tetkino, the Kursk region governor spoke.';
    const got = factPlaces(text, [], [
      { id: 'name:tetkino', name: 'Tetkino', admin1: null, country: null, level: null },
      { id: 'RU-KRS', name: 'Kursk Oblast', admin1: 'RU-KRS', country: 'RU', level: 'admin1' },
    ], 23);
    assert.deepEqual(got.map((p) => [p.placeId, p.start, p.end, p.text]), [['name:tetkino', 35, 42, 'Tetkino'], ['RU-KRS', 23, 23, '']]);
    for (const p of got) assert.equal(text.slice(p.start, p.end), p.text);
  });
});

describe('matchClaims', () => {
  const k = (s: string): { key: string } => ({ key: foldKey(s) });
  const cases: [string, string[], string[], number[]][] = [
    ['equal content matches', ['12 civilians were killed'], ['3 attacks repelled', '12 civilians were killed'], [1]],
    ['punctuation and case do not matter', ['Twelve civilians, killed.'], ['twelve civilians killed'], [0]],
    ['a light edit matches by word overlap', ['12 civilians were killed in the shelling of Kupiansk on Monday'], ['12 civilians were killed in the shelling of Kupiansk'], [0]],
    ['an unrelated claim does not match', ['the bridge is closed'], ['12 civilians were killed'], [-1]],
    ['no original claims', ['anything'], [], [-1]],
  ];
  for (const [name, carrier, original, expected] of cases) it(name, () => assert.deepEqual(matchClaims(carrier.map(k), original.map(k)), expected));
});

describe('utf8Bytes (the analysis JSON a worker sends)', () => {
  const enc = new TextEncoder();
  const cases: [string, string][] = [
    ['empty', ''],
    ['ASCII JSON', '{"id":"bench-000001","claims":[]}'],
    ['two-byte: curly quotes, ellipsis, Cyrillic', '“Харків” — ‘Купʼянськ’…'],
    ['astral characters', 'a😀b𝔘'],
    ['lone surrogates (replaced as TextEncoder replaces them)', 'x\ud800y\udc00\ud83d'],
    ['longer than the kept scratch space', '“'.repeat(400_000) + 'end'],
  ];
  for (const [name, s] of cases) it(name, () => assert.deepEqual(Buffer.from(utf8Bytes(s)), Buffer.from(enc.encode(s))));
  it('each result has an ArrayBuffer of its own (transferable), untouched by later calls', () => {
    const a = utf8Bytes('first “text”');
    const b = utf8Bytes('second, longer text that overwrites the scratch space');
    assert.equal(a.byteOffset, 0);
    assert.equal(a.buffer.byteLength, a.byteLength);
    assert.equal(new TextDecoder().decode(a), 'first “text”');
    assert.notEqual(a.buffer, b.buffer);
  });
  it('equals TextEncoder.encode on random strings (any UTF-16 code units)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      assert.deepEqual(Buffer.from(utf8Bytes(s)), Buffer.from(enc.encode(s)));
    }), { numRuns: 500 });
  });
});
