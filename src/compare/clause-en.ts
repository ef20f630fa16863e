/**
 * English predicates of control and advance read by lemma and by clause (data/predicates-en.tsv):
 * - `inflect` gives the forms of an English verb by regular morphology (third person -s, past and
 *   participle -ed, -ing, with the spelling rules of e-drop, y→i and consonant doubling), or its
 *   irregular past and participle;
 * - `predicateRows` expands each row of the table into status rows for every form (the status
 *   phrases of src/compare/lexicon.ts);
 * - `placeObjectAt` tells whether a predicate that says something only of a place has one: its
 *   object right after it, past determiners and modifiers, or its subject before it in the passive;
 * - `irrealisAt` tells whether a predicate in the base form stands after "to" of a wish, plan or
 *   capability ("lacked the forces to retake"), which asserts nothing.
 * Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { grammarSet } from '../lexicon/grammar.js';
import type { Analysis } from '../analyze/types.js';
import type { Word } from '../lexicon/phrases.js';
import type { ControlState, StatusTopic } from './types.js';

/** The forms of an English verb: base, third person singular, past, past participle, -ing. */
export interface VerbForms { base: string; s: string; past: string; pp: string; ing: string }

const VOWEL = /[aeiou]/;
/** One syllable ending in one vowel and one consonant ("stop", "trap"): the consonant doubles before -ed/-ing. */
const DOUBLES = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

/**
 * The forms of verb `lemma` by English spelling rules; `irregular` is "past participle" for an
 * irregular verb ("took taken"). Multi-word lemmas are not verbs here: the tail is separate.
 */
export function inflect(lemma: string, irregular: string | null = null): VerbForms {
  const l = lemma.toLowerCase();
  const s = /(s|x|z|ch|sh|o)$/.test(l) ? l + 'es' : /[^aeiou]y$/.test(l) ? l.slice(0, -1) + 'ies' : l + 's';
  const dbl = DOUBLES.test(l) ? l + l[l.length - 1] : null;
  const ed = /e$/.test(l) ? l + 'd' : /[^aeiou]y$/.test(l) ? l.slice(0, -1) + 'ied' : dbl ? dbl + 'ed' : l + 'ed';
  const ing = /ie$/.test(l) ? l.slice(0, -2) + 'ying' : /ee$/.test(l) ? l + 'ing' : /e$/.test(l) && l.length > 2 && VOWEL.test(l.slice(0, -1)) ? l.slice(0, -1) + 'ing' : dbl ? dbl + 'ing' : l + 'ing';
  const irr = irregular ? irregular.split(/\s+/).filter(Boolean) : [];
  return { base: l, s, past: irr[0] ?? ed, pp: irr[1] ?? irr[0] ?? ed, ing };
}

/** The regular plural of a noun ("encirclement" → "encirclements"). */
function plural(noun: string): string {
  return /(s|x|z|ch|sh)$/.test(noun) ? noun + 'es' : /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's';
}

/** A status row as data/predicates-en.tsv gives it, before expansion. */
export interface PredicateRow {
  phrase: string;
  topic: StatusTopic;
  polarity: 1 | -1;
  subject: 'self' | 'own' | 'agent' | null;
  state?: ControlState;
  /** The row says something only with a place (`place`; `after`: only after it, never a passive subject) or an operation noun (`op`) as its object. */
  object?: 'place' | 'after' | 'op';
  /** The verb form the phrase starts with: `base` forms after "to" may be irrealis. */
  form?: keyof VerbForms;
  /** The predicate is a verb read by lemma (data/predicates-en.tsv), not a listed phrase. */
  lemma: string;
}

/** Forms of "be" and "remain" before a predicate of state ("was under way", "remains contested"). */
const STATE_VERBS = ['is', 'are', 'was', 'were', 'been', 'be', 'remains', 'remain', 'remained', 'is still', 'are still', 'was still', 'were still', 'still'];

