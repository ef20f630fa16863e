/**
 * Table tests of fix lane fixD (second re-read of branch lead): a side noun inside the act an
 * `answered` phrase names («в ответ на удар ВСУ по Белгороду»), a negation inside «бои за * ведутся»,
 * the lower-case plural «калибрами», and a month of the previous year close to the publication day.
 * The reviewer's sentences and our own of the same shape, expected values decided by hand from the
 * text, each with the nearest sentence where the change must not fire.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ruukEventFacts } from '../../src/compare/responsibility.js';
import { morphologyReady } from '../../src/analyze/ruuk/morph.js';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';

/** The responsibility facts of a whole sentence: "side:polarity", sorted. */
function sides(text: string): string[] {
  return ruukEventFacts(text, [{ start: 0, end: text.length }], null)
    .filter((f) => f.topic === 'responsibility')
    .map((f) => `${f.agentSide}:${f.polarity}`)
    .sort();
}

/** Control facts of every claim of a wire post published on `day`: "state side polarity". */
function controls(text: string, day = '2024-10-01'): string[] {
  const a = analyze({ id: 'p', text, published: `${day}T10:00:00Z`, author: 'ТАСС', source: 'wire' }, { budget: false });
  return a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses.filter((s) => s.topic === 'control').map((s) => `${s.state} ${s.subjectSide} ${s.polarity}`));
}

before(() => {
  assert.ok(morphologyReady(), 'the Russian dictionary did not load');
});

test('ruukEventFacts: a side noun owning the act answered, before its target, is no doer of the act done', () => {
  const rows: [string, string[]][] = [
    // reviewer
    ['В ответ на удар ВСУ по Белгороду российские войска нанесли удар по Харькову, заявили в Минобороны РФ.', ['RU:1']],
    ['В ответ на удары ВСУ по Белгороду российские войска нанесли удар по Харькову.', ['RU:1']],
    ['У відповідь на удар росіян по Харкову ЗСУ уразили командний пункт.', ['UA:1']],
    // ours
    ['В ответ на обстрел ВСУ по Донецку российская авиация нанесла удар по Краматорску.', ['RU:1']],
    // must stay: no target phrase after the side noun, and the doer after the act
    ['В ответ на удары ATACMS российские войска нанесли удар по Сумам.', ['RU:1']],
    ['У відповідь на обстріли ЗСУ Бєлгорода окупанти вдарили по Харкову.', ['RU:1']],
    ['Удар по Белгороду нанесли ВСУ.', ['UA:1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(sides(text), want, text);
});

test('ruukEventFacts: lower-case plural «калибрами» names the missile; a calibre does not', () => {
  const rows: [string, string[]][] = [
    ['Ночью по Одессе ударили калибрами.', ['RU:1']],
    ['Вночі по Одесі вдарили калібрами.', ['RU:1']],
    ['По Николаеву выпустили калибры с моря.', ['RU:1']],
    // must not: a calibre with a size word, a number or «мм»
    ['Ночью по Одессе ударили крупными калибрами.', []],
    ['Снаряды калибра 155 мм попали в дом.', []],
    ['Артиллерия разных калибров обстреляла Донецк.', []],
    ['Вночі по Херсону били снарядами калібрів 152 мм.', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(sides(text), want, text);
});

test('control: «бои за * ведутся» with a negation before the verb is fighting stopped', () => {
  const rows: [string, string[]][] = [
    ['Бои за Угледар не ведутся, заявил Сырский.', ['contested null -1']],
    ['Бої за Вугледар не тривають, заявив Сирський.', ['contested null -1']],
    ['Бои за Курахово больше не ведутся, заявил Сырский.', ['contested null -1']],
    // must stay: no negation, or one after the verb
    ['Бои за Угледар ведутся, заявил Сырский.', ['contested null 1']],
    ['Бої за Вугледар тривають, заявив Сирський.', ['contested null 1']],
    ['Бои за Угледар ведутся не первый день, заявил Сырский.', ['contested null 1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(controls(text), want, text);
});

test('history: a month of the previous year close to publication is recent; older months and seasons are history', () => {
  const rows: [string, string, string[]][] = [
    ['2025-01-02', 'В декабре 2024 года российские войска заняли Курахово, сообщили в Минобороны.', ['holds RU 1']],
    ['2025-01-20', 'В ноябре 2024 года российские войска заняли Селидово, сообщили в Минобороны.', ['holds RU 1']],
    ['2025-01-02', 'In December 2024, Russian forces captured Kurakhove, the ministry said.', ['holds RU 1']],
    // must not: an older month, a season, an English month of an older year with no "year" word
    ['2025-01-02', 'В октябре 2024 года российские войска заняли Селидово, сообщили в Минобороны.', []],
    ['2025-01-02', 'Летом 2024 года российские войска заняли Очеретино, сообщили в Минобороны.', []],
    ['2025-01-02', 'In December 2023, Russian forces captured Marinka, the ministry said.', []],
  ];
  for (const [day, text, want] of rows) assert.deepEqual(controls(text, day), want, text);
});
