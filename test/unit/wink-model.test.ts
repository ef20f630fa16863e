/**
 * `englishModel` (src/analyze/nlp.ts) assembles wink-eng-lite-web-model from its files and reads the
 * core model without the package's deep copy and `atob` loop: the model must be the package's own,
 * part for part (lane startup14: the output of every analysis depends on it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { englishModel } from '../../src/analyze/nlp.js';

const require = createRequire(import.meta.url);

test('englishModel gives the same core model and parts as require("wink-eng-lite-web-model")', () => {
  const stock = require('wink-eng-lite-web-model') as Record<string, unknown> & { addons: Record<string, unknown> };
  const fast = englishModel() as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
  assert.deepEqual(Object.keys(fast).sort(), Object.keys(stock).sort());
  assert.deepEqual(Object.keys(fast.addons).sort(), Object.keys(stock.addons).sort());
  // the other parts are the package's own loaders (not called here: load-cer-meta-model.js changes
  // its module's state on every call)
  for (const k of Object.keys(stock)) if (k !== 'core' && k !== 'addons') assert.equal(fast[k], stock[k], k);
  for (const k of Object.keys(stock.addons)) assert.equal(fast.addons[k], stock.addons[k], `addons.${k}`);
  const a = (fast.core as () => Record<string, unknown>)();
  const b = (stock.core as () => Record<string, unknown>)();
  assert.ok(a.lexicon instanceof Uint32Array && (a.lexicon as Uint32Array).length > 100_000);
  assert.deepStrictEqual(a, b);
});
