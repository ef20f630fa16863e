/**
 * CSV export: ACLED-like columns (event_date, event_type, country, admin1, location, latitude,
 * longitude, source, notes) plus who made the claim, what kind, its quantity, and where in which
 * document it is written. One row per claim and quantity (a claim without a quantity is one row).
 * RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused.
 */
import type { ClaimRecord, QuantityRecord } from '../store/types.js';

/** The header row, in order. */
export const CSV_COLUMNS = [
  'event_date', 'event_type', 'country', 'admin1', 'location', 'latitude', 'longitude', 'source', 'notes',
  'claimant', 'claimant_side', 'claimant_affiliation', 'claim_kind', 'quantity_value', 'quantity_high', 'quantity_bound',
  'quantity_unit', 'quantity_text', 'document_id', 'claim_id', 'span_start', 'span_end', 'url', 'repeats_claim',
] as const;

/**
 * One CSV cell. Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'` (OWASP's advice against formula injection); a cell with a comma, quote or line break is quoted.
 * Numbers are written as they are.
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV rows of one claim (without line ends). */
export function csvRows(c: ClaimRecord): string[] {
  const place = c.places.find((p) => p.lat !== null) ?? c.places[0] ?? null;
  const others = c.places.filter((p) => p !== place).map((p) => p.name);
  const notes = `${c.speaker ?? 'unnamed speaker'}${c.cue ? ` ${c.cue}` : ':'} "${c.content}"${others.length ? ` (also names ${others.join(', ')})` : ''}`;
  const base = (q: QuantityRecord | null): (string | number | null)[] => [
    c.date, null, place?.country ?? null, place?.admin1 ?? null, place?.name ?? null, place?.lat ?? null, place?.lon ?? null,
    c.outlet ?? c.source, notes, c.speaker, c.side, c.affiliation, c.kind, q?.value ?? null, q?.high ?? null, q?.bound ?? null,
    q?.unit ?? null, q?.text ?? null, c.documentId, c.id, c.start, c.end, c.url, c.originClaimId,
  ];
  const qs = c.quantities.length ? c.quantities : [null];
  return qs.map((q) => base(q).map(csvCell).join(','));
}

/** Writes a CSV export of `claims` through `write` (CRLF line ends, header first). */
export async function writeCsv(claims: AsyncIterable<ClaimRecord>, write: (s: string) => Promise<void> | void): Promise<number> {
  await write(CSV_COLUMNS.join(',') + '\r\n');
  let n = 0;
  for await (const c of claims) {
    for (const row of csvRows(c)) await write(row + '\r\n');
    n++;
  }
  return n;
}
