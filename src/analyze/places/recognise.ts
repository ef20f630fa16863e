/**
 * Places, step 1: recognition. Finds the spans that may name places and the gazetteer entries each
 * may name, without choosing among them (that is resolve.ts).
 *
 * Candidates are runs of capitalised words: wink-nlp proper nouns in Latin script, and any
 * capitalised word in other scripts (wink-nlp tags Cyrillic words `X`), joined over hyphens
 * ("Bilhorod-Dnistrovskyi", "Rostov-on-Don"). Inside a run the longest sub-span the gazetteer knows
 * wins, left to right, so a place inside an organisation's name is found too ("Kharkiv Regional
 * Military Administration", "Paris Police Department"). An administrative word after the name
 * ("Kursk region", "Donetsk Oblast", "Курской области", "Pokrovsk district") asks for the area
 * itself, not the town; "regional" after a name ("Kharkiv regional administration") asks for the
 * area without joining the span.
 */
import { Doc, Kind, P, isCapitalAt } from '../doc.js';
import type { Candidate, Gazetteer, PlaceLevel } from '../../geo/types.js';
import { grammarSet } from '../../lexicon/grammar.js';
import { table, wordSet } from '../../lexicon/index.js';
import { BARE_STEM_MIN_POPULATION, bareStemReading, fold, inflectionBases, inflectionBasesOfFolded } from '../../geo/keys.js';
import { BoundedMemo, hasCyrillic, hasCyrillicIn } from '../../util/index.js';
import { bareStemMay } from '../../geo/index.js';
import { isCommonWord, isLandmarkNoun, placeLexicon, type FeatureKind } from './lexicon.js';

const CALENDAR = grammarSet('calendar');
let functionWords: Set<string> | null = null;
/** Cyrillic function words that open sentences (data/place-function-words.txt). */
function isFunctionWord(w: string): boolean {
  return (functionWords ??= wordSet('place-function-words.txt')).has(w);
}

let givenNames: Map<string, boolean> | null = null;
/** Russian and Ukrainian given names (data/place-person-names.tsv), folded, with whether the name alone is a person. */
function cyrillicGivenNames(): Map<string, boolean> {
  if (givenNames) return givenNames;
  givenNames = new Map();
  for (const [name, alone] of table('place-person-names.tsv')) if (name) givenNames.set(fold(name), alone !== 'no');
  return givenNames;
}

/** Whether a Cyrillic word is a given name, as written or inflected ("Олега" → "олег"): true/false for alone-or-not, undefined when no name. */
function givenName(word: string): boolean | undefined {
  const names = cyrillicGivenNames();
  const f = fold(word);
  const direct = names.get(f);
  if (direct !== undefined) return direct;
  for (const b of inflectionBasesOfFolded(f)) {
    const v = names.get(b);
    if (v !== undefined) return v;
  }
  return undefined;
}

let surnames: Set<string> | null = null;
/** What a Cyrillic word of a capitalised run is as a name: an actor's surname, else a given name that is a person alone, or one that is not, else none. */
const enum NameWord { None, Surname, GivenAlone, Given }

/** `actorSurname`, then `givenName`, of a word, in one answer. */
function nameWordOnce(word: string): NameWord {
  if (actorSurname(word)) return NameWord.Surname;
  const g = givenName(word);
  return g === undefined ? NameWord.None : g ? NameWord.GivenAlone : NameWord.Given;
}
/** `nameWordOnce` by word: a pure function of the word and the data files (the same capitalised words recur from post to post). */
const nameWordMemo = new BoundedMemo<string, NameWord>(50_000);

/**
 * Whether a Cyrillic word is the surname of a person of data/actors-cyrillic.tsv, as written or in a
 * case form ("Буданов", "Буданова"): a person, never a place (no village Budaniv).
 */
function actorSurname(word: string): boolean {
  if (!surnames) {
    surnames = new Set();
    for (const row of table('actors-cyrillic.tsv')) if (row[4] === 'person') for (const k of (row[0] ?? '').split(',')) if (k && !k.includes(' ')) surnames.add(fold(k));
  }
  const f = fold(word);
  if (surnames.has(f)) return true;
  return inflectionBasesOfFolded(f).some((b) => surnames!.has(b));
}

let settlementNouns: Set<string> | null = null;
/** Whether a lower-case word is a settlement noun of data/settlement-nouns-ruuk.txt («село», «селу», «посёлок»). */
function settlementNoun(word: string): boolean {
  settlementNouns ??= wordSet('settlement-nouns-ruuk.txt');
  return settlementNouns.has(word);
}

/** A Russian or Ukrainian patronymic (Олегович, Петрівна, Сергеевна). */
const PATRONYMIC = /(?:ович|евич|євич|йович|ьович|овна|евна|івна|ївна)$/u;

/**
 * Tokens of the capitalised run [i, j) that name a person in Cyrillic: a given name of
 * data/place-person-names.tsv (alone only when its `alone` column says so), every capitalised
 * Cyrillic word right after a given name (surname, patronymic: "Алексей Гладкова"), and any
 * patronymic. These are never looked up as places.
 */
function cyrillicPersonTokens(doc: Doc, i: number, j: number): ReadonlySet<number> {
  const t = doc.tokens;
  // a run with no Cyrillic letter (most runs of English text) has no such token: the scan below
  // would skip every token of it
  if (!hasCyrillicIn(doc.text, t.start[i]!, t.end[j - 1]!)) return NO_TOKENS;
  const out = new Set<number>();
  let afterName = false;
  for (let k = i; k < j; k++) {
    const w = doc.text.slice(t.start[k]!, t.end[k]!);
    if (!hasCyrillic(w)) {
      if (t.kind[k] !== Kind.Punct) afterName = false;
      continue;
    }
    const nw = nameWordMemo.get(w, nameWordOnce);
    // (a given name right after a settlement noun is the settlement: «по селу Любовь»)
    if ((nw === NameWord.GivenAlone || nw === NameWord.Given) && k > 0 && settlementNoun(t.lower[k - 1]!)) {
      afterName = false;
      continue;
    }
    if (nw === NameWord.Surname) {
      out.add(k);
      continue;
    }
    const g = nw === NameWord.None ? undefined : nw === NameWord.GivenAlone;
    const nextCap = k + 1 < j && hasCyrillic(doc.text.charAt(t.start[k + 1]!));
    if (g !== undefined && (g || nextCap)) {
      out.add(k);
      afterName = true;
    } else if (afterName || PATRONYMIC.test(t.lower[k]!)) out.add(k);
  }
  return out;
}

