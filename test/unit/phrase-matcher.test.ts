/**
 * PhraseMatcher's order of phrases under one first word: longest first, and among phrases of the
 * same length the one added first wins (the order a stable sort after every add gave; `add` now
 * inserts in place instead of re-sorting).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher, wordsOf } from '../../src/lexicon/phrases.js';

/** [phrases added in order (phrase, row), text, expected row at word 0 or null] */
const rows: [[string, string][], string, string | null][] = [
  [[['a b', 'first'], ['a b', 'second']], 'a b c', 'first'],
  [[['a', 'short'], ['a b c', 'long'], ['a b', 'mid']], 'a b c d', 'long'],
  [[['a b c', 'long'], ['a', 'short'], ['a b', 'mid']], 'a b x', 'mid'],
  [[['a * c', 'star'], ['a b c', 'plain']], 'a b c', 'star'],
  [[['a b c', 'plain'], ['a * c', 'star']], 'a b c', 'plain'],
  [[['a', 'one'], ['a', 'two'], ['a b', 'ab']], 'a x', 'one'],
  [[['освобо~ город', 'stem']], 'освободили город', 'stem'],
  [[['b', 'other']], 'a b', null],
];

for (const [phrases, text, want] of rows) {
  test(`PhraseMatcher: ${phrases.map((p) => p[0]).join(' | ')} on "${text}" -> ${want}`, () => {
    const m = new PhraseMatcher<string>();
    for (const [p, r] of phrases) m.add(p, r);
    assert.equal(m.matchAt(wordsOf(text), 0)?.row ?? null, want);
  });
}

test('PhraseMatcher: same matches as a stable sort after every add, on random phrase lists', () => {
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const vocab = ['a', 'b', 'c', '*'];
  for (let trial = 0; trial < 200; trial++) {
    const m = new PhraseMatcher<number>();
    const ref: { words: string[]; row: number }[] = [];
    const n = 1 + rnd(12);
    for (let k = 0; k < n; k++) {
      const words = ['a', ...Array.from({ length: rnd(4) }, () => vocab[rnd(vocab.length)]!)];
      m.add(words.join(' '), k);
      ref.push({ words, row: k });
      ref.sort((x, y) => y.words.length - x.words.length);
    }
    const text = Array.from({ length: 1 + rnd(6) }, () => vocab[rnd(3)]!).join(' ');
    const words = wordsOf(`a ${text}`);
    // the reference: the first phrase of the longest match, in the stably sorted order
    let best: { row: number; end: number } | null = null;
    for (const p of ref) {
      const single = new PhraseMatcher<number>();
      single.add(p.words.join(' '), p.row);
      const r = single.matchAt(words, 0);
      if (r && (!best || r.end > best.end)) best = r;
    }
    assert.deepEqual(m.matchAt(words, 0), best, `trial ${trial}: ${ref.map((p) => p.words.join(' ')).join(' | ')} on "a ${text}"`);
  }
});
