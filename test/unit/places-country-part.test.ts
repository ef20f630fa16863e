/**
 * Lane place (issue 9, unseen incidents: "near the village of Pavlivka in eastern Ukraine" was read as
 * the Pavlivka of the Vinnytsia region, far from any front): a part of a country the document names
 * ("eastern Ukraine", «на востоке Украины», «на сході України», "the Donbas", "southern Ukraine")
 * counts as naming the regions of that part (data/place-country-parts.tsv) when the resolver chooses
 * among villages of one name. Every row is a sentence written for this test; the regions expected were
 * decided by reading it (a village of that name in that part of the country: which one the sentence
 * does not say), before the rule.
 * Traps: a village named with its own region keeps it; a name with one reading is not moved; a
 * document that names no part of the country is not changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

/** [text, the surface of the place, the ISO 3166-2 regions one of which its reading must have] */
type Row = [string, string, string[]];

const EAST = ['UA-14', 'UA-09', 'UA-63'];
const DONBAS = ['UA-14', 'UA-09'];

test('places: a part of the country the document names counts as naming its regions', () => {
  const rows: Row[] = [
    ['Marines said they had been thrown into a pointless offensive near the village of Pavlivka in eastern Ukraine.', 'Pavlivka', EAST],
    ['Russian troops attacked Novomykhailivka in eastern Ukraine overnight, the General Staff said.', 'Novomykhailivka', EAST],
    ['Бои идут у села Павловка на востоке Украины, сообщил военкор.', 'Павловка', EAST],
    ['Бої тривають біля Павлівки на Донбасі, повідомили в штабі.', 'Павлівки', DONBAS],
    ['Fighting raged near Pavlivka in the Donbas on Sunday.', 'Pavlivka', DONBAS],
    // traps: a region named with the village decides; an unambiguous town stays; no part named, no change
    ['Shelling hit Pavlivka in the Vinnytsia region, far from eastern Ukraine, officials said.', 'Pavlivka', ['UA-05']],
    ['A missile struck Kramatorsk in eastern Ukraine.', 'Kramatorsk', ['UA-14']],
    ['Shelling hit Odesa in southern Ukraine overnight.', 'Odesa', ['UA-51']],
  ];
  const failures: string[] = [];
  for (const [text, surface, want] of rows) {
    const a = analyze({ id: 'p', text, published: '2022-11-07T10:00:00Z' });
    const p = a.places.find((x) => text.slice(x.start, x.end) === surface);
    if (!p) failures.push(`no place "${surface}" in: ${text}`);
    else if (!want.includes(p.admin1 ?? '')) failures.push(`"${surface}" read as ${p.name} [${p.admin1}], not in ${want.join('/')}: ${text}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});

test('places: the quoted name after an airfield\'s noun is the settlement it is named after', () => {
  /** [text, the surface of the name, the region its place must have, or null: no place] */
  const rows: [string, string, string | null][] = [
    ['Утром беспилотники пытались атаковать аэродром «Миллерово» в Ростовской области.', 'Миллерово', 'RU-ROS'],
    ['Взрывы прогремели на аэродроме «Энгельс», сообщили местные жители.', 'Энгельс', 'RU-SAR'],
    ['Журналіст написав, що на аеродромі «Енгельс» пошкоджено два бомбардувальники.', 'Енгельс', 'RU-SAR'],
    // traps: a unit, a grouping and a plant named in quotation marks stay no place
    ['Бойцы бригады «Терек» отразили атаку, сообщил командир.', 'Терек', null],
    ['Командование группировки войск «Днепр» доложило об обстановке.', 'Днепр', null],
  ];
  const failures: string[] = [];
  for (const [text, surface, want] of rows) {
    const a = analyze({ id: 'p', text, published: '2022-12-27T10:00:00Z' });
    const p = a.places.find((x) => text.slice(x.start, x.end) === surface);
    if (want === null ? p !== undefined : p?.admin1 !== want) failures.push(`"${surface}" read as ${p ? `${p.name} [${p.admin1}]` : 'no place'}, want ${want ?? 'no place'}: ${text}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});