/** The empty token set (never changed). */
const NO_TOKENS: ReadonlySet<number> = new Set<number>();


/** An all-capital Cyrillic abbreviation (ОВА, ЗСУ, ВСУ, РФ): an organisation, never a place by transliteration. */
const CYR_ABBREVIATION = /^[\u0400-\u042F]{2,5}$/u;

/** Edit distance of two strings, or `max + 1` once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether a loose (skeleton) match of Latin text is a spelling variant and not a different word:
 * at least 5 letters, and at most one edit per 4 letters ("Kupyansk"/"Kupiansk", "Gulyaipole"/
 * "Huliaipole"; not "Giant"/"Gantt").
 */
function closeSpelling(surface: string, variant: string): boolean {
  const a = fold(surface).replace(/[^\p{L}]/gu, '');
  const b = fold(variant).replace(/[^\p{L}]/gu, '');
  if (a.length < 5) return false;
  const max = Math.floor(a.length / 4);
  return editDistance(a, b, max) <= max;
}

/**
 * Look-ups shared across documents, per gazetteer: a gazetteer never changes, and news names the
 * same places again and again. Bounded: cleared when full.
 */
const SHARED = new WeakMap<Gazetteer, BoundedMemo<string, Candidate[]>>();
const SHARED_MAX = 100_000;

/**
 * Gazetteer candidates of a surface form. For Cyrillic, the readings of its case endings are
 * always added (as 'inflection' matches): "Харькове" is Kharkiv, even though a village named
 * Kharkove matches it letter for letter. A reading is a nominative: it is matched as written
 * (exactly, folded, transliterated or loosely), not through case endings of its own, except to a
 * first-level region (an adjective: «Полтавського» → «Полтавська»).
 */
export function lookupSurface(gaz: Gazetteer, s: string, memo: Map<string, Candidate[]>): Candidate[] {
  let r = memo.get(s);
  if (r) return r;
  let shared = SHARED.get(gaz);
  if (!shared) SHARED.set(gaz, (shared = new BoundedMemo(SHARED_MAX)));
  r = shared.get(s, (x) => lookupSurfaceOnce(gaz, x));
  memo.set(s, r);
  return r;
}

/** `lookupSurface` without its memos. */
function lookupSurfaceOnce(gaz: Gazetteer, s: string): Candidate[] {
  let r = gaz.lookup(s);
  if (!hasCyrillic(s)) r = r.filter((c) => c.match !== 'skeleton' || closeSpelling(s, c.variant));
  if (hasCyrillic(s)) {
    const seen = new Set(r.map((c) => c.entry.id));
    // a name of two or more words has its words' readings combined: more of them are tried
    // ("Красным Лиманом" → "красный лиман" comes after the readings of the first word as written)
    const bases = inflectionBases(s);
    const n = Math.min(bases.length, s.includes(' ') ? 24 : 8);
    let added: Candidate[] | null = null; // (r may be the gazetteer's shared array: copied once, on the first addition)
    const f = fold(s);
    for (let k = 0; k < n; k++) {
      const bare = bareStemReading(f, bases[k]!);
      for (const c of gaz.lookup(bases[k]!)) {
        // a base is a nominative: its own case-form readings would stack two case endings
        // («Первомайского» → «первомайске» → «первомайск»: Pervomaisk; «Покровского» → Pokrovsk),
        // except toward a region, whose name is an adjective read in any gender and case
        // («Полтавського військового інституту» → «Полтавська» область)
        if (c.match === 'inflection' && c.entry.level !== 'admin1') continue;
        if (seen.has(c.entry.id) || c.variant.replace(/[^\p{L}]/gu, '').length < 4) continue;
        if (bare && !bareStemMay(c.entry, BARE_STEM_MIN_POPULATION)) continue;
        seen.add(c.entry.id);
        (added ??= r.slice()).push(candidate(c.entry, c.variant, 'inflection', c.preferred));
      }
    }
    if (added) r = added;
  }
  return r;
}

/**
 * The entries an abbreviation may name (data/place-abbreviations.tsv: "N.J." → New Jersey), found
 * through the region's name and checked against its ISO code; empty when it is no abbreviation.
 */
export function abbreviationCandidates(gaz: Gazetteer, abbr: string, memo: Map<string, Candidate[]>): Candidate[] {
  const rows = placeLexicon().abbreviations.get(abbr);
  if (!rows) return [];
  const out: Candidate[] = [];
  for (const a of rows) {
    const country = a.code.length === 2;
    const c = lookupSurface(gaz, a.name, memo).find((x) => (country ? x.entry.level === 'country' && x.entry.country === a.code : x.entry.level === 'admin1' && x.entry.admin1 === a.code));
    if (c) out.push(candidate(c.entry, abbr, 'exact', true));
  }
  return out;
}

