/**
 * The configured chrono-node parser used by the `dates` stage.
 *
 * We start from chrono's English casual configuration with day-first numeric dates (`en.GB`:
 * "06/08/2024" is 6 August; chrono still reads "08/13/2024" as 13 August because 13 cannot be a
 * month) and remove three parsers whose hits are not date mentions in news copy:
 * - `ENTimeExpressionParser`: clock times ("at 3 a.m.", "10:30"). A time of day alone is not a
 *   date mention; with a date ("at 5pm on Tuesday") the date part is still found.
 * - `ENCasualTimeParser`: "morning", "night", "noon" on their own. It also mis-merges "the night
 *   of 6 August" into the publication day (its "night" is both date-only and time-only, so the
 *   merge refiner takes it for the date). "this morning" etc. come from data/date-casual.tsv.
 * - `ENTimeUnitWithinFormatParser`: "for two days", "within 24 hours", "in two days": durations.
 *
 *
 * Two parsers are adjusted, because day-first mode reads "August 20" as August 2020 (and we lose
 * the day):
 * - `ENMonthNameMiddleEndianParser` is rebuilt without its "skip year-like days" switch, so
 *   "August 20" is 20 August. "August, 30 died" and "August 20 people" then come out as days;
 *   the stage turns those back into the month alone (see `monthOnly` in index.ts).
 * - `ENMonthNameParser` (month with an optional year) drops hits whose year has two digits
 *   ("August 20"); "August 2024" and "August" alone are kept.
 * - `ENRelativeDateFormatParser` ("last week", "next month") drops hits glued into a longer word:
 *   its pattern allows no space, so "lasts until Friday" was "last s(econd)" to Friday, a range.
 *
 * Only the English locale is imported (`chrono-node/en`), which keeps start-up cheap.
 */
import * as en from 'chrono-node/en';

const REMOVED = ['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser'];

const MIDDLE_ENDIAN = 'ENMonthNameMiddleEndianParser';
const MONTH_NAME = 'ENMonthNameParser';
const RELATIVE = 'ENRelativeDateFormatParser';

/** A month name followed by a two-digit number and nothing else ("August 20"). */
const SHORT_YEAR = /(?:^|\D)\d\d\s*$/;

/** A relative word run into a unit abbreviation: "lasts" read as "last s(econd)". */
const GLUED_UNIT = /^\W?(?:this|last|past|next)[a-z]/i;

type Extracted = ReturnType<en.Parser['extract']>;

/** `p` without the hits `reject` says no to. */
function without(p: en.Parser, reject: (match: RegExpMatchArray, r: Extracted) => boolean): en.Parser {
  return {
    pattern: (context) => p.pattern(context),
    extract: (context, match) => {
      const r = p.extract(context, match);
      return r && reject(match, r) ? null : r;
    },
  };
}

/** `ENMonthNameParser`'s hits with a two-digit year are dropped. */
const noShortYear = (_m: RegExpMatchArray, r: Extracted): boolean =>
  r instanceof en.ParsingResult && r.start.isCertain('year') && SHORT_YEAR.test(r.text);

/** `ENRelativeDateFormatParser`'s hits inside a longer word are dropped. */
const noGluedUnit = (m: RegExpMatchArray): boolean => GLUED_UNIT.test(m[0]);

let parser: en.Chrono | null = null;

/** The shared, configured chrono instance (built on first use). */
export function chronoParser(): en.Chrono {
  if (parser) return parser;
  const cfg = en.configuration.createCasualConfiguration(true);
  const names = cfg.parsers.map((p) => p.constructor.name);
  for (const r of REMOVED) {
    // The filter goes by class name; fail loudly if a chrono upgrade renames a parser.
    if (!names.includes(r)) throw new Error(`sitrep: chrono-node has no parser '${r}'; check src/analyze/dates/chrono.ts`);
  }
  const parsers: en.Parser[] = [];
  for (const p of cfg.parsers) {
    const name = p.constructor.name;
    if (REMOVED.includes(name)) continue;
    if (name === MIDDLE_ENDIAN) parsers.push(new (p.constructor as new (skipYearLike: boolean) => en.Parser)(false));
    else if (name === MONTH_NAME) parsers.push(without(p, noShortYear));
    else if (name === RELATIVE) parsers.push(without(p, noGluedUnit));
    else parsers.push(p);
  }
  for (const r of [MIDDLE_ENDIAN, MONTH_NAME, RELATIVE]) {
    if (!names.includes(r)) throw new Error(`sitrep: chrono-node has no parser '${r}'; check src/analyze/dates/chrono.ts`);
  }
  parser = new en.Chrono({
    parsers,
    refiners: cfg.refiners,
  });
  return parser;
}

export type ChronoResult = ReturnType<en.Chrono['parse']>[number];
