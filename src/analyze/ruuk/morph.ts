/**
 * Morphology of Russian and Ukrainian for the attribution patterns, used only on the few words
 * that need it (the words of a speaker phrase next to a cue), never per word of text:
 *
 * - `nameForm`: personal names, as data — the case endings of surnames and first names in
 *   data/ruuk-name-endings.tsv give a name word's nominative and the cases the ending can mark
 *   (Russian and Ukrainian; right where a dictionary is wrong, e.g. female surnames).
 * - `morph`: any Russian word, from the OpenCorpora dictionary through `az` (src/analyze/ruuk/az.ts,
 *   loaded lazily, Node only): lemma, part of speech and the cases the form can have.
 *
 * Ukrainian has no dictionary here (see docs/ruuk-morphology.md for what exists and why).
 */
import { table } from '../../lexicon/index.js';
import { loadAz, type AzParser } from './az.js';
import { BoundedMemo } from '../../util/index.js';

/** Grammatical cases an ending can mark ('nom' when no oblique ending is found). */
export type GramCase = 'nom' | 'gen' | 'acc' | 'dat' | 'ins' | 'loc';

/** A name word's nominative and the cases its ending can mark. */
export interface NameForm {
  lemma: string;
  cases: GramCase[];
}

interface Ending { ending: string; nom: string; cases: GramCase[] }

let endings: Record<'ru' | 'uk', Ending[]> | null = null;
function load(): Record<'ru' | 'uk', Ending[]> {
  const out: Record<'ru' | 'uk', Ending[]> = { ru: [], uk: [] };
  for (const [lang, ending, nom, cases] of table('ruuk-name-endings.tsv')) {
    const e = { ending: ending!.toLowerCase(), nom: nom!.toLowerCase(), cases: cases!.split(/\s+/) as GramCase[] };
    if (lang === '*' || lang === 'ru') out.ru.push(e);
    if (lang === '*' || lang === 'uk') out.uk.push(e);
  }
  for (const l of ['ru', 'uk'] as const) out[l].sort((a, b) => b.ending.length - a.ending.length);
  return out;
}

/**
 * The nominative of a name word read in an oblique case (Пескова → Песков, Москальковой →
 * Москалькова, Шмигаля → Шмигаль, Зеленського → Зеленський, Шевченка → Шевченко) and the cases
 * its ending marks. A word with no listed ending (Шойгу, Матвиенко, Песков) is its own nominative.
 * The whole word may be an ending of the table (Russian "Петра" → "Пётр"); otherwise at least two
 * letters of stem are kept.
 */
export function nameForm(word: string, lang: 'ru' | 'uk'): NameForm {
  const lower = word.toLowerCase();
  for (const e of (endings ??= load())[lang]) {
    if (!lower.endsWith(e.ending)) continue;
    const stem = word.length - e.ending.length;
    if (stem !== 0 && stem < 2) continue;
    let lemma = word.slice(0, stem) + e.nom;
    if (stem === 0 && word[0] !== lower[0]) lemma = lemma[0]!.toUpperCase() + lemma.slice(1);
    if (word === word.toUpperCase() && word.length > 1) lemma = lemma.toUpperCase();
    return { lemma, cases: e.cases };
  }
  return { lemma: word, cases: ['nom'] };
}

/** What `morph` says of a word: its lemma, part of speech and the cases its form can have. */
export interface WordForm {
  /** The dictionary form, lower case ("губернатора" → "губернатор", "призвали" → "призвать"). */
  lemma: string;
  /** OpenCorpora part of speech of the most likely parse: NOUN, ADJF, VERB, NPRO, PREP … */
  pos: string;
  /** The most likely parse's case, or null for a word without case (a verb, an adverb). */
  case: GramCase | null;
  /** Every case the dictionary allows for this form (over all its nominal parses), most likely first. */
  cases: GramCase[];
  /** Whether some parse is not nominal (a verb, adverb, preposition …): the word may not be a noun at all. */
  nonNominal: boolean;
  /** Parts of speech of all the dictionary's parses of the form. */
  posAll: string[];
  /** The word in the nominative with its number kept ("властей" → "власти"), lower case; the lemma when az has no such form. */
  nominative: string;
  /** Gender of the most likely parse (null for a plural-only or genderless word). */
  gender: 'masc' | 'femn' | 'neut' | null;
  /** Number of the most likely parse. */
  number: 'sing' | 'plur';
  /**
   * For an adjective or participle: its nominative agreeing with a noun of gender `g` and number
   * ("российской", femn, sing → "российская"); null when no parse of the word fits.
   */
  agree(g: string, number: 'sing' | 'plur'): string | null;
}

/** A source of word analyses (az by default in Node; `setMorphology` replaces it, e.g. in a browser or a test). */
export type Morphology = (word: string) => WordForm | null;

const AZ_CASE: Record<string, GramCase> = { nomn: 'nom', gent: 'gen', gen1: 'gen', gen2: 'gen', accs: 'acc', acc2: 'acc', datv: 'dat', ablt: 'ins', loct: 'loc', loc1: 'loc', loc2: 'loc', voct: 'nom' };
const NOMINAL = new Set(['NOUN', 'ADJF', 'PRTF', 'NPRO', 'NUMR']);