/** An abbreviation at `pos` in the text, as written in data/place-abbreviations.tsv, ending at a word boundary. */
function abbreviationAt(text: string, pos: number): string | null {
  const m = /^[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?){0,3}/.exec(text.slice(pos, pos + 16));
  if (!m) return null;
  const abbr = placeLexicon().abbreviations;
  // the longest prefix that is an abbreviation and ends at a boundary ("N.J.," "BC " "Calif.)")
  for (let n = m[0].length; n >= 2; n--) {
    const s = m[0].slice(0, n);
    if (!abbr.has(s)) continue;
    const after = text.charAt(pos + n);
    if (after === '' || /[\s,;:)!?'"’”\]-]/.test(after) || (after === '.' && !s.endsWith('.'))) return s;
  }
  return null;
}

/**
 * Region abbreviations in place-like contexts: after a comma that follows a place ("Trenton, N.J.",
 * "Surrey, BC"), or, for those that may stand alone, after a locative preposition ("in Calif.").
 * Mentions already found there (the abbreviation read as a name: "Va." as Wa, Ghana) are replaced.
 */
function abbreviationMentions(doc: Doc, gaz: Gazetteer, found: Mention[], memo: Map<string, Candidate[]>): Mention[] {
  const text = doc.text;
  const extra: Mention[] = [];
  const tryAt = (pos: number, alone: boolean): void => {
    const abbr = abbreviationAt(text, pos);
    if (!abbr) return;
    const rows = placeLexicon().abbreviations.get(abbr)!;
    if (alone && !rows.some((r) => r.alone)) return;
    const cands = abbreviationCandidates(gaz, abbr, memo);
    if (!cands.length) return;
    const end = pos + abbr.length;
    const t0 = doc.tokenAt(pos);
    const t1 = Math.max(t0 + 1, doc.tokenAt(end - 1) + 1);
    extra.push(mention(pos, end, t0, t1, null, abbr, cands, false, false, t1, null, null));
  };
  for (const m of found) {
    const c = /^,\s{1,2}/.exec(text.slice(m.end, m.end + 3));
    if (c && m.want === null) tryAt(m.end + c[0].length, false);
  }
  // after a locative preposition: only abbreviations that may stand alone (cheap pre-check on the text)
  const re = /\b(?:in|from|across|throughout|near|outside|around)\s+(?=[A-Z])/g;
  for (let x = re.exec(text); x; x = re.exec(text)) tryAt(x.index + x[0].length, true);
  if (!extra.length) return found;
  const out = found.filter((m) => !extra.some((a) => m.start < a.end && a.start < m.end));
  const seen = new Set<number>();
  for (const a of extra) if (!seen.has(a.start)) (seen.add(a.start), out.push(a));
  return out.sort((a, b) => a.start - b.start);
}

/** One span that may name a place, with the entries it may name. */
export interface Mention {
  start: number;
  end: number;
  /** token range of the name itself (without an administrative word) */
  t0: number;
  t1: number;
  /** the level an administrative word asks for ("Kursk region" → admin1), or null */
  want: 'admin1' | 'admin2' | null;
  /** the string that was looked up */
  surface: string;
  cands: Candidate[];
  /** the mention lies inside the name of an organisation ("Paris Police Department") */
  inOrg: boolean;
  /** the first word of its sentence and not a proper noun (weaker evidence) */
  initial: boolean;
  /** token after the mention (after its administrative word, if any) */
  next: number;
  /** the mention is part of a longer name that is no organisation's: at its 'start' or 'inside' it */
  part: 'start' | 'inside' | null;
  /** for a given span read through a part of it: the kind its feature words give the whole ("X County": area) */
  feature: FeatureKind | null;
}

/**
 * A place mention with every field in one order (one object shape for all mentions, so the code
 * that reads them stays monomorphic).
 */
export function mention(start: number, end: number, t0: number, t1: number, want: Mention['want'], surface: string, cands: Candidate[], inOrg: boolean, initial: boolean, next: number, part: Mention['part'], feature: FeatureKind | null): Mention {
  return { start, end, t0, t1, want, surface, cands, inOrg, initial, next, part, feature };
}

/** A gazetteer candidate with its fields in the gazetteer's order (one object shape for all candidates). */
function candidate(entry: Candidate['entry'], variant: string, match: Candidate['match'], preferred: boolean): Candidate {
  return { entry, variant, match, preferred };
}

/** Entity rules that make a person certain (a title, a given name, a known surname). */
const STRONG_PERSON = new Set(['title', 'given-name', 'surname']);

/** Is token i a capitalised word that may be (part of) a place name? */
function capTok(doc: Doc, i: number, s0: number): boolean {
  const t = doc.tokens;
  const k = t.kind[i]!;
  if (k !== Kind.Word && k !== Kind.Other) return false;
  if (!isCapitalAt(doc.text, t.start[i]!)) return false;
  if (CALENDAR.has(t.lower[i]!)) return false;
  if (k === Kind.Other) return hasCyrillic(doc.text[t.start[i]!]!) ? !isFunctionWord(t.lower[i]!) : t.pos[i] === P.PROPN;
  const p = t.pos[i]!;
  if (p === P.PROPN) return true;
  // "New York City": a capitalised common noun inside a name, never the first word of a sentence
  return i > s0 && (p === P.NOUN || p === P.ADJ) && t.pos[i - 1] === P.PROPN;
}

/**
 * Whether token `i` is a short lower-case link word between hyphens whose next word is capitalised,
 * in a compound town name: "Rostov-on-Don", "Stratford-upon-Avon", "Châlons-en-Champagne" (a
 * tagger may read the last word as a verb, "Don").
 */
function hyphenedTail(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  return i + 2 < t.n && t.kind[i] === Kind.Word && /^[a-z]{1,4}$/.test(doc.text.slice(t.start[i]!, t.end[i]!))
    && (t.kind[i + 2] === Kind.Word || t.kind[i + 2] === Kind.Other) && isCapitalAt(doc.text, t.start[i + 2]!);
}

/** Tokens i-1, i, i+1 touch without spaces (a hyphen or apostrophe inside one name). */
function glued(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i <= 0 || i + 1 >= t.n) return false;
  const w = t.lower[i]!;
  if (w !== '-' && w !== '\u2010' && w !== '\u2011' && w !== "'") return false;
  return t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1];
}

/** Cyrillic adjective forms of an oblast/raion name, in the nominative ("Курской" → "Курская"). */
export function cyrillicAdminForms(word: string): { adj: string[]; stems: string[] } {
  const w = word.toLowerCase();
  const adj: string[] = [];
  const stems: string[] = [];
  // Russian: -ская/-ской/-скую/-ской; -ский/-ского/-ском/-скому
  let m = /^(.*)(ск|цк)(ая|ой|ую|ою|ий|ого|ом|ому|им|ая)$/u.exec(w);
  if (m) {
    adj.push(`${m[1]}${m[2]}ая`, `${m[1]}${m[2]}ий`);
    stems.push(`${m[1]}${m[2]}`, m[1]!);
  }
  // Ukrainian: -ська/-ської/-ській/-ську/-ською; -ський/-ського/-ському/-ськім
  m = /^(.*)(ськ|цьк)(а|ої|ій|у|ою|ий|ого|ому|ім|им)$/u.exec(w);
  if (m) {
    adj.push(`${m[1]}${m[2]}а`, `${m[1]}${m[2]}ий`);
    stems.push(`${m[1]}${m[2].slice(0, -2)}к`, m[1]!);
  }
  return { adj, stems: stems.filter((s) => s.length >= 4) };
}

