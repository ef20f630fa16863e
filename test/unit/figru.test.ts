/**
 * Lane figRU: Russian and Ukrainian figures, responsibility and cause on real channel posts
 * (bench:facts set ru-real). Probe sentences written for these tests, none taken from a gold file
 * or a post: counted nouns after a number word and adjectives, hyphenated and adjectival unit
 * words, "тысяч" as a multiplier, and the side words added to data/responsibility-ruuk.tsv.
 * Expected values written by hand before the rules were changed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { checkFactRows } from './fact-labels.js';

/** Quantities of a text as "value unit" labels. */
function quantities(text: string): string[] {
  return analyze({ id: 'q', text, published: '2024-11-20T10:00:00Z' }).quantities.map((q) => `${q.value} ${q.unit}`);
}

describe('ruuk counted nouns', () => {
  // text, labels that must be there, labels that must not
  const rows: [string, string[], string[]][] = [
    // a number word, then one or two adjectives, then the unit
    ['Над областью ночью сбиты семь украинских беспилотников.', ['7 drones'], []],
    ['Средства ПВО перехватили пять крылатых ракет над морем.', ['5 missiles'], []],
    ['Сили оборони знищили три ворожі танки під Куп’янськом.', ['3 tanks'], []],
    ['Противник потерял двух раненых военнослужащих при отходе.', ['2 troops'], []],
    // a unit stem that starts an adjective gives way to the noun after it
    ['Противник атаковал город 40 ударными дронами.', ['40 drones'], ['40 strikes']],
    ['Войска нанесли 3 артиллерийских удара по переправе.', ['3 strikes'], ['3 artillery']],
    // a hyphenated compound is counted by its first part
    ['Ночью сбиты 9 дронов-камикадзе над Харьковом.', ['9 drones'], []],
    ['Уночі збили 14 дронів-камікадзе.', ['14 drones'], []],
    // «тысяч» and «тисяч» are multipliers like «тыс.»
    ['В районе находится около 12 тысяч военнослужащих противника.', ['12000 troops'], []],
    ['Втрати ворога склали понад 5 тисяч осіб.', ['5000 people'], []],
    ['Потери составили 2,5 тыс. человек.', ['2500 people'], []],
    // «ста» is a hundred; «стороны», «двери» are no number words before adjectives
    ['Армия нанесла удар с использованием ста ракет.', ['100 missiles'], []],
    ['Удар был нанесён со стороны украинских военных.', [], ['100 troops']],
    ['Осколками выбиты двери жилых домов.', [], ['2 buildings']],
    // prisoners of war are no troops; women and men are people
    ['Стороны провели обмен 90 военнопленных.', ['90 prisoners'], ['90 troops']],
    ['В результате обстрела погибла одна женщина.', ['1 people'], []],
    ['Трое мужчин получили ранения.', ['3 people'], []],
  ];
  for (const [text, want, not] of rows) {
    test(text, () => {
      const got = quantities(text);
      for (const w of want) assert.ok(got.includes(w), `want ${w}, got ${got.join('; ')}`);
      for (const n of not) assert.ok(!got.includes(n), `did not want ${n}, got ${got.join('; ')}`);
    });
  }
});

test('the enemy as an adjective, the slang «ВСУшники» and «Силы обороны» name the doer', () => {
  checkFactRows([
    ['Губернатор Вячеслав Гладков сообщил, что вражеский дрон атаковал автомобиль в Шебекино.', undefined, ['resp UA 1'], []],
    ['Начальник ОВА Олег Синєгубов повідомив, що ворожий дрон атакував автобус у Харкові.', undefined, ['resp RU 1'], []],
    ['Военкор сообщил, что ВСУшники обстреляли Горловку из артиллерии.', undefined, ['resp UA 1'], []],
    ['Издание утверждает, что Силы обороны Украины нанесли удар по аэродрому в Курской области.', undefined, ['resp UA 1'], []],
    // a target, not the doer
    ['Губернатор сообщил, что ПВО отразила атаку на позиции ВСУшников.', undefined, [], ['resp UA 1']],
  ]);
});

