/**
 * The contract of sitrep's compare layer: the claim records it consumes and the topics, groups,
 * disputes and agreements it returns. Compare is pure (no I/O, no DB): the store feeds it
 * `ClaimRecord`s built with `extractClaimFacts` (src/compare/facts.ts) plus document provenance,
 * and persists or renders what `compareClaims` returns.
 *
 * ```ts
 * const facts = extractClaimFacts(analysis, i);             // at ingest, once per claim
 * const rec: ClaimRecord = { ...facts, id, documentId, index: i, source, outlet, textOf, published };
 * const result = compareClaims(records, { windowDays: 1 }); // later, over many documents
 * ```
 */
import type { Bound, ClaimKind, Place, SpeakerType } from '../analyze/types.js';

/** A side in the conflict (`UA`, `RU`, another country or organisation code): src/lexicon/sides.ts. */
export type { Side } from '../lexicon/sides.js';
import type { Side } from '../lexicon/sides.js';

/** Who made a claim, with the side and affiliation read from data/actors.tsv and the speaker's own words. */
export interface SpeakerInfo {
  /** Canonical name (analyzer's `speaker.name`), else the speaker span's text, else null. */
  name: string | null;
  /** The speaker span's text as written. */
  text: string | null;
  type: SpeakerType | null;
  /** Side of the speaker, or null when nothing in the data or the text says it. */
  side: Side | null;
  /** Official voice of a side (ministry, army, governor) = true; unofficial (bloggers, residents) = false; null unknown. */
  official: boolean | null;
  /** Affiliation label from data ("Russian Ministry of Defence", "Ukrainian government"), or null. */
  affiliation: string | null;
  /** What decided `side`: `actor:<row name>`, `cue:<word>`, or null. */
  sideFrom: string | null;
}

/** A place a claim is about: the analyzer's resolved place, or a name the analyzer left unresolved. */
export interface PlaceRef {
  /** Gazetteer id, or `name:<folded name>` when the analyzer gave none. */
  id: string;
  name: string;
  /** ISO 3166-2 region code (e.g. `UA-63`, `RU-KRS`), or null. */
  admin1: string | null;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  level: Place['level'];
}

/** Where a claim's places were found: inside its content, its sentence(s), its paragraph, or the document. */
export type PlaceFrom = 'content' | 'sentence' | 'paragraph' | 'document';

/** A quantity inside (or tied to) a claim, with the side of what it counts. */
export interface QuantityFact {
  value: number;
  /** Upper value when `bound` is `range`. */
  high: number | null;
  bound: Bound;
  /** Unit id from data/units.tsv; quantities without a unit are not compared. */
  unit: string;
  /**
   * What happened to what it counts (data/quantity-frames.tsv): `loss` ("destroyed 7 tanks"),
   * `captured`, `count` (present, used, sent: "11 tanks crossed"), or `event` for casualty units
   * (killed, wounded ...) that say it themselves. Quantities of different frames are not compared.
   */
  frame: string;
  vague: boolean;
  /**
   * Side of the counted subject ("1,000 Ukrainian troops" → UA, "Russian losses" → RU, "its troops"
   * said by the Russian MoD → RU, "the enemy" → the speaker's opponent), or null when unknown.
   */
  subjectSide: Side | null;
  /**
   * Which tally the figure is when it is not the place's own (src/compare/figures.ts): `site` (one
   * building inside the place), `country`, `day`, `total`; null or absent: the place's. Figures of
   * different scopes are not compared.
   */
  scope?: string | null;
  text: string;
  start: number;
  end: number;
}

/**
 * Status topics of data/status-phrases.tsv; `event` is an unspecific denial ("the reports are fake");
 * `stalemate`: the war as a whole is (+1) or is not (-1) at a stalemate, compared at the war's country.
 */
export type StatusTopic = 'control' | 'advance' | 'attack' | 'situation' | 'event' | 'stalemate' | 'process';

