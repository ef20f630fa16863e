/**
 * `sitrep analyze` on small hand-written inputs: the human report, --json, --jsonl, stdin,
 * --published. The attribution stage is still changing, so these tests check structure (fields,
 * spans that point back to the text, counts that agree, exit codes), not attribution quality.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Analysis } from '../../src/analyze/types.js';
import { checkSpans, hasStack, sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

// One sentence, 10 words (We have taken the village the ministry said on Tuesday), one claim.
const CLAIM = '"We have taken the village," the ministry said on Tuesday.\n';
const WIRE =
  'More than 40 tanks were destroyed near the river on Monday, according to officials.\n\n' +
  'The army spokesman said that about 300 soldiers had withdrawn. "We will hold the line," he told reporters.\n';
const claimFile = tmp.file('claim.txt', CLAIM);
const wireFile = tmp.file('wire.txt', WIRE);

const sha16 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 16);
const KINDS = new Set(['direct', 'indirect', 'mixed']);
const BOUNDS = new Set(['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range']);

/** Checks the output contract of one analysis of `text` read from `source`. */
function checkAnalysis(a: Analysis, text: string, source: string | null): void {
  for (const k of ['id', 'text', 'published', 'source', 'claims', 'quantities', 'places', 'dates', 'sentences', 'stats']) {
    assert.ok(k in a, `missing field ${k}`);
  }
  assert.equal(a.text, text);
  assert.equal(a.source, source);
  assert.ok(checkSpans(a.text, a) > 0);
  a.claims.forEach((c, i) => {
    assert.ok(KINDS.has(c.kind), `claim ${i}: kind ${c.kind}`);
    assert.ok(c.content.length >= 1, `claim ${i}: no content`);
    for (let j = 1; j < c.content.length; j++) assert.ok(c.content[j]!.start >= c.content[j - 1]!.end, `claim ${i}: fragments out of order`);
  });
  for (const q of a.quantities) {
    assert.ok(BOUNDS.has(q.bound), `bound ${q.bound}`);
    assert.equal(typeof q.value, 'number');
    assert.ok(q.claim === null || (Number.isInteger(q.claim) && q.claim >= 0 && q.claim < a.claims.length), `quantity claim ${q.claim}`);
  }
  for (const d of a.dates) assert.ok(d.date === null || /^\d{4}-\d{2}-\d{2}$/.test(d.date), `date ${d.date}`);
}

test('human report: title line, sections whose counts agree with --json, no colour when piped', () => {
  const r = sitrep(['analyze', '--published', '2024-03-07', claimFile]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], `${claimFile}  10 words, 1 sentence, published 2024-03-07`);
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no ANSI codes when stdout is not a TTY');
  const j = sitrep(['analyze', '--json', '--published', '2024-03-07', claimFile]);
  const a = JSON.parse(j.stdout) as Analysis;
  assert.ok(lines.includes(`Claims (${a.claims.length})`));
  assert.ok(lines.includes(`Quantities (${a.quantities.length})`));
  assert.ok(lines.includes(`Dates (${a.dates.length})`));
  for (const d of a.dates) assert.ok(r.stdout.includes(`${d.text}`) && r.stdout.includes(`→ ${d.date ?? 'unresolved'}`));
  for (const q of a.quantities) assert.match(r.stdout, new RegExp(`value ${q.value}.*bound ${q.bound}`));
});

test('human report for several files: one report per file, in argument order', () => {
  const r = sitrep(['analyze', claimFile, wireFile]);
  assert.equal(r.code, 0, r.stderr);
  const a = r.stdout.indexOf(`${claimFile}  `);
  const b = r.stdout.indexOf(`${wireFile}  `);
  assert.ok(a === 0 && b > a, r.stdout);
  assert.equal(r.stdout.match(/^Claims \(\d+\)$/gm)?.length, 2);
});

