/**
 * Telegram Desktop exports (src/ingest/telegram.ts) on fictional fixtures written after the format
 * notes (/work/shared/notes/telegram-export.md): a single-chat export with a service message, text
 * as an array and as a string, an edit, a forward, a photo without caption, an `unsupported`
 * message, the writer's invalid `\x01` escape, the 2022 unquoted `document_id` and an unescaped
 * quote (a message that cannot be read); a full account
 * export (`chats.list` + `left_chats.list`, an old message with only a naive `date`); and the
 * single-chat file cut inside a message.
 */
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { ErrorCode, InputError, UsageError } from '../../src/errors.js';
import { repairEscapes, ingestId, contentHash } from '../../src/ingest/index.js';
import { messageText, normaliseOffset, quoteBareDocumentIds } from '../../src/ingest/telegram.js';
import { collect, collectBytes, fixture } from './ingest-helpers.js';

test('repairEscapes: only unescaped \\xHH becomes \\u00HH', () => {
  const rows: [string, string][] = [
    ['"a\\x01b"', '"a\\u0001b"'],
    ['"a\\\\x41"', '"a\\\\x41"'], // an escaped backslash, then the letters x41
    ['"a\\\\\\x0C"', '"a\\\\\\u000C"'], // escaped backslash, then \x0C
    ['"no escapes"', '"no escapes"'],
    ['"\\xZZ"', '"\\xZZ"'], // not hex: left alone (JSON.parse will refuse it)
  ];
  for (const [input, want] of rows) assert.equal(repairEscapes(input), want, input);
  assert.equal(JSON.parse(repairEscapes('"Coordinates withheld\\x01 see"')), 'Coordinates withheld\u0001 see');
});

test('quoteBareDocumentIds: only bare values of document_id are quoted', () => {
  const rows: [string, string][] = [
    ['"document_id": video_files/sticker (2).webm\n', '"document_id": "video_files/sticker (2).webm"\n'],
    ['{"document_id": stickers/a.webp, "x": 1}', '{"document_id": "stickers/a.webp", "x": 1}'],
    ['"document_id": "5368324170671202286"', '"document_id": "5368324170671202286"'],
    ['"document_id": 12345', '"document_id": 12345'],
    ['"document_id": null', '"document_id": null'],
  ];
  for (const [input, want] of rows) assert.equal(quoteBareDocumentIds(input), want, input);
});

test('messageText: text_entities first, else text as string or array of pieces; links collected', () => {
  const rows: [Record<string, unknown>, string, string[]][] = [
    [{ text: 'plain' }, 'plain', []],
    [{ text: ['Near ', { type: 'bold', text: 'Lisove' }, ' today'] }, 'Near Lisove today', []],
    [{ text: 'ignored', text_entities: [{ type: 'plain', text: 'from ' }, { type: 'text_link', text: 'here', href: 'https://example.org/a' }] }, 'from here', ['https://example.org/a']],
    [{ text: [{ type: 'link', text: 'https://example.org/b' }] }, 'https://example.org/b', ['https://example.org/b']],
    [{ text: '', text_entities: [] }, '', []],
    [{}, '', []],
  ];
  for (const [m, text, links] of rows) assert.deepEqual(messageText(m), { text, links }, JSON.stringify(m));
});

