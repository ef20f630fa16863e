/**
 * sitrep's compare layer: turn an analysed claim into the facts compare needs
 * (`extractClaimFacts`), then group many claim records by topic and find disputes and agreements
 * (`compareClaims`). Pure functions over records; no I/O.
 */
export type * from './types.js';
export { extractClaimFacts, foldName, FACTS_VERSION, type FactsOptions } from './facts.js';
export { compareClaims, disputeKind, kindWindowDays, EVENT_WINDOW_DAYS } from './kinds.js';
export { eventFacts } from './event-facts.js';
export { topicKeys, placeKeys, quantityWhat, statusConflict, dayNumber, phraseShown, COMPARE_VERSION } from './compare.js';
export { intervalOf, compatible, intersect, isEmpty, positions, type Interval, type IntervalOptions } from './interval.js';
export { speakerInfo, sideOfPhrase } from './speaker.js';
export { fateFacts, compareFates, designationKey } from './fate.js';
export { speakerIdentity } from './identity.js';
export { outcomeFacts, compareOutcomes } from './outcome.js';
export { objectFacts, compareObjectOutcomes } from './object-outcome.js';
