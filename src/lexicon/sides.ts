/**
 * Sides of phrases, below both analyze and compare: the actor rows of data/actors.tsv,
 * actors-cyrillic.tsv, sides.tsv, countries.tsv, outlet-words.txt, outlet-exceptions.txt and
 * side-words-ruuk.tsv (loaded once on first use), the side a phrase names (`sideOfPhrase`) and a
 * side's opponent. The events stage reads a phrase's side as compare does, through this module.
 */
import { table } from './index.js';
import { PhraseMatcher, wordsOf, type Word } from './phrases.js';
import { grammarSet } from './grammar.js';

/**
 * A side in the conflict, as written in data/actors.tsv: `UA`, `RU`, or another ISO 3166-1
 * alpha-2 code (`BY`, `US` ...) or organisation code (`UN`, `NATO`, `EU`, `ICRC`, `IAEA` ...).
 * Null everywhere means "unknown": compare never guesses a side.
 */
export type Side = string;

/** What a phrase says of its speaker's side: the side, official flag, affiliation and what decided the side. */
export interface PhraseSide {
  side: Side | null;
  official: boolean | null;
  affiliation: string | null;
  sideFrom: string | null;
}

/** A row of actors.tsv (or a country row of countries.tsv, as kind "cue"). */
export interface ActorRow {
  phrase: string;
  kind: 'name' | 'cue' | 'role';
  side: Side | null;
  official: boolean | null;
  affiliation: string | null;
  /** A country name, capital or demonym from countries.tsv (a weaker cue than an actors.tsv row). */
  country: boolean;
  /** A capital for its government (data/sides.tsv kind `capital`): not taken by a channel's name that holds it. */
  capital?: boolean;
  /**
   * An office of a region (kind "office" in actors.tsv: "governor", "military administration"): a
   * role whose holder speaks for the country of the region named with it ("the governor of the
   * Kursk region" → RU). Otherwise a role.
   */
  office?: boolean;
  /**
   * A region (kind "region" in data/sides.tsv: "курск~", "sumy"): a role-like row whose side counts
   * only beside an office word ("губернатор Курской области" → RU); `side` null for a region both
   * sides claim (Donetsk, Kherson).
   */
  region?: boolean;
  /**
   * An office word of data/sides.tsv ("губернатор", "глава", "начальник"): like `office`, but it takes
   * its side only from a region word of the same phrase, not from the places the analysis resolved.
   */
  seat?: boolean;
  /** An outlet word (data/outlet-words.txt: "daily", "independent"): a country word beside it is no side. */
  outlet?: boolean;
  /**
   * A unit type, force or body of one side (kind "unit" in data/sides.tsv, an organisation of
   * data/actors-cyrillic.tsv): a country word of another side in the same phrase names its owner
   * and wins ("ВДВ Украины", "Повітряні сили США").
   */
  unit?: boolean;
}

/** The side column value of data/side-words-ruuk.tsv for words that name the speaker's opponent. */
export const ENEMY_SIDE = 'enemy';

/** The official column of a side table: `yes`, `no`, or anything else for unknown. */
function officialFlag(v: string | undefined): boolean | null {
  return v === 'yes' ? true : v === 'no' ? false : null;
}

