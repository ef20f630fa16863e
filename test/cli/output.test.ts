/**
 * Output integrity: when writing one document's output fails halfway, nothing of it reaches
 * stdout, the document is reported (file, and line for JSON Lines) and skipped, and the output
 * stream stays well-formed. The failure is injected with a preload module (`node --import`) that
 * makes JSON.stringify throw on the text of one marked document (the streamed writer of long texts
 * meets it after it has produced the opening of that document's JSON) or on an object whose `text`
 * is marked (a short text's analysis is stringified whole: `writeAnalysisJson`).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../../src/analyze/types.js';
import { hasStack, sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

const MARK = 'SITREP-INJECTED-FAULT';
const fault = tmp.file('fault.mjs', [
  'const stringify = JSON.stringify;',
  'JSON.stringify = function (value, ...rest) {',
  `  if (typeof value === 'string' && value.includes(${JSON.stringify(MARK)})) throw new RangeError('injected fault');`,
  `  if (value && typeof value === 'object' && typeof value.text === 'string' && value.text.includes(${JSON.stringify(MARK)})) throw new RangeError('injected fault');`,
  '  return stringify.call(this, value, ...rest);',
  '};',
].join('\n'));
const nodeArgs = ['--import', pathToFileURL(fault).href];
const internal = '(this is a bug; rerun with SITREP_DEBUG=1 for the stack trace and report it)';

const A = 'The governor said that 12 people were wounded on Tuesday.\n';
const B = `The mayor said 3 buildings were hit. ${MARK}\n`;
const C = 'Officials said on Monday that 40 drones were shot down.\n';

test('the fault injection works: the marked text cannot be stringified', () => {
  // Without the marker the document is written; with it, the failure is reported (not a crash).
  const r = sitrep(['analyze', '--json', tmp.file('b-only.txt', B)], { nodeArgs });
  assert.equal(r.code, 3);
  assert.match(r.stderr, /internal error: injected fault/);
  const ok = sitrep(['analyze', '--json', tmp.file('a-only.txt', A)], { nodeArgs });
  assert.equal(ok.code, 0, ok.stderr);
});

test('--jsonl: a document whose JSON fails halfway is skipped; every output line is whole JSON', () => {
  const f = tmp.file('docs.jsonl', [
    JSON.stringify({ id: 'a', text: A }),
    JSON.stringify({ id: 'b', text: B }),
    JSON.stringify({ id: 'c', text: C }),
  ].join('\n') + '\n');
  const r = sitrep(['analyze', '--jsonl', f], { nodeArgs });
  assert.equal(r.code, 3);
  assert.equal(r.stderr, `sitrep: ${f}:2: internal error: injected fault ${internal}\n`);
  assert.ok(!hasStack(r.stderr));
  assert.ok(r.stdout.endsWith('}\n'), r.stdout.slice(-80));
  const lines = r.stdout.slice(0, -1).split('\n');
  assert.equal(lines.length, 2, r.stdout.slice(0, 300));
  assert.deepEqual(lines.map((l) => (JSON.parse(l) as Analysis).id), ['a', 'c']);
});

test('--json with several files: a failed document leaves no trace in the array', () => {
  const fa = tmp.file('a.txt', A);
  const fb = tmp.file('b.txt', B);
  const fc = tmp.file('c.txt', C);
  for (const [files, want] of [[[fa, fb, fc], [fa, fc]], [[fb, fa], [fa]], [[fa, fb], [fa]], [[fb, fb], []]] as [string[], string[]][]) {
    const r = sitrep(['analyze', '--json', ...files], { nodeArgs });
    assert.equal(r.code, 3);
    const bad = files.filter((x) => x === fb).length;
    assert.equal(r.stderr, `sitrep: ${fb}: internal error: injected fault ${internal}\n`.repeat(bad));
    const list = JSON.parse(r.stdout) as Analysis[];
    assert.deepEqual(list.map((a) => a.source), want);
  }
});

test('--json with one file: a failed document writes nothing to stdout', () => {
  const r = sitrep(['analyze', '--json', tmp.file('b1.txt', B)], { nodeArgs });
  assert.equal(r.code, 3);
  assert.equal(r.stdout, '');
});

/** Characters that must never reach a terminal raw (line feeds end lines and are fine). */
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('the human report shows control and bidi characters from the text escaped, never raw', () => {
  const text =
    'The governor said that 12 \x1b[31mpeople\x1b[0m were wounded on Tuesday \u2067night\u2069. ' +
    '"We \x1b]0;owned\x07are \u202Esafe\u202C," the mayor \u200Fsaid. Smith said that 40 \u009bdrones were shot down.\n';
  const f = tmp.file('evil.txt', text);
  const r = sitrep(['analyze', '--published', '2024-03-05', f]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const bad = RAW_UNSAFE.exec(r.stdout);
  assert.equal(bad, null, `raw U+${bad?.[0].charCodeAt(0).toString(16)} in the report:\n${r.stdout}`);
  // In the claims' contents (which of them the analyzer finds is not what this test is about).
  const escaped = ['\\u001B[31mpeople\\u001B[0m', '\\u001B]0;owned\\u0007are \\u202Esafe\\u202C', '\\u009Bdrones'];
  assert.ok(escaped.some((e) => r.stdout.includes(e)), r.stdout);
  // The JSON output keeps the text exactly (JSON.stringify escapes C0 itself).
  const j = sitrep(['analyze', '--json', f]);
  assert.equal((JSON.parse(j.stdout) as Analysis).text, text);
});

test('error messages quoting the input show control and bidi characters escaped', () => {
  const f = tmp.file('evil.jsonl', `\x1b[2J\u202Enot json\n${JSON.stringify({ text: A, published: '\u202E2024' })}\n`);
  const r = sitrep(['analyze', '--jsonl', f]);
  assert.equal(r.code, 1);
  const bad = RAW_UNSAFE.exec(r.stderr);
  assert.equal(bad, null, `raw U+${bad?.[0].charCodeAt(0).toString(16)} in:\n${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.ok(lines[0]!.startsWith(`sitrep: ${f}:1: not valid JSON: `) && lines[0]!.includes('\\u001B[2J\\u202Enot json'), lines[0]);
  assert.ok(lines[1]!.startsWith(`sitrep: ${f}:2: "published" is not a valid ISO-8601 date: "\\u202E2024"`), lines[1]);
  // A usage error quoting a flag value, too.
  const u = sitrep(['analyze', '--published', '\x1b[2J', 'x.txt']);
  assert.equal(u.code, 2);
  assert.equal(u.stderr.split('\n')[0], "sitrep: --published '\\u001B[2J' is not a valid ISO-8601 date (use YYYY-MM-DD, e.g. 2024-03-05, or a date-time such as 2024-03-05T14:30:00Z)");
});
