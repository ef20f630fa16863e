/**
 * Table-driven tests for lane rufalse (issues 9 and 10): causes of false disputes on the real Russian
 * channel posts (docs/ru-corpus-disputes-check.md, last section) — a word that starts like a number
 * («однако»), an oil tanker read as a tank, a sum of money read as troops, the frame of a count after
 * a comma winning over the verb before it, drones that flew read as shot down, two nights' air-defence
 * tallies set against each other, and statuses from posts that are not about the war. Sentences are
 * written for these tests in the style of the posts; expected values decided by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { listItems, ruukFigureFrame } from '../../src/compare/figures.js';
import { ruukEventFacts } from '../../src/compare/responsibility.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

/** [start, end) of `needle` in `text` (the first occurrence). */
function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" is in "${text}"`);
  return [i, i + needle.length];
}

/** The quantities of `text` as "value unit" strings. */
function quantities(text: string): string[] {
  return analyze({ id: 'q', text }).quantities.map((q) => `${q.value} ${q.unit ?? '-'}`);
}

test('Russian number words: the forms of «один» are whole words, «однако» is none', () => {
  const rows: [string, string[]][] = [
    ['По информации издания, пусковых установок у ВСУ достаточно, однако ракеты остаются дефицитными.', []],
    ['Однако беспилотники продолжают атаковать регион.', []],
    ['Жил одиноко танкист на окраине.', []],
    // the number words stay
    ['Над областью сбита одна ракета.', ['1 missiles']],
    ['ПВО уничтожила один беспилотник над Курской областью.', ['1 drones']],
    ['Над Брянской областью сбиты два беспилотника.', ['2 drones']],
  ];
  for (const [text, want] of rows) assert.deepEqual(quantities(text), want, text);
});

test('Russian quantities: an oil tanker is a ship, a sum after a currency sign is money', () => {
  const rows: [string, string[]][] = [
    ['Британия вводит санкции против 30 танкеров теневого флота России.', ['30 ships']],
    ['Пакет затронет более 45 нефтяных танкеров.', ['45 ships']],
    ['Байден запросил у Конгресса дополнительные $24 миллиарда на военную помощь Украине.', ['24000000000 usd']],
    ['Киев получит €5 миллиардов на закупку боеприпасов.', ['5000000000 eur']],
    // tanks stay tanks
    ['Уничтожены 3 танка и 2 БМП.', ['3 tanks', '2 armoured_vehicles']],
  ];
  for (const [text, want] of rows) assert.deepEqual(quantities(text), want, text);
});

test('compare: a sum of money is no count of troops', () => {
  const text = 'Президент США тайно запросил у Конгресса дополнительные $24 миллиарда на военную помощь Украине, пишет Politico.';
  const a = analyze({ id: 'p', text, published: '2024-11-27T05:40:00Z' });
  assert.ok(a.claims.length > 0);
  for (let i = 0; i < a.claims.length; i++) assert.deepEqual(extractClaimFacts(a, i).quantities.filter((q) => q.unit === 'troops'), []);
});

test('ruukFigureFrame: the verb before a count wins over a frame after a comma; drones that flew were launched', () => {
  const rows: [string, string, 'loss' | 'launched' | 'skip' | null][] = [
    ['Источник Reuters в Пентагоне: украинская армия выпустила ночью восемь ракет ATACMS, перехватили всего две.', 'восемь ракет', 'launched'],
    ['Было выпущено 8 ракет, сбито 5.', '8 ракет', 'launched'],
    ['По данным мониторинговых каналов, на полуостров летело около 40 БПЛА и крылатые ракеты.', 'около 40 БПЛА', 'launched'],
    ['В сторону Ростовской области летели 12 беспилотников.', '12 беспилотников', 'launched'],
    // a count shot down stays a loss, also with "flying at" after it
    ['На данный момент уничтожено 22 беспилотника, летевших на Москву.', '22 беспилотника', 'loss'],
    ['Над областью сбиты 5 ракет, выпущенных из района Сум.', '5 ракет', 'loss'],
    // «лет» (years) is no frame
    ['За 10 лет беспилотники стали основным оружием.', '10 лет', null],
  ];
  for (const [text, needle, want] of rows) {
    const [s, e] = at(text, needle);
    assert.equal(ruukFigureFrame(text, s, e), want, text);
  }
});

