/**
 * The public data model of sitrep's analyzer: the input document and the output contract.
 * Every span is `[start, end)` in UTF-16 code units of `Document.text`, and
 * `text.slice(start, end) === span.text` wherever a span carries its text.
 */

/** One input document, as produced by a reader. */
export interface Document {
  /** Stable identifier (a content hash when the reader has nothing better). */
  id: string;
  /** The original text. Never modified by the analyzer. */
  text: string;
  /** Publication time, ISO-8601, used to resolve relative dates. */
  published?: string | null;
  /** Where the document came from: a file path, a channel, an outlet. */
  source?: string | null;
  url?: string | null;
  lang?: string | null;
  meta?: Record<string, unknown>;
  /**
   * Who wrote or published the document, when the source says: a Telegram channel (or, for a
   * forward, the original poster), a page's byline or publisher, a feed's item author or title,
   * Markdown front matter `author`. Set by readers; the analyzer's `author` stage uses it to
   * decide whether the document speaks in its author's own voice (see `authorType`, `ownVoice`).
   */
  author?: string | null;
  /** What kind of author `author` is, when the reader knows: a Telegram `channel` always speaks in
   *  its own voice, an `outlet` (news organisation) never does; `organisation` and `person` speak in
   *  their own voice when `author` names an actor of data/actors.tsv; unset: the analyzer decides. */
  authorType?: AuthorType | null;
  /** Force the decision of the `author` stage: true = every claimable sentence is the author's
   *  claim, false = the document is narration (news copy). Unset: decided from the author. */
  ownVoice?: boolean | null;
}

/** Kinds of document author (see `Document.authorType`). */
export type AuthorType = 'channel' | 'organisation' | 'person' | 'outlet';

/** A half-open character range into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with its text (`text === document.text.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/** Which stage and which rule produced an annotation: the answer to "why is this here?". */
export interface Why {
  stage: string;
  rule: string;
}

export type SpeakerType = 'person' | 'organisation' | 'group' | 'channel' | 'unknown';

