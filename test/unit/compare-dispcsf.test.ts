/**
 * Table-driven tests for the status rules of lane dispCSF (issue 9, dispute recall on unseen
 * incidents): "no advance at all" said by a voice of the attacking side; an offensive's "advancing"
 * set against the defender's "attacks repelled" said two days later. The sentences are new
 * retellings in the style of channel posts, ministry summaries and wire copy, written for these
 * tests (none is in the dispute gold); expected values written by hand before the rules were run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

/** The compare records of one document. */
function records(id: string, text: string, published: string, extra: { author?: string; authorType?: 'organisation' | 'channel'; ownVoice?: boolean } = {}): ClaimRecord[] {
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: id, textOf: id, published }));
}

/** `topic|polarity|side` of the advance facts of a channel post. */
function advance(text: string, author: string): string[] {
  return records('c', text, '2023-03-05T18:00:00Z', { author, authorType: 'channel' })
    .flatMap((r) => r.statuses.filter((s) => s.topic === 'advance').map((s) => `${s.polarity}|${s.subjectSide}`));
}

test('"no advance at all" from a voice of the attacking side: its own side\'s advance stopped', () => {
  const rows: [string, string, string[]][] = [
    ['Под Марьинкой опять штурм в лоб, опять потери. Никакого продвижения нет, только сожжённая техника на дороге.', 'Игорь Стрелков', ['-1|RU']],
    ['Біля Роботиного знову спроба атаки, але просування немає: ворог тримає висоти.', 'ОСУВ «Таврія»', ['-1|UA']],
    // a plain account of an advance stays one
    ['Под Марьинкой наши подразделения продвинулись на 300 метров.', 'Игорь Стрелков', ['1|RU']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(advance(text, author), want, text);
});

test('an offensive said to advance on one day and said repelled two days later by the defender is a status dispute', () => {
  const ru = records('ru', 'Под Марьинкой продолжается наступление, российские подразделения успешно продвигаются, заявил врио главы ДНР Денис Пушилин.', '2023-03-01T10:00:00Z');
  const ua = records('ua', 'На Мар\'їнському напрямку Сили оборони відбили атаки противника в районі Мар\'їнки, повідомляє Генеральний штаб ЗСУ.', '2023-03-03T07:00:00Z');
  const got = compareClaims([...ru, ...ua]).disputes.filter((d) => d.kind === 'status');
  assert.equal(got.length, 1);
  assert.deepEqual(got[0]!.sides.map((s) => s.polarity).sort(), [-1, 1]);
  // a week apart: two different weeks of fighting, no dispute
  const late = records('ua2', 'На Мар\'їнському напрямку Сили оборони відбили атаки противника в районі Мар\'їнки, повідомляє Генеральний штаб ЗСУ.', '2023-03-08T07:00:00Z');
  assert.equal(compareClaims([...ru, ...late]).disputes.filter((d) => d.kind === 'status').length, 0);
});

test('an advance stopped said by the defender and by a blogger of the attacker: one dispute across the sides, one inside the attacker\'s side', () => {
  const ru = records('ru', 'Под Марьинкой продолжается наступление, российские подразделения успешно продвигаются, заявил врио главы ДНР Денис Пушилин.', '2023-03-01T10:00:00Z');
  const ua = records('ua', 'На Мар\'їнському напрямку Сили оборони відбили атаки противника в районі Мар\'їнки, повідомляє Генеральний штаб ЗСУ.', '2023-03-03T07:00:00Z');
  const blog = records('blog', 'Под Марьинкой опять штурм в лоб, опять потери. Никакого продвижения нет, только сожжённая техника на дороге.', '2023-03-02T20:00:00Z', { author: 'Игорь Стрелков', authorType: 'channel' });
  const got = compareClaims([...ru, ...ua, ...blog]).disputes.filter((d) => d.kind === 'status');
  const pairs = got.map((d) => d.sides.map((s) => s.speakers.map((x) => x.side).join('+')).sort().join(' vs ')).sort();
  assert.deepEqual(pairs, ['RU vs RU', 'RU vs UA']);
  // each side shows its own claims' words
  const across = got.find((d) => d.sides.some((s) => s.speakers.some((x) => x.side === 'UA')))!;
  assert.ok(!across.sides.some((s) => s.position.includes('Никакого продвижения нет')), across.sides.map((s) => s.position).join(' | '));
});