/** A word analysed by az's OpenCorpora dictionary; null for a word the dictionary does not hold (az's guesses by suffix are not used). */
function fromAz(az: AzParser, word: string): WordForm | null {
  const parses = az(word).filter((p) => p.parser === 'Dictionary');
  if (parses.length === 0) return null;
  const cases: GramCase[] = [];
  let nonNominal = false;
  const posAll: string[] = [];
  for (const p of parses) {
    if (!posAll.includes(p.grammemes[0]!)) posAll.push(p.grammemes[0]!);
    if (!NOMINAL.has(p.grammemes[0]!)) { nonNominal = true; continue; }
    for (const g of p.grammemes) {
      const c = AZ_CASE[g];
      if (c && !cases.includes(c)) cases.push(c);
    }
  }
  const top = parses[0]!;
  const topCase = top.grammemes.map((g) => AZ_CASE[g]).find((c) => c !== undefined) ?? null;
  const gender = top.grammemes.find((g) => g === 'masc' || g === 'femn' || g === 'neut') ?? null;
  const plural = top.grammemes.includes('plur');
  const lemma = top.lemma;
  const nominal = NOMINAL.has(top.grammemes[0]!);
  // The nominative and agreeing forms are inflected only when asked for (few words are), and the
  // memo keeps no parse object of az alive: `agree` parses the word again when it is called.
  let nominative: string | undefined;
  const agree = (g: string, number: 'sing' | 'plur'): string | null => {
    for (const p of az(word)) {
      if (p.parser !== 'Dictionary' || (p.grammemes[0] !== 'ADJF' && p.grammemes[0] !== 'PRTF')) continue;
      if (number === 'plur' ? !p.grammemes.includes('plur') : !p.grammemes.includes(g)) continue;
      return p.inflect(number === 'plur' ? ['nomn', 'plur'] : ['nomn', g, 'sing']);
    }
    return null;
  };
  return {
    lemma, pos: top.grammemes[0]!, case: topCase, cases, nonNominal, posAll,
    get nominative(): string {
      if (nominative === undefined) {
        const first = nominal ? az(word).find((p) => p.parser === 'Dictionary') : undefined;
        nominative = (first ? first.inflect(['nomn', plural ? 'plur' : 'sing']) : null) ?? lemma;
      }
      return nominative;
    },
    gender: gender as WordForm['gender'], number: plural ? 'plur' : 'sing', agree,
  };
}

let provider: Morphology | null | undefined;
const CACHE_MAX = 50_000;
const cache = new BoundedMemo<string, WordForm | null>(CACHE_MAX);

/**
 * Replaces the morphology `morph` uses (null: none, so `morph` always answers null; undefined: back
 * to az, loaded on first use). For a browser build, which has no az, or for tests.
 */
export function setMorphology(m: Morphology | null | undefined): void {
  provider = m;
  cache.clear();
}

/** Whether `morph` has its dictionary (or an injected morphology, or knows it has none) without loading anything. */
export function morphologyLoaded(): boolean {
  return provider !== undefined;
}

/**
 * Loads the dictionary now if it is not loaded yet (az's files: about a second, more under load)
 * and says whether one is available. Callers with a time budget call it with their clock stopped.
 */
export function morphologyReady(): boolean {
  if (provider === undefined) {
    const az = loadAz();
    provider = az ? (w: string) => fromAz(az, w) : null;
  }
  return provider !== null;
}

/**
 * Lemma, part of speech and case of a Russian word, from the OpenCorpora dictionary (`az`), or null
 * when no dictionary is available (a browser) or the word is not in it. Case-insensitive; the word
 * is read as written, without context, so `cases` lists every case the form can have
 * ("губернатора" → lemma губернатор, cases gen, acc; "Родителей" → родитель, gen, acc). Results are
 * memoised per spelling. Russian only: Ukrainian words get no answer (see docs/ruuk-morphology.md).
 */
export function morph(word: string): WordForm | null {
  if (!morphologyReady()) return null;
  return cache.get(word, (w) => (/^[а-яё]+(?:-[а-яё]+)*$/i.test(w) ? provider!(w) : null));
}

/**
 * Whether a Russian word can only be in an oblique case: the dictionary knows it, every parse is a
 * noun, adjective, participle, pronoun or numeral, and none is nominative ("Родителей", "Таможенникам",
 * "году", "ноября"). Such a word is no subject, so it cannot open a speaker phrase. False for a
 * word the dictionary does not know and without a dictionary.
 */
export function obliqueOnly(word: string): boolean {
  const f = morph(word);
  return f !== null && !f.nonNominal && f.cases.length > 0 && !f.cases.includes('nom');
}

/**
 * Whether a Russian word may be skipped before the subject of a clause: every dictionary parse of
 * it is an oblique noun, adjective, participle, pronoun or numeral, or an adverb ("утром", "ранее"),
 * and none is nominative. False for a word the dictionary does not know.
 */
export function beforeSubject(word: string): boolean {
  const f = morph(word);
  return f !== null && !f.cases.includes('nom') && f.posAll.every((p) => NOMINAL.has(p) || p === 'ADVB');
}
