/**
 * The shared helpers of src/util: regular-expression escaping, the Cyrillic test and the bounded
 * memo. Expected values written by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo, DisjointSets, escapeRegExp, groupBy, hasCyrillic } from '../../src/util/index.js';

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

test('DisjointSets: joined keys share a representative, others keep their own; groups as groupBy sees them', () => {
  const s = new DisjointSets<number>();
  // pairs written by hand: {1,2,5} through a chain, {3,4}, 6 alone, 7 joined to itself
  for (const [a, b] of [[1, 2], [3, 4], [2, 5], [7, 7]] as [number, number][]) s.union(a, b);
  assert.equal(s.find(1), s.find(5));
  assert.equal(s.find(2), s.find(5));
  assert.equal(s.find(3), s.find(4));
  assert.notEqual(s.find(1), s.find(3));
  assert.equal(s.find(6), 6);
  assert.equal(s.find(7), 7);
  const groups = [...groupBy([1, 2, 3, 4, 5, 6, 7], (x) => s.find(x)).values()];
  assert.deepEqual(groups, [[1, 2, 5], [3, 4], [6], [7]]);
  // a long chain: find stays right after path compression, and joining two sets already one is a no-op
  const c = new DisjointSets<string>();
  const keys = Array.from({ length: 1000 }, (_, i) => `k${i}`);
  for (let i = 1; i < keys.length; i++) c.union(keys[i - 1]!, keys[i]!);
  const root = c.find('k0');
  assert.ok(keys.every((k) => c.find(k) === root));
  c.union('k10', 'k999');
  assert.equal(c.find('k500'), root);
});
