/**
 * Reading input bytes at the edge, shared by the CLI's `analyze` and the ingest readers: files and
 * stdin with a size limit, binary/UTF-16/UTF-8 checks, and byte-level line splitting. Everything
 * that can be wrong is reported as an `InputError` naming the file (and line).
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { ErrorCode, InputError, type InputLocation } from '../errors.js';

/** The name used for standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** One input named on the command line: a file path, or `-` for standard input. */
export interface InputSource {
  /** The name shown in messages and used as the document's `source` (the path as given). */
  name: string;
  /** The path to read, or null for standard input. */
  path: string | null;
}

/** What a file that is not a regular file is, for messages (`a named pipe (FIFO)`), or null for a regular file. */
export function specialKind(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** The error for a path that is not a regular file (a directory gets its own hint). */
export function notRegular(st: Stats, where: InputLocation): InputError {
  if (st.isDirectory()) return new InputError(ErrorCode.Unreadable, where, 'is a directory', 'name the files inside it, e.g. dir/*.txt');
  return new InputError(ErrorCode.Unreadable, where, `is ${specialKind(st)}, not a regular file`, 'only regular files are read; skipped');
}

/**
 * Opens a path for reading without ever blocking on it. Only regular files are opened: a named
 * pipe, socket or device is refused (`notRegular`) after a `stat`, before any `open`; the open
 * itself uses O_NONBLOCK and the opened descriptor is checked again (`fstat`), so a file swapped
 * for a FIFO between the two cannot hang the read either. With `pipes`, a pipe the user named
 * on the command line (`<(cmd)`, `mkfifo`, /dev/stdin) is read like standard input: opened in
 * blocking mode, as `cat` does, since someone was asked to write to it. Errors are `fsError`s.
 */
export async function openInput(path: string, where: InputLocation, pipes = false): Promise<{ fh: FileHandle; st: Stats }> {
  let fh: FileHandle | null = null;
  try {
    const before = await stat(path);
    const pipe = pipes && before.isFIFO();
    if (!before.isFile() && !pipe) throw notRegular(before, where);
    fh = await open(path, pipe ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK);
    const st = await fh.stat();
    if (!(pipe ? st.isFIFO() : st.isFile())) throw notRegular(st, where);
    return { fh, st };
  } catch (e) {
    await fh?.close().catch(() => undefined);
    throw fsError(e, where);
  }
}

/** Turns a command-line argument into an input source (`-` is standard input). */
export function sourceOf(arg: string): InputSource {
  return arg === '-' ? { name: STDIN_NAME, path: null } : { name: arg, path: arg };
}

/** Formats a byte count for messages: `52.4 MB`. */
export function formatSize(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The first buffer size `readInput` uses when the size of the input is not known. */
const READ_CHUNK = 1 << 20;

/**
 * Reads a whole file or stdin into memory, refusing more than `maxSize` bytes. The limit is
 * enforced on the bytes as they arrive, so pipes, FIFOs and process substitutions (which `stat`
 * reports as empty) and files that grow while being read are stopped too; for a regular file
 * whose size is already over the limit, the size is named and nothing is read. Only regular files
 * are read, and pipes when `pipes` is set (a path named by the user; see `openInput`).
 */
export async function readInput(src: InputSource, maxSize: number, pipes = true): Promise<Buffer> {
  const where = { file: src.name };
  const tooLarge = (size: string): InputError =>
    new InputError(ErrorCode.TooLarge, where, `${size} is over the --max-size limit of ${formatSize(maxSize)}`,
      'raise the limit with --max-size, or split the input');
  if (src.path === null) {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxSize) {
        process.stdin.destroy();
        throw tooLarge('input');
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  }
  const { fh, st } = await openInput(src.path, where, pipes);
  try {
    // Read into one growing buffer of at most maxSize + 1 bytes: one byte more than the limit
    // allows, so that going over it is noticed without reading further.
    if (st.size > maxSize) throw tooLarge(`file is ${formatSize(st.size)}, which`);
    const cap = maxSize + 1;
    let data = Buffer.allocUnsafe(Math.min(cap, st.isFile() && st.size > 0 ? st.size + 1 : READ_CHUNK));
    let total = 0;
    for (;;) {
      if (total === data.length) {
        const grown = Buffer.allocUnsafe(Math.min(cap, data.length * 2));
        data.copy(grown, 0, 0, total);
        data = grown;
      }
      const { bytesRead } = await fh.read(data, total, data.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxSize) throw tooLarge('input');
    }
    return data.subarray(0, total);
  } catch (e) {
    throw fsError(e, where);
  } finally {
    await fh.close();
  }
}

/** Turns a file-system error into an `InputError` with a plain message. */
export function fsError(e: unknown, where: InputLocation): unknown {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new InputError(ErrorCode.NotFound, where, 'no such file', 'check the path');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(ErrorCode.Unreadable, where, 'permission denied', 'check the file permissions');
  if (code === 'EISDIR') return new InputError(ErrorCode.Unreadable, where, 'is a directory', 'name the files inside it, e.g. dir/*.txt');
  if (code) return new InputError(ErrorCode.Unreadable, where, `cannot read the file (${code})`, 'check that it is a readable regular file');
  return e;
}

/** Share of control bytes (other than tab, line feed, vertical tab, form feed, carriage return) above which input is binary. */
const MAX_CONTROL_SHARE = 0.05;
/** How many leading bytes the control-character check looks at. */
const SNIFF_BYTES = 64 * 1024;

/** Leading bytes of common binary formats (images, PDF, archives) that carry no NUL early on. */
const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, xlsx, epub)
  [0x1f, 0x8b], // gzip
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
];

