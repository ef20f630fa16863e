/**
 * Property-based tests of every reader (text and Markdown, HTML, RSS/Atom, Telegram exports,
 * JSON Lines) and of format detection, with fast-check: on arbitrary bytes and on mutations of the
 * real fixtures and the sample corpus, a read never throws and never hangs, every problem is a
 * `SitrepError` naming its input (anything else is a bug), and every document has text; in the
 * record formats, the good records next to bad ones are all kept, in order. Budget: see
 * fuzz-helpers.ts (`SITREP_FUZZ_RUNS`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readBytes, sniff } from '../../src/ingest/index.js';
import type { IngestedDocument } from '../../src/ingest/index.js';
import { InputError, SitrepError } from '../../src/errors.js';
import { budget, mutate, mutations, seeds } from './fuzz-helpers.js';

/** Reads bytes under a name to the end; fails on any error that is not a `SitrepError`. */
async function read(bytes: Uint8Array, name: string): Promise<{ docs: IngestedDocument[]; skips: SitrepError[] }> {
  const docs: IngestedDocument[] = [];
  const skips: SitrepError[] = [];
  for await (const e of readBytes(bytes, name, { maxSize: 1 << 20 })) {
    if (e.kind === 'document') {
      assert.equal(typeof e.document.text, 'string');
      assert.ok(e.document.text.trim() !== '', `${name}: a document without text`);
      assert.match(e.document.id, /^\S+$/);
      docs.push(e.document);
    } else {
      if (!(e.error instanceof SitrepError)) throw e.error; // a bug: fail with its stack
      skips.push(e.error);
    }
  }
  return { docs, skips };
}

const NAMES = ['input', 'a.txt', 'a.md', 'a.html', 'feed.rss', 'feed.atom', 'feed.xml', 'result.json', 'a.jsonl', 'a.ndjson'];
const SEEDS = seeds();

test('format detection: any head gives a format or an InputError, never anything else', () => {
  fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }).map((s) => Buffer.from(s))),
    fc.constantFrom(...NAMES), (head, name) => {
      try {
        assert.ok(['text', 'markdown', 'html', 'rss', 'atom', 'telegram', 'jsonl'].includes(sniff(head, name)));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
      }
    }), budget(2000, 4000));
});

test('every reader on arbitrary bytes: no throw, no hang, only named skips', async () => {
  await fc.assert(fc.asyncProperty(
    fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => Buffer.from(s)),
      // arbitrary text behind the opening that picks each reader
      fc.tuple(fc.constantFrom('{', '[', '{"text":', '<?xml version="1.0"?><rss><channel><item>', '<feed><entry>', '<!doctype html><p>', '---\n', '{\n "name": "x",\n "messages": ['),
        fc.string({ unit: 'binary', maxLength: 1500 })).map(([a, b]) => Buffer.from(a + b)),
    ),
    fc.constantFrom(...NAMES),
    async (bytes, name) => {
      await read(bytes, name);
    }), budget(300, 8000));
});

test('every reader on mutated fixtures and corpus files: no throw, no hang, only named skips', async () => {
  await fc.assert(fc.asyncProperty(fc.constantFrom(...SEEDS), mutations, async (seed, edits) => {
    await read(mutate(seed.bytes, edits), seed.name);
  }), budget(800, 15000));
});

/** A line of JSON Lines that is not a document, in one of the ways a line goes bad. */
const badLine: fc.Arbitrary<Buffer> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map((t) => { // a good record cut short
    const s = JSON.stringify({ text: `x${t}` });
    return Buffer.from(s.slice(0, s.length - 2));
  }),
  fc.string({ maxLength: 20 }).map((t) => Buffer.concat([Buffer.from(`{"text": "a${JSON.stringify(t).slice(1, -1)}`), Buffer.from([0]), Buffer.from('b"}')])), // a raw NUL
  fc.constant(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])), // invalid UTF-8
  fc.constantFrom('[1,2]', '"text"', '42', 'null', '{"title": "no text"}', '{"text": "   "}', '{"text": 5}', '{"text": "x", "published": "2024-02-30"}', 'not json at all').map((s) => Buffer.from(s)),
);
const goodText = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).filter((t) => t.trim() !== '');

