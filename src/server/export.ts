/**
 * GET /api/export: the claims matching the filters as a downloadable file, streamed from the
 * store (`eachClaim`) so that memory stays flat for JSON and CSV. Formats: JSON (an array of claim
 * records), CSV (ACLED-like columns plus who claimed it and the source span; cells that a
 * spreadsheet would run as a formula are prefixed with ') and GeoJSON (one point per located place,
 * with its claims).
 */
import type { ClaimQuery, ClaimRecord, PageQuery, Store } from '../store/types.js';

export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'event_date', 'year', 'country', 'admin1', 'location', 'latitude', 'longitude', 'place_id',
  'claim_id', 'kind', 'speaker', 'speaker_type', 'side', 'affiliation', 'cue', 'notes',
  'quantities', 'source', 'outlet', 'url', 'published', 'document_id', 'start', 'end', 'origin_claim_id', 'root_document_id',
] as const;

/** One CSV cell: quoted when needed; a leading = + - @ tab or CR is neutralised with '. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !(typeof v === 'number')) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(r: ClaimRecord): string {
  const p = r.places[0] ?? null;
  const quantities = r.quantities.map((q) => `${q.text}${q.unit ? ` [${q.unit}]` : ''}`).join('; ');
  const cells = [
    r.date, r.date?.slice(0, 4) ?? null, p?.country, p?.admin1, p?.name, p?.lat, p?.lon, p?.placeId,
    r.id, r.kind, r.speaker, r.speakerType, r.side, r.affiliation, r.cue, r.content,
    quantities, r.source, r.outlet, r.url, r.published, r.documentId, r.start, r.end, r.originClaimId, r.rootDocumentId,
  ];
  return cells.map(csvCell).join(',') + '\r\n';
}

async function* jsonChunks(claims: AsyncIterable<ClaimRecord>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const r of claims) {
    yield (first ? '\n' : ',\n') + JSON.stringify(r);
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

async function* csvChunks(claims: AsyncIterable<ClaimRecord>): AsyncGenerator<string> {
  yield CSV_COLUMNS.join(',') + '\r\n';
  let buf = '';
  for await (const r of claims) {
    buf += csvRow(r);
    if (buf.length > 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

async function* geojsonChunks(claims: AsyncIterable<ClaimRecord>): AsyncGenerator<string> {
  const places = new Map<string, { name: string; country: string | null; admin1: string | null; level: string | null; lat: number; lon: number; claims: object[] }>();
  for await (const r of claims) {
    for (const p of r.places) {
      if (p.lat === null || p.lon === null) continue;
      let e = places.get(p.placeId);
      if (!e) places.set(p.placeId, (e = { name: p.name, country: p.country, admin1: p.admin1, level: p.level, lat: p.lat, lon: p.lon, claims: [] }));
      e.claims.push({ id: r.id, date: r.date, speaker: r.speaker, side: r.side, kind: r.kind, content: r.content, documentId: r.documentId, source: r.source });
    }
  }
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const [id, p] of places) {
    const f = {
      type: 'Feature', id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { placeId: id, name: p.name, country: p.country, admin1: p.admin1, level: p.level, claimCount: p.claims.length, claims: p.claims },
    };
    yield (first ? '\n' : ',\n') + JSON.stringify(f);
    first = false;
  }
  yield '\n]}\n';
}

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * The claims of `source`, with the first one read before this returns: a store error on the
 * filters (a bad value) becomes an error answer rather than a cut-off download.
 */
async function primed(source: AsyncIterable<ClaimRecord>): Promise<AsyncIterable<ClaimRecord>> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (;;) {
        const n = await it.next();
        if (n.done) return;
        yield n.value;
      }
    },
  };
}

/** The export as a streamed attachment response. */
export async function exportClaims(store: Store, format: ExportFormat, filters: Omit<ClaimQuery, keyof PageQuery>): Promise<Response> {
  const claims = await primed(store.eachClaim(filters));
  const chunks = format === 'json' ? jsonChunks(claims) : format === 'csv' ? csvChunks(claims) : geojsonChunks(claims);
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      try {
        const { done, value } = await chunks.next();
        if (done) ctrl.close();
        else ctrl.enqueue(enc.encode(value));
      } catch (e) {
        ctrl.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename="sitrep-claims.${format}"` },
  });
}
