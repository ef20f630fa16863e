/**
 * Compare's data: speaker sides (actors.tsv, countries.tsv), status phrases (status-phrases.tsv),
 * quantity frames (quantity-frames.tsv) and settings (compare.tsv), loaded once on first use, and a
 * small word scanner with a longest-match phrase matcher over them.
 */
import { table } from '../lexicon/index.js';
import type { ControlState, Side, StatusTopic } from './types.js';

export { clauseBreakBetween, wordsOf, PhraseMatcher, stemPhrase, stemPhraseAt, stemWord, stemWordHit, type StemWord, type Word } from '../lexicon/phrases.js';
import { PhraseMatcher, clauseBreakBetween, stemWord, type Word } from '../lexicon/phrases.js';
import { grammarSet } from '../lexicon/grammar.js';
import { predicateRows } from './clause-en.js';
import { sideLexicon } from '../lexicon/sides.js';
export { ENEMY_SIDE, opponent, type ActorRow } from '../lexicon/sides.js';

/** A row of status-phrases.tsv, status-phrases-ruuk.tsv or control-phrases.tsv. */
export interface StatusRow {
  phrase: string;
  topic: StatusTopic | 'denial';
  polarity: 1 | -1;
  /**
   * `own`: a side word near the phrase names its subject, else the speaker's own side ("liberated").
   * `holder` (control rows): the place the phrase is said of, as the verb's subject right next to it,
   * was lost by the side of its own country ("Toretsk had fallen"); no such place, no statement.
   */
  subject: 'self' | 'agent' | 'operation' | 'active' | 'own' | 'cue' | 'holder' | null;
  /** For control rows: what the phrase says of the place (data/control-phrases.tsv). */
  state?: ControlState;
  /** For "threat of encirclement" rows: a statement only when negated ("no threat of encirclement"). */
  threat?: true;
  /** Rows of data/predicates-en.tsv: a statement only with a place (`place`) or an operation noun (`op`) as object. */
  object?: 'place' | 'after' | 'op';
  /** Rows of data/predicates-en.tsv: the verb form the phrase starts with (a `base` form after "to" may be irrealis). */
  form?: 'base' | 's' | 'past' | 'pp' | 'ing';
  /** Rows of data/predicates-en.tsv: the lemma the phrase is a form of. */
  lemma?: string;
}

/** A row of quantity-frames.tsv. */
export interface FrameRow {
  frame: string;
  subject: 'self' | 'agent';
}

const TOPICS = new Set(['control', 'advance', 'attack', 'situation', 'denial', 'stalemate']);
const SUBJECTS = new Set(['self', 'agent', 'operation', 'active', 'own', 'cue', 'holder']);
const CONTROL_STATES = new Set(['holds', 'lost', 'part', 'contested', 'encircled', 'free', 'threat']);

