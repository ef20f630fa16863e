/**
 * Control of a place, the way analysts read it: who holds a place on a day, from the control
 * statements of claims (data/control-phrases.tsv and the control rows of status-phrases.tsv, in
 * English, Russian and Ukrainian).
 *
 * - Facts (`refineControl`, called by facts.ts for each control phrase): the phrase's state
 *   (holds, lost, part, contested), whether it is whole ("fully captured"), the side it is about
 *   (a side word near it, "the control of Ukraine", else the speaker's own side for liberations
 *   and euphemisms of retreat), and the place it names (its object or subject in its sentence).
 * - Stances (`stanceOf`): what a fact says of the holder. "X withdrew" says the other side holds it
 *   (so "Russia says it captured the town" and "Ukraine says it withdrew" agree); "X still holds
 *   part" and "fighting continues" say no one holds it whole; a negated or denied capture says X
 *   does not hold it.
 * - Compare (`compareControl`): per place, a capture claim against a later "fighting continues",
 *   "the other side still holds part" or "not true" (up to `control_window_days` of data/compare.tsv later: sides answer
 *   each other days apart), or against the other side holding it (within HOLD_WINDOW_DAYS), is a
 *   dispute; claims that the same side holds the place, from two texts, are an agreement.
 * - Repelled attacks: an advance stopped at a place ("attacks near X repelled", «противник отброшен»,
 *   "відбили атаки біля X"), said by the side attacked, claims that side still holds X only against
 *   the other side's own capture of X said that day or the day before (`repelled_window_days` of
 *   data/compare.tsv); with no such capture it is a status statement, compared as one (kinds.ts).
 * - Encirclement: "the city is fully encircled" against "not surrounded" / "no threat of
 *   encirclement" (up to `control_window_days` of data/compare.tsv apart) is a control dispute. Whose forces are
 *   encircled is read from the speaker: a side affirms it of the other side's forces and denies it
 *   of its own.
 * Pure; no I/O.
 */
import type { Analysis, Place } from '../analyze/types.js';
import { clauseBreakBetween, compareLexicon, foldName, opponent, type StatusRow, type Word } from './lexicon.js';
import { sideIn, type SpeakerContext } from './speaker.js';
import { memo } from './docindex.js';
import { DisjointSets, groupBy, hasCyrillic } from '../util/index.js';
import { grammarSet } from '../lexicon/grammar.js';
import { dayNumber, hashId, oneSpeaker, phraseShown, sideOf, twoVoices, type RecRef, isoDay } from './compare.js';
import { voiceKey } from './identity.js';
import { goesOnNegatedAfter, goesOnNegatedWithin } from './contest.js';
import { captureAgentStem, participleAgent } from './capture.js';
import type { Agreement, ClaimRecord, ControlState, Dispute, PlaceRef, Side, StatusFact, Topic } from './types.js';

/** Days after a capture claim within which "fighting continues" or "still hold part" answers it (data/compare.tsv `control_window_days`). */
const controlWindowDays = (): number => compareLexicon().controlWindowDays;
/** Days within which two sides' claims to hold one place are set against each other. */
export const HOLD_WINDOW_DAYS = 3;
/** Words after a control phrase within which its object place may stand ("the capture of the town of Avdiivka"). */
const OBJECT_REACH = 5;
/** Words before a control phrase within which its subject place may stand ("Kherson is returning under ..."). */
const SUBJECT_REACH = 10;
/** Words around a control phrase searched for a word that makes it whole or something else. */
const QUALIFIER_REACH = 3;
/** Nouns that refer back to the place a text is about ("the town", "the city", "город", "місто"). From data/grammar-words.tsv `place-back-noun`. */
const PLACE_NOUNS = grammarSet('place-back-noun');
/** Place roles that never say where a statement is (see `Place.role`). */
const NOT_ABOUT = new Set(['speaker', 'name', 'dateline']);

/** What a control fact says of the holder of its place. */
export interface Stance {
  /**
   * holds: `holder` holds it; not: `holder` (or, when null, whoever claims it) does not; part:
   * `holder` still holds part of it; contested: fighting goes on; encircled / free: `holder`'s
   * forces there are (are not) encircled or cut off; repelled: `holder` beat off the other side's
   * attacks there (compared only with that side's capture, see `repelledStance`).
   */
  kind: 'holds' | 'not' | 'part' | 'contested' | 'encircled' | 'free' | 'repelled';
  holder: Side | null;
  /** From a "withdrew"/"left" statement of the other side. */
  derived: boolean;
  /** A holds stance of a capture of most of the place ("captured most of"): the other side may still hold the rest. */
  most?: boolean;
}

/** The control state of a status fact (facts stored before version 5 carry none: +1 holds, -1 lost). */
export function stateOf(f: Pick<StatusFact, 'state' | 'polarity'>): ControlState {
  return f.state ?? (f.polarity > 0 ? 'holds' : 'lost');
}

/** What a control fact says of the holder, or null when it says nothing comparable. */
export function stanceOf(f: StatusFact): Stance | null {
  if (f.topic === 'event') return f.denial && f.polarity < 0 ? { kind: 'not', holder: null, derived: false } : null;
  if (f.topic !== 'control') return null;
  const S = f.subjectSide;
  switch (stateOf(f)) {
    case 'holds':
      return f.polarity > 0 ? { kind: 'holds', holder: S, derived: false } : { kind: 'not', holder: S, derived: false };
    case 'lost': {
      // "did not withdraw" / "denied that its troops withdrew": still there
      if (f.polarity > 0) return S ? { kind: 'part', holder: S, derived: false } : null;
      const o = opponent(S);
      return o ? { kind: 'holds', holder: o, derived: true } : S ? { kind: 'not', holder: S, derived: false } : null;
    }
    case 'part':
      // "captured most of the town": the taker's claim to the place, but for the rest
      if (f.most === true && f.polarity > 0) return { kind: 'holds', holder: S, derived: false, most: true };
      return f.polarity > 0 ? { kind: 'part', holder: S, derived: false } : null;
    case 'contested':
      return f.polarity > 0 ? { kind: 'contested', holder: null, derived: false } : null;
    case 'encircled':
      return { kind: f.polarity > 0 ? 'encircled' : 'free', holder: S, derived: false };
  }
}

/**
 * The stance of an advance-stopped statement ("attacks near X repelled", «попытки ... продвинуться
 * ... пресечены») said by a speaker of a known side of the other side's attacks: that the speaker's
 * side beat them off there. Null for any other fact, for a speaker of no known side, and for a
 * statement of the speaker's own side's advance stopped (a blogger's "our attack failed").
 */
export function repelledStance(f: StatusFact, speakerSide: Side | null): Stance | null {
  if (f.topic !== 'advance' || f.polarity >= 0 || f.denial === true) return null;
  if (speakerSide !== 'RU' && speakerSide !== 'UA') return null;
  const attacker = f.subjectSide ?? opponent(speakerSide);
  if (attacker !== opponent(speakerSide)) return null;
  return { kind: 'repelled', holder: speakerSide, derived: false };
}

