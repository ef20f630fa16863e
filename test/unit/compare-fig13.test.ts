/**
 * Lane figures13 (issue 9 item 3): figures disputes the way analysts read them. Pairs of short
 * reports, each from its own outlet, that must and must not make a figures dispute: the same tally
 * at the same place and time in numbers no single value satisfies is a dispute; two different
 * tallies never are (dead against wounded, the losses of two sides, a day's count against a total
 * since the war began or since the start of the year, settlements against square kilometres,
 * drones shot down against drones launched, a part of one named type against the whole), nor an
 * "at least" floor that a higher later figure meets, nor one speaker updating its own figure.
 * Texts written by hand for this test (facts as publicly reported or invented for the wording);
 * expected values by hand from the texts, not from the program.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { compareClaims } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { claimRecords } from './fact-labels.js';
import { enTollHead, figureScope, partBefore, ruukBareCasualty } from '../../src/compare/figures.js';
import { risingTo } from '../../src/compare/rising.js';

/** The claim records of one text, as one outlet's, published at `published` (fact-labels' `claimRecords`). */
const records = (id: string, text: string, published: string): ClaimRecord[] => claimRecords(id, text, published);

/** The figures disputes (quantity reason) between two texts, as "unit: position vs position"; each text must carry a figure. */
function figureDisputes(t1: string, p1: string, t2: string, p2: string): string[] {
  const ra = records('a', t1, p1);
  const rb = records('b', t2, p2);
  assert.ok(ra.some((r) => r.quantities.length > 0), `no figure in: ${t1}`);
  assert.ok(rb.some((r) => r.quantities.length > 0), `no figure in: ${t2}`);
  const recs = [...ra, ...rb];
  return compareClaims(recs).disputes.filter((d) => d.reason === 'quantity').map((d) => `${(d.topic.what as { unit?: string }).unit}: ${d.sides.map((s) => s.position).join(' vs ')}`);
}

const DAY = '2024-05-10T09:00:00Z';
const LATER = '2024-05-10T18:00:00Z';

// [name, text A, published A, text B, published B]
type Pair = [string, string, string, string, string];

describe('the same tally in numbers no value satisfies is a dispute', () => {
  const rows: Pair[] = [
    ['two sides on the tanks one side lost',
      "Russia's defence ministry said its forces destroyed eight Ukrainian tanks near Robotyne on Friday.", DAY,
      "Ukraine's General Staff said Ukraine lost two tanks near Robotyne on Friday.", DAY],
    ['a floor above an exact toll from another side',
      'The UN human rights monitoring mission said at least 35 civilians were killed in the strike on Sumy on Friday.', DAY,
      "Russia's defence ministry said 3 civilians were killed in the strike on Sumy on Friday.", LATER],
    ['Russian: a governor against the other side on one strike\'s dead',
      'Губернатор Вячеслав Гладков сообщил, что в результате удара по Белгороду погибли 25 человек.', DAY,
      'Генштаб ЗСУ заявив, що внаслідок удару по Бєлгороду загинули 2 людини.', DAY],
    ['"the death toll rose to N" against a far lower count from the other side',
      "The death toll from the Russian missile strike on Uman rose to 23, regional governor Ihor Taburets said.", LATER,
      'A Russian-installed official claimed only 2 people were killed in the strike on Uman.', DAY],
    ['a type named as the whole of an attack against a count of its class',
      "Russia's defence ministry said six ATACMS missiles had been fired at the Bryansk region.", DAY,
      'A U.S. official said Ukraine had fired eight missiles at the Bryansk region.', DAY],
    ['drones launched: the attacked side\'s count against the attacker\'s',
      'Повітряні сили повідомили, що ворог запустив 45 дронів по Київській області, 38 з них збито.', DAY,
      'Минобороны России заявило, что по Киевской области был нанесён удар 20 беспилотниками.', DAY],
  ];
  for (const [name, a, pa, b, pb] of rows) test(name, () => assert.ok(figureDisputes(a, pa, b, pb).length > 0));
});

