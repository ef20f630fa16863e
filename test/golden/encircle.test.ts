/**
 * Golden test of encirclement as a control dispute (test/golden/encircle/, see its README): a
 * Russian ministry post (ru), a Ukrainian General Staff post (uk) and English wire copy go through
 * the real analyzer, every claim through `extractClaimFacts`, and all through `compareClaims`. The
 * expected ledger was decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../../src/compare/index.js';
import { goldenRecords } from './records.js';
import type { ClaimRecord } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/encircle/', import.meta.url));

/** The documents: file, publication time, and the author of an own-voice post (null: a news story). */
const DOCS: { id: string; file: string; published: string; author: string | null }[] = [
  { id: 'ru-mod', file: 'ru-mod-2025-11-20.txt', published: '2025-11-20T08:00:00Z', author: 'Министерство обороны Российской Федерации' },
  { id: 'ua-gs', file: 'uk-general-staff-2025-11-21.txt', published: '2025-11-21T09:00:00Z', author: 'Генеральний штаб ЗСУ' },
  { id: 'wire', file: 'en-wire-2025-11-21.md', published: '2025-11-21T18:00:00Z', author: null },
  { id: 'wire2', file: 'en-wire-2025-11-22.md', published: '2025-11-22T18:00:00Z', author: null },
];

function records(): ClaimRecord[] {
  return goldenRecords(DIR, DOCS);
}

const docsOf = (claims: string[]): string[] => [...new Set(claims.map((c) => c.split('#')[0]!))].sort();

test('encirclement golden: "in encirclement" against "no threat of encirclement" is one control dispute, in three languages', () => {
  const res = compareClaims(records(), { windowDays: 1 });
  const control = res.disputes.filter((d) => d.kind === 'control');
  assert.equal(control.length, 1, control.map((d) => d.explanation).join('\n'));
  const d = control[0]!;
  assert.equal(d.topic.placeName, 'Kupiansk');
  const encircled = d.sides.find((s) => /encircled or cut off/.test(s.position));
  const free = d.sides.find((s) => /not encircled/.test(s.position));
  assert.ok(encircled && free, d.explanation);
  // whose forces: Ukraine's, on both sides of the dispute
  assert.match(encircled.position, /^UA's forces/);
  assert.match(free.position, /^UA's forces/);
  assert.deepEqual(docsOf(encircled.claims), ['ru-mod', 'wire']);
  assert.ok(encircled.speakers.length > 0 && encircled.speakers.every((s) => s.side === 'RU'), JSON.stringify(encircled.speakers));
  assert.deepEqual(docsOf(free.claims), ['ua-gs', 'wire']);
  assert.ok(free.speakers.length > 0 && free.speakers.every((s) => s.side === 'UA'), JSON.stringify(free.speakers));
});

test('encirclement golden: a threat of encirclement, "surrounded by fields" and "trying to encircle" are no statements', () => {
  const rs = records().filter((r) => r.documentId === 'wire2');
  assert.ok(rs.length >= 1);
  const encircle = rs.flatMap((r) => r.statuses).filter((f) => f.state === 'encircled');
  assert.deepEqual(encircle.map((f) => f.text), []);
});

test('encirclement golden: a negation after the threat ("загрози оточення ... немає") is kept in the span', () => {
  const text = readFileSync(DIR + 'uk-general-staff-2025-11-21.txt', 'utf8');
  const rs = records().filter((r) => r.documentId === 'ua-gs');
  const f = rs.flatMap((r) => r.statuses).find((s) => s.state === 'encircled');
  assert.ok(f);
  assert.equal(f.polarity, -1);
  assert.equal(text.slice(f.start, f.end), f.text);
  assert.match(f.text, /^Загрози оточення .* немає$/);
});
