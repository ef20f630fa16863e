/**
 * The gazetteer's key comparison (`utf8Equals`, src/geo/index.ts) must say exactly what encoding the
 * probed key with Buffer and comparing the bytes said before it: equal for the key's own UTF-8 bytes
 * (ASCII, Cyrillic, three- and four-byte characters, a lone surrogate written as U+FFFD), unequal for
 * a byte changed, a byte more or a byte less; and look-ups by id answer the same whether or not the
 * entry was decoded first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer, utf8Equals } from '../../src/geo/index.js';

const KEYS = ['', 'kyiv', 'харків', 'курская область', 'ʼ’', '€ 東京', '𝔘 𐐷x', 'a\ud800b', '\udc00', 'x\ud83d', 'é́'];

test('utf8Equals equals Buffer encoding and comparison', () => {
  for (const key of KEYS) {
    const bytes = Buffer.from(key, 'utf8');
    const padded = Buffer.concat([Buffer.from([7, 7]), bytes, Buffer.from([7])]);
    assert.equal(utf8Equals(padded, 2, 2 + bytes.length, key), true, JSON.stringify(key));
    // must not: one byte more, one byte less, one byte changed
    assert.equal(utf8Equals(padded, 2, 3 + bytes.length, key), false, `longer ${JSON.stringify(key)}`);
    if (bytes.length > 0) {
      assert.equal(utf8Equals(padded, 2, 1 + bytes.length, key), false, `shorter ${JSON.stringify(key)}`);
      for (let i = 0; i < bytes.length; i++) {
        const changed = Buffer.from(bytes);
        changed[i] = changed[i]! ^ 0x01;
        assert.equal(utf8Equals(changed, 0, changed.length, key), changed.equals(bytes), `byte ${i} of ${JSON.stringify(key)}`);
      }
    }
  }
});

test('get and variantsOf by id answer the same before and after the entry is decoded', () => {
  const fresh = loadGazetteer(loadGazetteer().path);
  const c = fresh.lookup('Kharkiv')[0];
  assert.ok(c, 'Kharkiv is in the gazetteer');
  const other = loadGazetteer(loadGazetteer().path);
  // `other` has decoded nothing: its answer comes from the id table
  assert.deepEqual(other.get(c.entry.id), c.entry);
  assert.deepEqual(other.variantsOf(c.entry.id), fresh.variantsOf(c.entry.id));
  assert.equal(fresh.get(c.entry.id), c.entry);
  // must not: an unknown id
  assert.equal(fresh.get('no-such-id'), undefined);
  assert.equal(fresh.variantsOf('no-such-id'), undefined);
});
