/**
 * The chrono guards of src/analyze/dates/chrono.ts: a parser listed in `NEEDS` runs only on texts
 * holding one string of each of its groups. Safe only if every match of the parser's pattern holds
 * one: checked here against chrono-node's own dictionaries (read from its installed files, so an
 * upgrade that adds a month or weekday spelling fails here), and on hand-written sentences whose
 * hits were worked out by reading each parser's pattern (one per guarded parser, in mixed case).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chronoParser, MONTH_STRINGS, NEEDS, ORDINAL_STRINGS, WEEKDAY_STRINGS } from '../../src/analyze/dates/chrono.js';

const require = createRequire(import.meta.url);
/** chrono-node's English constants module (not exported by the package: read by file). */
async function constants(): Promise<Record<string, Record<string, unknown>>> {
  const esm = join(dirname(require.resolve('chrono-node')), '..', 'esm', 'locales', 'en', 'constants.js');
  return (await import(pathToFileURL(esm).href)) as Record<string, Record<string, unknown>>;
}

const holdsOne = (key: string, strings: readonly string[]): boolean => strings.some((s) => key.toLowerCase().includes(s));

test('every month, weekday and ordinal spelling chrono knows holds a guard string', async () => {
  const c = await constants();
  for (const [dict, strings] of [['MONTH_DICTIONARY', MONTH_STRINGS], ['WEEKDAY_DICTIONARY', WEEKDAY_STRINGS], ['ORDINAL_WORD_DICTIONARY', ORDINAL_STRINGS]] as const) {
    const keys = Object.keys(c[dict]!);
    assert.ok(keys.length > 5, `${dict} read`);
    for (const k of keys) assert.ok(holdsOne(k, strings), `${dict} key '${k}' holds none of the guard strings`);
  }
});

test('the guards are lower case (they are compared with the lower-cased text)', () => {
  for (const [name, groups] of Object.entries(NEEDS)) {
    for (const g of groups) for (const s of g) assert.equal(s, s.toLowerCase(), `${name}: '${s}'`);
  }
});

// [text, the hit chrono must still give (its text)]; reference Wednesday 7 August 2024, noon
const HITS: [string, string][] = [
  ['The report came out on 2024-08-05 in Kyiv.', '2024-08-05'], // ISOFormatParser
  ['Shelling was heard on 06/08/2024 near the town.', '06/08/2024'], // SlashDateFormatParser
  ['The strike on 5 AUGUST killed two.', '5 AUGUST'], // ENMonthNameLittleEndianParser
  ['The strike on the Fifth of August killed two.', 'Fifth of August'], // ordinal word, little-endian
  ['Talks resume on August 20 in Geneva.', 'August 20'], // ENMonthNameMiddleEndianParser
  ['Fighting eased in March, officials said.', 'March'], // ENMonthNameParser
  ['By 2023 July the front had moved.', '2023 July'], // ENYearMonthNameParser
  ['The convoy left on TUESDAY.', 'TUESDAY'], // ENWeekdayParser
  ['The bridge was hit three days ago.', 'three days ago'], // ENTimeUnitAgoFormatParser
  ['Two days later the town fell.', 'Two days later'], // ENTimeUnitLaterFormatParser
  ['Yesterday the mayor resigned.', 'Yesterday'], // ENCasualDateParser
  ['Aid arrives by the end of the month.', 'end of the month'], // ENEndOfCurrentMonthParser
  ['Shelling grew LAST WEEK near the river.', 'LAST WEEK'], // ENRelativeDateFormatParser
];

test('guarded parsers still find their dates', () => {
  const chrono = chronoParser();
  const instant = new Date(Date.UTC(2024, 7, 7, 12));
  for (const [text, want] of HITS) {
    const got = chrono.parse(text, { instant, timezone: 0 }).map((r) => r.text);
    assert.ok(got.some((g) => g.includes(want)), `${text}: got ${JSON.stringify(got)}, want '${want}'`);
  }
});

test('a text without any guard string gives no hit', () => {
  const got = chronoParser().parse('Officials said the ceasefire held along the whole line.', { instant: new Date(Date.UTC(2024, 7, 7, 12)), timezone: 0 });
  assert.deepEqual(got, []);
});
