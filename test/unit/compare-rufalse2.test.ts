/**
 * Table-driven tests for lane rufalse2 (issue 9): causes of false disputes on the real Russian
 * channel posts (docs/ru-corpus-disputes-check.md, last section). A weapon that a side has, uses as a
 * habit, supplies, makes, or trains or helps others with is no account of a strike by that side.
 * Sentences are written for these tests in the style of the posts; expected values decided by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruukEventFacts } from '../../src/compare/responsibility.js';

/** The responsibility facts of a whole Russian or Ukrainian sentence as "side:polarity" strings. */
function doers(text: string): string[] {
  return ruukEventFacts(text, [{ start: 0, end: text.length }], null)
    .filter((f) => f.topic === 'responsibility')
    .map((f) => `${f.agentSide}:${f.polarity}`);
}

test('ruukEventFacts: having, habitual use, supply, training or help with a weapon is no strike', () => {
  const rows: [string, string[]][] = [
    ['Российская армия имеет на вооружении несколько новых ракетных систем.', []],
    ['Снаряды этого калибра не используются в российской армии.', []],
    ['Украинские инструкторы помогали боевикам готовить беспилотники.', []],
    ['Источник утверждает, что украинские советники оказывали помощь в подготовке дронов.', []],
    ['Сотрудники украинской разведки вооружают боевиков дронами и ракетами.', []],
    ['Городская инспекция обучила российских пилотов дронов облетать кварталы.', []],
    ['Поставки ракет украинской армии задерживаются.', []],
    ['Українські інструктори допомагали бойовикам з підготовкою дронів.', []],
    // a strike stays a strike: the weapon with its side, and an attack word next to a word of help
    ['Российская ракета попала в жилой дом.', ['RU:1']],
    ['Ракета не была украинской.', ['UA:-1']],
    ['При поддержке союзников, которые помогают оружием, украинские военные нанесли удар по складу.', ['UA:1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(doers(text), want, text);
});
