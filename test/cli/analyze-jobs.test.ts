/**
 * `sitrep analyze --jobs N`: documents analysed on N worker threads come out in input order and
 * byte for byte as with `--jobs 1` (the main thread), apart from each document's analysis time
 * (`stats.ms`); a bad JSON Lines line is named on stderr, skipped, and the exit code is 1 while
 * every other line is still analysed. Runs the real binary.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

/** Masks the one field that differs between two runs: a document's analysis time. */
const masked = (s: string): string => s.replace(/("stats":\s*\{[^{}]*"ms":\s*)-?[0-9][0-9.e+-]*/g, '$10');

// A long document first and short ones after it: on several threads the short ones finish first,
// so input order has to be restored, not just kept by luck.
const LONG = Array.from({ length: 60 }, (_, i) =>
  `On day ${i + 1} the regional governor said that ${i + 2} civilians were wounded in Kharkiv, while the army said ${i + 3} drones were shot down over Belgorod.`).join('\n\n');
const SHORT = [
  'The governor said that 12 people were wounded on Tuesday.',
  'Ukraine’s military said it shot down 20 of 25 drones overnight, the air force reported.',
  'Губернатор Белгородской области заявил во вторник, что сбиты 5 беспилотников.',
  'Police said two men were arrested in Leeds on Friday after a fight outside a pub.',
  'Голова ОВА повідомив у середу, що в Харкові поранено 4 людей.',
  '"We will not withdraw," the minister told reporters in Kyiv on Monday.',
];

// Line 1: the long document; lines 2-4 short ones; line 5 is not JSON; line 6 blank; line 7 lacks "text"; then the rest.
const lines = [
  JSON.stringify({ id: 'long', text: LONG }),
  JSON.stringify({ id: 's1', text: SHORT[0] }),
  JSON.stringify({ id: 's2', text: SHORT[1], published: '2024-05-13' }),
  JSON.stringify({ id: 's3', text: SHORT[2] }),
  '{"id": "broken", "text": "unterminated',
  '',
  JSON.stringify({ id: 'notext' }),
  JSON.stringify({ id: 's4', text: SHORT[3] }),
  JSON.stringify({ id: 's5', text: SHORT[4] }),
  JSON.stringify({ id: 's6', text: SHORT[5] }),
];
const jsonl = tmp.file('docs.jsonl', lines.join('\n') + '\n');
const ORDER = ['long', 's1', 's2', 's3', 's4', 's5', 's6'];

test('--jsonl --jobs 3: input order, the same bytes as --jobs 1, bad lines named and skipped', () => {
  const one = sitrep(['analyze', '--jsonl', jsonl]);
  const three = sitrep(['analyze', '--jsonl', '--jobs', '3', jsonl]);
  assert.equal(one.code, 1, one.stderr);
  assert.equal(three.code, 1, three.stderr);
  const ids = three.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids, ORDER);
  assert.equal(masked(three.stdout), masked(one.stdout));
  assert.equal(three.stderr, one.stderr);
  const err = three.stderr.trimEnd().split('\n');
  assert.equal(err.length, 2, three.stderr);
  assert.match(err[0]!, new RegExp(`^sitrep: ${jsonl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: not valid JSON`));
  assert.match(err[1]!, /:7: /);
});

test('--jsonl --jobs 2 from stdin: the same bytes as --jobs 1', () => {
  const body = lines.join('\n') + '\n';
  const one = sitrep(['analyze', '--jsonl'], { input: body });
  const two = sitrep(['analyze', '--jsonl', '-j', '2'], { input: body });
  assert.equal(two.code, 1);
  assert.equal(masked(two.stdout), masked(one.stdout));
  assert.equal(two.stderr, one.stderr);
  assert.match(two.stderr, /^sitrep: <stdin>:5: not valid JSON/m);
});

test('--jsonl --jobs 2 with every line good: exit 0', () => {
  const f = tmp.file('good.jsonl', SHORT.map((text, i) => JSON.stringify({ id: `g${i}`, text })).join('\n') + '\n');
  const r = sitrep(['analyze', '--jsonl', '--jobs', '2', f]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['g0', 'g1', 'g2', 'g3', 'g4', 'g5']);
});

// Several FILEs: a long one first, an empty one (skipped) in the middle.
const files = [
  tmp.file('a-long.txt', LONG),
  tmp.file('b.txt', SHORT[0]!),
  tmp.file('c-empty.txt', ''),
  tmp.file('d.txt', SHORT[2]!),
  tmp.file('e.txt', SHORT[5]!),
];

test('--json with several FILEs --jobs 3: the same array as --jobs 1', () => {
  const one = sitrep(['analyze', '--json', ...files]);
  const three = sitrep(['analyze', '--json', '--jobs', '3', ...files]);
  assert.equal(one.code, 1);
  assert.equal(three.code, 1);
  assert.equal(masked(three.stdout), masked(one.stdout));
  assert.equal(three.stderr, one.stderr);
  const arr = JSON.parse(three.stdout) as { text: string }[];
  assert.deepEqual(arr.map((a) => a.text), [LONG, SHORT[0], SHORT[2], SHORT[5]]);
  assert.match(three.stderr, /c-empty\.txt: empty file/);
});

test('reports of several FILEs --jobs 2: the same text as --jobs 1', () => {
  const one = sitrep(['analyze', ...files]);
  const two = sitrep(['analyze', '--jobs', '2', ...files]);
  assert.equal(two.code, 1);
  assert.equal(two.stdout.replace(/\d+(\.\d+)? ?ms\b/g, 'N ms'), one.stdout.replace(/\d+(\.\d+)? ?ms\b/g, 'N ms'));
  assert.equal(two.stderr, one.stderr);
});

test('--jobs must be a whole number from 1 to 256', () => {
  for (const bad of ['0', 'x', '257', '-1']) {
    const r = sitrep(['analyze', '--jsonl', '--jobs', bad, jsonl]);
    assert.equal(r.code, 2, `--jobs ${bad}: ${r.stderr}`);
    assert.equal(r.stdout, '');
  }
});
