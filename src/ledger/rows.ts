/**
 * From one document and its analysis to the normalised rows every store keeps: claim records with
 * the places, quantities and date each claim is about. Pure functions (they run in the analysis
 * workers), so that every store is handed the same rows and answers queries alike.
 */
import type { Analysis, Document, EventMention, Span } from '../analyze/types.js';
import { dayOf, foldKey } from '../store/keys.js';
import type { ClaimEventType, ClaimRecord, PlaceRecord, QuantityRecord } from '../store/types.js';

export { dayOf, foldKey, sha256 } from '../store/keys.js';

/** A claim as derived from an analysis, before a store links it to earlier documents. */
export interface DerivedClaim
  extends Pick<ClaimRecord, 'id' | 'index' | 'kind' | 'speaker' | 'speakerType' | 'cue' | 'content' | 'start' | 'end' | 'date' | 'places' | 'events'> {
  /** Normalised content for matching a reprint's claim to the original's. */
  key: string;
}

/** Everything a store writes for one document. */
export interface DerivedRows {
  claims: DerivedClaim[];
  quantities: QuantityRecord[];
  /** Distinct places of the document (each with its first mention). */
  places: PlaceRecord[];
}

/** The claim id of claim `index` in document `documentId`. */
export const claimId = (documentId: string, index: number): string => `${documentId}#${index}`;

const inside = (s: Span, r: Span): boolean => s.start >= r.start && s.end <= r.end;

/**
 * Derives claim records, quantity records and places from one analysis. A claim's places are the
 * places mentioned in the sentences the claim spans (speaker, cue and content); its date is the
 * first day- or week-precise date inside its content, else inside its sentences, else the
 * document's publication day.
 */
export function deriveRows(doc: Document, a: Analysis): DerivedRows {
  const published = dayOf(a.published ?? doc.published ?? null);
  const places: PlaceRecord[] = a.places.map((p) => ({
    placeId: p.id ?? `name:${foldKey(p.name)}`,
    name: p.name,
    country: p.country,
    admin1: p.admin1,
    lat: p.lat,
    lon: p.lon,
    level: p.level,
    start: p.start,
    end: p.end,
    text: p.text,
  }));
  // Until the gazetteer places every town, entities typed as places stand in (name only).
  for (const e of a.entities) {
    if (e.type !== 'place' || places.some((p) => p.start < e.end && e.start < p.end)) continue;
    const name = e.name ?? e.text;
    places.push({
      placeId: `name:${foldKey(name)}`, name, country: null, admin1: null, lat: null, lon: null, level: null,
      start: e.start, end: e.end, text: e.text,
    });
  }
  places.sort((x, y) => x.start - y.start);
  const dates = a.dates.filter((d) => d.date !== null && (d.precision === 'day' || d.precision === 'week'));
  const events = claimEventTypes(a, a.claims.length);

  const claims: DerivedClaim[] = a.claims.map((c, index) => {
    const parts: Span[] = [...c.content];
    if (c.cue) parts.push(c.cue);
    // An own-voice claim's speaker is the document's author, named away from the claim if at all.
    if (c.speaker && !c.speaker.fromDocument) parts.push(c.speaker);
    const lo = parts.length ? Math.min(...parts.map((p) => p.start)) : 0;
    const hi = parts.length ? Math.max(...parts.map((p) => p.end)) : 0;
    const sents = a.sentences.filter((s) => s.start < Math.max(hi, lo + 1) && lo < s.end);
    const region: Span = sents.length ? { start: sents[0]!.start, end: sents[sents.length - 1]!.end } : { start: lo, end: hi };
    const inContent = dates.find((d) => c.content.some((p) => inside(d, p)));
    const inSentence = dates.find((d) => inside(d, region));
    const content = c.content.map((p) => p.text).join(' … ');
    const first = c.content[0] ?? c.cue ?? c.speaker;
    const last = c.content[c.content.length - 1] ?? c.cue ?? c.speaker;
    return {
      id: claimId(a.id, index),
      index,
      kind: c.kind,
      speaker: c.speaker ? (c.speaker.name ?? c.speaker.text) : null,
      speakerType: c.speaker?.type ?? null,
      cue: c.cue?.text ?? null,
      content,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      date: (inContent ?? inSentence)?.date ?? published,
      places: dedupePlaces(places.filter((p) => inside(p, region))),
      events: events[index]!,
      key: foldKey(content),
    };
  });

  const quantities: QuantityRecord[] = a.quantities.map((q, i) => ({
    id: `${a.id}~${i}`,
    documentId: a.id,
    claimId: q.claim !== null && q.claim >= 0 && q.claim < a.claims.length ? claimId(a.id, q.claim) : null,
    value: q.value,
    high: q.high ?? null,
    bound: q.bound,
    unit: q.unit,
    vague: q.vague === true,
    start: q.start,
    end: q.end,
    text: q.text,
  }));
  return { claims, quantities, places: dedupePlaces(places) };
}

