/**
 * Figures read right before they are compared (issue 9, lane ctlstatus): Russian and Ukrainian
 * words that only start like a number word or a unit are neither («однако ракеты», «танкеров»);
 * an area in words is km², not km; a statement that no one was killed is a zero toll. Expected
 * values decided by hand before the program was run on these texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { figureScope } from '../../src/compare/figures.js';

/** The quantities of a text as "value unit" (unit "-" when none). */
function quantities(text: string): string[] {
  return analyze({ id: 'q', text }).quantities.map((q) => `${q.value} ${q.unit ?? '-'}`);
}

test('a word that starts like a Russian or Ukrainian number word or unit is neither', () => {
  const rows: [string, string[]][] = [
    // «однако» starts with the stem «одна»: no "1 missiles" (houses are no unit of the Russian and Ukrainian lists)
    ['Гладков заявил, что ПВО сбила несколько целей над Белгородом, однако ракеты повредили два дома.', []],
    ['Синєгубов повідомив, що ППО збила кілька цілей, однак ракети пошкодили два будинки.', []],
    // a tanker is a ship, not a tank
    ['Минобороны заявило, что в порту Новороссийска повреждены два танкера.', ['2 ships']],
    ['ВМС повідомили, що уражено три танкери тіньового флоту.', ['3 ships']],
    // the words the stems were written for still count
    ['ПВО сбила одну ракету, уничтожены два танка.', ['1 missiles', '2 tanks']],
  ];
  for (const [text, want] of rows) assert.deepEqual(quantities(text), want, text);
});

test('an area written in words is km², not km', () => {
  const rows: [string, string[]][] = [
    ['З початку вересня наші воїни повернули під контроль України понад 3000 квадратних кілометрів.', ['3000 km2']],
    ['Освобождено около 2 000 квадратных километров территории.', ['2000 km2']],
    ['За пять суток освобождено 24 населённых пункта и 259 кв. км территории.', ['24 settlements', '259 km2']],
    // a distance stays a distance
    ['На харківському напрямку до державного кордону залишилося 50 кілометрів.', ['50 km']],
  ];
  for (const [text, want] of rows) assert.deepEqual(quantities(text), want, text);
});

/** The claim records of one document (a news story, or an own-voice post when `author` is given). */
function records(id: string, text: string, published: string, author?: string): ClaimRecord[] {
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: id, textOf: id, published }));
}

/** The zero figures of a text's claims, as "unit". */
function zeros(text: string, author?: string): string[] {
  return records('z', text, '2024-01-17T12:00:00Z', author).flatMap((r) => r.quantities.filter((q) => q.value === 0).map((q) => q.unit));
}

