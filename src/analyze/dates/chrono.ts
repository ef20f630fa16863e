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
 * Two parsers run only on texts that hold their pattern's necessary core (see `guarded`):
 * `ENTimeUnitAgoFormatParser` ("three days ago") and `ENTimeUnitLaterFormatParser` ("two weeks
 * later"). Their patterns repeat a group of number words, units and `\s{0,5}` up to ten times; V8
 * compiles each to native code on its second use, at about 55 ms of CPU apiece (bench/README.md,
 * lane speed 2026-12-06). The guard changes no match: it only spares a text that cannot match, and
 * a process that never meets such a text (two articles in three of PolNeAR), that compilation.
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

/** The parsers that run only behind a guard (see `guarded`). */
const GUARDED = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'];

/** The connector between repeated time units in chrono's `TIME_UNITS_PATTERN` (locales/en/constants.js). */
const UNIT_CONNECTOR = '(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}';

/** A pattern that never matches. */
const NEVER = /(?!)/;

/**
 * The necessary core of a time-unit pattern `(PREFIX UNIT (?:CONNECTOR UNIT){0,10}) SUFFIX`, where
 * UNIT is one number and one unit ("three days"): every match ends in one UNIT followed by SUFFIX,
 * so `UNIT SUFFIX` (same flags) matches somewhere in any text the whole pattern matches in. Throws
 * when the pattern does not have that shape (a chrono upgrade: check this file).
 */
export function timeUnitCore(inner: RegExp): RegExp {
  const src = inner.source;
  const i = src.indexOf(UNIT_CONNECTOR);
  const j = i < 0 ? -1 : src.indexOf('){0,10}', i);
  const unit = j < 0 ? '' : src.slice(i + UNIT_CONNECTOR.length, j);
  if (!unit || !src.startsWith('(') || !src.slice(0, i).endsWith(unit)) {
    throw new Error(`sitrep: chrono-node's time-unit pattern has changed shape (${src.slice(0, 60)}…); check src/analyze/dates/chrono.ts`);
  }
  return new RegExp(`(?:${unit}${src.slice(j + '){0,10}'.length)}`, inner.flags);
}

/** What follows the repeated units in chrono's time-unit patterns: the group's close and the spaces before the suffix word. */
const UNITS_CLOSE = ')\\s{0,5}';

/**
 * The suffix of a time-unit pattern `(PREFIX UNIT (?:CONNECTOR UNIT){0,10})\s{0,5}SUFFIX` ("ago",
 * "later" and their alternatives with what must follow them), same flags: every match of the
 * pattern, and of its `timeUnitCore`, holds a match of SUFFIX, and this short alternation of words
 * is far cheaper to try than the units before it. Throws when the pattern does not have that shape.
 */
export function timeUnitSuffix(inner: RegExp): RegExp {
  const src = inner.source;
  const i = src.indexOf(UNIT_CONNECTOR);
  const j = i < 0 ? -1 : src.indexOf('){0,10}', i);
  const rest = j < 0 ? '' : src.slice(j + '){0,10}'.length);
  if (!rest.startsWith(UNITS_CLOSE) || rest.length === UNITS_CLOSE.length) {
    throw new Error(`sitrep: chrono-node's time-unit pattern has changed shape (…${src.slice(-60)}); check src/analyze/dates/chrono.ts`);
  }
  return new RegExp(rest.slice(UNITS_CLOSE.length), inner.flags);
}

/**
 * `p`, run only on texts where `core` matches: elsewhere its pattern is one that never matches,
 * so chrono finds nothing there, as `p` would (`core` must be a necessary condition, `timeUnitCore`).
 * `hint`, a necessary condition of `core` that is cheap to test (`timeUnitSuffix`), is tried first:
 * most texts hold no "ago" or "later", and `core`'s units are slow to try at every position.
 */
function guarded(p: en.Parser, core: RegExp, hint: RegExp): en.Parser {
  return {
    pattern: (context) => (hint.test(context.text) && core.test(context.text) ? p.pattern(context) : NEVER),
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
    if (name === MIDDLE_ENDIAN) parsers.push(new (p.constructor as new (skipYearLike: boolean) => en.Parser)(false));
    else if (name === MONTH_NAME) parsers.push(without(p, noShortYear));
    else if (name === RELATIVE) parsers.push(without(p, noGluedUnit));
    else if (GUARDED.includes(name)) {
      const inner = (p as unknown as { innerPattern(): RegExp }).innerPattern();
      parsers.push(guarded(p, timeUnitCore(inner), timeUnitSuffix(inner)));
    }
    else parsers.push(p);
  }
  for (const r of [MIDDLE_ENDIAN, MONTH_NAME, RELATIVE, ...GUARDED]) {
    if (!names.includes(r)) throw new Error(`sitrep: chrono-node has no parser '${r}'; check src/analyze/dates/chrono.ts`);
  }
  parser = new en.Chrono({
    parsers,
    refiners: cfg.refiners,
  });
  return parser;
}

export type ChronoResult = ReturnType<en.Chrono['parse']>[number];