/** The types of one event mention as a claim keeps them: ACLED's event and sub-event type (null where ACLED does not code it) and PLOVER's. */
export function eventTypeOf(e: Pick<EventMention, 'acled' | 'plover'>): ClaimEventType {
  return { eventType: e.acled.event_type ?? null, subEventType: e.acled.sub_event_type ?? null, plover: e.plover.type };
}

/**
 * The event types each claim reports, from the analysis's `events` layer (events of narration,
 * with no claim, are left out): per claim, one entry per distinct (ACLED type, sub-type, PLOVER
 * type), in text order. Analyses made before the events stage give none. The one derivation of a
 * claim's event types: the stores keep these rows, and the CLI, the desk and the GeoJSON export
 * read them from `ClaimRecord.events` (the CSV export, which needs actors and figures too, reads
 * the same events through src/export/events.ts `claimEvents`).
 */
export function claimEventTypes(a: Pick<Analysis, 'events'>, claims: number): ClaimEventType[][] {
  const out: ClaimEventType[][] = Array.from({ length: claims }, () => []);
  const seen: Set<string>[] = Array.from({ length: claims }, () => new Set());
  for (const e of a.events ?? []) {
    if (e.claim === null || e.claim < 0 || e.claim >= claims) continue;
    const t = eventTypeOf(e);
    const k = `${t.eventType}\u0000${t.subEventType}\u0000${t.plover}`;
    if (seen[e.claim]!.has(k)) continue;
    seen[e.claim]!.add(k);
    out[e.claim]!.push(t);
  }
  return out;
}

/** One entry per place id (the first mention). */
function dedupePlaces(ps: PlaceRecord[]): PlaceRecord[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.placeId) ? false : (seen.add(p.placeId), true)));
}

/**
 * Matches the claims of a carrier (a reprint) to the claims of the document it carries: equal
 * normalised content first, else the best word-set overlap of at least one half. Returns, per
 * carrier claim index, the matched original claim index or -1.
 */
export function matchClaims(carrier: { key: string }[], original: { key: string }[]): number[] {
  const exact = new Map<string, number>();
  original.forEach((o, i) => {
    if (!exact.has(o.key)) exact.set(o.key, i);
  });
  const words = original.map((o) => new Set(o.key.split(' ').filter(Boolean)));
  return carrier.map((c) => {
    const e = exact.get(c.key);
    if (e !== undefined) return e;
    const cw = new Set(c.key.split(' ').filter(Boolean));
    let best = -1;
    let bestScore = 0.5;
    words.forEach((ow, i) => {
      let inter = 0;
      for (const w of cw) if (ow.has(w)) inter++;
      const union = cw.size + ow.size - inter;
      const score = union ? inter / union : 0;
      if (score > bestScore || (best === -1 && score === bestScore)) {
        bestScore = score;
        best = i;
      }
    });
    return best;
  });
}

/** A place reference from compare's claim facts (see src/compare/types.ts `PlaceRef`). */
export interface PlaceRefLike {
  id: string;
  name: string;
  admin1: string | null;
  country: string | null;
  level: string | null;
}

/**
 * The places of a claim as compare decided them (content, sentence, paragraph, else the document's
 * main place), each with a mention span: the analyzer's mention when it has one (with coordinates),
 * else the first occurrence of the name in the text at or after `near`, else the first anywhere;
 * a name that is not written as such (a rolled-up region) gets an empty span at `near`.
 */
export function factPlaces(text: string, analysisPlaces: readonly PlaceRecord[], refs: readonly PlaceRefLike[], near: number): PlaceRecord[] {
  return refs.map((ref) => {
    const m = analysisPlaces.find((p) => p.placeId === ref.id);
    if (m) return { ...m, name: ref.name, admin1: ref.admin1 ?? m.admin1, country: ref.country ?? m.country, level: ref.level ?? m.level };
    let at = text.indexOf(ref.name, near);
    if (at < 0) at = text.indexOf(ref.name);
    const start = at < 0 ? near : at;
    const end = at < 0 ? near : at + ref.name.length;
    return {
      placeId: ref.id, name: ref.name, country: ref.country, admin1: ref.admin1, lat: null, lon: null, level: ref.level,
      start, end, text: text.slice(start, end),
    };
  });
}
