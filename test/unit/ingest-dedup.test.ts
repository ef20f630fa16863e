/**
 * Reprint detection (src/ingest/dedup.ts) on fictional texts written for this test
 * (test/fixtures/ingest/dedup/): a wire story and three lightly edited reprints (new headline; a
 * changed paragraph plus a credit line; other boilerplate, no dateline, last paragraph cut), three
 * different stories on the same event (a follow-up, an independent reportage, a ministry summary),
 * and three short channel posts (one forwarded with a subscribe line, one a different post).
 * Expected pairs were decided by reading the texts, not from the program.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  NearDupIndex, bandKeys, contentHash, normaliseText, reprintAgrees, signature, signatureFromBuffer, signatureToBuffer, similarity, textFacts, HASHES, BANDS,
} from '../../src/ingest/index.js';
import { FIXTURES } from './ingest-helpers.js';

const read = (name: string): string => readFileSync(`${FIXTURES}dedup/${name}.txt`, 'utf8');
const NAMES = ['wire', 'reprint-headline', 'reprint-paragraph', 'reprint-boilerplate', 'other-followup', 'other-independent', 'other-ministry', 'post', 'post-forward', 'post-other'];
const TEXTS = Object.fromEntries(NAMES.map((n) => [n, read(n)]));

/** The texts that are carriers of one text, by the reading of a person. */
const SAME: string[][] = [['wire', 'reprint-headline', 'reprint-paragraph', 'reprint-boilerplate'], ['post', 'post-forward']];
const sameGroup = (a: string, b: string): boolean => SAME.some((g) => g.includes(a) && g.includes(b));

test('contentHash: equal for texts differing only in case, white space, typographic quotes and dashes', () => {
  const rows: [string, string, boolean][] = [
    ['The mayor said: “We will rebuild.”', 'the mayor said: "we will rebuild."', true],
    ['Shelling  continued\n\nin the east – officials', 'Shelling continued in the east - officials', true],
    ['Shelling continued in the east.', 'Shelling continued in the west.', false],
    ['ＡＢＣ news', 'abc news', true], // NFKC folds full-width letters
  ];
  for (const [a, b, same] of rows) assert.equal(contentHash(a) === contentHash(b), same, `${a} | ${b}`);
  assert.equal(normaliseText('  A  “b” — c '), 'a "b" - c');
});

test('signature: deterministic, bytes round-trip, band keys stable', () => {
  const s1 = signature(TEXTS.wire!);
  const s2 = signature(TEXTS.wire!);
  assert.deepEqual(s1, s2);
  assert.equal(s1.length, HASHES);
  const buf = signatureToBuffer(s1);
  assert.equal(buf.length, HASHES * 4);
  assert.deepEqual(signatureFromBuffer(buf), s1);
  assert.throws(() => signatureFromBuffer(buf.subarray(0, 10)), RangeError);
  assert.equal(bandKeys(s1).length, BANDS);
  assert.deepEqual(bandKeys(s1), bandKeys(s2));
  assert.equal(similarity(s1, s2), 1);
});

test('near-duplicates: every reprint pair is above the threshold, every other pair far below', () => {
  const sigs = Object.fromEntries(NAMES.map((n) => [n, signature(TEXTS[n]!)]));
  for (let i = 0; i < NAMES.length; i++) {
    for (let j = i + 1; j < NAMES.length; j++) {
      const a = NAMES[i]!, b = NAMES[j]!;
      const s = similarity(sigs[a]!, sigs[b]!);
      if (sameGroup(a, b)) assert.ok(s >= 0.45, `${a} ~ ${b}: ${s}`);
      else assert.ok(s <= 0.1, `${a} vs ${b} should differ: ${s}`);
    }
  }
});

test('NearDupIndex: reprints point at the first text, different stories stay apart (precision and recall 1 on the fixtures)', () => {
  const idx = new NearDupIndex();
  const got: Record<string, string | null> = {};
  for (const n of NAMES) got[n] = idx.add(n, TEXTS[n]!)?.duplicateOf ?? null;
  assert.deepEqual(got, {
    wire: null, 'reprint-headline': 'wire', 'reprint-paragraph': 'wire', 'reprint-boilerplate': 'wire',
    'other-followup': null, 'other-independent': null, 'other-ministry': null,
    post: null, 'post-forward': 'post', 'post-other': null,
  });
  assert.equal(idx.size, NAMES.length);
});

