/**
 * The side codes a `side` filter accepts (`sitrep claims --side`, `?side=` in the API): ISO 3166-1
 * alpha-2 country codes (from i18n-iso-countries) and the other codes data/actors.tsv gives as a
 * speaker's side (organisations such as UN, NATO, ICRC).
 */
import countries from 'i18n-iso-countries';
import { table } from '../lexicon/index.js';

let orgs: string[] | null = null;

/** The side codes of data/actors.tsv that are not ISO 3166-1 country codes, sorted. */
export function organisationSides(): string[] {
  orgs ??= [...new Set(table('actors.tsv').map((r) => (r[2] ?? '').toUpperCase()))]
    .filter((s) => /^[A-Z]{2,10}$/.test(s) && !countries.isValid(s))
    .sort();
  return orgs;
}

/** The side code `value` names (upper case), or null when it is neither a country code nor an actors.tsv side. */
export function sideCode(value: string): string | null {
  const v = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(v) && countries.isValid(v)) return v;
  return organisationSides().includes(v) ? v : null;
}

/** What to say when a side is not accepted. */
export function allowedSides(): string {
  return `an ISO 3166-1 alpha-2 country code (e.g. UA, RU, BY) or one of ${organisationSides().join(', ')}`;
}