test('a count of the hurt or dead: a casualty head in the genitive plural before it, and other casualty verbs', () => {
  checkFactRows([
    ['Мэр Игорь Терехов сообщил, что число погибших в результате удара по Харькову выросло до 7.', undefined, ['q 7 killed'], []],
    ['Голова ОВА Іван Федоров повідомив, що кількість поранених у Запоріжжі зросла до 15 людей.', undefined, ['q 15 wounded'], ['q 15 people']],
    ['Губернатор Александр Богомаз сообщил, что при атаке беспилотников ВСУ пострадали 6 человек.', undefined, ['q 6 wounded'], ['q 6 people']],
    ['Начальник ОВА Вадим Філашкін повідомив, що внаслідок російського обстрілу постраждали троє людей.', undefined, ['q 3 wounded'], []],
    ['Глава региона Вячеслав Гладков сообщил, что двое человек скончались в больнице после обстрела.', undefined, ['q 2 killed'], []],
    // no head: a comma between, a count of something else, a count that does not end its clause
    ['Губернатор сообщил, что число погибших уточняется, под завалами могут находиться 5 человек.', undefined, [], ['q 5 killed']],
    ['Губернатор сообщил, что семьи погибших при обстреле получат выплаты в 3 раза больше прежних.', undefined, [], ['q 3 killed']],
  ]);
});

test('a number glued to a word by a hyphen is an adjective or an ordinal, no count', () => {
  for (const [text, not] of [
    ['Погиб 9-летний мальчик, сообщили власти.', '9 children'],
    ['Поврежден 5-этажный жилой дом и 12-летняя школа.', '5 buildings'],
    ['Бойцы 155-й бригады морской пехоты взяли пленных.', '155 prisoners'],
  ] as const) {
    const got = quantities(text);
    assert.ok(!got.some((g) => g.startsWith(not.split(' ')[0]! + ' ')), `${text}: ${got.join('; ')}`);
  }
  assert.deepEqual(quantities('Сбиты 12 беспилотников.'), ['12 drones']);
});

test('the doer in the instrumental, a weapon fired by a side, a hit or a fall of a drone', () => {
  checkFactRows([
    // a country in the instrumental after a passive participle or a verbal noun is the doer
    ['Глава ОВА Олег Кипер сообщил, что порт в Одессе пострадал от удара, нанесенного Россией ночью.', undefined, ['resp RU 1'], []],
    ['Губернатор Вячеслав Гладков сообщил, что подстанция была атакована Украиной дронами.', undefined, ['resp UA 1'], []],
    ['Президент Зеленський заявив, що застосування Росією балістичної ракети проти Дніпра є ескалацією.', undefined, ['resp RU 1'], []],
    // not after a preposition
    ['Губернатор сообщил, что обстрел района у границы с Украиной продолжается.', undefined, [], ['resp UA 1']],
    // a weapon a named side fired is also an attack as the cause
    ['Губернатор Александр Богомаз сообщил, что после попадания беспилотника ВСУ в дом погиб мужчина.', undefined, ['resp UA 1', 'cause attack'], []],
    // stored munitions going off stay an accident though a side's missiles are named
    ['Губернатор сообщил, что на складе в Донецке произошла детонация ракет ВСУ, хранившихся там.', undefined, ['cause accident'], ['cause attack']],
    // the hit of a missile, a drone falling: an attack whose doer the words leave open
    ['Прокуратура сообщила, что при попадании ракеты в общежитие погибли двое.', undefined, ['cause attack'], []],
    ['Губернатор Юрий Слюсарь сообщил, что при падении беспилотника на склад возник пожар.', undefined, ['cause attack'], []],
    ['Аналитик сообщил, что падение курса рубля продолжается третью неделю.', undefined, [], ['cause attack']],
  ]);
});

