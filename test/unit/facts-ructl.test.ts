/**
 * Table tests of lane ructl (control and status facts of real Russian channel posts, recall): each
 * rule with a sentence of our own in the construction that motivated it (dev posts of
 * bench/gold/facts/ru-real) and the nearest misfire it must not take.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';
import { voiceSide } from '../../src/compare/voice.js';
import { checkChannelPosts, type PostRow } from './fact-labels.js';

/** The rows of this file are posts published on 2024-10-01. */
const checkPosts = (rows: readonly PostRow[]): void => checkChannelPosts(rows, '2024-10-01T10:00:00Z');

describe('the object inside a Russian verb phrase is not its subject (facts.ts statusSubject)', () => {
  test('«выбили противника из»: the subject took the place', () => {
    checkPosts([
      // ctl-ev-d01: "наши" with a Russian voice word elsewhere, the enemy as the object
      ['За ночь наши выбили противника из Любимовки. ВСУшники отходят к границе.', ['control holds RU 1'], ['control holds UA 1']],
      ['Российские штурмовики вытеснили ВСУ из Торецка.', ['control holds RU 1'], ['control holds UA 1']],
      // the subject still read before the verb phrase
      ['Подразделения ВСУ выбили российских военных из Кругляковки.', ['control holds UA 1'], ['control holds RU 1']],
      // an aim in the infinitive: nothing
      ['Задача — выбить противника из Торецка, заявил Рогов.', [], ['control holds RU 1', 'control holds UA 1']],
    ]);
  });
  test('a count of settlements is no place, unless the settlements are named after it', () => {
    checkPosts([
      ['За сутки ВС РФ выбили противника из трёх населённых пунктов — Любимовка, Шептуховка и Михайловка.', ['control holds RU 1'], []],
      // a count alone stays a count (data/control-phrases.tsv exclude «населённых»)
      ['За неделю ВС РФ освободили пять населённых пунктов в Донецкой области.', [], ['control holds RU 1']],
    ]);
  });
});

describe('liberation with its side named shows the voice (data/voice-words-ruuk.tsv subject rows)', () => {
  test('voiceSide', () => {
    assert.equal(voiceSide('ВС РФ освободили ещё один населённый пункт. Наши воины контролируют всё село.'), 'RU');
    assert.equal(voiceSide('ЗСУ звільнили село Кліщіївка.'), 'UA');
    // prisoners freed say nothing of a voice
    assert.equal(voiceSide('Россия освободила из плена двух граждан.'), null);
    // a quoted liberation is the reported side's word, not the author's
    assert.equal(voiceSide('Минобороны заявило, что российские войска «освободили» Степовое.'), null);
    // no side word before it: nothing
    assert.equal(voiceSide('Освобождение села заняло неделю.'), null);
    // both sides' liberations: no one voice
    assert.equal(voiceSide('ВС РФ освободили Степовое, а ВСУ освободили Работино.'), null);
  });
  test('a liberation the author hands on from someone else is no voice (lane fixF, review 2 finding 3)', () => {
    // after a word of reporting in its sentence (data/voice-words-ruuk.tsv `report`)
    assert.equal(voiceSide('Наши защитники отбили атаку противника у Работино. Пропаганда врага уверяет, что ВС РФ освободили Урожайное.'), null);
    assert.equal(voiceSide('Наши бойцы удерживают позиции в Работино. В Кремле заявили, что российские войска освободили Урожайное.'), null);
    assert.equal(voiceSide('По данным Минобороны, российские войска освободили Урожайное.'), null);
    assert.equal(voiceSide('У Москві стверджують, що ЗС РФ звільнили Урожайне.'), null);
    // (a pejorative before the report word is still the author's own: «окупанти» is Ukraine's word)
    assert.equal(voiceSide('Окупанти стверджують, що ЗС РФ звільнили Урожайне.'), 'UA');
    assert.equal(voiceSide('ВСУ якобы освободили Работино.'), null);
    // must not: a report word in an earlier sentence leaves the liberation the author's own
    assert.equal(voiceSide('Об этом заявили в штабе. ВС РФ освободили Урожайное.'), 'RU');
    assert.equal(voiceSide('ЗСУ звільнили Роботине, повідомили в Генштабі.'), 'UA');
  });
  test('a liberation in a named speaker\'s claim does not give the post\'s "наши" that side (lane fixF)', () => {
    checkPosts([
      ['Наши бойцы удерживают позиции в Работино. В Кремле заявили, что российские войска освободили Урожайное.', [], ['control part RU 1']],
      ['Наши защитники отбили атаку противника у Работино. Пропаганда врага уверяет, что ВС РФ освободили Урожайное.', [], ['advance UA -1']],
      ['Наши бойцы удерживают позиции в Степовом. Песков сказал, что ВС РФ освободили Работино.', [], ['control part RU 1']],
      // must not: the author's own liberation still gives "наши" its side
      ['Наши бойцы удерживают позиции в Степовом. ВС РФ освободили Работино.', ['control part RU 1'], ['control part null 1']],
    ]);
  });
  test('"наши" and an own liberation of a post with no pejorative (ctl-ev-d02)', () => {
    checkPosts([
      ['ВС РФ освободили ещё один населённый пункт в Курской области — Черкасская Конопелька. В Любимовке наши контролируют всю территорию села.', ['control holds RU 1'], ['control holds null 1']],
      // with no side word before the liberation, "наши" has no side
      ['В Любимовке наши контролируют всю территорию села.', [], ['control holds RU 1']],
    ]);
  });
});

