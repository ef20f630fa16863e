/**
 * Table-driven tests for the dispute-recall rules of issue 9 written for the sixth dev batch of the
 * dispute gold (lane recall): a shooting-down given as the cause of a military aircraft's loss
 * against "a technical malfunction"; a ministry's "regrouping" of troops out of two coordinated
 * places as its withdrawal from both; an operation's aim ("по освобождению Донбасса") as no
 * capture; an operation "gone to plan" against a retreat "in disorder" as a situation dispute inside
 * one side; and an incident in a third country named by the country, not its code. Texts are
 * realistic retellings of wire copy and ministry posts; expected values decided by hand before the
 * program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';
import { compareEvents } from '../../src/compare/event-compare.js';

/** The compare records of one document. */
function records(id: string, text: string, published: string, extra: { author?: string; authorType?: 'organisation' | 'channel'; ownVoice?: boolean } = {}): ClaimRecord[] {
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: id, textOf: id, published }));
}

/** The cause facts of the claims of `text` whose content holds `words`. */
function causes(text: string, words: string): string[] {
  return records('t', text, '2024-04-19T12:00:00Z')
    .filter((r) => r.content.includes(words))
    .flatMap((r) => (r.events ?? []).filter((e) => e.topic === 'cause').map((e) => e.cause ?? ''));
}

test('a shooting-down is an attack given as the cause; a technical malfunction of a bomber is an accident', () => {
  const rows: [string, string, string[]][] = [
    ['KYIV, April 19 (Reuters) - Ukraine\'s military intelligence agency said Ukrainian air defences had shot the bomber down about 300 km from Ukraine.', 'shot the bomber down', ['attack']],
    ['KYIV, April 19 (Reuters) - The air force said its units shot down a Russian Su-34 fighter-bomber over the Donetsk region.', 'shot down a Russian', ['attack']],
    ['KYIV, April 19 (Reuters) - Ukraine\'s air force said the Russian bomber was downed by a Ukrainian missile system.', 'was downed', ['attack']],
    // negated: no cause given
    ['MOSCOW, April 19 (Reuters) - Russia\'s defence ministry said the bomber had not been shot down.', 'not been shot down', []],
    // the owner's account: an accident, in a claim about a bomber on a combat mission
    ['MOSCOW, April 19 (Reuters) - Russia\'s defence ministry said the bomber crashed while returning to its base after a combat mission, and that the preliminary cause was a technical malfunction.', 'technical malfunction', ['accident']],
  ];
  for (const [text, words, want] of rows) assert.deepEqual(causes(text, words), want, text);
});

test('"technical malfunction" against "shot the bomber down" in one wire story is a cause dispute between the two sides', () => {
  const text = 'KYIV, April 19 (Reuters) - A Russian Tu-22M3 strategic bomber crashed in Russia\'s Stavropol region on Friday.\n\n'
    + 'Russia\'s defence ministry said the plane came down in an unpopulated area while returning to its base after a combat mission, and that the preliminary cause was a technical malfunction.\n\n'
    + 'Ukraine\'s military intelligence agency said Ukrainian air defences had shot the bomber down about 300 km from Ukraine.';
  const got = compareClaims(records('w', text, '2024-04-19T15:45:00Z')).disputes.filter((d) => d.kind === 'cause');
  assert.equal(got.length, 1);
  assert.deepEqual(got[0]!.sides.map((s) => s.speakers.map((x) => x.side).join()).sort(), ['RU', 'UA']);
});

/** The control facts of an own-voice ministry post: state, side and places. */
function control(text: string, author = 'Министерство обороны Российской Федерации'): string[] {
  return records('m', text, '2022-09-10T12:00:00Z', { author, authorType: 'organisation', ownVoice: true })
    .flatMap((r) => r.statuses.filter((s) => s.topic === 'control').map((s) => `${s.state}|${s.polarity}|${s.subjectSide}|${(s.places ?? []).map((p) => p.name).join('+')}`));
}

test('a ministry\'s "regrouping" of troops out of coordinated places is its withdrawal from each of them', () => {
  const rows: [string, string[]][] = [
    ['Командование приняло решение перегруппировать российские войска из районов Балаклеи и Изюма для наращивания усилий на донецком направлении.', ['lost|-1|RU|Balakliia+Izium']],
    // "captured X and Y": a capture of both
    ['Подразделения группировки войск «Центр» освободили населённый пункт Торское и Ямполовку Донецкой Народной Республики.', ['holds|1|RU|Torskoe+Yampolivka']],
  ];
  for (const [text, want] of rows) assert.deepEqual(control(text), want, text);
});

test('an operation\'s aim ("по освобождению Донбасса", "операція зі звільнення") is no capture', () => {
  const rows: [string, string][] = [
    ['Для достижения целей специальной военной операции по освобождению Донбасса войска переброшены под Изюм.', 'Министерство обороны Российской Федерации'],
    ['Триває операція зі звільнення Ізюма, підрозділи ведуть наступ під Ізюмом.', 'Генеральний штаб ЗСУ'],
  ];
  for (const [text, author] of rows) assert.ok(!control(text, author).some((f) => f.startsWith('holds')), text);
});

test('an operation "gone to plan" against a retreat "in disorder" is a situation dispute inside one side', () => {
  const mod = records('mod', 'Перегруппировка войск из районов Балаклеи и Изюма прошла по плану.', '2022-09-10T12:30:00Z', { author: 'Министерство обороны Российской Федерации', authorType: 'organisation', ownVoice: true });
  const blogger = records('st', 'Изюм брошен, войска отходят в беспорядке, бросая технику и склады.', '2022-09-10T18:05:00Z', { author: 'Игорь Стрелков', authorType: 'channel' });
  const facts = (rs: ClaimRecord[]): string[] => rs.flatMap((r) => r.statuses.filter((s) => s.topic === 'situation').map((s) => `${s.polarity}`));
  assert.deepEqual(facts(mod), ['1']);
  assert.deepEqual(facts(blogger), ['-1']);
  const got = compareClaims([...mod, ...blogger]).disputes.filter((d) => d.kind === 'status');
  assert.equal(got.length, 1);
  assert.deepEqual(got[0]!.sides.map((s) => s.speakers.map((x) => x.side).join()).sort(), ['RU', 'RU']);
});

test('an incident in a third country is named by the country, whichever claim opened its group', () => {
  const rec = (id: string, place: { id: string; name: string; admin1: string | null; level: 'city' | 'country' }, side: string, agent: string, polarity: 1 | -1): ClaimRecord => ({
    id: `${id}#0`, documentId: id, index: 0, source: id, outlet: id, textOf: id, published: '2025-09-10T10:00:00Z',
    kind: 'direct', speaker: { name: `speaker ${id}`, side }, content: 'x', start: 0, end: 1, quantities: [], statuses: [],
    places: [{ ...place, country: 'PL' }], placeFrom: 'content', date: '2025-09-10', dateFrom: 'published',
    events: [{ topic: 'responsibility', agentSide: agent, polarity, cause: null, text: 'x', start: 0, end: 1 }],
  }) as unknown as ClaimRecord;
  const recs = [
    rec('a', { id: 'g1', name: 'Wyryki', admin1: 'PL-06', level: 'city' }, 'UA', 'RU', 1),
    rec('b', { id: 'c-pl', name: 'Poland', admin1: null, level: 'country' }, 'RU', 'RU', -1),
  ];
  const got = compareEvents(recs, { windowDays: 3, topic: 'responsibility' }).filter((d) => d.topic.place === 'country:PL');
  assert.equal(got.length, 1);
  assert.equal(got[0]!.topic.placeName, 'Poland');
});