test('--json: one Analysis whose spans point back to the text; id is the content hash', () => {
  const r = sitrep(['analyze', '--json', '--published', '2024-03-07', wireFile]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as Analysis;
  assert.ok(!Array.isArray(a));
  checkAnalysis(a, WIRE, wireFile);
  assert.equal(a.id, sha16(WIRE));
  assert.ok(a.published?.startsWith('2024-03-07'), `published ${a.published}`);
  assert.equal(a.sentences.length, 3);
  // The output is exactly what JSON.stringify(a, null, 2) prints (the CLI streams it in pieces).
  assert.equal(r.stdout, JSON.stringify(a, null, 2) + '\n');
});

test('--json with several files: an array in argument order', () => {
  const r = sitrep(['analyze', '--json', wireFile, claimFile]);
  assert.equal(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout) as Analysis[];
  assert.equal(list.length, 2);
  checkAnalysis(list[0]!, WIRE, wireFile);
  checkAnalysis(list[1]!, CLAIM, claimFile);
  assert.equal(list[0]!.published, null);
  assert.equal(r.stdout, JSON.stringify(list, null, 2) + '\n');
});

test('stdin: "-" and no FILE read standard input; source is null, id the same as from a file', () => {
  for (const args of [['analyze', '--json', '-'], ['analyze', '--json']]) {
    const r = sitrep(args, { input: WIRE });
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    checkAnalysis(a, WIRE, null);
    assert.equal(a.id, sha16(WIRE));
  }
});

test('text is kept byte for byte: CRLF line ends, a UTF-8 BOM is dropped, astral characters keep UTF-16 offsets', () => {
  const text = 'The mayor said 😀 that 12 people were hurt.\r\n"It was terrible," she said.\r\n';
  const f = tmp.file('crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  const r = sitrep(['analyze', '--json', f]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as Analysis;
  checkAnalysis(a, text, f);
});

test('unbalanced quotes are analysed, not skipped', () => {
  const text = 'The commander said "we will not retreat and then left.\nAnother "quote that never closes\n';
  const f = tmp.file('unbalanced.txt', text);
  for (const json of [true, false]) {
    const r = sitrep(['analyze', ...(json ? ['--json'] : []), f]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    if (json) checkAnalysis(JSON.parse(r.stdout) as Analysis, text, f);
  }
});

test('--jsonl: one Analysis per line, ids and dates from the lines, --published as the default', () => {
  const docs = [
    { id: 'a-1', text: 'The army said 30 tanks were lost on Monday.', published: '2024-03-05', source: 'wire' },
    { text: 'Officials said on Monday that 12 people died.' },
    { id: 'c-3', text: CLAIM, published: null },
  ];
  const input = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const f = tmp.file('docs.jsonl', input);
  for (const [args, opts] of [
    [['analyze', '--jsonl', '--published', '2024-06-01', f], {}],
    [['analyze', '--jsonl', '--published', '2024-06-01'], { input }],
    [['analyze', '--jsonl', '--published', '2024-06-01', '-'], { input }],
  ] as const) {
    const r = sitrep([...args], opts);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 3);
    const out = lines.map((l) => JSON.parse(l) as Analysis);
    const fromStdin = args.length === 4 || args[4] === '-';
    assert.deepEqual(out.map((a) => a.id), ['a-1', sha16(docs[1]!.text), 'c-3']);
    const sources = ['wire', fromStdin ? null : f, fromStdin ? null : f];
    assert.deepEqual(out.map((a) => a.source), sources);
    assert.ok(out[0]!.published?.startsWith('2024-03-05'));
    assert.ok(out[1]!.published?.startsWith('2024-06-01'), 'the default from --published');
    assert.ok(out[2]!.published?.startsWith('2024-06-01'), 'null takes the default too');
    out.forEach((a, i) => checkAnalysis(a, docs[i]!.text, sources[i] ?? null));
    assert.ok(!hasStack(r.stderr));
  }
});