test('a statement that no one was killed or hurt is a toll of zero', () => {
  const rows: [string, string | undefined, string[]][] = [
    ['KHARKIV, Jan 17 (Reuters) - Governor Oleh Syniehubov said no one was killed in the strike on Kharkiv, and 13 people were wounded.', undefined, ['killed']],
    ['KHARKIV, Jan 17 (Reuters) - Governor Oleh Syniehubov said nobody had been hurt when the missile hit an empty warehouse in Kharkiv.', undefined, ['wounded']],
    ['Ракетный удар по Белгороду: погибших нет, пострадали два человека, сообщил губернатор Вячеслав Гладков.', undefined, ['killed']],
    ['Удар по Харкову: загиблих немає, поранено 13 людей.', 'Харківська ОВА', ['killed']],
    ['Вночі окупанти атакували Суми дронами. Ніхто не постраждав.', 'Сумська ОВА', ['wounded']],
    // a narrower tally is no zero (the Saky ministry statement against the governor's five wounded)
    ['MOSCOW, Aug 9 (Reuters) - Russia\'s defence ministry said no one was seriously hurt in the blasts at the Saky airfield in Crimea.', undefined, []],
    ['Губернатор Гладков сообщил, что при обстреле Шебекино тяжело раненых нет.', undefined, []],
    // nothing known is no zero
    ['По словам губернатора Гладкова, информации о погибших нет, удар пришёлся по Белгороду.', undefined, []],
    ['KHARKIV, Jan 17 (Reuters) - Governor Oleh Syniehubov said there were no immediate reports of deaths after the strike on Kharkiv.', undefined, []],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(zeros(text, author), want, text);
});

test('"no one was killed" against "more than 60 killed" at one place is a figures dispute; the same governor raising his own toll is not', () => {
  const gov = records('gov', 'KHARKIV, Jan 17 (Reuters) - Governor Oleh Syniehubov said no one was killed in the missile strike on Kharkiv and 13 people were wounded.', '2024-01-17T08:00:00Z');
  const mod = records('mod', 'Russia\'s defence ministry said more than 60 foreign fighters were killed in its strike on a building in Kharkiv used by mercenaries.', '2024-01-17T12:00:00Z');
  const killed = compareClaims([...gov, ...mod]).disputes.filter((d) => d.kind === 'figures' && d.topic.what.type === 'quantity' && d.topic.what.unit === 'killed');
  assert.equal(killed.length, 1, JSON.stringify(killed.map((d) => d.explanation)));
  assert.deepEqual(killed[0]!.sides.map((s) => s.speakers.map((x) => x.side).join()).sort(), ['RU', 'UA']);
  const later = records('gov2', 'KHARKIV, Jan 18 (Reuters) - Governor Oleh Syniehubov said two people were killed in the missile strike on Kharkiv, after one of the wounded died in hospital.', '2024-01-18T08:00:00Z');
  const own = compareClaims([...gov, ...later]).disputes.filter((d) => d.kind === 'figures');
  assert.deepEqual(own.map((d) => d.explanation), []);
});

test('a region\'s toll and a city\'s toll are two tallies; a toll at a city and at its district are not set against each other either', () => {
  const gov = records('gov', 'KHARKIV, May 25 (Reuters) - Governor Oleh Syniehubov said 16 people were killed in Russian strikes across the Kharkiv region on Saturday.', '2024-05-25T18:00:00Z');
  const mayor = records('mayor', 'KHARKIV, May 25 (Reuters) - Mayor Ihor Terekhov said six people were killed when a Russian strike hit a hardware store in Kharkiv on Saturday.', '2024-05-25T16:00:00Z');
  const figures = compareClaims([...gov, ...mayor]).disputes.filter((d) => d.kind === 'figures');
  assert.deepEqual(figures.map((d) => d.explanation), []);
});

test('"the overnight strike" names when one strike happened, not a night\'s tally', () => {
  const rows: [string, string, string | null][] = [
    ['Governor Oleh Syniehubov said no one was killed in the overnight missile strike on Kharkiv.', 'no one was killed', null],
    ['Governor Oleh Syniehubov said three people were killed in an overnight drone attack on Kharkiv.', 'three people', null],
    ['В результате ночного удара по Харькову погибли три человека.', 'три человека', null],
    // a night's or a day's count stays one
    ['The air force said Russia launched 80 drones overnight.', '80 drones', 'day'],
    ['Twelve people were killed across the region over the past day.', 'Twelve people', 'day'],
  ];
  for (const [text, figure, want] of rows) {
    const at = text.indexOf(figure);
    assert.equal(figureScope(text, at, at + figure.length), want, text);
  }
  const gov = records('gov', 'KHARKIV, Jan 17 (Reuters) - Governor Oleh Syniehubov said no one was killed in the overnight missile strike on Kharkiv and 13 people were wounded.', '2024-01-17T08:00:00Z');
  const mod = records('mod', 'Russia\'s defence ministry said more than 60 foreign fighters were killed in its strike on a building in Kharkiv used by mercenaries.', '2024-01-17T12:00:00Z');
  const killed = compareClaims([...gov, ...mod]).disputes.filter((d) => d.kind === 'figures' && d.topic.what.type === 'quantity' && d.topic.what.unit === 'killed');
  assert.equal(killed.length, 1, JSON.stringify(killed.map((d) => d.explanation)));
});
