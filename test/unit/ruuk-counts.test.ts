/**
 * Word and sentence counts of Russian and Ukrainian text (issue 10), counted by hand: a word with
 * an apostrophe or hyphen is one word, a number with space-separated thousands is one word,
 * footers are words of the text but no sentence.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';

const CASES: [string, number, number][] = [
  // Уночі окупанти обстріляли Куп’янськ з'явилися пошкодження будь-яких об'єктів | Втрати ворога 1 520 осіб
  ['Уночі окупанти обстріляли Куп’янськ: з\'явилися пошкодження будь-яких об\'єктів. Втрати ворога — 1 520 осіб.', 12, 2],
  // Всего 374 520 военнослужащих 9 танков и 2 000 БПЛА
  ['Всего 374\u00a0520 военнослужащих, 9 танков и 2 000 БПЛА.', 8, 1],
  ['По словам Пескова, переговоры «невозможны». Он добавил: «Мы ждём сигналов от Вашингтона».', 12, 2],
  // 13 words in the sentence, 1 in the footer ("Подписаться"); the footer is no sentence
  ['ВСУ потеряли за сутки на курском направлении более 250 военнослужащих, сообщили в Минобороны.\n\n🔴 [Подписаться](https://t.me/x)', 14, 1],
  // a headline line and a body line: two sentences even without a full stop
  ['**Удар по Павлово-Посадскому округу**\nСбиты два беспилотника, — Собянин', 8, 2],
  ['Ситуація складна. Тривають бої за Торецьк. Генштаб ЗСУ', 8, 3],
];

describe('Cyrillic word and sentence counts', () => {
  for (const [text, words, sentences] of CASES) {
    it(text.slice(0, 50), () => {
      const a = analyze({ id: 'c', text });
      assert.equal(a.stats.words, words, 'words');
      assert.equal(a.sentences.length, sentences, `sentences: ${a.sentences.map((s) => text.slice(s.start, s.end)).join(' | ')}`);
    });
  }
});
