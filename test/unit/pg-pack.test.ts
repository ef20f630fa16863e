/**
 * `packTexts` (src/store/postgres/store.ts): a batch's JSON texts as one byte string with 1-based
 * offsets and byte lengths, as the PostgreSQL writer sends them. Expected values worked out by
 * hand from the UTF-8 byte counts ('Київ' is 4 two-byte letters, 8 bytes).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packTexts } from '../../src/store/postgres/store.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('packTexts: offsets and lengths in bytes, nulls kept as nulls, strings and bytes alike', () => {
  const cases: { name: string; values: (string | Uint8Array | null)[]; offsets: (number | null)[]; lengths: (number | null)[]; bytes: string }[] = [
    { name: 'nothing', values: [], offsets: [], lengths: [], bytes: '' },
    { name: 'one ASCII text', values: ['{"a":1}'], offsets: [1], lengths: [7], bytes: '{"a":1}' },
    { name: 'Cyrillic is two bytes a letter', values: ['"Київ"', '{}'], offsets: [1, 11], lengths: [10, 2], bytes: '"Київ"{}' },
    { name: 'a null between texts takes no bytes', values: ['[1]', null, '[2]'], offsets: [1, null, 4], lengths: [3, null, 3], bytes: '[1][2]' },
    { name: 'an empty text is a zero-length slice', values: ['', 'x'], offsets: [1, 1], lengths: [0, 1], bytes: 'x' },
    { name: 'bytes from a worker go in as they are', values: [utf8('{"b":"ё"}'), 'z'], offsets: [1, 11], lengths: [10, 1], bytes: '{"b":"ё"}z' },
  ];
  for (const c of cases) {
    const p = packTexts(c.values);
    assert.deepEqual(p.offsets, c.offsets, c.name);
    assert.deepEqual(p.lengths, c.lengths, c.name);
    assert.equal(p.bytes.toString('utf8'), c.bytes, c.name);
    // Every text comes back from its slice (what the statement's substring does, 1-based).
    c.values.forEach((v, i) => {
      if (v === null) return;
      const text = typeof v === 'string' ? v : new TextDecoder().decode(v);
      assert.equal(p.bytes.subarray(p.offsets[i]! - 1, p.offsets[i]! - 1 + p.lengths[i]!).toString('utf8'), text, `${c.name}: value ${i}`);
    });
  }
});
