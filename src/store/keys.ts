/** Small pure helpers every store uses for keys: folded names, days, hashes. */
import { createHash } from 'node:crypto';

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The `YYYY-MM-DD` day of an ISO-8601 time, or null. */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m ? m[1]! : null;
}

/** Lower case, diacritics folded, runs of non-letters/digits as one space. */
export function foldKey(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Claim facts as the JSON text a store keeps (given as an object, or already as its JSON text). */
export function factsText(f: Record<string, unknown> | string | null | undefined): string | null {
  if (f === null || f === undefined) return null;
  return typeof f === 'string' ? f : JSON.stringify(f);
}

const decoder = new TextDecoder();

/** The analysis JSON of a `DocumentRow` as text (it may come as UTF-8 bytes from an analysis worker). */
export function analysisText(json: string | Uint8Array): string {
  return typeof json === 'string' ? json : decoder.decode(json);
}
