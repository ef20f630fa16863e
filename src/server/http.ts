/**
 * The HTTP edge of the server: API errors as `{error: {code, message}}` with their status, the
 * mapping of sitrep's error catalogue to HTTP statuses, request-body reading under a byte limit,
 * and strict readers for query parameters. Nothing from a request reaches the store, analyzer or
 * readers before it has passed through here.
 */
import type { Context } from 'hono';
import { ErrorCode, SitrepError } from '../errors.js';
import { formatSize } from '../ingest/files.js';
import { parsePublished } from '../analyze/published.js';

/** Stable codes of API errors (the `error.code` field of every 4xx/5xx JSON body). */
export const ApiCode = {
  BadRequest: 'bad_request',
  BadParameter: 'bad_parameter',
  UnknownParameter: 'unknown_parameter',
  BadJson: 'bad_json',
  BadText: 'bad_text',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  TooLarge: 'too_large',
  UnsupportedType: 'unsupported_media_type',
  Unavailable: 'unavailable',
  Internal: 'internal',
} as const;
export type ApiCode = (typeof ApiCode)[keyof typeof ApiCode];

/** An error an API route answers with: an HTTP status, a stable code and a message for people. */
export class ApiError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 500 | 503;
  readonly code: ApiCode;
  constructor(status: ApiError['status'], code: ApiCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** The HTTP status for one of sitrep's own errors (bad input is the client's fault: 4xx). */
export function statusForSitrepError(e: SitrepError): ApiError['status'] {
  switch (e.code) {
    case ErrorCode.NotFound: return 404;
    case ErrorCode.TooLarge: return 413;
    case ErrorCode.Internal: return 500;
    case ErrorCode.Database: return 503; // locked, full disk, unreadable file: not the client's fault
    case ErrorCode.Unreadable: return 422;
    default: return 400; // usage, empty, binary, UTF-16, invalid UTF-8, bad JSON lines
  }
}

/** Turns anything thrown by a route into an `ApiError` (internal errors say nothing about internals). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof SitrepError) {
    const status = statusForSitrepError(e);
    const code = status === 404 ? ApiCode.NotFound : status === 413 ? ApiCode.TooLarge : status === 500 ? ApiCode.Internal
      : status === 503 ? ApiCode.Unavailable : ApiCode.BadRequest;
    return new ApiError(status, code, e.hint ? `${e.message} (${e.hint})` : e.message);
  }
  return new ApiError(500, ApiCode.Internal, 'internal error (this is a bug; the server log has the details)');
}

/** The JSON response for an API error. */
export function errorResponse(c: Context, e: ApiError): Response {
  return c.json({ error: { code: e.code, message: e.message } }, e.status);
}

/** Limits of request bodies, in bytes. */
export interface BodyLimits {
  /** JSON bodies (`POST /api/analyze`). */
  json: number;
  /** Uploads (`POST /api/ingest`). */
  upload: number;
}

/**
 * Reads a request body, refusing more than `limit` bytes: a `Content-Length` over the limit is
 * refused before anything is read, and the bytes are counted as they stream in (a chunked body,
 * or one that lies about its length, is cut off at the limit). Throws `ApiError` 413.
 */
export async function readBody(req: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = (): ApiError => new ApiError(413, ApiCode.TooLarge, `request body is over the limit of ${formatSize(limit)}`);
  const declared = req.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) throw new ApiError(400, ApiCode.BadRequest, 'Content-Length is not a number');
    if (Number(declared) > limit) throw tooLarge();
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new ApiError(400, ApiCode.BadRequest, 'the request body could not be read (the client stopped sending it)');
    }
    const { done, value } = step;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The media type of a request (`text/plain; charset=utf-8` → `text/plain`), lower case, or ''. */