describe('different tallies, floors, updates and parts are no figures dispute', () => {
  const rows: Pair[] = [
    ['dead against wounded',
      'Five people were killed in the Russian strike on Kharkiv on Friday, Governor Oleh Syniehubov said.', DAY,
      "Ukraine's interior ministry said 23 people were injured in the Russian strike on Kharkiv on Friday.", DAY],
    ['the dead of two sides',
      "Ukraine's military said its forces had killed about 300 Russian soldiers near Avdiivka on Friday.", DAY,
      "Russia's defence ministry said its forces had killed up to 250 Ukrainian soldiers near Avdiivka on Friday.", DAY],
    ['a day\'s count against a total since the invasion',
      "Ukraine's General Staff said Russian forces lost 1,230 soldiers near Pokrovsk over the past day.", DAY,
      'Ukrainian officials said Russian forces have lost 70,000 soldiers near Pokrovsk since the start of the full-scale invasion.', DAY],
    ['settlements against square kilometres',
      "Russia's defence ministry said its forces had captured 5 villages near Pokrovsk this week.", DAY,
      'A Russian military blogger said the forces had captured 20 square kilometres near Pokrovsk this week.', DAY],
    ['an "at least" floor that a higher later figure meets',
      'At least 10 people were killed in the Russian strike on Odesa on Friday, Governor Oleh Kiper said.', DAY,
      "Ukraine's interior minister Ihor Klymenko said 14 people were killed in the Russian strike on Odesa on Friday.", LATER],
    ['"the death toll rose to N" meets an earlier "at least" floor',
      'At least 17 people were killed in the Russian strike on Uman, the interior minister said.', DAY,
      "The death toll from the Russian missile strike on Uman rose to 23, regional governor Ihor Taburets said.", LATER],
    ['one speaker updating its own figure',
      'Вячеслав Гладков сообщил, что в результате обстрела Белгорода погибли 3 человека.', DAY,
      'Вячеслав Гладков сообщил, что в результате обстрела Белгорода погибли 5 человек.', LATER],
    ['drones shot down against drones launched (the other side\'s count)',
      "Russia's defence ministry said its air defences shot down 30 Ukrainian drones over the Bryansk region overnight.", DAY,
      'Українське джерело повідомило, що по Брянській області запустили 20 дронів.', DAY],
    ['Russian: downed against the other side\'s launched',
      'Минобороны России заявило, что силы ПВО сбили 30 украинских беспилотников над Курской областью.', DAY,
      'Джерело в СБУ повідомило, що по Курській області запустили 20 дронів.', DAY],
    ['a year-to-date count against one strike\'s toll',
      'С начала года в Белгороде погибли 98 мирных жителей, сообщил губернатор Вячеслав Гладков.', DAY,
      'Источник в экстренных службах сообщил, что в результате обстрела Белгорода погибли 3 человека.', DAY],
    ['Ukrainian: a year-to-date count against a day\'s count',
      'З початку року на Харківщині загинули 412 мирних жителів, повідомив голова ОВА.', DAY,
      'Минобороны России заявило, что за сутки в Харьковской области погибли 2 мирных жителя.', DAY],
    ['a part ("including six Kinzhal") of a whole said before it, against another voice\'s whole',
      "Ukraine's air force said Russia fired 18 missiles at Kyiv overnight.", DAY,
      'The Kyiv military administration said air defences shot down all 18 missiles fired at Kyiv overnight, including six Kinzhal missiles.', DAY],
    ['Russian: «в том числе» a part of the count before it',
      'Минобороны России заявило, что над Белгородской областью сбиты 14 ракет, в том числе 4 ракеты ATACMS.', DAY,
      'Губернатор Вячеслав Гладков сообщил, что над Белгородской областью сбиты 14 ракет.', DAY],
    ['a region\'s toll against a city\'s',
      'Russian attacks killed 9 people across the Kharkiv region on Friday, Governor Oleh Syniehubov said.', DAY,
      'Mayor Ihor Terekhov said 4 people were killed in Kharkiv on Friday.', DAY],
  ];
  for (const [name, a, pa, b, pb] of rows) test(name, () => assert.deepEqual(figureDisputes(a, pa, b, pb), []));
});

test('figureScope: a count since the start of the year or month is a span; «за ночь» a night\'s count', () => {
  const rows: [string, string, string | null][] = [
    // [text, figure, scope wanted]
    ['Since the start of the year, 412 civilians have been killed in the Donetsk region.', '412 civilians', 'span:since the start of the year'],
    ['Russian forces have captured 40 settlements since the start of the year.', '40 settlements', 'span:since the start of the year'],
    ['С начала года в Белгородской области погибли 98 мирных жителей.', '98 мирных жителей', 'span:с начала года'],
    ['З початку року сили ППО збили понад 3 тис. дронів над областю.', 'понад 3 тис. дронів', 'span:з початку року'],
    ['Свыше 30 беспилотников сбиты над Московским регионом за ночь.', 'Свыше 30 беспилотников', 'day'],
    // must-not: a comma after a span that does not open its sentence still ends its reach
    ['Погибли 3 человека, а с начала года, по словам губернатора, ранены 5 человек.', '3 человека', null],
    ['The strike killed 3 people, the governor said; since the start of the year the region has seen no calm.', '3 people', null],
    // one strike's toll, no tally words
    ['Five people were killed in the strike on Kharkiv.', 'Five people', null],
  ];
  for (const [text, figure, want] of rows) {
    const at = text.indexOf(figure);
    assert.ok(at >= 0, figure);
    assert.equal(figureScope(text, at, at + figure.length), want, text);
  }
});

