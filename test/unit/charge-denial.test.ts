/**
 * A denial word after a preposition of a charge («за фейки об армии») is what someone is punished for, not
 * the speaker's denial (stop 33; the Russian corpus's r10 case: a court sentence "for fakes about the army"
 * set against a prosecutor "controlling" a case in Moscow). Rows written by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/facts.js';

function denials(text: string): number {
  const a = analyze({ id: 't', text, published: '2024-11-12T12:00:00Z', source: 'Москва с огоньком', author: 'Москва с огоньком', authorType: 'channel' });
  return a.claims.reduce((n, _c, i) => n + extractClaimFacts(a, i).statuses.filter((s) => s.denial).length, 0);
}

const ROWS: [string, boolean][] = [
  ['Суд в Москве приговорил женщину-педиатра к 5,5 годам колонии за фейки об армии РФ', false],
  ['Блогера оштрафовали за фейки о ходе специальной военной операции.', false],
  ['В Минобороны назвали фейком сообщения о захвате Работино, заявил Игорь Конашенков.', true],
];

for (const [text, want] of ROWS) test(`${want ? 'a denial' : 'no denial'}: ${text}`, () => assert.equal(denials(text) > 0, want));
