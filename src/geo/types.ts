/**
 * The gazetteer's public types: the contract between the gazetteer (build + look-up, `src/geo/`)
 * and the analyzer's `places` stage (`src/analyze/places/`).
 */

/** How large a place is: the `level` of the output contract. */
export type PlaceLevel = 'country' | 'admin1' | 'admin2' | 'city' | 'village';

/** Where an entry came from. */
export type GazSource = 'geonames' | 'wof' | 'naturalearth' | 'country' | 'curated';

/** One place in the gazetteer. */
export interface GazEntry {
  /** GeoNames ID as a decimal string when the place has one ("700569"); otherwise "wof:NNN" or "ne:CODE". */
  id: string;
  /** Current English name (after renames: "Bakhmut", "Kropyvnytskyi", "Dnipro"). */
  name: string;
  /** ISO 3166-1 alpha-2, by international recognition (Crimea and Sevastopol are UA). */
  country: string | null;
  /** ISO 3166-2 code of the entry's first-level region ("UA-63", "RU-KRS"); for an admin1 entry, its own code. */
  admin1: string | null;
  lat: number;
  lon: number;
  level: PlaceLevel;
  /** GeoNames feature code (PPLA, PPLC, PPL, ADM1, PCLI ...) or the WOF placetype. */
  featureCode: string;
  population: number;
  source: GazSource;
}

/** How a surface form matched one of an entry's names. Lower rank = stronger evidence. */
export type MatchKind = 'exact' | 'fold' | 'translit' | 'skeleton' | 'inflection';

/** One candidate entry for a surface form. */
export interface Candidate {
  entry: GazEntry;
  /** The entry's name or variant that matched (as stored in the gazetteer). */
  variant: string;
  match: MatchKind;
  /** True when the variant is the entry's preferred/current name or an official one (not an old or noisy variant). */
  preferred: boolean;
}

/** A loaded gazetteer. Look-ups are synchronous and allocation-light. */
export interface Gazetteer {
  /** Every entry one of whose names matches `surface` under any key, strongest matches first. */
  lookup(surface: string): Candidate[];
  /** The entry with this id. */
  get(id: string): GazEntry | undefined;
  /** Number of entries. */
  readonly size: number;
}
