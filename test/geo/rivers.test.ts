/**
 * Rivers are no villages: a name with a river noun next to it (data/place-river-words.tsv) or a
 * river name after "the" (data/place-rivers.txt) is left unresolved, since the gazetteer holds no
 * rivers; the town of the same name without them still resolves. Sentences written for sitrep
 * (fictional); ids checked by hand in cities500: 709930 Dnipro (UA-12, 48.47 N 35.04 E), 703656
 * Kupiansk (UA-63, 49.71 N 37.62 E).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { defaultGazetteer, defaultGazetteerError } from '../../src/analyze/places/gazetteer.js';

type Row = [text: string, mention: string, expected: string | null];
const ROWS: Row[] = [
  ['Shelling hit villages along the Oskil river overnight.', 'Oskil', null],
  ['Ukrainian units crossed the Oskol near Kupiansk, the brigade said.', 'Oskol', null],
  ['Ukrainian units crossed the Oskol near Kupiansk, the brigade said.', 'Kupiansk', '703656'],
  ['Russian forces shelled the right bank from across the Dnipro River.', 'Dnipro', null],
  ['Boats were seen on the River Dnipro at dawn.', 'Dnipro', null],
  ['Обстріли біля річки Оскіл тривали всю ніч.', 'Оскіл', null],
  ['Противник пытался переправиться через реку Оскол.', 'Оскол', null],
  ['A drone struck Dnipro on Monday, the mayor said.', 'Dnipro', '709930'],
];

const gaz = defaultGazetteer();
const failure = defaultGazetteerError();
const skip = gaz || (failure && !/not found/.test(failure)) ? false : `no gazetteer is built (${failure ?? 'src/geo'})`;

for (const [text, mention, expected] of ROWS) {
  test(`rivers: ${mention} in ${JSON.stringify(text)} → ${expected ?? 'no place'}`, { skip }, () => {
    const start = text.indexOf(mention);
    assert.ok(start >= 0, 'the mention occurs in its text');
    const end = start + mention.length;
    const p = analyze({ id: 'r', text }).places.find((x) => x.start < end && start < x.end);
    if (expected === null) assert.equal(p, undefined, `no place, got ${p ? `${p.name} ${p.id}` : ''}`);
    else assert.equal(p?.id, expected, `got ${p ? `${p.name} ${p.id} ${p.admin1}` : 'no place'}`);
  });
}
