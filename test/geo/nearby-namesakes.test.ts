/**
 * Namesakes and nearby places, on the built gazetteer: a transliteration variant one letter away
 * from the text ("Krasnopolye" for Krasnopillia, which lists Краснополье/Krasnopol'e among its
 * names) competes with an exact main-name namesake, so the places the same sentence names nearby
 * decide. Sentences written for sitrep (fictional); ids checked by hand in cities500:
 * 704343 Krasnopillia, Sumy oblast (UA-59, 50.77 N 35.26 E); 704344 Krasnopolye, Luhansk oblast
 * (UA-09, 48.98 N 39.42 E), 70 km east of Lysychansk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { defaultGazetteer, defaultGazetteerError } from '../../src/analyze/places/gazetteer.js';

type Row = [text: string, mention: string, expected: string];
const ROWS: Row[] = [
  ['Russian drones struck Sumy, Belopolye and Krasnopolye overnight, regional officials said.', 'Krasnopolye', '704343'],
  ['Air raid sirens sounded in Bilopillia and Krasnopolye after the strike on Sumy.', 'Krasnopolye', '704343'],
  ['Fighting near Lysychansk and Krasnopolye continued on Tuesday, a spokesman said.', 'Krasnopolye', '704344'],
];

const gaz = defaultGazetteer();
const failure = defaultGazetteerError();
const skip = gaz || (failure && !/not found/.test(failure)) ? false : `no gazetteer is built (${failure ?? 'src/geo'})`;

for (const [text, mention, expected] of ROWS) {
  test(`nearby namesakes: ${mention} in ${JSON.stringify(text)} → ${expected}`, { skip }, () => {
    const start = text.indexOf(mention);
    const p = analyze({ id: 'n', text }).places.find((x) => x.start === start && x.end === start + mention.length);
    assert.equal(p?.id, expected, `got ${p ? `${p.name} ${p.id} ${p.admin1}` : 'no place'}`);
  });
}

test('nearby namesakes: with no place nearby, the exact main name wins over the one-letter variant', { skip }, () => {
  const p = analyze({ id: 'n', text: 'Shelling hit Krasnopolye overnight.' }).places[0];
  assert.equal(p?.name, 'Krasnopolye');
  assert.notEqual(p?.id, '704343');
});
