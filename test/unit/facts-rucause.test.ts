/**
 * Table-driven tests for lane rucause (issue 9: precision of cause and responsibility facts on real
 * Russian posts, bench/gold/facts/ru-real dev). Each group holds a sentence in the style of the post
 * that motivated the rule (places, numbers and wording changed) and the nearest sentences where the
 * rule must not fire. Expected values decided by hand before the program ran on them.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ruukEventFacts } from '../../src/compare/responsibility.js';
import { morphologyReady } from '../../src/analyze/ruuk/morph.js';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/facts.js';

/** The responsibility and cause facts of a whole sentence read from its words: "side:polarity" and "cause:<cause>". */
function words(text: string): string[] {
  return ruukEventFacts(text, [{ start: 0, end: text.length }], null)
    .map((f) => (f.topic === 'cause' ? `cause:${f.cause}` : `${f.agentSide}:${f.polarity}`));
}

/** The responsibility and cause facts of every claim of a post (the events stage and the words together), sorted. */
function claimEvents(text: string): string[] {
  const a = analyze({ id: 't', text, published: '2024-11-21T10:00:00Z', source: 'Канал', author: 'Канал', authorType: null, ownVoice: true, lang: null });
  return a.claims.flatMap((_, i) => (extractClaimFacts(a, i).events ?? []).map((f) => (f.topic === 'cause' ? `cause:${f.cause}` : `${f.agentSide}:${f.polarity}`))).sort();
}

before(() => {
  assert.ok(morphologyReady(), 'the Russian dictionary did not load');
});

const groups: [string, [string, string[]][]][] = [
  // «атаковать» with no weapon: an assault on foot (r3-d12, ctl-ev-d04)
  ['ground assault', [
    ['Российские позиции под Суджей ВСУ пытаются атаковать, используя много техники.', []],
    ['ВСУ отчаянно пытаются прорваться, атакуя в районе Малой Локни.', []],
    ['Противник попытался атаковать позиции наших бойцов у Кременной.', []],
    // must keep: a weapon, a place struck, the passive of a place
    ['ВСУ атаковали дронами нефтебазу в Брянской области.', ['UA:1', 'cause:attack']],
    ['Украинские беспилотники пытались атаковать Курск.', ['UA:1', 'cause:attack']],
    ['ВСУ атаковали Белгород.', ['UA:1', 'cause:attack']],
    ['Город был атакован ракетами.', ['cause:attack']],
  ]],
  // a weapon that is had: the side after «у» is its owner (r3-d14)
  ['owner after у', [
    ['По данным издания, у ВСУ ракеты остаются дефицитными.', []],
    ['Украинские ракеты попали в склад у Белгорода.', ['UA:1', 'cause:attack']],
  ]],
  // a weapon that watches (ctl-ev-d08)
  ['surveillance', [
    ['Несколько часов группу вели российские дроны.', []],
    ['Российские войска вели огонь по Херсону.', ['RU:1', 'cause:attack']],
    ['Российские дроны ударили по колонне.', ['RU:1', 'cause:attack']],
  ]],
  // a purpose (r3-d48)
  ['purpose', [
    ['Они могут использовать эти ракеты для нанесения ударов по конкретным целям.', []],
    ['Российские войска нанесли удар по Харькову.', ['RU:1', 'cause:attack']],
  ]],
  // the owner of what is struck is no doer when another side stands before it (r3-d08)
  ['owner of the object', [
    ['Российские бойцы разносят тяжёлую технику ВСУ новыми дронами.', ['RU:1', 'cause:attack']],
    ['Расчёт ВСУ нанёс удар по Горловке.', ['UA:1', 'cause:attack']],
    ['Дроны ВСУ атаковали склад.', ['UA:1', 'cause:attack']],
  ]],
  // a negation of what the shelling caused (fig-odd-d04)
  ['negation over a cause preposition', [
    ['Покинуть позицию не получилось из-за серьёзных обстрелов украинских БПЛА.', ['UA:1', 'cause:attack']],
    ['Украинские военные не обстреливали Горловку.', ['UA:-1']],
    ['Пожар возник из-за неосторожности, а не в результате удара ВСУ.', ['UA:-1', 'cause:accident']],
  ]],
  // debris that caused nothing (r3-d02)
  ['debris with no loss', [
    ['В результате падения обломков разрушений и пострадавших нет.', []],
    ['В результате падения обломков повреждена крыша, пострадавших нет.', ['cause:attack']],
    ['В результате падения обломков возник пожар.', ['cause:attack']],
  ]],
  // a region named after the capital (r3-d22)
  ['region adjective', [
    ['Сообщают о двух десятках беспилотников над Сумской и Киевской областями.', []],
    ['Киевский режим нанёс удар по Донецку.', ['UA:1', 'cause:attack']],
  ]],
];

for (const [name, rows] of groups) {
  test(`ruukEventFacts (lane rucause): ${name}`, () => {
    for (const [text, want] of rows) assert.deepEqual(words(text), want, text);
  });
}

test('claim facts (lane rucause): «атаковать» with no weapon gives no doer and no cause through the events stage either', () => {
  assert.deepEqual(claimEvents('ВСУ отчаянно пытаются прорваться, атакуя в районе Малой Локни.'), []);
  assert.deepEqual(claimEvents('ВСУ атаковали дронами нефтебазу в Брянской области.'), ['UA:1', 'cause:attack']);
});