function load() {
  const actors = new PhraseMatcher<ActorRow>();
  const countryRows = table('countries.tsv');
  const countryName = new Map<string, string>();
  for (const [name, code, kind] of countryRows) if (kind === 'country' && !countryName.has(code!)) countryName.set(code!, name!);
  for (const [name, code] of countryRows) {
    // Country names, capitals and demonyms: a side cue ("Russia's defence ministry", "officials in Kyiv"),
    // labelled with the country's name.
    actors.add(name!, { phrase: name!.toLowerCase(), kind: 'cue', side: code!, official: null, affiliation: countryName.get(code!) ?? name!, country: true });
  }
  // actors.tsv is read once: its rows here, and their official column by phrase for the Cyrillic rows below
  const officialOf = new Map<string, boolean | null>();
  for (const r of table('actors.tsv')) {
    const [phrase, kind, side, official, affiliation] = r;
    if (kind !== 'name' && kind !== 'cue' && kind !== 'role' && kind !== 'office') throw new Error(`sitrep: data/actors.tsv: bad kind "${kind}" for "${phrase}"`);
    officialOf.set(phrase!, officialFlag(official));
    actors.add(phrase!, {
      phrase: phrase!,
      // an office with a side (an office only that side has: a city's military administration) is
      // also a cue for it; with "-" a role whose side comes from the place named beside it
      kind: kind === 'office' ? (side && side !== '-' ? 'cue' : 'role') : kind,
      office: kind === 'office',
      side: side && side !== '-' ? side : null,
      official: officialFlag(official),
      affiliation: affiliation && affiliation !== '-' ? affiliation : null,
      country: false,
    });
  }
  // Russian and Ukrainian spellings of actors (actors-cyrillic.tsv): keys and full names in both
  // languages, so a channel named "Олександр Сирський" or "Ярослав Янушевич | Херсонська ОВА" has its side.
  for (const [keys, latin, ru, uk, type, side] of table('actors-cyrillic.tsv')) {
    const known = side && side !== '-' ? side : null;
    const official = officialOf.get((latin ?? '').toLowerCase()) ?? (type === 'channel' ? false : true);
    const row: Omit<ActorRow, 'phrase'> = known
      ? { kind: 'name', side: known, official, affiliation: latin ?? null, country: false, unit: type === 'organisation' }
      : { kind: 'role', side: null, official: true, affiliation: latin ?? null, country: false };
    // Keys of three letters or fewer only for abbreviations ("СБУ", "ГУР"), not for a short surname
    // that is also a common word (Ukrainian "ким", "by whom").
    const abbreviation = !!ru && ru === ru.toUpperCase();
    const short = (k: string): boolean => k.length <= 3 && !abbreviation;
    // A person's Latin name too: a speaker resolved to it ("он" → Vladimir Rogov) keeps the side. Not
    // a channel's or body's (their English names, "Grey Zone", "Two Majors", are common phrases).
    const latinKey = type === 'person' ? latin ?? '' : '';
    for (const k of new Set([...(keys ?? '').split(','), ru ?? '', uk ?? '', latinKey].map((x) => x.trim().toLowerCase()).filter((x) => x && !short(x)))) actors.add(k, { phrase: k, ...row });
  }
  // Groupings, commands, unit types, bodies, regional offices, regions and media of data/sides.tsv.
  for (const r of table('sides.tsv')) {
    const [phrase, kind, side, official, affiliation] = r;
    if (kind !== 'name' && kind !== 'cue' && kind !== 'weak' && kind !== 'capital' && kind !== 'unit' && kind !== 'office' && kind !== 'region' && kind !== 'role') throw new Error(`sitrep: data/sides.tsv: bad kind "${kind}" for "${phrase}"`);
    const known = side && side !== '-' ? side : null;
    actors.add(phrase!, {
      phrase: phrase!,
      kind: kind === 'office' || kind === 'region' ? 'role' : kind === 'weak' || kind === 'capital' || kind === 'unit' ? 'cue' : kind,
      capital: kind === 'capital',
      unit: kind === 'unit',
      seat: kind === 'office',
      region: kind === 'region',
      side: known,
      official: officialFlag(official),
      affiliation: affiliation && affiliation !== '-' ? affiliation : kind === 'region' ? phrase! : null,
      country: kind === 'weak' || kind === 'capital',
    });
  }
  // Outlet words ("Polish business daily"): a country word in an outlet's name is not a side
  // (data/sides.tsv header). Their exceptions ("press service") are a body's, not an outlet's.
  for (const [w] of table('outlet-words.txt')) actors.add(w!, { phrase: w!, kind: 'role', side: null, official: null, affiliation: null, country: false, outlet: true });
  for (const [w] of table('outlet-exceptions.txt')) actors.add(w!, { phrase: w!, kind: 'role', side: null, official: null, affiliation: null, country: false });
  // Russian and Ukrainian side words (stems: "российск~", "зсу", "окупант~"); "enemy" rows name the
  // speaker's opponent ("противник", "ворог"). Weak cues, as country words are.
  for (const [lang, phrase, side] of table('side-words-ruuk.tsv')) {
    if (lang !== 'ru' && lang !== 'uk') throw new Error(`sitrep: data/side-words-ruuk.tsv: bad language "${lang}" for "${phrase}"`);
    actors.add(phrase!, { phrase: phrase!, kind: 'cue', side: side!, official: null, affiliation: side === ENEMY_SIDE ? null : (countryName.get(side!) ?? side!), country: true });
  }
  addDescribedSides(actors, countryRows, countryName);
  return {
    actors,
    /** ISO 3166-1 code → the country's English name (countries.tsv). */
    countryNames: countryName as ReadonlyMap<string, string>,
  };
}