/**
 * What a control statement says of its place (data/control-phrases.tsv): the subject `holds` or
 * took it, `lost` (left) it, still holds `part` of it, or the place is `contested` (fighting goes on);
 * `encircled`: its defenders are encircled or cut off there (polarity -1: they are not).
 */
export type ControlState = 'holds' | 'lost' | 'part' | 'contested' | 'encircled';

/** One status statement inside a claim ("took control of", "remains fluid", "denied"). */
export interface StatusFact {
  topic: StatusTopic;
  /** +1 affirms the topic (control taken, advance continues, attack happened, situation under control); -1 negates it. */
  polarity: 1 | -1;
  /** True when the polarity comes from a denial ("denied that", "fake", "did not happen"). */
  denial: boolean;
  /**
   * Side the statement is about (who controls / advances / attacks), when the text says it;
   * polarity is read relative to this side. Null when unknown.
   */
  subjectSide: Side | null;
  /** The matched phrase as written, and its span in the document text. */
  text: string;
  start: number;
  end: number;
  /**
   * Control statements only (src/compare/control.ts): the state the phrase gives the place (absent
   * in facts stored before version 5: read +1 as `holds`, -1 as `lost`).
   */
  state?: ControlState;
  /** Control statements only: the statement is whole ("fully captured", "taken completely"). */
  full?: boolean;
  /**
   * Control statements only: a capture of MOST of the place by its subject ("captured most of",
   * «взяли под контроль большую часть»), state `part`: it answers the other side's "the battle goes
   * on" or "not taken" as a capture does, but not the other side's hold on the rest.
   */
  most?: boolean;
  /**
   * Control statements only: a capture or withdrawal whose only place is the region it happened in
   * ("освободила населенный пункт X в ДНР" with X unknown): a place in the region, not the region or
   * any named town of it, so it never stands for the towns of the region.
   */
  inRegion?: boolean;
  /**
   * Control statements only: the places the statement names (its object "captured Bakhmut", or the
   * subject "Kherson is returning under ..."); absent when its sentence names none near it, and
   * then the claim's places count.
   */
  places?: PlaceRef[];
}

/** What `extractClaimFacts` reads from one claim of an `Analysis`. */
export interface ClaimFacts {
  kind: ClaimKind;
  speaker: SpeakerInfo;
  /** The content fragments joined with " … ". */
  content: string;
  /** [start, end) of the content in the document text (first fragment start, last fragment end). */
  start: number;
  end: number;
  quantities: QuantityFact[];
  statuses: StatusFact[];
  places: PlaceRef[];
  placeFrom: PlaceFrom | null;
  /** The claim's event day, YYYY-MM-DD: a resolved date inside the claim, else the publication day. */
  date: string | null;
  dateFrom: 'claim' | 'published' | null;
  /**
   * What the claim says of events (src/compare/event-facts.ts): who did a strike or attack, and
   * whether a loss came from an attack or an accident. Absent in facts stored before version 4.
   */
  events?: EventFact[];
  /**
   * What the claim says happened to a named piece of equipment (src/compare/fate.ts): destroyed, or
   * hit but not destroyed. Absent in facts stored before it existed (facts version 32).
   */
  fates?: FateFact[];
  /**
   * What the claim is about, as topic keys of data/rebut-topics.tsv named in its sentences (a third
   * country, a weapon system, the pipelines; `kind:` keys: it is about who did it), for setting
   * blanket denials against it (src/compare/rebut.ts). Absent when it names none, and in facts
   * stored before it existed.
   */
  topics?: string[];
  /** The claim's blanket denials of a report ("another canard", «фейк»: src/compare/rebut.ts); absent when none. */
  rebuts?: RebutFact[];
  /**
   * True when the claim's paragraph names a truce or ceasefire declared for the war
   * (data/truce-words.tsv): its responsibility facts are about the breaking of that truce, grouped
   * once for the war (src/compare/event-compare.ts). Absent otherwise, and in facts stored before it.
   */
  truce?: true;
  /**
   * How a process between the sides stands, as the claim says it (src/compare/process.ts): an
   * exchange, talks or a ceasefire put off by a side, no date agreed, a side ready. Absent when none.
   */
  processes?: ProcessFact[];
  /**
   * What the claim says a strike did (src/compare/outcome.ts): a side's target hit or losses
   * taken, or not (repelled, all intercepted, no damage, only debris). Absent when it says neither,
   * and in facts stored before it existed.
   */
  outcomes?: OutcomeFact[];
  /**
   * What the claim says an attack did to one object, on an ordered scale (src/compare/object-outcome.ts):
   * a ship damaged or destroyed, a railway undamaged, a crew alive or lost. Absent when it says none.
   */
  objects?: ObjectFact[];
}

