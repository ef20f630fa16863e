/**
 * Table-driven tests of the CLI's building blocks: error formatting and exit codes, sizes, dates,
 * UTF-8 validation, binary detection, the streaming JSON writer and the report's shortening.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ErrorCode, ExitCode, InputError, SitrepError, UsageError, exitCodeFor, formatError, worstExit,
} from '../../src/errors.js';
import { documentId, firstInvalidUtf8, isIsoDate, looksBinary, parseSize } from '../../src/cli/input.js';
import { ChunkWriter, DocumentBuffer, writeAnalysisJson, writeJson } from '../../src/cli/json.js';
import { shorten } from '../../src/cli/report.js';
import { escapeTerminal, isUnsafeChar } from '../../src/cli/terminal.js';

test('formatError: one line, file and line named, hint in parentheses', () => {
  const cases: [unknown, string][] = [
    [new UsageError('unknown option \'--x\'', "see 'sitrep analyze --help'"), "sitrep: unknown option '--x' (see 'sitrep analyze --help')"],
    [new UsageError('no input'), 'sitrep: no input'],
    [new InputError(ErrorCode.Binary, { file: 'a.bin' }, 'binary file', 'skipped'), 'sitrep: a.bin: binary file (skipped)'],
    [new InputError(ErrorCode.JsonSyntax, { file: 'd.jsonl', line: 7 }, 'not valid JSON'), 'sitrep: d.jsonl:7: not valid JSON'],
    [new SitrepError(ErrorCode.Empty, 'empty'), 'sitrep: empty'],
  ];
  for (const [err, want] of cases) assert.equal(formatError(err), want);
});

test('formatError: internal errors are short, with the stack only in debug mode', () => {
  const e = new TypeError('x is undefined');
  const short = formatError(e, false, { file: 'a.txt' });
  assert.equal(short, 'sitrep: a.txt: internal error: x is undefined (this is a bug; rerun with SITREP_DEBUG=1 for the stack trace and report it)');
  const long = formatError(e, true);
  assert.ok(long.startsWith('sitrep: internal error: x is undefined\nTypeError: x is undefined\n    at '), long);
  assert.equal(formatError('a string was thrown'), 'sitrep: internal error: a string was thrown (this is a bug; rerun with SITREP_DEBUG=1 for the stack trace and report it)');
});

test('exitCodeFor and worstExit', () => {
  const cases: [unknown, ExitCode][] = [
    [new UsageError('x'), ExitCode.Usage],
    [new InputError(ErrorCode.NotFound, { file: 'f' }, 'x'), ExitCode.Skipped],
    [new SitrepError(ErrorCode.TooLarge, 'x'), ExitCode.Skipped],
    [new RangeError('x'), ExitCode.Internal],
    [42, ExitCode.Internal],
  ];
  for (const [e, code] of cases) assert.equal(exitCodeFor(e), code, String(e));
  const pairs: [ExitCode, ExitCode, ExitCode][] = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 3, 3], [3, 1, 3], [2, 1, 2], [3, 2, 3]];
  for (const [a, b, w] of pairs) assert.equal(worstExit(a, b), w, `${a} ${b}`);
});

test('parseSize', () => {
  const cases: [string, number | null][] = [
    ['1024', 1024], ['64MB', 64 * 1024 * 1024], ['64mb', 67108864], ['500 KB', 512000], ['1.5k', 1536],
    ['2G', 2147483648], ['10b', 10], ['0', null], ['', null], ['lots', null], ['10 parsecs', null], ['-5MB', null],
  ];
  for (const [s, n] of cases) assert.equal(parseSize(s), n, s);
});

test('isIsoDate', () => {
  const cases: [string, boolean][] = [
    ['2024-03-05', true], ['2024-02-29', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-04-31', false],
    ['2024-03-05T14:30', true], ['2024-03-05T14:30:00Z', true], ['2024-03-05T14:30:00.123+02:00', true],
    ['2024-03-05 14:30:00', true], ['2024-03-05T24:00:00Z', false], ['2024-03-05T12:60Z', false],
    ['05/03/2024', false], ['yesterday', false], ['2024-3-5', false], ['', false],
  ];
  for (const [s, ok] of cases) assert.equal(isIsoDate(s), ok, s);
});

test('documentId: first 16 hex digits of the SHA-256 of the UTF-8 text', () => {
  // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2 example)
  assert.equal(documentId('abc'), 'ba7816bf8f01cfea');
});

test('firstInvalidUtf8: offsets of ill-formed sequences', () => {
  const cases: [number[], number][] = [
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1], // é
    [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
    [[0x61, 0xe9, 0x62], 1], // Latin-1 é
    [[0xc0, 0xaf], 0], // overlong '/'
    [[0xe0, 0x80, 0xaf], 0], // overlong
    [[0x61, 0xed, 0xa0, 0x80], 1], // surrogate U+D800
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0x62, 0xe2, 0x82], 2], // cut off at the end
    [[0x80], 0], // lone continuation byte
  ];
  for (const [b, at] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(b)), at, b.map((x) => x.toString(16)).join(' '));
});

test('firstInvalidUtf8 agrees with TextDecoder on random byte strings', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xc0];
  let invalid = 0;
  for (let n = 0; n < 5000; n++) {
    const b = Uint8Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pool[Math.floor(rnd() * pool.length)]!);
    let ok = true;
    try { fatal.decode(b); } catch { ok = false; }
    if (!ok) invalid++;
    assert.equal(firstInvalidUtf8(b) === -1, ok, Array.from(b, (x) => x.toString(16)).join(' '));
  }
  assert.ok(invalid > 100 && invalid < 5000, 'the sample has both valid and invalid strings');
});

test('looksBinary', () => {
  const cases: [string | number[], boolean][] = [
    ['Plain text.\nWith lines,\ttabs and\r\nCRLF.\f', false],
    ['', false],
    [[0x61, 0x00, 0x62], true],
    [[0x1b, 0x5b, 0x33, 0x31, 0x6d, ...Array(30).fill(0x61)], false], // one escape in 35 bytes (3%)
    [[0x1b, 0x1b, 0x01, ...Array(30).fill(0x61)], true], // 3 in 33 (9%)
  ];
  for (const [c, want] of cases) {
    const b = typeof c === 'string' ? new TextEncoder().encode(c) : Uint8Array.from(c);
    assert.equal(looksBinary(b), want, JSON.stringify(c));
  }
});

test('writeJson prints exactly what JSON.stringify prints', () => {
  const values: unknown[] = [
    { a: 1, b: [1, 2, { c: 'x\ny', d: [] }], e: {}, f: null, g: undefined, h: 'é😀"', i: [undefined, () => 1] },
    [[], [[1]], { x: [{ y: { z: [1, 2] } }] }],
    [], {}, 'text', 3.5, null, true,
    { date: new Date(Date.UTC(2024, 2, 5)), nested: { list: [{ start: 0, end: 3, text: 'abc' }] } },
  ];
  for (const v of values) {
    for (const pretty of [true, false]) {
      let s = '';
      const w = new ChunkWriter((x) => (s += x), 8); // tiny chunks: many flushes
      writeJson(w, v, pretty);
      w.flush();
      assert.equal(s, JSON.stringify(v, null, pretty ? 2 : undefined), JSON.stringify(v));
    }
  }
});

test('ChunkWriter: each write is the parts pushed since the last, in order (one part, a few joined with +, many with join)', () => {
  const cases: [string[], string[]][] = [
    [['{"id":"a"}'], ['{"id":"a"}']],
    [['{"id":"a"}', '\n'], ['{"id":"a"}\n']],
    [['[', '1', ',', '2'], ['[1,2']],
    [['a', 'b', 'c', 'd', 'e', 'é😀'], ['abcdeé😀']],
    [[], []],
  ];
  for (const [parts, want] of cases) {
    const writes: string[] = [];
    const w = new ChunkWriter((x) => void writes.push(x), 1 << 20);
    for (const p of parts) w.push(p);
    w.flush();
    w.flush(); // nothing left: no empty write
    assert.deepEqual(writes, want, JSON.stringify(parts));
  }
  // a full chunk is written as soon as it is full
  const writes: string[] = [];
  const w = new ChunkWriter((x) => void writes.push(x), 4);
  for (const p of ['ab', 'c', 'de', 'f']) w.push(p);
  assert.deepEqual(writes, ['abcde']);
  w.flush();
  assert.deepEqual(writes, ['abcde', 'f']);
});

test('writeAnalysisJson: a short and a long text give what the streamed writer gives', () => {
  for (const text of ['Песков заявил: «Нет».\n', 'x'.repeat(300 * 1024)]) {
    const a = { id: 'd', text, sentences: [{ start: 0, end: 3 }], claims: [], stats: { tokens: 1, words: 1, ms: 0.5 }, g: undefined };
    for (const [pretty, pad] of [[true, ''], [true, '  '], [false, '']] as const) {
      let got = '';
      let want = '';
      writeAnalysisJson({ push: (x) => void (got += x) }, a, pretty, pad);
      writeJson({ push: (x) => void (want += x) }, a, pretty, 2, pad);
      assert.equal(got, want, `${text.length} ${pretty} '${pad}'`);
    }
  }
});

test('DocumentBuffer: hands over exactly what was pushed, from memory or from its spill file', () => {
  // Multi-byte characters (é: 2 bytes, 😀: 4) so that the spill file's read chunks end inside them.
  const pieces = Array.from({ length: 300 }, (_, i) => `{"n":${i},"s":"é😀${'x'.repeat(i % 7)}"}`);
  const want = pieces.join(',');
  const cases: [number, number, boolean][] = [[1 << 20, 1 << 20, false], [100, 7, true], [0, 1, true], [1e9, 3, false]];
  for (const [spillAt, chunk, spills] of cases) {
    const b = new DocumentBuffer(spillAt, chunk);
    for (let round = 0; round < 2; round++) { // reusable after commit
      pieces.forEach((p, i) => b.push(i === 0 ? p : `,${p}`));
      assert.equal(b.spilled, spills, `spillAt ${spillAt}`);
      let got = '';
      b.commit({ push: (s) => (got += s) });
      assert.equal(got, want, `spillAt ${spillAt}, chunk ${chunk}`);
      assert.equal(b.spilled, false);
    }
    // After discard nothing of the dropped output is handed over.
    b.push('half a docu');
    b.discard();
    b.push('[1]');
    let got = '';
    b.commit({ push: (s) => (got += s) });
    assert.equal(got, '[1]');
  }
});

test('shorten: collapses whitespace, masks control characters, cuts with an ellipsis', () => {
  const cases: [string, number, string][] = [
    ['  a \n b\t c ', 20, 'a b c'],
    ['abcdefghij', 10, 'abcdefghij'],
    ['abcdefghijk', 10, 'abcdefghi…'],
    ['abc def ghi', 8, 'abc def…'],
    ['ab😀cd', 4, 'ab…'], // the cut would split the surrogate pair
  ];
  for (const [s, max, want] of cases) assert.equal(shorten(s, max), want, JSON.stringify(s));
});

test('shorten: terminal controls and bidi controls are shown escaped, never raw', () => {
  const cases: [string, number, string][] = [
    ['red\x1b[31m', 20, 'red\\u001B[31m'], // ESC starts a colour sequence
    ['\x1b]0;pwned\x07title', 40, '\\u001B]0;pwned\\u0007title'], // OSC retitles the terminal, BEL ends it
    ['a\x00b\x08c\x7fd', 40, 'a\\u0000b\\u0008c\\u007Fd'], // NUL, backspace, DEL
    ['x\u009b31my', 20, 'x\\u009B31my'], // C1 CSI
    ['x\u0085y', 20, 'x\\u0085y'], // C1 NEL is not whitespace to \s
    ['paid \u202Eevil\u202C here', 40, 'paid \\u202Eevil\\u202C here'], // right-to-left override, pop
    ['\u2066a\u2067b\u2068c\u2069', 40, '\\u2066a\\u2067b\\u2068c\\u2069'], // isolates
    ['\u200Eab\u200F\u061C', 40, '\\u200Eab\\u200F\\u061C'], // marks
    ['\u202Aa\u202Bb\u202Dc', 40, '\\u202Aa\\u202Bb\\u202Dc'], // embeddings, LTR override
    ['a\tb\r\nc', 20, 'a b c'], // tab and line ends are whitespace: collapsed, not escaped
    ['tschüss «Kyiv» 😀', 40, 'tschüss «Kyiv» 😀'], // ordinary non-ASCII text is untouched
    // Cutting never splits an escape: 'ab' + '\u202E' (6) does not fit in 7 with the ellipsis.
    ['ab\u202Ecdefgh', 7, 'ab…'],
    ['ab\u202Ecdefgh', 9, 'ab\\u202E…'],
    ['ab\u202Ec', 9, 'ab\\u202Ec'], // exactly 9 once escaped: no cut
  ];
  for (const [s, max, want] of cases) {
    const got = shorten(s, max);
    assert.equal(got, want, JSON.stringify(s));
    assert.ok(got.length <= Math.max(max, 2), `${JSON.stringify(got)} is longer than ${max}`);
  }
});

test('escapeTerminal and isUnsafeChar: exactly the C0/C1 controls (not tab) and the bidi controls', () => {
  const unsafe = new Set<number>([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
  for (let c = 0; c < 0x20; c++) if (c !== 0x09) unsafe.add(c);
  for (let c = 0x7f; c <= 0x9f; c++) unsafe.add(c);
  for (let c = 0; c < 0x3000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    assert.equal(isUnsafeChar(c), unsafe.has(c), `U+${c.toString(16)}`);
    assert.equal(escapeTerminal(`<${ch}>`), unsafe.has(c) ? `<\\u${c.toString(16).toUpperCase().padStart(4, '0')}>` : `<${ch}>`, `U+${c.toString(16)}`);
  }
  assert.equal(escapeTerminal('line one\nline two'), 'line one\\u000Aline two');
});
