/**
 * Table-driven tests (lane facts9, issue 9) for readings an analyst applies to a claim that
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
 * - (control) "X is now entirely in the hands of our forces" is a claim to hold X (see below).
 *
 * Every sentence was written for this test (another town, other wording, in the three languages); the
 * expected values were decided by hand from the language before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { checkClaimPlaces, checkFactRows, claimRecords, kindsBetween, type FactRow } from './fact-labels.js';

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


// (control) "X is now entirely in the hands of our forces" is a claim to hold X, of the side the
// phrase names after it or else of the speaker's own side; the armed groups of Russian citizens that
// fight on Ukraine's side (the Freedom of Russia Legion, the Russian Volunteer Corps) speak for
// Ukraine's side; "Putin's army" is Russia's forces. A "with weapons in hand" holds nothing.
const LEGION = 'Легион «Свобода России»';
const RDK = 'Русский добровольческий корпус';
test('in the hands of: a claim to hold the place, of the side named or the speaker\'s own (en, ru, uk)', () => {
  const rows: FactRow[] = [
    ['Глушково Курской области теперь полностью в руках русских освободительных сил. Части путинской армии покидают посёлок. Операция продолжается.', LEGION, ['control holds UA 1', 'control lost RU -1'], ['control holds RU 1']],
    ['Глушково Курской области теперь полностью в руках наших бойцов. Операция продолжается.', RDK, ['control holds UA 1'], ['control holds RU 1']],
    ['Село Глушково Курської області тепер повністю в руках наших підрозділів. Операція триває.', 'Генеральний штаб ЗСУ', ['control holds UA 1'], ['control holds RU 1']],
    ['Глушково Курской области находится в руках противника, сообщил Генштаб ВСУ.', undefined, ['control holds RU 1'], ['control holds UA 1']],
    ['MOSCOW, March 12 (Reuters) - The Freedom of Russia Legion said the border village of Glushkovo in the Kursk region was entirely in their hands.', undefined, ['control holds UA 1'], ['control holds RU 1']],
    // must-not: weapons in hand, and a fate in one's own hands, hold no place
    ['Защитники Глушково Курской области погибли с оружием в руках, сообщил губернатор Роман Старовойт.', undefined, [], ['control holds RU 1', 'control holds UA 1', 'control holds null 1']],
    ['Губернатор Роман Старовойт заявил, что судьба Глушково Курской области в наших руках.', undefined, [], ['control holds RU 1', 'control holds UA 1', 'control holds null 1']],
  ];
  checkFactRows(rows);
});

test('in the hands of: the legion\'s claim to hold a village against the ministry\'s attacks repelled there is a control dispute', () => {
  const legion = claimRecords('lg', 'Глушково Курской области теперь полностью в руках русских освободительных сил. Части путинской армии покидают посёлок. Операция продолжается.', '2024-03-12T09:00:00Z', { author: LEGION, authorType: 'organisation', ownVoice: true });
  const mod = claimRecords('mod', 'Кроме того, с 8.00 до 8.25 отражены четыре атаки диверсионно-разведывательных групп у Глушково Курской области. Государственная граница не нарушена.', '2024-03-12T12:00:00Z', { author: 'Министерство обороны Российской Федерации', authorType: 'organisation', ownVoice: true });
  const sides = compareClaims([...legion, ...mod]).disputes.filter((d) => d.kind === 'control').map((d) => d.sides.map((s) => [...new Set(s.claims.map((c) => c.split('#')[0]))].sort().join('+')).sort().join(' | '));
  assert.ok(sides.includes('lg | mod'), `got ${sides.join('; ') || 'none'}`);
  // must-not: the ministry's own claim to hold it is no dispute with its attacks repelled
  const own = claimRecords('ru2', 'Глушково Курской области теперь полностью в руках наших бойцов.', '2024-03-12T09:00:00Z', { author: 'Министерство обороны Российской Федерации', authorType: 'organisation', ownVoice: true });
  assert.deepEqual(compareClaims([...own, ...mod]).disputes.filter((d) => d.kind === 'control').length, 0);
});

// (place) where a weapon was launched from is not where the strike was: "the ICBM had been launched
// from Russia's Astrakhan region", «ракетою, запущеною з Астраханської області» place no claim there
test('launched from: the launch site is no place of the claim (en, ru, uk)', () => {
  const wire = 'KRYVYI RIH, March 14 (Reuters) - A Russian missile struck an industrial site in Kryvyi Rih on Friday.\n\nUkraine\'s air force said the missile had been launched from Russia\'s Astrakhan region. Pentagon deputy press secretary Sabrina Singh said the weapon was an experimental intermediate-range ballistic missile.';
  checkClaimPlaces([
    [wire, 'the weapon was', ['Kryvyi Rih'], ['Astrakhan Oblast']],
    ['Вранці ворог завдав удару по Кривому Рогу балістичною ракетою, запущеною з Астраханської області, повідомили Повітряні сили.', 'завдав удару', ['Kryvyi Rih'], ['Astrakhan Oblast']],
    ['Утром противник нанёс удар по Кривому Рогу баллистической ракетой, выпущенной из Астраханской области, сообщили в Воздушных силах.', 'нанёс удар', ['Kryvyi Rih'], ['Astrakhan Oblast']],
    // must-not: a place after "from" with no launch word is the claim's place
    ['KYIV, March 14 (Reuters) - Ukraine\'s General Staff said Russian troops had withdrawn from Kupiansk.', 'withdrawn from', ['Kupiansk'], []],
  ], '2025-03-14T20:00:00Z');
});

// (compare) one class named by two sides against another named by a third: a dispute per pair of
// sides, as analysts list them (Ukraine against Russia, Ukraine against the United States)
test('weapon class: each side naming the other class is its own dispute with the first', () => {
  const ru = claimRecords('ru', 'Президент России Владимир Путин заявил, что российские войска нанесли удар по заводу в Кривом Роге новейшей баллистической ракетой средней дальности.', at('18:00'));
  const us = claimRecords('us', 'KRYVYI RIH, March 14 (Reuters) - A Russian missile struck an industrial site in Kryvyi Rih on Friday.\n\nPentagon deputy press secretary Sabrina Singh said the weapon was an experimental intermediate-range ballistic missile.', at('20:00'));
  assert.deepEqual(causeDisputes(afIcbm(), ru, us).sort(), ['RU/UA', 'UA/US']);
  // must-not: two sides naming the same class against no other class: no dispute
  assert.deepEqual(causeDisputes(ru, us), []);
});