/**
 * The side words of a speaker's description beyond the lists above (lane side11): the national
 * adjectives, plural nouns and country names of every country data/demonyms.tsv knows ("Estonian
 * officials", "Yemen's interior ministry"), as weak country cues; and the compounds of
 * data/side-compounds.tsv built on every country word and "kremlin" ("Kyiv-appointed",
 * "Russia-installed", "pro-Moscow", "Iran-backed"). A phrase already listed keeps its row (added first,
 * it wins the tie); a compound of an unlisted suffix ("Russian-born", "Ukrainian-made") stays no side.
 */
function addDescribedSides(actors: PhraseMatcher<ActorRow>, countryRows: string[][], countryName: Map<string, string>): void {
  const known = (phrase: string): boolean => {
    const words = wordsOf(phrase);
    const m = words.length > 0 ? actors.matchAt(words, 0) : null;
    return !!m && m.end === words.length;
  };
  const bases = new Map<string, string>(); // lower-case country word → side
  for (const [name, code] of countryRows) if (name && code) bases.set(name.toLowerCase(), code);
  for (const [name, code, country] of table('demonyms.tsv')) {
    if (!name || !code || code === '-') continue;
    for (const w of [name, country ?? '']) {
      const k = w.toLowerCase();
      if (!k || bases.has(k)) continue;
      bases.set(k, code);
      if (known(k)) continue;
      actors.add(k, { phrase: k, kind: 'cue', side: code, official: null, affiliation: countryName.get(code) ?? country ?? name, country: true });
    }
  }
  bases.set('kremlin', 'RU');
  for (const [form, affix, strength, official, label] of table('side-compounds.tsv')) {
    if (form !== 'suffix' && form !== 'prefix') throw new Error(`sitrep: data/side-compounds.tsv: bad form "${form}" for "${affix}"`);
    if (strength !== 'strong' && strength !== 'weak') throw new Error(`sitrep: data/side-compounds.tsv: bad strength "${strength}" for "${affix}"`);
    for (const [base, side] of bases) {
      if (base.includes(' ') || base.includes('.')) continue; // "United States-backed" is written "US-backed"
      const phrase = form === 'suffix' ? `${base}-${affix}` : `${affix}-${base}`;
      if (known(phrase)) continue;
      const place = countryName.get(side) ?? side;
      actors.add(phrase, {
        phrase,
        kind: 'cue',
        side,
        official: officialFlag(official),
        affiliation: form === 'prefix' ? `pro-${place} ${label ?? ''}`.trim() : `${place}-${label ?? affix}`,
        country: strength === 'weak',
      });
    }
  }
}

let cached: ReturnType<typeof load> | null = null;
/** The actor rows by phrase and the country names (loaded on first use; read-only). */
export function sideLexicon(): ReturnType<typeof load> {
  return (cached ??= load());
}

