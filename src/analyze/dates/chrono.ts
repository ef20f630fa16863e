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
 * Only the English locale is imported (`chrono-node/en`), which keeps start-up cheap.
 */
import * as en from 'chrono-node/en';

const REMOVED = ['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser'];

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
  parser = new en.Chrono({
    parsers: cfg.parsers.filter((p) => !REMOVED.includes(p.constructor.name)),
    refiners: cfg.refiners,
  });
  return parser;
}

export type ChronoResult = ReturnType<en.Chrono['parse']>[number];
