/**
 * A whole country is no topic for how an advance stands (src/compare/compare.ts statusGroup): on the
 * real Russian corpus, "Russian troops are advancing" placed in Ukraine and a ministry's denial of
 * "fakes" placed in Russia were reported as disputes. The same two statements about one town are a
 * dispute. Texts written for this test; expected values decided by hand before the program ran.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords as records } from './fact-labels.js';

const rows: [string, string, string, number][] = [
  ['a country: an advance and a denial of it are no dispute',
    'Российские войска продвигаются на Украине, заявил Владимир Путин.',
    'Минобороны Украины опровергло сообщения о продвижении российских войск на Украине.', 0],
  ['a town: the same two are a dispute',
    'Российские войска продвигаются в Купянске, заявил Владимир Путин.',
    'Минобороны Украины опровергло сообщения о продвижении российских войск в Купянске.', 1],
  ['a town, in English: advancing against stopped',
    'MOSCOW, Nov 14 (Reuters) - Russian forces are advancing in Kupiansk, the Russian defence ministry said on Thursday.',
    'KYIV, Nov 14 (Reuters) - The Russian advance in Kupiansk has been stopped, Ukraine\'s General Staff said on Thursday.', 1],
];

for (const [name, ru, ua, want] of rows) {
  test(name, () => {
    const recs = [...records('ru', ru, '2024-11-14T09:00:00Z'), ...records('ua', ua, '2024-11-14T10:00:00Z')];
    const status = compareClaims(recs).disputes.filter((d) => d.topic.what.type === 'status' && d.topic.what.topic === 'advance');
    assert.equal(status.length, want, status.map((d) => d.explanation).join('; '));
  });
}