/**
 * One blanket denial of a claim: "another canard, nothing of the kind", "None of the HIMARS has been
 * destroyed", «не соответствует действительности» (src/compare/rebut.ts).
 */
export interface RebutFact {
  /** Topic keys of data/rebut-topics.tsv named in the denial's sentence, or when it names none, in the one before and the next one of its paragraph. */
  topics: string[];
  /** Whose report it rejects, when it says ("Russian claims", «заяви російської сторони»), else null. */
  of: Side | null;
  /** The side it says did not do it ("claims of Russian involvement"), else null. */
  agent: Side | null;
  /**
   * The side that denies, when a side word is the subject of a denying verb in the cue's own clause
   * ("Moscow has called the reports a fake"); a denial of another side than the speaker's is not the
   * speaker's. Absent when the clause names none, and in facts stored before it existed.
   */
  by?: Side;
  /** The cue as written, and its span in the document text. */
  text: string;
  start: number;
  end: number;
}

/** One process statement of a claim ("Kyiv put off the handover", «Жодної дати ... не погоджено»). */
export interface ProcessFact {
  /** The process: `exchange` (of whom not said), `exchange-bodies`, `exchange-prisoners`, `talks` or `ceasefire` (data/process-status.tsv). */
  process: string;
  /** put-off: `by` put it off, cancelled or wrecked it; unset: no date or terms agreed; ready: `by` is ready for it. */
  phase: 'put-off' | 'unset' | 'ready';
  by: Side | null;
  /** The phase words as written, and their span in the document text. */
  text: string;
  start: number;
  end: number;
}

/** One outcome statement of a claim: a side's target hit (or its troops' losses), or not. */
export interface OutcomeFact {
  /** `hit`: hit, damaged, destroyed, out of action, losses taken; `none`: repelled, all intercepted, no damage, no losses. */
  state: 'hit' | 'none';
  /** A `none` that says only fragments of a downed weapon fell (a cause account: debris, not a direct hit). */
  debris: boolean;
  /** The side whose target or troops the statement is about, or null when unknown. */
  ofSide: Side | null;
  /** A `none` ("no casualties", "no damage") said of a civilian object its clause names (a residential quarter, a school): it answers no hit of a military target. */
  civilian?: boolean;
  /** The cue words as written, and their span in the document text. */
  text: string;
  start: number;
  end: number;
}

/** One object outcome statement of a claim: what an attack did to one object, on an ordered scale. */
export interface ObjectFact {
  /** The object's kind (data/object-outcomes.tsv: ship, aircraft, airbase, rail, depot, crew, military), or `item` for a named piece of equipment's fate. */
  object: string;
  /** The object's own name as a key (a ship's name transliterated: "yamal"), or null. */
  name: string | null;
  /** 0: none (intact, undamaged, alive); 1: damaged; 2: destroyed (sunk, wiped out, killed). */
  level: 0 | 1 | 2;
  /** False when the object is one of several ("one of the ships") or counted: its damaged and destroyed are not compared. */
  one: boolean;
  /** The outcome words as written, and their span in the document text. */
  text: string;
  start: number;
  end: number;
}

