/**
 * POST /api/ingest: uploads in the formats `sitrep ingest` reads, as one raw body with its content
 * type or as multipart/form-data file parts. The bytes go to the same readers as files on disk
 * (`readBytes`, format chosen by content), each document is analysed, and the batch is stored in
 * one transaction; skipped records are listed in the answer and recorded in the store.
 * (Like `ingestEvents` in src/store/ingest.ts, which `sitrep ingest` uses; this one analyses in
 * the read pool's threads and answers with every document's outcome, not only counts.)
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Analysis, Document } from '../analyze/types.js';
import { checkHeap } from '../ingest/files.js';
import { readBytes } from '../ingest/index.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { IngestOutcome, IngestStatus, SkipRecord, Store } from '../store/types.js';
import { ErrorCode, SitrepError } from '../errors.js';
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
export interface IngestedEntry {
  id: string;
  status: IngestStatus;
  carrierOf: string | null;
  similarity: number | null;
  location: string;
  claims: number;
}

/** The answer of POST /api/ingest. */
export interface IngestReport {
  documents: IngestedEntry[];
  skipped: SkipRecord[];
  counts: Record<IngestStatus | 'skipped', number>;
}

/** Documents stored per transaction. */
const BATCH = 200;

/**
 * Reads, analyses and stores the uploaded parts. Bad records are skipped and reported, the good
 * ones stored. Between documents the event loop gets a turn, so a large upload does not stop the
 * server from answering other requests.
 */
export async function ingestUploads(
  store: Store, parts: UploadPart[],
  opts: { analyze: (d: Document) => Analysis | Promise<Analysis>; published: string | null; maxSize: number },
): Promise<IngestReport> {
  const report: IngestReport = { documents: [], skipped: [], counts: { new: 0, unchanged: 0, 'exact-duplicate': 0, 'near-duplicate': 0, skipped: 0 } };
  const skip = (location: string, e: unknown): void => {
    const code = e instanceof SitrepError ? e.code : ErrorCode.Internal;
    const message = e instanceof SitrepError ? e.message : 'internal error while reading or analysing (see the server log)';
    report.skipped.push({ location, code, message });
  };
  let pending: { doc: IngestedDocument; location: string }[] = [];

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const known = await store.known(batch.map((p) => p.doc.id));
    const items: { document: Document; analysis: Analysis; title: string | null; location: string }[] = [];
    for (const p of batch) {
      if (known.has(p.doc.id)) {
        report.documents.push({ id: p.doc.id, status: 'unchanged', carrierOf: null, similarity: null, location: p.location, claims: 0 });
        continue;
      }
      known.add(p.doc.id); // the same document twice in one upload is stored once
      try {
        items.push({ document: p.doc, analysis: await opts.analyze(p.doc), title: p.doc.meta.title ?? null, location: p.location });
      } catch (e) {
        skip(p.location, e);
      }
      await yieldToLoop();
    }
    const stored = (it: (typeof items)[number], o: IngestOutcome): void => {
      report.documents.push({ ...o, location: it.location, claims: it.analysis.claims.length });
    };
    try {
      const outcomes = await store.ingest(items.map(({ document, analysis, title }) => ({ document, analysis, title })));
      outcomes.forEach((o, i) => stored(items[i]!, o));
    } catch (e) {
      if (e instanceof SitrepError && e.code === ErrorCode.Database) throw e; // the ledger itself failed: 503
      // One document broke the batch: store the others one by one and skip that one.
      for (const it of items) {
        try {
          const [o] = await store.ingest([{ document: it.document, analysis: it.analysis, title: it.title }]);
          if (o) stored(it, o);
        } catch (e2) {
          if (e2 instanceof SitrepError && e2.code === ErrorCode.Database) throw e2;
          skip(it.location, e2);
        }
      }
    }
  };

  for (const part of parts) {
    try {
      for await (const ev of readBytes(part.bytes, part.name, { maxSize: opts.maxSize, defaultPublished: opts.published })) {
        if (ev.kind === 'skipped') skip(ev.location, ev.error);
        else {
          try {
            checkHeap(ev.document.text.length, { file: ev.location }); // as `sitrep ingest`: skip, not crash
          } catch (e) {
            skip(ev.location, e);
            continue;
          }
          pending.push({ doc: ev.document, location: ev.location });
          if (pending.length >= BATCH) await flush();
        }
      }
    } catch (e) {
      skip(part.name, e);
    }
  }
  await flush();
  if (report.skipped.length) await store.recordSkips(report.skipped);
  for (const d of report.documents) report.counts[d.status]++;
  report.counts.skipped = report.skipped.length;
  return report;
}