let objects: Set<string> | null = null;
/** Nouns a place-taking verb may have as its place (kind `object` of data/predicates-en.tsv), with plurals. */
export function objectNouns(): Set<string> {
  if (objects) return objects;
  const set = new Set<string>();
  for (const r of table('predicates-en.tsv')) if (r[0] === 'object' && r[1]) { set.add(r[1]); set.add(plural(r[1])); }
  return (objects = set);
}

/** Every status row of data/predicates-en.tsv, one per surface form. */
export function predicateRows(): PredicateRow[] {
  const out: PredicateRow[] = [];
  for (const [kind, lemma, irregular, tail, what, subject, object] of table('predicates-en.tsv')) {
    if (kind === 'object' || kind === 'failure') continue;
    if (!lemma || !what) throw new Error(`sitrep: data/predicates-en.tsv: short row "${kind} ${lemma}"`);
    const advance = what.startsWith('advance');
    const state = advance ? undefined : (what as ControlState);
    if (!advance && !['holds', 'lost', 'part', 'contested', 'encircled'].includes(what)) throw new Error(`sitrep: data/predicates-en.tsv: bad what "${what}" for "${lemma}"`);
    const base: Omit<PredicateRow, 'phrase'> = {
      topic: advance ? 'advance' : 'control',
      polarity: what === 'lost' || what === 'advance-' ? -1 : 1,
      subject: subject === 'self' || subject === 'own' || subject === 'agent' ? subject : null,
      lemma,
      ...(state ? { state } : {}),
      ...(object === 'place' || object === 'after' || object === 'op' ? { object } : {}),
    };
    const t = tail && tail !== '-' ? ' ' + tail : '';
    if (kind === 'verb') {
      const f = inflect(lemma, irregular && irregular !== '-' ? irregular : null);
      const seen = new Set<string>();
      for (const form of ['base', 's', 'past', 'pp', 'ing'] as const) {
        const phrase = f[form] + t;
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        out.push({ ...base, phrase, form }, { ...base, phrase: 'still ' + phrase, form });
      }
    } else if (kind === 'noun') {
      out.push({ ...base, phrase: lemma + t }, { ...base, phrase: plural(lemma) + t });
    } else if (kind === 'state') {
      const subj = lemma === '-' ? '' : lemma + ' ';
      for (const v of STATE_VERBS) out.push({ ...base, phrase: `${subj}${v}${t}` });
    } else throw new Error(`sitrep: data/predicates-en.tsv: bad kind "${kind}" for "${lemma}"`);
  }
  return out;
}

/** Words that may stand between a place-taking verb and its place ("the ruined town of", "its southern"). */
const OBJECT_SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'nearby', 'neighbouring', 'neighboring', 'entire', 'whole', 'key', 'strategic', 'small', 'ruined', 'frontline', 'front-line', 'industrial', 'town', 'city', 'village', 'settlement', 'of', 'back', 'full', 'fully', 'completely']);
/** How many words after a place-taking verb its place may start. */
const OBJECT_REACH = 5;
/** How many words before a passive predicate its place (the subject) may stand. */
const SUBJECT_REACH = 8;
/** Forms of "be" and "have" before a participle. */
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** Whether place mention `p` is a place finer than a country, used as a place (not a speaker nor a name). */
export function finePlace(p: Analysis['places'][number]): boolean {
  return p.level !== 'country' && p.level !== null && p.role !== 'speaker' && p.role !== 'name';
}

/** Whether a place mention of `analysis` (finer than a country, not a speaker or name) starts at `w`. */
export function placeAt(analysis: Analysis, w: Word): boolean {
  return analysis.places.some((p) => p.start === w.start && finePlace(p));
}

/**
 * Whether the predicate `words[from, to)` has a place: as its object after it ("took Melitopol",
 * "entered the ruined town of", "have taken the Hostomel airfield") or, when a form of be stands
 * before it, as the subject before it in its clause ("Vodiane was taken", "the town had been freed").
 */
