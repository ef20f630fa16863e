/**
 * JSON Lines records `{id?, text, url?, source?, published?, lang?}`: the check of one record,
 * shared by the CLI's `analyze --jsonl` and the ingest reader.
 */
import type { AuthorType, Document } from '../analyze/types.js';
import { ErrorCode, InputError, type InputLocation } from '../errors.js';
import { parsePublished } from '../analyze/published.js';
import { documentId } from './document.js';

/** True when `s` is an ISO-8601 calendar date or date-time that exists (`2024-02-30` does not). */
export function isIsoDate(s: string): boolean {
  return parsePublished(s) !== null;
}

/**
 * Checks a parsed JSON Lines value (`{id?, text, url?, source?, published?, lang?}`) and turns it
 * into a `Document`; without an `id`, the id is `idOf(text)`.
 */
export function toDocument(value: unknown, where: InputLocation, defaultPublished: string | null, idOf: (text: string) => string = documentId): Document {
  const shape = (what: string): InputError =>
    new InputError(ErrorCode.JsonShape, where, what, 'each line must be an object like {"id": "...", "text": "...", "published": "2024-03-05"}');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw shape(`expected a JSON object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const o = value as Record<string, unknown>;
  if (!('text' in o)) throw shape('missing "text"');
  if (typeof o.text !== 'string') throw shape(`"text" must be a string, found ${typeof o.text}`);
  if (o.text.trim() === '') throw new InputError(ErrorCode.Empty, where, '"text" is empty', 'nothing to analyse; skipped');
  if (o.id !== undefined && (typeof o.id !== 'string' || o.id.trim() === '')) throw shape('"id" must be a non-empty string');
  // Spaces around an id are a slip of whoever wrote the file and are dropped; spaces or control
  // characters inside one would make an id the CLI and the desk cannot show or take back as typed.
  const id = typeof o.id === 'string' ? o.id.trim() : undefined;
  if (id !== undefined && /[\s\p{Cc}]/u.test(id)) throw shape(`"id" must not contain spaces or control characters: ${JSON.stringify(id)}`);
  for (const k of ['published', 'source', 'url', 'lang'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw shape(`"${k}" must be a string or null`);
  }
  const published = (o.published as string | null | undefined) ?? defaultPublished;
  if (published != null && !isIsoDate(published)) {
    throw new InputError(ErrorCode.JsonShape, where, `"published" is not a valid ISO-8601 date: ${JSON.stringify(published)}`,
      'use YYYY-MM-DD, a date-time such as 2024-03-05T14:30:00Z, or null');
  }
  const doc: Document = {
    id: id ?? idOf(o.text),
    text: o.text,
    published: published ?? null,
    source: (o.source as string | null | undefined) ?? null,
  };
  if (typeof o.url === 'string') doc.url = o.url;
  if (typeof o.lang === 'string') doc.lang = o.lang;
  // The author, for the analyzer's own-voice decision (src/analyze/author/).
  if (o.author !== undefined && o.author !== null && typeof o.author !== 'string') throw shape('"author" must be a string or null');
  if (typeof o.author === 'string' && o.author.trim() !== '') doc.author = o.author;
  if (o.authorType !== undefined && o.authorType !== null) {
    if (typeof o.authorType !== 'string' || !AUTHOR_TYPES.has(o.authorType)) throw shape(`"authorType" must be one of ${[...AUTHOR_TYPES].join(', ')} or null`);
    doc.authorType = o.authorType as AuthorType;
  }
  if (o.ownVoice !== undefined && o.ownVoice !== null) {
    if (typeof o.ownVoice !== 'boolean') throw shape('"ownVoice" must be true, false or null');
    doc.ownVoice = o.ownVoice;
  }
  return doc;
}

const AUTHOR_TYPES = new Set<string>(['channel', 'organisation', 'person', 'outlet']);

