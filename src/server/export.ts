/**
 * GET /api/export: the claims matching the filters as a downloadable file, written by the same
 * writers as `sitrep export` (src/export/) and streamed from the store (`eachClaim`) with
 * back-pressure, so memory stays flat for JSON and CSV however many claims there are.
 */
import type { ClaimQuery, ClaimRecord, PageQuery, Store } from '../store/types.js';
import type { Analysis } from '../analyze/types.js';
import { claimEvents, claimEventsFromStore, writeCsv, writeGeoJson, writeJsonArray, type ClaimEventsFn } from '../export/index.js';

export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Record<ExportFormat, (claims: AsyncIterable<ClaimRecord>, write: (s: string) => Promise<void>, events: ClaimEventsFn) => Promise<number>> = {
  json: (claims, write) => writeJsonArray(claims, write),
  csv: writeCsv,
  geojson: writeGeoJson,
};

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * The claims of `source`, with the first one read before this returns: a store error on the
 * filters (a bad value) becomes an error answer rather than a cut-off download. Stops reading
 * (and closes `source`, so no further page is asked of the store) once `gone()` says the client
 * has left.
 */
async function primed(source: AsyncIterable<ClaimRecord>, gone: () => boolean): Promise<AsyncIterable<ClaimRecord>> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      let done = false;
      try {
        yield first.value;
        while (!gone()) {
          const n = await it.next();
          if (n.done) {
            done = true;
            return;
          }
          yield n.value;
        }
      } finally {
        if (!done) await it.return?.();
      }
    },
  };
}

/**
 * The claims of `source` with the events of each, where the store reads several analyses at once
 * (`getAnalyses`): claims are read ahead in batches (8, 16, 32 … 128) and the analyses of a batch's
 * documents fetched in one query, instead of one query per document (an export's first 2 KB took
 * a round trip for each of its first rows). Otherwise the events are read per document.
 */
function withEvents(store: Store, source: AsyncIterable<ClaimRecord>): { claims: AsyncIterable<ClaimRecord>; events: ClaimEventsFn } {
  const getAnalyses = store.getAnalyses;
  if (!getAnalyses) return { claims: source, events: claimEventsFromStore(store) };
  let analyses = new Map<string, Analysis>();
  return {
    events: async (c) => {
      const a = analyses.get(c.documentId);
      return a ? claimEvents(a, c.index) : [];
    },
    claims: {
      async *[Symbol.asyncIterator]() {
        const it = source[Symbol.asyncIterator]();
        let done = false;
        try {
          for (let size = 8; ; size = Math.min(128, size * 2)) {
            const batch: ClaimRecord[] = [];
            while (batch.length < size) {
              const n = await it.next();
              if (n.done) {
                done = true;
                break;
              }
              batch.push(n.value);
            }
            if (batch.length) {
              analyses = await getAnalyses.call(store, [...new Set(batch.map((c) => c.documentId))]);
              yield* batch;
            }
            if (done) return;
          }
        } finally {
          if (!done) await it.return?.();
        }
      },
    },
  };
}

/** The export as a streamed attachment response. */
export async function exportClaims(store: Store, format: ExportFormat, filters: Omit<ClaimQuery, keyof PageQuery>): Promise<Response> {
  let left = false;
  // The store's first page is read before answering (a bad filter value is an error answer), but
  // not the analyses of its documents: the file's head (CSV header row, JSON's opening bracket)
  // leaves as soon as that page is in, one round trip to the store, and its rows follow once the
  // events of their documents are read. Only the CSV writes each claim's events: JSON and GeoJSON
  // read no analysis at all. The price: a store failure after the head (the analyses, a later page)
  // can no longer be an error status; the stream is aborted and the client sees a cut-off download
  // (test/server/export.test.ts).
  const source = await primed(store.eachClaim(filters), () => left);
  const read = format === 'csv' ? withEvents(store, source) : { claims: source, events: claimEventsFromStore(store) };
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>(undefined, undefined, { highWaterMark: 16 });
  const w = writable.getWriter();
  // A client that closes the connection cancels the response body, which errors the writable side.
  w.closed.catch(() => (left = true));
  const enc = new TextEncoder();
  let pending = '';
  let sent = 0;
  const write = async (s: string): Promise<void> => {
    pending += s;
    // The head leaves at once and the first rows at 2 KB (the user sees the download start and its
    // first lines), the rest in 32 KB chunks.
    if (pending.length < (sent === 0 ? 0 : sent === 1 ? 2 * 1024 : 32 * 1024)) return;
    sent++;
    const chunk = pending;
    pending = '';
    await w.ready;
    await w.write(enc.encode(chunk));
  };
  void WRITERS[format](read.claims, write, read.events)
    .then(async () => {
      if (pending) await w.write(enc.encode(pending));
      await w.close();
    })
    .catch((e: unknown) => w.abort(e).catch(() => undefined));
  return new Response(readable, {
    status: 200,
    headers: { 'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename="sitrep-claims.${format}"` },
  });
}
