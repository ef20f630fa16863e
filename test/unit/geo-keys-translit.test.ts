/**
 * The fast transliteration path of src/geo/keys.ts (`fastTranslit`) must give exactly what
 * cyrillic-to-translit-js gives (the gazetteer's keys were built with the library): every pair of
 * its letters, seeded random words and phrases, and hand-written names with their expected Latin
 * forms (Ukrainian national system 2010 for uk, the library's ru preset for Russian).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import translitModule from 'cyrillic-to-translit-js';
import { fastTranslit, transliterate } from '../../src/geo/keys.js';

type Factory = (config?: { preset: 'ru' | 'uk' }) => { transform(input: string): string };
const factory: Factory = typeof translitModule === 'function'
  ? (translitModule as unknown as Factory)
  : (translitModule as unknown as { default: Factory }).default;
const lib = { ru: factory({ preset: 'ru' }), uk: factory({ preset: 'uk' }) };
const LETTERS = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґabcdefghijklmnopqrstuvwxyz0123456789\'’ʼ- '];

test('fastTranslit equals the library on every pair and triple start of its letters', () => {
  for (const preset of ['ru', 'uk'] as const) {
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        for (const s of [a + b, `з${a}${b}`, `${a} ${b}г`]) {
          const f = fastTranslit(s, preset === 'uk');
          assert.equal(f, lib[preset].transform(s), `${preset} ${JSON.stringify(s)}`);
        }
      }
    }
  }
});

test('fastTranslit equals the library on seeded random phrases', () => {
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let k = 0; k < 20_000; k++) {
    let s = '';
    const len = 1 + rnd(20);
    for (let i = 0; i < len; i++) s += LETTERS[rnd(LETTERS.length)]!;
    for (const preset of ['ru', 'uk'] as const) {
      assert.equal(fastTranslit(s, preset === 'uk'), lib[preset].transform(s), `${preset} ${JSON.stringify(s)}`);
    }
  }
});

test('fastTranslit leaves other text to the library (null)', () => {
  for (const s of ['київ\u00a0', 'Київ', 'é', 'a\tb', 'й\u0306']) assert.equal(fastTranslit(s, true), null, JSON.stringify(s));
});

test('transliterate: names, as the library and the national systems write them', () => {
  const rows: [string, string][] = [
    ['харків', 'kharkiv'],
    ['запоріжжя', 'zaporizhzhia'],
    ['згурівка', 'zghurivka'],
    ["куп'янськ", "kup'yansk"], // no і, ї, є or ґ: the ru preset, which keeps the apostrophe
    ['єнакієве', 'yenakiieve'],
    ['харьков', 'kharkov'],
    ['ёлки', 'yolki'],
    ['курская область', 'kurskaya oblast'],
    ['белгород', 'belgorod'],
  ];
  for (const [folded, latin] of rows) assert.equal(transliterate(folded), latin, folded);
});