/** Prefixes of fused compound adjectives and the first word of the town's name ("Великописарівська" → "Велика Писарівка"). */
const COMPOUND_PREFIXES: [string, string[]][] = [
  ['велико', ['велика', 'великий', 'велике']], ['мало', ['мала', 'малий', 'мале']], ['ново', ['нова', 'новий', 'нове']],
  ['старо', ['стара', 'старий', 'старе']], ['верхньо', ['верхня', 'верхній', 'верхнє']], ['нижньо', ['нижня', 'нижній', 'нижнє']],
];

/** The kind of an okrug between its name and «округ» (Russian городской/муниципальный, Ukrainian міський), any case. */
const OKRUG_KINDS = /^(?:городско[йгмеу]\S*|городским|муниципальн\S*|міськ\S*)$/u;

/** Stems of national adjectives (data/place-hromada-demonyms.txt), loaded on first use. */
let hromadaDemonyms: Set<string> | null = null;

/**
 * Whether a word is a Ukrainian national adjective in any case («Російської», «Українська»,
 * data/place-hromada-demonyms.txt): before «громада» it names a nation's community abroad.
 */
function nationAdjective(word: string): boolean {
  const m = ADJECTIVE_CASES.exec(word.toLowerCase());
  return !!m && nationStem(m[1]! + m[2]!);
}

/** A -ськ/-цьк adjective in any case, split into root, suffix and ending. */
const ADJECTIVE_CASES = /^(.*)(ськ|цьк)(а|ої|ій|у|ою|ий|ого|ому|ім|им|і|их|ими)$/u;

/** Whether a lower-case -ськ/-цьк stem is a nation's (data/place-hromada-demonyms.txt). */
function nationStem(stem: string): boolean {
  return (hromadaDemonyms ??= wordSet('place-hromada-demonyms.txt')).has(stem);
}

/**
 * The nominative names a Ukrainian hromada's centre may have, from the hromada's adjective in any
 * case ("Марганецьку" → Марганець, "Нікопольській" → Нікополь, "Покровської" → Покровськ,
 * "Білопільську" → Білопілля, "Курахівська" → Курахове, "Андріївська" → Андріївка,
 * "Великописарівську" → Велика Писарівка). Ukrainian derivation of -ська/-цька adjectives from town
 * names; each form is only a guess that the gazetteer must confirm.
 */
export function hromadaCentres(word: string): string[] {
  const m = ADJECTIVE_CASES.exec(word.toLowerCase());
  if (!m) return [];
  // a nation's adjective names a community of that nation, not a town's hromada («Російської громади Естонії»)
  if (nationStem(m[1]! + m[2]!)) return [];
  const roots = [m[1]!];
  for (const [pre, firsts] of COMPOUND_PREFIXES) {
    if (m[1]!.startsWith(pre) && m[1]!.length > pre.length + 2) {
      const rest = m[1]!.slice(pre.length);
      for (const f of firsts) roots.push(`${f} ${rest}`);
    }
  }
  // derivations (-ільська from -ілля, -івська from -івка or -ове, then -ськ, -е, -а), the bare root last
  const out: string[] = [];
  for (const r of roots) {
    if (m[2] === 'цьк') out.push(`${r}ць`, `${r}цьк`);
    else {
      if (r.endsWith('ь')) out.push(`${r.slice(0, -1)}ля`);
      if (r.endsWith('ів')) out.push(`${r}ка`, `${r.slice(0, -2)}ове`);
      out.push(`${r}ськ`, `${r}е`, `${r}а`);
    }
  }
  if (m[2] === 'ськ') out.push(m[1]!);
  return out.filter((s) => s.replace(/[^\p{L}]/gu, '').length >= 4);
}

const ADMIN_NOUN: Record<'admin1' | 'admin2', { ru: string; uk: string; en: string[] }> = {
  admin1: { ru: 'область', uk: 'область', en: ['Oblast', 'region'] },
  admin2: { ru: 'район', uk: 'район', en: ['Raion', 'district'] },
};

/** A neuter adjective before a masculine or feminine administrative noun: a malformed variant («Каменское район»). */
const NEUTER_BEFORE_ADMIN = /(?:ое|ее|е) (?:район|область|округ|громада)$/u;

/**
 * Whether a candidate of an administrative phrase is no case reading that meets a malformed variant:
 * «Каменском районе» (Kamensky district, Rostov region) read as "Каменское район", a noisy name of
 * a Ukrainian raion, through a neuter adjective's case ending (an adjective agrees with its noun).
 */
function agreesWithAdminNoun(c: Candidate): boolean {
  return c.match !== 'inflection' || !NEUTER_BEFORE_ADMIN.test(fold(c.variant));
}

/** Candidates at the wanted level, or all when none is at it. */
function atLevel(cands: Candidate[], want: PlaceLevel | null): Candidate[] {
  if (!want) return cands;
  return cands.filter((c) => c.entry.level === want);
}

/**
 * Look-ups for an administrative phrase: the phrase as written, its nominative, the bare name,
 * then (for Cyrillic adjectives) the town the area is named after, whose region is then meant.
 */
