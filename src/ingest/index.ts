/**
 * sitrep's ingest layer: turns files, folders, feeds, Telegram exports, JSON Lines and URLs into
 * documents with provenance, and finds reprints (`dedup.ts`). This file is the public surface.
 *
 * Readers are chosen by content (the first 64 KB), the file name only breaking ties: `{` starts a
 * JSON Lines record or a Telegram export, `<rss`/`<feed`/`<rdf:RDF` a feed, other markup a page,
 * anything else text (Markdown by its extension). JSON Lines and Telegram exports are streamed,
 * so their size is not limited (only one line, or one message, is in memory at a time); text,
 * pages and feeds are read whole, up to `maxSize`.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCode, InputError, UsageError } from '../errors.js';
import type { IngestedDocument, IngestEvent, ReadOptions, SourceFormat } from './types.js';
import { binaryInLine, binaryInText, byteLines, decodeText, firstInvalidUtf8, formatSize, fsError, hasBinarySignature, looksBinary, notRegular, openInput, readInput, utf8, STDIN_NAME, type ByteLine } from './files.js';
import { ingestId, makeDocument } from './document.js';
import { toDocument } from './jsonl.js';
import { jsonHeadShape, normaliseOffset, telegramDocument, telegramMessages } from './telegram.js';
import { decodeMarkup, normaliseDate, readHtml } from './html.js';
import { feedKind, readFeed, skipProlog } from './feed.js';
import { fetchUrl } from './fetch.js';

export type * from './types.js';
export { NearDupIndex, pickReprint, contentHash, normaliseText, signature, similarity, bandKeys, signatureToBuffer, signatureFromBuffer, HASHES, BANDS, ROWS, SHINGLE, NEAR_THRESHOLD, SHORT_TEXT_WORDS, textFacts, reprintAgrees, type Signature, type TextFacts } from './dedup.js';
export { ingestId } from './document.js';
export { isBlockedAddress, isLinkLocalOrMetadata } from './fetch.js';
export { normaliseDate } from './html.js';
export { repairEscapes } from './telegram.js';

/** Defaults of `ReadOptions`. */
export const DEFAULTS = { maxSize: 64 * 1024 ** 2, timeoutMs: 15_000, allowPrivate: false, allowLinkLocal: false, maxRedirects: 5 } as const;

type Resolved = Required<Pick<ReadOptions, 'maxSize' | 'timeoutMs' | 'allowPrivate' | 'allowLinkLocal' | 'maxRedirects'>> &
  Pick<ReadOptions, 'format' | 'signal' | 'exportOffset'> & { defaultPublished: string | null };

/** Bytes sniffed to choose a reader. */
const HEAD = 64 * 1024;

/** Extensions of media files that folder walks pass over silently (a Telegram export's photos/, files/...). */
const MEDIA = new Set([
  '.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic', '.bmp', '.tif', '.tiff', '.ico', '.svg',
  '.mp4', '.mov', '.webm', '.mkv', '.avi', '.mp3', '.ogg', '.oga', '.opus', '.wav', '.m4a', '.flac', '.tgs',
]);
const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
/** Extensions that promise structured data: content that sniffs as plain text is an error there, not a text. */
const STRUCTURED: Record<string, string> = {
  '.rss': 'an RSS or Atom feed', '.atom': 'an RSS or Atom feed', '.xml': 'an RSS or Atom feed',
  '.json': 'JSON (a Telegram export or JSON Lines)', '.jsonl': 'JSON Lines', '.ndjson': 'JSON Lines',
};

/** One input being read: a file (`path`), or bytes already in memory (stdin, an upload, a fetched URL). */
interface Source {
  name: string;
  path: string | null;
  bytes: Buffer | null;
  /** Bytes to stream instead of reading `path` (standard input); only for JSON Lines and Telegram exports. */
  stream?: AsyncIterable<Buffer>;
  /** For fetched pages: the final URL, content type and charset the server gave. */
  url?: string;
  contentType?: string;
  charset?: string;
}

/** Fills in defaults; a bad `exportOffset` is a `UsageError` (thrown by the first step of a read). */
function resolveOptions(opts: ReadOptions): Resolved {
  if (opts.exportOffset !== undefined && normaliseOffset(opts.exportOffset) === null) {
    throw new UsageError(`'${opts.exportOffset}' is not a UTC offset`, 'use the form +03:00, -0500 or Z');
  }
  return {
    maxSize: opts.maxSize ?? DEFAULTS.maxSize,
    timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
    allowPrivate: opts.allowPrivate ?? DEFAULTS.allowPrivate,
    allowLinkLocal: opts.allowLinkLocal ?? DEFAULTS.allowLinkLocal,
    maxRedirects: opts.maxRedirects ?? DEFAULTS.maxRedirects,
    defaultPublished: opts.defaultPublished ?? null,
    format: opts.format,
    signal: opts.signal,
    exportOffset: opts.exportOffset,
  };
}