/** One fate statement of a claim: a named item ("Patriot", "Il-22") destroyed, or hit but surviving. */
export interface FateFact {
  /** The item's key: a system's key of data/fate-words.tsv or a transliterated designation ("il22"). */
  item: string;
  /** The item as written ("Іл-22"). */
  name: string;
  state: 'destroyed' | 'survived';
  /** True when `survived` comes from a denial of its destruction ("claims of its destruction are untrue"). */
  denial: boolean;
  /** The cue word as written, and its span in the document text. */
  text: string;
  start: number;
  end: number;
}

/**
 * One event fact of a claim. `responsibility`: an attack at the claim's place was done (`polarity`
 * 1) or not done (-1: denied, "did not strike") by `agentSide`. `cause`: the claim gives an attack
 * (`cause: 'attack'`), an accident, fire or detonation (`cause: 'accident'`), or the defender's air
 * defence (`cause: 'defence'`: "caused by Ukrainian air defence") for what happened.
 */
export interface EventFact {
  topic: 'responsibility' | 'cause';
  agentSide: Side | null;
  polarity: 1 | -1;
  cause: 'attack' | 'accident' | 'defence' | null;
  /**
   * Responsibility facts that affirm a strike only: what kind of object the claim says it hit, a
   * `civilian` one (homes, a hospital, people in a restaurant) or a `military` one (a unit's
   * quarters, a command post), read from data/target-words.tsv, or `mixed` when it names both (lane
   * target2: "a military institute and the hospital next to it"); absent when the claim names
   * neither, and in facts stored before version 14 (the merge that gave facts version 14 brought it;
   * one lane's version 13 lacks it).
   */
  target?: 'civilian' | 'military' | 'mixed';
  /**
   * Responsibility facts with a `target` only (lane target2): the kinds of weapon
   * (data/weapon-kinds.tsv) named as the strike's instrument, in the eight words before its trigger or
   * the three after it ("Russian Shahed drones attacked", «нанесли удар ракетами «Искандер»»); absent
   * when none is named there.
   */
  weapons?: string[];
  /**
   * Cause facts only: `aircraft` when the claim names an aircraft (data/cause-crash.tsv): the loss
   * is an aircraft's, and compare sets its accident only against an attack on an aircraft (lane
   * cause). Absent in facts stored before it.
   */
  loss?: 'aircraft';
  /**
   * Cause facts only: true when the claim names nothing of the war and gave this cause only because
   * it tells of an aircraft's loss (src/compare/crash.ts): compare sets it only against a cause of an
   * aircraft's loss.
   */
  crashOnly?: true;
  /** The trigger or cue words as written, and their span in the document text. */
  text: string;
  start: number;
  end: number;
}

/** One claim as compare consumes it: facts plus document provenance. */
export interface ClaimRecord extends ClaimFacts {
  /** `<documentId>#<index>` (the store's claim id). */
  id: string;
  documentId: string;
  /** Index of the claim in `Analysis.claims`. */
  index: number;
  /** Where the document came from (file, URL, channel). */
  source: string | null;
  /** The outlet or channel that published it (site name, chat name, host), for outlet counting. */
  outlet: string | null;
  /**
   * Id of the original text when this document is a reprint/forward/near-duplicate (the root of
   * the carrier chain), else the document's own id. Distinct `textOf` = independent texts.
   */
  textOf: string;
  /** Publication time of the document, ISO-8601, or null. */
  published: string | null;
}

/** What a group compares: a quantity of one unit about one side's subject, or one status topic. */
export type TopicWhat =
  | { type: 'quantity'; unit: string; subjectSide: Side | null }
  | { type: 'status'; topic: StatusTopic; subjectSide: Side | null }
  | { type: 'event'; topic: EventFact['topic']; subjectSide: Side | null };

/** A topic: where, when, what. `key` is a stable string made of these parts. */
export interface Topic {
  key: string;
  /**
   * Place id, or `region:<ISO 3166-2>` for a region (named, or a roll-up of status claims about
   * places in it). Claims with no place at all are not grouped, so this is never null today; null
   * stays allowed for stores that group otherwise.
   */
  place: string | null;
  placeName: string | null;
  /** Level of the grouping: the place itself, or its admin1 region. */
  level: 'place' | 'region' | 'none';  // 'none': reserved (see `place`)
  /** First and last day of the window, YYYY-MM-DD (null for undated claims). */
  from: string | null;
  to: string | null;
  what: TopicWhat;
}

