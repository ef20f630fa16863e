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
 *
 * Speed, output unchanged: each parser runs its regular expression over the whole piece of text,
 * and most pieces the prefilter lets through hold no date at all. A parser listed in `NEEDS` runs
 * only on a text that holds, for each of its groups, one of the group's strings (compared in lower
 * case; chrono's patterns are case-insensitive): every match of its pattern contains one, so a text
 * without them cannot give a hit (checked against chrono's own dictionaries in
 * test/unit/dates-chrono-guards.test.ts). A parser not listed always runs.
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

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Every key of chrono's MONTH_DICTIONARY holds one of these ("sept." holds "sep"). */
export const MONTH_STRINGS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Every key of chrono's WEEKDAY_DICTIONARY holds one of these, and the pattern's own "weekend|weekday". */
export const WEEKDAY_STRINGS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'weekend', 'weekday'];
/** ORDINAL_NUMBER_PATTERN: a digit, or a key of ORDINAL_WORD_DICTIONARY ("thirteenth" holds "teenth"). */
export const ORDINAL_STRINGS = [...DIGITS, 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
  'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'twentieth', 'thirtieth'];

/**
 * What a text must hold for a parser's pattern to match (by class name): every group, one string
 * of each, read off the parser's pattern in chrono-node 2.10 (the mandatory part named after each).
 */
export const NEEDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ISOFormatParser: [DIGITS], // ([0-9]{4})-…
  ENYearMonthDayParser: [DIGITS], // ([0-9]{4})[-./\s]…
  SlashDateFormatParser: [DIGITS], // ([0-3]?[0-9])[/.-]…
  ENSlashMonthFormatParser: [DIGITS], // ([0-9]|0[1-9]|1[012])/([0-9]{4})
  ENMonthNameLittleEndianParser: [ORDINAL_STRINGS, MONTH_STRINGS], // (ORDINAL_NUMBER) … (MONTH)
  ENMonthNameMiddleEndianParser: [MONTH_STRINGS, ORDINAL_STRINGS], // (MONTH) … (ORDINAL_NUMBER)
  ENMonthNameParser: [MONTH_STRINGS], // (MONTH)
  ENYearMonthNameParser: [DIGITS, MONTH_STRINGS], // ([1-9][0-9]{0,3} BE|AD… | [1-9][0-9]{3}) … (MONTH)
  ENWeekdayParser: [WEEKDAY_STRINGS], // (WEEKDAY|weekend|weekday)
  ENTimeUnitAgoFormatParser: [['ago', 'before', 'earlier']], // TIME_UNITS\s{0,5}(?:ago|before|earlier)
  ENTimeUnitLaterFormatParser: [['later', 'after', 'from now', 'henceforth', 'forward', 'out']], // TIME_UNITS\s{0,5}(?:later|after|from now|…)
  ENCasualDateParser: [['now', 'today', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night']], // now|today|tonight|…|last\s*night
  ENEndOfCurrentMonthParser: [['month']], // (?:last\s+day|end)\s+of\s+(?:the\s+)?month
  ENRelativeDateFormatParser: [['this', 'last', 'past', 'next']], // (this|last|past|next|after\s*this)\s*(TIME_UNIT)
};

/** A pattern that never matches (and fails at once). */
const NEVER = /^(?!)/;

/** Every group of `NEEDS` once, as one expression over the lower-cased text. */
const GROUPS = new Map<readonly string[], RegExp>();
for (const needs of Object.values(NEEDS)) {
  for (const g of needs) {
    if (!GROUPS.has(g)) GROUPS.set(g, new RegExp(g.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  }
}

/** The context the groups were last tested on (all parsers of one `parse` share it), and their answers. */
let tested: unknown = null;
let lower = '';
const answers = new Map<readonly string[], boolean>();

/** Whether the context's text holds a string of every group of `needs` (each group tested once per context). */
function holds(context: { text: string }, needs: readonly (readonly string[])[]): boolean {
  if (tested !== context) {
    tested = context;
    lower = context.text.toLowerCase();
    answers.clear();
  }
  for (const g of needs) {
    let a = answers.get(g);
    if (a === undefined) {
      a = GROUPS.get(g)!.test(lower);
      answers.set(g, a);
    }
    if (!a) return false;
  }
  return true;
}

/** `p`, run only on texts that hold what `needs` asks for (see `NEEDS`). */
function guarded(p: en.Parser, needs: readonly (readonly string[])[]): en.Parser {
  return {
    pattern: (context) => (holds(context, needs) ? p.pattern(context) : NEVER),
    extract: (context, match) => p.extract(context, match),
  };
}

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
    let q = p;
    if (name === MIDDLE_ENDIAN) q = new (p.constructor as new (skipYearLike: boolean) => en.Parser)(false);
    else if (name === MONTH_NAME) q = without(p, noShortYear);
    else if (name === RELATIVE) q = without(p, noGluedUnit);
    const needs = NEEDS[name];
    parsers.push(needs ? guarded(q, needs) : q);
  }
  for (const name of Object.keys(NEEDS)) {
    if (!names.includes(name)) throw new Error(`sitrep: chrono-node has no parser '${name}'; check NEEDS in src/analyze/dates/chrono.ts`);
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
