/**
 * Golden test of control and status disputes across languages (test/golden/control/, see its
 * README): Russian, Ukrainian and English posts go through the real analyzer (own-voice posts with
 * their author, as the ledger's readers give them), every claim through `extractClaimFacts`, and all
 * through `compareClaims`. The expected disputes and agreements were decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { ClaimRecord } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/control/', import.meta.url));

/** The documents: file, publication time, and the author of an own-voice post (null: a news story). */
const DOCS: { id: string; file: string; published: string; author: string | null }[] = [
  { id: 'ru-mod', file: 'ru-mod-2024-05-05.txt', published: '2024-05-05T08:00:00Z', author: 'Министерство обороны Российской Федерации' },
  { id: 'ua-gs', file: 'uk-general-staff-2024-05-05.txt', published: '2024-05-05T16:00:00Z', author: 'Генеральний штаб ЗСУ' },
  { id: 'wire', file: 'en-wire-2024-05-05.txt', published: '2024-05-05T18:00:00Z', author: null },
  { id: 'ua-cmd', file: 'uk-commander-2024-05-07.txt', published: '2024-05-07T09:00:00Z', author: 'Олександр Сирський' },
  { id: 'ru-mod-shebekino', file: 'ru-mod-2023-06-01.txt', published: '2023-06-01T10:00:00Z', author: 'Министерство обороны Российской Федерации' },
  { id: 'two-majors', file: 'two-majors-2023-06-01.txt', published: '2023-06-01T12:00:00Z', author: 'Два майора' },
];

function records(): ClaimRecord[] {
  return goldenRecords(DIR, DOCS);
}

const docsOf = (claims: string[]): string[] => [...new Set(claims.map((c) => c.split('#')[0]!))].sort();

test('control golden: a Russian capture against Ukrainian "fighting continues", in three languages', () => {
  const res = compareClaims(records(), { windowDays: 1 });
  const control = res.disputes.filter((d) => d.kind === 'control');
  assert.equal(control.length, 1, control.map((d) => d.explanation).join('\n'));
  const d = control[0]!;
  assert.equal(d.topic.placeName, 'Ocheretyne');
  // the capture: the ministry's own post and the wire's report of it
  const holds = d.sides.find((s) => /^RU holds/.test(s.position));
  assert.ok(holds, d.explanation);
  assert.deepEqual(docsOf(holds.claims), ['ru-mod', 'wire']);
  assert.ok(holds.speakers.every((s) => s.side === 'RU'));
  // the answer: the General Staff (uk) and the wire's Ukrainian spokesman, fighting goes on / part held
  const answer = d.sides.filter((s) => s !== holds).flatMap((s) => s.claims);
  assert.deepEqual(docsOf(answer), ['ua-gs', 'wire']);
  assert.ok(d.sides.filter((s) => s !== holds).every((s) => s.speakers.every((x) => x.side === 'UA')));
  // the later withdrawal is no dispute
  assert.ok(!d.sides.some((s) => s.claims.some((c) => c.startsWith('ua-cmd'))));
});

test('control golden: a capture and the other side\'s withdrawal agree', () => {
  const res = compareClaims(records(), { windowDays: 1 });
  const agree = res.agreements.filter((a) => a.kind === 'control' && a.topic.placeName === 'Ocheretyne');
  assert.ok(agree.some((a) => docsOf(a.side.claims).includes('ua-cmd') && docsOf(a.side.claims).includes('ru-mod')), JSON.stringify(agree.map((a) => a.side.position)));
});

test('status golden: an army against its own war bloggers (one side), and nothing across the two episodes', () => {
  const res = compareClaims(records(), { windowDays: 1 });
  const status = res.disputes.filter((d) => d.kind === 'status');
  assert.equal(status.length, 1, status.map((d) => d.explanation).join('\n'));
  const d = status[0]!;
  assert.deepEqual(d.sides.map((s) => docsOf(s.claims).join(',')).sort(), ['ru-mod-shebekino', 'two-majors']);
  assert.ok(d.sides.every((s) => s.speakers.every((x) => x.side === 'RU')), JSON.stringify(d.sides.map((s) => s.speakers)));
  assert.deepEqual(d.sides.map((s) => s.speakers[0]!.official).sort(), [false, true]);
  // nothing else: no figures, no responsibility between the two episodes
  assert.deepEqual(res.disputes.filter((x) => x.kind !== 'control' && x.kind !== 'status').map((x) => x.explanation), []);
});
