/**
 * `analyze` is pure: a document's analysis does not depend on the documents analysed before it
 * in the same thread. Regression: wink-nlp cached every out-of-vocabulary word it met and then
 * took a cached word as one token, so "Kowalczyk’s" was split until an earlier document had cached
 * it whole; after that the second document below gained a claim spoken by "Kowalczyk’s", and
 * `sitrep ingest --jobs 2` (each worker with its own history) stored other claims and places than
 * `--jobs 1`. The texts are written for this test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import type { Analysis, Document } from '../../src/analyze/types.js';

const doc = (id: string, text: string): Document => ({ id, text, published: '2024-03-02T10:00:00Z', source: 'test', url: null, meta: {} });
const TOWN_HALL = doc('town-hall', 'The senator spoke at a town hall in Dover on Tuesday. Paul then interjected, calling Kowalczyk’s proposed child care ' +
  'credit “a welfare transfer payment.” The audience laughed.');
const DONORS = doc('donors', 'But Pate has not donated to any candidates or campaigns except Kowalczyk’s, election records compiled by a watchdog show.');
const RU = doc('ru', 'Губернатор Белгородской области Вячеслав Гладков заявил, что в Шебекине ранены 2 человека.');

/** The analysis without its timing. */
const untimed = (a: Analysis): unknown => ({ ...a, stats: { ...a.stats, ms: 0 } });

describe('analysis does not depend on earlier documents', () => {
  it('a word another document made known to the tokenizer does not change this one', () => {
    const first = untimed(analyze(TOWN_HALL, { budget: false }));
    assert.deepEqual((first as Analysis).claims.map((c) => c.speaker?.text ?? null).filter((s) => s === 'Kowalczyk’s'), [], 'no claim by "Kowalczyk’s"');
    analyze(DONORS, { budget: false });
    analyze(RU, { budget: false });
    assert.deepEqual(untimed(analyze(TOWN_HALL, { budget: false })), first);
  });

  it('the same documents in either order give the same analyses', () => {
    const docs = [DONORS, TOWN_HALL, RU];
    const fwd = docs.map((d) => untimed(analyze(d, { budget: false })));
    const rev = [...docs].reverse().map((d) => untimed(analyze(d, { budget: false }))).reverse();
    assert.deepEqual(rev, fwd);
  });
});
