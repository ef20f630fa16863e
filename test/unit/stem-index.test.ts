/**
 * Lane speed12: `StemIndex.held` (the places stage's facility step asks which of its ~140 stems a
 * text holds in one pass instead of one `includes` per stem) must answer exactly what
 * `strings.map((s) => text.includes(s))` answers. The rows were written by hand: a stem inside
 * another word ("port" in "report"), a stem that starts another (kurs/kursk), overlapping stems
 * ("aes"/"esa" in "aesa"), a one-character and an empty string, Cyrillic stems in a two-byte text,
 * a stem at the very end; then seeded random texts over a small alphabet, where overlaps are common.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StemIndex } from '../../src/analyze/places/facilities.js';

function index(strings: string[]): StemIndex {
  const ix = new StemIndex();
  for (const s of strings) ix.add(s);
  return ix;
}
const held = (ix: StemIndex, text: string): string[] => ix.strings.filter((_, k) => ix.held(text)[k] === 1);

test('StemIndex: hand-written rows', () => {
  const ix = index(['port', 'kurs', 'kursk', 'aes', 'esa', 'x', 'аэс', 'курск', 'тц', 'dam']);
  assert.deepEqual(held(ix, 'a report on the Kursk plant'), ['port']); // "Kursk" has a capital: the text is lower-cased by the caller
  assert.deepEqual(held(ix, 'the kursk npp'), ['kurs', 'kursk']);
  assert.deepEqual(held(ix, 'aesa'), ['aes', 'esa']);
  assert.deepEqual(held(ix, 'в курской области у аэс, тц'), ['аэс', 'курск', 'тц']);
  assert.deepEqual(held(ix, 'box'), ['x']);
  assert.deepEqual(held(ix, 'adam'), ['dam']); // at the very end
  assert.deepEqual(held(ix, ''), []);
  assert.deepEqual(held(ix, 'no stem “here”'), []);
  // the empty string is in every text, as `includes` has it
  assert.deepEqual(held(index(['', 'ab']), 'xyz'), ['']);
  // a repeated string keeps its first index
  const again = new StemIndex();
  assert.equal(again.add('ab'), 0);
  assert.equal(again.add('cd'), 1);
  assert.equal(again.add('ab'), 0);
});

test('StemIndex: same answers as includes on random texts', () => {
  let seed = 12345;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const alphabet = 'abcаб ’.';
  const word = (n: number): string => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)]).join('');
  for (let round = 0; round < 200; round++) {
    const strings = Array.from({ length: 1 + rnd(12) }, () => word(1 + rnd(4)));
    const ix = index(strings);
    for (let k = 0; k < 10; k++) {
      const text = word(rnd(60));
      const want = ix.strings.map((s) => (text.includes(s) ? 1 : 0));
      assert.deepEqual([...ix.held(text)], want, `${JSON.stringify(ix.strings)} in ${JSON.stringify(text)}`);
    }
  }
});
