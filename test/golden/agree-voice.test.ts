/**
 * Golden rows of lane agree12 (issue 9: "agreements stay agreements"): two mechanisms that lost
 * strike agreements on the dispute benchmark's dev set (docs/agreements-dev-misses.md).
 * - The struck side's account given by a named voice the data puts on no side (a city's mayor, a
 *   prosecutor general): when its claim says the doer struck a place of the doer's opponent's country,
 *   it stands as the struck side's report beside the doer's own claim of the strike.
 * - A Russian or Ukrainian strike whose doer stands after the verb: «атаку ... провела Служба безпеки
 *   України», «атакували дрони Головного управління розвідки».
 * Short texts written for this test in the way mayors' posts, Ukrinform, UP and TASS word them, other
 * towns, days and wording than the dispute benchmark's; the expected values were decided by hand from
 * the language before the rules were written. Every mechanism has must-not rows: another day,
 * another town, a denial, an unnamed voice, a verb whose object follows it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords, recordsOf, type Doc, respOf } from '../unit/fact-labels.js';

/** The responsibility agreements on who struck, as "<doer> by <documents>" (sorted). */
function agreed(docs: Doc[]): string[] {
  const recs = recordsOf(docs);
  const res = compareClaims(recs, { agreements: true });
  const docOf = new Map(recs.map((r) => [r.id, r.documentId]));
  const out = res.agreements
    .filter((a) => a.kind === 'responsibility' && a.topic.key.includes('|agreed|'))
    .map((a) => `${a.topic.what.type === 'event' ? a.topic.what.subjectSide : '?'} by ${[...new Set(a.side.claims.map((c) => docOf.get(c)))].sort().join(',')}`);
  return [...new Set(out)].sort();
}

const MOD_VINNYTSIA = 'МОСКВА, 12 июня. /ТАСС/. Сегодня ночью Вооружённые силы Российской Федерации нанесли удар высокоточным оружием большой дальности по объектам военно-промышленного комплекса в Виннице, сообщили в Министерстве обороны России.';

test('a named voice of no known side reporting the doer\'s strike on a town of the doer\'s opponent agrees with the doer\'s own claim', () => {
  const rows: [string, Doc[], string[]][] = [
    ['uk: a mayor the data does not list, Russia hit Vinnytsia; ru: the ministry claims its strike there', [
      ['ru-mod-vin', MOD_VINNYTSIA, '2024-06-12T09:00:00Z'],
      ['mayor-vin', 'Росія вночі атакувала Вінницю ракетами, повідомив міський голова Сергій Моргунов.', '2024-06-12T06:00:00Z'],
    ], ['RU by mayor-vin,ru-mod-vin']],
    ['uk: a prosecutor the data does not list names the Russians as the doer the next day', [
      ['ru-mod-vin-2', MOD_VINNYTSIA, '2024-06-12T09:00:00Z'],
      ['prosecutor-vin', 'Росіяни вночі вдарили по Вінниці крилатими ракетами, повідомив прокурор області Андрій Суховий.', '2024-06-13T08:00:00Z'],
    ], ['RU by prosecutor-vin,ru-mod-vin-2']],
  ];
  for (const [name, docs, want] of rows) assert.deepEqual(agreed(docs), want, name);
});

test('must-not: the voice of no known side is no struck side\'s report when the strike is not one, or the doer denies it', () => {
  const rows: [string, Doc[]][] = [
    ['three days apart (two strikes)', [
      ['ru-mod-vin-3', MOD_VINNYTSIA, '2024-06-12T09:00:00Z'],
      ['mayor-vin-3', 'Росія вночі атакувала Вінницю ракетами, повідомив міський голова Сергій Моргунов.', '2024-06-15T06:00:00Z'],
    ]],
    ['another town (Khmelnytskyi, not Vinnytsia)', [
      ['ru-mod-vin-4', MOD_VINNYTSIA, '2024-06-12T09:00:00Z'],
      ['mayor-khm', 'Росія вночі атакувала Хмельницький ракетами, повідомив міський голова Олександр Симчишин.', '2024-06-12T06:00:00Z'],
    ]],
    ['the accused denies the strike the mayor reports', [
      ['mayor-vin-5', 'Росія вночі атакувала Вінницю ракетами, повідомив міський голова Сергій Моргунов.', '2024-06-12T06:00:00Z'],
      ['ru-deny-vin', 'МОСКВА, 12 июня. /ТАСС/. Российские войска не наносили ударов по Виннице, заявил официальный представитель Кремля Дмитрий Песков.', '2024-06-12T12:00:00Z'],
    ]],
    ['an unnamed voice (local channels) is no struck side\'s report', [
      ['ru-mod-vin-6', MOD_VINNYTSIA, '2024-06-12T09:00:00Z'],
      ['channels-vin', 'Місцеві телеграм-канали пишуть, що Росія вночі атакувала Вінницю ракетами.', '2024-06-12T06:00:00Z'],
    ]],
  ];
  for (const [name, docs] of rows) {
    // (each text must give a claim, or the empty answer would say nothing)
    for (const [id, t, p] of docs) assert.ok(claimRecords(id, t, p).length > 0, `${name}: ${id} gives no claim`);
    assert.deepEqual(agreed(docs), [], name);
  }
});

