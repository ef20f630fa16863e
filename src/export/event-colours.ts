/**
 * Event types as the desk draws them: ACLED's six event types (ACLED Codebook, 2023: Battles; Explosions/Remote
 * violence; Violence against civilians; Protests; Riots; Strategic developments) with the colour
 * each is drawn in on the map and its legend, and the PLOVER event types (PLOVER codebook, 2021)
 * offered as filter suggestions. Colours are from the Okabe–Ito palette, told apart with the common
 * colour-vision deficiencies; a place whose claims report no ACLED event is grey.
 */

/** ACLED event types, in the order of the legend, with their colours. */
export const ACLED_TYPES: readonly { type: string; colour: string }[] = [
  { type: 'Battles', colour: '#d55e00' },
  { type: 'Explosions/Remote violence', colour: '#cc79a7' },
  { type: 'Violence against civilians', colour: '#000000' },
  { type: 'Protests', colour: '#009e73' },
  { type: 'Riots', colour: '#e69f00' },
  { type: 'Strategic developments', colour: '#0072b2' },
];

/** The colour of places with no ACLED event in their claims. */
export const NO_EVENT_COLOUR = '#8d949b';

/** PLOVER event types (filter suggestions besides ACLED's). */
export const PLOVER_TYPES: readonly string[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** The map colour of an ACLED event type (any case), or the no-event grey. */
export function eventColour(type: string | null | undefined): string {
  if (!type) return NO_EVENT_COLOUR;
  const t = type.toLowerCase();
  return ACLED_TYPES.find((a) => a.type.toLowerCase() === t)?.colour ?? NO_EVENT_COLOUR;
}


/** The most specific ACLED name of an event's types: its sub-event type, else its event type, else null (not an ACLED event). */
export function acledLabel(e: { eventType: string | null; subEventType: string | null }): string | null {
  return e.subEventType ?? e.eventType ?? null;
}

/**
 * The one label of an event's types that the desk and the GeoJSON export show (the CLI adds the
 * PLOVER type after an ACLED name, `eventLabels`): the most
 * specific ACLED name (`acledLabel`), else the PLOVER type. Chosen because it is the most
 * specific name a reader of ACLED data knows, no event is left without one (PLOVER codes every
 * event, ACLED only violent and strategic ones), and every such label is a value the event filter
 * (`--event`, `?event=`) accepts, so a label can be turned into a link to its claims.
 */
export function eventLabel(e: { eventType: string | null; subEventType: string | null; plover: string }): string {
  return acledLabel(e) ?? e.plover;
}
