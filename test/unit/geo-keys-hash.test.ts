/**
 * Shortcuts of src/geo/keys.ts used by the gazetteer's look-ups must agree exactly with the plain
 * definitions: `latinKeyHash(f)` is `keyHash(transliterate(f))` (or -1, "take the slow path"), and
 * `skeletonOfLatin`, which skips steps whose letters are absent, equals running every step.
 * Seeded random strings over the letters that matter, plus hand-written names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, keyHash, latinKeyHash, skeletonOfLatin, transliterate } from '../../src/geo/keys.js';

function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % n;
  };
}

test('keyHash is 32-bit FNV-1a over UTF-16 code units', () => {
  assert.equal(keyHash(''), 0x811c9dc5);
  assert.equal(keyHash('a'), 0xe40c292c);
  assert.equal(keyHash('foobar'), 0xbf9cf968);
});

test('latinKeyHash equals keyHash of the transliteration, or is -1', () => {
  const names = ['харьков', 'харкові', 'розгін', 'зграя', 'київ', 'курская область', 'kharkiv', '', 'з г', 'сєвєродонецьк', 'ё', 'x²', 'харьков²'];
  const rnd = rng(7);
  const letters = [...'абвгдезийклмнопрстуфхцчшщъыьэюяіїєґ kha\'-1'];
  for (let k = 0; k < 20_000; k++) {
    let s = '';
    for (let i = 1 + rnd(12); i > 0; i--) s += letters[rnd(letters.length)];
    names.push(s);
  }
  let fast = 0;
  for (const f of names) {
    const h = latinKeyHash(f);
    if (h === -1) continue;
    fast++;
    assert.equal(h, keyHash(transliterate(f)), JSON.stringify(f));
  }
  assert.ok(fast > names.length * 0.9, 'most strings take the fast path');
  assert.equal(latinKeyHash('харьков²'), -1);
});

const STEPS: [RegExp, string][] = [
  [/['\s]+/g, ''], [/kh/g, 'h'], [/g/g, 'h'], [/w/g, 'v'], [/ck/g, 'k'], [/[yij]a/g, 'a'],
  [/[yij]u/g, 'u'], [/[yij]e/g, 'e'], [/[yij]o/g, 'o'], [/[yj]/g, 'i'], [/(.)\1+/g, '$1'],
];
const everyStep = (x: string): string => STEPS.reduce((s, [re, rep]) => s.replace(re, rep), x);

test('skeletonOfLatin equals running every step', () => {
  const cases: [string, string][] = [
    ["kup'yansk", 'kupansk'], ['kupiansk', 'kupansk'], ['huliaipole', 'hulaipole'], ['gulyaipole', 'hulaipole'],
    ['kharkiv', 'harkiv'], ['new york', 'nevork'], ['bakhmut', 'bahmut'], ['', ''],
  ];
  for (const [latin, want] of cases) assert.equal(skeletonOfLatin(latin), want, latin);
  const rnd = rng(11);
  const letters = [...'khgwcyijaueo\' -\tK1x\u00e9\u00a0'];
  for (let k = 0; k < 50_000; k++) {
    let s = '';
    for (let i = 1 + rnd(9); i > 0; i--) s += letters[rnd(letters.length)];
    assert.equal(skeletonOfLatin(s), everyStep(s), JSON.stringify(s));
  }
});

test('fold: already-folded text is returned as it is, anything else still folded', () => {
  const cases: [string, string][] = [
    ['харькове', 'харькове'], ['курская область', 'курская область'], ["kup'yansk", "kup'yansk"],
    ['Харькове', 'харькове'], ['а  б', 'а б'], [' киев', 'киев'], ['ёлка', 'елка'], ['київ', 'київ'],
    ['kup’yansk', "kup'yansk"], ['ivano-frankivsk', 'ivano frankivsk'], ['café', 'cafe'], ['', ''],
  ];
  for (const [s, want] of cases) assert.equal(fold(s), want, JSON.stringify(s));
});