test('a strike whose doer stands after the verb: a verb of carrying out and a name, a verb of attacking and a weapon\'s owner', () => {
  const rows: [string, string[]][] = [
    ['Атаку дронів на нафтобазу в Брянську провела Служба безпеки України, повідомило джерело в СБУ.', ['UA 1']],
    ['Нафтобазу в Новошахтинську вночі атакували дрони Головного управління розвідки, розповіло джерело в ГУР.', ['UA 1']],
    ['Удар по аэродрому в Моздоке нанесли дроны, заявил источник. Атаку провели Вооружённые силы Украины, сообщил источник.', ['UA 1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(respOf(text), want, text);
});

test('must-not: no doer after the verb where the words after it are its object, a place, or the verb is negated', () => {
  const rows: [string, string[]][] = [
    // the object after a verb of attacking: positions of the Armed Forces were attacked, not attackers
    ['Вночі дрони атакували позиції ЗСУ біля Куп\'янська, повідомив Генеральний штаб ЗСУ.', []],
    // a verb of carrying out followed by a lower-case noun (the strike, not its doer)
    ['Удар по Харкову провели вночі з Бєлгородської області, повідомив губернатор Олег Синєгубов.', []],
    ['Атаку на Бєлгород не проводила Служба безпеки України, заявило джерело в СБУ.', []],
  ];
  for (const [text, want] of rows) {
    assert.ok(claimRecords('t', text, '2024-06-01T09:00:00Z').length > 0, `${text}: no claim`);
    assert.deepEqual(respOf(text).filter((x) => x !== 'null 1'), want, text);
  }
});

test('the doer\'s own source and the struck side\'s governor agree on who struck when the source names its service after the verb', () => {
  const docs: Doc[] = [
    ['up-bryansk', 'Нічну атаку дронів на нафтобазу в Брянську провела Служба безпеки України, повідомило «Українській правді» джерело в СБУ.', '2024-06-20T08:00:00Z'],
    ['gov-bryansk', 'БРЯНСК, 20 июня. /ТАСС/. Украинские беспилотники атаковали нефтебазу в Брянске, возник пожар, сообщил губернатор Брянской области Александр Богомаз.', '2024-06-20T06:00:00Z'],
  ];
  assert.deepEqual(agreed(docs), ['UA by gov-bryansk,up-bryansk']);
  // must-not: a day that is not the same or the next (two strikes)
  const later: Doc[] = [docs[0]!, ['gov-bryansk-2', docs[1]![1].replace('20 июня', '23 июня'), '2024-06-23T06:00:00Z']];
  assert.deepEqual(agreed(later), []);
});

const MOD_MASSED = 'МОСКВА, 17 октября. /ТАСС/. Этой ночью Вооружённые силы Российской Федерации нанесли массированный удар высокоточным оружием большой дальности по объектам энергетики Украины. Цель удара достигнута, сообщили в Министерстве обороны России.';

test('the doer\'s own claim of a massed strike across the other side\'s country agrees with the struck side\'s report of that night at a town of it', () => {
  const docs: Doc[] = [
    ['ru-mod-massed', MOD_MASSED, '2024-10-17T09:00:00Z'],
    ['gov-zhytomyr', 'ЖИТОМИР, 17 жовтня. /Укрінформ/. Уночі Росія атакувала Житомир ракетами, пошкоджено об\'єкт енергетики, повідомив начальник обласної військової адміністрації Віталій Бунечко.', '2024-10-17T07:00:00Z'],
    ['mayor-zhytomyr', 'Росія вночі вдарила ракетами по Житомиру, без світла кілька районів, повідомив міський голова Сергій Сухомлин.', '2024-10-17T06:30:00Z'],
  ];
  assert.deepEqual(agreed(docs), ['RU by gov-zhytomyr,mayor-zhytomyr,ru-mod-massed']);
});

test('must-not: the country-wide claim joins no town of the doer\'s own country and no other night', () => {
  const rows: [string, Doc[]][] = [
    ['three days later (another strike)', [
      ['ru-mod-massed-2', MOD_MASSED, '2024-10-17T09:00:00Z'],
      ['gov-zhytomyr-2', 'ЖИТОМИР, 20 жовтня. /Укрінформ/. Уночі Росія атакувала Житомир ракетами, пошкоджено об\'єкт енергетики, повідомив начальник обласної військової адміністрації Віталій Бунечко.', '2024-10-20T07:00:00Z'],
      ['mayor-zhytomyr-2', 'Росія вночі вдарила ракетами по Житомиру, без світла кілька районів, повідомив міський голова Сергій Сухомлин.', '2024-10-20T06:30:00Z'],
    ]],
    ['a town of Russia reported struck by Ukraine (the other doer)', [
      ['ru-mod-massed-3', MOD_MASSED, '2024-10-17T09:00:00Z'],
      ['gov-kursk', 'КУРСК, 17 октября. /ТАСС/. Украинские дроны атаковали Курск ночью, повреждена подстанция, сообщил губернатор Курской области Алексей Смирнов.', '2024-10-17T07:00:00Z'],
      ['mayor-kursk', 'Ночью ВСУ атаковали Курск беспилотниками, сообщил глава города Курска Игорь Куцак.', '2024-10-17T06:30:00Z'],
    ]],
  ];
  for (const [name, docs] of rows) {
    // (each text must give a claim, or the empty answer would say nothing)
    for (const [id, t, p] of docs) assert.ok(claimRecords(id, t, p).length > 0, `${name}: ${id} gives no claim`);
    assert.deepEqual(agreed(docs), [], name);
  }
});

/** The figures agreements of `docs`, as "<unit> <interval> by <documents>". */
function figuresAgreed(docs: Doc[]): string[] {
  const recs = recordsOf(docs);
  const docOf = new Map(recs.map((r) => [r.id, r.documentId]));
  return compareClaims(recs, { agreements: true }).agreements
    .filter((a) => a.kind === 'figures' || a.topic.what.type === 'quantity')
    .map((a) => `${a.topic.what.type === 'quantity' ? a.topic.what.unit : '?'} by ${[...new Set(a.side.claims.map((c) => docOf.get(c)))].sort().join(',')}`)
    .sort();
}

test('figures: one toll from two independent voices is an agreement; two tallies, two towns or two days are none (must-not)', () => {
  const mayor = ['mayor-toll', 'Внаслідок ракетного удару по Вінниці загинули п\'ятеро людей, повідомив міський голова Сергій Моргунов.', '2024-06-12T08:00:00Z'] as Doc;
  const police = ['police-toll', 'ВІННИЦЯ, 12 червня. /Укрінформ/. Унаслідок удару по Вінниці загинули п\'ятеро людей, повідомила Національна поліція України.', '2024-06-12T10:00:00Z'] as Doc;
  assert.deepEqual(figuresAgreed([mayor, police]), ['killed by mayor-toll,police-toll']);
  const rows: [string, Doc[]][] = [
    ['two tallies (five and seven dead) are a dispute or an update, no agreement', [mayor, ['police-toll-7', police[1].replace('п\'ятеро', 'семеро'), police[2]]]],
    ['the same toll in two towns', [mayor, ['police-toll-khm', police[1].replace('ВІННИЦЯ', 'ХМЕЛЬНИЦЬКИЙ').replace('по Вінниці', 'по Хмельницькому'), police[2]]]],
    ['the same toll five days apart', [mayor, ['police-toll-later', police[1].replace('12 червня', '17 червня'), '2024-06-17T10:00:00Z']]],
  ];
  for (const [name, docs] of rows) {
    // (each text must give a claim, or the empty answer would say nothing)
    for (const [id, t, p] of docs) assert.ok(claimRecords(id, t, p).length > 0, `${name}: ${id} gives no claim`);
    assert.deepEqual(figuresAgreed(docs), [], name);
  }
});