describe('lane ructl data rows', () => {
  test('entering a place is fighting for it, not holding it (control-phrases.tsv)', () => {
    checkPosts([
      ['По информации с мест, ВС РФ зашли в Дарьино.', ['control contested null 1'], ['control holds RU 1']],
      ['Российские подразделения вошли в Торецк, сообщил Рогов.', ['control contested null 1'], ['control holds RU 1']],
    ]);
  });
  test('an assault going on is fighting for the place (status-lemmas-ruuk.tsv)', () => {
    checkPosts([
      ['Его подразделения сейчас ведут активные штурмовые действия в Волчанске.', ['control contested null 1'], ['control holds RU 1']],
      // an aim in the infinitive: nothing
      ['Командир сказал, что бригада готовится вести штурмовые действия в Волчанске.', [], ['control contested null 1']],
    ]);
  });
  test('assaults on positions and ground widened are an advance (status-lemmas-ruuk.tsv)', () => {
    checkPosts([
      ['Российские подразделения штурмуют позиции украинских сил у Курахово.', ['advance RU 1'], []],
      ['ВС РФ расширили территорию своего контроля в Купянске на 3,5 км.', ['advance RU 1'], []],
      // an attempt in the infinitive is no advance
      ['ВСУ пытаются штурмовать позиции у Курахово.', [], ['advance UA 1']],
      // a company's territory is no war
      ['Компания расширила территорию своего присутствия в Москве.', [], ['advance null 1', 'advance RU 1']],
    ]);
  });
  test('Донбасс marks war reporting (conflict-anchors.txt)', () => {
    checkPosts([
      ['Зеленский признал, что Россия активно наступает на Донбассе.', ['advance RU 1'], []],
      // an everyday sense of «наступать» stays none
      ['Зеленский признал, что наступает сложный период.', [], ['advance null 1', 'advance UA 1']],
    ]);
  });
  test('a capture tried and failed is a stopped advance, not a place held (status-phrases-ruuk.tsv)', () => {
    checkPosts([
      // r3-d30
      ['Украинские войска не смогли захватить Коренево в начале наступления.', ['advance UA -1'], ['control holds UA 1', 'control holds UA -1']],
      ['ВСУ так и не удалось взять Коренево, сообщил Рогов.', ['advance UA -1'], ['control holds UA 1']],
      // a capture done stays a capture
      ['Украинские войска смогли захватить Коренево.', ['control holds UA 1'], ['advance UA -1']],
    ]);
  });
  test('a foiled offensive is the attacker\'s advance stopped (status-lemmas-ruuk.tsv)', () => {
    checkPosts([
      ['Российские войска сорвали наступление ВСУ у Работино.', ['advance UA -1'], ['advance RU -1']],
      // another sense of «сорвать»: no war
      ['Погода сорвала наступление весны.', [], ['advance null -1', 'advance UA -1', 'advance RU -1']],
    ]);
  });
});
