/**
 * Figures read right before they are compared (issue 9, lane ctlstatus): Russian and Ukrainian
 * words that only start like a number word or a unit are neither («однако ракеты», «танкеров»);
 * an area in words is km², not km; a statement that no one was killed is a zero toll. Expected
 * values decided by hand before the program was run on these texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';

/** The quantities of a text as "value unit" (unit "-" when none). */
function quantities(text: string): string[] {
  return analyze({ id: 'q', text }).quantities.map((q) => `${q.value} ${q.unit ?? '-'}`);
}

test('a word that starts like a Russian or Ukrainian number word or unit is neither', () => {
  const rows: [string, string[]][] = [
    // «однако» starts with the stem «одна»: no "1 missiles" (houses are no unit of the Russian and Ukrainian lists)
    ['Гладков заявил, что ПВО сбила несколько целей над Белгородом, однако ракеты повредили два дома.', []],
    ['Синєгубов повідомив, що ППО збила кілька цілей, однак ракети пошкодили два будинки.', []],
    // a tanker is a ship, not a tank
    ['Минобороны заявило, что в порту Новороссийска повреждены два танкера.', ['2 ships']],
    ['ВМС повідомили, що уражено три танкери тіньового флоту.', ['3 ships']],
    // the words the stems were written for still count
    ['ПВО сбила одну ракету, уничтожены два танка.', ['1 missiles', '2 tanks']],
  ];
  for (const [text, want] of rows) assert.deepEqual(quantities(text), want, text);
});

test('an area written in words is km², not km', () => {
  const rows: [string, string[]][] = [
    ['З початку вересня наші воїни повернули під контроль України понад 3000 квадратних кілометрів.', ['3000 km2']],
    ['Освобождено около 2 000 квадратных километров территории.', ['2000 km2']],
    ['За пять суток освобождено 24 населённых пункта и 259 кв. км территории.', ['24 settlements', '259 km2']],
    // a distance stays a distance
    ['На харківському напрямку до державного кордону залишилося 50 кілометрів.', ['50 km']],
  ];
  for (const [text, want] of rows) assert.deepEqual(quantities(text), want, text);
});
