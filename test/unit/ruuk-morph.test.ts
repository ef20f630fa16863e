/**
 * Name morphology of Russian and Ukrainian (data/ruuk-name-endings.tsv): oblique case forms of
 * surnames and first names back to the nominative, with the case the ending marks. Expected values
 * written by hand from the declension of each name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameForm } from '../../src/analyze/ruuk/morph.js';
import { speakerName } from '../../src/analyze/ruuk/names.js';

const RU: [string, string, string][] = [
  ['Пескова', 'Песков', 'gen'], ['Пескову', 'Песков', 'dat'], ['Песковым', 'Песков', 'ins'], ['Пескове', 'Песков', 'loc'],
  ['Медведева', 'Медведев', 'gen'], ['Путина', 'Путин', 'gen'], ['Путиным', 'Путин', 'ins'],
  ['Москальковой', 'Москалькова', 'gen'], ['Зеленского', 'Зеленский', 'gen'], ['Зеленскому', 'Зеленский', 'dat'],
  ['Шмигаля', 'Шмигаль', 'gen'], ['Алексея', 'Алексей', 'gen'], ['Дмитрия', 'Дмитрий', 'gen'], ['Марии', 'Мария', 'gen'],
  ['Анны', 'Анна', 'gen'], ['Ольги', 'Ольга', 'gen'], ['Владимира', 'Владимир', 'gen'], ['Александра', 'Александр', 'gen'],
  ['Петра', 'Пётр', 'gen'], ['Ивана', 'Иван', 'gen'], ['Олега', 'Олег', 'gen'],
  // indeclinable or already nominative
  ['Шойгу', 'Шойгу', 'nom'], ['Матвиенко', 'Матвиенко', 'nom'], ['Песков', 'Песков', 'nom'],
];
const UK: [string, string, string][] = [
  ['Пєскова', 'Пєсков', 'gen'], ['Пєскові', 'Пєсков', 'dat'], ['Зеленського', 'Зеленський', 'gen'], ['Зеленським', 'Зеленський', 'ins'],
  ['Шевченка', 'Шевченко', 'gen'], ['Шевченкові', 'Шевченко', 'dat'], ['Шмигаля', 'Шмигаль', 'gen'], ['Шмигалеві', 'Шмигаль', 'dat'],
  ['Сергія', 'Сергій', 'gen'], ['Володимира', 'Володимир', 'gen'], ['Олександра', 'Олександр', 'gen'], ['Дмитра', 'Дмитро', 'gen'],
  ['Путіна', 'Путін', 'gen'], ['Медведєва', 'Медведєв', 'gen'], ['Москалькової', 'Москалькова', 'gen'], ['Буданов', 'Буданов', 'nom'],
];

describe('name morphology (ru, uk)', () => {
  for (const [lang, rows] of [['ru', RU], ['uk', UK]] as const) {
    for (const [w, lemma, c] of rows) {
      it(`${lang} ${w} → ${lemma} (${c})`, () => {
        const f = nameForm(w, lang);
        assert.equal(f.lemma, lemma);
        assert.ok(f.cases.includes(c as never), `cases ${f.cases.join(',')}`);
      });
    }
  }
  it('speaker names in an oblique case come out in the nominative', () => {
    // a known actor comes out under its canonical name (Kuleba joined data/actors-cyrillic.tsv at stop 33)
    assert.equal(speakerName('Дмитрия Кулебы', 'ru', true).name, 'Dmytro Kuleba');
    assert.equal(speakerName('Дмитрия Кулешова', 'ru', true).name, 'Дмитрий Кулешов');
    assert.equal(speakerName('Віталія Ковальського', 'uk', true).name, 'Віталій Ковальський');
    assert.equal(speakerName('Эллы Памфиловой', 'ru', true).name, 'Элла Памфилова');
  });
});
