/**
 * A capital for its government (data/sides.tsv kind `capital`, lane resp14: «Киев отрицает причастность»)
 * is not the side of a channel whose name holds the capital («Москва - новостная», a city news channel of
 * the Russian corpus whose post on fake shop discounts was set against a governor's strike report; stop 33).
 * Rows written by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { speakerInfo } from '../../src/compare/speaker.js';

const ROWS: [string, string, string | null][] = [
  ['Москва - новостная', 'Продавцов на маркетплейсах проверят на фейковые скидки в Чёрную пятницу.', null],
  ['Киев сегодня', 'Продавцов на маркетплейсах проверят на фейковые скидки в Чёрную пятницу.', null],
];

for (const [channel, text, want] of ROWS) {
  test(`${channel}: ${want ?? 'no side'}`, () => {
    const a = analyze({ id: 't', text, published: '2024-11-15T12:00:00Z', source: channel, author: channel, authorType: 'channel' });
    const own = a.claims.filter((x) => x.speaker?.fromDocument);
    assert.ok(own.length > 0, 'the post gives a claim in the channel\'s voice');
    for (const c of own) assert.equal(speakerInfo(a, c).side, want);
  });
}

test('a capital as the whole speaker still speaks for its government', () => {
  const a = analyze({ id: 't', text: 'Москва отвергла обвинения в ударе по Одессе.', published: '2024-11-15T12:00:00Z', source: 'Украинская правда' });
  const sides = a.claims.map((c) => speakerInfo(a, c).side);
  assert.ok(sides.includes('RU'), JSON.stringify(sides));
});