/** Formats read record by record: binary data in one record (line, message, item) skips only that record. */
const RECORD_FORMATS: ReadonlySet<SourceFormat> = new Set(['jsonl', 'telegram', 'rss', 'atom']);

/** The skip event for an error; an error that is not a `SitrepError` (a bug) is passed on as it is. */
function skipped(location: string, e: unknown): IngestEvent {
  return { kind: 'skipped', location, error: e instanceof Error ? e : new Error(String(e)) };
}

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/**
 * Reads every input (file path, folder, `-` for stdin, or http/https URL) and yields one event per
 * document or per skipped input/record, in input order (folders sorted by name). Never throws for
 * bad input: each problem is a `skipped` event whose error names the file and line/record.
 */
export async function* readSources(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<IngestEvent> {
  const o = resolveOptions(opts);
  for (const input of inputs) {
    if (o.signal?.aborted) return;
    if (input === '-') {
      yield* readStdin(o);
    } else if (isUrl(input)) {
      yield* readUrl(input, o);
    } else {
      yield* readPath(input, o, new Set(), true);
    }
  }
}

/**
 * Standard input: the first 64 KB choose the reader; JSON Lines and Telegram exports are then
 * streamed (no size limit), anything else is read whole up to `maxSize`.
 */
async function* readStdin(o: Resolved): AsyncGenerator<IngestEvent> {
  const it = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let got = 0;
  let done = false;
  try {
    // 64 KB, or more while markup's prolog is not over (see `headOf`), looked at each time the
    // bytes read have grown fourfold, so that a long prolog costs linear time.
    let checkAt = HEAD;
    for (;;) {
      if (got >= checkAt) {
        if (got >= o.maxSize) break;
        const joined = Buffer.concat(first, got);
        first.splice(0, first.length, joined);
        if (!prologUnfinished(joined)) break;
        checkAt = got * 4;
      }
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      first.push(r.value);
      got += r.value.length;
    }
  } catch (e) {
    yield skipped(STDIN_NAME, fsError(e, { file: STDIN_NAME }));
    return;
  }
  const head = Buffer.concat(first, got);
  let format: SourceFormat;
  try {
    format = o.format ?? sniff(head, STDIN_NAME);
  } catch (e) {
    process.stdin.destroy();
    yield skipped(STDIN_NAME, e);
    return;
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  if (format === 'jsonl' || format === 'telegram') {
    yield* readSource({ name: STDIN_NAME, path: null, bytes: null, stream: rest() }, { ...o, format });
    return;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const c of rest()) {
      total += c.length;
      if (total > o.maxSize) {
        process.stdin.destroy();
        throw new InputError(ErrorCode.TooLarge, { file: STDIN_NAME }, `input is over the --max-size limit of ${formatSize(o.maxSize)}`, 'raise the limit with --max-size, or split the input');
      }
      chunks.push(c);
    }
  } catch (e) {
    yield skipped(STDIN_NAME, e);
    return;
  }
  yield* readSource({ name: STDIN_NAME, path: null, bytes: Buffer.concat(chunks, total) }, { ...o, format });
}

/** Reads one in-memory input (an upload) named `name`, choosing its reader by content like a file. */
export async function* readBytes(bytes: Uint8Array, name: string, opts: ReadOptions = {}): AsyncGenerator<IngestEvent> {
  yield* readSource({ name, path: null, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, resolveOptions(opts));
}

/**
 * A file or a folder (walked recursively, sorted; dotfiles and media files passed over). Only
 * regular files are read: a named pipe, socket or device is skipped with a message naming what it
 * is, and never opened (a FIFO in a folder would block the read forever). A pipe named on the
 * command line (`explicit`: `<(cmd)`, a FIFO someone writes to) is read whole, like standard input.
 */
async function* readPath(path: string, o: Resolved, seen: Set<string>, explicit = false): AsyncGenerator<IngestEvent> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    yield skipped(path, fsError(e, { file: path }));
    return;
  }
  if (explicit && st.isFIFO()) {
    let bytes: Buffer;
    try {
      bytes = await readInput({ name: path, path }, o.maxSize, true);
    } catch (e) {
      yield skipped(path, e);
      return;
    }
    yield* readSource({ name: path, path: null, bytes }, o);
    return;
  }
  if (st.isFile()) {
    yield* readSource({ name: path, path, bytes: null }, o);
    return;
  }
  if (!st.isDirectory()) {
    yield skipped(path, notRegular(st, { file: path }));
    return;
  }
  let real: string;
  let names: string[];
  try {
    real = await realpath(path);
    names = (await readdir(path)).sort();
  } catch (e) {
    yield skipped(path, fsError(e, { file: path }));
    return;
  }
  if (seen.has(real)) return; // a symbolic link back into a folder already read
  seen.add(real);
  for (const n of names) {
    if (o.signal?.aborted) return;
    if (n.startsWith('.')) continue;
    const child = join(path, n);
    if (MEDIA.has(extname(n).toLowerCase())) continue;
    yield* readPath(child, o, seen);
  }
}

