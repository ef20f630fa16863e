/**
 * POST /api/ingest: uploads in the formats `sitrep ingest` reads, as one raw body with its content
 * type or as multipart/form-data file parts. The bytes go to the same readers as files on disk
 * (`readBytes`, format chosen by content) and the documents through the ledger's one ingest loop
 * (`ingestEvents`, as `sitrep ingest`): same batches, same skips and messages, with every
 * document's outcome in the answer. `sitrep serve` runs this in its upload thread
 * (upload-worker.ts) with reading and analysis in an analysis pool, so the server's main thread
 * only parses the request and sends the answer.
 */
import type { Analyser, DocumentOutcome } from '../ledger/loop.js';
import { ingestEvents } from '../ledger/loop.js';
import type { Ledger } from '../ledger/ledger.js';
import type { IngestStatus } from '../ledger/types.js';
import { readBytes } from '../ingest/index.js';
import type { IngestEvent } from '../ingest/types.js';
import type { SkipRecord } from '../store/types.js';
import { ApiCode, ApiError, mediaType, readBody } from './http.js';

/** One uploaded file. */
export interface UploadPart {
  bytes: Uint8Array;
  /** The file name (a base name, cleaned), used as the document's source. */
  name: string;
}

/**
 * Accepted upload content types, with the file extension given to the reader for a raw body (the
 * reader sniffs the content; the extension only breaks ties, as for files).
 */
export const UPLOAD_TYPES: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/x-markdown': '.md',
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'application/rss+xml': '.xml',
  'application/atom+xml': '.xml',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'application/json': '.json',
  'application/x-ndjson': '.jsonl',
  'application/jsonl': '.jsonl',
  'application/x-jsonlines': '.jsonl',
  'application/jsonlines': '.jsonl',
  'application/octet-stream': '',
};

/** Most file parts in one multipart upload. */
export const MAX_PARTS = 100;

/** A file name as a plain base name: no folders, no control characters, at most 200 characters. */
export function cleanName(name: string | null | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base === '' || base === '.' || base === '..' ? fallback : base;
}

/** Reads the upload's parts: one raw body, or the file parts of a multipart form. */
export async function uploadParts(req: Request, limit: number, name: string | null): Promise<UploadPart[]> {
  const type = mediaType(req);
  if (type === '') throw new ApiError(415, ApiCode.UnsupportedType, 'no Content-Type: send a file with its type (text/html, application/json, ...) or multipart/form-data');
  if (type === 'multipart/form-data') {
    if (!/;\s*boundary=/i.test(req.headers.get('content-type') ?? '')) throw new ApiError(400, ApiCode.BadRequest, 'multipart/form-data without a boundary');
    const bytes = await readBody(req, limit);
    let form: FormData;
    try {
      form = await new Request('http://upload.invalid/', { method: 'POST', headers: { 'content-type': req.headers.get('content-type')! }, body: new Blob([bytes as Uint8Array<ArrayBuffer>]) }).formData();
    } catch {
      throw new ApiError(400, ApiCode.BadRequest, 'the multipart body cannot be parsed');
    }
    const parts: UploadPart[] = [];
    for (const [, value] of form.entries()) {
      if (typeof value === 'string') continue;
      if (parts.length >= MAX_PARTS) throw new ApiError(400, ApiCode.BadRequest, `more than ${MAX_PARTS} files in one upload`);
      parts.push({ bytes: new Uint8Array(await value.arrayBuffer()), name: cleanName(value.name, `upload-${parts.length + 1}`) });
    }
    if (parts.length === 0) throw new ApiError(400, ApiCode.BadRequest, 'the form has no file parts');
    return parts;
  }
  const ext = UPLOAD_TYPES[type];
  if (ext === undefined) {
    throw new ApiError(415, ApiCode.UnsupportedType,
      `Content-Type '${type.slice(0, 80)}' is not a format sitrep reads; use one of ${Object.keys(UPLOAD_TYPES).join(', ')} or multipart/form-data`);
  }
  const bytes = await readBody(req, limit);
  if (bytes.length === 0) throw new ApiError(400, ApiCode.BadRequest, 'the upload is empty');
  return [{ bytes, name: cleanName(name, `upload${ext}`) }];
}

/** What the answer says about one document. */
export type IngestedEntry = DocumentOutcome;

/** The answer of POST /api/ingest. */
export interface IngestReport {
  documents: IngestedEntry[];
  skipped: SkipRecord[];
  counts: Record<IngestStatus | 'skipped', number>;
}

/** Options of `ingestUploads`. */
export interface UploadOptions {
  published: string | null;
  maxSize: number;
  /** Prepares documents (an `AnalysisPool` in `sitrep serve`; inline by default). */
  analyser?: Analyser;
  /** Reads one part into reader events (the pool's `read`; `readBytes` on this thread by default). */
  read?: (bytes: Uint8Array, name: string, opts: { maxSize: number; published: string | null }) => Promise<IngestEvent[]>;
  signal?: AbortSignal;
}

/** The reader events of the uploaded parts, one part after the other (a part that cannot be read is one skip). */
async function* uploadEvents(parts: UploadPart[], opts: UploadOptions): AsyncGenerator<IngestEvent> {
  for (const part of parts) {
    try {
      if (opts.read) yield* await opts.read(part.bytes, part.name, { maxSize: opts.maxSize, published: opts.published });
      else yield* readBytes(part.bytes, part.name, { maxSize: opts.maxSize, defaultPublished: opts.published });
    } catch (e) {
      yield { kind: 'skipped', location: part.name, error: e instanceof Error ? e : new Error(String(e)) };
    }
  }
}

/**
 * Reads, analyses and stores the uploaded parts through the ledger's ingest loop. Bad records
 * are skipped, recorded and listed; the good ones stored. A database failure throws (503).
 */
export async function ingestUploads(ledger: Ledger, parts: UploadPart[], opts: UploadOptions): Promise<IngestReport> {
  const report: IngestReport = { documents: [], skipped: [], counts: { new: 0, unchanged: 0, 'exact-duplicate': 0, 'near-duplicate': 0, skipped: 0 } };
  await ingestEvents(ledger, uploadEvents(parts, opts), {
    ...(opts.analyser ? { analyser: opts.analyser } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    onDocument: (o) => void report.documents.push(o),
    onSkip: (s) => void report.skipped.push(s),
  });
  for (const d of report.documents) report.counts[d.status]++;
  report.counts.skipped = report.skipped.length;
  return report;
}
