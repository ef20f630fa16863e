/**
 * The events of a stored claim, for the exports: the analyzer's `events` layer (read from the
 * stored analysis of the claim's document) reduced to what an ACLED-like row shows.
 */
import type { Analysis, EventMention } from '../analyze/types.js';
import { eventTypeOf } from '../ledger/rows.js';
import type { ClaimRecord } from '../store/types.js';

/** One event of a claim, as the exports show it. */
export interface ClaimEvent {
  /** ACLED `event_type` / `sub_event_type` in ACLED's wording (null for events ACLED does not code). */
  eventType: string | null;
  subEventType: string | null;
  /** PLOVER event type and mode. */
  plover: string;
  ploverMode: string | null;
  /** Who did it and to whom: the actor's name when known, else the words of the text. */
  actor1: string | null;
  actor2: string | null;
  side1: string | null;
  side2: string | null;
  /** Deaths the claim gives for this event (sum of its linked "killed" figures), or null. */
  fatalities: number | null;
  polarity: EventMention['polarity'];
  modality: string | null;
  trigger: string;
}

/** Looks up the events of a claim (see `claimEventsFromStore`). */
export type ClaimEventsFn = (c: ClaimRecord) => Promise<ClaimEvent[]>;

/** The events of claim `index` of an analysis, in text order. */
export function claimEvents(a: Pick<Analysis, 'events' | 'quantities'>, index: number): ClaimEvent[] {
  const out: ClaimEvent[] = [];
  for (const e of a.events ?? []) {
    if (e.claim !== index) continue;
    let dead: number | null = null;
    for (const qi of e.quantities) {
      const q = a.quantities[qi];
      if (q && q.unit === 'killed') dead = (dead ?? 0) + q.value;
    }
    out.push({
      ...eventTypeOf(e), ploverMode: e.plover.mode,
      actor1: e.agent ? (e.agent.actor ?? e.agent.text) : null, actor2: e.target ? (e.target.actor ?? e.target.text) : null,
      side1: e.agent?.side ?? null, side2: e.target?.side ?? null, fatalities: dead, polarity: e.polarity, modality: e.modality,
      trigger: e.trigger.text,
    });
  }
  return out;
}

/**
 * A `ClaimEventsFn` over a store's saved analyses. Claims arrive grouped by document, so the last
 * document's analysis is kept; analyses stored before the events stage existed give no events.
 */
export function claimEventsFromStore(store: { getAnalysis(id: string): Promise<Analysis | null> }): ClaimEventsFn {
  let lastId: string | null = null;
  let last: Analysis | null = null;
  return async (c) => {
    if (c.documentId !== lastId) {
      lastId = c.documentId;
      last = await store.getAnalysis(c.documentId);
    }
    return last ? claimEvents(last, c.index) : [];
  };
}

/** The event an ACLED-like row shows for a claim: the first that happened (or is alleged) with an ACLED type, else the first. */
export function mainEvent(events: readonly ClaimEvent[]): ClaimEvent | null {
  return events.find((e) => e.eventType !== null && e.polarity === 'happened' && (e.modality === null || e.modality === 'alleged'))
    ?? events.find((e) => e.eventType !== null) ?? events[0] ?? null;
}