function lookupAdmin(gaz: Gazetteer, name: string, adminWord: string, want: 'admin1' | 'admin2', memo: Map<string, Candidate[]>): Candidate[] {
  const look = (s: string): Candidate[] => lookupSurface(gaz, s, memo);
  const tries: string[] = adminWord ? [`${name} ${adminWord}`] : [];
  const cyr = hasCyrillic(name);
  const forms = cyr ? cyrillicAdminForms(name) : { adj: [], stems: [] };
  if (cyr) for (const a of forms.adj) tries.push(`${a} ${ADMIN_NOUN[want].ru}`, a);
  else {
    for (const n of ADMIN_NOUN[want].en) tries.push(`${name} ${n}`);
    if (want === 'admin2') tries.push(/sk$/i.test(name) ? `${name}yi` : `${name}skyi`, /sk$/i.test(name) ? `${name}yi raion` : `${name}skyi raion`);
    // a Russian district by its seat ("Grayvoron district" is the Grayvoronsky District)
    if (want === 'admin2') tries.push(/sk$/i.test(name) ? `${name}y District` : `${name.replace(/[aeo]$/i, '')}sky District`);
  }
  tries.push(name);
  // a Ukrainian hromada is named after its centre, which stands for it («Марганецька громада»,
  // «Покровська громада»)
  // (every derived name the gazetteer knows, for the resolver to choose; the bare root, «Покров» of
  // «Покровська», «Білопіль» of «Білопільська», only when no derivation is known)
  if (cyr && want === 'admin2' && /^громад/u.test(adminWord.toLowerCase())) {
    const forms = hromadaCentres(name);
    const out: Candidate[] = [];
    const seen = new Set<string>();
    for (const s of forms) {
      if (s === forms[forms.length - 1] && out.length) break;
      for (const c of look(s)) {
        if ((c.entry.level === 'city' || c.entry.level === 'village') && !seen.has(c.entry.id)) {
          seen.add(c.entry.id);
          out.push(c);
        }
      }
    }
    if (out.length) return out;
  }
  for (const s of tries) {
    const r = atLevel(look(s), want).filter(agreesWithAdminNoun);
    if (r.length && r[0]!.entry.level === want) return r;
  }
  // the area named after its town: take the town's region
  const towns = [...(cyr ? forms.stems : []), name];
  for (const s of towns) {
    const r = look(s).filter((c) => c.entry.level === 'city' || c.entry.level === 'village');
    if (!r.length) continue;
    const out: Candidate[] = [];
    const seen = new Set<string>();
    for (const c of r) {
      if (want !== 'admin1' || !c.entry.admin1 || seen.has(c.entry.admin1)) continue;
      seen.add(c.entry.admin1);
      const area = look(c.entry.name).find((x) => x.entry.level === 'admin1' && x.entry.admin1 === c.entry.admin1);
      if (area) out.push(candidate(area.entry, c.variant, c.match, area.preferred));
    }
    if (out.length) return out;
  }
  return [];
}