test('JSON Lines: every good record next to bad lines is kept, in order; each bad line is named', async () => {
  await fc.assert(fc.asyncProperty(
    fc.array(fc.oneof({ arbitrary: goodText.map((t) => ({ good: t })), weight: 2 }, { arbitrary: badLine.map((b) => ({ bad: b })), weight: 1 }), { minLength: 1, maxLength: 25 }),
    fc.constantFrom('\n', '\r\n'),
    async (lines, eol) => {
      const bytes = Buffer.concat(lines.flatMap((l) => [('good' in l ? Buffer.from(JSON.stringify({ text: l.good })) : l.bad), Buffer.from(eol)]));
      const { docs, skips } = await read(bytes, 'records.jsonl');
      const good = lines.filter((l): l is { good: string } => 'good' in l).map((l) => l.good);
      assert.deepEqual(docs.map((d) => d.text), good);
      // a file of nothing but lines of words is plain text named .jsonl: refused once, as a whole
      const wordsOnly = lines.every((l) => 'bad' in l && l.bad.toString() === 'not json at all');
      assert.equal(skips.length, wordsOnly ? 1 : lines.length - good.length);
      for (const s of skips) assert.ok(s instanceof InputError && s.file === 'records.jsonl' && s.line! >= 1);
    }), budget(300, 6000));
});

/** A message of a Telegram export that is balanced (brackets and quotes) but not readable JSON. */
const badMessage = fc.constantFrom(
  '{"id": 9001, "type": "message", "text": "bad \\q escape"}',
  '{"id": 9002, "type": "message", "text": "trailing comma",}',
  '{"id": 9003, "type": "message", "text": bare words}',
  '{"id": 9004, "type": "message", "text": "raw \u0000 nul"}',
  '{"id": 9005, "type": "message" "text": "missing comma"}',
);

test('Telegram export, pretty or minified: every good message next to bad ones is kept, \\x escapes repaired', async () => {
  await fc.assert(fc.asyncProperty(
    fc.array(fc.oneof({ arbitrary: goodText.map((t) => ({ good: t })), weight: 3 }, { arbitrary: badMessage.map((b) => ({ bad: b })), weight: 1 }), { minLength: 1, maxLength: 15 }),
    fc.boolean(), fc.boolean(),
    async (messages, pretty, xEscape) => {
      const items = messages.map((m, i) => {
        if ('bad' in m) return m.bad;
        let s = JSON.stringify({ id: i + 1, type: 'message', date: '2025-10-14T08:00:00', date_unixtime: String(1760428800 + i), from: 'Channel', from_id: 'channel1', text: m.good });
        if (xEscape) s = s.replace('"text":"', '"text":"\\x41'); // the export writer's invalid escape
        return s;
      });
      const sep = pretty ? ',\n  ' : ',';
      const open = pretty ? '{\n "name": "Channel",\n "type": "public_channel",\n "id": 1,\n "messages": [\n  ' : '{"name":"Channel","type":"public_channel","id":1,"messages":[';
      const bytes = Buffer.from(`${open}${items.join(sep)}${pretty ? '\n ]\n}\n' : ']}'}`);
      const { docs, skips } = await read(bytes, 'result.json');
      const good = messages.filter((m): m is { good: string } => 'good' in m).map((m) => (xEscape ? `A${m.good}` : m.good));
      assert.deepEqual(docs.map((d) => d.text), good);
      assert.equal(skips.length, messages.length - good.length);
    }), budget(200, 6000));
});

const word = fc.stringMatching(/^[A-Za-z]{2,10}$/);
const sentence = fc.array(word, { minLength: 2, maxLength: 10 }).map((w) => `${w.join(' ')}.`);
const badItem = fc.constantFrom(
  '<item><title>Broken</title><description>a < b and c</description></item>',
  '<item><title>Mismatched</titl><description>text</description></item>',
  '<item><title>Unclosed <b>bold</title><description>text</description></item>',
);

test('RSS: every good item next to broken ones is kept, in order', async () => {
  await fc.assert(fc.asyncProperty(
    fc.array(fc.oneof({ arbitrary: sentence.map((t) => ({ good: t })), weight: 3 }, { arbitrary: badItem.map((b) => ({ bad: b })), weight: 1 }), { minLength: 1, maxLength: 12 }),
    async (items) => {
      const body = items.map((it, i) => ('good' in it ? `<item><title>Item ${i}</title><link>https://example.org/${i}</link><description>${it.good}</description></item>` : it.bad)).join('\n');
      const bytes = Buffer.from(`<?xml version="1.0"?>\n<rss version="2.0"><channel><title>F</title>\n${body}\n</channel></rss>\n`);
      const good = items.filter((it): it is { good: string } => 'good' in it);
      if (good.length === 0) return; // a feed with no readable item is one skip of the whole file
      const { docs } = await read(bytes, 'feed.rss');
      assert.equal(docs.length, good.length);
      docs.forEach((d, k) => assert.ok(d.text.includes(good[k]!.good), `${d.text} lacks ${good[k]!.good}`));
    }), budget(200, 6000));
});
