/**
 * One settlement, one entry: Who's On First rows without a GeoNames id that lie within 2 km of a
 * GeoNames place of the same region and share one of its names (any Ukrainian or Russian form)
 * are folded into that place at build time (scripts/build-gazetteer.mjs, GAZ_MERGE_KM, 2 by default
 * since lane gaz14; see docs/gazetteer-duplicates.md: a build with GAZ_MERGE_KM=0 keeps both, and the
 * merge rows below are todo there), so compare pairs claims made under either name. Rows checked by hand in data/gazetteer/wof-ua.tsv and cities500.txt:
 * WOF 101869765 «Світлодарськ» (no GeoNames id, 0.5 km from GeoNames 692093 Svetlodarsk, whose
 * own names are Russian only); WOF 1125855845 Zholkva (Zhovkva, 687093); WOF 1125974425 Nezhin
 * (Nizhyn, 699942); WOF 1125964609 Chuguyev (Chuhuiv, 710374); WOF 1125855833 Zhdanov, Mariupol's
 * Soviet name (701822); WOF 101868505 Yunokomunarivsk, Bunhe's name until 2016 (688073).
 * Must not merge: namesakes GeoNames keeps apart a few km from each other in one region (Bykovo
 * the town, 10,700 people, and Bykovo the village, 1,721, in Moscow Oblast, 1.7 km; Ostrytsia
 * 3,986 and 2,368 in Chernivtsi Oblast, 2.8 km).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../src/geo/index.js';

const gz = loadGazetteer();

/** [surface, canonical id, folded-away WOF id, must the canonical be the first candidate] */
const merged: [string, string, string, boolean][] = [
  ['Світлодарськ', '692093', 'wof:101869765', true],
  ['Светлодарск', '692093', 'wof:101869765', true],
  ['Svitlodarsk', '692093', 'wof:101869765', true],
  ['у Світлодарську', '692093', 'wof:101869765', true],
  ['Zholkva', '687093', 'wof:1125855845', true],
  ['Nezhin', '699942', 'wof:1125974425', true],
  ['Chuguyev', '710374', 'wof:1125964609', true],
  ['Zhdanov', '701822', 'wof:1125855833', false],
  ['Yunokomunarivsk', '688073', 'wof:101868505', true],
];

// Folding is on by default (scripts/build-gazetteer.mjs, GAZ_MERGE_KM=2): these rows are todo only on
// a gazetteer built with GAZ_MERGE_KM=0.
const folding = gz.get('wof:101869765') === undefined;
for (const [surface, id, gone, first] of merged) {
  test(`${surface} is one place: ${id}, not ${gone}`, { todo: folding ? false : 'folding is off (GAZ_MERGE_KM=0)' }, () => {
    const ids = gz.lookup(surface).map((c) => c.entry.id);
    assert.ok(ids.includes(id), `${id} among ${ids.join(', ')}`);
    assert.ok(!ids.includes(gone), `${gone} is folded into ${id}`);
    assert.equal(gz.get(gone), undefined);
    if (first) assert.equal(ids[0], id);
  });
}

/** [surface, ids that must all stay separate entries] */
const apart: [string, string[]][] = [
  ['Bykovo', ['570298', '570300']],
  ['Ostrytsa', ['698235', '704666']],
];
for (const [surface, want] of apart) {
  test(`${surface}: namesakes a few km apart stay apart`, () => {
    const ids = gz.lookup(surface).map((c) => c.entry.id);
    for (const id of want) assert.ok(ids.includes(id), `${id} among ${ids.join(', ')}`);
  });
}
