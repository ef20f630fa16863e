/**
 * Bad input: each bad file or JSON Lines line is reported on stderr as one line naming the file
 * (and line), and skipped; everything else is still analysed and the exit code is 1.
 * The inputs are generated here in a temporary directory.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Analysis } from '../../src/analyze/types.js';
import { ROOT, checkSpans, hasStack, sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

const GOOD = 'The governor said that 12 people were wounded on Tuesday.\n';
const good = tmp.file('good.txt', GOOD);
const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** [name, content (null: do not create), expected stderr line after "sitrep: "]. */
const badFiles: [string, string | Buffer | null, (path: string) => string][] = [
  ['empty.txt', '', (p) => `${p}: empty file (nothing to analyse; skipped)`],
  ['blank.txt', ' \n\t\n  \r\n', (p) => `${p}: only whitespace (nothing to analyse; skipped)`],
  ['nul.bin', bytes('PK', [0x03, 0x04, 0x00, 0x00], 'some words'), (p) => `${p}: binary file (sitrep reads UTF-8 text; skipped)`],
  // No NUL byte, but 6 of 16 bytes are control characters.
  ['ctrl.bin', bytes([0x1b, 0x01, 0x02, 0x03, 0x04, 0x05], 'abcdefghij'), (p) => `${p}: binary file (sitrep reads UTF-8 text; skipped)`],
  // "Line one\n" is 9 bytes, "Line two caf" 12 more: the Latin-1 é (0xE9) is byte 21, on line 2.
  ['latin1.txt', bytes('Line one\nLine two caf', [0xe9], ' here\n'),
    (p) => `${p}:2: not valid UTF-8 at byte 21 (convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)`],
  // A UTF-8 encoded surrogate (ED A0 80) is not valid UTF-8; it starts at byte 2 of line 1.
  ['surrogate.txt', bytes('ab', [0xed, 0xa0, 0x80], 'cd\n'),
    (p) => `${p}:1: not valid UTF-8 at byte 2 (convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)`],
  // A sequence cut off by the end of the file.
  ['truncated.txt', bytes('One\nTwo\nThree ', [0xe2, 0x82]),
    (p) => `${p}:3: not valid UTF-8 at byte 14 (convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)`],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]),
    (p) => `${p}: UTF-16 text (sitrep reads UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8)`],
  ['missing.txt', null, (p) => `${p}: no such file (check the path)`],
];

for (const [name, content, message] of badFiles) {
  test(`bad file ${name}: reported and skipped, the good file is still analysed, exit 1`, () => {
    const p = content === null ? join(tmp.dir, name) : tmp.file(name, content);
    for (const json of [false, true]) {
      const r = sitrep(['analyze', ...(json ? ['--json'] : []), p, good]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, `sitrep: ${message(p)}\n`);
      if (json) {
        const list = JSON.parse(r.stdout) as Analysis[];
        assert.equal(list.length, 1);
        assert.equal(list[0]!.source, good);
        checkSpans(GOOD, list[0]);
      } else {
        assert.ok(r.stdout.startsWith(`${good}  `), r.stdout);
      }
    }
  });
}

test('a directory is reported and skipped', () => {
  const r = sitrep(['analyze', tmp.dir, good]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `sitrep: ${tmp.dir}: is a directory (name the files inside it, e.g. dir/*.txt)\n`);
  assert.ok(r.stdout.startsWith(`${good}  `));
});

test('bad input on stdin is named <stdin>', () => {
  let r = sitrep(['analyze', '-'], { input: '' });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'sitrep: <stdin>: empty file (nothing to analyse; skipped)\n');
  r = sitrep(['analyze', '-'], { input: bytes('abc', [0x00], 'def') });
  assert.equal(r.stderr, 'sitrep: <stdin>: binary file (sitrep reads UTF-8 text; skipped)\n');
});