test('no strike: not commented on, threatened, permitted or banned', () => {
  checkFactRows([
    ['В Минобороны России ракетную атаку на Одессу не комментировали.', 'BBC', [], ['cause attack']],
    ['Аэропорты закрыты из-за угрозы атаки беспилотников над Калугой.', 'Mash', [], ['cause attack']],
    ['Вашингтон, по данным газеты, разрешил Киеву наносить удары по Курской области.', 'Mash', [], ['cause attack', 'resp UA 1']],
    ['Берлін, за даними агенції, не зняв заборону на удари по території Росії.', 'Суспільне', [], ['cause attack']],
    // a strike said in the same sentence stays one
    ['ВСУ атаковали Белгород беспилотниками, в Минобороны пока не дали комментариев.', 'Mash', ['cause attack'], []],
  ]);
});

test('a zero toll is a claimable sentence of a channel\'s own voice', () => {
  const a = analyze({ id: 'z', text: 'Ночью над Брянском сбиты 6 беспилотников.\n\nПредварительно, жертв нет. Обломки упали на окраине.', published: '2024-11-20T10:00:00Z', author: 'Mash', authorType: 'channel', ownVoice: true });
  assert.ok(a.claims.some((c) => c.content.some((f) => a.text.slice(f.start, f.end).includes('жертв нет'))), a.claims.map((c) => c.content.map((f) => a.text.slice(f.start, f.end)).join(' … ')).join(' | '));
  const b = analyze({ id: 'z2', text: 'Над областю збито 4 дрони.\n\nЗа попередніми даними, постраждалих немає.', published: '2024-11-20T10:00:00Z', author: 'Суспільне', authorType: 'channel', ownVoice: true });
  assert.ok(b.claims.some((c) => c.content.some((f) => b.text.slice(f.start, f.end).includes('постраждалих немає'))));
  // an English sentence is left as it was (the rule is for Russian and Ukrainian posts)
  const c = analyze({ id: 'z3', text: 'Six drones were downed over the city.\n\nNo one was killed.', published: '2024-11-20T10:00:00Z', author: 'Channel', authorType: 'channel', ownVoice: true });
  assert.ok(!c.claims.some((x) => x.content.some((f) => c.text.slice(f.start, f.end).includes('No one was killed'))));
});

test('a zero toll with the damage beside it; bombers are aircraft and weapons, not a bombardment', () => {
  checkFactRows([
    ['Губернатор Роман Старовойт сообщил, что ВСУ атаковали Рыльск дронами, пострадавших и повреждений нет.', undefined, ['q 0 wounded'], []],
    ['Глава региона Вячеслав Гладков сообщил, что после обстрела Шебекино жертв и разрушений нет.', undefined, ['q 0 killed'], []],
    ['Голова ОВА Іван Федоров повідомив, що після атаки дронів на Запоріжжя постраждалих і руйнувань немає.', undefined, ['q 0 wounded'], []],
    ['Воздушные силы ВСУ сообщили, что пуски по Украине совершили восемь бомбардировщиков Ту-95.', undefined, ['q 8 aircraft'], []],
    ['Повітряні сили повідомили, що ракети запустили російські бомбардувальники Ту-95 з Енгельса.', undefined, ['resp RU 1'], []],
  ]);
  assert.ok(!quantities('Российские бомбардировщики были замечены над морем.').includes('1 strikes'));
});

test('not confirming a strike is neither an account of it nor a denial', () => {
  checkFactRows([
    ['Генштаб ВСУ не подтвердил применение ракет ATACMS для ударов по Курской области.', 'BBC', [], ['resp UA 1', 'resp UA -1']],
    ['Генштаб ЗСУ не підтвердив удару по аеродрому в Криму.', 'Суспільне', [], ['resp UA 1', 'resp UA -1', 'cause attack']],
    // a confirmation stays an account
    ['Генштаб ВСУ подтвердил удар ракетами ATACMS по Курской области.', 'BBC', ['cause attack'], []],
  ]);
});
