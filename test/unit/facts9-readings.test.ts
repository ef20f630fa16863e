/**
 * Table-driven tests (lane facts9, issue 9) for three readings an analyst applies to a claim that
 * names no figure, no doer and no place of its own:
 * - a dismissal of a report as a manipulation ("another crude manipulation", «грубая манипуляция»,
 *   «чергова маніпуляція») is a blanket denial like "a fake" (src/compare/rebut.ts,
 *   data/rebut-cues.tsv); a word of manipulation with no such qualifier ("manipulation of local
 *   elections") denies nothing;
 * - a claim that names what the weapon of a strike was ("the weapon was an experimental
 *   intermediate-range ballistic missile", «это была ракета средней дальности», «це була ракета
 *   середньої дальності») tells of the attack with that class of missile, against a side that names
 *   another class (data/weapon-classes.tsv, rows `identify`); a class named with no such frame
 *   ("could deploy intermediate-range missiles") is no account of the strike;
 * - an admission that mistakes were made ("mistakes had been made", «были допущены ошибки», «були
 *   допущені помилки») is a status of the situation going badly, set against a claim that all went
 *   to plan ("a planned regrouping", «организованная переброска»).
 *
 * Every sentence was written for this test (another town, other wording, in the three languages); the
 * expected values were decided by hand from the language before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { checkFactRows, claimRecords, kindsBetween, type FactRow } from './fact-labels.js';

test('manipulation: a dismissal of the report as a manipulation is a denial of it (en, ru, uk)', () => {
  const claimEn = 'MOSCOW, Jan 17 (Reuters) - Russia\'s defence ministry said it had struck a building in Odesa housing foreign mercenaries, killing more than 40 of them.';
  const claimRu = 'Минобороны России сообщило, что в результате удара по пункту временной дислокации в Одессе уничтожены более 40 иностранных наёмников.';
  const rows: [string, string, string | null][] = [
    [claimEn, 'PARIS, Jan 18 (Reuters) - The French foreign ministry said the Russian report of mercenaries killed in Odesa was another crude manipulation.', 'figures'],
    [claimRu, 'Президент Франции Эммануэль Макрон назвал сообщения о гибели французских наёмников в Одессе грубой манипуляцией.', 'figures'],
    [claimRu, 'Президент Франції Емманюель Макрон назвав повідомлення про загибель французьких найманців в Одесі черговою маніпуляцією.', 'figures'],
    // must-not: a word of manipulation that dismisses no report
    [claimEn, 'PARIS, Jan 18 (Reuters) - The French foreign minister said mercenaries in Africa had engaged in manipulation of local elections.', null],
    [claimRu, 'Президент Франции Эммануэль Макрон заявил, что наёмники в Африке занимаются манипуляцией выборами.', null],
  ];
  const bad: string[] = [];
  for (const [claim, denial, want] of rows) {
    const got = kindsBetween(claim, '2024-01-17', denial, '2024-01-18');
    const ok = want === null ? got.length === 0 : got.includes(want);
    if (!ok) bad.push(`${denial}\n  want ${want ?? 'no dispute'}, got ${got.join(', ') || 'none'}`);
  }
  assert.deepEqual(bad, []);
});

const at = (h: string): string => `2025-03-14T${h}:00Z`;
const causeDisputes = (...docs: ClaimRecord[][]): string[] =>
  compareClaims(docs.flat()).disputes.filter((d) => d.kind === 'cause').map((d) => d.sides.map((s) => [...new Set(s.speakers.map((x) => x.side).filter(Boolean))].sort().join('+')).sort().join('/'));
const afIcbm = (): ClaimRecord[] => claimRecords('af', 'Вранці ворог завдав удару по Кривому Рогу міжконтинентальною балістичною ракетою, запущеною з Астраханської області.', at('08:00'), { author: 'Повітряні сили ЗС України', authorType: 'channel' });

test('weapon identified: "the weapon was an intermediate-range missile" is the strike told with that class (en, ru, uk)', () => {
  const rows: string[] = [
    'KRYVYI RIH, March 14 (Reuters) - A Russian missile struck an industrial site in Kryvyi Rih on Friday.\n\nPentagon deputy press secretary Sabrina Singh said the weapon was an experimental intermediate-range ballistic missile.',
    // (a speaker of the striking side, whose side the program knows, in Russian and Ukrainian)
    'КРИВОЙ РОГ, 14 марта. Российская ракета поразила промышленный объект в Кривом Роге.\n\nПрезидент России Владимир Путин заявил, что это была новейшая баллистическая ракета средней дальности.',
    'КРИВИЙ РІГ, 14 березня. Російська ракета влучила в промисловий об\'єкт у Кривому Розі.\n\nПрезидент Росії Володимир Путін заявив, що це була нова балістична ракета середньої дальності.',
  ];
  const bad: string[] = [];
  for (const t of rows) {
    const want = /Pentagon/.test(t) ? 'UA/US' : 'RU/UA';
    const got = causeDisputes(afIcbm(), claimRecords('us', t, at('20:00')));
    if (!got.includes(want)) bad.push(`${t}\n  want ${want}, got ${got.join(', ') || 'none'}`);
  }
  assert.deepEqual(bad, []);
});

test('weapon identified: no cause dispute without a frame naming the weapon (must-not)', () => {
  const rows: string[] = [
    // a class named of what a side may do later, not of the strike
    'KRYVYI RIH, March 14 (Reuters) - A Russian missile struck an industrial site in Kryvyi Rih on Friday.\n\nPentagon deputy press secretary Sabrina Singh said Russia could deploy intermediate-range missiles in Belarus next year.',
    // the frame negated
    'KRYVYI RIH, March 14 (Reuters) - A Russian missile struck an industrial site in Kryvyi Rih on Friday.\n\nPentagon deputy press secretary Sabrina Singh said the weapon was not an intermediate-range missile.',
    'КРИВОЙ РОГ, 14 марта. Российская ракета поразила промышленный объект в Кривом Роге.\n\nПрезидент России Владимир Путин заявил, что это была не ракета средней дальности.',
    // a class named of weapons a side has, in Ukrainian (no frame saying what the weapon was)
    'КРИВИЙ РІГ, 14 березня. Російська ракета влучила в промисловий об\'єкт у Кривому Розі.\n\nПрезидент Росії Володимир Путін заявив, що Росія має ракети середньої дальності.',
  ];
  const bad: string[] = [];
  for (const t of rows) {
    const got = causeDisputes(afIcbm(), claimRecords('us', t, at('20:00')));
    if (got.length) bad.push(`${t}\n  want none, got ${got.join(', ')}`);
  }
  assert.deepEqual(bad, []);
});

test('mistakes were made: an admission of mistakes is the situation going badly (en, ru, uk)', () => {
  const rows: FactRow[] = [
    ['Ramzan Kadyrov said mistakes had been made and that the leadership had to be told the real situation.', undefined, ['situation null -1'], []],
    ['"Mistakes were made," the commander said.', undefined, ['situation null -1'], []],
    ['Рамзан Кадыров заявил, что были допущены ошибки и из них нужно сделать выводы.', undefined, ['situation null -1'], []],
    ['Командувач угруповання Олександр Тарнавський заявив, що були допущені помилки, і висновки з них мають бути зроблені.', undefined, ['situation null -1'], []],
    // must-not: mistakes denied, or mistakes of a vote count
    ['The ministry said no mistakes had been made during the regrouping.', undefined, [], ['situation null -1']],
    ['Министр заявил, что ошибок допущено не было.', undefined, [], ['situation null -1']],
  ];
  checkFactRows(rows);
});
