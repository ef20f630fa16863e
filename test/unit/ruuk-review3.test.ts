/**
 * Table tests for the Russian and Ukrainian attribution findings of review3 (lane mendD): a time
 * adverb after «стало известно» or «Так» is no speaker, a signature line holding a prepositional
 * phrase in the dative is still a signature, «со ссылкой на» after a content clause is no second
 * speaker, and a speaker after the cue ends before a preposition. Texts written for these tests in
 * the style of the channels' posts; expected values worked out by hand before the rules were run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

type Row = ClaimRow;

function claimsOf(text: string): string[] {
  return analyze({ id: 't', text }).claims.map((c) => `${c.speaker?.text ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')} (${c.why.rule})`);
}


describe('«стало известно» + a time adverb names no one (review3 #2)', () => {
  const cases: string[] = [
    'Как стало известно вечером, ВСУ отошли от Курахово.',
    'Як стало відомо згодом, ворог відступив від Вовчанська.',
    'Как стало известно сегодня, Минобороны закупило новые дроны.',
  ];
  for (const text of cases) it(text, () => assert.ok(claimsOf(text).every((c) => !c.endsWith('(ruuk-learned)')), JSON.stringify(claimsOf(text))));
  it('an outlet in the dative still learned it', () => checkClaimRow({ name: '', text: 'Как стало известно РБК, Минобороны закупило новые дроны.', speaker: 'РБК', cue: 'стало известно', content: 'Минобороны закупило новые дроны' }));
});

describe('a signature line with a dative inside its own phrase is still a signature (review3 #3)', () => {
  const rows: Row[] = [
    { name: '«советник … по военным вопросам X»', text: 'Мы не отступим ни на шаг и будем защищать каждый дом в нашем городе до конца.\n— советник главы ДНР по военным вопросам Игорь Кимаковский', speaker: 'советник главы ДНР по военным вопросам Игорь Кимаковский', cue: '—', content: 'Мы не отступим ни на шаг и будем защищать каждый дом в нашем городе до конца' },
    { name: '«уполномоченный по правам человека X»', text: 'Все пленные получили медицинскую помощь.\n— уполномоченный по правам человека Татьяна Москалькова', speaker: 'уполномоченный по правам человека Татьяна Москалькова', cue: '—', content: 'Все пленные получили медицинскую помощь' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  const none: string[] = [
    'Мы собрали все вещи для детей.\n— Спасибо Ивану Петрову.',
    'Машина уже едет к нашим бойцам.\n— Нашим волонтёрам и всем жителям района.',
  ];
  for (const text of none) it(JSON.stringify(text), () => assert.ok(claimsOf(text).every((c) => !c.endsWith('(ruuk-signature-dash)')), JSON.stringify(claimsOf(text))));
});

describe('«Так <adverb> <cue>»: the adverb is no speaker (review3 #4)', () => {
  const none: string[] = [
    'Пожар удалось потушить за час. Так оперативно отреагировали спасатели.',
    'Колонну остановили на въезде в город. Так быстро сработали пограничники.',
  ];
  for (const text of none) it(text, () => assert.ok(claimsOf(text).every((c) => !c.endsWith('(ruuk-so-ref)')), JSON.stringify(claimsOf(text))));
  it('a name after the cue is the speaker', () => checkClaimRow({ name: '', text: 'Это очередная провокация Киева. Так жёстко отреагировал Дмитрий Песков.', speaker: 'Дмитрий Песков', cue: 'отреагировал', content: 'Это очередная провокация Киева' }));
});

describe('«со ссылкой на» after the content is part of it, no second speaker (review3 #5)', () => {
  const rows: [string, string, string][] = [
    ['Песков заявил, что переговоры невозможны, со ссылкой на позицию Киева.', 'заявил', 'что переговоры невозможны'],
    ['Зеленський заявив, що наступ триває, з посиланням на дані розвідки.', 'заявив', 'що наступ триває'],
  ];
  for (const [text, cue, content] of rows) {
    it(text, () => {
      const cs = claimsOf(text);
      assert.ok(cs.every((c) => !c.endsWith('(ruuk-citing)')), JSON.stringify(cs));
      const c = analyze({ id: 't', text }).claims.find((x) => x.cue?.text === cue);
      assert.equal(c?.content.map((f) => f.text).join(' … '), content, JSON.stringify(cs));
    });
  }
  it('«…, сообщает X со ссылкой на Y» still cites Y', () => checkClaimRow({ name: '', text: 'В Курской области сбиты пять беспилотников, сообщает ТАСС со ссылкой на Минобороны.', speaker: 'Минобороны', cue: 'со ссылкой на', content: 'В Курской области сбиты пять беспилотников' }));
});

describe('a topic-first speaker ends before a lower-case prepositional phrase (review3 #6)', () => {
  const rows: Row[] = [
    { name: '«… говорил Песков в прошлом году»', text: 'О переговорах с Киевом в Стамбуле говорил Песков в прошлом году.', speaker: 'Песков', cue: 'говорил', content: 'О переговорах с Киевом в Стамбуле' },
    { name: '«… писал Зеленский в своем телеграм-канале»', text: 'Об обмене пленными писал Зеленский в своем телеграм-канале.', speaker: 'Зеленский', cue: 'писал', content: 'Об обмене пленными' },
    { name: 'an unnamed source keeps its institution', text: 'О взрывах на аэродроме сообщили источники в правительстве.', speaker: 'источники в правительстве', cue: 'сообщили', content: 'О взрывах на аэродроме' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});

describe('an outlet\'s quoted name is skipped only up to its own closing quote (review3 #6)', () => {
  const rows: Row[] = [
    { name: 'an unclosed «ДАН: the name is one word', text: 'Черногория может ввести визы, подтвердили порталу «ДАН источники в правительстве.', speaker: 'источники в правительстве', cue: 'подтвердили', content: 'Черногория может ввести визы' },
    { name: 'a later quoted name does not close the outlet\'s', text: 'Черногория может ввести визы, подтвердили порталу «ДАН источники в правительстве «Черногории».', speaker: 'источники в правительстве «Черногории»', cue: 'подтвердили', content: 'Черногория может ввести визы' },
    { name: 'a closed «ДАН» is skipped whole', text: 'Черногория может ввести визы, подтвердили порталу «ДАН» источники в правительстве.', speaker: 'источники в правительстве', cue: 'подтвердили', content: 'Черногория может ввести визы' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
});
