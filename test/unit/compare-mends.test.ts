/**
 * Table-driven tests for behaviour items of the last review (lane mends, issues 9 and 10): a capital
 * of a side is the capital city, not a region of the same name (`capitalOfSide`); the one "-ly
 * adverb" a capital's government use may skip is no noun ("a Moscow family said"); an interceptor
 * («перехватчик», «перехоплювач») is no shooting down. Sentences are realistic retellings written for
 * these tests; expected values decided by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalOfSide, governmentUse } from '../../src/compare/capital.js';
import { ruukFigureFrame } from '../../src/compare/figures.js';
import type { PlaceRef } from '../../src/compare/index.js';

/** [start, end) of `needle` in `text` (the first occurrence). */
function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" is in "${text}"`);
  return [i, i + needle.length];
}

test('capitalOfSide: the capital city of a side, not a state or a district of the same name', () => {
  const ref = (name: string, country: string, admin1: string | null, level: PlaceRef['level']): PlaceRef => ({ id: `t:${name}:${level}`, name, country, admin1, level });
  const rows: [PlaceRef, string, boolean][] = [
    [ref('Washington', 'US', 'US-DC', 'city'), 'US', true],
    [ref('Kyiv', 'UA', 'UA-30', 'city'), 'UA', true],
    // the US state of Washington and a Kyiv region district are not where the government sits
    [ref('Washington', 'US', 'US-WA', 'admin1'), 'US', false],
    [ref('Kyiv', 'UA', 'UA-32', 'admin2'), 'UA', false],
    [ref('Moscow', 'RU', 'RU-MOS', 'admin1'), 'RU', false],
    [ref('Washington', 'US', 'US-DC', 'city'), 'RU', false],
  ];
  for (const [place, side, want] of rows) assert.equal(capitalOfSide(place, new Set([side])), want, `${place.name} ${place.level} / ${side}`);
});

test('governmentUse: the adverb slot after a capital takes adverbs, not nouns ending in -ly', () => {
  const rows: [string, string, boolean][] = [
    ['A Moscow family said drone debris had smashed the windows of their flat.', 'Moscow', false],
    ['A Kyiv weekly said the strike had hit a warehouse.', 'Kyiv', false],
    ['The Kyiv assembly said the shelters were not ready.', 'Kyiv', false],
    // adverbs still pass
    ['Peskov said Moscow flatly rejected the accusations.', 'Moscow', true],
    ['Kyiv repeatedly denied any role in the explosion.', 'Kyiv', true],
  ];
  for (const [text, name, want] of rows) {
    const [s, e] = at(text, name);
    assert.equal(governmentUse(text, s, e), want, `${text} / ${name}`);
  }
});

test('ruukFigureFrame: an interceptor is a thing counted, not a shooting down', () => {
  const rows: [string, string, 'loss' | 'launched' | 'skip' | null][] = [
    ['На авиабазу прибыли 4 перехватчика МиГ-31.', '4 перехватчика', null],
    ['Полк получил 12 перехватчиков.', '12 перехватчиков', null],
    ['Україна отримала 30 дронів-перехоплювачів.', '30 дронів', null],
    // shooting down stays a loss
    ['Силы ПВО перехватили 12 беспилотников над областью.', '12 беспилотников', 'loss'],
    ['Над Курской областью перехвачены 5 беспилотников.', '5 беспилотников', 'loss'],
    ['Средства ПВО провели перехват 8 ракет.', '8 ракет', 'loss'],
    ['Сили ППО перехопили 20 дронів.', '20 дронів', 'loss'],
  ];
  for (const [text, fig, want] of rows) {
    const [s, e] = at(text, fig);
    assert.equal(ruukFigureFrame(text, s, e), want, text);
  }
});
