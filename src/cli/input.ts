/**
 * Reading CLI input at the edge: files and stdin, as plain UTF-8 text or as JSON Lines documents.
 * Everything that can be wrong with an input is checked here and reported as an `InputError`
 * naming the file (and line), so the analyzer only ever sees clean `Document`s.
 */
import type { Document } from '../analyze/types.js';
import { ErrorCode, InputError, type InputLocation } from '../errors.js';
import { binaryInLine, byteLines, firstInvalidUtf8, formatSize, utf8, type InputSource } from '../ingest/files.js';
import { toDocument } from '../ingest/jsonl.js';

// Moved to src/ingest/files.ts (shared with the ingest readers); re-exported for the CLI's callers.
export { isIsoDate, toDocument } from '../ingest/jsonl.js';
export { documentId } from '../ingest/document.js';
export { parseSize, checkHeap, heapLimit } from '../ingest/files.js';
export { STDIN_NAME, sourceOf, readInput, decodeText, looksBinary, firstInvalidUtf8, formatSize, type InputSource } from '../ingest/files.js';

/** One line of a JSON Lines input: a document to analyse, or the error that skips it. */
export type JsonLine =
  | { line: number; doc: Document; error?: undefined }
  | { line: number; doc?: undefined; error: InputError };

/**
 * Streams the documents of a JSON Lines input, one entry per non-blank line, in order. Lines are
 * split on bytes, so one bad line (invalid UTF-8, bad JSON, too long) is reported and skipped and
 * the others are still read. A line longer than `maxSize` is skipped without being held in memory.
 */
export async function* jsonLines(src: InputSource, maxSize: number, defaultPublished: string | null): AsyncGenerator<JsonLine> {
  for await (const l of byteLines(src, maxSize)) {
    const r = jsonLine(l.line, l.tooLong ? null : l.bytes, src.name, maxSize, defaultPublished);
    if (r) yield r;
  }
}

/** Reads one JSON Lines line (`null` bytes: the line was over `maxSize`); null for a blank line. */
function jsonLine(line: number, body: Buffer | null, file: string, maxSize: number, defaultPublished: string | null): JsonLine | null {
  const where = { file, line };
  if (body === null) {
    return { line, error: new InputError(ErrorCode.TooLarge, where, `line is over the --max-size limit of ${formatSize(maxSize)}`, 'raise the limit with --max-size') };
  }
  const binary = binaryInLine(body);
  if (binary) return { line, error: new InputError(ErrorCode.Binary, where, binary, 'fix or remove the line; the other lines are still analysed') };
  let s: string;
  try {
    s = utf8.decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    return { line, error: new InputError(ErrorCode.InvalidUtf8, where, `not valid UTF-8${at >= 0 ? ` at byte ${at} of the line` : ''}`, 'convert the file to UTF-8') };
  }
  if (s.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { line, error: new InputError(ErrorCode.JsonSyntax, where, `not valid JSON: ${msg}`, 'fix or remove the line; the other lines are still analysed') };
  }
  try {
    return { line, doc: toDocument(value, where, defaultPublished) };
  } catch (e) {
    if (e instanceof InputError) return { line, error: e };
    throw e;
  }
}