test('single-chat export: messages with text become documents; service, unsupported and caption-less photos are skipped silently', async () => {
  const r = await collect([fixture('telegram-channel.json')]);
  assert.deepEqual(r.docs.map((d) => d.meta.messageId), [312, 313, 315, 317, 318, 320]);
  assert.equal(r.skips.length, 1, 'only the message with an unescaped quote is an error');
  const bad = r.skips[0]!;
  assert.match(bad.location, /telegram-channel\.json#message 319$/);
  assert.ok(bad.error instanceof InputError);
  assert.equal(bad.error.code, ErrorCode.Format);
  assert.equal((bad.error as InputError).line, 113);
  assert.match(bad.error.message, /message 9 of chat Steppe Watch \(fiction\): message is not valid JSON/);
  assert.equal(r.docs[3]!.text, '🔥 Evening summary follows.', 'the bare document_id of Telegram Desktop 4.1.1 is quoted');

  const m312 = r.docs[0]!;
  assert.equal(m312.text, 'Near Verkhnia Kalyna an attack was repelled overnight; the regional administration reports up to 12 wounded. Statement #frontline');
  assert.equal(m312.published, '2025-05-14T09:41:37Z'); // date_unixtime 1747215697; `date` is local UTC+3
  assert.equal(m312.source, 'telegram:Steppe Watch (fiction)');
  assert.equal(m312.id, ingestId('tg://1987654321/312', m312.text));
  assert.deepEqual(m312.meta, {
    format: 'telegram', locator: 'tg://1987654321/312', input: fixture('telegram-channel.json'),
    chatId: '1987654321', chatName: 'Steppe Watch (fiction)', chatType: 'public_channel', messageId: 312,
    from: 'Steppe Watch (fiction)', fromId: 'channel1987654321', author: 'duty editor', forwardedFrom: 'Field Notes 44 (fiction)',
    edited: '2025-05-14T10:02:05Z', links: ['https://example.org/statement-2025-05-14'], contentHash: contentHash(m312.text),
    media: 'photo', mediaFile: 'photos/photo_7@14-05-2025_12-41-37.jpg',
  });
  assert.equal(r.docs[1]!.meta.replyTo, 312);
  assert.equal(r.docs[1]!.meta.media, 'video_file');
  assert.equal(r.docs[1]!.meta.mediaFile, undefined, 'the "File not included" placeholder is not a path');
  assert.equal(r.docs[2]!.text, 'Coordinates withheld\u0001 see earlier post. A literal \\x41 stays.');
});

test('full account export: chats.list and left_chats.list; naive date kept and marked uncertain; null from', async () => {
  const r = await collect([fixture('telegram-full.json')]);
  assert.equal(r.skips.length, 0);
  assert.deepEqual(r.docs.map((d) => d.meta.locator), ['tg://1700000001/41', 'tg://5550001/7', 'tg://1600000002/900']);
  assert.deepEqual(r.docs.map((d) => d.source), ['telegram:Delta Front Digest (fiction)', 'telegram:5550001', 'telegram:Old Valley News (fiction)']);
  const old = r.docs[1]!;
  assert.equal(old.published, '2021-03-01T10:00:00');
  assert.equal(old.meta.publishedUncertain, true);
  assert.equal(old.meta.fromId, '5550001'); // a bare number before 2021
  assert.equal(r.docs[2]!.meta.from, undefined);
  assert.equal(r.docs[2]!.meta.chatType, 'public_supergroup');
});

test('old export without date_unixtime: the exporter\'s UTC offset, when given, completes the naive date', async () => {
  const r = await collect([fixture('telegram-full.json')], { exportOffset: '+0300' });
  assert.equal(r.docs[1]!.published, '2021-03-01T10:00:00+03:00');
  assert.equal(r.docs[1]!.meta.publishedUncertain, undefined);
  assert.equal(r.docs[0]!.published, '2025-05-15T06:00:00Z', 'date_unixtime still wins');
  const rows: [string, string | null][] = [['+03:00', '+03:00'], ['+0300', '+03:00'], ['-05', '-05:00'], ['Z', 'Z'], ['UTC', 'Z'], ['+15:00', null], ['3', null], ['Europe/Kyiv', null]];
  for (const [input, want] of rows) assert.equal(normaliseOffset(input), want, input);
  await assert.rejects(collect([fixture('telegram-full.json')], { exportOffset: 'Europe/Kyiv' }), (e: unknown) => e instanceof UsageError);
});

test('truncated export: every complete message before the cut is kept, then one error naming the line', async () => {
  const r = await collect([fixture('telegram-truncated.json')]);
  assert.deepEqual(r.docs.map((d) => d.meta.messageId), [312, 313]);
  assert.equal(r.skips.length, 1);
  const e = r.skips[0]!.error as InputError;
  assert.equal(e.code, ErrorCode.Format);
  assert.equal(e.line, 80);
  assert.match(e.message, /ends inside the message that starts on line 73: truncated export/);
});

test('re-reading gives the same ids; the same text in another chat is another document with the same content hash', async () => {
  const a = await collect([fixture('telegram-channel.json')]);
  const b = await collect([fixture('telegram-channel.json')]);
  assert.deepEqual(a.docs.map((d) => d.id), b.docs.map((d) => d.id));
  const other = (await collectBytes(JSON.stringify({ name: 'Other', type: 'public_channel', id: 42, messages: [{ id: 1, type: 'message', date_unixtime: '1747215697', text: a.docs[1]!.text }] }), 'other.json')).docs[0]!;
  assert.notEqual(other.id, a.docs[1]!.id);
  assert.equal(other.meta.contentHash, a.docs[1]!.meta.contentHash);
});

test('not a Telegram export: clear errors', async () => {
  const rows: [string, string, RegExp][] = [
    ['{\n "name": "x",\n "list": []\n}\n', 'a.json', /without "messages" or "chats.list"/],
    ['[\n 1, 2\n]\n', 'b.json', /JSON array, not a Telegram export/],
    ['{\n "messages": [\n', 'c.json', /truncated export/],
  ];
  for (const [content, name, re] of rows) {
    const r = await collectBytes(content, name);
    assert.equal(r.docs.length, 0, name);
    assert.equal(r.skips.length, 1, name);
    assert.match(r.skips[0]!.error.message, re, name);
    assert.equal((r.skips[0]!.error as InputError).file, name);
  }
});

test('a message split across stream chunks is read whole (the scanner keeps state between chunks)', async () => {
  const messages = Array.from({ length: 3000 }, (_, i) => ({ id: i + 1, type: 'message', date_unixtime: String(1747215697 + i), text: [`Report ${i + 1}: `, { type: 'bold', text: 'Lisove' }, ` quiet, “nothing” to add \\ ${'x'.repeat(i % 50)}`] }));
  const json = JSON.stringify({ name: 'Big "quoted" {chat}', type: 'public_channel', id: 7, messages }, null, 1);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-tg-'));
  try {
    writeFileSync(join(dir, 'result.json'), json);
    assert.ok(json.length > 4 * 65536, 'several read chunks');
    const r = await collect([join(dir, 'result.json')]);
    check(r);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  check(await collectBytes(json, 'big.json'));
});

function check(r: Awaited<ReturnType<typeof collect>>): void {
  assert.equal(r.skips.length, 0);
  assert.equal(r.docs.length, 3000);
  assert.equal(r.docs[2999]!.text, `Report 3000: Lisove quiet, “nothing” to add \\ ${'x'.repeat(2999 % 50)}`);
  assert.equal(r.docs[0]!.source, 'telegram:Big "quoted" {chat}');
}