/** Whether a stance is about encirclement (compared only with another such stance). */
function encirclement(s: Stance): boolean {
  return s.kind === 'encircled' || s.kind === 'free';
}

/**
 * Whether two stances cannot both be true of one place at one time (order and speakers aside):
 * two sides holding it; a side holding it and not holding it; holding it whole against the other
 * side holding part of it, or against fighting going on for it.
 */
export function stancesConflict(a: Stance, b: Stance): boolean {
  if (encirclement(a) || encirclement(b)) return encirclement(a) && encirclement(b) && a.kind !== b.kind && a.holder !== null && a.holder === b.holder;
  if (a.kind === 'repelled' || b.kind === 'repelled') return false; // see `repelledAnswers`
  if (a.kind !== 'holds') return b.kind === 'holds' ? stancesConflict(b, a) : false;
  switch (b.kind) {
    case 'holds':
      return a.holder !== null && b.holder !== null && a.holder !== b.holder;
    case 'not':
      return b.holder === null || a.holder === null || b.holder === a.holder;
    case 'part':
      // (most of it taken and the rest still held by the other side are one account)
      return a.holder !== null && b.holder !== null && a.holder !== b.holder && a.most !== true;
    case 'contested':
      return true;
    default:
      return false;
  }
}

/** Whether two control facts of one claim contradict each other (facts.ts drops or ranks them). */
export function controlClash(a: StatusFact, b: StatusFact): boolean {
  const x = stanceOf(a);
  const y = stanceOf(b);
  if (!x || !y) return false;
  // within one claim an unnamed capture ("was captured") and "fighting continues" may be two places or times
  if ((x.kind === 'contested' || y.kind === 'contested') && (x.holder ?? y.holder) === null) return false;
  // nor, in Russian and Ukrainian, does fighting contradict a holding the claim states itself: "місто
  // залишається під контролем українських військ, тривають бої на околицях" (a withdrawal read as the
  // other side's hold still does: "pulled back ... fighting was going on around the settlement"; English
  // is left as it was: its "still hold the northern part ... fighting continues" reads the part as a hold)
  if (hasCyrillic(a.text + b.text) && ((x.kind === 'contested' && !y.derived) || (y.kind === 'contested' && !x.derived))) return false;
  return stancesConflict(x, y);
}

