/**
 * The guard in front of chrono's two time-unit parsers (src/analyze/dates/chrono.ts): the core it
 * tests must match wherever the parser's own pattern matches (else a date would be lost), and the
 * parsers must be skipped on texts without it (the point of the guard: no costly compilation).
 * Expected matches below were read off the patterns by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as en from 'chrono-node/en';
import { chronoParser, timeUnitCore, timeUnitSuffix } from '../../src/analyze/dates/chrono.js';

type Inner = en.Parser & { innerPattern(): RegExp };

/** chrono's own parsers of the two kinds, unwrapped, with their full patterns (left boundary included). */
function originals(): { name: string; full: RegExp; core: RegExp; suffix: RegExp }[] {
  const cfg = en.configuration.createCasualConfiguration(true);
  const ctx = { option: {}, refDate: new Date(0), text: '' } as unknown as Parameters<en.Parser['pattern']>[0];
  return cfg.parsers
    .filter((p) => p.constructor.name === 'ENTimeUnitAgoFormatParser' || p.constructor.name === 'ENTimeUnitLaterFormatParser')
    .map((p) => ({ name: p.constructor.name, full: p.pattern(ctx), core: timeUnitCore((p as Inner).innerPattern()), suffix: timeUnitSuffix((p as Inner).innerPattern()) }));
}

const PARSERS = originals();

test('both guarded parsers are found in the casual configuration', () => {
  assert.deepEqual(PARSERS.map((p) => p.name).sort(), ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
});

// [text, does the Ago pattern match, does the Later pattern match]
const ROWS: [string, boolean, boolean][] = [
  ['three days ago', true, false],
  ['The strike came two weeks later.', false, true],
  ['a year, 2 months and 3 days before the vote', true, false],
  ['about 10 minutes earlier', true, false],
  ['the day after the raid', false, true],
  ['1990s before', true, false], // "1990" and the unit "s"
  ['He said after the meeting that troops were out.', false, false],
  ['Officials said on Monday that three people were killed.', false, false],
  ['and after', false, false], // "an" needs a word boundary
];

for (const [text, ago, later] of ROWS) {
  test(`time-unit patterns and their cores agree on "${text}"`, () => {
    for (const p of PARSERS) {
      const want = p.name === 'ENTimeUnitAgoFormatParser' ? ago : later;
      assert.equal(p.full.test(text), want, `${p.name} full pattern`);
      if (want) assert.equal(p.core.test(text), true, `${p.name} core`);
      if (want) assert.equal(p.suffix.test(text), true, `${p.name} suffix`);
    }
  });
}

test('the core matches wherever the full pattern does (random texts of number words, units and suffixes)', () => {
  const pieces = ['three', 'a', 'an', 'the', 'few', 'several', 'half', 'couple', 'of', '12', '3.5', 'about', 'around',
    'day', 'days', 'week', 'weeks', 'year', 'yrs', 's', 'm', 'h', 'd', 'ago', 'before', 'earlier', 'later', 'after',
    'from now', 'out', 'forward', 'and', ',', ' ', '  ', '.', 'said', 'others', 'Ago', 'DAYS', '-', '\n'];
  const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 6 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 }), { maxLength: 30 })
    .map((a) => a.join(''));
  fc.assert(fc.property(text, (t) => PARSERS.every((p) => !p.full.test(t) || p.core.test(t))), { numRuns: 3000, seed: 20261206 });
});

test('the suffix matches wherever the core does (random texts as above), and not on a text without "ago" or "later" words', () => {
  const pieces = ['three', 'a', 'few', '12', 'about', 'day', 'days', 'week', 'yrs', 's', 'm', 'ago', 'before', 'earlier',
    'later', 'after', 'from now', 'henceforth', 'out', 'forward', 'and', ',', ' ', '  ', '.', 'Ago', 'LATER', 'agony', 'outs', '-', '\n'];
  const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 6 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 }), { maxLength: 30 })
    .map((a) => a.join(''));
  fc.assert(fc.property(text, (t) => PARSERS.every((p) => !p.core.test(t) || p.suffix.test(t))), { numRuns: 3000, seed: 20261207 });
  // (hand-read: Ago's suffix words are ago, before, earlier; Later's are later, after, from now, henceforth, forward, out)
  const ago = PARSERS.find((p) => p.name === 'ENTimeUnitAgoFormatParser')!;
  const later = PARSERS.find((p) => p.name === 'ENTimeUnitLaterFormatParser')!;
  assert.equal(ago.suffix.test('They left three days ago.'), true);
  assert.equal(later.suffix.test('They came back two weeks later.'), true);
  assert.equal(ago.suffix.test('Officials said on Monday that three people were killed.'), false);
  assert.equal(later.suffix.test('Officials said on Monday that three people were killed.'), false);
  assert.equal(ago.suffix.test('the agony of the siege'), false); // "ago" must end its word
});

test('the configured parser skips the two patterns on a text without their core, and finds them with it', () => {
  const chrono = chronoParser();
  const ctx = (text: string) => ({ option: {}, refDate: new Date(0), text }) as unknown as Parameters<en.Parser['pattern']>[0];
  const never = chrono.parsers.filter((p) => p.pattern(ctx('Officials said on Monday that people were killed.')).source === '(?!)');
  assert.equal(never.length, 2);
  const hits = chrono.parse('He left three days ago and came back two weeks later.', new Date(Date.UTC(2024, 7, 7, 12)));
  assert.deepEqual(hits.map((r) => r.text), ['three days ago', 'two weeks later']);
});
