/**
 * Table-driven tests for lane rucorpus (issue 9): the constructions behind the false responsibility
 * disputes of the real Russian channel posts read in docs/ru-corpus-disputes-check.md (stop of
 * 2026-12-06, lane rucorpus): a strike named as what another strike answers or as its pretext, a
 * strike in a case supposed, and a weapon system of one list item read as the instrument of the next
 * item's strike. Sentences written for these tests in the style of the posts (other places, numbers
 * and wording); expected values decided by hand before the rules were run, each with the nearest
 * sentence where the rule must not fire.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ruukEventFacts } from '../../src/compare/responsibility.js';
import { morphologyReady } from '../../src/analyze/ruuk/morph.js';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/facts.js';

/** The responsibility facts of a whole sentence: "side:polarity", sorted. */
function sides(text: string): string[] {
  return ruukEventFacts(text, [{ start: 0, end: text.length }], null)
    .filter((f) => f.topic === 'responsibility')
    .map((f) => `${f.agentSide}:${f.polarity}`)
    .sort();
}

/** The responsibility facts of every claim of a post, "side:polarity" per claim content's first words. */
function postSides(text: string): string[] {
  const a = analyze({ id: 't', text, published: '2024-11-20T09:00:00Z', source: 'wire' }, { budget: false });
  return a.claims.flatMap((_, i) => {
    const f = extractClaimFacts(a, i);
    return (f.events ?? []).filter((e) => e.topic === 'responsibility').map((e) => `${e.agentSide}:${e.polarity}@${e.text}`);
  }).sort();
}

before(() => {
  // the noun phrase of an act answered is read with the Russian dictionary (verbs, oblique cases)
  assert.ok(morphologyReady(), 'the Russian dictionary did not load');
});

test('ruukEventFacts: a strike another strike answers is no strike told here, and its side is no doer', () => {
  const rows: [string, string[]][] = [
    // the act answered, with its weapon system (that side's) or its weapon and target after it
    ['Министр назвал удар по Житомиру ответом на атаки HIMARS и ATACMS.', []],
    ['Кремль заявил, что это ответ на удары ATACMS по Курской области.', []],
    ['Москва была вынуждена ответить в ответ на удары дальнобойными ракетами по Белгородской области.', []],
    ['Удары наносятся в ответ на ракетные пуски киевского режима вглубь России.', []],
    ['У відповідь на обстріли ЗСУ Бєлгорода окупанти вдарили по Харкову.', ['RU:1']],
    // must stay: the strike done in answer, its doer before or after the phrase
    ['В ответ на удары ATACMS российские войска нанесли удар по Сумам.', ['RU:1']],
    ['В ответ на это российские войска нанесли удар по Сумам.', ['RU:1']],
    ['В ответ на атаку украинских беспилотников российская авиация нанесла удар по Сумам.', ['RU:1']],
    ['Российские войска нанесли ответный удар по Сумам.', ['RU:1']],
    // must stay: «ответ» that answers a question, and a strike that is told after a comma
    ['В ответ на вопрос журналиста он сказал, что ВСУ нанесли удар по Горловке.', ['UA:1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(sides(text), want, text);
});

test('ruukEventFacts: a strike given as a pretext is no strike told here; the strike done after it is', () => {
  const rows: [string, string[]][] = [
    ['Удар Storm Shadow глава МИД назвал поводом для удара по Житомиру.', []],
    ['Атаку HIMARS он представил как повод для новых ударов.', []],
    // must stay: with a comma between, the strike is told on its own; the strike after the pretext noun
    ['ВСУ нанесли удар по Брянску, что стало поводом для заявления МИД.', ['UA:1']],
    ['Это стало поводом для удара российских войск по Сумам.', ['RU:1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(sides(text), want, text);
});

test('ruukEventFacts: a strike in a case supposed («в случае», «если») is no account of one', () => {
  const rows: [string, string[]][] = [
    ['В случае применения ракет «Искандер» в одном ударе последствия будут тяжелыми.', []],
    ['Если ВСУ нанесут удар по Курску, последует ответ.', []],
    ['Якщо російські війська завдадуть удару по Києву, відповідь буде.', []],
    // must stay: a condition closed by a comma before the strike («если верить ...»)
    ['Если верить данным Минобороны, российские войска нанесли удар по Сумам.', ['RU:1']],
    ['В случае с Макеевкой ВСУ нанесли удар по казарме.', ['UA:1']],
    ['В случае тревоги жителей просят спуститься в укрытие, сообщили власти; ночью ВСУ обстреляли Шебекино.', ['UA:1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(sides(text), want, text);
});

test('event facts: a weapon system ending one list item is not the instrument of the next item\'s strike', () => {
  // a ministry's list of strikes, one item a line with no stop at its end (the real post: «Нептун»
  // ended an item, and «нанесен комбинированный удар» of the next item stood as done by Ukraine)
  const list = [
    'Минобороны России сообщило об итогах недели:',
    '',
    '🔹20 ноября в Николаевской области уничтожена пусковая установка комплекса "Нептун"',
    '',
    '🔹21 ноября нанесен комбинированный удар по объектам энергетики',
  ].join('\n');
  assert.deepEqual(postSides(list).filter((s) => s.startsWith('UA')), [], list);
  // must stay: a weapon system in the strike's own line names its doer
  const own = [
    'Минобороны России сообщило об итогах недели:',
    '',
    '🔹21 ноября ударом "Искандера" в Николаеве уничтожен склад',
  ].join('\n');
  assert.deepEqual(postSides(own).map((s) => s.split('@')[0]), ['RU:1'], own);
});

test('claim facts: a claim dated in a year of this war before the one it was published in tells of then', () => {
  /** The statuses of every claim of a channel post published on `published`: "topic side sign". */
  const statuses = (text: string, published: string): string[] => {
    const a = analyze({ id: 't', text, published, source: 'wire', author: 'Канал', authorType: 'channel' }, { budget: false });
    return a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses.filter((s) => s.topic === 'advance').map((s) => `${s.topic} ${s.subjectSide} ${s.polarity > 0 ? '+' : '-'}`)).sort();
  };
  const rows: [string, string, string[]][] = [
    // the real post's construction: a past year with a season («летом 2023 года») or a month
    ['Летом 2023 года ВСУ в ходе контрнаступления отбросили российские войска от Работино.', '2024-12-03T10:00:00Z', []],
    ['В марте 2023 года ВСУ отбросили российские войска от Работино.', '2024-12-03T10:00:00Z', []],
    // must stay: a year alone (a year's total may be meant), the year it was published, no year, a day of that year named
    ['В 2023 году ВСУ отбросили российские войска от Работино.', '2024-12-03T10:00:00Z', ['advance RU -']],
    ['Летом 2024 года ВСУ отбросили российские войска от Работино.', '2024-12-03T10:00:00Z', ['advance RU -']],
    ['ВСУ отбросили российские войска от Работино.', '2024-12-03T10:00:00Z', ['advance RU -']],
    ['5 марта 2023 года ВСУ отбросили российские войска от Работино.', '2024-12-03T10:00:00Z', ['advance RU -']],
  ];
  for (const [text, published, want] of rows) assert.deepEqual(statuses(text, published), want, text);
});
