/**
 * Precision on real news (issue 9 part 4): what is not a conflict fact, a speaker or a place.
 * Table-driven; every expected value was written by hand before the rules were changed, on
 * realistic sentences written for sitrep (political and business news beside conflict reporting).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';

const PUB = '2024-08-12T09:00:00Z';

function statusesOf(text: string): [string, number, string | null, boolean][][] {
  const a = analyze({ id: 't', text, published: PUB });
  return a.claims.map((_, i) => extractClaimFacts(a, i).statuses.map((s) => [s.topic, s.polarity, s.subjectSide, s.denial]));
}

test('status phrases in political and business news are not conflict statuses; in conflict reporting they are', () => {
  const rows: [string, [string, number, string | null, boolean][]][] = [
    // not about armed conflict: no status
    ['The campaign manager said the candidate was seizing back control of his campaign.', []],
    ['The senator said the vote formally marked his capture of the Republican nomination.', []],
    ['He said their industries have been hit hard by multinational trade deals.', []],
    ['The agency said advanced cellulosic fuels would count toward the mandate.', []],
    ['Aides said the senator will have to tone down his attacks on the former secretary of state.', []],
    ['Officials said the hackers who struck the committee could release forged files.', []],
    // conflict reporting: the status stands (conflict words, or a place right after the phrase)
    ['The governor said Russian forces had captured the village of Tetkino.', [['control', 1, 'RU', false]]],
    ['The ministry said the reports of a strike on Sumy were fabricated.', [['attack', -1, null, true]]],
    ['Officials said Ukrainian troops had advanced two kilometres near Robotyne.', [['advance', 1, 'UA', false]]],
    ['The army said the enemy had launched an attack on the bridge at dawn.', [['attack', 1, null, false]]],
  ];
  for (const [text, want] of rows) {
    const got = statusesOf(text);
    assert.equal(got.length, 1, `${text}: one claim (got ${got.length})`);
    assert.deepEqual(got[0], want, text);
  }
});

test('economic figures (money, percentages) are not figures compare sets against each other', () => {
  const rows: [string, string[]][] = [
    ['The company said it lost $2 billion in Texas last year.', []],
    ['Officials said the state lost 5% of its manufacturing jobs.', []],
    ['Retailers said sales in Ohio fell by 12 percent in March.', []],
    // conflict figures stay
    ['The ministry said its forces destroyed 7 tanks near Kupiansk.', ['tanks']],
    ['Officials said 40 civilians were killed near Sudzha.', ['killed']],
  ];
  for (const [text, want] of rows) {
    const a = analyze({ id: 't', text, published: PUB });
    assert.equal(a.claims.length, 1, text);
    assert.deepEqual(extractClaimFacts(a, 0).quantities.map((q) => q.unit), want, text);
  }
});
