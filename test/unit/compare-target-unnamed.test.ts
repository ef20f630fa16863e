/**
 * Table-driven tests (lane target2, issue 9: disputes on unseen reporting) for the dispute over what
 * a strike hit when neither side denies the strike: the struck side says civilians or civilian objects
 * were hit (the city centre, passers-by, a hospital next to a military school), the striking side says
 * a military target was (a gathering of command staff, a training centre with foreign instructors).
 * bench/gold/disputes dev: chernihiv-theatre-2023-08 and poltava-institute-2024-09 failed at compare.
 *
 * Three rules of reporting, each stated as a journalist would:
 *  - a strike told without its doer on a side's own forces («удар пришёлся по месту сбора командного
 *    состава ВСУ», "the strike had targeted a meeting of Ukrainian commanders") was made by that
 *    side's enemy;
 *  - the struck side that names a civilian object hit beside a military one ("a military institute and
 *    the hospital next to it") still says civilians were hit; the striking side's account that names
 *    only a military target disputes it (a claim naming both, on the striking side, disputes nothing);
 *  - two strikes on one city on one day told with different weapons as their instrument (drones at
 *    night on a house, Iskanders on a command post) are two strikes, not one disputed target.
 *
 * Every sentence was written for this test (other cities, other speakers, in the three languages) in
 * the way governors, ministries, state agencies' unnamed sources and wire copy word such strikes; the
 * expected values were decided by hand from the language before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { claimRecords, strikeTargets, type DocExtra } from './fact-labels.js';

const DAY = '2024-10-12';
const targets = (text: string, extra: DocExtra = {}): string[] => strikeTargets(text, `${DAY}T09:00:00Z`, extra);

const MOD: DocExtra = { author: 'Министерство обороны Российской Федерации', authorType: 'organisation', ownVoice: true };
const RIA: DocExtra = { author: 'РИА Новости', authorType: 'organisation' };
const ZELENSKY: DocExtra = { author: 'Володимир Зеленський', authorType: 'channel' };
const GOV_SUMY: DocExtra = { author: 'Сумська ОВА', authorType: 'channel' };
const GS_UA: DocExtra = { author: 'Генеральний штаб ЗСУ', authorType: 'organisation', ownVoice: true };

test('target2: what an unnamed or mixed account says was hit', () => {
  const rows: [string, DocExtra, string[]][] = [
    // an unnamed source of a state agency: a strike of no named doer on Ukraine's own command staff: Russia's strike, military
    ['Удар в Сумах пришёлся по месту сбора командного состава ВСУ, которое было замаскировано под концерт. Об этом РИА Новости сообщил источник.', RIA, ['RU|military']],
    // the same in English wire copy
    ['MOSCOW, Oct 12 (Reuters) - RIA Novosti, quoting an unnamed source, said the strike in Sumy had targeted a meeting of Ukrainian commanders and military specialists.', {}, ['RU|military']],
    // the mirror: a strike of no named doer on Russian officers: Ukraine's strike, military. (The same in
    // Ukrainian, «Удар у Курську влучив у місце збору російських офіцерів», is read today with the
    // officers' side as the doer, RU: the Ukrainian agent reading takes the side word of the clause; a
    // limit of the responsibility facts left for a later lane, not a row here.)
    ['KYIV, Oct 12 (Reuters) - A Ukrainian intelligence source said the strike in Kursk had hit a gathering of Russian military officers.', {}, ['UA|military']],
    // a strike of no named doer on a command post of no named side: no doer is read
    ['Удар в Сумах пришёлся по командному пункту, сообщил источник.', RIA, []],
    // a ministry's strike on a training centre of the Ukrainian army: military
    ['Вооружённые силы Российской Федерации нанесли удар по учебному центру ВСУ в Житомире.', MOD, ['RU|military']],
    // the struck side names a military school and the hospital next to it: civilians hit beside a military site
    ['KYIV, Oct 12 (Reuters) - Two Russian ballistic missiles struck a military training centre and a hospital next to it in Zhytomyr, President Volodymyr Zelensky said.', {}, ['RU|mixed']],
    ['Дві російські ракети влучили у військовий інститут і в лікарню поруч у Житомирі.', ZELENSKY, ['RU|mixed']],
    // passers-by are civilians
    ['Російська ракета влучила в центр Сум, більшість загиблих — перехожі.', GOV_SUMY, ['RU|civilian']],
    ['KHARKIV, Oct 12 (AP) - A Russian missile hit the centre of Kharkiv, killing passers-by, the governor said.', {}, ['RU|civilian']],
    // a military site named alone by the struck side: military
    ['KYIV, Oct 12 (Reuters) - Russian missiles struck a military training centre in Zhytomyr, Ukraine\'s Ground Forces said.', {}, ['RU|military']],
    // a strike "on" a side's city: the side word after the preposition names what was struck, not the doer
    ['MOSCOW, Oct 12 (Reuters) - Russia\'s defence ministry said on Saturday that its missile strike on the Ukrainian city of Zhytomyr had hit a military training centre.', {}, ['RU|military']],
    ['KYIV, Oct 12 (Reuters) - Officials said the Russian drone attack on the Ukrainian port of Izmail had hit a school.', {}, ['RU|civilian']],
    // the doer named: the side word by the target is not read as the doer's enemy
    ['Сили оборони України уразили пункт управління російських військ у Курській області.', GS_UA, ['UA|military']],
  ];
  const bad: string[] = [];
  for (const [text, extra, want] of rows) {
    const got = targets(text, extra);
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${text}\n  want ${want.join(', ')}, got ${got.join(', ')}`);
  }
  assert.deepEqual(bad, []);
});

/** The target disputes of the claim records of several documents, as the known sides' codes of each ("RU/UA"; voices of no known side left out). */
function targetDisputes(...docs: ClaimRecord[][]): string[] {
  return compareClaims(docs.flat()).disputes.filter((d) => d.reason === 'target').map((d) => d.sides.map((s) => [...new Set(s.speakers.map((x) => x.side).filter(Boolean))].sort().join('+')).sort().join('/'));
}
const at = (h: string, day = DAY): string => `${day}T${h}:00Z`;