/** Finds place mentions in a document (see the file comment). */
export function recognise(doc: Doc, gaz: Gazetteer): Mention[] {
  const lex = placeLexicon();
  const t = doc.tokens;
  const text = doc.text;
  const memo = new Map<string, Candidate[]>();
  const look = (s: string): Candidate[] => lookupSurface(gaz, s, memo);
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    let i = s.t0;
    while (i < s.t1) {
      if (!capTok(doc, i, s.t0)) {
        i++;
        continue;
      }
      // the run of capitalised words [i, j)
      let j = i + 1;
      while (j < s.t1) {
        if (capTok(doc, j, s.t0)) j++;
        else if (j + 1 < s.t1 && t.lower[j] === "'" && glued(doc, j) && t.kind[j + 1] !== Kind.Punct) j += 2; // Куп'янськ
        else if (j + 1 < s.t1 && t.lower[j] === "'s" && capTok(doc, j + 1, s.t0)) j += 2; // Donetsk People's Republic
        else if (j + 1 < s.t1 && glued(doc, j) && (capTok(doc, j + 1, s.t0) || (j + 2 < s.t1 && glued(doc, j + 2) && capTok(doc, j + 3, s.t0)))) j += 2;
        else if (j + 3 < s.t1 && glued(doc, j) && glued(doc, j + 2) && hyphenedTail(doc, j + 1)) j += 4; // Rostov-on-Don
        else break;
      }
      const persons = cyrillicPersonTokens(doc, i, j);
      let p = i;
      while (p < j) {
        // a name starts at a word, not at the hyphen of "Арт-Коммуна" whose first part is no place
        if (persons.has(p) || t.kind[p] === Kind.Punct) {
          p++;
          continue;
        }
        let found: Mention | null = null;
        const ent = doc.entityAt[p] ?? -1;
        const e = ent >= 0 ? doc.entities[ent] : undefined;
        // a person named by a title, a given name or a known surname is no place ("Paris Hilton");
        // a place inside the person's title is a modifier ("U.S. President X", "Kharkiv Governor X")
        const person = !!e && e.type === 'person' && STRONG_PERSON.has(e.why.rule);
        let maxQ = person ? (e.title && e.title.start <= t.start[p]! ? Math.min(j, doc.tokenAt(e.title.end - 1) + 1) : p) : Math.min(j, p + 6);
        for (let x = p + 1; x < maxQ; x++) if (persons.has(x)) maxQ = x;
        for (let q = maxQ; q > p && !found; q--) {
          const last = t.lower[q - 1]!;
          if (q - 1 === p && (lex.adminWords.has(last) || lex.demonyms.has(last))) continue;
          // a common word alone is never looked up unless an administrative word follows it
          if (q - 1 === p && isCommonWord(last) && !(q < s.t1 && lex.adminWords.has(t.lower[q]!))) continue;
          if (t.kind[q - 1] === Kind.Punct || last === "'s") continue;
          // an administrative word right after the name (inside the run or not)
          let aw = q < s.t1 ? lex.adminWords.get(t.lower[q]!) : undefined;
          // «Грайворонский городской округ», «муниципального округа»: the okrug's kind between name and word
          let qa = q;
          if (!aw && q < s.t1 && OKRUG_KINDS.test(t.lower[q]!)) {
            let k = q + 1;
            while (k < s.t1 && t.kind[k] === Kind.Space) k++;
            const w = k < s.t1 ? lex.adminWords.get(t.lower[k]!) : undefined;
            if (w && /^округ/u.test(t.lower[k]!)) { aw = w; qa = k; }
          }
          if (aw?.lower && isCapitalAt(text, t.start[qa]!)) aw = undefined;
          const surface = text.slice(t.start[p]!, t.end[q - 1]!);
          let cands: Candidate[];
          let want: Mention['want'] = null;
          let end = t.end[q - 1]!;
          let next = q;
          if (aw && aw.position === 'after') {
            want = aw.level;
            cands = lookupAdmin(gaz, surface, text.slice(t.start[qa]!, t.end[qa]!), aw.level, memo);
            if (cands.length) {
              end = t.end[qa]!;
              next = qa + 1;
            } else {
              // «Української громади Канади»: a nation's community, no place
              if (/^громад/u.test(t.lower[qa]!) && nationAdjective(surface)) continue;
              want = null;
              cands = look(surface);
            }
          } else {
            if (aw && aw.position === 'adj') want = aw.level;
            // an administrative word right before the name ("штат Вашингтон", "у штаті Вашингтон")
            const before = prevWord(t, p);
            const bw = aw && aw.position === 'adj' ? undefined : lex.adminWords.get(before);
            if (bw && bw.position === 'before') want = bw.level;
            cands = look(surface);
            // a name that ends in its own administrative word, after a locative word that is not weak
            // ("in Washington State"; "at Colorado State", "Arizona State beat ..." are universities)
            const own = q - 1 > p ? lex.adminWords.get(last) : undefined;
            if (!want && own && own.position === 'after' && lex.locatives.has(before) && !lex.nameClues.weak.has(before) && cands.some((c) => c.entry.level === own.level)) want = own.level;
            if (want && !cands.some((c) => c.entry.level === want)) {
              const area = lookupAdmin(gaz, surface, '', want, memo);
              if (area.length) cands = area;
              else want = null;
            }
          }
          // an all-capital Cyrillic abbreviation meets only a Cyrillic name of its own (США), never a
          // transliteration; a name written otherwise ("Чоп") only when it is a country, or a region or
          // a town of 10,000 in a country that writes Cyrillic (`bareStemMay`; a heading in capitals, "КИЕВ"): "ЧОП"
          // (a private security firm) is no Chop, "ЯП" (a programming language) no Yap
          if (CYR_ABBREVIATION.test(surface)) cands = cands.filter((c) => c.match === 'exact' || (c.match === 'fold' && bareStemMay(c.entry, BARE_STEM_MIN_POPULATION)));
          if (!cands.length) continue;
          const longer = !!e && (e.start < t.start[p]! || e.end > end);
          const inOrg = longer && (e.type === 'organisation' || e.type === 'channel');
          const part = longer && !inOrg && !want ? (e.start === t.start[p]! ? 'start' : 'inside') : null;
          const initial = p === s.t0 && (t.pos[p] !== P.PROPN || t.kind[p] === Kind.Other);
          found = mention(t.start[p]!, end, p, q, want, surface, cands, inOrg, initial, next, part, null);
        }
        if (found) {
          out.push(found);
          p = found.next;
        } else p++;
      }
      i = j;
    }
  }
  dropRivers(doc, out);
  // "the Kyiv, Zhytomyr and Rivne regions": a plural administrative word covers the names before it
  let listWant: Mention['want'] = null;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!;
    const n = out[k + 1];
    if (m.want) {
      listWant = m.next > m.t1 && /s$|области|областях|районах|областей|районов/.test(t.lower[m.next - 1]!) ? m.want : null;
      continue;
    }
    let ok = !!listWant && !!n && n.t0 > m.next;
    for (let x = m.next; ok && x < n!.t0; x++) ok = CONJ.has(t.lower[x]!);
    const cands = ok ? lookupAdmin(gaz, m.surface, '', listWant!, memo) : [];
    if (cands.length) out[k] = mention(m.start, m.end, m.t0, m.t1, listWant, m.surface, cands, m.inOrg, m.initial, m.next, m.part, m.feature);
    else listWant = null;
  }
  dropAdjectives(doc, gaz, out, memo);
  return abbreviationMentions(doc, gaz, out, memo);
}

/**
 * Russian and Ukrainian adjective endings of names in -ск/-цк/-ськ/-цьк and -н ("Крымскому", "Качинским",
 * "Красной", "Харківській") that no case form of a town's noun shares. Russian -ском is also a noun's
 * instrumental ("под Покровском"), so it counts as an adjective only after a locative preposition.
 */
const ADJECTIVE_END = /(?:(?:ск|цк)(?:ий|ый|ая|ое|ого|ому|ым|им|ой|ую|ие|ые|их|ых|ими|ыми)|(?:ськ|цьк)(?:ий|ого|ому|им|ій|ої|ою|ім|і|их|ими)|н(?:ый|ой|ая|ые|ых))$/u;
/** A name that is itself an adjective ("Покровское", "Очеретине", "Николаевская"): its case forms look like an adjective's. */
const ADJECTIVE_NAME = /(?:ск|цк|ськ|цьк|н)(?:ое|ее|е|ий|ый|ой|ая|а|і)$/u;
const ADJECTIVE_LOCATIVE = /(?:ск|цк)ом$/u;
/** Any Russian or Ukrainian adjective ending (full forms, all cases): "Большой", "Тульской", "Белом", "Северного". */
const ANY_ADJECTIVE_END = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ій|ої|ою|ім)$|(?:ськ|цьк)(?:а|е|у|і)$/u;
/**
 * Prepositions that govern the instrumental: after them a word in -ом/-ем is a noun's instrumental
 * ("под Бахмутом", "за Покровском"), not an adjective ("в Белом доме").
 */
const INSTRUMENTAL_PREPOSITIONS = new Set(['под', 'подо', 'над', 'за', 'перед', 'между', 'с', 'со', 'під', 'між', 'з', 'із', 'зі']);
const LOCATIVE_PREPOSITIONS = new Set(['в', 'во', 'на', 'о', 'об', 'при']);
/** Nouns after which a place's adjective is the place's area (data/place-area-nouns.txt: front axes). */
let areaNouns: Set<string> | null = null;

/** The lower-case word before token i, over spaces, or '' at the text's start. */
function prevWord(t: Doc['tokens'], i: number): string {
  let b = i - 1;
  while (b >= 0 && t.kind[b] === Kind.Space) b--;
  return b >= 0 ? t.lower[b]! : '';
}

