/**
 * A place named as a yardstick ("worse than Chernobyl", "the heaviest since Mariupol", "страшнее,
 * чем Чернобыль") is not where the claim is (issue 9, fourth batch: the Zaporizhzhia plant's fire of
 * March 2022 was placed at Chornobyl, named only in "ten times worse than Chernobyl").
 * The sentences are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { venueName, yardstickName } from '../../src/compare/capital.js';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';

function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" is in "${text}"`);
  return [i, i + needle.length];
}

test('yardstickName: a place right after "than", "since", "чем", "ніж" is a yardstick', () => {
  const rows: [string, string, boolean][] = [
    ['The minister said a blast at the dam would be a disaster worse than Chernobyl.', 'Chernobyl', true],
    ['Residents said the shelling of the town was the heaviest since Mariupol.', 'Mariupol', true],
    ['The mayor said losses were higher than in Bucha.', 'Bucha', true],
    ['Губернатор заявил, что последствия будут страшнее, чем Чернобыль.', 'Чернобыль', true],
    ['Міністр заявив, що вибух буде гіршим, ніж у Чорнобилі.', 'Чорнобилі', true],
    // a place of the event stays a place
    ['The minister said troops had shelled the plant near Enerhodar.', 'Enerhodar', false],
    ['Губернатор заявил, что обстрел Херсона продолжался всю ночь.', 'Херсона', false],
    ['Officials said the convoy moved from Kharkiv to Izium since dawn.', 'Izium', false],
    // a comparison word before a sentence break is not this name's ("since" ends its sentence)
    ['The governor said shelling had not stopped since. Izium was hit again on Monday.', 'Izium', false],
  ];
  for (const [text, name, want] of rows) {
    const [s] = at(text, name);
    assert.equal(yardstickName(text, s), want, `${text} / ${name}`);
  }
});

test('claim places: a yardstick place does not place the claim, in its sentence or the next paragraph', () => {
  const text = 'Kuleba said Russian troops were shelling the plant near Enerhodar and warned that a blast would be ten times worse than Chernobyl.\n\nThe defence ministry said Ukrainian saboteurs had fired on a Russian patrol.';
  const a = analyze({ id: 'y', text, published: '2022-03-04T10:00:00Z' });
  const names = a.claims.map((_, i) => extractClaimFacts(a, i)).flatMap((r) => r.places.map((p) => p.name));
  assert.ok(names.length > 0, 'the claims have places');
  assert.ok(!names.includes('Chornobyl'), `no claim is placed at Chornobyl: ${names.join(', ')}`);
});

test('venueName: the place where a speaker spoke is a venue', () => {
  const rows: [string, string, boolean][] = [
    ['The agency chief told a news conference in Geneva that a shell had hit the plant.', 'Geneva', true],
    ['The minister told reporters in Brussels that the dam had been blown up.', 'Brussels', true],
    ['Представитель министерства заявил на брифинге в Москве, что удар нанесли по складу.', 'Москве', true],
    ['Речник сказав журналістам у Києві, що ракета влучила в школу.', 'Києві', true],
    // a place of the event stays a place
    ['The minister told reporters that a shell had hit a school in Kharkiv.', 'Kharkiv', false],
    ['A news conference was held. In Kherson, shelling went on.', 'Kherson', false],
    // a venue word and a preposition with a sentence break between them and the name
    ['The governor told a news conference. In Kherson, shelling went on.', 'Kherson', false],
    // (fix lane fixpl, reviewer 8) a speech place followed by ", where" is where the event happened
    ['Seven people were killed, President Volodymyr Zelensky said in Kharkiv, where the missile hit a residential block.', 'Kharkiv', false],
    ['Выступая в Харькове, где накануне ракета попала в жилой дом, Зеленский заявил, что погибли семь человек.', 'Харькове', false],
    ['Виступаючи в Запоріжжі, де вранці ракета влучила в лікарню, губернатор заявив, що загинули двоє.', 'Запоріжжі', false],
    ['The mayor told reporters in Odesa, where a drone hit a warehouse, that three were hurt.', 'Odesa', false],
    // ... and a comma then any other word leaves the venue a venue
    ['The minister told reporters in Brussels, adding that the dam had been blown up.', 'Brussels', true],
  ];
  for (const [text, name, want] of rows) {
    const [s, e] = at(text, name);
    assert.equal(venueName(text, s, e), want, `${text} / ${name}`);
  }
});

test('claim places: a venue does not place the next paragraph\'s claim', () => {
  const text = 'The agency chief told a news conference in Geneva that a shell had hit the training centre.\n\nThe foreign minister said Russian troops were firing on the plant from all sides.';
  const a = analyze({ id: 'v', text, published: '2022-03-04T10:00:00Z' });
  const names = a.claims.map((_, i) => extractClaimFacts(a, i)).flatMap((r) => r.places.map((p) => p.name));
  assert.ok(!names.includes('Geneva'), `no claim is placed at Geneva: ${names.join(', ')}`);
});
