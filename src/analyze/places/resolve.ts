/**
 * Places, step 2: resolution. Chooses one gazetteer entry for each recognised mention by adding
 * up weighted evidence (weights in data/place-weights.tsv, feature-code prominence in
 * data/place-features.tsv):
 *
 * - how the name matched (exact, folded, transliterated, skeleton, inflected) and whether the
 *   variant is the entry's current/official name;
 * - prominence: feature code and population;
 * - the level an administrative word asks for ("Kursk region" → the oblast);
 * - the document: its countries and first-level regions (named directly, or implied by places
 *   that resolve unambiguously), a region named right next to the mention ("Andriivka, Donetsk
 *   region"; the list before it shares it: "Ильинка и Петровка в ДНР"), and the distance to places
 *   already resolved in the text.
 *
 * Two passes: the first ranks each spelling on its own and collects the document's context from
 * its choices, each weighted by how clearly it won; the second ranks again with that context (a
 * spelling's own vote left out). One sense per discourse: mentions with the same spelling (and the
 * same administrative word) share one resolution, unless one of them carries its own region
 * qualifier, which then decides for that mention (and for its unqualified namesakes).
 * Work is per spelling, and nearby places are found through 1° cells, so a document that names
 * thousands of places stays linear.
 */
import type { Candidate, GazEntry, Gazetteer } from '../../geo/types.js';
import { cyrillicCountry, distanceKm, fold, transliterate } from '../../geo/index.js';
import { BARE_STEM_MIN_POPULATION } from '../../geo/keys.js';
import { hasCyrillic } from '../../util/index.js';
import { Kind, type Doc } from '../doc.js';
import type { Mention } from './recognise.js';
import { personKey, placeLexicon } from './lexicon.js';
import { isNativeName } from './variants.js';
import { defaultGazetteer } from './gazetteer.js';
import { table } from '../../lexicon/index.js';
import { escapeRegExp } from '../../util/index.js';

/** A mention with its chosen entry. */
export interface Resolved {
  mention: Mention;
  best: Candidate;
  /** the chosen entry's total score */
  score: number;
  /** score gap to the runner-up entry (Infinity when there is none) */
  margin: number;
  /** the part of the score that came from the document (regions, countries, nearby places) */
  support: number;
  /** the entry's region is named in the document (next to the mention or elsewhere) */
  regional: boolean;
  /** another place of the document lies within 100 km of the entry */
  nearby: boolean;
}

/** A resolution with every field in one order, `regional` and `nearby` false until resolveMentions sets them (one object shape). */
function resolved(mention: Mention, best: Candidate, score: number, margin: number, support: number): Resolved {
  return { mention, best, score, margin, support, regional: false, nearby: false };
}

/** Votes for codes (regions, countries), kept per group so that a group's own vote can be left out. */
class Votes {
  private readonly by = new Map<string, { total: number; groups: Map<string, number> }>();
  private readonly voters = new Set<string>();

  /** `group` votes `w` for `code` (its strongest vote counts). */
  add(code: string | null, group: string, w: number): void {
    if (!code) return;
    let v = this.by.get(code);
    if (!v) this.by.set(code, (v = { total: 0, groups: new Map() }));
    const old = v.groups.get(group) ?? 0;
    if (w <= old) return;
    v.groups.set(group, w);
    v.total += w - old;
    this.voters.add(group);
  }

  /** The strength (0..1) of the votes of groups other than `group` for `code`. */
  others(code: string | null, group: string): number {
    if (!code) return 0;
    const v = this.by.get(code);
    if (!v) return 0;
    return Math.min(1, v.total - (v.groups.get(group) ?? 0));
  }

  /** Whether a group other than `group` voted at all. */
  anyOther(group: string): boolean {
    return this.voters.size > (this.voters.has(group) ? 1 : 0);
  }
}

/** Places resolved in the first pass, by 1° cell, and the strongest ones inside each region and country. */
class Anchors {
  private readonly cells = new Map<number, [string, GazEntry, number][]>();
  private readonly inRegion = new Map<string, [string, number][]>();
  readonly all: [string, GazEntry, number][] = [];