/** Whether a word of `matcher` stands within QUALIFIER_REACH words of `words[from, to)` (in its sentence). */
function near(matcher: ReturnType<typeof compareLexicon>['fullWords'], text: string, words: Word[], from: number, to: number, skip?: (k: number) => boolean): boolean {
  for (let k = from - 1; k >= Math.max(0, from - QUALIFIER_REACH); k--) {
    if (/[.!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) break;
    if (matcher.matchAt(words, k) && !skip?.(k)) return true;
  }
  for (let k = from; k < Math.min(words.length, to + QUALIFIER_REACH); k++) {
    if (k >= to && /[.!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    if (matcher.matchAt(words, k) && !skip?.(k)) return true;
  }
  return false;
}

/** "Almost" words of the partial rows of data/control-phrases.tsv (data/grammar-words.tsv `control-almost`; `control-whole`: «почти вся»). */
const ALMOST = grammarSet('control-almost');
const ALL = grammarSet('control-whole');

/**
 * Whether a word of a majority (data/grammar-words.tsv `control-most`) stands within QUALIFIER_REACH
 * words of `words[from, to)` in its sentence as the head of a part of the place: in English before
 * "of" ("most of", "the bulk of") or "part of" ("the greater part of"), in Russian and Ukrainian
 * before «часть»/«частину» («большую часть», «більшу частину»).
 */
function mostNear(text: string, words: Word[], from: number, to: number): boolean {
  const most = grammarSet('control-most');
  const head = (k: number): boolean => {
    const w = words[k]!.w;
    if (!most.has(w)) return false;
    const next = words[k + 1]?.w ?? '';
    return hasCyrillic(w) ? /^част/.test(next) : next === 'of' || (next === 'part' && words[k + 2]?.w === 'of');
  };
  for (let k = from - 1; k >= Math.max(0, from - QUALIFIER_REACH); k--) {
    if (/[.!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) break;
    if (head(k)) return true;
  }
  for (let k = to; k < Math.min(words.length, to + QUALIFIER_REACH); k++) {
    if (/[.!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    if (head(k)) return true;
  }
  return false;
}

/** Plural place nouns of the exclude rows ("41 settlements had been liberated"): a count, unless places are named with them (data/grammar-words.tsv `place-plural`). */
let placePlurals: Set<string> | null = null;
/** How many words after a plural place noun the first of the places it names may stand ("the villages of Starytsia", "several villages including Dudchany"). */
const NAMED_REACH = 3;

/** True when a word near the control phrase `words[from, to)` makes it something else ("из плена освобождены"). */
export function controlExcluded(text: string, words: Word[], from: number, to: number, analysis?: Analysis): boolean {
  // "the last major city in the region still held by Ukrainian forces": a description, not a statement
  if (from > 0 && (PLACE_NOUNS.has(words[from - 1]!.w) || words[from - 1]!.w === 'region') && words[to]?.w === 'by') return true;
  // "captured the villages of Starytsia, Hlyboke and Lukiantsi": places named, not a count of them
  // (in Russian and Ukrainian the names follow «населённых пунктов» after a dash or colon: «из четырёх
  // населённых пунктов — Любимовка, Шептуховка»; «пять населённых пунктов в Донецкой области» is a count)
  const listed = (k: number, w: Word): boolean => !hasCyrillic(words[k]!.w) || (words[k + 2] === w && /^\s*[—–:-]\s*$/.test(text.slice(words[k + 1]!.end, w.start)));
  const named = (k: number): boolean => analysis !== undefined && (placePlurals ??= grammarSet('place-plural')).has(words[k]!.w) && analysis.places.some((p) => p.level !== 'country' && words.slice(k + 1, k + 1 + NAMED_REACH).some((w) => w.start === p.start && listed(k, w)));
  return near(compareLexicon().excludeWords, text, words, from, to, named);
}

/** A place of the analysis as compare refers to it. */
function refOf(p: Place): PlaceRef {
  return { id: p.id ?? `name:${foldName(p.name)}`, name: p.name, admin1: p.admin1, country: p.country, level: p.level };
}

/** Places a statement can be about (not a speaker, a name or a dateline; finer than a country), in text order. */
function statementPlaces(analysis: Analysis): Place[] {
  return memo(analysis, 'control:places', () =>
    analysis.places.filter((p) => p.level !== 'country' && p.level !== null && !NOT_ABOUT.has(p.role ?? 'place')).sort((a, b) => a.start - b.start));
}

/** The document's main place: the most often named place finer than a country (the first on a tie). */
function mainPlace(analysis: Analysis): Place | null {
  return memo(analysis, 'control:main', () => {
    const n = new Map<string, { p: Place; n: number }>();
    for (const p of statementPlaces(analysis)) {
      const k = p.id ?? p.name;
      const e = n.get(k);
      if (e) e.n++;
      else n.set(k, { p, n: 1 });
    }
    let best: { p: Place; n: number } | null = null;
    for (const e of n.values()) if (!best || e.n > best.n) best = e;
    return best?.p ?? null;
  });
}

/** Whether a sentence end stands between two offsets of `text`. */
function sentenceEndBetween(text: string, a: number, b: number): boolean {
  return /[.!?]\s/.test(text.slice(a, b)) || /[.!?]$/.test(text.slice(a, b).trimEnd());
}

/**
 * The place a control statement `words[from, to)` names: a place inside its own words, else the
 * nearest place after it in its sentence
 * (its object: "captured Bakhmut", "withdrew from the town of Avdiivka"), else the nearest before it
 * (its subject: "Kherson is returning under ..."); but for "the town"/"the city" right after it
 * (not "the town of X"), the place the document is about; or null (the claim's places count).
 */
function statementPlace(analysis: Analysis, words: Word[], from: number, to: number): Place | null {
  const text = analysis.text;
  const places = statementPlaces(analysis);
  if (places.length === 0) return null;
  const a = words[from]!.start;
  const b = words[to - 1]!.end;
  // a place inside the statement's own words is its place («Бои за Часов Яр продолжаются», «позиций
  // ВСУ в Крынках больше нет»: the open slot of a phrase, the gap of a two-part statement)
  const inside = places.find((p) => p.start >= a && p.end <= b);
  if (inside) return qualifiedTown(analysis, inside) ?? inside;
  // "the capture of the town, Moscow's biggest gain": the town the text is about, not the next name
  for (let k = to; k < Math.min(words.length, to + 2); k++) {
    // ... not a noun that begins the next clause ("Лисичанск полностью окружён, город находится ...")
    if (clauseBreakBetween(text, words, k - 1, k)) break;
    if (PLACE_NOUNS.has(words[k]!.w) && words[k + 1]?.w !== 'of') return mainPlace(analysis);
  }
  // «вошли в ключевое для обороны всего этого участка фронта село Старые Терны»: a settlement noun
  // heading the object in the statement's clause, its name right after it, is the place however
  // far the modifiers push it (lane prec11: a town named before the phrase was taken instead)
  const headed = headedObjectPlace(analysis, words, to, places);
  if (headed) return headed;
  // (lane own13) «Город Светлодарск перешёл под контроль Народной милиции ДНР»: after «перешёл под
  // контроль» stands who took it (whose name may hold a region, «ЛНР»); the place is the subject before it
  const passedTo = passedUnderControl(words, from, to);
  const hi = passedTo ? b : words[Math.min(words.length - 1, to - 1 + OBJECT_REACH)]!.end;
  // (a place that starts within reach: "expelled from the whole of the Kursk region")
  const after = places.find((p) => p.start >= b && p.start < hi && !sentenceEndBetween(text, b, p.start));
  if (after) return after;
  const lo = words[Math.max(0, from - SUBJECT_REACH)]!.start;
  let before: Place | null = null;
  for (const p of places) if (p.start >= lo && p.end <= a && !sentenceEndBetween(text, p.end, a)) before = p;
  if (before) return qualifiedTown(analysis, before) ?? before;
  return null;
}

/** Words before a withdrawal within which a relative word of destination may stand («куда те отходят»). */
const WHITHER_REACH = 3;

/** Whether a relative word of destination (data/grammar-words.tsv `control-whither`) stands within WHITHER_REACH words before `words[from]`, no comma between. */
function whitherBefore(text: string, words: Word[], from: number): boolean {
  const whither = grammarSet('control-whither');
  for (let k = from - 1; k >= Math.max(0, from - WHITHER_REACH); k--) {
    if (/[,;:.!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
    if (whither.has(words[k]!.w)) return true;
  }
  return false;
}

/** Words after a control phrase within which a settlement noun may head its object (data/grammar-words.tsv `place-head`). */
const HEAD_REACH = 12;

/**
 * The place named right after a settlement noun (data/grammar-words.tsv `place-head`: «село»,
 * «посёлок», «місто») that stands within HEAD_REACH words after a Russian or Ukrainian control
 * phrase ending at `to`, in its clause (no comma or clause mark between); null when none does.
 */
function headedObjectPlace(analysis: Analysis, words: Word[], to: number, places: readonly Place[]): Place | null {
  if (to <= 0 || !hasCyrillic(words[to - 1]!.w)) return null;
  const text = analysis.text;
  const heads = grammarSet('place-head');
  for (let k = to; k < Math.min(words.length - 1, to + HEAD_REACH); k++) {
    if (k > to && (clauseBreakBetween(text, words, k - 1, k) || /[,;]/.test(text.slice(words[k - 1]!.end, words[k]!.start)))) return null;
    if (!heads.has(words[k]!.w)) continue;
    const next = words[k + 1]!;
    if (/[,;.!?]/.test(text.slice(words[k]!.end, next.start))) return null;
    return places.find((p) => p.start === next.start) ?? null;
  }
  return null;
}

/**
 * The town a region qualifies right after its name, when `region` is one ("Купянск Харьковской области
 * находится под контролем", "Херсон, центр Херсонской области, полностью контролируют", "Kherson, the
 * capital of the Kherson region, was under Russian control"): the subject of the statement is the town,
 * not the region that says where it is. Null when `region` is no region or no town stands so before it.
 */
function qualifiedTown(analysis: Analysis, region: Place): Place | null {
  if (region.level !== 'admin1') return null;
  const places = statementPlaces(analysis);
  const k = places.indexOf(region);
  const town = k > 0 ? places[k - 1]! : null;
  if (!town || town.level === 'admin1' || town.level === 'country' || town.end > region.start) return null;
  return REGION_QUALIFIER.test(analysis.text.slice(town.end, region.start)) ? town : null;
}

/**
 * What may stand between a town and the region that qualifies it: nothing (the Russian and Ukrainian
 * genitive, "Купянск Харьковской области"), a locative ("in the", «в», «у»), or an apposition naming the
 * town the region's centre or capital (", центр", ", административный центр", ", обласний центр", ",
 * the capital of the", ", the centre of").
 */
const REGION_QUALIFIER = /^\s*(?:,?\s*(?:in|в|у)\s+(?:the\s+)?|,\s*(?:(?:административный|адміністративний|областной|обласний)\s+)?(?:центр|столица|столиця)\s+|,\s*(?:the\s+)?(?:regional\s+)?(?:capital|centre|center)\s+of\s+(?:the\s+)?)?$/iu;

/**
 * Control facts whose side is only the speaker's own, given to a liberation word (an `own` row) with
 * no side word near it. A claim that calls such a liberation untrue («заяви Пєскова про нібито
 * звільнення X не відповідають дійсності», «сообщения о якобы освобождении X — фейк») denies the other
 * side's claimed capture, not its own side's: facts.ts turns these round when it reads the denial
 * (lane miss14; test/golden/denied-liberation.test.ts).
 */
export const OWN_DEFAULT = new WeakSet<StatusFact>();

/**
 * Completes a control fact found by facts.ts at `words[from, to)` from row `row`: its state, whether
 * it is whole, its subject side when the phrase left it open ("under the control of Ukraine"; the
 * speaker's own side for an `own` row), and the place it names.
 */
export function refineControl(analysis: Analysis, words: Word[], from: number, to: number, row: StatusRow, fact: StatusFact, speaker: SpeakerContext): boolean {
  const state = row.state ?? (row.polarity > 0 ? 'holds' : 'lost');
  fact.state = state;
  if (row.threat && fact.polarity > 0) {
    // "загрози оточення наших підрозділів ... немає": the negation after the threat, in its clause
    const k = threatNegatedAfter(analysis.text, words, to);
    if (k < 0) return false; // a threat of encirclement is no statement that it happened
    fact.polarity = -1;
    fact.end = words[k]!.end;
    fact.text = analysis.text.slice(fact.start, fact.end);
  }
  // «Бои за Курахово больше не ведутся», "fighting for it is no longer ongoing": the fighting has
  // stopped (a negated verb of going on after the phrase, data/control-contest.tsv)
  if (state === 'contested' && fact.polarity > 0) {
    const inner = goesOnNegatedWithin(words, from, to);
    const k = inner >= 0 ? inner : goesOnNegatedAfter(analysis.text, words, to);
    if (k >= 0) {
      fact.polarity = -1;
      fact.end = Math.max(fact.end, words[k - 1]!.end);
      fact.text = analysis.text.slice(fact.start, fact.end);
    }
  }
  // «на новых позициях, куда те отходят»: a withdrawal in a relative clause of destination says where
  // troops go, not which place they left (data/grammar-words.tsv `control-whither`; lane prec11)
  if (state === 'lost' && whitherBefore(analysis.text, words, from)) return false;
  if (state === 'holds' && near(compareLexicon().fullWords, analysis.text, words, from, to)) fact.full = true;
  // "частично взяли под контроль", "закрепились в восточной части": a part held, in Russian and Ukrainian
  // («почти»/«майже» only right next to the verb or before «вся/весь/полностью»: «почти заняли», «занята
  // почти вся»; not «освободили Марьинку, почти стёртую с лица земли», which says what the place is)
  const loose = (k: number): boolean => ALMOST.has(words[k]!.w) && k !== from - 1 && k !== to && !ALL.has(words[k + 1]?.w ?? '');
  // "captured most of Soledar", «взяли под контроль большую часть Попасной», «захопили більшу частину»:
  // most of the place taken, a part held by the taker, marked most
  if (state === 'holds' && !fact.full && mostNear(analysis.text, words, from, to)) {
    fact.state = 'part';
    fact.most = true;
  }
  if (state === 'holds' && !fact.full && hasCyrillic(words[from]!.w) && near(compareLexicon().partWords, analysis.text, words, from, to, loose)) fact.state = 'part';
  // a passive participle of capture names its holder after it ("территорию, захваченную ВСУ"); a side
  // word before it is the owner of what was taken ("часть российской территории, захваченную ..."), not the holder
  if (state === 'holds' && captureAgentStem(words[from]!.w)) fact.subjectSide = participleAgent(analysis.text, words, to, 3, speaker);
  // "Toretsk had fallen", «Торецк пал», «Вугледар впав»: the place the verb is said of, right next to it,
  // was lost by the side of its own country; with no such place the phrase says nothing ("debris fell on Kharkiv")
  let fallen: Place | null = null;
  if (row.subject === 'holder') {
    fallen = fallenPlace(analysis, words, from, to);
    const side = fallen?.country === 'UA' || fallen?.country === 'RU' ? (fallen.country as Side) : null;
    if (!side) return false;
    fact.subjectSide = side;
  }
  if (fact.subjectSide === null && state !== 'contested') {
    const last = words[to - 1]!.w;
    // "Melitopol fell to Russian forces": the side after "to" of a row with no subject holds it
    // («находится в руках противника», "in the hands of": the side after «руках» holds it)
    // (lane own13) «перешёл под контроль Народной милиции ДНР», «перейшло під контроль ЗСУ»: the side after «контроль» took it
    const passedTo = passedUnderControl(words, from, to);
    if (last === 'of' || last === 'контролем' || last === 'руках' || passedTo || (last === 'to' && row.subject === null && state === 'holds')) fact.subjectSide = sideIn(words, to, Math.min(words.length, to + 3), speaker, false);
    if (fact.subjectSide === null && row.subject === 'own' && (speaker.side === 'RU' || speaker.side === 'UA')) {
      fact.subjectSide = speaker.side;
      OWN_DEFAULT.add(fact);
    }
  }
  let place = fallen ?? statementPlace(analysis, words, from, to);
  // a capture or a withdrawal whose only place is a region it happened in ("освободила населенный пункт
  // Воровское в ДНР" with the village unknown, "захватить позиции ВСУ ... в Харьковской области"): the
  // place taken or left is unnamed, so the statement never stands for the towns of the region
  // (`inRegion`); a town the region qualifies ("Купянск в Харьковской области находится под
  // контролем") is the place
  if (place && place.level === 'admin1' && (state === 'holds' || state === 'lost') && inRegionPhrase(analysis.text, place)) {
    const p0 = place;
    const town = statementPlaces(analysis).find((p) => p.level !== 'admin1' && p.level !== 'country' && p.end <= p0.start && /^\s*(?:в|во|у|in)\s+(?:the\s+)?$/iu.test(analysis.text.slice(p.end, p0.start)));
    if (town) place = town;
    else fact.inRegion = true;
  }
  if (place) {
    const all = coordinatedPlaces(analysis, place);
    // ... and the finer place it singles out, unless the statement is a capture of ground only near it
    // ("взяли под контроль позиции ... в том числе в районе Марьинки" is no capture of Marinka)
    const incl = fact.inRegion ? null : includedPlace(analysis, all[all.length - 1]!);
    if (incl && !all.includes(incl.place) && !(state === 'holds' && incl.area)) all.push(incl.place);
    fact.places = all.map(refOf);
  }
  return true;
}

/** A preposition right before a place: the place is where something fell or happened, not what fell ("on Kharkiv", "in Kursk", «на Харків», «в Курске»). */
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|on|at|near|over|into|onto|to|from|toward|towards|в|во|у|на|по|под|під|над|біля|около|возле|из|із|з|до|к)\s+$/iu;

/**
 * The place a "fell" phrase (`words[from, to)`, subject `holder`) is said of: a place finer than a
 * country right before it with only white space between and no preposition before it ("Toretsk had
 * fallen", «Торецк пал»), or, in Russian and Ukrainian, right after it («пал Торецк»); else null.
 */
function fallenPlace(analysis: Analysis, words: Word[], from: number, to: number): Place | null {
  const text = analysis.text;
  const a = words[from]!.start;
  const b = words[to - 1]!.end;
  for (const p of statementPlaces(analysis)) {
    if (p.end <= a && /^\s+$/.test(text.slice(p.end, a)) && !PLACE_PREPOSITION.test(text.slice(Math.max(0, p.start - 12), p.start))) return p;
    if (p.start >= b && /^\s+$/.test(text.slice(b, p.start)) && hasCyrillic(words[from]!.w)) return p;
  }
  return null;
}

/** Locative prepositions before a region where something happened ("в", "у", "на", "in"), with "территории"/"the" between. */
const REGION_LOCATIVE = /(?:^|[^\p{L}])(?:в|во|у|на|in|within|across)\s+(?:(?:территории|території|the)\s+)?$/iu;

/** Whether the region `place` is named as where something happened ("в Харьковской области", "in the Kursk region"), not as what was taken. */
function inRegionPhrase(text: string, place: Place): boolean {
  return REGION_LOCATIVE.test(text.slice(Math.max(0, place.start - 20), place.start));
}

/** What stands between two coordinated places: a conjunction ("Балаклеи и Изюма", "Izium and Balakliia"); a bare space or comma is apposition ("Часов Яр Донецкой Народной Республики"). */
const COORDINATION = /^\s*,?\s*(?:и|і|й|та|and)\s+$/iu;
/** Places a control statement may name in one coordinated list after its first (a sentence names few). */
const COORDINATED_MAX = 4;

/**
 * The place a control statement names and the places coordinated with it ("из районов Балаклеи и
 * Изюма", "captured Bakhmut and Soledar"): one statement about each, not only the first.
 */
function coordinatedPlaces(analysis: Analysis, first: Place): Place[] {
  const places = statementPlaces(analysis);
  const out = [first];
  let k = places.indexOf(first);
  while (k >= 0 && k + 1 < places.length && out.length <= COORDINATED_MAX) {
    const prev = places[k]!;
    const next = places[k + 1]!;
    if (next.start < prev.end || !COORDINATION.test(analysis.text.slice(prev.end, next.start))) break;
    // a town and a region are no list of two places taken ("Торское и Донецкая область" is rare; its region, common)
    if ((next.level === 'admin1') !== (first.level === 'admin1')) break;
    out.push(next);
    k++;
  }
  return out;
}

/**
 * The finer place a control statement singles out after its place ("позиції на лівобережжі Херсонщини,
 * зокрема в районі Кринок", "the Luhansk region, including the city of Lysychansk"), with whether the
 * gap names only its area ("в районі", "near"), or null.
 */
function includedPlace(analysis: Analysis, first: Place): { place: Place; area: boolean } | null {
  const places = statementPlaces(analysis);
  const at = places.indexOf(first);
  const after = at >= 0 ? places[at + 1] : undefined;
  if (!after || after.start < first.end || after.level === 'admin1' || after.level === 'country') return null;
  const gap = analysis.text.slice(first.end, after.start);
  return inclusionGap(gap) ? { place: after, area: areaWords(gap) } : null;
}

/** Whether `gap` holds a word that names the area around a place, not the place ("в районі Кринок", "near Avdiivka"; data/grammar-words.tsv `control-area`). */
function areaWords(gap: string): boolean {
  const area = grammarSet('control-area');
  return gap.toLowerCase().split(NOT_LETTERS).some((w) => area.has(w));
}
const NOT_LETTERS = /[^\p{L}]+/u;

/** Words an inclusion gap may hold at most (", в том числе в районе "). */
const INCLUSION_MAX_WORDS = 6;

/**
 * Whether the text between two places singles the second out within the first: an optional comma,
 * an inclusion word ("including", «зокрема», «в том числе») and only prepositions and place nouns
 * (data/grammar-words.tsv `place-inclusion`, `place-inclusion-filler`), no sentence mark.
 */
export function inclusionGap(gap: string): boolean {
  if (/[;:.!?()]/.test(gap) || !/^\s*,?\s*[\p{L}]/u.test(gap)) return false;
  const ws = gap.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (ws.length === 0 || ws.length > INCLUSION_MAX_WORDS) return false;
  const incl = grammarSet('place-inclusion');
  const filler = grammarSet('place-inclusion-filler');
  return ws.some((w) => incl.has(w)) && ws.every((w) => incl.has(w) || filler.has(w));
}

/** Words after "threat of encirclement" within which a negation of it may stand. */
const THREAT_NEGATION_REACH = 8;
/** Negations that stand after what they negate ("угрозы окружения нет", "загрози оточення немає"). From data/grammar-words.tsv `negation-after`. */
const NEGATIONS_AFTER = grammarSet('negation-after');

/** Index of a negation within THREAT_NEGATION_REACH words after `words[to - 1]` in its clause, or -1. */
function threatNegatedAfter(text: string, words: Word[], to: number): number {
  for (let k = to; k < Math.min(words.length, to + THREAT_NEGATION_REACH); k++) {
    if (clauseBreakBetween(text, words, k - 1, k)) return -1;
    if (NEGATIONS_AFTER.has(words[k]!.w)) return k;
  }
  return -1;
}

/** One control stance of a record at one place and day. */
interface Item extends RecRef {
  day: number;
  stance: Stance;
  fact: StatusFact;
  /** The holder a capture claim stands for: its subject, else its speaker's side. */
  holder: Side | null;
}

/** Options of `compareControl`. */
export interface ControlOptions {
  /** Report agreements (default true). */
  agreements?: boolean;
}

/** Control disputes and agreements among `records` (see the module comment). */
export function compareControl(records: readonly ClaimRecord[], options: ControlOptions = {}): { disputes: Dispute[]; agreements: Agreement[] } {
  const byPlace = new Map<string, { id: string; name: string | null; level: Topic['level']; admin1: string | null; items: Item[] }>();
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec || !Array.isArray(rec.statuses) || !Array.isArray(rec.places)) continue;
    const day = dayNumber(typeof rec.date === 'string' ? rec.date : null);
    if (Number.isNaN(day)) continue;
    const speakerSide = rec.speaker?.side ?? null;
    for (const f of rec.statuses) {
      if (!f) continue;
      const repelled = f.topic === 'advance' ? repelledStance(f, speakerSide) : null;
      if (f.topic !== 'control' && f.topic !== 'event' && !repelled) continue;
      let stance = repelled ?? stanceOf(f);
      if (!stance) continue;
      // a repelled attack stands at the places its own claim names, finer than a region (not a region it
      // happened in, nor a place only the document names)
      if (repelled && rec.placeFrom === 'document') continue;
      const places = (Array.isArray(f.places) && f.places.length > 0 ? f.places : rec.places).filter((p) => p && typeof p.id === 'string' && p.level !== 'country' && !(repelled && p.level === 'admin1'));
      const own = speakerSide === 'RU' || speakerSide === 'UA' ? speakerSide : null;
      let holder = stance.kind === 'holds' ? (stance.holder ?? own) : stance.holder;
      if (encirclement(stance) && holder === null) {
        // a side says the other side's forces are encircled, and denies it of its own
        holder = stance.kind === 'encircled' ? opponent(own) : own;
        if (holder === null) continue;
        stance = { ...stance, holder };
      }
      // a capture or retreat whose sentence names no place, in a claim placed only at a region around it (a post
      // headed «в Курской области», then «ВСУшникам пришлось отступать обратно»): it happened somewhere
      // in the region, it is no claim on the whole region (`inRegion`; lane rufalse13)
      const unnamed = rec.placeFrom !== 'content' && !(Array.isArray(f.places) && f.places.length > 0) && stance.kind === 'holds';
      for (const p of places) {
        const fact = unnamed && p.level === 'admin1' && f.inRegion !== true ? { ...f, inRegion: true } : f;
        // a town is one place whatever gazetteer entry its spelling found (Очеретино, Ocheretyne)
        const key = p.level === 'admin1' && p.admin1 ? `region:${p.admin1}` : p.admin1 && p.level !== null ? `name:${foldName(p.name)}|${p.admin1}` : p.id;
        let g = byPlace.get(key);
        if (!g) byPlace.set(key, (g = { id: key.startsWith('region:') ? key : p.id, name: p.name, level: p.level === 'admin1' ? 'region' : 'place', admin1: p.admin1 ?? null, items: [] }));
        g.items.push({ rec: r, day, stance, fact, holder });
      }
    }
  }
  // A region held ("the whole of the Luhansk region has been liberated") holds every place in it:
  // its holds claims join the places of that region named by other claims.
  for (const [key, g] of byPlace) {
    if (!key.startsWith('region:')) continue;
    // (not a capture of an unnamed place in the region: "освободила населенный пункт X в ДНР")
    const holds = g.items.filter((it) => it.stance.kind === 'holds' && it.fact.inRegion !== true);
    if (holds.length === 0) continue;
    const code = key.slice('region:'.length);
    for (const [k2, g2] of byPlace) if (!k2.startsWith('region:') && g2.admin1 === code) g2.items.push(...holds);
  }
  const disputes: Dispute[] = [];
  const agreements: Agreement[] = [];
  const seen = new Set<string>();
  for (const [place, g] of byPlace) {
    if (g.items.length < 2) continue;
    g.items.sort((a, b) => a.day - b.day || a.rec - b.rec);
    placeDisputes(records, place, g, disputes, seen);
    if (options.agreements ?? true) placeAgreements(records, place, g, agreements);
  }
  return { disputes, agreements };
}

/** Days on which a side said it left the place (a withdrawal in its own words), per side. */
type Concessions = Map<Side, number[]>;

function concessionsOf(records: readonly ClaimRecord[], items: Item[]): Concessions {
  const out: Concessions = new Map();
  for (const it of items) {
    if (!it.stance.derived) continue;
    const side = records[it.rec]!.speaker?.side;
    if (!side || opponent(side) !== it.holder) continue;
    const l = out.get(side);
    if (l) l.push(it.day);
    else out.set(side, [it.day]);
  }
  return out;
}

/** Whether items `a` (a capture claim) and `b` conflict, with their days and speakers. */
function itemsConflict(records: readonly ClaimRecord[], a: Item, b: Item, conceded: Concessions): boolean {
  if (a.rec === b.rec) return false;
  if (a.stance.kind === 'repelled' || b.stance.kind === 'repelled') return repelledAnswers(records, a, b);
  if (encirclement(a.stance) || encirclement(b.stance)) {
    if (!stancesConflict(a.stance, b.stance) || Math.abs(b.day - a.day) > controlWindowDays()) return false;
    return twoVoices(records, [a, b]);
  }
  if (a.stance.kind !== 'holds') return b.stance.kind === 'holds' ? itemsConflict(records, b, a, conceded) : false;
  const A: Stance = { ...a.stance, holder: a.holder };
  if (!stancesConflict(A, b.stance)) return false;
  // a place taken somewhere in a region ("освободили населённый пункт X в Курской области") is no claim
  // to the whole region: the other side still holding sectors of it, or fighting there, answers nothing
  if (a.fact.inRegion === true && (b.stance.kind === 'part' || b.stance.kind === 'contested')) return false;
  const gap = b.day - a.day;
  if (b.stance.kind === 'holds') {
    if (Math.abs(gap) > HOLD_WINDOW_DAYS) return false;
    // the place changed hands and the side that held it says so later ("we withdrew"): an update, not a dispute
    const [early, late] = gap >= 0 ? [a, b] : [b, a];
    if (late.day > early.day && early.holder !== null && records[late.rec]!.speaker?.side === early.holder) return false;
    // ... or said it in another claim between the two ("we withdrew" the day the other side claims it)
    if (late.day > early.day && early.holder !== null && (conceded.get(early.holder) ?? []).some((d) => d > early.day && d <= late.day + 1)) return false;
  } else if (gap < -1 || gap > controlWindowDays()) return false; // fighting before a capture is no answer to it
  const ra = records[a.rec]!;
  const rb = records[b.rec]!;
  // one text with one voice does not dispute itself
  const textA = ra.textOf ?? ra.documentId;
  const textB = rb.textOf ?? rb.documentId;
  const na = voiceKey(ra);
  const nb = voiceKey(rb);
  if (textA === textB && !(na && nb && na !== nb)) return false;
  // within one side (two speakers of one known side) or one outlet's voice (no two known sides), only
  // an explicit contradiction disputes a claim: a denial or a negated capture ("не захватили"), not
  // "fighting goes on" or another holder (one side's channels tell a town's fate in pieces)
  if (oneSideOrVoice(ra, rb) && !explicitContradiction(a) && !explicitContradiction(b)) return false;
  // "fighting continues" said by the side that claims the place is mopping up, not a denial
  if (b.stance.kind === 'contested' && A.holder !== null && rb.speaker?.side === A.holder) return false;
  // an unnamed "not captured" from the claimed holder's own side is no answer to the capture either
  if (b.stance.kind === 'not' && b.stance.holder === null && A.holder !== null && rb.speaker?.side === A.holder) return false;
  return true;
}

/**
 * Whether `a` and `b` are a side's repelled attacks at a place and the other side's own capture of it
 * (its speaker's side holds it, not a withdrawal of the repeller's side told by that side), the
 * repelled attacks said that day or up to `repelled_window_days` after, in two texts or two voices.
 */
function repelledAnswers(records: readonly ClaimRecord[], a: Item, b: Item): boolean {
  const [rep, cap] = a.stance.kind === 'repelled' ? [a, b] : [b, a];
  if (rep.stance.kind !== 'repelled' || cap.stance.kind !== 'holds' || cap.stance.derived || cap.fact.inRegion === true) return false;
  const defender = rep.stance.holder;
  const attacker = opponent(defender);
  const rc = records[cap.rec]!;
  if (attacker === null || cap.holder !== attacker || rc.speaker?.side !== attacker) return false;
  const gap = rep.day - cap.day;
  if (gap < 0 || gap > compareLexicon().repelledWindowDays) return false;
  return twoVoices(records, [rep, cap]);
}

/**
 * Whether two claims come from one side (their speakers' known sides are equal) or from one outlet
 * with no two different known sides among their speakers (a channel retelling a paper and then
 * reporting fighting).
 */
function oneSideOrVoice(ra: ClaimRecord, rb: ClaimRecord): boolean {
  const sa = ra.speaker?.side ?? null;
  const sb = rb.speaker?.side ?? null;
  if (sa !== null && sa === sb) return true;
  const oa = ra.outlet ?? ra.source ?? null;
  const ob = rb.outlet ?? rb.source ?? null;
  return oa !== null && oa === ob && (sa === null || sb === null || sa === sb);
}

/** Whether an item contradicts in so many words: a denial ("фейк", "not true") or a negated capture. */
function explicitContradiction(it: Item): boolean {
  return it.fact.denial === true || it.stance.kind === 'not';
}

/** A position's key: what it says, and of whom. */
function positionKey(it: Item): string {
  switch (it.stance.kind) {
    case 'holds':
      return `holds|${it.holder ?? '?'}`;
    case 'contested':
      return 'contested';
    default:
      return `${it.stance.kind}|${it.stance.holder ?? '?'}`;
  }
}

/** The label of a position of items. */
function positionLabel(key: string, items: Item[]): string {
  const phrases = [...new Set(items.map((it) => phraseShown(it.fact.text)))].slice(0, 3).map((p) => `"${p}"`).join(', ');
  const [kind, who0] = key.split('|');
  const who = who0 && who0 !== '?' ? who0 : 'unnamed side';
  const full = items.some((it) => it.fact.full);
  const denied = items.some((it) => it.fact.denial);
  switch (kind) {
    case 'holds': {
      const left = items.filter((it) => it.stance.derived);
      const most = !full && items.length > 0 && items.every((it) => it.stance.most === true);
      const base = `${who} holds or took ${most ? 'most of ' : ''}the place${full ? ' (all of it)' : ''}`;
      return left.length > 0 && left.length < items.length ? `${base}; the other side left it (${phrases})` : left.length > 0 ? `${who} holds the place: the other side left it (${phrases})` : `${base} (${phrases})`;
    }
    case 'part':
      return `${who} still holds part of the place (${phrases})`;
    case 'contested':
      return `fighting goes on for the place (${phrases})`;
    case 'encircled':
      return `${who}'s forces there are encircled or cut off (${phrases})`;
    case 'free':
      return `${who}'s forces there are not encircled (${phrases})`;
    case 'repelled':
      return `${who} repelled the other side's attacks there: it still holds the place (${phrases})`;
    default:
      return denied ? `denied: ${who} holds or took the place (${phrases})` : `${who} does not hold the place (${phrases})`;
  }
}

function topicOf(_key: string, g: { id: string; name: string | null; level: Topic['level'] }, from: number, to: number): Topic {
  const f = isoDay(from);
  const t = isoDay(to);
  const place = g.id;
  return { key: `${place}|${f}..${t}|s|control`, place, placeName: g.name, level: g.level, from: f, to: t, what: { type: 'status', topic: 'control', subjectSide: null } };
}

/** Orders position keys with the holding ones first, then by name (a side's label reads from its first key). */
const holdsFirst = (a: string, b: string): number => Number(!a.startsWith('holds')) - Number(!b.startsWith('holds')) || a.localeCompare(b);

/** Disputes at one place: conflicting items, joined into groups of claims that answer one another. */
function placeDisputes(records: readonly ClaimRecord[], place: string, g: { id: string; name: string | null; level: Topic['level']; items: Item[] }, out: Dispute[], seen: Set<string>): void {
  const items = g.items;
  const sets = new DisjointSets<number>();
  const involved = new Set<number>();
  const conceded = concessionsOf(records, items);
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[j]!.day - items[i]!.day > controlWindowDays() + 1) break;
      if (!itemsConflict(records, items[i]!, items[j]!, conceded)) continue;
      involved.add(i);
      involved.add(j);
      sets.union(i, j);
    }
  }
  if (involved.size < 2) return;
  // one claim in two disputes at one place ("fully encircled, under the control of the allied
  // forces" against "not surrounded" and against "under Ukrainian control"): one dispute
  const firstOfRec = new Map<number, number>();
  for (const i of involved) {
    const r = items[i]!.rec;
    const f = firstOfRec.get(r);
    if (f === undefined) firstOfRec.set(r, i);
    else sets.union(i, f);
  }
  const groups = groupBy(involved, (i) => sets.find(i));
  for (const members of groups.values()) {
    // one claim stands on one position (one of who holds it, one of encirclement): its first in text order
    const byRec = new Map<string, Item>();
    for (const i of members.sort((a, b) => a - b)) {
      const k = `${items[i]!.rec}|${encirclement(items[i]!.stance)}`;
      if (!byRec.has(k)) byRec.set(k, items[i]!);
    }
    const list = ownCaptureStands(records, [...byRec.values()]);
    if (!twoVoices(records, list) || oneSpeaker(records, list)) continue;
    const pos = new Map<string, Item[]>();
    for (const it of list) {
      const k = positionKey(it);
      const l = pos.get(k);
      if (l) l.push(it);
      else pos.set(k, [it]);
    }
    const parts = mergeOwnAccounts(records, pos);
    if (pos.size < 2) continue;
    const keys = [...pos.keys()].sort(holdsFirst);
    const label = (k: string): string => (parts.get(k) ?? [[k, pos.get(k)!] as const]).map(([sub, its]) => positionLabel(sub, its)).join('; ');
    const sides = keys.map((k) => ({ ...sideOf(records, pos.get(k)!, label(k)), polarity: (holdingPosition(k) ? 1 : -1) as 1 | -1 }));
    const claimKey = sides.map((s) => s.claims.join(',')).join(';');
    if (seen.has(claimKey)) continue; // a claim about a town and its region would repeat it
    seen.add(claimKey);
    const days = list.map((it) => it.day);
    const topic = topicOf(place, g, Math.min(...days), Math.max(...days));
    const denial = list.some((it) => it.fact.denial);
    out.push({
      id: hashId(`d|${topic.key}|${claimKey}`),
      topic,
      reason: denial ? 'denial' : 'status',
      kind: 'control',
      sides,
      explanation: `Who holds the place: ${sides.map((s) => s.position).join(' vs ')}`,
    });
  }
}

/**
 * Whether position `key` (or any part of a joined own-account key `a+b`) says someone holds the
 * place, whole, in part or encircled: such a side has polarity +1. Read from every part, since a
 * joined key's parts sort by name (`contested+part|UA`).
 */
function holdingPosition(key: string): boolean {
  return key.split('+').some((k) => k.startsWith('holds') || k.startsWith('part') || k.startsWith('encircled') || k.startsWith('repelled'));
}

/**
 * The known side of the speakers of `items`, when every speaker with a known side has one and the same
 * and at least one has; speakers of no known side stand beside them (a city spokeswoman the ledger
 * knows no side of saying "fighting goes on" with the General Staff: lane miss14, dev must-not
 * izium-dolhonovska-matsokin, myrnohrad-gs-kovalenko); null when none is known or two differ.
 */
function oneKnownSide(records: readonly ClaimRecord[], items: readonly Item[]): Side | null {
  let side: Side | null = null;
  for (const it of items) {
    const s = records[it.rec]!.speaker?.side ?? null;
    if (s === null) continue;
    if (side !== null && s !== side) return null;
    side = s;
  }
  return side;
}

/**
 * Whether position `key` is part of side `side`'s own account against the other side's capture:
 * `side` holds the place or part of it, fighting goes on, or the other side (or an unnamed one)
 * has not taken it ("Kupiansk remains under our control", "fighting continues", "the claim of its
 * capture is untrue" are one account, not three).
 */
function ownAccount(key: string, side: Side): boolean {
  const [kind, who] = key.split('|');
  switch (kind) {
    case 'holds':
    case 'part':
    case 'repelled':
      return who === side;
    case 'contested':
      return true;
    case 'not':
      return who === '?' || who === opponent(side);
    default:
      return false;
  }
}

/**
 * A text in which a speaker of a known side says that side holds or took the place stands on that
 * capture: its other claims there that speak of the fighting ("Десантировавшись, подразделения ВДВ
 * овладели аэродромом. В ходе боя за аэродром уничтожено ..." — the battle it won) are no position
 * of their own. Left on "fighting goes on", they sat beside the other side's "fighting continues" and
 * kept that side's consecutive accounts (the airfield cleared at night, still fought over in the
 * morning) apart as if they disputed each other (`mergeOwnAccounts` joins one known side only).
 */
function ownCaptureStands(records: readonly ClaimRecord[], list: Item[]): Item[] {
  const key = (it: Item): string | null => {
    const r = records[it.rec]!;
    const side = r.speaker?.side ?? null;
    return side === null ? null : `${r.textOf ?? r.documentId}|${side}`;
  };
  const captures = new Set<string>();
  for (const it of list) {
    const k = key(it);
    if (k !== null && it.stance.kind === 'holds' && it.holder !== null && records[it.rec]!.speaker?.side === it.holder) captures.add(k);
  }
  if (captures.size === 0) return list;
  return list.filter((it) => {
    if (it.stance.kind !== 'contested') return true;
    const k = key(it);
    return k === null || !captures.has(k);
  });
}

/**
 * Joins the positions of a dispute that are one side's own account (`ownAccount`, every speaker of
 * that known side) into one position, in place: the two sides of the dispute are the capture and
 * the answer, not one side's voices on positions of their own. Returns the parts of each joined
 * position (its sub-keys and their items, holds first) for its label.
 */
function mergeOwnAccounts(records: readonly ClaimRecord[], pos: Map<string, Item[]>): Map<string, (readonly [string, Item[]])[]> {
  const camps = new Map<Side, string[]>();
  for (const [k, items] of pos) {
    const side = oneKnownSide(records, items);
    if (side === null || !ownAccount(k, side)) continue;
    const l = camps.get(side);
    if (l) l.push(k);
    else camps.set(side, [k]);
  }
  const parts = new Map<string, (readonly [string, Item[]])[]>();
  for (const keys of camps.values()) {
    if (keys.length < 2) continue;
    keys.sort(holdsFirst);
    const list = keys.map((k) => [k, pos.get(k)!] as const);
    for (const k of keys) pos.delete(k);
    const key = keys.join('+');
    pos.set(key, list.flatMap(([, its]) => its));
    parts.set(key, list);
  }
  return parts;
}

/** Whether a claim at the place contradicts `last` (a holding) on its day or up to `control_window_days` after it. */
function answeredLater(items: readonly Item[], last: Item): boolean {
  return items.some((it) => it.rec !== last.rec && it.day >= last.day && it.day - last.day <= controlWindowDays() && stancesConflict(last.stance, it.stance));
}

/** Agreements at one place: claims that one side holds it (or that the other side left it), from two texts, days apart at most `control_agree_window_days` (data/compare.tsv). */
function placeAgreements(records: readonly ClaimRecord[], place: string, g: { id: string; name: string | null; level: Topic['level']; items: Item[] }, out: Agreement[]): void {
  const bySide = new Map<Side, Item[]>();
  for (const it of g.items) {
    if (it.stance.kind !== 'holds' || it.holder === null) continue;
    const l = bySide.get(it.holder);
    if (l) l.push(it);
    else bySide.set(it.holder, [it]);
  }
  for (const [side, list] of bySide) {
    // runs of claims at most `control_agree_window_days` apart from the run's first; a run wider
    // than HOLD_WINDOW_DAYS stands only when no contradicting claim follows its last one within
    // `control_window_days` (the later word answers the capture)
    const agreeDays = Math.max(HOLD_WINDOW_DAYS, compareLexicon().controlAgreeWindowDays);
    let i = 0;
    while (i < list.length) {
      let j = i + 1;
      while (j < list.length && list[j]!.day - list[i]!.day <= agreeDays) j++;
      if (list[j - 1]!.day - list[i]!.day > HOLD_WINDOW_DAYS && answeredLater(g.items, list[j - 1]!)) {
        j = i + 1;
        while (j < list.length && list[j]!.day - list[i]!.day <= HOLD_WINDOW_DAYS) j++;
      }
      const run = [...new Map(list.slice(i, j).map((it) => [it.rec, it])).values()];
      const texts = new Set(run.map((it) => records[it.rec]!.textOf ?? records[it.rec]!.documentId));
      if (run.length >= 2 && texts.size >= 2) {
        const topic = topicOf(place, g, run[0]!.day, run[run.length - 1]!.day);
        topic.what = { type: 'status', topic: 'control', subjectSide: side };
        const s = { ...sideOf(records, run, positionLabel(`holds|${side}`, run)), polarity: 1 as const };
        out.push({ id: hashId(`a|${topic.key}|${s.claims.join(',')}`), topic, kind: 'control', side: s });
      }
      i = j;
    }
  }
}

/** Whether the phrase at words [from, to) is «перешёл под контроль» / «перейшло під контроль» (lane own13): who took the place stands after it. */
function passedUnderControl(words: readonly Word[], from: number, to: number): boolean {
  return words[to - 1]!.w === 'контроль' && PASSED.test(words[from]!.w);
}
/** Past forms of «перейти» (Russian and Ukrainian) that open «… под/під контроль». */
const PASSED = /^пере(?:шел|шёл|шла|шло|шли|йшов|йшла|йшло|йшли)$/;