export function placeObjectAt(analysis: Analysis, words: Word[], from: number, to: number, passive = true): boolean {
  const text = analysis.text;
  const nouns = objectNouns();
  for (let k = to; k < Math.min(words.length, to + OBJECT_REACH); k++) {
    if (k > to && /[,;:.!?()]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    const w = words[k]!;
    if (nouns.has(w.w) || placeAt(analysis, w)) return true;
    // a capitalised word not at a sentence start after the verb, as a name the gazetteer lacks
    if (/^\p{Lu}/u.test(text.slice(w.start, w.start + 1)) && k === to) return true;
    if (!OBJECT_SKIP.has(w.w) && !/ern$/.test(w.w)) break;
  }
  if (passive && from > 0 && AUX.has(words[from - 1]!.w)) {
    for (let k = from - 1; k >= Math.max(0, from - SUBJECT_REACH); k--) {
      if (/[,;:.!?]/.test(text.slice(words[k]!.end, words[k + 1]?.start ?? words[k]!.end))) break;
      if (nouns.has(words[k]!.w) || placeAt(analysis, words[k]!)) return true;
    }
  }
  return false;
}

/** Words that open a noun phrase as a verb's object: determiners, possessives and ordinals ("the title", "first place"). */
const NP_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'first', 'second', 'third', 'top']);
/** Prepositions and conjunctions that end an object noun phrase ("of" does not: "the ruined town of"). */
const NP_ENDS = new Set(['after', 'before', 'on', 'in', 'at', 'during', 'for', 'with', 'from', 'by', 'since', 'against', 'and', 'but', 'as', 'than', 'to', 'into', 'when', 'while']);
/** How many words of an object noun phrase are read for a place before it is taken as no place. */
const NP_REACH = 6;

/**
 * Whether the active control verb ending at `words[to - 1]` takes a noun phrase as its object that
 * holds no place: a determiner, possessive or ordinal right after it, then up to NP_REACH words of
 * its clause with no place name, no object noun (data/predicates-en.tsv) and no capitalised name
 * ("captured the title", "retook first place", "seized the initiative in the match"); "captured
 * the strategic hill overlooking Bakhmut", "took the town" keep their place.
 */
