/**
 * Table tests for Russian and Ukrainian own-voice claims (src/analyze/author/, data/ruuk-own-voice.tsv),
 * the sides of the actors added to data/actors-cyrillic.tsv and data/side-words-ruuk.tsv, and the
 * unit words added to data/units-ruuk.tsv. Every text is written for these tests (not taken from
 * the benchmarks); the expected values were worked out by hand from the rules: an own-voice
 * sentence is a claim when it holds a quantity with a unit, a status phrase, or an event word
 * together with a place, a side word or an organisation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { sideOfPhrase } from '../../src/compare/speaker.js';

/** The contents of the author's own claims of a declared own-voice statement. */
function own(text: string, author = 'Министерство обороны Российской Федерации'): string[] {
  const a = analyze({ id: 't', text, published: '2024-03-01T10:00:00Z', author, authorType: 'organisation', ownVoice: true });
  return a.claims.filter((c) => c.speaker?.fromDocument).map((c) => c.content.map((f) => f.text).join(' | '));
}

describe('own voice in Russian and Ukrainian: event words and side anchors', () => {
  const cases: [string, string, string[]][] = [
    // shooting down, every form, with a side word as the only anchor
    ['ru: "сбит" with a side adjective', 'Вертолёт был сбит украинскими военными.', ['Вертолёт был сбит украинскими военными.']],
    ['ru: "сбили" with "противник"', 'Противник сбил транспортный самолёт.', ['Противник сбил транспортный самолёт.']],
    ['uk: "збили" with "окупанти"', 'Окупанти збили цивільний літак.', ['Окупанти збили цивільний літак.']],
    // terror words with a side noun phrase ("киевский режим", "українське керівництво")
    ['ru: terror act of the Kyiv government', 'Этот террористический акт совершил киевский режим.', ['Этот террористический акт совершил киевский режим.']],
    ['uk: a crime of the Russian leadership', 'Це черговий воєнний злочин російського керівництва.', ['Це черговий воєнний злочин російського керівництва.']],
    // calling the other side's account staged is a claim about who did it (the MoD's "постановочная провокация")
    ['ru: a staged provocation of the Kyiv government', 'Кадры из Ирпеня, распространяемые киевским режимом, являются постановочной провокацией.', ['Кадры из Ирпеня, распространяемые киевским режимом, являются постановочной провокацией.']],
    ['uk: a staging by the occupiers', 'Відео з Ізюма, поширене окупантами, є інсценуванням.', ['Відео з Ізюма, поширене окупантами, є інсценуванням.']],
    // a staging word with no anchor: nothing
    ['ru: a staging word with no anchor', 'Это очередная провокация.', []],
    // casualties anchored by a place
    ['ru: casualties in a named town', 'В Горловке есть погибшие и раненые.', ['В Горловке есть погибшие и раненые.']],
    // no event word: nothing, even with a side word
    ['ru: a side word but no event word', 'Украинское руководство знало о графике полётов.', []],
    // an event word but no anchor: nothing
    ['ru: an event word with no place, side or organisation', 'Все цели были уничтожены.', []],
    ['uk: an event word with no anchor', 'Цілі успішно знищено.', []],
  ];
  for (const [what, text, expected] of cases) test(what, () => assert.deepEqual(own(text), expected));
});

describe('Russian and Ukrainian actors and side words added for the dispute benchmark', () => {
  const cases: [string, string | null][] = [
    ['ОСУВ «Хортиця»', 'UA'],
    ['ОСУВ «Хортица»', 'UA'],
    ['речник ОСУВ «Хортиця» Віктор Трегубов', 'UA'],
    ['Виктор Трегубов', 'UA'],
    ['Олександр Штупун', 'UA'],
    ['Енергоатом', 'UA'],
    ['Энергоатом', 'UA'],
    ['Валентин Резніченко', 'UA'],
    ['Генштаб Беларуси', 'BY'],
    ['Генеральный штаб Вооружённых сил Республики Беларусь', 'BY'],
    ['Міноборони Білорусі', 'BY'],
    ['белорусские военные', 'BY'],
    // "Генштаб" alone stays a role without a side
    ['Генштаб', null],
  ];
  for (const [phrase, side] of cases) test(`${phrase} → ${side}`, () => assert.equal(sideOfPhrase(phrase).side, side));
});

describe('Russian and Ukrainian unit words: ё spellings, officers, загиблих', () => {
  const cases: [string, string, string | null][] = [
    ['Уничтожено до 20 иностранных наёмников.', 'до 20 иностранных наёмников', 'troops'],
    ['Уничтожено до 50 офицеров.', 'до 50 офицеров', 'officers'],
    ['Ліквідовано 3 офіцерів.', '3 офіцерів', 'officers'],
    ['Сбиты 2 самолёта.', '2 самолёта', 'aircraft'],
    ['Сбиты 4 вертолёта.', '4 вертолёта', 'helicopters'],
    ['Уже 10 загиблих, серед них троє дітей.', '10 загиблих', 'killed'],
  ];
  for (const [text, q, unit] of cases) {
    test(text, () => {
      const a = analyze({ id: 't', text, lang: text.includes('і') ? 'uk' : 'ru' });
      const found = a.quantities.find((x) => x.text === q);
      assert.ok(found, `no quantity "${q}" in ${JSON.stringify(a.quantities.map((x) => x.text))}`);
      assert.equal(found.unit, unit);
      assert.equal(text.slice(found.start, found.end), found.text);
    });
  }
});
