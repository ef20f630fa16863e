/**
 * The credit-line scan's first test (attribution/credits.ts): a line is searched for picture-credit
 * leads and agencies only when its lower case holds one of their phrases. That test must never
 * miss a line the case-insensitive patterns match: checked here for every character of the Basic
 * Multilingual Plane against the letters of data/credit-lines.tsv, and on lines written by hand.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CREDIT_FOLD_TRAPS, creditSpans } from '../../src/analyze/attribution/credits.js';
import { table } from '../../src/lexicon/index.js';

describe('credit lines: the lower-case first test', () => {
  it('every character that a lead or agency letter matches case-insensitively lower-cases to that letter, or is a trap', () => {
    const letters = new Set<string>();
    for (const [phrase, role] of table('credit-lines.tsv')) {
      if (role !== 'lead' && role !== 'agency') continue;
      for (const ch of phrase!.toLowerCase()) if (/\S/u.test(ch)) letters.add(ch);
    }
    const res = [...letters].map((p) => [p, new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu')] as const);
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const lower = s.toLowerCase();
      for (const [p, re] of res) {
        if (lower !== p && re.test(s) && !CREDIT_FOLD_TRAPS.test(s)) missed.push(`U+${c.toString(16)} ~ ${p}`);
      }
    }
    assert.deepEqual(missed, []);
  });
  const rows: [string, [number, number][]][] = [
    ['REUTERS/Nina Liashonok', [[0, 22]]],
    ['Photo by Genya Savilov/AFP', [[0, 26]]],
    ['Nina Liashonok/Reuterſ', [[0, 22]]], // a long s: "Reuterſ" is Reuters to a case-insensitive pattern, not in lower case
    ['The army said on Monday that two people were killed.', []],
    ['A Reuters/Ipsos poll showed on Monday that most voters agree.', []], // an agency mid-line, not ending it
    ['Rescuers work at the site. Photo: Roman Pilipey/AFP via Getty Images', [[0, 68]]],
  ];
  for (const [line, want] of rows) {
    it(line, () => assert.deepEqual(creditSpans(line).map((s) => [s.start, s.end]), want));
  }
});
