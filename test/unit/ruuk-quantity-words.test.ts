/**
 * The word scan of Russian and Ukrainian number words (src/analyze/quantities/ruuk.ts, `wordEndAt`):
 * it must cut a paragraph into the same words as the regular expression it replaces,
 * `[\p{L}'’ʼ]+(?:-[\p{L}]+)*` with the u flag (apostrophes inside a word, hyphenated parts of
 * letters only, letters outside the BMP, lone surrogates), and number words before a unit must
 * still be found. Expected words written by hand.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordEndAt } from '../../src/analyze/quantities/ruuk.js';
import { analyze } from '../../src/index.js';

/** The words of `s` as wordEndAt cuts them, scanning as a global search would. */
function words(s: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < s.length;) {
    const e = wordEndAt(s, at);
    if (e < 0) {
      at += s.codePointAt(at)! > 0xffff ? 2 : 1;
      continue;
    }
    out.push(s.slice(at, e));
    at = e;
  }
  return out;
}

const CASES: [string, string[]][] = [
  ['два танка', ['два', 'танка']],
  ["п'ять БПЛА, п’ятьох окупантів", ["п'ять", 'БПЛА', 'п’ятьох', 'окупантів']],
  ['Ростов-на-Дону и Павлово-Посадский', ['Ростов-на-Дону', 'и', 'Павлово-Посадский']],
  // a hyphen joins letters only: an apostrophe after it starts a word of its own
  ["a-'b", ['a', "'b"]],
  // a hyphenated part takes letters only: the apostrophe after "c" starts the next word
  ["ab-c'd", ['ab-c', "'d"]],
  ['x--y -abc abc-', ['x', 'y', 'abc', 'abc']],
  ['a-1b 12 танков', ['a', 'b', 'танков']],
  // letters outside the BMP are letters; an emoji is not; a lone surrogate is not
  ['𝐀𝐁-𝐂 d 🙂-а', ['𝐀𝐁-𝐂', 'd', 'а']],
  ['\ud800abc', ['abc']],
];

describe('ruuk number-word scan', () => {
  for (const [text, want] of CASES) it(`cuts ${JSON.stringify(text)} into ${want.length} words`, () => assert.deepEqual(words(text), want));
  it('finds a number word before its unit ("два танка", "трьох людей")', () => {
    const ru = analyze({ id: 'q1', text: 'Уничтожены два танка противника.' });
    assert.deepEqual(ru.quantities.map((q) => [q.text, q.value, q.unit]), [['два танка', 2, 'tanks']]);
  });
});
