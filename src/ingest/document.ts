/**
 * Building an ingested document: its identity (`id` from locator and text), its content hash and
 * its provenance. Every reader goes through `makeDocument`, so ids mean the same everywhere.
 */
import { createHash } from 'node:crypto';
import type { IngestedDocument, IngestMeta } from './types.js';
import { contentHash } from './dedup.js';

/** The document id of a text alone (the CLI's `analyze`): the first 16 hex digits of the SHA-256 of its UTF-8 bytes. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The id of an ingested document: the first 16 hex digits of SHA-256 over `locator`, a line feed and the
 * text. The same input read again gets the same id; the same text under another locator (a forward
 * into another channel, a reprint on another site) gets another.
 */
export function ingestId(locator: string, text: string): string {
  return createHash('sha256').update(locator, 'utf8').update('\n', 'utf8').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The document fields a reader knows besides its text and provenance. */
export interface DocumentFields {
  id?: string;
  published?: string | null;
  source?: string | null;
  url?: string | null;
  lang?: string | null;
}

/** Assembles an ingested document; `meta` keys that are undefined are left out. */
export function makeDocument(
  text: string,
  meta: Omit<IngestMeta, 'contentHash'>,
  fields: DocumentFields = {},
): IngestedDocument {
  const m: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined && v !== null && v !== '') m[k] = v;
  m.contentHash = contentHash(text);
  const doc: IngestedDocument = {
    id: fields.id ?? ingestId(meta.locator, text),
    text,
    published: fields.published ?? null,
    source: fields.source ?? null,
    meta: m as IngestMeta,
  };
  if (fields.url) doc.url = fields.url;
  if (fields.lang) doc.lang = fields.lang;
  return doc;
}

/** Epoch seconds (a number or a numeric string) as ISO-8601 UTC, or null. */
export function isoFromUnix(v: unknown): string | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n)) return null;
  const d = new Date(n * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
}