test('--max-size: larger files are skipped with the sizes named; smaller ones analysed', () => {
  const big = tmp.file('big.txt', 'The army said 3 tanks were lost. '.repeat(100)); // 3,300 bytes
  let r = sitrep(['analyze', '--max-size', '2KB', big, good]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `sitrep: ${big}: file is 3.2 KB, which is over the --max-size limit of 2.0 KB (raise the limit with --max-size, or split the input)\n`);
  assert.ok(r.stdout.startsWith(`${good}  `));
  r = sitrep(['analyze', '--max-size', '2KB', '-'], { input: 'x'.repeat(3000) });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'sitrep: <stdin>: input is over the --max-size limit of 2.0 KB (raise the limit with --max-size, or split the input)\n');
  r = sitrep(['analyze', '--max-size', '4KB', big]);
  assert.equal(r.code, 0, r.stderr);
});

test('--max-size holds for pipes and process substitutions (stat size 0): reading stops at the limit', () => {
  // 3,000 bytes through a process substitution and through a named pipe; the limit is 2 KB.
  const fifo = join(tmp.dir, 'fifo');
  const script = [
    `mkfifo ${JSON.stringify(fifo)}`,
    `node bin/sitrep.js analyze --max-size 2KB <(printf 'The army said 3 tanks were lost. %.0s' {1..100}) ${JSON.stringify(good)}; echo "exit=$?"`,
    `(printf 'The army said 3 tanks were lost. %.0s' {1..100} > ${JSON.stringify(fifo)} &)`,
    `node bin/sitrep.js analyze --max-size 2KB ${JSON.stringify(fifo)} ${JSON.stringify(good)}; echo "exit=$?"`,
  ].join('\n');
  const r = sitrepShell(script);
  const limit = 'input is over the --max-size limit of 2.0 KB (raise the limit with --max-size, or split the input)';
  const err = r.stderr.split('\n');
  assert.equal(err.length, 3, r.stderr);
  assert.match(err[0]!, /^sitrep: \/dev\/fd\/\d+: input is over/);
  assert.equal(err[0]!.replace(/^sitrep: \/dev\/fd\/\d+: /, ''), limit);
  assert.equal(err[1], `sitrep: ${fifo}: ${limit}`);
  const out = r.stdout.split('\n');
  assert.deepEqual(out.filter((l) => l.startsWith('exit=')), ['exit=1', 'exit=1']);
  assert.equal(out.filter((l) => l.startsWith(`${good}  `)).length, 2, 'the small file is still analysed');
  assert.ok(!r.stdout.includes('/dev/fd/') && !r.stdout.includes(`${fifo}  `), 'the over-long input is not analysed');
  // Under the limit, a pipe is read whole and analysed.
  const ok = sitrepShell(`node bin/sitrep.js analyze --json --max-size 4KB <(printf 'The army said 3 tanks were lost. %.0s' {1..100}); echo "exit=$?"`);
  assert.equal(ok.stderr, '');
  assert.match(ok.stdout, /"text": "(The army said 3 tanks were lost\. ){99}The army said 3 tanks were lost\. "/);
  assert.match(ok.stdout, /exit=0\n$/);
});

