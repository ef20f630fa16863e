/**
 * Curated gazetteer rows of data/place-variants.tsv added on branch recall, on the built gazetteer:
 * names an open source gave the wrong entry ('drop' rows: the oblast's names listed under Kyiv City,
 * "White House" under Casablanca) and landmarks claims are placed at (the Zaporizhzhia nuclear
 * plant, the Crimean bridge). Sentences are retellings of public reporting; ids and regions checked
 * by hand (Kyiv Oblast is ISO 3166-2 UA-32, Kyiv City UA-30).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { defaultGazetteer, defaultGazetteerError } from '../../src/analyze/places/gazetteer.js';

type Row = [text: string, mention: string, admin1: string | null, name: string | null];
const ROWS: Row[] = [
  // the oblast, not the city with special status
  ['Фотографии из города Буча Киевской области распространяются в сети.', 'Киевской области', 'UA-32', 'Kyiv Oblast'],
  ['З населених пунктів Київської області вивезли тіла загиблих.', 'Київської області', 'UA-32', 'Kyiv Oblast'],
  ['Police in the Kyiv Oblast reported more bodies.', 'Kyiv Oblast', 'UA-32', 'Kyiv Oblast'],
  // the city itself is still the city
  ['Ракета попала в жилой дом в Киеве.', 'Киеве', 'UA-30', 'Kyiv'],
  // landmarks
  ['Атака беспилотников на Запорожскую АЭС — удар по ядерной безопасности, заявил Лихачев.', 'Запорожскую АЭС', 'UA-23', 'Zaporizhzhia Nuclear Power Plant'],
];

const gaz = defaultGazetteer();
const failure = defaultGazetteerError();
const skip = gaz || (failure && !/not found/.test(failure)) ? false : `no gazetteer is built (${failure ?? 'src/geo'})`;

for (const [text, mention, admin1, name] of ROWS) {
  test(`curated places: ${mention} in ${JSON.stringify(text)} → ${name ?? 'no place'}`, { skip }, () => {
    const start = text.indexOf(mention);
    assert.ok(start >= 0, 'the mention occurs in its text');
    const end = start + mention.length;
    const p = analyze({ id: 'c', text }).places.find((x) => x.start < end && start < x.end);
    if (name === null) assert.equal(p, undefined);
    else {
      assert.equal(p?.name, name, `got ${p ? `${p.name} ${p.admin1}` : 'no place'}`);
      assert.equal(p?.admin1, admin1);
    }
  });
}

test('curated places: "White House" is no name of Casablanca; the landmark is in Washington', { skip }, () => {
  const hits = gaz!.lookup('White House');
  assert.ok(!hits.some((c) => c.entry.id === '2553604'), hits.map((c) => `${c.entry.name} ${c.entry.id}`).join(', '));
  assert.ok(hits.some((c) => c.entry.id === 'cur:white-house' && c.entry.admin1 === 'US-DC'));
});

// The gazetteer knows the bridge in its inflected forms; the recogniser does not yet take an
// adjective with a lower-case noun ("на Крымском мосту") as a mention (left for the places stage).
test('curated places: the gazetteer answers "Крымского моста" and "Crimean Bridge" with the bridge (UA-43)', { skip }, () => {
  for (const s of ['Крымского моста', 'Crimean Bridge', 'Кримський міст']) {
    const best = gaz!.lookup(s)[0];
    assert.equal(best?.entry.id, 'cur:crimean-bridge', s);
    assert.equal(best?.entry.admin1, 'UA-43', s);
  }
});