/** One position inside a group: claims that are compatible with one another. */
export interface DisputeSide {
  /** What this side claims, in a few words ("at least 12 wounded", "under control", "denied"). */
  position: string;
  /** Claim ids (`ClaimRecord.id`). */
  claims: string[];
  /** Distinct speakers on this side, with their side/affiliation. */
  speakers: { name: string | null; side: Side | null; affiliation: string | null; official: boolean | null }[];
  /** Distinct sources (outlets, else `source`) on this side. */
  sources: string[];
  /** Distinct original texts (reprints and forwards count once; two posts of one channel count twice). */
  independentSources: number;
  /** Distinct outlets that carry the side, reprinters included (reach, not independence). */
  independentOutlets: number;
  /**
   * Independent originators: the outlet (or channel) each original text comes from, so several
   * posts or texts of one outlet count once, and a text that quotes a speaker named like an outlet
   * of this side ("Northern Rampart" quoted by a paper, the channel "Northern Rampart Z" posting)
   * counts as that outlet. Analysts count independent outlets, not posts: this is the headline
   * figure; `independentSources` (texts) and `independentOutlets` (reach) stay available. Absent in
   * results stored before it existed.
   */
  independentOrigins?: number;
  /** For quantities: the interval this side allows, [low, high] (inclusive, Infinity allowed). */
  interval?: [number, number];
  /** For statuses: the polarity of this side. */
  polarity?: 1 | -1;
}

/** A group of claims on one topic (compatible or not). */
export interface ClaimGroup {
  topic: Topic;
  claims: string[];
}

/**
 * Why claims cannot all be true. `target`: both sides name the same doer of one strike but not what
 * it hit (a civilian object against a military one); its kind is `responsibility` (who is to blame
 * for what was hit), as issue 9's kinds are.
 */
export type DisputeReason = 'quantity' | 'status' | 'denial' | 'responsibility' | 'cause' | 'target';

/**
 * What a dispute is about, as analysts read it: who did it (`responsibility`), who holds a place
 * (`control`), how many (`figures`), how things stand (`status`: advance stopped, situation under
 * control), or why a loss happened (`cause`: an attack against an accident).
 */
export type DisputeKind = 'responsibility' | 'control' | 'figures' | 'status' | 'cause';

/** A group whose claims cannot all be true: two or more sides, shown side by side, none preferred. */
export interface Dispute {
  id: string;
  topic: Topic;
  reason: DisputeReason;
  /** What the dispute is about (src/compare/kinds.ts); absent in reports stored before it existed. */
  kind?: DisputeKind;
  sides: DisputeSide[];
  /** A sentence explaining why these sides cannot all be true. */
  explanation: string;
}

/** A group of compatible claims from at least two independent texts. */
export interface Agreement {
  id: string;
  topic: Topic;
  /** What the agreement is about (as `Dispute.kind`). */
  kind?: DisputeKind;
  /** The one side (its position is the common ground: the intersection interval, or the status). */
  side: DisputeSide;
}

/** Options of `compareClaims`. */
export interface CompareOptions {
  /** Claims whose days differ by at most this many days fall into one window. Default 1. */
  windowDays?: number;
  /** Relative tolerance of `approx` values ("about 1,000" = 1,000 ± tolerance). Default from data/compare.tsv. */
  approxTolerance?: number;
  /** Report agreements too (default true). */
  agreements?: boolean;
  /** Roll status claims up to their admin1 region (default true). */
  regions?: boolean;
}

/** What `compareClaims` returns. */
export interface CompareResult {
  disputes: Dispute[];
  agreements: Agreement[];
  /** Number of groups (topics with ≥ 2 claims) examined. */
  groups: number;
  claims: number;
  /** Malformed records or facts that were left out (e.g. a stored record missing its facts). */
  skipped: number;
  ms: number;
}
