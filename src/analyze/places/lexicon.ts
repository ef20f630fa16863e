/** Data used by the places stage (demonyms, admin words, feature prominence, weights), loaded once. */
import { table, wordSet } from '../../lexicon/index.js';
import { fold, inflectionBasesOfFolded } from '../../geo/keys.js';
import { hasCyrillic } from '../../util/index.js';

export interface AdminWord {
  level: 'admin1' | 'admin2';
  position: 'after' | 'before' | 'adj';
  /** counts only as written in lower case (position `after-lower`: "Washington state", not "North State Street") */
  lower: boolean;
}

/** What a feature word makes of a longer name (data/place-feature-words.tsv). */
export type FeatureKind = 'same' | 'area' | 'site' | 'nature';

/** A region's abbreviation (data/place-abbreviations.tsv): "N.J." → New Jersey, US-NJ. */
export interface Abbreviation {
  /** the region's English name */
  name: string;
  /** ISO 3166-2 code of the region (ISO 3166-1 alpha-2 for a country) */
  code: string;
  /** whether it stands alone after a locative preposition ("in Calif.") */
  alone: boolean;
}

function load() {
  const demonyms = new Map<string, { country: string | null; countryName: string; form: 'adj' | 'people' }>();
  for (const [w, cc, name, form] of table('demonyms.tsv')) {
    demonyms.set(w!.toLowerCase(), { country: cc === '-' ? null : cc!, countryName: name!, form: form === 'people' ? 'people' : 'adj' });
  }
  const demonymFirstWords = new Set([...demonyms.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
  const stopwords = wordSet('place-stopwords.txt');
  const stopwordsRuuk = new Set([...wordSet('place-stopwords-ruuk.txt')].map(fold));
  const landmarkNouns = [...wordSet('place-landmark-nouns-ruuk.txt')].map((w) => w.toLowerCase());
  const firstNames = wordSet('first-names.txt');
  const adminWords = new Map<string, AdminWord>();
  for (const [w, level, position] of table('place-admin-words.tsv')) {
    const lower = position === 'after-lower';
    // every row has all three fields (one object shape: a row with `lower` only where it is set made
    // the places stage's look-ups see two shapes and its optimised code was thrown away and rebuilt)
    adminWords.set(w!.toLowerCase(), { level: level as AdminWord['level'], position: lower ? 'after' : position as AdminWord['position'], lower });
  }
  const features = new Map<string, number>();
  const typicalPop = new Map<string, number>();
  for (const [code, score, pop] of table('place-features.tsv')) {
    features.set(code!, Number(score));
    typicalPop.set(code!, Number(pop ?? 0) || 0);
  }
  const weights = new Map<string, number>();
  for (const [k, v] of table('place-weights.tsv')) weights.set(k!, Number(v));
  const w = (k: string): number => {
    const v = weights.get(k);
    if (v === undefined || Number.isNaN(v)) throw new Error(`sitrep: data/place-weights.tsv has no weight '${k}'`);
    return v;
  };
  for (const k of REQUIRED_WEIGHTS) w(k); // fail at load, not halfway through a document
  const abbreviations = new Map<string, Abbreviation[]>();
  for (const [abbr, name, code, , bare] of table('place-abbreviations.tsv')) {
    if (!abbr || !name || !code) continue;
    const list = abbreviations.get(abbr) ?? [];
    list.push({ name, code, alone: bare === 'yes' });
    abbreviations.set(abbr, list);
  }
  const featureWords = new Map<string, FeatureKind>();
  for (const [word, kind] of table('place-feature-words.tsv')) {
    if (word && (kind === 'same' || kind === 'area' || kind === 'site' || kind === 'nature')) featureWords.set(word, kind);
  }
  const locatives = wordSet('place-locatives.txt');
  // words next to a name that make it a vessel, armed group or organisation (data/place-name-clues.tsv)
  const nameClues = nameCluesOf(table('place-name-clues.tsv'));
  // the region each governor or head of a regional administration speaks for (data/place-speaker-regions.tsv)
  const speakerRegions = new Map<string, string>();
  for (const [names, code] of table('place-speaker-regions.tsv')) {
    if (!names || !code) continue;
    for (const n of names.split('|')) speakerRegions.set(personKey(n), code);
  }
  return { nameClues, actorNames: actorNames(), speakerRegions, demonyms, demonymFirstWords, adminWords, features, typicalPop, w, stopwords, stopwordsRuuk, landmarkNouns, firstNames, abbreviations, featureWords, locatives };
}

/**
 * The word sets of data/place-name-clues.tsv by their `where` column (lower case); a row whose
 * `where` is no known set (also an inherited property name such as "constructor") is skipped.
 */
export function nameCluesOf(rows: Iterable<readonly (string | undefined)[]>) {
  const nameClues = {
    before: new Set<string>(), after: new Set<string>(), possessive: new Set<string>(), title: new Set<string>(),
    weak: new Set<string>(), verb: new Set<string>(), frame: new Set<string>(), clock: new Set<string>(), 'clock-after': new Set<string>(),
    month: new Set<string>(), 'before-abbr': new Set<string>(), site: new Set<string>(),
  };
  for (const [word, where] of rows) {
    if (word && where && Object.hasOwn(nameClues, where)) nameClues[where as keyof typeof nameClues].add(word.toLowerCase());
  }
  return nameClues;
}

/**
 * One-word names of persons and organisations the project knows (lower case): data/actors.tsv `name`
 * and `cue` rows of one word ("prigozhin", "budanov", "wagner", "azov"), the one-word keys of
 * data/actors-cyrillic.tsv ("буданов", "гур") and data/org-words.tsv `name` rows.
 * Such a word is a place only in a locative frame (see data/place-name-clues.tsv `weak`).
 */
function actorNames(): Set<string> {
  const out = new Set<string>();
  for (const [phrase, kind] of table('actors.tsv')) {
    if (phrase && (kind === 'name' || kind === 'cue') && !/\s/.test(phrase)) out.add(phrase.toLowerCase());
  }
  for (const [keys] of table('actors-cyrillic.tsv')) {
    for (const k of (keys ?? '').split(',')) if (k.trim() && !/\s/.test(k.trim())) out.add(k.trim().toLowerCase());
  }
  for (const [word, kind] of table('org-words.tsv')) if (word && kind === 'name' && !/\s/.test(word)) out.add(word.toLowerCase());
  return out;
}

const REQUIRED_WEIGHTS = [
  'match.exact', 'match.fold', 'match.translit', 'match.skeleton', 'match.inflection', 'match.skeleton.shadowed',
  'variant.preferred', 'variant.native', 'dominant.min.population', 'dominant.ratio', 'population.dominated', 'prominence', 'population.log10', 'level.wanted', 'level.unwanted', 'context.admin1',
  'context.country', 'context.country.other', 'context.side', 'context.near150km', 'context.near300km',
  'speaker.min.population', 'person.name.max.population', 'remote.max.population', 'remote.km', 'remote.min.places', 'remote.cluster.km',
];

let cached: ReturnType<typeof load> | null = null;
/** The places lexicons (loaded on first use). */
export function placeLexicon(): ReturnType<typeof load> {
  return (cached ??= load());
}

/**
 * Whether a lower-case word is a common word that is never a place alone: an English one of
 * data/place-stopwords.txt as written, or a Russian or Ukrainian one of data/place-stopwords-ruuk.txt
 * as written or through a case ending ("Центре" → центр).
 */
export function isCommonWord(lower: string): boolean {
  const lex = placeLexicon();
  if (lex.stopwords.has(lower)) return true;
  if (!hasCyrillic(lower)) return false;
  const f = fold(lower);
  return lex.stopwordsRuuk.has(f) || inflectionBasesOfFolded(f).some((b) => lex.stopwordsRuuk.has(b));
}

/** Whether a lower-case Cyrillic word starts like a street or landmark noun of data/place-landmark-nouns-ruuk.txt ("улице", "доме"). */
export function isLandmarkNoun(lower: string): boolean {
  return placeLexicon().landmarkNouns.some((n) => lower.startsWith(n));
}

/** A person's name as data/place-speaker-regions.tsv is keyed: folded, without apostrophes, single spaces. */
export function personKey(name: string): string {
  return fold(name).replace(/['’ʼ`]/g, '').replace(/\s+/g, ' ').trim();
}
