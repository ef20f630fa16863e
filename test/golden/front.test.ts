/**
 * Golden test of front axes, an army's "advance stopped" against its own war bloggers, and casualty
 * counts with several describing words (test/golden/front/, see its README): posts and wire copy go
 * through the real analyzer (own-voice posts with their author), every claim through
 * `extractClaimFacts`, and all through `compareClaims`. Expected disputes decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { frontDirections } from '../../src/compare/facts.js';
import { unitAfter } from '../../src/compare/figures.js';

const DIR = fileURLToPath(new URL('../../../test/golden/front/', import.meta.url));

const DOCS: { id: string; file: string; published: string; author: string | null; type?: 'organisation' | 'channel' }[] = [
  { id: 'ru-mod-kupiansk', file: 'ru-mod-kupiansk.txt', published: '2024-06-11T08:00:00Z', author: 'Министерство обороны Российской Федерации' },
  { id: 'rybar-kupiansk', file: 'rybar-kupiansk.txt', published: '2024-06-11T19:00:00Z', author: 'Рыбарь', type: 'channel' },
  { id: 'uk-gs-pokrovsk', file: 'uk-gs-pokrovsk.txt', published: '2024-06-11T18:00:00Z', author: 'Генеральний штаб ЗСУ' },
  { id: 'en-wire-horlivka', file: 'en-wire-horlivka.txt', published: '2024-06-12T12:00:00Z', author: null },
  { id: 'ru-mod-horlivka', file: 'ru-mod-horlivka.txt', published: '2024-06-12T09:00:00Z', author: 'Министерство обороны Российской Федерации' },
];

function records(): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const d of DOCS) {
    const text = readFileSync(DIR + d.file, 'utf8');
    const analysis = analyze({ id: d.id, text, published: d.published, source: d.file, ...(d.author ? { author: d.author, authorType: d.type ?? ('organisation' as const), ownVoice: true } : {}) }, { budget: false });
    analysis.claims.forEach((_, i) => {
      out.push({ ...extractClaimFacts(analysis, i), id: `${d.id}#${i}`, documentId: d.id, index: i, source: d.file, outlet: d.author ?? 'Wire', textOf: d.id, published: d.published });
    });
  }
  return out;
}

const docsOf = (claims: string[]): string[] => [...new Set(claims.map((c) => c.split('#')[0]!))].sort();

test('front axes: the adjective of a named axis places the claim at its town or region', () => {
  const cases: [string, string[]][] = [
    ['На Краснолиманском направлении попытки ВСУ продвинуться пресечены.', ['Lyman']],
    ['На Купянском и Лиманском направлениях отражены атаки.', ['Kupiansk', 'Lyman']],
    ['На Покровському напрямку ворог атакував 20 разів.', ['Pokrovsk']],
    ['На Куп’янському напрямку тривають бої.', ['Kupiansk']], // a typographic apostrophe reads as the plain one
    ['На Запорожском направлении отражены атаки.', ['Zaporizhzhia Oblast']],
    ['На Курском направлении противник продолжает атаки.', ['Kursk Oblast']],
    ['Курская АЭС работает в штатном режиме.', []], // no axis word
    ['Ситуация в Донецке без изменений.', []],
  ];
  for (const [text, want] of cases) {
    const got = frontDirections(text);
    assert.deepEqual(got.map((d) => d.ref.name), want, text);
    for (const d of got) assert.match(text.slice(d.start, d.end), /^[\p{L}'’ʼ-]+$/u, text);
  }
});

test('unitAfter: the people a bare number counts, past several describing words', () => {
  const cases: [string, string | null][] = [
    ['about 400 newly mobilised Russian soldiers were killed', 'killed'],
    ['about 400 newly mobilised Russian soldiers were evacuated', 'evacuated'],
    ['about 400 newly mobilised Russian soldiers', 'troops'],
    ['близько 400 мобілізованих російських військовослужбовців', 'troops'],
    ['около 50 недавно прибывших мирных жителей', 'civilians'],
    ['up to 180 “foreign mercenaries” were killed', 'killed'],
    ['about 400, newly mobilised soldiers', null], // a comma ends the phrase
    ['about 400 kilometres of newly built roads', null],
    ['about 400 very large old wooden houses with people', null], // beyond the reach
  ];
  for (const [text, want] of cases) {
    const end = /\d+/.exec(text)!;
    assert.equal(unitAfter(text, end.index + end[0].length)?.unit ?? null, want, text);
  }
});

test('status golden: an army\'s "advance stopped" on an axis against its own war blogger\'s "critical", at the axis town', () => {
  const res = compareClaims(records(), { windowDays: 1 });
  const status = res.disputes.filter((d) => d.kind === 'status');
  assert.equal(status.length, 1, status.map((d) => d.explanation).join('\n'));
  const d = status[0]!;
  assert.equal(d.topic.placeName, 'Kupiansk');
  assert.deepEqual(d.sides.map((s) => docsOf(s.claims).join(',')).sort(), ['ru-mod-kupiansk', 'rybar-kupiansk']);
  assert.ok(d.sides.every((s) => s.speakers.every((x) => x.side === 'RU')), JSON.stringify(d.sides.map((s) => s.speakers)));
  // the General Staff's own "difficult" on another axis stands in no dispute
  assert.ok(!res.disputes.some((x) => x.sides.some((s) => docsOf(s.claims).includes('uk-gs-pokrovsk'))));
});

test('figures golden: "about 120 newly mobilised Russian soldiers were killed" against the ministry\'s 25 dead', () => {
  const res = compareClaims(records(), { windowDays: 1 });
  const figures = res.disputes.filter((d) => d.kind === 'figures');
  assert.equal(figures.length, 1, figures.map((d) => d.explanation).join('\n'));
  const d = figures[0]!;
  assert.equal(d.topic.placeName, 'Horlivka');
  assert.deepEqual(d.sides.map((s) => docsOf(s.claims).join(',')).sort(), ['en-wire-horlivka', 'ru-mod-horlivka']);
  assert.ok(d.sides.some((s) => /120 newly mobilised Russian soldiers/.test(s.position)), JSON.stringify(d.sides.map((s) => s.position)));
});

test('situation word classes: a situation noun with a state adjective in the forms reports use (ru, uk)', () => {
  const cases: [string, 1 | -1 | null][] = [
    ['Ситуація на Вовчанському напрямку складна, противник тисне.', -1],
    ['Обстановка под Курском остаётся тяжёлой.', -1],
    ['Положение под Часовым Яром критическое.', -1],
    ['Сложная обстановка сохраняется у Торецка.', -1],
    ['Ситуация у Угледара динамичная, линия фронта меняется.', -1],
    ['Становище на Куп’янському напрямку стабільне.', 1],
    ['Обстановка на сложных участках стабильная.', 1], // "сложных" qualifies the sectors, not the situation
    ['Военные обсуждали ситуацию с погодой.', null], // no state adjective
  ];
  for (const [text, want] of cases) {
    const analysis = analyze({ id: 't', text, published: '2024-06-11T10:00:00Z', source: 't', author: 'Рыбарь', authorType: 'channel', ownVoice: true }, { budget: false });
    const situations = analysis.claims.flatMap((_, i) => extractClaimFacts(analysis, i).statuses).filter((s) => s.topic === 'situation');
    assert.deepEqual(situations.map((s) => s.polarity), want === null ? [] : [want], text);
    for (const s of situations) assert.equal(text.slice(s.start, s.end), s.text, text);
  }
});

test('situation word class (en): "situation" + a place + is/remains + a state adjective', () => {
  const cases: [string, 1 | -1 | null][] = [
    ['The regional governor said the situation near Sudzha remains difficult.', -1],
    ['A military spokesman said the situation in the Kursk region was tense but that reinforcements had arrived.', -1],
    ['The commander said the situation on the front is stable.', 1],
    ['The senator said the situation was a test of leadership.', null],
  ];
  for (const [text, want] of cases) {
    const analysis = analyze({ id: 't', text, published: '2024-08-09T10:00:00Z', source: 't' }, { budget: false });
    const situations = analysis.claims.flatMap((_, i) => extractClaimFacts(analysis, i).statuses).filter((s) => s.topic === 'situation');
    assert.deepEqual(situations.map((s) => s.polarity), want === null ? [] : [want], text);
  }
});

test('a channel\'s topic heading ("По Крынкам: …") is no speaker; a formation\'s name in quotes is no place', () => {
  const post = 'По Крынкам: вопреки бодрым отчётам, противник удерживает позиции в селе. Ситуация остаётся напряжённой и подвижной.';
  const a = analyze({ id: 'r', text: post, published: '2023-11-15T16:20:00Z', source: 'r', author: 'Рыбарь', authorType: 'channel', ownVoice: true }, { budget: false });
  assert.ok(a.claims.length > 0);
  for (const c of a.claims) assert.notEqual(c.speaker?.text, 'По Крынкам', JSON.stringify(c.speaker));
  const mod = 'На херсонском направлении подразделения группировки войск «Днепр» пресекли попытки ВСУ высадиться на левом берегу. Ситуация на направлении остаётся под полным контролем.';
  const b = analyze({ id: 'm', text: mod, published: '2023-11-15T11:00:00Z', source: 'm', author: 'Министерство обороны Российской Федерации', authorType: 'organisation', ownVoice: true }, { budget: false });
  const facts = b.claims.map((_, i) => extractClaimFacts(b, i));
  assert.ok(facts.length === 2, JSON.stringify(facts.map((f) => f.content)));
  for (const f of facts) assert.deepEqual(f.places.map((p) => p.name), ['Kherson Oblast'], f.content);
  assert.deepEqual(facts.flatMap((f) => f.statuses.map((s) => `${s.topic}${s.polarity}`)), ['advance-1', 'situation1']);
});

test('control word classes: still holding positions and fighting in the place (en, ru, uk)', () => {
  const cases: [string, string | null, string][] = [
    ['Ukraine said Ukrainian units were still holding positions in Chasiv Yar and fighting there.', null, 'part'],
    ['Подразделения ВСУ продолжают удерживать позиции в Часовом Яре.', 'Генеральный штаб ВСУ', 'part'],
    ['Підрозділи Сил оборони продовжують утримувати позиції в Часовому Яру та ведуть бої.', 'Генеральний штаб ЗСУ', 'part'],
    ['Наші воїни ведуть бої за Торецьк.', 'Генеральний штаб ЗСУ', 'contested'],
  ];
  for (const [text, author, want] of cases) {
    const a = analyze({ id: 'c', text, published: '2025-07-31T10:00:00Z', source: 'c', ...(author ? { author, authorType: 'organisation' as const, ownVoice: true } : {}) }, { budget: false });
    const states = a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses).filter((s) => s.topic === 'control').map((s) => s.state);
    assert.ok(states.includes(want as never), `${text}: ${JSON.stringify(states)}`);
  }
  // a river's bank before its name: the river, not the city of Dnipro
  const r = analyze({ id: 'd', text: 'Сили оборони закріпилися на лівому березі Дніпра біля Кринок.', published: '2023-11-15T10:00:00Z', source: 'd', author: 'Генеральний штаб ЗСУ', authorType: 'organisation', ownVoice: true }, { budget: false });
  assert.ok(!r.places.some((p) => p.name === 'Dnipro'), JSON.stringify(r.places.map((p) => p.name)));
});
