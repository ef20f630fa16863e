/**
 * Lane outcome (7 Dec 2026): an own-voice post's "no damage" sentence is the author's claim, as a
 * zero toll is (src/analyze/author): an air force or ministry post that ends "the remaining
 * missiles had no significant consequences" or «объект не разрушен» gives its account of what the
 * strike did, with no place or side word in that sentence. New sentences written for this test;
 * the expected claims by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

function claimed(text: string, author: string, phrase: string): boolean {
  const a = analyze({ id: 'o', text, published: '2024-10-02T10:00:00Z', author, authorType: 'organisation', ownVoice: true });
  return a.claims.some((c) => c.content.some((f) => a.text.slice(f.start, f.end).includes(phrase)));
}

test("an own-voice post's 'no damage' sentence is the author's claim", () => {
  const rows: [string, string, string, boolean][] = [
    ['Вночі ворог атакував Запоріжжя крилатими ракетами. Зенітники збили чотири ракети. Решта ракет суттєвих наслідків не спричинили.', 'Повітряні сили ЗС України', 'суттєвих наслідків не спричинили', true],
    ['Ночью над Туапсе отражена атака беспилотников. Нефтебаза не повреждена, обошлось без серьёзных последствий.', 'Министерство обороны Российской Федерации', 'без серьёзных последствий', true],
    // a sentence with no account of the strike stays out
    ['Вночі ворог атакував Запоріжжя крилатими ракетами. Слава Україні.', 'Повітряні сили ЗС України', 'Слава Україні', false],
  ];
  for (const [text, author, phrase, want] of rows) assert.equal(claimed(text, author, phrase), want, text);
});
