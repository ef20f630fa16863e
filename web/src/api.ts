/**
 * Typed client of sitrep's JSON API (`/api/...`, described by `/api/openapi.json`). The shapes
 * follow the ledger's store contract (src/store/types.ts); only the fields the desk reads are
 * listed. Every value that comes back is untrusted text: the views render it as text only.
 */
import type { Analysis } from '../../src/analyze/types.js';
import type { Agreement, Dispute } from '../../src/compare/types.js';
import type { ClaimQuery, ClaimRecord, Page as StorePage, PlaceSummary, SearchHit, StoredDocument } from '../../src/store/types.js';

export type { Analysis, Agreement, ClaimRecord, Dispute, PlaceSummary, SearchHit, StoredDocument };
export type { DisputeSide, Topic } from '../../src/compare/types.js';
export type { PlaceRecord, QuantityRecord } from '../../src/store/types.js';

/** One page of a list, with the limit the server applied. */
export interface Page<T> extends StorePage<T> {
  limit: number;
}

/** `GET /api/disputes`: disputes (and agreements when asked) with every claim they cite, by id. */
export interface DisputesResponse {
  disputes: Dispute[];
  agreements: Agreement[];
  claims: Record<string, ClaimRecord>;
  groups: number;
  compared: number;
  ms: number;
  totalDisputes: number;
  totalAgreements: number;
}

/** `GET /api/timeline`: claims per day and side (`side` null: unknown). */
export interface TimelineResponse {
  days: { date: string; side: string | null; claims: number }[];
  claims: number;
}

/** `GET /api/documents/:id`: a document with its text and the analysis the ledger stored for it. */
export interface DocumentDetail {
  document: StoredDocument;
  analysis: Analysis | null;
}

/**
 * Filters of the claims list: the store's `ClaimQuery` fields the form offers (all optional; dates
 * are inclusive `YYYY-MM-DD`). `kind` stays the URL's string; the server checks it.
 */
export type ClaimFilters = Pick<ClaimQuery, Exclude<(typeof CLAIM_FILTERS)[number], 'kind'> | 'limit' | 'offset'> & { kind?: string };

/** The names of the claim filters, in the order the form shows them. */
export const CLAIM_FILTERS = ['speaker', 'side', 'place', 'region', 'from', 'to', 'text', 'kind', 'event'] as const;

/** An error answered by the API (`{error: {code, message}}`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** Builds `path?query` from the defined, non-empty values of `params`. */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(init?.headers ?? {}) },
    });
  } catch (e) {
    throw new ApiError(0, 'network', `the server did not answer (${e instanceof Error ? e.message : String(e)})`);
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const message = typeof err?.message === 'string' ? err.message : `${res.status} ${res.statusText}`;
    const code = typeof err?.code === 'string' ? err.code : 'http';
    throw new ApiError(res.status, code, message);
  }
  if (body === null) throw new ApiError(res.status, 'bad_json', 'the server answered with something that is not JSON');
  return body as T;
}

/** The API calls the desk makes. */
export const api = {
  /** A page of claims matching the filters. */
  claims(f: ClaimFilters): Promise<Page<ClaimRecord>> {
    return request(withQuery('/api/claims', { ...f }));
  },
  /** Claims per day and side, for the same filters as `claims`. */
  timeline(f: Omit<ClaimFilters, 'limit' | 'offset'> = {}): Promise<TimelineResponse> {
    return request(withQuery('/api/timeline', { ...f }));
  },
  /** Places with claim counts and their claims' event types (the map): the most named first, at most 500; only those of claims reporting `event` when given. */
  places(limit = 500, event?: string): Promise<Page<PlaceSummary>> {
    return request(withQuery('/api/places', { limit, event }));
  },
  /** Disputes among the stored claims, and agreements when asked. */
  disputes(q: { place?: string; region?: string; from?: string; to?: string; agreements?: boolean; limit?: number } = {}): Promise<DisputesResponse> {
    return request(withQuery('/api/disputes', q));
  },
  /** One document with its text and analysis. */
  document(id: string): Promise<DocumentDetail> {
    return request(`/api/documents/${encodeURIComponent(id)}`);
  },
  /** Full-text search over documents and claims. */
  search(q: string, limit = 20): Promise<Page<SearchHit>> {
    return request(withQuery('/api/search', { q, limit }));
  },
  /** Analyzes a text without storing it. */
  analyze(text: string, published?: string): Promise<Analysis> {
    return request('/api/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(published ? { text, published } : { text }),
    });
  },
};