  add(group: string, e: GazEntry, conf: number): void {
    this.all.push([group, e, conf]);
    const key = cellKey(Math.floor(e.lat), Math.floor(e.lon));
    const cell = this.cells.get(key) ?? [];
    // a few per cell are enough for a maximum (pathological documents name thousands)
    if (cell.length < 16) cell.push([group, e, conf]);
    this.cells.set(key, cell);
    for (const code of [`a:${e.admin1 ?? ''}`, `c:${e.country ?? ''}`]) {
      const list = this.inRegion.get(code) ?? [];
      list.push([group, conf]);
      list.sort((x, y) => y[1] - x[1]);
      // the two strongest suffice: the best from another group is among them
      this.inRegion.set(code, list.slice(0, 2));
    }
  }

  /** The strongest confidence of a place of another group inside a region ('a:') or country ('c:'). */
  inside(code: string, group: string): number {
    for (const [g, conf] of this.inRegion.get(code) ?? []) if (g !== group) return conf;
    return 0;
  }

  /** Calls `f` for the places of other groups within about 300 km of a point (a superset). */
  near(lat: number, lon: number, group: string, f: (e: GazEntry, conf: number) => void): void {
    if (this.all.length <= 48) {
      // few places: test them all (a latitude gap of 2.7° is more than 300 km)
      for (const [g, e, conf] of this.all) if (g !== group && Math.abs(e.lat - lat) <= 2.7) f(e, conf);
      return;
    }
    const la = Math.floor(lat);
    const lo = Math.floor(lon);
    const dLon = Math.min(180, Math.ceil(3 / Math.max(0.05, Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180))));
    for (let y = la - 3; y <= la + 3; y++) {
      for (let x = lo - dLon; x <= lo + dLon; x++) {
        const cell = this.cells.get(cellKey(y, x));
        if (!cell) continue;
        for (const [g, e, conf] of cell) if (g !== group) f(e, conf);
      }
    }
  }
}

/** A 1° cell's key (longitudes wrap). */
function cellKey(y: number, x: number): number {
  return y * 1000 + (((x % 360) + 540) % 360);
}

let theatre: { regions: Set<string>; countries: Set<string>; words: RegExp; loose: RegExp } | null = null;
/** The war's theatre and vocabulary (data/place-war-theatre.tsv). */
function warTheatre(): { regions: Set<string>; countries: Set<string>; words: RegExp; loose: RegExp } {
  if (theatre) return theatre;
  const regions = new Set<string>();
  const countries = new Set<string>();
  const words: string[] = [];
  for (const [kind, value] of table('place-war-theatre.tsv')) {
    if (!value) continue;
    if (kind === 'region') regions.add(value);
    else if (kind === 'country') countries.add(value);
    else if (kind === 'word') words.push(escapeRegExp(value));
  }
  // a stem at the start of a word (letters of any script before it end the match)
  const re = new RegExp(`(?<![\\p{L}])(?:${words.join('|')})`, 'iu');
  // the same words anywhere: a cheap first test (the look-behind at every position is what costs)
  const loose = new RegExp(`(?:${words.join('|')})`, 'iu');
  return (theatre = { regions, countries, words: re, loose });
}

let countryPartsCache: { loose: RegExp; parts: { re: RegExp; regions: string[] }[] } | null = null;

/**
 * The parts of a country of data/place-country-parts.tsv: a pattern of each phrase's stems and the
 * part's regions, and `loose`, any phrase's last stem anywhere (a cheap first test of a document).
 */
function countryParts(): { loose: RegExp; parts: { re: RegExp; regions: string[] }[] } {
  if (countryPartsCache) return countryPartsCache;
  const parts: { re: RegExp; regions: string[] }[] = [];
  const lasts = new Set<string>();
  for (const [phrase, codes] of table('place-country-parts.tsv')) {
    if (!phrase || !codes) continue;
    const words = phrase.toLowerCase().split(/\s+/);
    lasts.add(escapeRegExp(words[words.length - 1]!));
    const body = words.map((w) => `${escapeRegExp(w)}\\p{L}*`).join('\\s+');
    parts.push({ re: new RegExp(`(?<![\\p{L}])${body}`, 'iu'), regions: codes.split(',').map((c) => c.trim()).filter(Boolean) });
  }
  return (countryPartsCache = { loose: new RegExp([...lasts].join('|'), 'iu'), parts });
}