/**
 * Removes the one-word Cyrillic mentions that are an adjective of a lower-case noun after them:
 * a landmark, road or front named after a place is not the place ("Крымскому мосту" is no Krymsk,
 * "Качинским шоссе" no Kacha, "Красной площади" no Krasna); a front axis stays
 * (data/place-area-nouns.txt: "на Купянском направлении"). Only mentions the gazetteer knows through a case reading, never as written, of
 * towns (not countries or regions: "с Украиной заключено") whose name is no adjective itself (a village
 * "Покровское", "Очеретине" is "в Покровському", "в Очеретиному").
 */

function dropAdjectives(doc: Doc, gaz: Gazetteer, ms: Mention[], memo: Map<string, Candidate[]>): void {
  const t = doc.tokens;
  const lex = placeLexicon();
  let k = 0;
  for (let m of ms) {
    let drop = false;
    if (!m.want && m.t1 - m.t0 === 1 && t.kind[m.t0] === Kind.Other) {
      const w = t.lower[m.t0]!;
      let adj = ADJECTIVE_END.test(w);
      if (!adj && ADJECTIVE_LOCATIVE.test(w)) {
        let b = m.t0 - 1;
        while (b >= 0 && t.kind[b] === Kind.Space) b--;
        adj = b >= 0 && LOCATIVE_PREPOSITIONS.has(t.lower[b]!);
      }
      let n = m.next;
      while (n < t.n && t.kind[n] === Kind.Space) n++;
      const nounAfter = n < t.n && t.kind[n] === Kind.Other && t.sent[n] === t.sent[m.t0] && !isCapitalAt(doc.text, t.start[n]!) && !lex.adminWords.has(t.lower[n]!) && !CONJ.has(t.lower[n]!) && !(areaNouns ??= wordSet('place-area-nouns.txt')).has(t.lower[n]!);
      drop = adj && nounAfter && m.cands.every((c) => c.match !== 'exact' && c.match !== 'fold' && (c.entry.level === 'city' || c.entry.level === 'village') && !ADJECTIVE_NAME.test(fold(c.variant)));
      // an adjective before a street or landmark noun, over other capitalised adjectives, names the
      // street or landmark, whatever the gazetteer holds: "на Большой Тульской улице", "в Белом доме"
      // (a town's or village's reading only: a country or region is no street's adjective; and not a
      // noun's instrumental after its preposition: "под Бахмутом дома разрушены")
      if (!drop && ANY_ADJECTIVE_END.test(w) && m.cands.every((c) => c.entry.level === 'city' || c.entry.level === 'village') && !(/(?:ом|ем)$/u.test(w) && INSTRUMENTAL_PREPOSITIONS.has(prevWord(t, m.t0)))) {
        let x = m.next;
        for (;;) {
          while (x < t.n && t.kind[x] === Kind.Space) x++;
          if (x < t.n && t.kind[x] === Kind.Other && t.sent[x] === t.sent[m.t0] && isCapitalAt(doc.text, t.start[x]!) && ANY_ADJECTIVE_END.test(t.lower[x]!)) x++;
          else break;
        }
        drop = x < t.n && t.kind[x] === Kind.Other && t.sent[x] === t.sent[m.t0] && !isCapitalAt(doc.text, t.start[x]!) && isLandmarkNoun(t.lower[x]!);
      }
      // the adjective and its noun may be a landmark the gazetteer holds under its two-word name, read
      // in a case form ("на Крымском мосту" → "Крымский мост"): the landmark, not the dropped town
      if (drop) {
        const landmark = twoWordLandmark(doc, gaz, m, memo);
        if (landmark) {
          m = landmark;
          drop = false;
        }
      }
    }
    if (!drop) ms[k++] = m;
  }
  ms.length = k;
}

/**
 * The mention of the capitalised adjective `m` and the lower-case word after it as one place, when the
 * gazetteer holds a name of two words that their case forms read ("Крымском мосту" → "Крымский мост"),
 * or null. Only candidates whose name has two words count, so that the adjective's own town does not.
 */
function twoWordLandmark(doc: Doc, gaz: Gazetteer, m: Mention, memo: Map<string, Candidate[]>): Mention | null {
  const t = doc.tokens;
  let n = m.next;
  while (n < t.n && t.kind[n] === Kind.Space) n++;
  if (n >= t.n || n - m.t1 > 1 || t.kind[n] !== Kind.Other || t.sent[n] !== t.sent[m.t0]) return null;
  const surface = doc.text.slice(t.start[m.t0]!, t.end[n]!);
  const cands = lookupSurface(gaz, surface, memo).filter((c) => /^\S+\s+\S+$/u.test(c.variant.trim()));
  if (!cands.length) return null;
  return mention(m.start, t.end[n]!, m.t0, n + 1, m.want, surface, cands, m.inOrg, m.initial, n + 1, null, m.feature);
}

let riverWords: { before: Set<string>; after: Set<string>; prep: Set<string>; of: Set<string>; port: Set<string>; names: Set<string> } | null = null;
/**
 * River nouns (data/place-river-words.tsv), crossing prepositions (`prep`) and river names read as
 * rivers after "the" or after such a preposition (data/place-rivers.txt).
 */
function rivers(): { before: Set<string>; after: Set<string>; prep: Set<string>; of: Set<string>; port: Set<string>; names: Set<string> } {
  if (riverWords) return riverWords;
  const before = new Set<string>();
  const after = new Set<string>();
  const prep = new Set<string>();
  const of = new Set<string>();
  const port = new Set<string>();
  for (const [w, pos] of table('place-river-words.tsv')) if (w) (pos === 'before' ? before : pos === 'prep' ? prep : pos === 'of' ? of : pos === 'port' ? port : after).add(w.toLowerCase());
  const names = new Set([...wordSet('place-rivers.txt')].map(fold));
  return (riverWords = { before, after, prep, of, port, names });
}

/** Whether a surface form is a river name of data/place-rivers.txt, as written or in a case form ("Дніпра"). */
function isRiverName(surface: string, names: Set<string>): boolean {
  const f = fold(surface);
  if (names.has(f)) return true;
  return hasCyrillic(surface) && inflectionBasesOfFolded(f).some((b) => names.has(b));
}