function load() {
  const { actors, countryNames } = sideLexicon();
  const statuses = new PhraseMatcher<StatusRow>();
  for (const [phrase, topic, pol, subject] of table('status-phrases.tsv')) {
    if (!TOPICS.has(topic!)) throw new Error(`sitrep: data/status-phrases.tsv: bad topic "${topic}" for "${phrase}"`);
    if (pol !== '+' && pol !== '-') throw new Error(`sitrep: data/status-phrases.tsv: bad polarity "${pol}" for "${phrase}"`);
    statuses.add(phrase!, {
      phrase: phrase!,
      topic: topic as StatusRow['topic'],
      polarity: pol === '+' ? 1 : -1,
      subject: SUBJECTS.has(subject!) ? (subject as StatusRow['subject']) : null,
    });
  }
  // Russian and Ukrainian status phrases: the same columns after a language column.
  for (const [lang, phrase, topic, pol, subject] of table('status-phrases-ruuk.tsv')) {
    if (lang !== 'ru' && lang !== 'uk') throw new Error(`sitrep: data/status-phrases-ruuk.tsv: bad language "${lang}" for "${phrase}"`);
    if (!TOPICS.has(topic!)) throw new Error(`sitrep: data/status-phrases-ruuk.tsv: bad topic "${topic}" for "${phrase}"`);
    if (pol !== '+' && pol !== '-') throw new Error(`sitrep: data/status-phrases-ruuk.tsv: bad polarity "${pol}" for "${phrase}"`);
    statuses.add(phrase!, { phrase: phrase!, topic: topic as StatusRow['topic'], polarity: pol === '+' ? 1 : -1, subject: SUBJECTS.has(subject!) ? (subject as StatusRow['subject']) : null });
  }
  // Control of a place, in all three languages (data/control-phrases.tsv): statements, and the
  // words that qualify them (full: "fully", "полностью"; exclude: "из плена" is no place taken).
  const fullWords = new PhraseMatcher<true>();
  const partWords = new PhraseMatcher<true>();
  const excludeWords = new PhraseMatcher<true>();
  for (const [lang, phrase, state, subject] of table('control-phrases.tsv')) {
    if (lang !== 'en' && lang !== 'ru' && lang !== 'uk') throw new Error(`sitrep: data/control-phrases.tsv: bad language "${lang}" for "${phrase}"`);
    if (state === 'full') fullWords.add(phrase!, true);
    else if (state === 'partial') partWords.add(phrase!, true);
    else if (state === 'exclude') excludeWords.add(phrase!, true);
    else if (CONTROL_STATES.has(state!)) {
      const subj = SUBJECTS.has(subject!) ? (subject as StatusRow['subject']) : null;
      // free ("not surrounded") is a negated encirclement; threat rows are settled by refineControl
      if (state === 'free') statuses.add(phrase!, { phrase: phrase!, topic: 'control', polarity: -1, subject: null, state: 'encircled' });
      else if (state === 'threat') statuses.add(phrase!, { phrase: phrase!, topic: 'control', polarity: 1, subject: null, state: 'encircled', threat: true });
      else statuses.add(phrase!, { phrase: phrase!, topic: 'control', polarity: state === 'lost' ? -1 : 1, subject: subj, state: state as ControlState });
    } else throw new Error(`sitrep: data/control-phrases.tsv: bad state "${state}" for "${phrase}"`);
  }
  // English predicates by lemma (data/predicates-en.tsv; src/compare/clause-en.ts), every form of
  // each: added last, so a listed phrase of the same length wins a tie
  for (const r of predicateRows()) statuses.add(r.phrase, r);
  // Russian status and control predicates by lemma (data/status-lemmas-ruuk.tsv): matched over the
  // lemmas of a claim's words, so one row holds every form ("взять под контроль": взяла, взято, возьмут)
  const lemmaStatuses = new PhraseMatcher<StatusRow>();
  for (const [lang, phrase, topic, value, subject] of table('status-lemmas-ruuk.tsv')) {
    if (lang !== 'ru') throw new Error(`sitrep: data/status-lemmas-ruuk.tsv: bad language "${lang}" for "${phrase}"`);
    if (!TOPICS.has(topic!) || topic === 'denial') throw new Error(`sitrep: data/status-lemmas-ruuk.tsv: bad topic "${topic}" for "${phrase}"`);
    const subj = SUBJECTS.has(subject!) ? (subject as StatusRow['subject']) : null;
    if (topic === 'control') {
      if (!CONTROL_STATES.has(value!) || value === 'free' || value === 'threat') throw new Error(`sitrep: data/status-lemmas-ruuk.tsv: bad state "${value}" for "${phrase}"`);
      lemmaStatuses.add(phrase!, { phrase: phrase!, topic: 'control', polarity: value === 'lost' ? -1 : 1, subject: subj, state: value as ControlState });
    } else {
      if (value !== '+' && value !== '-') throw new Error(`sitrep: data/status-lemmas-ruuk.tsv: bad polarity "${value}" for "${phrase}"`);
      lemmaStatuses.add(phrase!, { phrase: phrase!, topic: topic as StatusRow['topic'], polarity: value === '+' ? 1 : -1, subject: subj });
    }
  }
  // Verbs of taking or clearing a place that need a settlement as object or passive subject
  // (data/capture-verbs-ruuk.tsv, read here only; the frame is checked by src/compare/capture.ts). The
  // `lang` column picks the matcher: Russian rows (kind lemma) by lemma through the dictionary, Ukrainian
  // ones (kind form, no dictionary) by each form. `passive`, `skip` and `agent-stem` rows go to `capture`.
  const capture = { passive: new Set<string>(), skip: new Set<string>(), agentStems: [] as string[] };
  for (const [lang, kind, forms, state, subject] of table('capture-verbs-ruuk.tsv')) {
    if (lang !== 'ru' && lang !== 'uk') throw new Error(`sitrep: data/capture-verbs-ruuk.tsv: bad language "${lang}" for "${forms}"`);
    const list = (forms ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    if (kind === 'passive' || kind === 'skip') {
      for (const f of list) capture[kind].add(f);
      continue;
    }
    if (kind === 'agent-stem') {
      capture.agentStems.push(...list);
      continue;
    }
    if (kind !== (lang === 'ru' ? 'lemma' : 'form')) throw new Error(`sitrep: data/capture-verbs-ruuk.tsv: kind "${kind}" for "${forms}" (${lang} verbs are rows of kind ${lang === 'ru' ? 'lemma' : 'form'})`);
    if (state !== 'holds' && state !== 'lost') throw new Error(`sitrep: data/capture-verbs-ruuk.tsv: bad state "${state}" for "${forms}"`);
    const row = (phrase: string): StatusRow => ({ phrase, topic: 'control', polarity: state === 'lost' ? -1 : 1, subject: SUBJECTS.has(subject!) ? (subject as StatusRow['subject']) : null, state, object: 'place' });
    for (const f of list) (lang === 'ru' ? lemmaStatuses : statuses).add(f, row(f));
  }
  const frames = new PhraseMatcher<FrameRow>();
  for (const [w, frame, subject] of table('quantity-frames.tsv')) {
    if (subject !== 'self' && subject !== 'agent') throw new Error(`sitrep: data/quantity-frames.tsv: bad subject "${subject}" for "${w}"`);
    frames.add(w!, { frame: frame!, subject });
  }
  const settings = new Map(table('compare.tsv').map((r) => [r[0]!, r[1] ?? '']));
  const num = (k: string, d: number): number => {
    const v = Number(settings.get(k));
    return settings.has(k) && Number.isFinite(v) ? v : d;
  };
  const list = (k: string): Set<string> => new Set((settings.get(k) ?? '').split(/\s+/).filter(Boolean));
  // Units whose plain counts are compared: by class (units.tsv) or by id (compare.tsv).
  const countClasses = list('count_classes');
  const countUnits = list('count_units');
  for (const r of table('units.tsv')) if (r[1] && r[1] !== '-' && countClasses.has(r[2] ?? '')) countUnits.add(r[1]);
  // Units that measure rather than count (their figures need not be whole numbers).
  const measureClasses = list('measure_classes');
  const measureUnits = new Set<string>();
  for (const r of table('units.tsv')) if (r[1] && measureClasses.has(r[2] ?? '')) measureUnits.add(r[1]);
  // Units that are not conflict figures (money, shares, calibres): never compared (compare.tsv).
  const otherClasses = list('not_conflict_classes');
  const notConflictUnits = new Set<string>();
  for (const r of table('units.tsv')) if (r[1] && otherClasses.has(r[2] ?? '')) notConflictUnits.add(r[1]);
  return {
    actors,
    /** ISO 3166-1 code → the country's English name (countries.tsv). */
    countryNames,
    statuses,
    /** Russian status and control predicates by lemma (data/status-lemmas-ruuk.tsv), matched over lemmas. */
    lemmaStatuses,
    /** Ukrainian passive participles of capture verbs (`passive`) the words that may stand between a capture verb and its settlement (`skip`), and the stems of capture participles whose agent follows them (`agentStems`), both languages (data/capture-verbs-ruuk.tsv). */
    capture,
    /** Words that make a control statement whole ("fully", "completely", "полностью"). */
    fullWords,
    /** Russian and Ukrainian words that make a nearby holds statement a part held ("частично", "части"). */
    partWords,
    /** Words near a control phrase that make it something else ("из плена": prisoners freed). */
    excludeWords,
    frames,
    approxTolerance: num('approx_tolerance', 0.1),
    vagueUpperFactor: num('vague_upper_factor', 10),
    windowDays: num('window_days', 1),
    /** Days of a responsibility window (compare.tsv `event_window_days`; src/compare/kinds.ts). */
    eventWindowDays: num('event_window_days', 3),
    /** Days after an accusation within which the accused's denial answers it (compare.tsv `denial_window_days`; src/compare/event-compare.ts). */
    denialWindowDays: num('denial_window_days', 0),
    /** Days of a cause window (compare.tsv `cause_window_days`). */
    causeWindowDays: num('cause_window_days', 31),
    /** Days after a capture claim within which an answer to it counts (compare.tsv `control_window_days`; src/compare/control.ts). */
    controlWindowDays: num('control_window_days', 7),
    /** Days over which claims that one side holds a place (or that the other side left it) agree (compare.tsv `control_agree_window_days`; src/compare/control.ts placeAgreements). */
    controlAgreeWindowDays: num('control_agree_window_days', 3),
    /** Days after a capture claim within which the other side's "attacks near it repelled" claims the place (compare.tsv `repelled_window_days`; src/compare/control.ts). */
    repelledWindowDays: num('repelled_window_days', 0),
    /** Days over which an advance claimed and an advance stopped are set against each other (compare.tsv `advance_window_days`; src/compare/kinds.ts). */
    advanceWindowDays: num('advance_window_days', 1),
    /** "up to N" of a toll unit reads as [N × this, N] (compare.tsv `toll_up_to_floor`). */
    tollUpToFloor: num('toll_up_to_floor', 0),
    /** Units whose "up to N" is a claimed toll, not a ceiling (compare.tsv `toll_units`). */
    tollUnits: list('toll_units'),
    /** What air defence counts night by night (compare.tsv `night_tally_units`). */
    nightTallyUnits: list('night_tally_units'),
    /** A city's own region code → the region around it (compare.tsv `city_regions`: UA-30 → UA-32). */
    cityRegions: new Map([...list('city_regions')].map((x) => x.split(':')).filter((x): x is [string, string] => x.length === 2)),
    /** Words that join the groups of one toll (compare.tsv `toll_list_joins`; src/compare/tolls.ts). */
    tollListJoins: list('toll_list_joins'),
    /** Words that make a stalemate phrase's clause about the war (compare.tsv `stalemate_war_words`; src/compare/facts.ts). */
    stalemateWarWords: [...list('stalemate_war_words')].map(stemWord),
    /** Words that make it about talks or a deal instead (compare.tsv `stalemate_veto_words`). */
    stalemateVetoWords: [...list('stalemate_veto_words')].map(stemWord),
    countUnits,
    measureUnits,
    notConflictUnits,
  };
}

let cached: ReturnType<typeof load> | null = null;
/** Compare's lexicons and settings (loaded on first use; read-only). */
export function compareLexicon(): ReturnType<typeof load> {
  return (cached ??= load());
}

/** Words that negate the status phrase right after them ("did not capture", "has not advanced"). */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', "didn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't", "aren't", "don't", "doesn't", 'failed', 'nor', 'neither', 'не', 'ни', 'ні', 'нет', 'ніколи', 'никогда']);

/** Folds a place name for an id: lower case, no diacritics, no apostrophes, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The end of the words `[from, limit)` that stay in the clause of the word before `from`: the first
 * word with a clause mark before it or that is a conjunction opening a new clause (data/grammar-words.tsv
 * `clause-conjunction`: «а», «но», «але»), else `limit`.
 */
export function clauseEndAfter(text: string, words: readonly Word[], from: number, limit: number): number {
  const conjunctions = grammarSet('clause-conjunction');
  for (let k = from; k < limit; k++) if ((k > 0 && clauseBreakBetween(text, words, k - 1, k)) || conjunctions.has(words[k]!.w)) return k;
  return limit;
}
