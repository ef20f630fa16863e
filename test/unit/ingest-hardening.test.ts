/**
 * Issue 12 (hardening), the input side, at unit level: the prolog scanner and the JSON head shape
 * that choose a reader, link-local and metadata addresses, opening only regular files, message
 * escaping, and the bugs the property-based tests (test/fuzz/) found, each pinned here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, InputError, formatError, printable } from '../../src/errors.js';
import { sniff } from '../../src/ingest/index.js';
import { skipProlog, feedKind } from '../../src/ingest/feed.js';
import { jsonHeadShape } from '../../src/ingest/telegram.js';
import { addressRefusal, isLinkLocalOrMetadata } from '../../src/ingest/fetch.js';
import { openInput } from '../../src/ingest/files.js';
import { readHtml } from '../../src/ingest/html.js';
import { collectBytes } from './ingest-helpers.js';

test('skipProlog: declaration, comments, PIs and a DOCTYPE with an internal subset of any length are skipped', () => {
  const rows: [string, number, string | null][] = [
    ['<rss>', 0, null],
    ['  \n<?xml version="1.0"?>\n<rss>', 25, null],
    ['<!-- a > b --><feed>', 14, null],
    ['<!DOCTYPE html><html>', 15, 'html'],
    ['<!doctype rss [ <!ENTITY a "x > ] y"> <!-- ]> --> <?pi ]> ?> ]><rss>', 63, 'rss'],
    ["<!DOCTYPE rss SYSTEM 'a>b.dtd'><rss>", 31, 'rss'],
    ['<!DOCTYPE rss [ <!-- never closed', -1, 'rss'],
    ['<!-- never closed', -1, null],
    ['<?xml version="1.0"', -1, null],
    ['', -1, null],
    ['plain text', 0, null],
  ];
  for (const [s, root, doctype] of rows) assert.deepEqual(skipProlog(s), { root, doctype }, s);
  const long = `<?xml version="1.0"?><!DOCTYPE rss [${'<!-- x -->'.repeat(20_000)}]><rss version="2.0">`;
  assert.equal(feedKind(long), 'rss');
});

test('jsonHeadShape: a Telegram export in any layout, a JSON Lines record, or undecided', () => {
  const rows: [string, ReturnType<typeof jsonHeadShape>][] = [
    ['{"name":"C","type":"public_channel","id":1,"messages":[{"id":1,"text":"\\x41"}]}', 'telegram'],
    ['{\n "about": "x",\n "chats": {', 'telegram'],
    ['{"text": "a", "meta": {"messages": 1}}\n{"text": "b"}', 'record'], // "messages" below the top level does not count
    ['{"text": "a \\x41 b"}\n', 'record'],
    ['{"about": "' + 'a'.repeat(100), 'more'],
    ['{\n "about": "' + 'a'.repeat(100), null],
    ['{Breaking} The mayor said', null],
    ['[1, 2]', null],
  ];
  for (const [s, want] of rows) assert.equal(jsonHeadShape(s), want, s);
});

test('sniff: a JSON Lines file whose first line is bad is still JSON Lines (fuzzing found the whole file lost)', async () => {
  assert.equal(sniff(Buffer.from('42\n{"text": "The mayor said 3 people were hurt."}\n'), 'a.jsonl'), 'jsonl');
  const r = await collectBytes('42\n{"text": "The mayor said 3 people were hurt."}\n', 'a.jsonl');
  assert.equal(r.docs.length, 1);
  assert.equal(r.skips.length, 1);
  assert.equal((r.skips[0]!.error as InputError).line, 1);
  // Every line bad, the first not JSON at all and a later one a JSON value that is no record: each
  // line is named as skipped, as the CLI does, not the whole file refused as text (fuzzing found it).
  const bad = await collectBytes('not json at all\nnull\n', 'a.jsonl');
  assert.deepEqual(bad.skips.map((s) => (s.error as InputError).line), [1, 2]);
  assert.equal(bad.docs.length, 0);
  // Plain text named .jsonl is still refused as a whole.
  assert.throws(() => sniff(Buffer.from('just words\nmore words\n'), 'a.jsonl'), (e: unknown) => e instanceof InputError && e.code === ErrorCode.Format);
});

test('readHtml: markup that leaves linkedom without a root element is read, not a crash (fuzzing found a TypeError)', () => {
  const page = readHtml('<>1</option></config>\n', { file: 'x.html' });
  assert.equal(page.text, '<>1');
});

test('link-local and metadata addresses: refused unless allowLinkLocal, whatever allowPrivate says', () => {
  const rows: [string, boolean][] = [
    ['169.254.169.254', true], ['169.254.170.2', true], ['169.254.0.1', true], ['100.100.100.200', true], ['192.0.0.192', true],
    ['fe80::1', true], ['FE80::abcd', true], ['fd00:ec2::254', true], ['::ffff:169.254.169.254', true], ['::ffff:a9fe:a9fe', true],
    ['64:ff9b::a9fe:a9fe', true], ['127.0.0.1', false], ['10.0.0.1', false], ['100.100.100.201', false], ['fd00::1', false], ['8.8.8.8', false], ['name', false],
  ];
  for (const [a, want] of rows) assert.equal(isLinkLocalOrMetadata(a), want, a);
  assert.equal(addressRefusal('169.254.169.254', { allowPrivate: true }), 'link-local');
  assert.equal(addressRefusal('169.254.169.254', { allowPrivate: true, allowLinkLocal: true }), null);
  assert.equal(addressRefusal('169.254.169.254', { allowPrivate: false, allowLinkLocal: true }), null);
  assert.equal(addressRefusal('127.0.0.1', { allowPrivate: false, allowLinkLocal: true }), 'private');
  assert.equal(addressRefusal('127.0.0.1', { allowPrivate: true }), null);
  assert.equal(addressRefusal('8.8.8.8', { allowPrivate: false }), null);
});

test('openInput: a FIFO is refused at once without a writer (never blocks); with pipes it is the caller’s choice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-open-'));
  try {
    const fifo = join(dir, 'p');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const t0 = Date.now();
    await assert.rejects(openInput(fifo, { file: fifo }), (e: unknown) => e instanceof InputError && e.code === ErrorCode.Unreadable && /named pipe \(FIFO\)/.test(e.message));
    assert.ok(Date.now() - t0 < 2000);
    await assert.rejects(openInput(dir, { file: dir }), (e: unknown) => e instanceof InputError && e.message === 'is a directory');
    const f = join(dir, 'f.txt');
    writeFileSync(f, 'text');
    const { fh, st } = await openInput(f, { file: f });
    assert.ok(st.isFile());
    await fh.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('printable and formatError: control, line-break and bidi characters of names, messages and hints are escaped', () => {
  assert.equal(printable('a\nb\u202Ec\u001b[0m\tok'), 'a\\u000Ab\\u202Ec\\u001B[0m\tok');
  const e = new InputError(ErrorCode.Binary, { file: 'x\ny.txt', line: 3 }, 'bad\rthing', 'hint\u2066');
  assert.equal(formatError(e), 'sitrep: x\\u000Ay.txt:3: bad\\u000Dthing (hint\\u2066)');
  assert.equal(formatError(new Error('boom\nsecond'), false, { file: 'f\n' }).split('\n').length, 1);
});
