/**
 * Golden test: "X has fallen" told of a place (English "had fallen", Russian «пал», Ukrainian
 * «впав»): the side that held the place lost it, the side of the place's own country (a town in
 * Ukraine falls to Russia's forces, one in Russia to Ukraine's), unless "fell to <side>" names the
 * captor. Set against the other side's "not taken, fighting goes on" it is a control dispute; with
 * the captor's own capture it agrees. Only the place that is the verb's subject falls: "a missile
 * fell on Kharkiv", "prices in Kursk fell" say nothing of who holds it. Texts are fiction written for
 * sitrep (places real, episodes invented); the expected facts and disputes were decided by hand
 * before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

interface Doc {
  id: string;
  text: string;
  published: string;
  author?: string;
  type?: 'organisation' | 'channel' | 'person';
}

function records(docs: readonly Doc[]): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const d of docs) {
    const own = d.author ? { author: d.author, authorType: d.type ?? ('organisation' as const), ownVoice: true } : {};
    const analysis = analyze({ id: d.id, text: d.text, published: d.published, source: d.id, ...own }, { budget: false });
    analysis.claims.forEach((_, i) => {
      out.push({ ...extractClaimFacts(analysis, i), id: `${d.id}#${i}`, documentId: d.id, index: i, source: d.id, outlet: d.author ?? 'Wire', textOf: d.id, published: d.published });
    });
  }
  return out;
}

const RU_MOD = 'Министерство обороны Российской Федерации';
const UA_GS = 'Генеральний штаб ЗСУ';

/** The control facts of one text: "<state> <polarity> <subject side> @ <place>". */
function controls(text: string, author?: string, type?: Doc['type']): string[] {
  const rs = records([{ id: 't', text, published: '2024-08-06T10:00:00Z', ...(author ? { author, type } : {}) }]);
  for (const r of rs) for (const s of r.statuses) assert.equal(text.slice(s.start, s.end), s.text, text);
  return rs.flatMap((r) => r.statuses.filter((s) => s.topic === 'control').map((s) => `${s.state} ${s.polarity > 0 ? '+' : '-'} ${s.subjectSide ?? '?'} @ ${(s.places ?? r.places).map((p) => p.name).join(',')}`));
}

test('fallen word class: must-not first (things that fall on or in a place, a future loss)', () => {
  const none: [string, string | undefined][] = [
    ['Ukraine\'s air force said debris of a missile fell on Kharkiv overnight.', undefined],
    ['Officials said prices in Kursk fell sharply after the incursion.', undefined],
    ['A Ukrainian commander said Toretsk would probably be lost before long.', undefined],
    ['На Харків впала ракета, пошкоджено будинок.', UA_GS],
    ['Обломки беспилотника упали в Курске, пострадавших нет.', RU_MOD],
  ];
  for (const [text, author] of none) assert.deepEqual(controls(text, author).filter((c) => !c.startsWith('contested')), [], text);
});

test('fallen word class: a place that fell was lost by the side of its country, or taken by the side after "to" (en, ru, uk)', () => {
  const cases: [string, string | undefined, Doc['type'], string][] = [
    ['Russian state television said on Tuesday that Toretsk had fallen.', undefined, undefined, 'lost - UA @ Toretsk'],
    ['A Ukrainian officer said Vuhledar fell to Russian forces on Tuesday.', undefined, undefined, 'holds + RU @ Vuhledar'],
    ['Торецк пал, над зданием администрации поднят флаг.', 'Рыбарь', 'channel', 'lost - UA @ Toretsk'],
    ['Вугледар впав: наші підрозділи вийшли з міста.', UA_GS, undefined, 'lost - UA @ Vuhledar'],
  ];
  for (const [text, author, type, want] of cases) assert.ok(controls(text, author, type).includes(want), `${text}: ${JSON.stringify(controls(text, author, type))}`);
});

const docsOf = (claims: string[]): string[] => [...new Set(claims.map((c) => c.split('#')[0]!))].sort();

test('fallen golden: "Toretsk has fallen" (Russia) against "not taken, fighting goes on" (Ukraine) is a control dispute; Ukraine\'s own "Vuhledar fell" agrees with Russia\'s capture', () => {
  const rs = records([
    { id: 'wire', published: '2024-08-06T12:00:00Z', text: 'Russian state television said on Tuesday that Toretsk had fallen, showing a video of a flag raised over a building in the town.' },
    { id: 'ua-gs', published: '2024-08-06T16:00:00Z', author: UA_GS, text: 'Торецьк росіяни не захопили. У місті тривають важкі бої.' },
    { id: 'ua-blog', published: '2024-10-02T09:00:00Z', author: 'Генеральний штаб ЗСУ', text: 'Вугледар впав: наші підрозділи вийшли з міста на вигідніші рубежі.' },
    { id: 'ru-mod', published: '2024-10-02T08:00:00Z', author: RU_MOD, text: 'Подразделения группировки войск «Восток» полностью освободили город Угледар.' },
  ]);
  const res = compareClaims(rs);
  const control = res.disputes.filter((d) => d.kind === 'control');
  assert.equal(control.length, 1, control.map((d) => d.explanation).join('\n'));
  assert.equal(control[0]!.topic.placeName, 'Toretsk');
  assert.deepEqual(control[0]!.sides.map((s) => docsOf(s.claims).join(',')).sort(), ['ua-gs', 'wire']);
  // Vuhledar: no dispute between the capture and the fall
  assert.ok(!res.disputes.some((d) => d.topic.placeName === 'Vuhledar'), JSON.stringify(res.disputes.map((d) => d.explanation)));
});
