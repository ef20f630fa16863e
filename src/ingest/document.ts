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
  Object.assign(doc, documentAuthor(doc.meta));
  return doc;
}

/**
 * The author of a document from its provenance, for the analyzer's own-voice decision
 * (`Document.author`, `authorType`, `ownVoice`; see src/analyze/author/):
 * - Telegram: the original poster of a forward (`forwarded_from`), else the sender (`from`, which
 *   for a channel post is the channel), else the chat's name; a post is always in its author's own
 *   voice (`ownVoice: true`); type 'channel' in a channel, or for a forward, else 'person'.
 * - Pages and feed items: the publisher (`og:site_name`, JSON-LD publisher, the feed's title),
 *   else the byline (HTML byline or JSON-LD author, item author, Markdown front matter `author`);
 *   the publisher first because it is the voice a byline writes for. No type: the analyzer
 *   tells an actor ("Ministry of Defence") from an outlet or a reporter by its actor lists.
 */
export function documentAuthor(meta: Partial<IngestMeta>): { author?: string; authorType?: 'channel' | 'person'; ownVoice?: boolean } {
  if (meta.format === 'telegram') {
    const name = meta.forwardedFrom ?? meta.from ?? meta.chatName;
    if (!name) return { ownVoice: true };
    const channel = meta.forwardedFrom !== undefined || /channel/i.test(meta.chatType ?? 'channel') || /^channel/.test(meta.fromId ?? '');
    return { author: name, authorType: channel ? 'channel' : 'person', ownVoice: true };
  }
  const name = meta.siteName ?? meta.byline;
  return name ? { author: name } : {};
}

/** Epoch seconds (a number or a numeric string) as ISO-8601 UTC, or null. */
export function isoFromUnix(v: unknown): string | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n)) return null;
  const d = new Date(n * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
}