/** Whether a document is about the war (a word of data/place-war-theatre.tsv in its text). */
function aboutTheWar(doc: Doc): boolean {
  const w = warTheatre();
  return w.loose.test(doc.text) && w.words.test(doc.text);
}

interface Context {
  /** the document is about the war: settlements in its theatre are preferred */
  war: boolean;
  admin1: Votes;
  country: Votes;
  /** countries the document's demonyms point to ("Syrian forces"): weak evidence, never against */
  sides: Set<string>;
  anchors: Anchors;
}

const SMALL = new Set(['city', 'village']);

/** Match kinds from strongest to weakest, for `dedupe`. */
const DEDUPE_RANK: Readonly<Record<string, number>> = { exact: 0, fold: 1, translit: 2, inflection: 3, skeleton: 4 };

/** One candidate per entry: the strongest match. */
function dedupe(cands: Candidate[]): Candidate[] {
  const by = new Map<string, Candidate>();
  for (const c of cands) {
    const o = by.get(c.entry.id);
    if (!o || DEDUPE_RANK[c.match]! < DEDUPE_RANK[o.match]! || (DEDUPE_RANK[c.match] === DEDUPE_RANK[o.match] && c.preferred && !o.preferred)) by.set(c.entry.id, c);
  }
  return [...by.values()];
}

/** What `resolveMentions` works out for one spelling from its candidates alone, before the document's context. */
interface Spelling {
  /** the candidates, one per entry (`dedupe`) */
  cs: Candidate[];
  /** their priors (`prior`, then `dominated`); never changed once made */
  pr: Float64Array;
  /** a bare name some of whose towns are seats or large cities (see `contextScore`) */
  shadowed: boolean;
}

/** `Spelling` of a mention's candidates, its surface form and its administrative word (a pure function of the three and the gazetteer). */
function spellingOf(m: Mention, gaz: Gazetteer | null): Spelling {
  const cs = dedupe(m.cands);
  const pr = new Float64Array(cs.length);
  const rivals = rivalsOf(cs);
  for (let i = 0; i < cs.length; i++) pr[i] = prior(cs[i]!, m, rivals, gaz);
  dominated(cs, pr);
  return { cs, pr, shadowed: !m.want && cs.some((c) => SMALL.has(c.entry.level) && isSeat(c.entry)) };
}

/**
 * `spellingOf` remembered across documents: by gazetteer, by the candidate array (recognition's
 * look-ups hand the same array to every mention of a spelling, in every document, while the look-up
 * memo holds it), then by administrative word and surface form. News names the same places again and
 * again; a candidate array is never changed once looked up, and the memo goes with it.
 */
const SPELLINGS = new WeakMap<Gazetteer, WeakMap<readonly Candidate[], Map<string, Spelling>>>();

function spellingMemo(m: Mention, gaz: Gazetteer | null): Spelling {
  if (!gaz) return spellingOf(m, gaz);
  let byCands = SPELLINGS.get(gaz);
  if (!byCands) SPELLINGS.set(gaz, (byCands = new WeakMap()));
  let bySurface = byCands.get(m.cands);
  if (!bySurface) byCands.set(m.cands, (bySurface = new Map()));
  const key = `${m.want ?? ''}|${m.surface}`;
  let sp = bySurface.get(key);
  if (!sp) bySurface.set(key, (sp = spellingOf(m, gaz)));
  return sp;
}

/** A capital or regional seat, or a city of 100,000 people. */
function isSeat(e: GazEntry): boolean {
  return e.featureCode === 'PPLC' || e.featureCode === 'PPLA' || e.featureCode === 'PPLA2' || e.population >= 100000;
}

