/**
 * Table tests for three Russian and Ukrainian attribution constructions (lane speakB): "по его словам" /
 * "за його словами" after a sentence points at the subject of that sentence, not the last person it
 * names; a quotation that goes on after its cue («…», — сказал X. «…») is X's too; a quotation signed
 * after a dash by a name and a description («…». — Имя Фамилия, должность). Texts written for these
 * tests; expected values worked out by hand before the rules were run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

function claimsOf(text: string): string[] {
  return analyze({ id: 't', text }).claims.map((c) => `${c.speaker?.text ?? '-'} = ${c.speaker?.name ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')} (${c.why.rule})`);
}

describe('"по его словам" after a sentence: the subject of that sentence (speakB)', () => {
  const rows: ClaimRow[] = [
    { name: 'ru: the subject answered a question about another man\'s words', text: 'Песков ответил на вопрос о словах Макрона, который предложил ввести войска. По его словам, это опасная эскалация.', speaker: 'его', cue: 'По его словам', content: 'это опасная эскалация', who: 'Dmitry Peskov' },
    { name: 'ru: the subject commented on a third man who spoke', text: 'Дмитрий Песков прокомментировал интервью Макрона, в котором тот допустил отправку войск. По его словам, Кремль внимательно следит за такими заявлениями.', speaker: 'его', cue: 'По его словам', content: 'Кремль внимательно следит за такими заявлениями', who: 'Dmitry Peskov' },
    { name: 'uk: "За його словами" after the subject reacted to another man\'s claim', text: 'Зеленський відреагував на інтерв\'ю Путіна, який заявив про оточення Куп\'янська. За його словами, місто повністю контролюють ЗСУ.', speaker: 'його', cue: 'За його словами', content: 'місто повністю контролюють ЗСУ', who: 'Volodymyr Zelensky' },
    { name: 'uk: mid-sentence "за його словами" after the subject\'s sentence', text: 'Сергій Лисак прокоментував слова Шойгу, який говорив про удар по Дніпру. Російська ракета, за його словами, влучила в житловий будинок.', speaker: 'його', cue: 'за його словами', content: 'Російська ракета, за його словами, влучила в житловий будинок', who: 'Serhii Lysak' },
    { name: 'ru: the subject who spoke keeps it (already so)', text: 'Зеленский назвал ложью заявление Путина о том, что российские войска окружили Купянск. По его словам, город полностью контролируют украинские войска.', speaker: 'его', cue: 'По его словам', content: 'город полностью контролируют украинские войска', who: 'Volodymyr Zelensky' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('ru: a medium citing a source: "по его словам" is the source\'s', () => checkClaimRow({ name: 'citing', text: 'В Херсоне восстановили водоснабжение, сообщило агентство ТАСС со ссылкой на Владимира Сальдо.\n\nПо его словам, подача воды возобновлена во всех районах.', speaker: 'его', cue: 'По его словам', content: 'подача воды возобновлена во всех районах', who: 'Vladimir Saldo' }));
  it('must-not: a headline signed after a dash does not give "его" to its first name', () => {
    const cs = claimsOf('Зеленский готов к переговорам с Путиным, — бывший советник Офиса президента Алексей Арестович в эфире.\n\nПо его словам, Киев ждет сигналов из Вашингтона.');
    assert.ok(!cs.some((c) => c.includes('Volodymyr Zelensky | По его словам')), JSON.stringify(cs));
  });
  it('must-not: "по словам X" names its own speaker', () => {
    const cs = claimsOf('Песков ответил на вопрос о словах Макрона. По словам Макрона, Европа должна готовиться.');
    assert.ok(cs.some((c) => c.startsWith('Макрона = Emmanuel Macron | По словам')), JSON.stringify(cs));
  });
  it('must-not: a subject in the same sentence before the phrase speaks', () => {
    const cs = claimsOf('Зеленский ответил на вопрос о Путине. Сырский отметил, что бригады, по его словам, держат позиции.');
    assert.ok(!cs.some((c) => c.includes('Volodymyr Zelensky | по его словам')), JSON.stringify(cs));
  });
  it('must-not: a plural "по их словам" is not one man\'s', () => {
    const cs = claimsOf('Песков ответил на вопрос о словах Макрона. По их словам, ситуация остается сложной.');
    assert.ok(!cs.some((c) => c.includes('Dmitry Peskov | По их словам')), JSON.stringify(cs));
  });
});

describe('a quotation that goes on after its cue: «…», — сказал X. «…» (speakB)', () => {
  const rows: ClaimRow[] = [
    { name: 'ru: a second quotation in the same paragraph', text: '«Мы не будем отвечать на провокации», — сказал Песков журналистам. «Все решения принимает президент».', speaker: 'Песков', cue: 'сказал', content: '«Мы не будем отвечать на провокации» … «Все решения принимает президент»' },
    { name: 'uk: a second quotation after "написав X у Telegram"', text: '«Ситуація складна, але контрольована», — написав Олег Синєгубов у Telegram. «Просимо мешканців залишатися в укриттях».', speaker: 'Олег Синєгубов', cue: 'написав', content: '«Ситуація складна, але контрольована» … «Просимо мешканців залишатися в укриттях»' },
    { name: 'ru: two quotations go on, a Telegram post', text: '«Враг бьет по городу с утра», — сообщил глава администрации Иван Сидоренко. «Повреждены три дома. Пострадавших нет».', speaker: 'глава администрации Иван Сидоренко', cue: 'сообщил', content: '«Враг бьет по городу с утра» … «Повреждены три дома. Пострадавших нет»' },
    { name: 'uk: a commander\'s second quotation', text: '«Ворог не пройде», — заявив командир бригади Андрій Білецький. «Ми тримаємо позиції».', speaker: 'командир бригади Андрій Білецький', cue: 'заявив', content: '«Ворог не пройде» … «Ми тримаємо позиції»' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a second quotation with its own cue and speaker', () => {
    const cs = claimsOf('«Мы готовы к переговорам», — сказал Песков. «Это пустые слова», — ответил Подоляк.');
    assert.ok(cs.some((c) => c.startsWith('Песков = Dmitry Peskov | сказал | «Мы готовы к переговорам» (')), JSON.stringify(cs));
  });
  it('must-not: a cue followed by narration, then a quotation', () => {
    const cs = claimsOf('«Мы готовы к переговорам», — сказал Песков. Позже в Киеве ответили. «Это пустые слова».');
    assert.ok(cs.some((c) => c.startsWith('Песков = Dmitry Peskov | сказал | «Мы готовы к переговорам» (')), JSON.stringify(cs));
  });
  it('must-not: a cue whose sentence goes on with a clause', () => {
    const cs = claimsOf('«Мост разрушен», — сообщил Гладков, после чего движение перекрыли. «Объезд через Шебекино».');
    assert.ok(!cs.some((c) => c.includes('«Объезд через Шебекино»')), JSON.stringify(cs));
  });
});

describe('a quotation signed by a name and a description: «…». — Имя Фамилия, должность (speakB)', () => {
  const rows: ClaimRow[] = [
    { name: 'ru: name, then the office', text: '«Мы держим оборону уже третий месяц». — Андрей Соколов, командир батальона', speaker: 'Андрей Соколов, командир батальона', cue: '—', content: '«Мы держим оборону уже третий месяц»' },
    { name: 'uk: name, then the office with a unit in quotation marks', text: '«Ми тримаємо оборону вже третій місяць». — Андрій Соколенко, командир батальйону «Скеля»', speaker: 'Андрій Соколенко, командир батальйону «Скеля»', cue: '—', content: '«Ми тримаємо оборону вже третій місяць»' },
    { name: 'ru: a comma before the dash and a full stop at the end', text: '«Воду в город дали только к вечеру», — Марина Белова, жительница Херсона.', speaker: 'Марина Белова, жительница Херсона', cue: '—', content: '«Воду в город дали только к вечеру»' },
    { name: 'uk: after a paragraph of narration', text: 'Мешканці розповіли про нічний обстріл.\n\n«Вибух був такий, що вилетіли всі вікна». — Ольга Мороз, мешканка Херсона', speaker: 'Ольга Мороз, мешканка Херсона', cue: '—', content: '«Вибух був такий, що вилетіли всі вікна»' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a quotation, a dash and a clause with a verb', () => {
    const cs = claimsOf('«Мы держим оборону». — Андрей Соколов, который командует батальоном, говорил это не раз');
    assert.ok(!cs.some((c) => c.includes('(ruuk-headline-dash)')), JSON.stringify(cs));
  });
  it('must-not: prose (no quotation) before a dash, a name and a comma', () => {
    const cs = claimsOf('Город снова остался без света — Андрей Соколов, Марина Белова и другие жители вышли на улицу');
    assert.ok(!cs.some((c) => c.includes('(ruuk-headline-dash)')), JSON.stringify(cs));
  });
  it('must-not: a name, a comma and a list of names is no description', () => {
    const cs = claimsOf('«Списки погибших». — Андрей Соколов, Марина Белова, Ольга Мороз');
    assert.ok(!cs.some((c) => c.includes('(ruuk-headline-dash)')), JSON.stringify(cs));
  });
});