test('target2: the struck side\'s civilians against the striking side\'s military target, no denial', () => {
  // Sumy: the regional administration's civilians and passers-by; a wire's RIA source; RIA's own unnamed source
  const gov = claimRecords('gov', 'Росіяни вдарили ракетою по центру Сум: загинули перехожі, поранено дітей.', at('10:00'), GOV_SUMY);
  const wire = claimRecords('wire', 'SUMY, Oct 12 (AP) - A Russian missile struck the centre of Sumy, killing five passers-by, Ukrainian officials said. The state news agency RIA Novosti, quoting an unnamed source, said the strike had targeted a meeting of Ukrainian commanders disguised as a concert.', at('15:00'));
  const ria = claimRecords('ria', 'Удар в Сумах пришёлся по месту сбора командного состава ВСУ, которое было замаскировано под концерт. Об этом РИА Новости сообщил источник.', at('13:00'), RIA);
  assert.deepEqual(targetDisputes(gov, wire, ria), ['RU/UA']);
  // Zhytomyr: a military training centre and a hospital next to it against the ministry's training centre with foreign instructors
  const ki = claimRecords('ki', 'KYIV, Oct 12 (Kyiv Independent) - Two Russian ballistic missiles struck a military training centre and a hospital next to it in Zhytomyr, killing 12 people, President Volodymyr Zelensky said.', at('14:00'));
  const mod = claimRecords('mod', 'Вооружённые силы Российской Федерации нанесли высокоточный удар по учебному центру ВСУ в Житомире, где иностранные инструкторы готовили операторов беспилотников.', at('10:00', '2024-10-13'), MOD);
  assert.deepEqual(targetDisputes(ki, mod), ['RU/UA']);
});

test('target2: no target dispute (must-not)', () => {
  const rows: [string, ClaimRecord[][]][] = [
    // both sides name a military target
    ['both military', [
      claimRecords('ua', 'Росіяни вдарили ракетами по військовому аеродрому в Миргороді, пошкоджено літак.', at('08:00'), { author: 'Повітряні сили ЗС України', authorType: 'channel' }),
      claimRecords('ru', 'Вооружённые силы Российской Федерации нанесли удар по аэродрому в Миргороде.', at('11:00'), MOD),
    ]],
    // the striking side's military target, the struck side names the same military site
    ['the same military site', [
      claimRecords('ru', 'Вооружённые силы Российской Федерации нанесли удар по учебному центру ВСУ в Житомире.', at('11:00'), MOD),
      claimRecords('ua', 'KYIV, Oct 12 (Reuters) - Russian missiles struck a military training centre in Zhytomyr, Ukraine\'s Ground Forces said.', at('12:00')),
    ]],
    // two strikes on one city on one day: drones on a house at night, Iskanders on a command post
    ['two strikes, other weapons', [
      claimRecords('ua', 'Вночі російські дрони-шахеди атакували житловий будинок у Харкові, поранено трьох людей.', at('05:00'), { author: 'Олег Синєгубов', authorType: 'channel' }),
      claimRecords('ru', 'Вооружённые силы Российской Федерации нанесли удар ракетами «Искандер» по пункту управления ВСУ в Харькове.', at('16:00'), MOD),
    ]],
    // one side names a target, the other gives only a toll
    ['a toll only', [
      claimRecords('ru', 'Вооружённые силы Российской Федерации нанесли удар по пункту временной дислокации ВСУ в Кривом Роге.', at('11:00'), MOD),
      claimRecords('ua', 'KRYVYI RIH, Oct 12 (Reuters) - A Russian missile attack on Kryvyi Rih killed four people, the regional governor said.', at('12:00')),
    ]],
    // a hospital next to the base in both accounts
    ['a hospital by the base in both', [
      claimRecords('ru', 'MOSCOW, Oct 12 (Reuters) - Russia\'s defence ministry said its missiles hit an air base in Starokostiantyniv and a hospital next to the base.', at('11:00')),
      claimRecords('ua', 'Російські ракети влучили в аеродром у Старокостянтинові та в лікарню поруч.', at('09:00'), { author: 'Хмельницька ОВА', authorType: 'channel' }),
    ]],
  ];
  const bad: string[] = [];
  for (const [name, docs] of rows) {
    const got = targetDisputes(...docs);
    if (got.length) bad.push(`${name}: got ${got.join(', ')}`);
  }
  assert.deepEqual(bad, []);
});
