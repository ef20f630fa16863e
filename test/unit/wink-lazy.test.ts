/**
 * The English model of wink-nlp is loaded only when a document has a paragraph for it: a Russian
 * or Ukrainian document never loads it, and the document that does load it is not charged the
 * loading time against its budget (src/analyze/text/index.ts). Runs in its own process (node --test
 * runs each file in one), so nothing has loaded the model before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze/index.js';
import { winkLoaded } from '../../src/analyze/nlp.js';

test('a Russian post does not load the English model; an English article does, outside its budget', () => {
  const ru = analyzeDoc({ id: 'ru', text: '«Мы готовы к переговорам», — заявил Песков.\nПодробнее: https://t.me/x' });
  assert.equal(ru.lang, 'ru');
  assert.ok(ru.claims.length > 0);
  assert.equal(winkLoaded(), false);
  const t0 = performance.now();
  const en = analyzeDoc({ id: 'en', text: 'The governor said that 12 people were wounded on Tuesday.' });
  const wall = performance.now() - t0;
  assert.equal(winkLoaded(), true);
  assert.equal(en.lang, 'en');
  assert.equal(en.claims.length, 1);
  // the budget left out the model's loading (well over 50 ms: it parses a model of megabytes)
  assert.ok(wall - en.budget.elapsed() > 50, `${en.budget.elapsed()} ms counted of ${wall} ms`);
});
