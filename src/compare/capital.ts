/**
 * Names that do not say where a claim is, read by compare when it picks a claim's places
 * (src/compare/facts.ts `claimPlaces`):
 * - a capital standing for its government: "Moscow's account", "accused Moscow of", "a provocation
 *   by Kiev", "the Kiev regime", "had not asked Kyiv", "the leadership in Kyiv", "Moscow, unlike
 *   before, had not asked", "Москва заявила" (clue words of data/capital-clues.tsv next to a
 *   capital of data/countries.tsv or a Russian/Ukrainian stem of the same file);
 * - a dateline the analyzer did not mark (no outlet in brackets): a name in capitals at the start of
 *   a paragraph, followed by a comma ("MOSCOW, 9 August.", "DONETSK, April 8."): where the report
 *   was filed, not what it is about;
 * - the name of a military formation in quotation marks after its noun ("группировки войск «Днепр»",
 *   "ОСУВ «Хортиця»"; nouns of data/formation-words.tsv): the formation, not a place;
 * - a yardstick of a comparison ("worse than Chernobyl", "the heaviest since Mariupol", "чем
 *   Чернобыль"; words of data/yardstick-words.tsv): what the event is measured against, not where it is.
 * Pure.
 */
import { grammarSet } from '../lexicon/grammar.js';
import { table, wordClasses } from '../lexicon/index.js';
import { NEGATIONS, wordsOf } from './lexicon.js';

interface Clues {
  capitals: Set<string>;
  /** capital name (lower case) → its country */
  capitalCountry: Map<string, string>;
  stems: string[];
  after: Set<string>;
  before: Set<string>;
  /** words ending in -ly that are no adverbs ("family", "weekly"): not skipped after a capital */
  notAdverbs: Set<string>;
  /** dative forms of Russian and Ukrainian capitals ("киеву", "москве") */
  dative: Set<string>;
  /** prepositions that make a dative form the place ("по Киеву", "в Москве") */
  placePreps: Set<string>;
  /** prepositions of an act's object that make the name the city acted on ("an attack on Moscow claimed ...") */
  objectPreps: Set<string>;
  /** instrumental forms of Russian and Ukrainian capitals ("киевом", "москвой") */
  instrumental: Set<string>;
  /** prepositions "with" that make an instrumental form the partner dealt with ("с Киевом", "з Москвою") */
  withPreps: Set<string>;
}

let clues: Clues | null = null;
function load(): Clues {
  if (clues) return clues;
  const capitals = new Set<string>();
  const capitalCountry = new Map<string, string>();
  for (const [name, code, kind] of table('countries.tsv')) {
    if (kind !== 'capital' || !name) continue;
    capitals.add(name.toLowerCase());
    if (code) capitalCountry.set(name.toLowerCase(), code);
  }
  const stems: string[] = [];
  const after = new Set<string>();
  const before = new Set<string>();
  const notAdverbs = new Set<string>();
  const dative = new Set<string>();
  const placePreps = new Set<string>();
  const objectPreps = new Set<string>();
  const instrumental = new Set<string>();
  const withPreps = new Set<string>();
  for (const [word, where] of table('capital-clues.tsv')) {
    if (!word) continue;
    if (where === 'capital') stems.push(word);
    else if (where === 'after') after.add(word);
    else if (where === 'before') before.add(word);
    else if (where === 'noun-ly') notAdverbs.add(word);
    else if (where === 'dative') dative.add(word);
    else if (where === 'place-prep') placePreps.add(word);
    else if (where === 'object-prep') objectPreps.add(word);
    else if (where === 'instrumental') instrumental.add(word);
    else if (where === 'with-prep') withPreps.add(word);
    else throw new Error(`sitrep: data/capital-clues.tsv: bad column "${where}" for "${word}"`);
  }
  return (clues = { capitals, capitalCountry, stems, after, before, notAdverbs, dative, placePreps, objectPreps, instrumental, withPreps });
}

