/**
 * CSV export: ACLED-like columns (event_date, event_type, sub_event_type, actor1, actor2, country,
 * admin1, location, latitude, longitude, source, notes, fatalities) plus who made the claim, what
 * kind, its quantity, and where in which document it is written. One row per claim and quantity (a
 * claim without a quantity is one row). The event columns come from the analyzer's events layer
 * (see `mainEvent`): ACLED's types, the agent and target as actor1/actor2, and the deaths the claim
 * gives as `fatalities`: a claimed figure, never verified, to be read with the `claimant` column.
 * An event that did not happen or is only threatened or planned leaves them empty; its PLOVER type,
 * polarity and modality are in `event_plover` and `event_status`.
 * RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused.
 */
import type { ClaimRecord, QuantityRecord } from '../store/types.js';
import { mainEvent, type ClaimEvent, type ClaimEventsFn } from './events.js';

/** Modalities under which an event is still reported as having happened (ACLED codes reported events). */
const ASSERTED = new Set(['alleged', 'attempted', 'ordered']);

/** The header row, in order. */
export const CSV_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude',
  'source', 'notes', 'fatalities', 'event_plover', 'event_status', 'claimant', 'claimant_side', 'claimant_affiliation', 'claim_kind', 'quantity_value', 'quantity_high', 'quantity_bound',
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

/** The CSV rows of one claim (without line ends); `events` are the claim's events (see src/export/events.ts). */
export function csvRows(c: ClaimRecord, events: readonly ClaimEvent[] = []): string[] {
  const ev = mainEvent(events);
  const acled = ev && ev.eventType !== null && ev.polarity === 'happened' && (ev.modality === null || ASSERTED.has(ev.modality)) ? ev : null;
  const status = ev ? [ev.polarity, ev.modality].filter(Boolean).join(' ') : null;
  const place = c.places.find((p) => p.lat !== null) ?? c.places[0] ?? null;
  const others = c.places.filter((p) => p !== place).map((p) => p.name);
  const notes = `${c.speaker ?? 'unnamed speaker'}${c.cue ? ` ${c.cue}` : ':'} "${c.content}"${others.length ? ` (also names ${others.join(', ')})` : ''}`;
  const base = (q: QuantityRecord | null): (string | number | null)[] => [
    c.date, acled?.eventType ?? null, acled?.subEventType ?? null, acled?.actor1 ?? null, acled?.actor2 ?? null,
    place?.country ?? null, place?.admin1 ?? null, place?.name ?? null, place?.lat ?? null, place?.lon ?? null,
    c.outlet ?? c.source, notes, acled?.fatalities ?? null, ev ? `${ev.plover}${ev.ploverMode ? `/${ev.ploverMode}` : ''}` : null, status, c.speaker, c.side, c.affiliation, c.kind, q?.value ?? null, q?.high ?? null, q?.bound ?? null,
    q?.unit ?? null, q?.text ?? null, c.documentId, c.id, c.start, c.end, c.url, c.originClaimId,
  ];
  const qs = c.quantities.length ? c.quantities : [null];
  return qs.map((q) => base(q).map(csvCell).join(','));
}

/** Writes a CSV export of `claims` through `write` (CRLF line ends, header first); `events` fills the event columns. */
export async function writeCsv(claims: AsyncIterable<ClaimRecord>, write: (s: string) => Promise<void> | void, events?: ClaimEventsFn): Promise<number> {
  await write(CSV_COLUMNS.join(',') + '\r\n');
  let n = 0;
  for await (const c of claims) {
    for (const row of csvRows(c, events ? await events(c) : [])) await write(row + '\r\n');
    n++;
  }
  return n;
}