test('NearDupIndex: exact before near; a reprint of a reprint points at the original; empty text matches nothing', () => {
  const idx = new NearDupIndex();
  assert.equal(idx.add('a', TEXTS.wire!), null);
  assert.deepEqual(idx.add('b', `  ${TEXTS.wire!.toUpperCase()}  `), { duplicateOf: 'a', kind: 'exact', similarity: 1 });
  const near = idx.add('c', TEXTS['reprint-paragraph']!);
  assert.equal(near?.duplicateOf, 'a');
  assert.equal(near?.kind, 'near');
  assert.ok(near!.similarity >= 0.4 && near!.similarity < 1);
  // exact copy of the near-duplicate: its root is the original, not 'c'
  assert.deepEqual(idx.add('d', TEXTS['reprint-paragraph']!), { duplicateOf: 'a', kind: 'exact', similarity: 1 });
  assert.equal(idx.add('e', '!!! ...'), null);
  assert.equal(idx.add('f', '??'), null, 'texts without words are never near-duplicates of each other');
});

test('NearDupIndex: addSignature (as loaded back from a store) matches like add', () => {
  const idx = new NearDupIndex();
  idx.addSignature('w', contentHash(TEXTS.wire!), signatureFromBuffer(signatureToBuffer(signature(TEXTS.wire!))));
  assert.equal(idx.add('r', TEXTS['reprint-headline']!)?.duplicateOf, 'w');
  assert.equal(idx.add('o', TEXTS['other-followup']!), null);
});