/** Fetches a URL and reads the body by its content type and content. */
async function* readUrl(url: string, o: Resolved): AsyncGenerator<IngestEvent> {
  let f;
  try {
    f = await fetchUrl(url, o);
  } catch (e) {
    yield skipped(url, e);
    return;
  }
  yield* readSource({ name: url, path: null, bytes: f.body, url: f.finalUrl, contentType: f.contentType, charset: f.charset }, o);
}

/**
 * True when the reader cannot be chosen from a head because it ends too early: markup inside its
 * prolog (a long comment or DOCTYPE), or a one-line JSON object before a top-level key says it is a
 * Telegram export and before it closes. More of the input is then read (there is no fixed window).
 */
function prologUnfinished(head: Uint8Array): boolean {
  let i = 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf) i += 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  const text = (): string => Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8');
  if (head[i] === 0x3c) return skipProlog(text()).root < 0;
  // A JSON object on one line (a minified Telegram export, a long JSON Lines record) that the head
  // ends inside before showing what it is.
  if (head[i] === 0x7b) return jsonHeadShape(text().slice(i)) === 'more';
  return false;
}

/**
 * The first bytes of a source to choose its reader from: 64 KB, or, when markup's prolog (comments,
 * a DOCTYPE with a large internal subset) runs past them, as much more as it takes to see the root
 * element (up to `maxSize`). A file is opened only if it is a regular file, without blocking.
 */
async function headOf(src: Source, maxSize: number): Promise<Buffer> {
  if (src.bytes) {
    const head = src.bytes.subarray(0, HEAD);
    return head.length === HEAD && prologUnfinished(head) ? src.bytes.subarray(0, maxSize) : head;
  }
  const { fh } = await openInput(src.path!, { file: src.name });
  try {
    let size = HEAD;
    for (;;) {
      const buf = Buffer.alloc(size);
      const { bytesRead } = await fh.read(buf, 0, size, 0);
      if (bytesRead < size || size >= maxSize || !prologUnfinished(buf)) return buf.subarray(0, bytesRead);
      size = Math.min(maxSize, size * 4);
    }
  } catch (e) {
    throw fsError(e, { file: src.name });
  } finally {
    await fh.close();
  }
}

/**
 * Chooses the reader of a source from its first bytes (and name, and the server's content type).
 * Throws an `InputError` for binary, UTF-16 and empty input, and for content that contradicts
 * an extension promising structured data.
 */
export function sniff(head: Uint8Array, name: string, contentType = ''): SourceFormat {
  const where = { file: name };
  if (head.length === 0) throw new InputError(ErrorCode.Empty, where, 'empty file', 'nothing to analyse; skipped');
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputError(ErrorCode.Utf16, where, 'UTF-16 text', 'sitrep reads UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8');
  }
  // Binary data: a binary signature refuses any input; NUL and control bytes refuse a whole text,
  // page or feed, but in a record format (JSON Lines, a Telegram export) they cost only the line
  // or message they are in, which the reader names (see `sniffFormat`).
  if (hasBinarySignature(head)) throw new InputError(ErrorCode.Binary, where, 'binary file', 'sitrep reads UTF-8 text; skipped');
  let format: SourceFormat;
  try {
    format = sniffFormat(head, name, contentType);
  } catch (e) {
    if (looksBinary(head)) throw new InputError(ErrorCode.Binary, where, 'binary file', 'sitrep reads UTF-8 text; skipped');
    throw e;
  }
  if (!RECORD_FORMATS.has(format) && looksBinary(head)) {
    throw new InputError(ErrorCode.Binary, where, 'binary file', 'sitrep reads UTF-8 text; skipped');
  }
  return format;
}