export function nonPlaceObjectAt(analysis: Analysis, words: Word[], to: number): boolean {
  const text = analysis.text;
  if (to >= words.length || !NP_OPENERS.has(words[to]!.w)) return false;
  const nouns = objectNouns();
  for (let k = to; k < Math.min(words.length, to + NP_REACH); k++) {
    if (k > to && /[,;:.!?()]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    const w = words[k]!;
    if (nouns.has(w.w) || placeAt(analysis, w)) return false;
    // the noun phrase ends at a preposition other than "of" ("first place after beating Chelsea")
    if (k > to && NP_ENDS.has(w.w)) break;
    if (k > to && /^\p{Lu}/u.test(text.slice(w.start, w.start + 1))) return false;
  }
  return true;
}

/** Determiners: a verb form right after one is an adjective or a noun ("the left bank", "a taken position"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those']);

/**
 * Whether the verb form at `words[from]` is no predicate: right after a determiner ("the left bank"),
 * or a participle right after a comma, describing the noun before it ("the village of Hryhorivka,
 * surrounded by fields, was shelled").
 */
export function attributiveAt(text: string, words: Word[], from: number, participle: boolean): boolean {
  if (from < 1) return false;
  if (DETERMINERS.has(words[from - 1]!.w)) return true;
  return participle && /,/.test(text.slice(words[from - 1]!.end, words[from]!.start));
}

/** Verbs after which "to" + a base form is still an assertion ("continue to hold", "managed to enter"). */
const ASSERTING = grammarSet('asserting-verb');

/** Verbs of attempt: "to" + an advance predicate after them still tells of an advance ("tried to break through"). */
const ATTEMPTS = grammarSet('attempt-verb');

/**
 * Whether the base-form predicate at `words[from]` is the infinitive of a wish, plan, capability or
 * attempt ("lacked the forces to retake", "vowed to free", "plans to capture"): "to" right before it,
 * not after a verb of going on ("continue to hold"), nor, for an advance (`advance`), after a verb
 * of attempt ("trying to break through").
 */
export function irrealisAt(words: Word[], from: number, advance = false): boolean {
  if (from < 1 || words[from - 1]!.w !== 'to') return false;
  // an attempt to advance is an advance going on ("trying to break through"), not a place taken
  return !(from >= 2 && (ASSERTING.has(words[from - 2]!.w) || (advance && ATTEMPTS.has(words[from - 2]!.w))));
}

let failures: string[][] | null = null;
/** Words of the failure rows of data/predicates-en.tsv ("without success", "in vain"). */
function failureWords(): string[][] {
  return (failures ??= table('predicates-en.tsv').filter((r) => r[0] === 'failure' && r[1]).map((r) => r[1]!.split(/\s+/)));
}

/**
 * Whether a failure phrase ("without success", "to no avail", "in vain") follows the predicate that
 * ends at `words[to - 1]` in its sentence ("is trying to break through our defence, without success").
 */
export function failureAfter(text: string, words: Word[], to: number): boolean {
  for (let k = to; k < Math.min(words.length, to + 10); k++) {
    if (k > to && /[.;!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return false;
    if (failureWords().some((f) => f.every((x, j) => words[k + j]?.w === x))) return true;
  }
  return false;
}

/** Words of the future and the conditional before a predicate ("will take", "would one day be liberated"). */
const FUTURE = new Set(['will', 'would', "won't", "wouldn't", "'ll"]);

/** Whether "will" or "would" stands up to four words before `words[from]` in its clause. */
export function futureBefore(text: string, words: Word[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    if (/[,;:.!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
    if (FUTURE.has(words[k]!.w)) return true;
  }
  return false;
}

/** Negations that may stand inside a phrase's open slot ("made no gains"). */
const INNER_NEGATIONS = new Set(['no', 'not', 'never']);

/** Whether a negation stands inside the match `words[from, to)` that its phrase does not itself hold ("made no gains"). */
export function innerNegation(words: Word[], from: number, to: number, phrase: string): boolean {
  const own = new Set(phrase.split(/\s+/));
  for (let k = from + 1; k < to - 1; k++) if (INNER_NEGATIONS.has(words[k]!.w) && !own.has(words[k]!.w)) return true;
  return false;
}

/** Subject pronouns of a reported clause that stand for its speaker ("the separatists said they had taken"). */
const SPEAKER_PRONOUNS = new Set(['they', 'it']);
/** Force nouns that, bare as the subject of a side's reported clause, are its own ("Konashenkov said troops had taken"). */
const BARE_FORCES = grammarSet('bare-force');
/** Words that may stand between the pronoun and the predicate ("they had now taken"). */
const BETWEEN = new Set(['had', 'have', 'has', 'now', 'already', 'also', 'finally', 'just', 'fully', 'completely', 'successfully', 'reportedly']);

/** Whether `w` is a force noun that, bare as a reported subject, stands for the speaker's own forces. */
export function bareForce(w: string): boolean {
  return BARE_FORCES.has(w);
}

/**
 * Whether the predicate at `words[from]` has "they"/"it" as the subject at the start of its reported
 * clause (the content's first word, or after "that"), with only auxiliaries and adverbs between.
 */
export function pronounSubject(words: Word[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && BETWEEN.has(words[k]!.w)) k--;
  if (k < 0) return false;
  let start = words[0]!.w === 'that' ? 1 : 0;
  if (SPEAKER_PRONOUNS.has(words[k]!.w)) return k === start;
  // "troops had taken Melitopol", "the brigade still holds its positions": a bare force noun
  if (!bareForce(words[k]!.w)) return false;
  if (words[start]?.w === 'the') start++;
  return k === start;
}

let civil: Set<string> | null = null;
/**
 * Whether the predicate at `words[from]` has a civil crowd as its subject (data/grammar-words.tsv
 * `civil-subject`): the noun right before it, past auxiliaries and adverbs ("protesters occupied the
 * square", "striking workers have seized the plant"); their control is a protest, not a war fact.
 */
export function civilSubjectAt(words: Word[], from: number): boolean {
  civil ??= grammarSet('civil-subject');
  let k = from - 1;
  while (k >= 0 && (BETWEEN.has(words[k]!.w) || AUX.has(words[k]!.w))) k--;
  return k >= 0 && civil.has(words[k]!.w);
}