test('enTollHead and risingTo: a bare count standing for a named toll; the «до» of a rising toll', () => {
  const heads: [string, string, string | null][] = [
    // [text, count, unit wanted]
    ["The death toll from Friday's Russian missile strike on Uman rose to 23, including six children.", '23', 'killed'],
    ["The number of people injured in Sunday's missile strike on Sumy has risen to 117.", '117', 'wounded'],
    ['The death toll now stands at 41.', '41', 'killed'],
    ['The strike left a death toll of 12.', '12', 'killed'],
    // must-not: no link word, another number between, a percentage, no toll head
    ['The death toll rose sharply after 3 more bodies were found.', '3', null],
    ['The number of people employed rose to 12.', '12', null],
    ['The death toll in 2 regions rose to 9.', '9', null],
    ['The death toll rose to 5 percent of the population.', '5', null],
  ];
  for (const [text, count, want] of heads) {
    const at = text.indexOf(count);
    assert.equal(enTollHead(text, at, at + count.length, null), want, text);
  }
  const rising: [string, string, boolean][] = [
    ['Число погибших возросло до 14.', 'до 14', true],
    ['Кількість поранених зросла до 64.', 'до 64', true],
    ['Погибли до 14 человек.', 'до 14', false],
    ['Уничтожено до 300 военнослужащих.', 'до 300', false],
  ];
  for (const [text, q, want] of rising) assert.equal(risingTo(text, text.indexOf(q)), want, text);
});

test('a rising toll that names its own unit word is an exact count, not "up to" (Russian corpus, Odesa, 18 Nov 2024)', () => {
  // [text, figure wanted as "unit value bound"]: written by hand from the posts' grammar
  const rows: [string, string][] = [
    ['Как сообщил глава Одесской областной военной администрации Олег Кипер, количество пострадавших в результате ракетного удара по Одессе возросло до 39 человек.', 'wounded 39 exact'],
    ['Как сообщил губернатор Вячеслав Гладков, число погибших в результате ракетного удара по Белгороду выросло до 12 человек.', 'killed 12 exact'],
    // must stay a bound: no rising verb before «до»
    ['Как сообщил губернатор Вячеслав Гладков, в результате ракетного удара по Белгороду пострадали до 39 человек.', 'wounded 39 at_most'],
  ];
  for (const [text, want] of rows) {
    const figs = records('a', text, DAY).flatMap((r) => r.quantities).map((q) => `${q.unit} ${q.value} ${q.bound}`);
    assert.ok(figs.length > 0, `no figure in: ${text}`);
    assert.ok(figs.includes(want), `${text}: ${figs.join(', ')}`);
  }
});

test('partBefore: a count right after "including", «в том числе», «з них» is a part of the count before it', () => {
  const rows: [string, string, boolean][] = [
    ['shot down all 18 missiles, including six Kinzhal missiles', 'six Kinzhal', true],
    ['погибли 8 человек, среди них двое детей', 'двое детей', true],
    ['загинули 19 людей, з них 9 дітей', '9 дітей', true],
    ['сбиты 14 ракет, в том числе 4 ракеты ATACMS', '4 ракеты', true],
    // must-not: the phrase not right before the count, or none
    ['including in Kharkiv, 5 people were killed', '5 people', false],
    ['18 missiles were fired at Kyiv', '18 missiles', false],
  ];
  for (const [text, figure, want] of rows) assert.equal(partBefore(text, text.indexOf(figure)), want, text);
});

test('ruukBareCasualty: a bare count with a casualty word right after it', () => {
  const rows: [string, string, string | null][] = [
    ['Погибли 5 человек, ещё 12 ранены.', '12', 'wounded'],
    ['Загинули 3 людини, ще 14 поранені.', '14', 'wounded'],
    ['Ещё 2 погибли в больнице.', '2', 'killed'],
    // must-not: another word between, a clause mark, a year
    ['Удар в 5 утра: погибли люди.', '5', null],
    ['Их было 12, ранены двое.', '12', null],
    ['В 2022 погибли многие.', '2022', null],
  ];
  for (const [text, count, want] of rows) {
    const at = text.indexOf(count);
    assert.equal(ruukBareCasualty(text, at, at + count.length), want, text);
  }
});

test('Russian and Ukrainian quantities: a bound before a number word; «от N до M» as one range', () => {
  const rows: [string, string, number, number | null, string][] = [
    // [text, quantity text wanted, value, high, bound]
    ['Не менее семи человек погибли при обстреле.', 'Не менее семи человек', 7, null, 'at_least'],
    ['Понад двох людей поранено.', 'Понад двох людей', 2, null, 'more_than'],
    ['При обстреле погибли от 10 до 15 человек.', '10 до 15 человек', 10, 15, 'range'],
    ['Від 3 до 5 тисяч військових зайшли в область.', '3 до 5 тисяч військових', 3000, 5000, 'range'],
    // must-not: «до» alone stays "up to"; a number word with no bound before it stays exact
    ['Погибли до 15 человек.', 'до 15 человек', 15, null, 'at_most'],
    ['Погибли семь человек.', 'семь человек', 7, null, 'exact'],
  ];
  for (const [text, want, value, high, bound] of rows) {
    const q = analyze({ id: 'q', text, published: DAY }).quantities.find((x) => x.text === want);
    assert.ok(q, `${text}: no quantity "${want}"`);
    assert.deepEqual([q.value, q.high ?? null, q.bound], [value, high, bound], text);
  }
});
