/**
 * Table-driven tests for lane causeRU (issue 9: precision of cause facts on real Russian posts,
 * docs/ru-real-cause-dev.md): a strike word in a question headline («Ударила ли ...»), in a
 * condition («в случае ударов») or as the purpose of targets chosen for strikes to come («целей для
 * ударов») is no strike that happened; a weapon in short supply is no strike. Sentences are written
 * for these tests in the style of the posts (other places, numbers and wording than the posts);
 * expected values decided by hand before the program ran on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruukEventFacts } from '../../src/compare/responsibility.js';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/facts.js';

/** The responsibility and cause facts of a whole sentence read from its words: "side:polarity" and "cause:<cause>". */
function wordFacts(text: string): string[] {
  return ruukEventFacts(text, [{ start: 0, end: text.length }], null)
    .map((f) => (f.topic === 'cause' ? `cause:${f.cause}` : `${f.agentSide}:${f.polarity}`));
}

/** The cause facts of every claim of a post (the events stage and the words together), sorted. */
function causes(text: string): string[] {
  const a = analyze({ id: 't', text, published: '2024-11-21T10:00:00Z', source: 'Канал', author: 'Канал', authorType: null, ownVoice: true, lang: null });
  return a.claims.flatMap((_, i) => (extractClaimFacts(a, i).events ?? []).filter((f) => f.topic === 'cause').map((f) => `cause:${f.cause}`)).sort();
}

const rows: [string, string[]][] = [
  // a question headline asks, it does not report
  ['09:15 Атаковала ли Украина дронами Орловскую область', []],
  ['Обстреливали ли ВСУ Горловку этой ночью', []],
  ['Ограничены ли атаки России по энергетике Украины', []],
  // a condition or targets chosen for strikes to come
  ['Власти Курска подготовят укрытия для жителей в случае ударов ВСУ по городу.', []],
  ['Росія готує евакуацію у разі ударів ЗСУ по Бєлгороду.', []],
  ['Пентагон согласовал с Киевом список целей для ударов по территории России.', []],
  // guards: the particle asking of something else, and strikes that happened, keep the strike
  ['Пока неясно, пострадал ли кто-то после удара ВСУ по Белгороду.', ['cause:attack']],
  ['ВСУ атаковали дронами Орловскую область, повреждена подстанция.', ['cause:attack']],
  ['В случае с Горловкой ВСУ нанесли удар по рынку.', ['cause:attack']],
];

test('cause facts: a strike word in a question, a condition or a purpose is no strike that happened', () => {
  for (const [text, want] of rows) assert.deepEqual(causes(text), want, text);
});

test('ruukEventFacts: a question particle by the strike word, a condition, a shortage give no doer and no cause', () => {
  const word: [string, string[]][] = [
    ['Ударили ли российские войска по Харькову', []],
    ['Российские войска ударили по Харькову', ['RU:1', 'cause:attack']],
    ['В случае ударов российских войск по Харькову объявят эвакуацию', []],
    ['У ВСУ дефицит ракет для HIMARS', []],
    ['Ракеты ВСУ попали в склад в Курске', ['UA:1', 'cause:attack']],
  ];
  for (const [text, want] of word) assert.deepEqual(wordFacts(text), want, text);
});