/** True when the bytes start with the signature of a binary format (PNG, JPEG, GIF, PDF, ZIP, gzip, RIFF). */
export function hasBinarySignature(buf: Uint8Array): boolean {
  return MAGIC.some((m) => m.length <= buf.length && m.every((b, i) => buf[i] === b));
}

/** True when the bytes look like a binary file: a known binary signature, any NUL byte, or many control characters. */
export function looksBinary(buf: Uint8Array): boolean {
  if (hasBinarySignature(buf)) return true;
  if (buf.indexOf(0) !== -1) return true;
  const n = Math.min(buf.length, SNIFF_BYTES);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) ctrl++;
  }
  return n > 0 && ctrl / n > MAX_CONTROL_SHARE;
}

/**
 * The byte offset of the first byte that is not part of a well-formed UTF-8 sequence
 * (overlong forms, surrogates and values above U+10FFFF are ill-formed), or -1 if all is valid.
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) { i++; continue; }
    let len: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) { len = 3; if (b === 0xe0) lo = 0xa0; else if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 4; if (b === 0xf0) lo = 0x90; else if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k < len; k++) {
      const c = i + k < n ? buf[i + k]! : -1;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * The problem with one line of JSON Lines that makes it binary data, or null: a raw NUL byte.
 * (Other raw control characters are invalid in JSON and reported as such; only the line is skipped.)
 */
export function binaryInLine(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  return nul === -1 ? null : `binary data (a NUL byte at byte ${nul} of the line)`;
}

/** Binary data in decoded text (a feed item's text): a NUL, or over 5% control characters, as `looksBinary` counts them. */
export function binaryInText(text: string): string | null {
  if (text.includes('\u0000')) return 'binary data (a NUL character)';
  let ctrl = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) ctrl++;
  }
  return text.length > 0 && ctrl / text.length > MAX_CONTROL_SHARE ? 'binary data (many control characters)' : null;
}

/** 1-based line number of byte `offset` in `buf`. */
export function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** A strict UTF-8 decoder (throws on ill-formed input). */
export const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes the bytes of a plain-text input. Throws an `InputError` for UTF-16, binary data and
 * invalid UTF-8 (naming the line and byte offset) and for empty or whitespace-only text.
 * A UTF-8 byte order mark is dropped; nothing else is changed. `binaryCheck` false: only a binary
 * signature refuses the whole input (a record format, whose reader checks each record on its own).
 */
