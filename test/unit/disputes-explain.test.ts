/**
 * The stage-by-stage explanation of a missed gold dispute (bench/disputes-explain.ts): small gold
 * entries and claim records written by hand, with the real compare.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import type { ClaimRecord, EventFact, PlaceRef } from '../../src/compare/types.js';
import { explainMiss, explanationText, groupKeys, meetLevel, tallyStages, type ExplainClaim } from '../../bench/disputes-explain.js';
import type { GoldDispute } from '../../bench/disputes-match.js';

const KRAMATORSK: PlaceRef = { id: '704508', name: 'Kramatorsk', admin1: 'UA-14', country: 'UA', level: 'city' };
const SLOVIANSK: PlaceRef = { id: '700019', name: 'Sloviansk', admin1: 'UA-14', country: 'UA', level: 'city' };
const DONETSK_OBLAST: PlaceRef = { id: '709716', name: 'Donetsk Oblast', admin1: 'UA-14', country: 'UA', level: 'admin1' };
const KHARKIV: PlaceRef = { id: '706483', name: 'Kharkiv', admin1: 'UA-63', country: 'UA', level: 'city' };
const WYRYKI: PlaceRef = { id: 'g1', name: 'Wyryki', admin1: 'PL-06', country: 'PL', level: 'village' };
const POLAND: PlaceRef = { id: 'c-pl', name: 'Poland', admin1: null, country: 'PL', level: 'country' };

const ev = (agentSide: string, polarity: 1 | -1): EventFact => ({ topic: 'responsibility', agentSide, polarity, cause: null, text: 'struck', start: 0, end: 6 });

function claim(doc: string, speaker: string | null, side: string | null, places: PlaceRef[], events: EventFact[] | null, date = '2022-04-08'): ExplainClaim {
  const record = events === null ? null : ({
    id: `${doc}#0`, documentId: doc, index: 0, source: doc, outlet: doc, textOf: doc, published: `${date}T10:00:00Z`,
    kind: 'direct', speaker: { name: speaker, text: speaker, type: null, side, official: true, affiliation: null, sideFrom: null },
    content: 'x', start: 0, end: 1, quantities: [], statuses: [], places, placeFrom: 'content', date, dateFrom: 'published', events,
  } as ClaimRecord);
  return { id: `${doc}#0`, doc, speaker, side, content: 'x', record };
}

const gold: GoldDispute = {
  id: 'station', kind: 'responsibility', what: 'who fired', window: ['2022-04-08', '2022-04-09'],
  place: { name: 'Kramatorsk', admin1: 'UA-14', country: 'UA', alt: [] },
  sides: [
    { side: 'UA', position: 'a Russian strike', speakers: [{ name: 'Pavlo Kyrylenko', side: 'UA' }], documents: ['ua.md'] },
    { side: 'RU', position: 'a Ukrainian missile', speakers: [{ name: "Russia's defence ministry", side: 'RU' }], documents: ['ru.jsonl#1'] },
  ],
};
const deps = { compare: (r: ClaimRecord[]) => compareClaims(r, { agreements: false }).disputes, windowDays: () => 3 };

describe('explainMiss: the first failing stage', () => {
  const cases: [string, ExplainClaim[], string | null][] = [
    ['no claim of the gold speaker', [claim('ua.md', 'Reuters', null, [KRAMATORSK], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KRAMATORSK], [ev('UA', 1)])], 'speaker'],
    ['the speaker has no side', [claim('ua.md', 'Pavlo Kyrylenko', null, [KRAMATORSK], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KRAMATORSK], [ev('UA', 1)])], 'side'],
    ['the claim carries no responsibility fact', [claim('ua.md', 'Pavlo Kyrylenko', 'UA', [KRAMATORSK], null), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KRAMATORSK], [ev('UA', 1)])], 'facts'],
    ['a town against its region named as a town of it', [claim('ua.md', 'Pavlo Kyrylenko', 'UA', [KRAMATORSK], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [SLOVIANSK], [ev('UA', 1)])], 'place'],
    ['five days apart', [claim('ua.md', 'Pavlo Kyrylenko', 'UA', [KRAMATORSK], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KRAMATORSK], [ev('UA', 1)], '2022-04-13')], 'window'],
    ['both blame the same side', [claim('ua.md', 'Pavlo Kyrylenko', 'UA', [KRAMATORSK], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KRAMATORSK], [ev('RU', 1)])], 'compare'],
    ['compare sets them against each other alone (lost in the full ledger)', [claim('ua.md', 'Pavlo Kyrylenko', 'UA', [KRAMATORSK], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KRAMATORSK], [ev('RU', -1)])], 'ledger'],
    ['compare disputes them at another place than the gold', [claim('ua.md', 'Pavlo Kyrylenko', 'UA', [KHARKIV], [ev('RU', 1)]), claim('ru.jsonl#1', 'Ministry of Defence of the Russian Federation', 'RU', [KHARKIV], [ev('RU', -1)])], 'scorer'],
  ];
  for (const [name, claims, stage] of cases) {
    test(name, () => {
      const e = explainMiss(gold, claims, deps);
      assert.equal(e.firstFail, stage, explanationText(e).join('\n'));
      const marked = explanationText(e).filter((l) => l.includes('>>'));
      assert.equal(marked.length, 1);
      assert.match(marked[0]!, new RegExp(`FAIL ${stage}`));
    });
  }
});

describe('meetLevel and groupKeys', () => {
  test('the finest level two claims meet at', () => {
    const rows: [PlaceRef[], PlaceRef[], string][] = [
      [[KRAMATORSK], [KRAMATORSK, KHARKIV], 'place'],
      [[KRAMATORSK], [SLOVIANSK], 'region'],
      [[KRAMATORSK], [KHARKIV], 'country'],
      [[KRAMATORSK], [WYRYKI], 'none'],
    ];
    for (const [a, b, level] of rows) assert.equal(meetLevel(a, b).level, level);
  });
  test('events group at a named region and at a third country, never at a belligerent', () => {
    const rec = claim('a', 'x', 'UA', [KRAMATORSK, DONETSK_OBLAST, WYRYKI, POLAND], [ev('RU', 1)]).record!;
    assert.deepEqual(groupKeys('responsibility', rec).sort(), ['704508', 'country:PL', 'g1', 'region:UA-14'].sort());
    const ua = claim('b', 'x', 'UA', [KRAMATORSK, { ...POLAND, id: 'c-ua', name: 'Ukraine', country: 'UA' }], [ev('RU', 1)]).record!;
    assert.deepEqual(groupKeys('responsibility', ua), ['704508']);
    assert.deepEqual(groupKeys('status', ua).sort(), ['704508', 'region:UA-14']);
  });
});

test('tallyStages counts misses by their first failing stage, in stage order', () => {
  const e = (id: string, s: 'facts' | 'place' | null) => ({ gold: { ...gold, id }, lines: [], firstFail: s });
  assert.deepEqual(tallyStages([e('a', 'place'), e('b', 'facts'), e('c', 'place'), e('d', null)]), [
    { stage: 'facts', count: 1, ids: ['b'] }, { stage: 'place', count: 2, ids: ['a', 'c'] }, { stage: 'none', count: 1, ids: ['d'] },
  ]);
});
