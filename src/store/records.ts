/**
 * From database rows to the store's records, shared by the SQLite and PostgreSQL stores so that
 * both answer with the same shapes. The two schemas differ only in the names of span columns
 * (`start`/`end` in SQLite, `span_start`/`span_end` in PostgreSQL, where `end` is reserved) and
 * in how booleans come back (1 or true): `SpanColumns` names them; in how an aggregated list comes
 * back (a JSON string from SQLite, an array from PostgreSQL), which the mappers accept both ways.
 */
import { latinName } from '../geo/latin.js';
import { BoundedMemo } from '../util/index.js';
import type { ClaimEventType, ClaimRecord, DocumentRow, PlaceRecord, PlaceSummary, QuantityRecord, StoredDocument } from './types.js';

/** A row as the database driver returns it. */
export type Row = Record<string, unknown>;

/** The names of a schema's span columns. */
export interface SpanColumns {
  start: string;
  end: string;
}

/** SQLite's span columns. */
export const SQLITE_SPANS: SpanColumns = { start: 'start', end: 'end' };
/** PostgreSQL's span columns. */
export const PG_SPANS: SpanColumns = { start: 'span_start', end: 'span_end' };

const str = (v: unknown): string | null => (v as string | null | undefined) ?? null;

/** Latin forms of speaker names already made: a page of claims repeats a few speakers many times. */
const latinNames = new BoundedMemo<string, string | null>(4096);

/** `latinName`, remembered per name and language (transliterating is most of a page's row mapping). */
function speakerLatin(name: string | null, lang: string | null): string | null {
  return name === null ? null : latinNames.get(`${lang ?? ''}\u0000${name}`, () => latinName(name, lang));
}
const num = (v: unknown): number | null => (v as number | null | undefined) ?? null;

/** A place mention row (claim_places joined with places). */
export function placeRecord(r: Row, s: SpanColumns): PlaceRecord {
  return {
    placeId: r.place_id as string, name: r.name as string, country: str(r.country), admin1: str(r.admin1), lat: num(r.lat), lon: num(r.lon),
    level: str(r.level), start: r[s.start] as number, end: r[s.end] as number, text: r.text as string,
  };
}

/** A quantities row, with its document and claim ids. */
export function quantityRecord(r: Row, s: SpanColumns, documentId: string, claimId: string | null): QuantityRecord {
  return {
    id: r.id as string, documentId, claimId, value: r.value as number, high: num(r.high), bound: r.bound as QuantityRecord['bound'],
    unit: str(r.unit), vague: r.vague === 1 || r.vague === true, start: r[s.start] as number, end: r[s.end] as number, text: r.text as string,
  };
}

/**
 * A claims row joined with its document's provenance columns (and language), with its places,
 * quantities and event types; a Cyrillic speaker name also in Latin letters.
 */
export function claimRecord(r: Row, s: SpanColumns, places: PlaceRecord[], quantities: QuantityRecord[], events: ClaimEventType[]): ClaimRecord {
  return {
    id: r.id as string,
    documentId: r.document_id as string,
    index: r.idx as number,
    kind: r.kind as ClaimRecord['kind'],
    speaker: str(r.speaker),
    speakerLatin: speakerLatin(str(r.speaker), str(r.lang)),
    speakerType: (r.speaker_type as ClaimRecord['speakerType'] | undefined) ?? null,
    side: str(r.side),
    affiliation: str(r.affiliation),
    cue: str(r.cue),
    content: r.content as string,
    start: r[s.start] as number,
    end: r[s.end] as number,
    date: str(r.day),
    places,
    quantities,
    events,
    source: str(r.source),
    outlet: str(r.outlet),
    url: str(r.url),
    published: str(r.published),
    lang: str(r.lang),
    originClaimId: str(r.origin_claim_id),
    rootDocumentId: r.root_document_id as string,
  };
}

/** A claim_events row: the ACLED and PLOVER types of one event a claim reports. */
export function eventTypeRecord(r: Row): ClaimEventType {
  return { eventType: str(r.event_type), subEventType: str(r.sub_event_type), plover: r.plover as string };
}

/** A documents row (`DOC_COLS` of either store), without its text. */
export function documentRecord(r: Row): StoredDocument {
  return {
    id: r.id as string, source: str(r.source), url: str(r.url), title: str(r.title), published: str(r.published), lang: str(r.lang),
    contentHash: r.content_hash as string, length: r.length as number, ingestedAt: r.ingested_at as string,
    carrierOf: str(r.carrier_of), duplicate: (r.duplicate as StoredDocument['duplicate']) ?? null,
    similarity: num(r.similarity), claimCount: r.claim_count as number,
    meta: JSON.parse(r.meta as string) as Record<string, unknown>,
  };
}

/** The language of a document to store: its reader's, else the one the analyzer found. */
export function docLang(r: DocumentRow): string | null {
  return r.document.lang ?? r.analysisLang ?? r.analysis?.lang ?? null;
}

/** A row of a places page (place columns, `claims`, `sources`, `variants`), its event types still empty (see `addPlaceEventTypes`). */
export function placeSummary(r: Row): PlaceSummary {
  const v = r.variants;
  return {
    placeId: r.place_id as string, name: r.name as string, country: str(r.country), admin1: str(r.admin1), lat: num(r.lat), lon: num(r.lon),
    level: str(r.level), claims: r.claims as number, sources: r.sources as number,
    variants: typeof v === 'string' ? (JSON.parse(v) as string[]) : ((v as string[] | null) ?? []), eventTypes: [],
  };
}

/**
 * Fills `eventTypes` of a page of places from rows of (place_id, type, n: claims of that ACLED
 * event type at the place), most claims first, then by type.
 */
export function addPlaceEventTypes(items: PlaceSummary[], rows: readonly Row[]): void {
  const byPlace = new Map(items.map((i) => [i.placeId, i]));
  for (const r of rows) byPlace.get(r.place_id as string)?.eventTypes.push({ type: r.type as string, claims: Number(r.n) });
  for (const i of items) i.eventTypes.sort((a, b) => b.claims - a.claims || a.type.localeCompare(b.type));
}
