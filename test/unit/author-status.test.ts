/**
 * The author stage's status test (src/analyze/author/lexicon.ts): whether a sentence holds a status
 * or control phrase of data/status-phrases.tsv, status-phrases-ruuk.tsv or control-phrases.tsv,
 * matched word by word (src/lexicon/phrases.ts). Expected values written by hand from those tables'
 * rows; the sentences are fiction written for this test. The last case guards the time: one regular
 * expression over these phrases once backtracked for seconds on a long post.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { authorLexicon } from '../../src/analyze/author/lexicon.js';

describe('author stage: status and control phrases, word by word', () => {
  const cases: [string, boolean][] = [
    ['The brigade captured the hamlet at dawn.', true], // status-phrases.tsv "captured"
    ['CAPTURED: the hamlet', true], // any case
    ['The hamlet was taken capturedly.', false], // "captured" inside a longer word
    ['They took\n  control   of the bridge', true], // any white space between the words
    ['«Ситуация под контролем», — написал глава района.', true], // "ситуация под контролем"
    ['Ситуация в Шебекино под контролем.', true], // "ситуация в * под контролем": one word in the gap
    ['Ситуация в Новой Таволжанке под контролем.', true], // two words in the gap
    ['Ситуация в этом большом селе опять под контролем.', false], // more than two words in the gap
    ['Погода в Шебекино сегодня хорошая.', false],
    ['', false],
  ];
  for (const [text, want] of cases) test(`${JSON.stringify(text)} → ${want}`, () => assert.equal(authorLexicon().status.test(text), want));

  test('a long post of near misses is answered in well under a second', () => {
    const text = ('Обстановка в районе населённого пункта остаётся, по словам местных жителей, очень и очень ' +
      'напряжённой и сложной, ситуация на участке фронта меняется ').repeat(400);
    // CPU time, not wall time: on a shared machine a wall clock also counts the time other jobs hold the CPU
    const t0 = process.cpuUsage();
    authorLexicon().status.test(text);
    const d = process.cpuUsage(t0);
    const ms = (d.user + d.system) / 1000;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms of CPU`);
  });
});

describe('author stage: blanket denials of a report (data/rebut-cues.tsv cue rows), on lower-cased text', () => {
  // Expected values read off the rows: "canard=" and "a lie=" are whole words, "фейк", "absurd" stems,
  // "nothing of the sort" words apart by white space. The must-not cases hold a row's word inside
  // another word ("canardly", "believe ... allies"), which the fast path lets through to the expression.
  const cases: [string, boolean][] = [
    ['this is another canard.', true],
    ['the canards keep coming', true],
    ['a canardly tale', false],
    ['the report is a lie.', true],
    ['they believe the allies will come.', false],
    ['it was nothing of   the sort', true],
    ['an absurdity from start to finish', true],
    ['сообщения о взрыве — фейк.', true],
    ['ничего подобного не было', true],
    ['the army shelled the town.', false],
    ['', false],
  ];
  for (const [text, want] of cases) test(`${JSON.stringify(text)} → ${want}`, () => assert.equal(authorLexicon().denial.test(text), want));
});