export interface Speaker extends TextSpan {
  /** Canonical name of the actor the speaker span refers to, when the document names it. */
  name: string | null;
  type: SpeakerType;
  /** The span of the name the speaker was resolved to, when it is elsewhere in the text. */
  resolvedFrom?: Span | null;
  /**
   * True when the speaker is the document's author, not a name found next to a reporting verb:
   * claims of the `author` stage (a Telegram channel's post, a ministry's own summary). Then the
   * span points at the place where the text names its author (a heading such as "Statement of the
   * Ministry of Defence", a signature line, the author's name in the text), or is the empty span
   * `{start: 0, end: 0, text: ''}` when the text does not name it; `name` is always the author.
   * Such a span is not near the claim: do not use it to find the claim's sentence, places or date.
   */
  fromDocument?: boolean;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

/**
 * One statement and who made it. Attributed statements ("X said ...") come from the `attribution`
 * stage. In a document that speaks in its author's own voice (see `Document.ownVoice`), the
 * `author` stage adds one claim per claimable sentence outside every attributed claim: `kind`
 * 'direct' (the author's own words, so "we"/"our" are the author's), `cue` null,
 * `speaker.fromDocument` true, `content` the sentence without its quotations, and
 * `why: { stage: 'author', rule: 'quantity' | 'status' | 'event' }` naming what made the
 * sentence claimable (see src/analyze/author/index.ts).
 */
export interface Claim {
  kind: ClaimKind;
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** One or more fragments of what was said, in text order. */
  content: TextSpan[];
  why: Why;
}

export type Bound = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'range';

export interface Quantity extends TextSpan {
  /** The number (lower value of a range). For vague amounts ("dozens") the conventional floor. */
  value: number;
  /** Upper value when `bound` is `range`. */
  high?: number | null;
  bound: Bound;
  /** Unit id from data/units.tsv ("troops", "tanks", "killed", "km" ...), or null. */
  unit: string | null;
  /** Index into `claims` of the claim whose content holds this quantity. */
  claim: number | null;
  /** True for vague amounts: "dozens", "hundreds", "several". */
  vague?: boolean;
  why: Why;
}

export interface Place extends TextSpan {
  /** Current English name of the entry ("Kharkiv" for "Kharkov", "Харкові"). */
  name: string;
  /** ISO 3166-1 alpha-2, by international recognition. */
  country: string | null;
  /** ISO 3166-2 code of the entry's first-level region (its own code for a region). */
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  level: 'country' | 'admin1' | 'admin2' | 'city' | 'village' | null;
  /** GeoNames ID ("706483"), or "wof:N" / "ne:CODE" for entries without one. */
  id: string | null;
  /** 'place': where something is or happens; 'speaker': the name stands for an authority that
   *  speaks ("Kyiv said"); 'name': part of an organisation's name ("Paris Police Department");
   *  'dateline': the place part of a wire dateline ("KYIV, Oct 15 (Meridian) -"), where the report
   *  was filed, not what it is about. */
  role?: 'place' | 'speaker' | 'name' | 'dateline';
  /** The gazetteer names or variants of the entry that the text matched. */
  variants?: string[];
  /** How the text matched them: 'exact' | 'fold' | 'translit' | 'skeleton' | 'inflection'. */
  match?: string;
  why?: Why;
}

/** A demonym or national adjective ("Ukrainian troops", "Russian forces"): a side, not a place. */
export interface Side extends TextSpan {
  /** ISO 3166-1 alpha-2 of the country the word points to (null for a continent: "European"). */
  country: string | null;
  /** The country's (or continent's) English name. */
  name: string;
  /** 'adj': a national adjective ("Russian forces"); 'people': a plural noun ("Ukrainians"). */
  form: 'adj' | 'people';
  /** The country's gazetteer entry and its point, when the gazetteer knows it. */
  id: string | null;
  lat: number | null;
  lon: number | null;
  why: Why;
}

export interface DateMention extends TextSpan {
  /** Resolved calendar date, `YYYY-MM-DD`, or null when it cannot be resolved. */
  date: string | null;
  /** How much of the date is known. */
  precision: 'day' | 'month' | 'year' | 'week';
  /** Last date of a range written in the text ("5 to 7 August" → the 7th), same precision as
   *  `date`; absent when the mention is not a range. (`end` is taken: it is the span's end.) */
  endDate?: string | null;
  why: Why;
}

export type EntityType = 'person' | 'organisation' | 'group' | 'channel' | 'place' | 'unknown';

/** A named or described actor mentioned in the text. */
export interface Entity extends TextSpan {
  type: EntityType;
  /** Canonical name (for a description or title, the person it stands for, when known). */
  name: string | null;
  /** Title or description attached to the entity in the text ("the deputy chairman of ..."). */
  title?: TextSpan | null;
  why: Why;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** What the `author` stage decided about a document's author. */
export interface AuthorVoice {
  /** The author's name (from the document, or read from a heading or signature line), or null. */
  name: string | null;
  type: AuthorType | null;
  /** True when the document's own sentences are the author's claims. */
  ownVoice: boolean;
  /** Why: 'declared' (Document.ownVoice), 'channel', 'outlet', 'actor' (the author is in
   *  data/actors.tsv), 'heading', 'signature', or 'none'. */
  rule: string;
  /** Where the text names the author (heading, signature, the name itself), when it does. */
  span: TextSpan | null;
}

/** Whether an event mention says the event happened (see `EventMention.polarity`). */
export type EventPolarity = 'happened' | 'not_happened' | 'denied';

/** The agent or target of an event: the words of the text, with the actor and side they name. */
export interface EventActor extends TextSpan {
  /** Canonical name of the actor (an entity's name, or the affiliation label of data/actors.tsv), or null. */
  actor: string | null;
  /** Side (ISO 3166-1 alpha-2 such as UA, RU, or an organisation code of data/actors.tsv), or null. */
  side: string | null;
}

/**
 * One event mention (the `events` stage): what happened, typed in PLOVER and ACLED terms, who did
 * it to whom, where, when, with which figures, whether the text says it happened, and whose claim
 * it is. Indices point into the analysis's `places`, `dates`, `quantities` and `claims`.
 */
export interface EventMention {
  /** The trigger words ("shelled", "drone attack", "pulled out"). */
  trigger: TextSpan;
  /** Event kind of data/event-triggers.tsv ("strike", "capture", "withdraw" ...). */
  kind: string;
  plover: { type: string; mode: string | null };
  /** ACLED type and sub-type in ACLED's own wording, of the event named (see `polarity` and
   *  `modality` for whether it happened); null for kinds ACLED does not code (verbal events). */
  acled: { event_type: string | null; sub_event_type: string | null };
  /** Instrument named near the trigger (drone, air, missile, artillery, mine ...), or null. */
  instrument: string | null;
  agent: EventActor | null;
  target: EventActor | null;
  place: number | null;
  date: number | null;
  /** Linked figures (killed, wounded, equipment) in the trigger's sentence. */
  quantities: number[];
  polarity: EventPolarity;
  /** null (asserted), alleged, planned, threatened, attempted, possible, future, ordered. */
  modality: string | null;
  /** Index into `claims` of the claim whose content holds the trigger; null for narration. */
  claim: number | null;
  /** Set (true) when the trigger is in a subordinate part of its sentence, before or around the
   *  main clause: a fronted adverbial ("After two days of fighting, ..."), a comma-enclosed relative
   *  clause (", which attacked ...,") or brackets. Absent for events of the main clause. The
   *  sentence's main event is its first event without this flag. */
  subordinate?: true;
  why: Why;
}

/** The output of `analyze` for one document. */
export interface Analysis {
  id: string;
  text: string;
  published: string | null;
  source: string | null;
  sentences: Sentence[];
  paragraphs: Span[];
  quotes: (Span & { closed: boolean })[];
  entities: Entity[];
  claims: Claim[];
  quantities: Quantity[];
  places: Place[];
  /** Demonyms and national adjectives, linked to a country (see `Side`). */
  sides: Side[];
  dates: DateMention[];
  /** Event mentions in text order (the `events` stage; absent in analyses stored before it existed). */
  events?: EventMention[];
  /** The document's author and whether the `author` stage read it as speaking in its own voice. */
  author?: AuthorVoice | null;
  /** The document's language: 'en', 'ru', 'uk', 'mixed' (paragraphs in several), 'other', 'und'. */
  lang?: string;
  stats: { tokens: number; words: number; ms: number };
}