/**
 * Removes the mentions that name a river (the gazetteer holds none): a name with a river noun after
 * it ("the Oskil river") or before it ("річка Оскіл"; a bank word before a region's or a country's
 * name is its coast, and that stays a place), or a river name of data/place-rivers.txt after
 * "the" ("the Oskol") or after a crossing preposition ("через Днепр", "вздовж Дніпра"). Such a name
 * is no village or town of the same name.
 */
function dropRivers(doc: Doc, ms: Mention[]): void {
  const t = doc.tokens;
  const r = rivers();
  let k = 0;
  for (const m of ms) {
    const after = !m.want && m.next < t.n ? t.lower[m.next]! : '';
    let b = m.t0 - 1;
    while (b >= 0 && t.kind[b] === Kind.Space) b--;
    const before = b >= 0 ? t.lower[b]! : '';
    // "Sea of Azov", "Gulf of Finland": a water word before "of"
    let b2 = b - 1;
    while (b2 >= 0 && t.kind[b2] === Kind.Space) b2--;
    const waterOf = before === 'of' && b2 >= 0 && r.of.has(t.lower[b2]!);
    // "the Odesa sea port": a port word after the water word makes it the town's port
    let a2 = r.after.has(after) ? m.next + 1 : -1;
    while (a2 >= 0 && a2 < t.n && t.kind[a2] === Kind.Space) a2++;
    const port = a2 >= 0 && a2 < t.n && r.port.has(t.lower[a2]!);
    // (a bank word before a region's or a country's name is its coast: «у берегов Крыма», «у берегов Турции»)
    const coast = r.before.has(before) && m.cands.some((c) => c.entry.level === 'admin1' || c.entry.level === 'country');
    const river = (r.after.has(after) && !port) || (r.before.has(before) && !coast) || waterOf || ((before === 'the' || r.prep.has(before)) && !m.want && isRiverName(m.surface, r.names));
    if (!river) ms[k++] = m;
  }
  ms.length = k;
}

/** Words that join names in a list ("Zhytomyr and Rivne regions", "Курской и Белгородской областях"). */
const CONJ = new Set([',', 'and', 'or', '&', 'и', 'і', 'й', 'та', 'или', 'або']);

/**
 * A mention for a given span: the text as written, without a leading "the" or a trailing "'s";
 * an administrative word at its end asks for the area. Null when the gazetteer knows no entry.
 */
export function mentionForSpan(doc: Doc, gaz: Gazetteer, start: number, end: number): Mention | null {
  const lex = placeLexicon();
  let text = doc.text.slice(start, end);
  let s = start;
  const the = /^the\s+/i.exec(text);
  if (the) {
    s += the[0].length;
    text = text.slice(the[0].length);
  }
  text = text.replace(/['\u2019]s$/, '');
  const memo = new Map<string, Candidate[]>();
  const t0 = doc.tokenAt(s);
  const t1 = Math.max(t0 + 1, doc.tokenAt(end - 1) + 1);
  // a region's abbreviation ("N.J.", "B.C.", "NSW")
  const abbr = abbreviationCandidates(gaz, text.trim(), memo);
  if (abbr.length) return mention(start, end, t0, t1, null, text, abbr, false, false, t1, null, null);
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1]!;
  let last = words.length > 1 ? lex.adminWords.get(lastWord.toLowerCase()) : undefined;
  // an `after-lower` word written capitalised asks for the area only after a locative word that is
  // not weak, as in recognise ("in Washington State"; "Arizona State" is a university)
  if (last?.lower && /^\p{Lu}/u.test(lastWord)) {
    const before = prevWord(doc.tokens, t0);
    if (!lex.locatives.has(before) || lex.nameClues.weak.has(before)) last = undefined;
  }
  if (last && last.position === 'after') {
    const name = words.slice(0, -1).join(' ');
    const cands = lookupAdmin(gaz, name, words[words.length - 1]!, last.level, memo);
    if (cands.length) return mention(start, end, t0, t1, last.level, name, cands, false, false, t1, null, null);
  }
  // a common word alone ("West", "Congress") is no place of its own here either
  const common = words.length === 1 && isCommonWord(text.toLowerCase());
  const cands = common ? [] : lookupSurface(gaz, text, memo);
  if (cands.length) return mention(start, end, t0, t1, null, text, cands, false, false, t1, null, null);
  // a place inside a longer name ("Dubai World Cup", "University of Alberta"): the longest run of
  // words at its start, else at its end, that the gazetteer knows; a run of feature words alone
  // ("Republic of", "International Airport") is never one, and they say what the whole is
  const feat = (w: string): FeatureKind | undefined => lex.featureWords.get(w.toLowerCase().replace(/[.,;:]+$/, ''));
  const generic = (ws: string[]): boolean => ws.every((w) => feat(w) !== undefined || JOINERS.has(w.toLowerCase()));
  for (let n = words.length - 1; n >= 1; n--) {
    for (const [a, b] of [[0, n], [words.length - n, words.length]] as const) {
      const ws = words.slice(a, b);
      const part = ws.join(' ');
      if (!/^\p{Lu}/u.test(part) || (n === 1 && isCommonWord(part.toLowerCase())) || generic(ws)) continue;
      // (only countries, regions and towns of 10,000: "Faubourg Marigny" is no village in Normandy)
      const sub = lookupSurface(gaz, part, memo).filter((c) => c.match !== 'skeleton' && (c.entry.level === 'country' || c.entry.level === 'admin1' || c.entry.population >= 10000));
      if (!sub.length) continue;
      const rest = [...words.slice(0, a), ...words.slice(b)];
      const kinds = rest.map(feat).filter((k): k is FeatureKind => k !== undefined);
      const feature = kinds.includes('nature') ? 'nature' : kinds.includes('area') ? 'area' : kinds.includes('site') ? 'site' : kinds.length ? 'same' : null;
      return mention(start, end, t0, t1, null, part, sub, true, false, t1, null, feature);
    }
  }
  return null;
}

/** Words that join the words of a name ("Republic of", "Bains and Grants Town"). */
const JOINERS = new Set(['of', 'the', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'del']);