/** The compare records of one document. */
function records(id: string, text: string, published: string, author?: string): ClaimRecord[] {
  const a = analyze({ id, text, published, ...(author ? { author, authorType: 'channel' as const } : {}) });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: id, textOf: id, published }));
}

test('figures: two nights\' air-defence tallies are two counts; one night\'s rival counts stay a dispute', () => {
  // the night to 27 Nov (05:43 Moscow time) against the night to 29 Nov (02:27 Moscow time): published within a day
  const nights = [
    ...records('ria', 'ПВО уничтожила ночью 10 БПЛА в Ростовской области, пострадавших и разрушений на земле нет, сообщил врио главы региона.', '2024-11-27T02:43:00Z', 'РИА Новости'),
    ...records('shot', 'Средства ПВО уничтожили и подавили 30 БПЛА на северо-западе Ростовской области, заявил врио губернатора.', '2024-11-28T23:27:00Z', 'SHOT'),
  ];
  assert.deepEqual(compareClaims(nights).disputes.filter((d) => d.kind === 'figures').map((d) => d.topic.placeName), []);
  // two counts of one night by two voices (Moscow time the same day) stay a dispute
  const one = [
    ...records('mod', 'ВСУ ночью нанесли удар шестью ракетами ATACMS по объекту в Брянской области, заявило Минобороны России.', '2024-11-19T12:12:00Z', 'BBC'),
    ...records('src', 'Источник Reuters в Пентагоне сообщил, что было выпущено восемь ракет ATACMS по объекту в Брянской области.', '2024-11-19T19:10:00Z', 'BBC'),
  ];
  assert.equal(compareClaims(one).disputes.filter((d) => d.kind === 'figures').length, 1);
});

test('facts: a Russian post that names nothing of the war gives no statuses', () => {
  const rows: [string, boolean][] = [
    ['Огонь потушили. Сейчас выясняются причины гибели людей. Дело контролирует прокуратура Москвы, сообщает SHOT.', false],
    ['«После операции пациент достиг критического состояния. Чудом стабилизировали», — рассказали врачи.', false],
    ['Вирусная новость, что местный житель назвал сыновей именами героев, — полный фейк, пишет Mash.', false],
    // the war's own statuses stay, and so do those placed in its theatre
    ['Город Купянск находится под контролем украинских военных, все атаки отбиты, заявили в Генштабе ВСУ.', true],
    ['Обстановка в Шебекино под контролем, сообщил глава округа.', true],
    ['Ситуация на сложных участках стабильная, заявил Пушилин.', true],
  ];
  for (const [text, want] of rows) {
    const a = analyze({ id: 's', text, published: '2024-11-11T13:45:00Z', author: 'SHOT', authorType: 'channel' });
    const statuses = a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses);
    assert.equal(statuses.length > 0, want, `${text}: ${JSON.stringify(statuses.map((s) => s.text))}`);
  }
});