test('a text too large for the heap is refused with a message, not a crash', () => {
  // 6 MB needs about 180 MB of heap by the CLI's estimate; a 64 MB old space cannot hold it.
  const huge = tmp.file('huge.txt', 'The army said 3 tanks were lost.\n'.repeat(190_000));
  const r = sitrep(['analyze', '--json', huge, good], { env: { NODE_OPTIONS: '--max-old-space-size=64' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^sitrep: .*huge\.txt: too large for the available memory \(about \d+\.\d MB needed, heap limit \d+\.\d MB\) \(give node more memory, e\.g\. NODE_OPTIONS=--max-old-space-size=\d+, or split the file\)\n$/);
  assert.equal((JSON.parse(r.stdout) as Analysis[]).length, 1);
});

test('JSON Lines: each bad line is named by file and line; the good lines are analysed; exit 1', () => {
  const lines = [
    JSON.stringify({ id: 'ok-1', text: 'The army said 30 tanks were lost.' }), // 1
    'not json', // 2
    JSON.stringify({ id: 'no-text' }), // 3
    '', // 4: blank lines are ignored
    JSON.stringify({ id: 'ok-5', text: 'Officials said on Monday that 12 people died.', published: '2024-03-05' }), // 5
    '[1, 2]', // 6
    JSON.stringify({ text: 42 }), // 7
    JSON.stringify({ text: 'x', published: 'yesterday' }), // 8
    JSON.stringify({ text: '   ' }), // 9
    JSON.stringify({ id: 7, text: 'x' }), // 10
    '{"text": "caf\u00e9"}', // 11: replaced by a Latin-1 line below
    '{"text": "truncated', // 12
    JSON.stringify({ id: 'ok-13', text: 'The mayor said: "We are safe."' }), // 13, CRLF and no final newline
  ];
  const body = Buffer.concat([
    Buffer.from(lines.slice(0, 10).join('\n') + '\n'),
    bytes('{"text": "caf', [0xe9], '"}\n'),
    Buffer.from(lines[11] + '\n' + lines[12] + '\r\n' + lines[12]!.replace('ok-13', 'ok-14')),
  ]);
  const f = tmp.file('mixed.jsonl', body);
  const shape = '(each line must be an object like {"id": "...", "text": "...", "published": "2024-03-05"})';
  const expected = [
    `${f}:2: not valid JSON: `,
    `${f}:3: missing "text" ${shape}`,
    `${f}:6: expected a JSON object, found an array ${shape}`,
    `${f}:7: "text" must be a string, found number ${shape}`,
    `${f}:8: "published" is not a valid ISO-8601 date: "yesterday" (use YYYY-MM-DD, a date-time such as 2024-03-05T14:30:00Z, or null)`,
    `${f}:9: "text" is empty (nothing to analyse; skipped)`,
    `${f}:10: "id" must be a non-empty string ${shape}`,
    `${f}:11: not valid UTF-8 at byte 13 of the line (convert the file to UTF-8)`,
    `${f}:12: not valid JSON: `,
  ];
  for (const viaStdin of [false, true]) {
    const r = viaStdin ? sitrep(['analyze', '--jsonl'], { input: body }) : sitrep(['analyze', '--jsonl', f]);
    assert.equal(r.code, 1);
    const err = r.stderr.trimEnd().split('\n');
    assert.equal(err.length, expected.length, r.stderr);
    expected.forEach((e, i) => {
      const want = viaStdin ? e.replace(f, '<stdin>') : e;
      assert.ok(err[i]!.startsWith(`sitrep: ${want}`), `line ${i}:\n  got  ${err[i]}\n  want sitrep: ${want}`);
    });
    assert.match(err[0]!, /\(fix or remove the line; the other lines are still analysed\)$/);
    assert.ok(!hasStack(r.stderr));
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(out.map((a) => a.id), ['ok-1', 'ok-5', 'ok-13', 'ok-14']);
    for (const a of out) checkSpans(a.text, a);
    assert.ok(!out[2]!.text.endsWith('\r'), 'the CR of a CRLF line end is not part of the JSON');
  }
});

test('JSON Lines: a line over --max-size is skipped without reading it into memory; the next line is analysed', () => {
  const long = JSON.stringify({ id: 'long', text: 'word '.repeat(1000) });
  const f = tmp.file('long.jsonl', `${long}\n${JSON.stringify({ id: 'short', text: GOOD })}\n${long}`);
  const r = sitrep(['analyze', '--jsonl', '--max-size', '1KB', f]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr,
    `sitrep: ${f}:1: line is over the --max-size limit of 1.0 KB (raise the limit with --max-size)\n` +
    `sitrep: ${f}:3: line is over the --max-size limit of 1.0 KB (raise the limit with --max-size)\n`);
  assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as Analysis).id), ['short']);
});

test('JSON Lines: a missing file is reported and the other files are still read', () => {
  const f = tmp.file('one.jsonl', JSON.stringify({ id: 'one', text: GOOD }) + '\n');
  const missing = join(tmp.dir, 'nope.jsonl');
  const r = sitrep(['analyze', '--jsonl', missing, f]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `sitrep: ${missing}: no such file (check the path)\n`);
  assert.equal((JSON.parse(r.stdout) as Analysis).id, 'one');
});

test('a closed output pipe ends sitrep quietly', () => {
  const f = tmp.file('many.txt', GOOD.repeat(2000));
  // `head -c 100` closes the pipe long before the ~1 MB of JSON is written.
  const r = sitrepShell(`node bin/sitrep.js analyze --json ${JSON.stringify(f)} | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'exit=0\n');
});

/** Runs a bash script from the repository root. */
function sitrepShell(script: string): { stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr };
}