export function mediaType(req: Request): string {
  return (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The `charset` parameter of the request's Content-Type, lower case, or null. */
export function charset(req: Request): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(req.headers.get('content-type') ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

const bad = (name: string, what: string): ApiError => new ApiError(400, ApiCode.BadParameter, `parameter '${name}' ${what}`);

/**
 * Strict reader of a URL query: every parameter must be one the route knows (a typo is an
 * error, not silently ignored), given at most once, and each reader checks type and range.
 */
export class Query {
  private readonly params: URLSearchParams;
  constructor(url: string, allowed: readonly string[]) {
    this.params = new URL(url).searchParams;
    const seen = new Set<string>();
    for (const k of this.params.keys()) {
      if (!allowed.includes(k)) {
        throw new ApiError(400, ApiCode.UnknownParameter,
          `unknown parameter '${k.slice(0, 40)}'${allowed.length ? `; this route takes: ${allowed.join(', ')}` : '; this route takes none'}`);
      }
      if (seen.has(k)) throw bad(k, 'is given more than once');
      seen.add(k);
    }
  }

  /** A string of at most `max` characters (trimmed; empty is absent), or null. */
  string(name: string, max = 200): string | null {
    const v = this.params.get(name);
    if (v === null) return null;
    const s = v.trim();
    if (s === '') return null;
    if (s.length > max) throw bad(name, `is longer than ${max} characters`);
    if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s)) throw bad(name, 'contains control characters');
    return s;
  }

  /** An integer in [min, max], `dflt` when absent. */
  int(name: string, min: number, max: number, dflt: number): number {
    const v = this.params.get(name);
    if (v === null || v.trim() === '') return dflt;
    if (!/^-?\d{1,16}$/.test(v.trim())) throw bad(name, `must be an integer, got '${v.slice(0, 40)}'`);
    const n = Number(v.trim());
    if (n < min || n > max) throw bad(name, `must be between ${min} and ${max}, got ${n}`);
    return n;
  }

  /** One of `values`, or null when absent. */
  oneOf<T extends string>(name: string, values: readonly T[]): T | null {
    const v = this.string(name, 100);
    if (v === null) return null;
    if (!(values as readonly string[]).includes(v)) throw bad(name, `must be one of ${values.join(', ')}, got '${v.slice(0, 40)}'`);
    return v as T;
  }

  /** An ISO-8601 date or date-time (`2024-08-07`, `2024-08-07T10:00:00Z`), or null when absent. */
  date(name: string): string | null {
    const v = this.string(name, 40);
    if (v === null) return null;
    if (parsePublished(v) === null) throw bad(name, `must be an ISO-8601 date such as 2024-08-07, got '${v}'`);
    return v;
  }

  /** A boolean (`true`/`false`/`1`/`0`), `dflt` when absent. */
  bool(name: string, dflt: boolean): boolean {
    const v = this.string(name, 10);
    if (v === null) return dflt;
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
    throw bad(name, `must be true or false, got '${v}'`);
  }
}

/** Page size limits of every list route. */
export const PAGE = { defaultLimit: 50, maxLimit: 500, maxOffset: 10_000_000 } as const;

/** Paging of a list: `limit`, and either `offset` or an opaque `cursor` from a previous page. */
export interface Paging {
  limit: number;
  offset?: number;
  cursor?: string;
}

/**
 * Reads `limit`, `offset` and `cursor`. The cursor is the opaque `next` value of the previous
 * page, passed to the store as it is (clients must not build one themselves).
 */
export function paging(q: Query): Paging {
  const limit = q.int('limit', 1, PAGE.maxLimit, PAGE.defaultLimit);
  const cursor = q.string('cursor', 200);
  const offset = q.int('offset', 0, PAGE.maxOffset, 0);
  if (cursor !== null) {
    if (offset !== 0) throw new ApiError(400, ApiCode.BadParameter, "give either 'cursor' or 'offset', not both");
    if (!/^[A-Za-z0-9_.:=~-]+$/.test(cursor)) throw bad('cursor', 'is not a cursor this server issued');
    return { limit, cursor };
  }
  return { limit, offset };
}
