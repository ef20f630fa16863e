/**
 * Table-driven tests for a third party's denial of another side's involvement (lane facts2, issue
 * 9): "Ukraine was not involved", "there was no Ukrainian involvement", "no evidence of Ukrainian
 * involvement", said by a third country, is a "not done by UA" fact of the speaker's claim, set
 * against the accusation that UA did it. The texts are written for this test in the way wire copy
 * words such statements; the expected values were decided by hand from the language before the
 * program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords } from './fact-labels.js';

const records = claimRecords;

/** The responsibility positions ("<side>|<polarity>") of `text`'s claims. */
function positions(text: string): string[] {
  const out = new Set<string>();
  for (const r of records('t', text, '2024-03-10T12:00:00Z')) for (const e of r.events ?? []) if (e.topic === 'responsibility') out.add(`${e.agentSide}|${e.polarity}`);
  return [...out].sort();
}

test('a denial of another side\'s involvement: "not involved", "not behind", "no Ukrainian involvement"', () => {
  const rows: [string, string[]][] = [
    ['WASHINGTON, March 10 (Reuters) - The White House said Ukraine was not involved in the drone attack on Moscow.', ['UA|-1']],
    ['PARIS, March 10 (Reuters) - France said Ukraine was not behind the drone attack on Moscow.', ['UA|-1']],
    ['WASHINGTON, March 10 (Reuters) - The State Department said there was no evidence of Ukrainian involvement in the drone attack on Moscow.', ['UA|-1']],
    ['BERLIN, March 10 (Reuters) - Germany\'s foreign ministry said there had been no Ukrainian involvement in the missile strike on Belgorod.', ['UA|-1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(positions(text), want, text);
});

test('no denial: involvement affirmed', () => {
  const rows: string[] = [
    'MOSCOW, March 10 (Reuters) - Russia\'s Investigative Committee said it had found evidence of Ukrainian involvement in the attack on Moscow.',
    'KYIV, March 10 (Reuters) - Ukraine\'s military intelligence agency said Russian special services were involved in the attack on the concert hall in Moscow.',
  ];
  for (const text of rows) assert.ok(!positions(text).some((p) => p.endsWith('|-1')), text);
});

test('review4 #1: "no" reaches the side only directly or through one word of evidence ("no evidence of"), not "no confirmation of", "no trace of", "no immediate comment on"', () => {
  const rows: [string, string[]][] = [
    ['KYIV, March 10 (Reuters) - Police said there was no confirmation of Ukrainian involvement so far.', []],
    ['MOSCOW, March 10 (Reuters) - Investigators said the blast left no trace of Ukrainian involvement.', []],
    ['WASHINGTON, March 10 (Reuters) - The State Department gave no immediate comment on Russian involvement in the blast.', []],
    ['WASHINGTON, March 10 (Reuters) - The State Department said there was no sign of Ukrainian involvement in the drone attack on Moscow.', ['UA|-1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(positions(text), want, text);
});

test('an accusation and a third country\'s denial of the accused side\'s involvement: a responsibility dispute', () => {
  const ru = records('ru', 'MOSCOW, March 10 (Reuters) - Russia\'s defence ministry accused Ukraine of the drone attack on Moscow.', '2024-03-10T10:00:00Z');
  const us = records('us', 'WASHINGTON, March 10 (Reuters) - The White House said Ukraine was not involved in the drone attack on Moscow.', '2024-03-10T18:00:00Z');
  const got = compareClaims([...ru, ...us]).disputes.filter((d) => d.kind === 'responsibility');
  assert.equal(got.length, 1);
  assert.deepEqual(got[0]!.sides.map((s) => [...new Set(s.speakers.map((x) => x.side).filter(Boolean))].join()).sort(), ['RU', 'US']);
});