export function decodeText(buf: Uint8Array, where: InputLocation, lineBase = 0, binaryCheck = true): string {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new InputError(ErrorCode.Utf16, where, 'UTF-16 text', 'sitrep reads UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8');
  }
  if (binaryCheck ? looksBinary(buf) : hasBinarySignature(buf)) throw new InputError(ErrorCode.Binary, where, 'binary file', 'sitrep reads UTF-8 text; skipped');
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    const line = lineBase + lineAt(buf, Math.max(0, at));
    throw new InputError(ErrorCode.InvalidUtf8, { file: where.file, line },
      `not valid UTF-8${at >= 0 ? ` at byte ${at}` : ''}`, 'convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8');
  }
  if (text.trim() === '') throw new InputError(ErrorCode.Empty, where, buf.length === 0 ? 'empty file' : 'only whitespace', 'nothing to analyse; skipped');
  return text;
}

/** One line of a byte stream: its 1-based number and bytes (without the line feed or a final carriage return), or `tooLong`. */
export type ByteLine = { line: number; bytes: Buffer; tooLong?: false } | { line: number; bytes?: undefined; tooLong: true };

/**
 * Splits a file or stdin into lines on bytes, so that one bad line (invalid UTF-8, bad JSON) can be
 * reported and skipped while the others are read. A line longer than `maxSize` is reported as
 * `tooLong` without being held in memory. Memory stays flat however large the input. `from`, when
 * given, is read instead of the file or stdin (bytes already taken from stdin, then the rest).
 */
export async function* byteLines(src: InputSource, maxSize: number, from?: AsyncIterable<Buffer>, pipes = true): AsyncGenerator<ByteLine> {
  let stream: AsyncIterable<Buffer>;
  if (from) stream = from;
  else if (src.path === null) stream = process.stdin;
  else {
    const { fh } = await openInput(src.path, { file: src.name }, pipes);
    stream = fh.createReadStream({ autoClose: true });
  }
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let skipping = false; // inside an over-long line
  let line = 0;
  const finish = (): ByteLine => {
    line++;
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLen);
    pending = [];
    pendingLen = 0;
    if (skipping) {
      skipping = false;
      return { line, tooLong: true };
    }
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    return { line, bytes: bytes.subarray(0, end) };
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
        if (!skipping) {
          if (pendingLen + piece.length > maxSize) {
            skipping = true;
            pending = [];
            pendingLen = 0;
          } else if (piece.length > 0) {
            pending.push(piece);
            pendingLen += piece.length;
          }
        }
        if (nl === -1) break;
        yield finish();
        from = nl + 1;
      }
    }
  } catch (e) {
    throw fsError(e, { file: src.name });
  }
  if (pendingLen > 0 || skipping) yield finish();
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Parses a size such as `64MB`, `500kb`, `2G` or `1048576` (1 MB = 1024 KB) to bytes; null if invalid. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  if (!m) return null;
  const unit = SIZE_UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return null;
  const n = Math.round(Number(m[1]) * unit);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * Heap bytes the analyzer needs per character of text, measured with `/usr/bin/time -v` on a
 * 50 MB English text (see README, "Large inputs"), rounded up with room for the JSON output.
 */
const HEAP_BYTES_PER_CHAR = 30;

/**
 * The heap bytes a document may need: V8's heap limit, or the smaller size named by the environment
 * variable SITREP_HEAP_LIMIT (e.g. `1MB`; used by the tests to drive the check without huge files).
 */
export function heapLimit(): number {
  const v8limit = getHeapStatistics().heap_size_limit;
  const env = process.env.SITREP_HEAP_LIMIT;
  const forced = env ? parseSize(env) : null;
  return forced !== null && forced < v8limit ? forced : v8limit;
}

/** Throws when a text of `chars` characters would not fit in the V8 heap (instead of crashing). */
export function checkHeap(chars: number, where: InputLocation): void {
  const limit = heapLimit();
  const need = chars * HEAP_BYTES_PER_CHAR;
  if (need > limit) {
    throw new InputError(ErrorCode.TooLarge, where,
      `too large for the available memory (about ${formatSize(need)} needed, heap limit ${formatSize(limit)})`,
      `give node more memory, e.g. NODE_OPTIONS=--max-old-space-size=${Math.ceil((need * 1.25) / 1024 ** 2)}, or split the file`);
  }
}
