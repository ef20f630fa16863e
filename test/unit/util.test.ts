/**
 * The shared helpers of src/util: regular-expression escaping, the Cyrillic test and the bounded
 * memo. Expected values written by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo, escapeRegExp, hasCyrillic } from '../../src/util/index.js';

test('escapeRegExp: every special character matches itself, others are left alone', () => {
  const rows: [string, string][] = [
    ['N.J.', 'N\\.J\\.'],
    ['a+b*(c)?', 'a\\+b\\*\\(c\\)\\?'],
    ['[x]{2}|^$\\', '\\[x\\]\\{2\\}\\|\\^\\$\\\\'],
    ['Харків', 'Харків'],
    ["O'Brien - ok", "O'Brien - ok"],
    ['', ''],
  ];
  for (const [s, want] of rows) {
    assert.equal(escapeRegExp(s), want, s);
    assert.ok(new RegExp(`^${escapeRegExp(s)}$`).test(s), s);
  }
  // an escaped dot no longer matches any character
  assert.equal(new RegExp(escapeRegExp('N.J.')).test('NXJX'), false);
});

test('hasCyrillic: any character of U+0400–U+04FF, Russian and Ukrainian letters alike', () => {
  const rows: [string, boolean][] = [
    ['Kharkiv', false],
    ['Харків', true],
    ['ї', true],
    ['Ё', true],
    ['ґ', true],
    ['Kupiansk (Купянськ)', true],
    ['ÄÖÜ ß é', false],
    ['Ωμέγα', false],
    ['', false],
  ];
  for (const [s, want] of rows) assert.equal(hasCyrillic(s), want, s);
});

test('BoundedMemo: computes once per key, remembers undefined and null, clears when full', () => {
  const calls: string[] = [];
  const m = new BoundedMemo<string, number | undefined>(3);
  const f = (k: string): number | undefined => (calls.push(k), k === 'none' ? undefined : k.length);
  assert.equal(m.get('ab', f), 2);
  assert.equal(m.get('ab', f), 2);
  assert.equal(m.get('none', f), undefined);
  assert.equal(m.get('none', f), undefined);
  assert.deepEqual(calls, ['ab', 'none']);
  assert.equal(m.size, 2);
  m.get('abc', f);
  assert.equal(m.size, 3);
  // the fourth key finds the memo full: it is cleared, then holds the new key alone
  m.get('abcd', f);
  assert.equal(m.size, 1);
  assert.equal(m.get('ab', f), 2);
  assert.deepEqual(calls, ['ab', 'none', 'abc', 'abcd', 'ab']);
});