/** The two main sides and their opponents; other sides have none (null). */
export function opponent(side: Side | null): Side | null {
  return side === 'UA' ? 'RU' : side === 'RU' ? 'UA' : null;
}

/** Side, official flag and affiliation read from a speaker phrase ("Russia's defence ministry"). */
export function sideOfPhrase(phrase: string): PhraseSide {
  const { rows, outlet } = scanPhrase(phrase);
  return decideSide(rows, outlet);
}

/**
 * The actor rows of one phrase, and whether the phrase names an outlet of no side: its last word is
 * an outlet word ("Polish business daily"), or only the outlet's name follows one ("the Russian newspaper
 * Kommersant"), and no body or role word stands in it ("Russian state TV",
 * "a Ukrainian military report", "Russian war reporter" keep their country's side).
 */
export function scanPhrase(phrase: string): { rows: ActorRow[]; outlet: boolean } {
  const words = wordsOf(phrase);
  const matches = placeAfterSide(words, sideLexicon().actors.scan(words));
  const last = matches[matches.length - 1];
  // the outlet word ends the phrase, or only the outlet's own name follows it ("the Russian newspaper
  // Kommersant": capitalised words the lexicon does not know; lane side12)
  const named = (to: number): boolean => to < words.length && words.slice(to).every((w) => /^\p{Lu}/u.test(phrase.slice(w.start, w.end)));
  const head = !!last && !!last.row.outlet && (last.to === words.length || named(last.to));
  const body = matches.some((m) => m.row.kind === 'role' && !m.row.outlet);
  return { rows: matches.map((m) => m.row).filter((r) => r.side !== ENEMY_SIDE), outlet: head && !body };
}

let locationWords: Set<string> | null = null;
let postWords: Set<string> | null = null;

/**
 * The matches of a speaker phrase without the country words that only say where the speaker sits or is
 * sent (lane side11): after a preposition of place (data/grammar-words.tsv `side-location`: "in", "to",
 * «в») that follows a side word of the phrase's own ("the Ukrainian embassy in Warsaw", "Russia's
 * ambassador to Britain", «посольство России в США»). With no side word before it the preposition
 * names the speaker's body and its country word stays ("a source in Ukraine's military intelligence",
 * "officials in Kyiv"), unless a noun of a diplomatic post (`side-post`) stands before it: then the
 * country after it is the host («посол Польщі в Україні» is no Ukrainian). Only bare country words go;
 * a named actor after it stays.
 */
function placeAfterSide<M extends { row: ActorRow; from: number; to: number }>(words: Word[], matches: M[]): M[] {
  if (matches.length === 0) return matches;
  locationWords ??= grammarSet('side-location');
  postWords ??= grammarSet('side-post');
  let cut = -1;
  let post = false;
  for (let i = 0; i < words.length && cut < 0; i++) {
    if (postWords.has(words[i]!.w)) post = true;
    if (!locationWords.has(words[i]!.w)) continue;
    if (post || matches.some((m) => m.to <= i && m.row.side && m.row.side !== ENEMY_SIDE && !m.row.region && m.row.kind !== 'role')) cut = i;
  }
  return cut < 0 ? matches : matches.filter((m) => m.from < cut || !m.row.country);
}