test('ruukEventFacts: the one hit after «вглубь» or «поражение» is no doer; a threat of strikes is no strike', () => {
  const rows: [string, string[]][] = [
    ['Несколько дронов-камикадзе смогли «нанести поражение российской флотилии в Каспийском море».', []],
    ['Так будет выглядеть зона поражения после разрешения нанести удар вглубь российской территории с помощью ракет ATACMS.', []],
    ['Дроны ВСУ нанесли удар вглубь российской территории.', ['responsibility:UA:1']],
    ['Артиллеристы добились ураження російських позицій біля Курахового.', []],
    ['В Киеве и десяти украинских областях объявили воздушную тревогу из-за угрозы ракетных ударов.', []],
    ['У Харкові оголосили тривогу через загрозу ракетних ударів з боку росіян.', []],
    // the doer named with the strike stays
    ['Российская армия нанесла ракетный удар по Одессе.', ['responsibility:RU:1']],
    ['ВСУ нанесли поражение российской колонне, заявили в Генштабе.', ['responsibility:UA:1']],
  ];
  for (const [text, want] of rows) {
    const got = ruukEventFacts(text, [{ start: 0, end: text.length }], null).filter((f) => f.topic === 'responsibility').map((f) => `responsibility:${f.agentSide}:${f.polarity}`);
    assert.deepEqual(got, want, text);
  }
});

test('listItems: one voice\'s list in one text is its items, not rival counts', () => {
  const rec = (doc: string, index: number, content: string, speaker: string | null): ClaimRecord => ({
    kind: 'direct', speaker: { name: speaker, text: null, type: null, side: null, official: null, affiliation: null, sideFrom: null },
    content, start: 0, end: 1, quantities: [], statuses: [], places: [], placeFrom: null, date: '2024-11-20', dateFrom: 'published',
    id: `${doc}#${index}`, documentId: doc, index, source: doc, outlet: doc, textOf: doc, published: '2024-11-20T16:40:00Z',
  });
  const dispute = (sides: ClaimRecord[][]): [Dispute, Map<string, ClaimRecord>] => [{
    id: 'x', reason: 'quantity', explanation: '', kind: 'figures',
    topic: { key: 'k', place: 'p', placeName: 'P', level: 'place', from: null, to: null, what: { type: 'quantity', unit: 'helicopters', subjectSide: null } },
    sides: sides.map((l, i) => ({ position: String(i), claims: l.map((r) => r.id), speakers: [], sources: [], independentSources: 1, independentOutlets: 1, independentOrigins: 1, interval: [i, i] as [number, number] })),
  }, new Map(sides.flat().map((r) => [r.id, r]))];
  const bbc14 = rec('bbc', 2, '14 вертолетов CH-47 Chinook.', 'BBC');
  const bbc17 = rec('bbc', 3, '17 вертолетов Puma, принятых на вооружение 50 лет назад', 'BBC');
  const all31 = rec('rvn', 2, 'Всего планируется утилизировать пять судов, 31 вертолет и парк из 46 беспилотников.', 'Раньше всех');
  const other40 = rec('mash', 0, 'Британия спишет 40 вертолетов.', 'Mash');
  const rows: [string, ClaimRecord[][], boolean][] = [
    ['two lines of one post and another channel\'s total', [[bbc14], [bbc17], [all31]], true],
    ['two lines of one post alone', [[bbc14], [bbc17]], true],
    // two other voices still disagree: the dispute stays
    ['two lines of one post and two other figures', [[bbc14], [bbc17], [all31], [other40]], false],
    ['two channels', [[all31], [other40]], false],
    // one voice in two texts is left to the update rules
    ['one channel in two posts', [[rec('a', 0, 'сбиты 14 вертолетов', 'A')], [rec('b', 0, 'сбиты 17 вертолетов', 'A')]], false],
    // one post quoting both sides with no named speaker: rival counts, not one voice's list (review)
    ['one post, two unnamed voices', [[rec('tg', 0, 'ВСУ: сбиты 30 вертолетов', null)], [rec('tg', 1, 'Минобороны: сбиты 10 вертолетов', null)]], false],
    ['one post, two empty speaker names', [[rec('tg', 0, 'ВСУ: сбиты 30 вертолетов', '')], [rec('tg', 1, 'Минобороны: сбиты 10 вертолетов', '')]], false],
  ];
  for (const [name, sides, want] of rows) {
    const [d, byId] = dispute(sides);
    assert.equal(listItems(d, byId), want, name);
  }
});
