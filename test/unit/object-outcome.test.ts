/**
 * Table-driven tests of object outcome facts (src/compare/object-outcome.ts, lane fate10): what an
 * attack did to one object on an ordered scale (none < damaged < destroyed; a crew alive or lost),
 * in English, Russian and Ukrainian. The sentences are new ones written for these tests (none is in
 * the dispute gold); the expected values were written by hand before the rule was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentVessel, objectFacts, sameObjectName } from '../../src/compare/object-outcome.js';

const LEVEL = ['none', 'damaged', 'destroyed'];

/** `object[:name]=level` of every object fact of the whole of `text`, sorted. */
function facts(text: string, docVessel: string | null = null): string[] {
  const got = objectFacts(text, [{ start: 0, end: text.length }], docVessel);
  for (const f of got) assert.equal(text.slice(f.start, f.end), f.text, text);
  return got.map((f) => `${f.object}${f.name ? `:${f.name}` : ''}=${LEVEL[f.level]}`).sort();
}

test('what a sentence says an attack did to one object', () => {
  const rows: [string, string[]][] = [
    // English
    ['The patrol ship Vasily Bykov was damaged in the attack, the ministry said.', ['ship:vasily=damaged']],
    ["Ukraine's navy said the corvette Ivanovets had been sunk.", ['ship:ivanovets=destroyed']],
    ['The railway was not damaged and trains are running on schedule.', ['rail=none']],
    ['The whole crew survived, the channel wrote.', ['crew=none']],
    ['The strike destroyed a train carrying ammunition.', ['rail=destroyed']],
    ['The blast destroyed cruise missiles as they were carried by train.', ['rail=destroyed']],
    ['The military facilities were not damaged, the governor said.', ['military=none']],
    // Russian
    ['Большой десантный корабль «Ямал» получил повреждения, угрозы его плавучести нет.', ['ship:yamal=damaged']],
    ['По нашим данным, экипаж «Ямала» жив.', ['crew:yamala=none']],
    ['Железнодорожное полотно не повреждено, поезда идут по графику.', ['rail=none']],
    ['Один из кораблей получил незначительные повреждения.', ['ship=damaged']],
    // Ukrainian
    ['Унаслідок удару знищено великий десантний корабель «Ямал».', ['ship:yamal=destroyed']],
    ['Екіпаж зазнав значних втрат.', ['crew=destroyed']],
    ['Вибух знищив крилаті ракети під час їх перевезення залізницею.', ['rail=destroyed']],
    ['Аеродром не пошкоджено.', ['airbase=none']],
    ['Заяви про те, що екіпаж загинув, — брехня.', ['crew=none']],
    // no object: interceptions, weapons destroyed
    ['Air defences destroyed 13 drones over the region.', []],
    ['Средства ПВО уничтожили все восемь ракет.', []],
    ['Сили ППО знищили 20 дронів.', []],
    // the ships that fired are the instrument, the boats the weapon: an interception
    ['Both boats were destroyed by fire from the patrol ship.', []],
    ['Все безэкипажные катера уничтожены огнём патрульного корабля.', []],
    ['Обидва катери знищено вогнем корабля охорони.', []],
    // a destroy word negated says nothing ("not destroyed" may be damaged)
    ['The ship was not destroyed, the ministry said.', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(facts(text), want, text);
});

test('a ship or crew named nowhere in its sentence takes the one vessel of its document', () => {
  assert.deepEqual(facts('По нашим данным, экипаж жив.', 'Котов'), ['crew:kotov=none']);
  assert.deepEqual(facts('За нашими даними, корабель знищено.', 'Ямал'), ['ship:yamal=destroyed']);
  // several ships are not the one vessel
  assert.deepEqual(facts('В результате попадания повреждены два корабля, находившиеся в ремонте.', 'Ямал'), ['ship=damaged']);
  assert.deepEqual(facts('Two ships under repair were damaged.', 'Yamal'), ['ship=damaged']);
});

test('the one vessel of a document: after a ship word, else in guillemets after a word in a text about a ship', () => {
  assert.equal(documentVessel('Дрони уразили корабель «Азов» у порту. Корабель затонув.'), 'Азов');
  assert.equal(documentVessel('Пошук після ураження «Цезаря Кунікова» не вдався. Корабель був у морі.'), 'Цезаря');
  // a plant's name in brackets, and a text that names no ship
  assert.equal(documentVessel('Ракети влучили в завод имени Бутомы («Залив»). Корабль получил повреждения.'), null);
  assert.equal(documentVessel('Удар по нафтобазі «Кристал» у Туапсе.'), null);
  // two ships: none of them
  assert.equal(documentVessel('Уражено корабель «Мінськ» і корабель «Ростов».'), null);
  // a crew counted by its complement is still the one ship's
  assert.deepEqual(facts('За штатом це майже 90 моряків, тож втрати мають бути значними.', 'Цезаря'), ['crew:tsezarya=destroyed']);
});

test('one object named in two languages and cases', () => {
  assert.ok(sameObjectName('yamal', 'yamala'));
  assert.ok(sameObjectName('sergey', 'sergiya'));
  assert.ok(sameObjectName('tsezar', 'tsezarya'));
  assert.ok(!sameObjectName('yamal', 'azov'));
  assert.ok(!sameObjectName('ivan', 'ivanovets'));
});

test('one of several objects is marked so', () => {
  const t = 'Один из кораблей получил незначительные повреждения.';
  assert.equal(objectFacts(t, [{ start: 0, end: t.length }])[0]!.one, false);
  const u = 'Корабль «Ямал» получил повреждения.';
  assert.equal(objectFacts(u, [{ start: 0, end: u.length }])[0]!.one, true);
});