/** The side a phrase's actor rows (`scanPhrase`, of one phrase or several) give, with its official flag and affiliation. */
export function decideSide(rows: ActorRow[], outlet: boolean): PhraseSide {
  // Named actors with a side first; a name listed with no side (an outlet: "the Kyiv Independent")
  // decides that there is none, so the country word in it is no side.
  // A surname alone (one word) is outranked by an explicit country word of another side beside it
  // ("украинский политолог Медведев" is not Dmitry Medvedev).
  const countrySides = new Set(rows.filter((r) => r.country && r.side).map((r) => r.side));
  // So is a unit or body word of one side's forces by a country word of another that names its owner
  // ("ВДВ Украины", "Сили оборони Ізраїлю", "Повітряні сили США").
  const foreign = (r: ActorRow): boolean => !!r.side && countrySides.size > 0 && !countrySides.has(r.side);
  rows = rows.filter((r) => !(r.unit && foreign(r)));
  const named = rows.filter((r) => r.kind === 'name' && !(!r.phrase.includes(' ') && foreign(r)));
  const sided = named.filter((r) => r.side !== null);
  const names = sided.length > 0 ? sided : named;
  // In the name of an outlet of no side, country words are part of the name ("Polish business daily").
  const cues = rows.filter((r) => r.kind === 'cue' && !(outlet && r.country));
  const roles = rows.filter((r) => r.kind === 'role' && !r.region && !r.outlet && r.affiliation !== null);
  let side: Side | null = null;
  let from: ActorRow | null = null;
  const nameSides = new Set(names.map((r) => r.side));
  if (names.length > 0) {
    // Two named actors of different sides in one speaker phrase: say nothing.
    if (nameSides.size === 1) {
      from = names[0]!;
      side = from.side;
    }
  } else if (cues.length === 0) {
    // A regional office and the region it is of: "губернатор Курской области" → RU, "Stavropol
    // governor" → RU. Regions both sides claim (Donetsk, Kherson) or of two sides: unknown.
    const regions = rows.filter((r) => r.region);
    const regionSides = new Set(regions.map((r) => r.side));
    if (regions.length > 0 && regionSides.size === 1 && rows.some((r) => r.office || r.seat)) {
      const office = rows.find((r) => r.office || r.seat)!;
      const region = regions[0]!;
      if (region.side) {
        return {
          side: region.side,
          official: office.official ?? true,
          affiliation: `${sideLexicon().countryNames.get(region.side) ?? region.side} · ${office.affiliation ?? office.phrase}`,
          sideFrom: `office:${office.phrase}+region:${region.phrase}`,
        };
      }
    }
  } else {
    // Cues from actors.tsv ("Russian-installed", "pro-war") outrank bare country words, so
    // "the Russian-installed governor of Ukraine's Zaporizhzhia region" is RU; country words that
    // disagree ("Ukraine's ambassador to Russia") leave the side unknown.
    // An office only one side has by its name (a city's military administration: Ukraine) gives way to
    // a cue of another side that qualifies it ("the Russian-installed city military administration").
    const plain = cues.filter((r) => !r.country && !r.office);
    const strong = cues.filter((r) => !r.country && !(r.office && plain.some((p) => p.side !== r.side)));
    const strongSides = new Set(strong.map((r) => r.side));
    const cueSides = new Set(cues.map((r) => r.side));
    if (strongSides.size === 1) {
      from = strong.find((r) => r.official !== null) ?? strong[0]!;
      side = from.side;
    } else if (strongSides.size === 0 && cueSides.size === 1) {
      // The most specific cue (one with its own official flag, e.g. "pro-war") labels the affiliation.
      from = cues.find((r) => r.official !== null) ?? cues[0]!;
      side = from.side;
    }
  }
  const role = roles[roles.length - 1] ?? null; // the head comes last ("Russia's defence ministry")
  let official: boolean | null = null;
  if (from?.kind === 'name' && from.official !== null) official = from.official;
  else if (from && from.official === false) official = false; // "pro-war bloggers"
  else if (role?.official !== null && role?.official !== undefined) official = role.official;
  else if (from) official = from.official;
  let affiliation: string | null = null;
  if (from?.kind === 'name') affiliation = from.affiliation;
  else if (from && role) affiliation = `${from.affiliation ?? from.side} · ${role.affiliation}`;
  else if (from) affiliation = from.affiliation;
  return { side, official: side === null && !role ? null : official, affiliation, sideFrom: from ? `${from.kind}:${from.phrase}` : null };
}