/** Letters of a name, case folded, without diacritics, apostrophes, spaces or hyphens. */
function letters(s: string): string {
  return s.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/**
 * Whether two names of at least 6 letters differ by at most one inserted, deleted or changed
 * letter once apostrophes, spaces and hyphens are dropped ("Krasnopolye" / "Krasnopol'e").
 */
function oneLetterApart(a: string, b: string): boolean {
  const x = letters(a);
  const y = letters(b);
  if (x.length < 6 || y.length < 6 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** The weights `match.<kind>` of data/place-weights.tsv by match kind, read on first use (no key string made per candidate). */
const matchWeights = new Map<string, number>();
function matchWeight(kind: string): number {
  let v = matchWeights.get(kind);
  if (v === undefined) matchWeights.set(kind, (v = placeLexicon().w(`match.${kind}`)));
  return v;
}

/**
 * The weight `variant.native` for a name that is not the entry's preferred one but its own in the
 * script of its country: the Russian name of a town in a country that writes Cyrillic, or its
 * transliteration ("Константиновка", "Konstantinovka" for Kostiantynivka, Donetsk oblast; "Красный
 * Лиман" for Lyman). Russian- and Ukrainian-language reporting names Ukrainian towns so, and such a
 * name must not lose to a village whose preferred name it happens to be (Konstantinovka, Amur oblast).
 */
function nativeBonus(c: Candidate, gaz: Gazetteer | null): number {
  const lex = placeLexicon();
  const e = c.entry;
  if (!e.country || !cyrillicCountry(e.country)) return 0;
  if (!(hasCyrillic(c.variant) || (gaz && isNativeName(gaz, e.id, c.variant)))) return 0;
  return lex.w('variant.native');
}

/** The prior score of a candidate, from the candidate alone. */
/** What the other candidates of one spelling say about each of them, worked out once per spelling for `prior`. */
interface Rivals {
  /** Some candidate matches the spelling exactly or folded. */
  close: boolean;
  /** Some town of a Cyrillic country of at least BARE_STEM_MIN_POPULATION matches it by a Cyrillic name. */
  cyrillicTown: boolean;
  /** Some candidate meets the spelling as a case form of a Cyrillic name. */
  cyrillicInflection: boolean;
  /** `country\tadmin1` of the towns that are seats, and the countries whose capital is a candidate town. */
  seatRegions: Set<string>;
  capitalCountries: Set<string | null>;
}

/** The `Rivals` of one spelling's candidates. */
function rivalsOf(all: readonly Candidate[]): Rivals {
  const seatRegions = new Set<string>();
  const capitalCountries = new Set<string | null>();
  for (const o of all) {
    if (!SMALL.has(o.entry.level) || !isSeat(o.entry)) continue;
    seatRegions.add(`${o.entry.country}\t${o.entry.admin1}`);
    if (o.entry.featureCode === 'PPLC') capitalCountries.add(o.entry.country);
  }
  return {
    close: all.some((o) => o.match === 'exact' || o.match === 'fold'),
    cyrillicTown: all.some((o) => SMALL.has(o.entry.level) && cyrillicCountry(o.entry.country) && o.entry.population >= BARE_STEM_MIN_POPULATION && (o.match === 'exact' || o.match === 'fold' || (o.match === 'inflection' && hasCyrillic(o.variant)))),
    cyrillicInflection: all.some((o) => o.match === 'inflection' && hasCyrillic(o.variant)),
    seatRegions,
    capitalCountries,
  };
}

function prior(c: Candidate, m: Mention, rivals: Rivals, gaz: Gazetteer | null): number {
  const { w, features, typicalPop } = placeLexicon();
  const e = c.entry;
  // a loose (skeleton) match one letter away from the text is a transliteration variant
  // ("Krasnopolye" / "Krasnopol'e", both for Краснополье): as good as a transliteration, so that
  // the document's nearby places can still prefer it over an exact namesake far away
  // (a Cyrillic spelling is compared through its transliteration: Russian "Ильинка" is Ukrainian
  // Illinka's variant, "Петровка" Petrivka's, not a different word)
  const variant = c.match === 'skeleton' && (oneLetterApart(m.surface, c.variant) || (hasCyrillic(m.surface) && !hasCyrillic(c.variant) && oneLetterApart(transliterate(fold(m.surface)), c.variant)));
  let s = matchWeight(variant ? 'translit' : c.match) + (c.preferred ? w('variant.preferred') : nativeBonus(c, gaz));
  // a loose (skeleton) match is a fallback: weak when another entry matches the spelling closely
  if (c.match === 'skeleton' && !variant && rivals.close) s += w('match.skeleton.shadowed');
  // a Cyrillic case form that meets the entry only through a Latin name is two guesses (a case ending
  // and a transliteration): weaker than one meeting a Cyrillic name («Липців» is Lyptsi/Липці, not
  // the village whose old Latin name is "Liptsy")
  if (c.match === 'inflection' && !hasCyrillic(c.variant) && hasCyrillic(m.surface)) {
    s += w('match.inflection.latin');
    // ... weaker still when another entry meets the same form through a Cyrillic name
    if (rivals.cyrillicInflection) s += w('match.inflection.latin.shadowed');
  }
  // a Cyrillic spelling that names a town of some size in a Cyrillic country names it rather than a
  // place abroad spelt alike in Russian («Мер Сум», genitive of Суми/Sumy, is no Soum of Burkina
  // Faso; lane fixF, review 2 finding 6): the town abroad loses `cyrillic.abroad.shadowed` (the town
  // read by its Cyrillic name: a case form read to a Latin name is two guesses, see above)
  if (e.level !== 'country' && !cyrillicCountry(e.country) && hasCyrillic(m.surface) && rivals.cyrillicTown) s += w('cyrillic.abroad.shadowed');
  s += w('prominence') * (features.get(e.featureCode) ?? (e.level === 'village' ? 1 : 2));
  // populations under 1,000 are mostly unknown (0) or noise: small places count as 1,000
  // a region's population is the sum of its towns': it counts at most as the typical region's, so
  // that a region does not outweigh its own large city by adding the city up
  const typical = typicalPop.get(e.featureCode) ?? 0;
  const region = e.level === 'admin1' || e.level === 'admin2';
  const pop = region && typical ? Math.min(e.population || typical, typical) : e.population || typical;
  s += w('population.log10') * Math.log10(Math.max(SMALL.has(e.level) ? 1000 : 1, pop));
  if (m.want) s += e.level === m.want ? w('level.wanted') : w('level.unwanted');
  else if ((e.level === 'admin1' || e.level === 'admin2') && (rivals.seatRegions.has(`${e.country}\t${e.admin1}`) || rivals.capitalCountries.has(e.country))) {
    // a bare name is the town, not the region named after it ("Kursk" vs "Kursk region"), when the
    // town is a seat or a large city inside the region, or the national capital ("Washington"); not
    // "California" or "Nevada", county seats in Missouri
    s += w('level.unwanted');
  }
  return s;
}

/** The context weights of data/place-weights.tsv, read once (each is required when the weights load, so none can be missing later). */
let contextWeights: { admin1: number; country: number; countryOther: number; side: number; near150: number; near300: number } | null = null;

function contextScore(c: Candidate, group: string, ctx: Context, qualifier: string | null, shadowed: boolean): number {
  const { w } = placeLexicon();
  const cw = (contextWeights ??= {
    admin1: w('context.admin1'), country: w('context.country'), countryOther: w('context.country.other'), side: w('context.side'),
    near150: w('context.near150km'), near300: w('context.near300km'),
  });
  const e = c.entry;
  let s = 0;
  // a region named like its seat ("New York", "Kursk") is not supported by the places inside it:
  // they support the town as much
  const region = e.level === 'admin1' || e.level === 'admin2';
  if (qualifier) s += e.admin1 === qualifier ? 2 * cw.admin1 : -cw.admin1;
  // a region or a country is supported by the places the document names inside it
  if (!(region && shadowed)) s += cw.admin1 * ctx.admin1.others(e.admin1, group);
  const v = ctx.country.others(e.country, group);
  if (v > 0) s += cw.country * v;
  else if (e.level !== 'country' && ctx.country.anyOther(group)) s += cw.countryOther;
  if (e.country && ctx.sides.has(e.country)) s += cw.side;
  if (ctx.war) {
    const th = warTheatre();
    if ((e.country && th.countries.has(e.country)) || (e.admin1 && th.regions.has(e.admin1))) s += w('context.war');
  }
  // nearer is stronger: full weight at 0 km, none at 150 km; a flat small bonus up to 300 km;
  // a place inside a region or country is at 0 km from it
  let best = 0;
  if (e.level === 'admin1' && !shadowed) best = cw.near150 * ctx.anchors.inside(`a:${e.admin1 ?? ''}`, group);
  else if (e.level === 'country' && e.country) best = cw.near150 * ctx.anchors.inside(`c:${e.country}`, group);
  const near150 = cw.near150;
  const near300 = cw.near300;
  ctx.anchors.near(e.lat, e.lon, group, (a, conf) => {
    // (the same entry named by another spelling supports it as a place at distance 0 would: «Липці»
    // then «Липців» is Lyptsi, not the village 7 km off that Lyptsi would otherwise pull in)
    const d = a.id === e.id ? 0 : distanceKm(a.lat, a.lon, e.lat, e.lon);
    const v = conf * (d < 150 ? near150 * (1 - d / 150) : d < 300 ? near300 : 0);
    if (v > best) best = v;
  });
  s += best;
  return s;
}

/** How sure a first-pass choice is (0.5..1): by its lead over the runner-up. */
function confidence(r: Resolved, n: number): number {
  return n === 1 ? 1 : 0.5 + 0.5 * Math.min(1, r.margin / 3);
}

/** The key under which mentions share one resolution. */
function groupKey(m: Mention): string {
  return `${m.want ?? ''}|${m.surface.toLowerCase()}`;
}

/**
 * The region qualifier written right after (or right before) a mention: "Andriivka, Donetsk
 * region", "Andriivka in the Donetsk region", "Andriivka (Kharkiv Oblast)", "Donetsk Oblast's
 * Andriivka". Returns the index of the qualifying mention or -1.
 */
function qualifierOf(doc: Doc, ms: Mention[], k: number, isRegion: (k: number) => boolean): number {
  const t = doc.tokens;
  const m = ms[k]!;
  if (m.want === 'admin1' || isRegion(k)) return -1;
  const n = ms[k + 1];
  if (n && isRegion(k + 1) && n.t0 > m.t0) {
    let ok = true;
    for (let x = m.next; x < n.t0; x++) {
      const w = t.lower[x]!;
      if (!(w === ',' || w === '(' || w === 'in' || w === 'of' || w === 'the' || w === 'в' || w === 'у' || w === '-' || w === '–')) ok = false;
    }
    if (ok && n.t0 - m.next <= 3 && t.sent[n.t0] === t.sent[m.t0]) return k + 1;
  }
  const b = ms[k - 1];
  if (b && isRegion(k - 1) && b.next <= m.t0 && m.t0 - b.next <= 1 && t.sent[b.t0] === t.sent[m.t0]) {
    const w = b.next < m.t0 ? t.lower[b.next]! : '';
    if (w === "'s" || w === '') return k - 1;
  }
  return -1;
}

/**
 * A town of the war's theatre (data/place-war-theatre.tsv) of at least `dominant.min.population`
 * people, named by this spelling closely (not through a skeleton, nor a transliteration of another name),
 * dominates its homonyms of under 1/`dominant.ratio` its size: they get `population.dominated` on
 * their prior (in place); a place read through a case ending is no namesake of one read as written
 * (or the other way round). "Kostiantynivka" beside Kropyvnytskyi is still the city of the Donetsk
 * region, not a village of the Kirovohrad region that the nearby city would otherwise pull in; a
 * region named with the mention ("Kostiantynivka in the Kirovohrad region") still decides.
 */
function dominated(cs: Candidate[], pr: Float64Array): void {
  if (cs.length < 2) return;
  const { w } = placeLexicon();
  const th = warTheatre();
  let top: Candidate | null = null;
  for (const c of cs) {
    const e = c.entry;
    if (!SMALL.has(e.level) || c.match === 'skeleton' || (c.match === 'translit' && !c.preferred)) continue;
    if (!((e.country && th.countries.has(e.country)) || (e.admin1 && th.regions.has(e.admin1)))) continue;
    if (e.population >= w('dominant.min.population') && (!top || e.population > top.entry.population)) top = c;
  }
  if (!top) return;
  const limit = top.entry.population / w('dominant.ratio');
  // namesakes only: a place the spelling names through a case ending while it is the town's name as
  // written (or the other way round) bears another name («Бердичів», genitive of Бердичі, a village
  // by Avdiivka, and the nominative of Berdychiv): the document decides between them
  const inflected = top.match === 'inflection';
  cs.forEach((c, i) => {
    if (c !== top && SMALL.has(c.entry.level) && c.entry.population < limit && (c.match === 'inflection') === inflected) pr[i]! += w('population.dominated');
  });
}

/** The vote group of the document's author (no spelling's group key starts with a NUL). */
const AUTHOR_GROUP = '\u0000author';

/** Words that join the names of a list ("A, B и C в ДНР"). */
const LIST_JOINERS = new Set([',', 'and', 'и', 'і', 'й', 'та']);

/**
 * Resolves every mention (see the file comment). `speaks(k)` says that mention k names a claim's
 * speaker ("Russia says ...", "Moscow said ..."): a country or capital read so at every mention of its
 * spelling gives the document no context, since it says who speaks, not where things happen ("Russia
 * says it repelled attacks near Konstantinovka" is no evidence for a Konstantinovka in Russia).
 */
export function resolveMentions(doc: Doc, ms: Mention[], speaks?: (k: number) => boolean): (Resolved | null)[] {
  const gaz = doc.gazetteer ?? defaultGazetteer();
  // mentions with one spelling (and administrative word) share their candidates: work per group
  const keys = ms.map(groupKey);
  const silent = new Map<string, boolean>();
  keys.forEach((k, i) => silent.set(k, (silent.get(k) ?? true) && !!speaks?.(i)));
  const rep = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!rep.has(k)) rep.set(k, i);
  });
  const groups = [...rep.entries()];
  const cands = new Map<string, Candidate[]>();
  // (priors in a Float64Array: a plain array was of small integers for some spellings and of
  // doubles for others, two element kinds that made `pick`'s optimised code be thrown away)
  const priors = new Map<string, Float64Array>();
  const shadowed = new Map<string, boolean>();
  for (const [key, i] of groups) {
    const sp = spellingMemo(ms[i]!, gaz);
    cands.set(key, sp.cs);
    priors.set(key, sp.pr);
    shadowed.set(key, sp.shadowed);
  }
  const pick = (key: string, k: number, extra: (c: Candidate) => number): Resolved | null => {
    const cs = cands.get(key)!;
    const pr = priors.get(key)!;
    let bi = -1;
    let bs = -Infinity;
    let ss = -Infinity;
    let bx = 0;
    for (let i = 0; i < cs.length; i++) {
      const x = extra(cs[i]!);
      const sc = pr[i]! + x;
      if (sc > bs) {
        ss = bs;
        bs = sc;
        bi = i;
        bx = x;
      } else if (sc > ss) ss = sc;
    }
    return bi < 0 ? null : resolved(ms[k]!, cs[bi]!, bs, bs - ss, bx);
  };
  // pass 1: each spelling on its own
  const first = new Map<string, Resolved | null>();
  for (const [key, i] of groups) first.set(key, pick(key, i, () => 0));
  const ctx: Context = { war: aboutTheWar(doc), admin1: new Votes(), country: new Votes(), sides: new Set(), anchors: new Anchors() };
  // the case forms of one ambiguous name («в Урожайном», «в районе Урожайного») that chose the same
  // entry on their own are one voter: they echo one unsupported first reading, and must not confirm
  // each other against the region the document names («советник главы ДНР»)
  const voter = new Map<string, string>();
  for (const [key] of groups) {
    const r = first.get(key);
    voter.set(key, r && cands.get(key)!.length > 1 ? `\u0002${r.best.entry.id}` : key);
  }
  const vk = (key: string): string => voter.get(key) ?? key;
  for (const [key] of groups) {
    const r = first.get(key);
    if (!r) continue;
    const conf = confidence(r, cands.get(key)!.length);
    const e = r.best.entry;
    const v = vk(key);
    if ((e.level === 'country' || e.featureCode === 'PPLC') && silent.get(key)) continue;
    if (e.level === 'country') ctx.country.add(e.country, v, 0.5);
    else if (e.level === 'admin1' || e.level === 'admin2') {
      ctx.admin1.add(e.admin1, v, 1);
      ctx.country.add(e.country, v, 1);
    } else {
      ctx.admin1.add(e.admin1, v, conf / 2);
      ctx.country.add(e.country, v, conf / 2);
    }
    if (e.level !== 'country' && e.level !== 'admin1') ctx.anchors.add(v, e, conf);
  }
  for (const s of doc.sides) if (s.country) ctx.sides.add(s.country);
  // the region the document's author governs (a governor's or a regional administration's post)
  // counts as a region the document names (data/place-speaker-regions.tsv)
  const authorRegion = doc.author.name ? placeLexicon().speakerRegions.get(personKey(doc.author.name)) : undefined;
  if (authorRegion) {
    ctx.admin1.add(authorRegion, AUTHOR_GROUP, 1);
    ctx.country.add(authorRegion.slice(0, 2), AUTHOR_GROUP, 1);
  }
  // a part of a country the document names ("eastern Ukraine", «на сході України», "the Donbas")
  // counts as naming each region of that part (data/place-country-parts.tsv)
  const cp = countryParts();
  for (const [i, part] of (cp.loose.test(doc.text) ? cp.parts : []).entries()) {
    if (!part.re.test(doc.text)) continue;
    for (const code of part.regions) ctx.admin1.add(code, `\u0000part${i}`, 1);
  }
  // pass 2: with the document's context; qualified mentions first, then one sense per spelling
  const isRegion = (k: number): boolean => {
    const l = first.get(keys[k]!)?.best.entry.level;
    return !!ms[k]!.want || l === 'admin1' || l === 'admin2';
  };
  const out: (Resolved | null)[] = new Array(ms.length).fill(null);
  const qualified = new Map<string, Resolved | null>();
  const readingOf = new Map<string, Resolved>();
  const quals = ms.map((_, k) => qualifierOf(doc, ms, k, isRegion));
  // a list of places before a qualified one shares its qualifier: "Ильинка и Петровка в ДНР",
  // "Andriivka, Klishchiivka and Kurdiumivka in the Donetsk region"; not a seat or large city the
  // list starts with ("в Николаев, Ильинку и Петровку в ДНР": Mykolaiv is the oblast centre, not a
  // village of the region after the list)
  const seatFirst = (k: number): boolean => {
    const e = first.get(keys[k]!)?.best.entry;
    return !!e && isSeat(e);
  };
  for (let k = ms.length - 2; k >= 0; k--) {
    if (quals[k]! >= 0 || quals[k + 1]! < 0 || quals[k + 1]! < k + 1 || isRegion(k) || isRegion(k + 1) || ms[k]!.want || seatFirst(k)) continue;
    const t = doc.tokens;
    let ok = ms[k + 1]!.t0 > ms[k]!.next && t.sent[ms[k + 1]!.t0] === t.sent[ms[k]!.t0];
    for (let x = ms[k]!.next; ok && x < ms[k + 1]!.t0; x++) ok = t.kind[x] === Kind.Space || LIST_JOINERS.has(t.lower[x]!);
    if (ok) quals[k] = quals[k + 1]!;
  }
  for (let k = 0; k < ms.length; k++) {
    const q = quals[k]!;
    if (q < 0) continue;
    const qa = first.get(keys[q]!)?.best.entry;
    const code = qa && (qa.level === 'admin1' || qa.level === 'admin2') ? qa.admin1 : null;
    const key = keys[k]!;
    const ck = `${key}|${code ?? ''}`;
    const sh = shadowed.get(key)!;
    if (!qualified.has(ck)) qualified.set(ck, pick(key, k, (c) => contextScore(c, vk(key), ctx, code, sh)));
    const r = qualified.get(ck);
    out[k] = r ? resolved(ms[k]!, r.best, r.score, r.margin, r.support) : null;
    // a spelling whose mentions carry a qualifier elsewhere takes that reading
    if (r && !readingOf.has(key)) readingOf.set(key, r);
  }
  const byKey = new Map<string, Resolved | null>();
  for (let k = 0; k < ms.length; k++) {
    if (out[k]) continue;
    const key = keys[k]!;
    const sh = shadowed.get(key)!;
    if (!byKey.has(key)) byKey.set(key, readingOf.get(key) ?? pick(key, k, (c) => contextScore(c, vk(key), ctx, null, sh)));
    const r = byKey.get(key);
    out[k] = r ? resolved(ms[k]!, r.best, r.score, r.margin, r.support) : null;
  }
  const near = new Map<string, boolean>();
  out.forEach((r, k) => {
    if (!r) return;
    const e = r.best.entry;
    const key = keys[k]!;
    r.regional = ctx.admin1.others(e.admin1, vk(key)) > 0;
    const nk = `${key}|${e.id}`;
    if (!near.has(nk)) {
      let found = false;
      ctx.anchors.near(e.lat, e.lon, vk(key), (a) => {
        if (!found && a.id !== e.id && distanceKm(a.lat, a.lon, e.lat, e.lon) <= 100) found = true;
      });
      near.set(nk, found);
    }
    r.nearby = near.get(nk)!;
  });
  return out;
}
