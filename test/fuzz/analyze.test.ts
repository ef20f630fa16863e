/**
 * Property-based tests of `analyze()` with fast-check: on arbitrary text, on text built from the
 * pieces attribution, quantities, dates and places react to (quotes of every style, cue verbs,
 * numbers, place names, bidi and control characters), and on mutations of the texts written for
 * sitrep, it never throws, and every span of every layer of the Analysis (found generically: any
 * object with numeric `start` and `end`) lies inside the text, with its `text`, when it has one,
 * equal to `text.slice(start, end)`, on the object and on its JSON. Budget: fuzz-helpers.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/analyze/index.js';
import { budget, mutate, mutations, texts } from './fuzz-helpers.js';

/** Checks every span under `value` against `text`; returns how many were checked. */
function checkSpans(text: string, value: unknown, path = '$'): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    value.forEach((v, i) => (n += checkSpans(text, v, `${path}[${i}]`)));
    return n;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    assert.ok(Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.start <= o.end && o.end <= text.length,
      `${path}: bad range [${o.start}, ${o.end}) in a text of ${text.length}`);
    if (typeof o.text === 'string') assert.equal(o.text, text.slice(o.start, o.end), `${path}: text differs from text.slice(start, end)`);
    n++;
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v !== 'string') n += checkSpans(text, v, `${path}.${k}`);
  return n;
}

/** Analyses a text and checks the result (object and JSON). */
function check(text: string, published: string | null = '2025-10-15'): void {
  const a = analyze({ id: 'fuzz', text, published, source: null });
  assert.equal(a.text, text);
  checkSpans(text, a);
  checkSpans(text, JSON.parse(JSON.stringify(a)));
}

const PIECES = [
  'said', 'says', 'told reporters', 'according to', 'claimed that', 'denied', ' the governor ', ' Ivan Petrenko ', ' the Ministry of Defence ',
  '"', '“', '”', '«', '»', '„', '‘', '’', "'", '\n', '\n\n', ' ', ', ', '. ', ': ', '—', ' – ', '(', ')',
  '3', '1,000', 'more than 20', 'at least 12', 'about 45', 'three', 'dozens of', ' tanks', ' troops', ' civilians', ' drones', '%',
  'on Monday', 'overnight', 'yesterday', '14 October', '2025-10-14', 'last week',
  ' Kupiansk', ' Kharkiv', ' Харків', ' Купянск', ' Kursk region', ' Bilopillia', ' Tetkino', ' Kyiv', ' Moscow',
  '\u202E', '\u2066', '\u200F', '\u0000', '\u001b[31m', '\ufeff', '\u00a0', '\u2028', '\ud83d\ude00', '\ud800', '\udc00', 'é', 'ё',
];
const built = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 4 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }), { minLength: 1, maxLength: 80 })
  .map((p) => p.join(''));
const TEXTS = texts();

test('analyze on arbitrary text: never throws, every span slices to its text', () => {
  fc.assert(fc.property(fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
  ), (text) => check(text)), budget(500, 8000));
});

test('analyze on text made of cues, quotes, numbers, dates, places and controls: never throws, spans slice', () => {
  fc.assert(fc.property(built, fc.constantFrom('2025-10-15', '2025-10-15T23:30:00+03:00', null), (text, published) => check(text, published)), budget(500, 12000));
});

test('analyze on mutated golden and corpus texts: never throws, spans slice', () => {
  fc.assert(fc.property(fc.constantFrom(...TEXTS), mutations, (text, edits) => {
    // Mutated as UTF-8 bytes and decoded leniently: broken sequences become U+FFFD, as text can.
    check(mutate(Buffer.from(text, 'utf8'), edits).toString('utf8'));
  }), budget(250, 15000));
});
