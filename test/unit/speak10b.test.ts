/**
 * Lane speak10b: a capital after «в»/«у» in an impersonal report («…, зазначили в Лондоні») stands
 * for the body named before it, never for a speaker of its own. Texts written for these tests (other
 * bodies, capitals and wording than the bench's); expected speakers written by hand before the rule.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

const PUB = '2024-06-12T09:00:00Z';

/** The speaker name of the claim whose content contains `words` (undefined: no such claim). */
function speakerOf(text: string, words: string): string | null | undefined {
  const a = analyze({ id: 't', text, published: PUB });
  const c = a.claims.find((x) => x.content.map((f) => f.text).join(' ').includes(words));
  return c ? c.speaker?.name ?? null : undefined;
}

describe('Russian and Ukrainian: a capital in «заявили в <capital>» is the body named before', () => {
  const rows: [string, string, string, string | null][] = [
    ['uk: «наголосили у Варшаві» after a sentence whose subject is the Polish defence ministry',
      'Міністерство оборони Польщі спростувало заяви Мінська. Білоруська сторона поширює вигадки, наголосили у Варшаві.',
      'Білоруська сторона поширює вигадки', 'Міністерство оборони Польщі'],
    ['uk: «зазначили в Лондоні» after the British ministry, with another body as the subject of the content',
      'Британське міністерство оборони відкинуло звинувачення Москви. Російське оборонне відомство вдається до брехні, зазначили в Лондоні.',
      'вдається до брехні', 'Британське міністерство оборони'],
    ['ru: «подчеркнули в Париже» after the French foreign ministry',
      'Министерство иностранных дел Франции осудило удар по Одессе. Это военное преступление, подчеркнули в Париже.',
      'Это военное преступление', 'Министерство иностранных дел Франции'],
    ['ru: «заявили в Вашингтоне» after «Пентагон не комментировал»: the negation ends the body',
      'Пентагон не комментировал сообщения о поставках. Решение пока не принято, заявили в Вашингтоне.',
      'Решение пока не принято', 'Pentagon'],
  ];
  for (const [what, text, words, want] of rows) test(what, () => assert.equal(speakerOf(text, words), want));
});

describe('Russian and Ukrainian: a supposition verb («припустив», «предположил») is a cue; its pronoun takes the person named before', () => {
  const rows: [string, string, string, string | null][] = [
    ['uk: «Він припустив, що …» after a sentence naming an adviser; the first sentence names no one',
      'Уночі в порту Ізмаїла спалахнула пожежа. Радник голови ОВА Олег Бондар оприлюднив фото з місця подій. Він припустив, що пошкоджено два зерносховища.',
      'пошкоджено два зерносховища', 'Олег Бондар'],
    ['ru: «Он предположил, что …» after a sentence naming the regional head',
      'Глава области Иван Петров провёл совещание. Он предположил, что обстрелы продолжатся.',
      'обстрелы продолжатся', 'Иван Петров'],
    ['uk: «припускає, що …» in the present tense',
      'Мер Харкова Ігор Терехов відвідав знеструмлений район. Він припускає, що ремонт триватиме місяць.',
      'ремонт триватиме місяць', 'Ihor Terekhov'], // a known actor: its Latin name,
    ['ru: «предполагают» with a bare object is no claim',
      'Военные предполагают контрнаступление весной.',
      'контрнаступление', undefined as unknown as null],
  ];
  for (const [what, text, words, want] of rows) test(what, () => assert.equal(speakerOf(text, words), want));
});

describe('English: "in what X called Y" takes X, not the speaker of a claim earlier in the sentence', () => {
  const rows: [string, string, string, string | null][] = [
    ['"…, Russian officials said, in what the port\'s mayor, X, called …": the mayor',
      "Drones struck an oil depot in Novorossiysk on Friday, Russian officials said, in what the port's Kremlin-appointed mayor, Andrei Kravchenko, called the most serious attack on the city since the war began.",
      'the most serious attack on the city', 'Andrei Kravchenko'],
    ['the earlier claim keeps its own speaker (a group with no name)',
      "Drones struck an oil depot in Novorossiysk on Friday, Russian officials said, in what the port's Kremlin-appointed mayor, Andrei Kravchenko, called the most serious attack on the city since the war began.",
      'Drones struck an oil depot', null],
  ];
  for (const [what, text, words, want] of rows) test(what, () => assert.equal(speakerOf(text, words), want));
});