/** Whether one of the first 20 lines of `s` is one JSON value (of any type): a sign of JSON Lines whose records went bad. */
function headLineIsJson(s: string): boolean {
  let at = 0;
  for (let n = 0; n < 20 && at < s.length; n++) {
    const nl = s.indexOf('\n', at);
    const line = (nl === -1 ? s.slice(at) : s.slice(at, nl)).trim();
    at = nl === -1 ? s.length : nl + 1;
    if (line === '' || line.length > 10_000) continue;
    try {
      JSON.parse(line);
      return true;
    } catch {
      // not JSON: look at the next line
    }
  }
  return false;
}

/** `sniff` after the checks for empty, UTF-16 and binary-signature input. */
function sniffFormat(head: Uint8Array, name: string, contentType: string): SourceFormat {
  const where = { file: name };
  const s = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (s === '') throw new InputError(ErrorCode.Empty, where, 'only whitespace', 'nothing to analyse; skipped');
  const ext = extname(isUrl(name) ? new URL(name).pathname : name).toLowerCase();
  if (s[0] === '{' || s[0] === '[') {
    if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
    const textual = MARKDOWN.has(ext) || ext === '.txt';
    const nl = s.indexOf('\n');
    const first = (nl === -1 ? s : s.slice(0, nl)).trim();
    if ((first === '{' || first === '[') && !textual) return 'telegram';
    // Layout-independent: a minified export on one line, with the writer's invalid \x escapes, is
    // still an export (JSON.parse of the line would fail on the escape).
    const shape = jsonHeadShape(s);
    if (shape === 'telegram') return 'telegram';
    try {
      const v = JSON.parse(first) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) return 'messages' in v || 'chats' in v ? 'telegram' : 'jsonl';
    } catch {
      // not JSON on the first line: JSON Lines with a bad first record in a .json file, else text ("[Update] ...")
    }
    if (ext === '.json') return 'jsonl';
  }
  if (s[0] === '<') {
    const feed = feedKind(s);
    if (feed) return feed;
    const { root, doctype } = skipProlog(s);
    if (doctype === 'html') return 'html';
    if (root >= 0 && /^<(?:html|head|body|meta|title|link|div|p|article|main|section|h[1-6]|table|span|a|b|i|em|strong|br|ul|ol|blockquote|header|nav|script|style)\b/i.test(s.slice(root, root + 16))) return 'html';
    if (/^<\?xml/i.test(s)) {
      throw new InputError(ErrorCode.Format, { file: name, line: 1 }, 'XML, but not an RSS or Atom feed or an XHTML page', 'sitrep reads RSS 2.0, RSS 1.0 and Atom feeds');
    }
    return 'html';
  }
  // A JSON Lines file whose first line is bad (`42`, a cut-off record) is still JSON Lines when a
  // later line of the head holds a record or an array, or when one of its first 20 lines is a JSON value
  // that is not a record ("42", "null", "\"text\""): only the bad lines are skipped, each named.
  if ((ext === '.jsonl' || ext === '.ndjson') && (/\n[ \t\r]*[{[]/.test(s) || headLineIsJson(s))) return 'jsonl';
  if (STRUCTURED[ext] && !/^text\/(?:plain|markdown)/.test(contentType)) {
    throw new InputError(ErrorCode.Format, { file: name, line: 1 }, `named like ${STRUCTURED[ext]}, but its content is plain text`,
      'check the file; rename it to .txt to read it as text');
  }
  if (/^text\/html|xhtml/.test(contentType)) return 'html';
  if (MARKDOWN.has(ext) || contentType === 'text/markdown') return 'markdown';
  return 'text';
}

/** Reads one file or in-memory source with the reader its content calls for. */
async function* readSource(src: Source, o: Resolved): AsyncGenerator<IngestEvent> {
  let format: SourceFormat;
  try {
    format = o.format ?? sniff(await headOf(src, o.maxSize), src.name, src.contentType);
  } catch (e) {
    yield skipped(src.name, e);
    return;
  }
  try {
    if (format === 'jsonl') yield* readJsonl(src, o);
    else if (format === 'telegram') yield* readTelegram(src, o);
    else yield* readWhole(src, format, o);
  } catch (e) {
    yield skipped(src.name, e);
  }
}

/** The locator of a file or an in-memory source: a `file:` URL of the absolute path, the URL, or the name. */
function locatorOf(src: Source): string {
  if (src.url) return src.url;
  if (src.path) return pathToFileURL(resolve(src.path)).href;
  return src.name;
}

/** Text, Markdown, HTML and feeds: read whole (up to `maxSize`). */
async function* readWhole(src: Source, format: SourceFormat, o: Resolved): AsyncGenerator<IngestEvent> {
  const bytes = src.bytes ?? await readInput({ name: src.name, path: src.path }, o.maxSize, false);
  if (bytes.length > o.maxSize) {
    throw new InputError(ErrorCode.TooLarge, { file: src.name }, `${formatSize(bytes.length)} is over the --max-size limit of ${formatSize(o.maxSize)}`, 'raise the limit with --max-size, or split the input');
  }
  const where = { file: src.name };
  const locator = locatorOf(src);
  const base = { input: src.name };
  if (format === 'text' || format === 'markdown') {
    let text = decodeText(bytes, where);
    let fm: Record<string, string> = {};
    if (format === 'markdown') {
      const m = frontMatter(text);
      if (m) {
        fm = m.fields;
        text = m.body;
        if (text.trim() === '') throw new InputError(ErrorCode.Empty, where, 'only front matter, no text', 'nothing to analyse; skipped');
      }
    }
    const title = fm.title ?? (format === 'markdown' ? /^\s*#\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 2000))?.[1] : undefined);
    yield {
      kind: 'document', location: src.name,
      document: makeDocument(text, { ...base, format, locator, title, byline: fm.author ?? fm.byline }, {
        published: normaliseDate(fm.date ?? fm.published) ?? o.defaultPublished, source: src.name, url: src.url, lang: fm.lang ?? fm.language,
      }),
    };
    return;
  }
  const markup = decodeMarkup(bytes, where, src.charset, !RECORD_FORMATS.has(format));
  if (format === 'html') {
    const page = readHtml(markup, where, src.url);
    const loc = page.canonicalUrl ?? locator;
    const host = page.canonicalUrl ? new URL(page.canonicalUrl).hostname : src.url ? new URL(src.url).hostname : undefined;
    yield {
      kind: 'document', location: src.name,
      document: makeDocument(page.text, {
        ...base, format, locator: loc, title: page.title, byline: page.byline, canonicalUrl: page.canonicalUrl,
        finalUrl: src.url, siteName: page.siteName, extracted: true,
      }, { published: page.published ?? o.defaultPublished, source: page.siteName ?? host ?? src.name, url: page.canonicalUrl ?? src.url, lang: page.lang }),
    };
    return;
  }
  const feed = readFeed(markup, src.name);
  for (const e of feed.entries) {
    const location = `${src.name}#item ${e.item ? e.item.index : e.index}`;
    if (e.error) {
      yield { kind: 'skipped', location, error: e.error };
      continue;
    }
    const it = e.item;
    const link = it.link ? absolute(it.link, src.url) : undefined;
    const body = it.text;
    const text = it.title && !body.startsWith(it.title) ? (body ? `${it.title}\n\n${body}` : it.title) : body;
    if (text.trim() === '') {
      yield { kind: 'skipped', location, error: new InputError(ErrorCode.Empty, { file: src.name, line: it.line }, `feed item ${it.index} has no text`, 'nothing to analyse; skipped') };
      continue;
    }
    const binary = binaryInText(text);
    if (binary) {
      yield { kind: 'skipped', location, error: new InputError(ErrorCode.Binary, { file: src.name, line: it.line }, `feed item ${it.index}: ${binary}`, 'skipped; the other items are read') };
      continue;
    }
    yield {
      kind: 'document', location,
      document: makeDocument(text, {
        ...base, format: feed.kind, locator: link ?? it.guid ?? `${locator}#item-${it.index}`, title: it.title, byline: it.author,
        canonicalUrl: link, siteName: feed.title, extracted: true,
      }, { published: it.published ?? o.defaultPublished, source: feed.title ?? src.name, url: link, lang: feed.lang }),
    };
  }
}

/**
 * A Markdown file's YAML front matter (`---` … `---` at the very start): its simple `key: value`
 * lines (quotes removed; lists and nested values ignored) and the text after it, which is what is
 * stored and analysed.
 */
export function frontMatter(text: string): { fields: Record<string, string>; body: string } | null {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || kv[2] === '' || /^[[{|>]/.test(kv[2]!)) continue;
    fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, body: text.slice(m[0].length).replace(/^\s*\n/, '') };
}

/** An http(s) URL resolved against `base`, or undefined. */
function absolute(href: string, base: string | undefined): string | undefined {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The lines of an in-memory source, split like `byteLines` splits a file. */
function* memoryLines(buf: Buffer, maxSize: number): Generator<ByteLine> {
  let line = 0;
  for (let from = 0; from < buf.length;) {
    let nl = buf.indexOf(0x0a, from);
    if (nl === -1) nl = buf.length;
    line++;
    let end = nl;
    if (end > from && buf[end - 1] === 0x0d) end--;
    yield end - from > maxSize ? { line, tooLong: true } : { line, bytes: buf.subarray(from, end) };
    from = nl + 1;
  }
}

/** JSON Lines, streamed: one document or one skip per non-blank line. */
async function* readJsonl(src: Source, o: Resolved): AsyncGenerator<IngestEvent> {
  const lines: AsyncIterable<ByteLine> | Iterable<ByteLine> = src.bytes
    ? memoryLines(src.bytes, o.maxSize)
    : byteLines({ name: src.name, path: src.path }, o.maxSize, src.stream, false);
  const fileLoc = locatorOf(src);
  for await (const l of lines) {
    if (o.signal?.aborted) return;
    const location = `${src.name}:${l.line}`;
    const where = { file: src.name, line: l.line };
    if (l.tooLong) {
      yield { kind: 'skipped', location, error: new InputError(ErrorCode.TooLarge, where, `line is over the --max-size limit of ${formatSize(o.maxSize)}`, 'raise the limit with --max-size') };
      continue;
    }
    const binary = binaryInLine(l.bytes);
    if (binary) {
      yield { kind: 'skipped', location, error: new InputError(ErrorCode.Binary, where, binary, 'fix or remove the line; the other lines are still read') };
      continue;
    }
    let s: string;
    try {
      s = utf8.decode(l.bytes);
    } catch {
      const at = firstInvalidUtf8(l.bytes);
      yield { kind: 'skipped', location, error: new InputError(ErrorCode.InvalidUtf8, where, `not valid UTF-8${at >= 0 ? ` at byte ${at} of the line` : ''}`, 'convert the file to UTF-8') };
      continue;
    }
    if (s.trim() === '') continue;
    try {
      let value: unknown;
      try {
        value = JSON.parse(s);
      } catch (e) {
        throw new InputError(ErrorCode.JsonSyntax, where, `not valid JSON: ${(e as Error).message}`, 'fix or remove the line; the other lines are still read');
      }
      const rec = value as { id?: unknown; url?: unknown };
      const locator = typeof rec?.url === 'string' && rec.url ? rec.url : `${fileLoc}:${l.line}`;
      const doc = toDocument(value, where, o.defaultPublished, (text) => ingestId(locator, text));
      const out: IngestedDocument = makeDocument(doc.text, {
        format: 'jsonl', locator, input: src.name, recordId: typeof rec.id === 'string' ? rec.id : undefined,
      }, { id: doc.id, published: doc.published, source: doc.source ?? src.name, url: doc.url, lang: doc.lang });
      if (doc.author) out.author = doc.author;
      if (doc.authorType) out.authorType = doc.authorType;
      if (typeof doc.ownVoice === 'boolean') out.ownVoice = doc.ownVoice;
      yield { kind: 'document', location, document: out };
    } catch (e) {
      yield skipped(location, e);
    }
  }
}

/** A Telegram export, streamed message by message. */
async function* readTelegram(src: Source, o: Resolved): AsyncGenerator<IngestEvent> {
  const stream = src.bytes ? Readable.from([src.bytes]) : src.stream ? Readable.from(src.stream)
    : (await openInput(src.path!, { file: src.name })).fh.createReadStream({ autoClose: true });
  for await (const m of telegramMessages(src.name, stream)) {
    if (o.signal?.aborted) return;
    const known = m.value ? m.value.id : m.id;
    const id = typeof known === 'number' || typeof known === 'string' ? String(known) : `#${m.index + 1}`;
    const location = `${src.name}#message ${id}`;
    if (m.error !== undefined) {
      yield { kind: 'skipped', location, error: new InputError(ErrorCode.Format, { file: src.name, line: m.line }, `message ${m.index + 1} of chat ${m.chat.name ?? m.chat.id ?? '?'}: ${m.error}`, 'skipped; the other messages are read') };
      continue;
    }
    try {
      const doc = telegramDocument(m, src.name, src.name, o.exportOffset);
      if (doc) yield { kind: 'document', location, document: doc };
    } catch (e) {
      yield skipped(location, e);
    }
  }
}