/**
 * Whether `place` is the capital of one of `sides` (data/countries.tsv capital rows): "Washington"
 * for US, "Kyiv" for UA. A capital is a city: a region or district of the same name (the US state of
 * Washington, a "Kyiv" district) is not the seat of the government. A place of no known level (a name
 * the analyzer did not resolve) is judged by its name.
 */
export function capitalOfSide(place: { name: string; country: string | null; level?: string | null }, sides: ReadonlySet<string>): boolean {
  if (!place.country || !sides.has(place.country)) return false;
  if (place.level && place.level !== 'city') return false;
  return load().capitalCountry.get(place.name.toLowerCase()) === place.country;
}

/** Whether the name `text.slice(start, end)` is a capital (English name, or a Russian/Ukrainian form). */
function isCapital(name: string): boolean {
  const c = load();
  const n = name.toLowerCase().replace(/['’]s$/, '');
  return c.capitals.has(n) || c.stems.some((s) => n.startsWith(s));
}

const ARTICLES = new Set(['the']);

/** The index of the last of `ws` (or of `ws[j]`) over an article right before a name: "at the White House" → "at". -1 when none. */
function overArticle(ws: readonly { w: string }[], j = ws.length - 1): number {
  return ws[j] && ARTICLES.has(ws[j]!.w) ? j - 1 : j;
}

/** Whether `name` may stand for a government's or command's seat: a seat word, or a capital when its level is a city or unknown. */
function seatOrCapital(name: string, level: string | null): boolean {
  return seatName(name) || ((level === 'city' || level === null) && isCapital(name));
}

/**
 * Whether the capital named at [start, end) stands for its government here: a clue word right
 * after it (over "'s") or right before it (over "the").
 */
export function governmentUse(text: string, start: number, end: number): boolean {
  if (!isCapital(text.slice(start, end))) return false;
  const c = load();
  // "a drone attack on Moscow claimed two lives": the object of an act is the city, whatever follows
  const before1 = wordsOf(text, Math.max(0, start - 12), start).at(-1);
  if (before1 && c.objectPreps.has(before1.w) && /^\s*$/.test(text.slice(before1.end, start))) return false;
  const next = wordsOf(text, end, Math.min(text.length, end + 40));
  // "Moscow's account": the possessive is its own word when the name ends before it
  let k = 0;
  if (next[0] && (next[0].w === "'s" || next[0].w === 's') && next[0].start - end <= 1) k = 1;
  if (next[k] && c.after.has(next[k]!.w) && !/[.;:!?,]/.test(text.slice(end, next[k]!.start))) return true;
  // over auxiliaries, a negation and one -ly adverb: "Washington did not know", "Moscow categorically
  // rejected", "Kyiv had nothing to do with" (a noun or adjective in -ly is no adverb: "a Moscow
  // family said" is the family's word; capital-clues.tsv class noun-ly)
  if (k === 0) {
    let b = 0;
    let adverb = false;
    const isAdverb = (w: string): boolean => /^[a-z]{4,}ly$/.test(w) && !c.notAdverbs.has(w);
    while (b < next.length && b < 4 && (AUX.has(next[b]!.w) || NEGATIONS.has(next[b]!.w) || (!adverb && isAdverb(next[b]!.w) && (adverb = true)))) b++;
    // ("nothing" disowns only in "nothing to do with": "Kyiv was nothing but ruins" is the city)
    const disowns = next[b]?.w !== 'nothing' || (next[b + 1]?.w === 'to' && next[b + 2]?.w === 'do' && next[b + 3]?.w === 'with');
    if (b > 0 && next[b] && disowns && c.after.has(next[b]!.w) && !/[.;:!?,]/.test(text.slice(end, next[b]!.start))) return true;
  }
  // the subject of a clue verb after an aside between commas, over auxiliaries and a negation
  // ("Moscow, unlike before earlier exchanges, had not asked Kyiv ...")
  if (k === 0 && /^\s*,/.test(text.slice(end, end + 3))) {
    const aside = wordsOf(text, end, Math.min(text.length, end + 120));
    for (let a = 0; a < Math.min(aside.length, ASIDE_WORDS + 1); a++) {
      const gap = text.slice(a === 0 ? end : aside[a - 1]!.end, aside[a]!.start);
      if (/[.;:!?]/.test(gap)) break;
      if (a === 0 || !gap.includes(',')) continue;
      // the aside closed: auxiliaries and a negation, then the clue
      let b = a;
      while (b < aside.length && (AUX.has(aside[b]!.w) || NEGATIONS.has(aside[b]!.w)) && !/[.;:!?,]/.test(text.slice(aside[b]!.end, aside[b + 1]?.start ?? aside[b]!.end))) b++;
      if (aside[b] && c.after.has(aside[b]!.w) && !/[.;:!?,]/.test(text.slice(aside[a]!.start, aside[b]!.start))) return true;
      break;
    }
  }
  const prev = wordsOf(text, Math.max(0, start - 40), start);
  // a Russian or Ukrainian capital in the dative with no preposition of place right before it: the
  // government ("поставлять Киеву ракеты", "подконтрольной Киеву части"), not "по Киеву", "в Москве"
  if (c.dative.has(text.slice(start, end).toLowerCase().replace(/ё/g, 'е'))) {
    const p = prev[prev.length - 1];
    return !(p && c.placePreps.has(p.w) && !/[.;:!?,]/.test(text.slice(p.end, start)));
  }
  // (lane realru14) a Russian or Ukrainian capital in the instrumental right after «с»/«з»: the partner of
  // talks or dealings, its government («договариваться с Киевом», «переговори з Москвою»), not the city
  if (c.instrumental.has(text.slice(start, end).toLowerCase().replace(/ё/g, 'е'))) {
    const p = prev[prev.length - 1];
    if (p && c.withPreps.has(p.w) && !/[.;:!?,]/.test(text.slice(p.end, start))) return true;
  }
  const j = overArticle(prev);
  if (!prev[j] || /[.;:!?,]/.test(text.slice(prev[j]!.end, start))) return false;
  if (c.before.has(prev[j]!.w)) return true;
  // "the leadership in Kyiv", "the authorities in Moscow": a government noun of the after clues, then "in"
  return prev[j]!.w === 'in' && j > 0 && GOVERNMENT_NOUNS.has(prev[j - 1]!.w) && !/[.;:!?,]/.test(text.slice(prev[j - 1]!.end, prev[j]!.start));
}

/** How many words an aside between commas after a capital may hold. */
const ASIDE_WORDS = 8;
/**
 * Auxiliaries between a capital's aside and its verb; negations ("not", "never", the one-word
 * contractions "hadn't", "didn't") are those of lexicon.ts `NEGATIONS`.
 */
const AUX = new Set(['had', 'has', 'have', 'did', 'does', 'do', 'was', 'were', 'is', 'also', 'then']);
/** Nouns for a government that may name it by its seat ("the leadership in Kyiv"). */
const GOVERNMENT_NOUNS = grammarSet('government-noun');

/**
 * Whether the name at [start, end) is an unmarked dateline: written in capitals, first on its line
 * (the text's or a paragraph's start), and followed by a comma ("MOSCOW, 9 August.").
 */
export function datelineName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (name.length < 3 || name !== name.toUpperCase() || name === name.toLowerCase()) return false;
  if (!/^\s*,/.test(text.slice(end, end + 3))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[\s"“]*$/.test(text.slice(lineStart, start));
}

let formationStems: string[] | null = null;
const OPEN_QUOTE = /[«"„“]\s*$/u;

/**
 * Whether the place name at [start, end) of `text` is the name of a military formation: right after
 * an opening quotation mark that follows, within three words, a formation noun of
 * data/formation-words.tsv ("подразделения группировки войск «Днепр»", "ОСУВ «Хортиця»").
 */
export function formationName(text: string, start: number, end: number): boolean {
  void end;
  const head = text.slice(Math.max(0, start - 60), start);
  if (!OPEN_QUOTE.test(head)) return false;
  formationStems ??= table('formation-words.tsv').map((r) => r[0]!.toLowerCase()).filter(Boolean);
  const ws = wordsOf(head).slice(-3);
  return ws.some((w) => formationStems!.some((s) => (s.includes(' ') ? false : w.w.startsWith(s))));
}

let yardstick: Map<string, Set<string>> | null = null;
const NONE: ReadonlySet<string> = new Set();

/**
 * Whether the place name at [start, end) of `text` is the yardstick of a comparison: right after a
 * comparison word of data/yardstick-words.tsv, with at most one preposition or article between
 * ("ten times worse than Chernobyl", "since Mariupol", "than in Bucha", "ніж у Чорнобилі"), and no
 * sentence or clause break between.
 */
export function yardstickName(text: string, start: number): boolean {
  yardstick ??= wordClasses('yardstick-words.tsv');
  const comparison = yardstick.get('comparison') ?? NONE;
  const ws = wordsOf(text, Math.max(0, start - 30), start).slice(-2);
  const last = ws[ws.length - 1];
  if (!last || /[.;:!?\n]/.test(text.slice(last.end, start))) return false;
  if (comparison.has(last.w)) return true;
  const prev = ws[ws.length - 2];
  return !!prev && (yardstick.get('prep') ?? NONE).has(last.w) && comparison.has(prev.w) && !/[.;:!?\n]/.test(text.slice(prev.end, last.start));
}

let motives: string[][] | null = null;

/** How many words after a motive phrase its object may name a place ("an answer to the blast on the Crimean bridge"). */
const MOTIVE_REACH = 5;

/**
 * Whether the place name at `start` of `text` names the act a claim's act answers: within
 * `MOTIVE_REACH` words after a phrase of data/motive-words.tsv ("revenge for the Crimean bridge
 * blast", "an answer to the blast on the Crimean bridge", «в ответ на подрыв Крымского моста»), with
 * no sentence or clause break between. That earlier act's place is not where the claim is.
 */
export function motiveName(text: string, start: number): boolean {
  motives ??= table('motive-words.tsv').map((r) => r[0]!.toLowerCase().split(' ')).filter((ws) => ws.length > 0 && ws[0] !== '');
  const ws = wordsOf(text, Math.max(0, start - 120), start).slice(-(MOTIVE_REACH + 4));
  for (const phrase of motives) {
    const n = phrase.length;
    for (let i = ws.length - n; i >= 0 && ws.length - (i + n) <= MOTIVE_REACH; i--) {
      if (!phrase.every((w, k) => ws[i + k]!.w === w)) continue;
      if (!/[.;:!?\n]/.test(text.slice(ws[i]!.end, start))) return true;
    }
  }
  return false;
}

let direction: Map<string, Set<string>> | null = null;

/**
 * Whether the place name at [start, end) of `text` is the reference point of a relative direction
 * (data/direction-words.tsv): right after a compass word and its preposition ("crashed north of
 * Moscow", "a village south-east of Bakhmut", «к северу от Москвы», «на південь від Харкова») or after
 * a comparative adverb («севернее Твери», «західніше Харкова»), with no clause break between; not when
 * an article makes the direction a part of the place ("in the north of the Kharkiv region").
 */
export function directionRef(text: string, start: number): boolean {
  direction ??= wordClasses('direction-words.tsv');
  const dirs = direction.get('direction') ?? NONE;
  const adverbs = direction.get('adverb') ?? NONE;
  const parts = (w: string, last: ReadonlySet<string>): boolean => {
    const ps = w.split('-');
    return last.has(ps[ps.length - 1]!) && ps.slice(0, -1).every((x) => dirs.has(x));
  };
  const ws = wordsOf(text, Math.max(0, start - 40), start).slice(-3);
  const last = ws[ws.length - 1];
  if (!last || /[.;:!?\n(]/.test(text.slice(last.end, start))) return false;
  if (parts(last.w, adverbs)) return true;
  if (!(direction.get('of') ?? NONE).has(last.w)) return false;
  const dir = ws[ws.length - 2];
  if (!dir || !parts(dir.w, dirs) || /[.;:!?\n,]/.test(text.slice(dir.end, last.start))) return false;
  const before = ws[ws.length - 3];
  return !(before && (direction.get('article') ?? NONE).has(before.w));
}

/**
 * Whether the place name at `start` of `text` follows a preposition of destination (data/direction-words.tsv
 * `toward`: "toward", «к», «в сторону», «у напрямку»), with no clause break between: after a withdrawal
 * ("стали отходить к Артёмовску") it is where a side went, not the place it left.
 */
export function destinationName(text: string, start: number): boolean {
  direction ??= wordClasses('direction-words.tsv');
  const toward = direction.get('toward') ?? NONE;
  const ws = wordsOf(text, Math.max(0, start - 40), start).slice(-2);
  const last = ws[ws.length - 1];
  if (!last || /[.;:!?\n(,]/.test(text.slice(last.end, start))) return false;
  if (toward.has(last.w)) return true;
  const prev = ws[ws.length - 2];
  return !!prev && !/[.;:!?\n(,]/.test(text.slice(prev.end, last.start)) && toward.has(`${prev.w} ${last.w}`);
}

let venue: Map<string, Set<string>> | null = null;

/**
 * Whether the place name at [start, end) of `text` is the venue of a speech: a venue word of
 * data/venue-words.tsv, then a preposition of the same file, right before the name ("told a news
 * conference in Vienna", "told reporters in Brussels", "на брифинге в Москве"), with no sentence
 * or clause break between. Where a speaker spoke is not where the claim is. A name followed by a
 * comma and a relative adverb of place of the same file (`where`: "said in Kharkiv, where the
 * missile hit", «в Харькове, где», «в Запоріжжі, де»; `end` given) is where the event happened: no venue.
 */
export function venueName(text: string, start: number, end?: number): boolean {
  venue ??= wordClasses('venue-words.tsv');
  if (end !== undefined) {
    const rel = /^\s*,\s*(\p{L}+)/u.exec(text.slice(end, end + 16));
    if (rel && (venue.get('where') ?? NONE).has(rel[1]!.toLowerCase())) return false;
  }
  // (over an article: "said at the White House")
  const ws = wordsOf(text, Math.max(0, start - 48), start).slice(-3);
  const e = overArticle(ws);
  const head = ws[e - 1];
  const prep = ws[e];
  if (!head || !prep) return false;
  return (venue.get('venue') ?? NONE).has(head.w) && (venue.get('prep') ?? NONE).has(prep.w) && !/[.;:!?\n,]/.test(text.slice(head.end, start));
}

let actorWords: Map<string, Set<string>> | null = null;
/** The word classes of data/place-actor-words.tsv. */
function actorClasses(): Map<string, Set<string>> {
  return (actorWords ??= wordClasses('place-actor-words.tsv'));
}
const cls = (name: string): ReadonlySet<string> => actorClasses().get(name) ?? NONE;
const BREAK = /[.;:!?,\n()«»"“”]/;
let pastEnds: string[] | null = null;

/** Whether `name` is a seat of government or command (its first word of data/place-actor-words.tsv `seat`). */
export function seatName(name: string): boolean {
  const first = wordsOf(name)[0];
  return !!first && cls('seat').has(first.w);
}

/**
 * Whether the place named at [start, end) of `text` stands for an actor rather than a place
 * (data/place-actor-words.tsv): a country, capital or seat glued to a participle by a hyphen
 * ("Moscow-installed officials", "U.S.-supplied rockets"); a country or seat before an actor noun,
 * over "'s" and modifier words ("a senior U.S. defense official", "Ukraine's navy", "White House
 * national security spokesman"); a country that is the subject of its clause ("Russia had failed",
 * "Украина потеряла"), with no preposition right before it. `level` is the place's level.
 */
export function actorName(text: string, start: number, end: number, level: string | null): boolean {
  const name = text.slice(start, end);
  const country = level === 'country';
  const seat = !country && seatName(name);
  const capital = !country && !seat && (level === 'city' || level === null) && isCapital(name);
  if (!country && !seat && !capital) return false;
  const glued = /^-(\p{Ll}+)/u.exec(text.slice(end, end + 24));
  if (glued && cls('compound').has(glued[1]!)) return true;
  if (capital) return false;
  const next = wordsOf(text, end, Math.min(text.length, end + 80));
  let k = 0;
  let gapFrom = end;
  if (next[0] && next[0].w === 's' && next[0].start - end <= 1) {
    k = 1;
    gapFrom = next[0].end;
  }
  const prevWord = wordsOf(text, Math.max(0, start - 24), start).at(-1);
  const afterPrep = !!prevWord && cls('prep').has(prevWord.w) && !BREAK.test(text.slice(prevWord.end, start));
  for (let m = 0; k < next.length && m <= 3; m++, k++) {
    const w = next[k]!;
    if (BREAK.test(text.slice(gapFrom, w.start))) return false;
    if (cls('actor').has(w.w)) return true;
    // the subject of its clause: right after the name, no "'s", no preposition before the name
    if (m === 0 && k === 0 && country && !afterPrep) {
      if (cls('subject').has(w.w)) return true;
      if (cls('have').has(w.w) || cls('be').has(w.w) || cls('modal').has(w.w)) return auxiliarySubject(text, next, k);
      if (/[ая]$/u.test(name) && /\p{Script=Cyrillic}/u.test(name) && w.w.length > 3 && (pastEnds ??= [...cls('past')]).some((e) => w.w.endsWith(e))) return true;
    }
    if (!cls('modifier').has(w.w)) return false;
    gapFrom = w.end;
  }
  return false;
}

/** Whether the auxiliary at `next[k]` (after a country) makes the country an acting subject (data/place-actor-words.tsv `have`, `be`, `modal`). */
function auxiliarySubject(text: string, next: readonly { w: string; start: number; end: number }[], k: number): boolean {
  const aux = next[k]!.w;
  let j = k + 1;
  // over a negation or an adverb of time ("had not", "has already")
  while (j < next.length && j <= k + 2 && cls('adverb').has(next[j]!.w)) j++;
  const v = next[j];
  if (!v || BREAK.test(text.slice(next[j - 1]!.end, v.start))) return false;
  if (cls('modal').has(aux)) return v.w !== 'be';
  if (cls('have').has(aux)) return v.w !== 'been' && (v.w.endsWith('ed') || cls('participle').has(v.w));
  return v.w.endsWith('ing') && v.w !== 'being';
}

/**
 * Where a sentence opens with a capital or seat after a locative preposition and a comma ("In Kyiv,
 * presidential adviser Mykhailo Podolyak said ...", "В Москве, ..."): the offset right after the
 * comma, where the speaker's phrase may begin; -1 when the name is not so placed. The name is then
 * the speaker's seat when the claim's speaker stands right after it (src/compare/facts.ts).
 */
export function seatOpener(text: string, start: number, end: number, level: string | null): number {
  const name = text.slice(start, end);
  if (!seatOrCapital(name, level)) return -1;
  const comma = /^\s*,\s*/.exec(text.slice(end, end + 8));
  if (!comma) return -1;
  const prev = wordsOf(text, Math.max(0, start - 24), start).slice(-2);
  const opener = prev[overArticle(prev)];
  if (!opener || !cls('opener').has(opener.w) || BREAK.test(text.slice(opener.end, start))) return -1;
  // the preposition opens its sentence: nothing but a sentence break or the text's start before it
  if (!/(^|[.!?\n])\s*["“]?$/.test(text.slice(Math.max(0, opener.start - 8), opener.start))) return -1;
  return end + comma[0].length;
}