test('NearDupIndex: a thousand unrelated texts from a small vocabulary match nothing', () => {
  const idx = new NearDupIndex();
  const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');
  let seed = 7;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let matches = 0;
  for (let i = 0; i < 1000; i++) {
    const text = Array.from({ length: 120 }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    if (idx.add(String(i), text)) matches++;
  }
  assert.equal(matches, 0);
});

// Templated reports: two daily summaries written from one template with other figures and another
// town (test/fixtures/ingest/dedup/template-day*.txt), and a channel post about another town with
// the same words and figures (post-elsewhere.txt). Similar wording, different news: not reprints.
const TEMPLATE = ['template-day1', 'template-day2'].map(read);
const ELSEWHERE = read('post-elsewhere');

test('textFacts: digits (thousands separators folded) and cardinal number words as values', () => {
  const rows: [string, string[]][] = [
    ['The enemy lost up to 45 servicemen, 3 tanks and two vehicles.', ['2', '3', '45']],
    ['About 14,000 residents; 14000 before; 1 234 in 2024.', ['1', '14000', '14000', '234']],
    // Dates and clock times are not figures (a reprint adds a byline with its own date and time).
    ['Meridian · 15.10.2025, 16:10 - 40 vehicles', ['40']],
    ['VERKHNIA KALYNA, May 14 (Northline) - 3 hit; last hit on May 6, and on 2 October; since 2025-10-15.', ['3']],
    ['14 мая уничтожено 7 танков; 3/4 of the 12 drones', ['12', '3', '4', '7']],
    ['Losses: 1.5 million, 3.25 percent, 1,200 people', ['1.5', '1200', '3.25']],
    ['Twelve were killed and a dozen wounded.', ['12']],
    ['No figures here at all.', []],
    ['Потери противника составили 45 военнослужащих.', ['45']],
  ];
  for (const [text, numbers] of rows) assert.deepEqual(textFacts(text).numbers, numbers, text);
  assert.deepEqual(textFacts('x', ['b', 'a', 'b']).places, ['a', 'b']);
  assert.equal(textFacts('x').places, null);
});

test('reprintAgrees: a replaced figure or (in a short text) a replaced place makes two texts', () => {
  const f = (numbers: string[], places: string[] | null = null, words = 100) => ({ numbers, places, words });
  const rows: [string, ReturnType<typeof f>, ReturnType<typeof f>, boolean][] = [
    ['same figures', f(['3', '45']), f(['3', '45']), true],
    ['figures replaced', f(['3', '45']), f(['130', '7']), false],
    ['one figure replaced, others equal', f(['2', '3', '45']), f(['2', '3', '46']), false],
    ['a paragraph with a figure added', f(['3', '45']), f(['3', '45', '2024']), true],
    ['a paragraph with a figure cut', f(['3', '45', '6']), f(['3', '45']), true],
    ['a count changed: two twos against one two and a three', f(['2', '2']), f(['2', '3']), false],
    ['short, same figures, place replaced', f(['2'], ['geonames:1']), f(['2'], ['geonames:2']), false],
    ['short, a place added', f(['2'], ['geonames:1']), f(['2'], ['geonames:1', 'geonames:2']), true],
    ['long, place replaced: places not compared', f(['2'], ['geonames:1'], 200), f(['2'], ['geonames:2'], 500), true],
    ['short, places unknown on one side', f(['2'], ['geonames:1']), f(['2'], null), true],
  ];
  for (const [what, a, b, same] of rows) {
    assert.equal(reprintAgrees(a, b), same, what);
    assert.equal(reprintAgrees(b, a), same, `${what} (swapped)`);
  }
});

test('NearDupIndex: templated reports with other figures are not reprints, though the wording is near', () => {
  const s = similarity(signature(TEMPLATE[0]!), signature(TEMPLATE[1]!));
  assert.ok(s >= 0.4, `the template pair must be near by wording for this test to mean anything: ${s}`);
  const idx = new NearDupIndex();
  assert.equal(idx.add('day1', TEMPLATE[0]!), null);
  assert.equal(idx.add('day2', TEMPLATE[1]!), null);
  // An exact copy is still a reprint, and so is the day-1 text with a line added.
  assert.equal(idx.add('day1-copy', TEMPLATE[0]!)?.kind, 'exact');
  assert.equal(idx.add('day1-edited', `${TEMPLATE[0]!}\nSubscribe to our channel.`)?.duplicateOf, 'day1');
});

test('NearDupIndex: a short post with the same words about another place is not a reprint (places given)', () => {
  const idx = new NearDupIndex();
  assert.equal(idx.add('post', TEXTS.post!, ['place:verkhnia-kalyna']), null);
  assert.equal(idx.add('elsewhere', ELSEWHERE, ['place:nova-pryluka']), null);
  assert.equal(idx.add('forward', TEXTS['post-forward']!, ['place:verkhnia-kalyna'])?.duplicateOf, 'post');
  // Without places the post about the other town cannot be told apart by its figures.
  const blind = new NearDupIndex();
  blind.add('post', TEXTS.post!);
  assert.equal(blind.add('elsewhere', ELSEWHERE)?.duplicateOf, 'post');
});

test('shingles: the one-pass word scan cuts and hashes words exactly as the regular expression /[\\p{L}\\p{N}]+/gu does', async () => {
  const { shingles, SHINGLE } = await import('../../src/ingest/dedup.js');
  // The reference: words by the regular expression, FNV-1a over their UTF-16 code units, murmur3's finaliser.
  const fmix = (h: number): number => {
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
    return h >>> 0;
  };
  const reference = (text: string): number[] => {
    const words: number[] = [];
    for (const m of text.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
      let h = 0x811c9dc5;
      for (let i = 0; i < m[0].length; i++) { h ^= m[0].charCodeAt(i); h = Math.imul(h, 0x01000193); }
      words.push(fmix(h));
    }
    const k = Math.min(SHINGLE, words.length);
    const out = new Set<number>();
    for (let i = 0; i + k <= words.length && k > 0; i++) {
      let h = 0x2545f491;
      for (let j = 0; j < k; j++) h = fmix((h ^ words[i + j]!) + j);
      out.add(h);
    }
    return [...out];
  };
  const tricky = [
    '', ' ', '...', 'one', 'one two three four five six seven',
    'Оккупанты потеряли 1 250 военнослужащих; ЗСУ знищили 7 танків — Генштаб', 'Тёткино и Теткино', 'за минулу добу (+7)',
    'café déjà-vu naïve', 'cafe\u0301 combining accent', 'ﬁve ﬂags ＡＢＣ ①②③ x²', 'snake_case and kebab-case', 'it’s “quoted” text',
    'emoji 🇺🇦 between 😀 words', 'math 𝐀𝐁𝐂 letters 𝟏𝟐', 'lone \ud800 high and \udc00 low surrogates', 'pair\ud83d\ude00glued', '\ud800',
    '中文 文字 日本語のテキスト 한국어 텍스트', 'عربي نص ١٢٣ מילים בעברית', 'ǅemal Ǆ ǆ', 'İstanbul ıi', 'ß straße STRASSE', 'tab\tnew\nline\u00a0nbsp\u202fnarrow',
  ];
  const texts = [...tricky, ...Object.values(TEXTS)];
  for (const t of texts) assert.deepEqual([...shingles(t)], reference(t), JSON.stringify(t.slice(0, 60)));
});
