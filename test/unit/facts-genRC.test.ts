/**
 * Lane genRC: responsibility facts of general phrasings that the dispute benchmark's dev misses showed
 * (docs/disputes-dev-misses-genRC.md), each pinned on the dev sentence that motivated it and on
 * sentences of our own (other places, speakers, word order, language), with the nearest misfire
 * beside them. Labels as test/unit/fact-labels.ts gives them ("resp RU -1").
 */
import { test } from 'node:test';
import { checkFactRows } from './fact-labels.js';

const MOD = 'Министерство обороны Российской Федерации';

test('N1: a strike noun under a negative determiner or a negated light verb is denied, not affirmed', () => {
  checkFactRows([
    // dev, mariupol-maternity-2022-03 (the ministry in its own voice)
    ['Никаких ударов по наземным объектам в районе Мариуполя российские самолёты 9 марта не наносили.', MOD, ['resp RU -1'], ['resp RU 1']],
    // our own: the accused side, another town, the determiner after the side word
    ['ВСУ никаких ударов по рынку в Донецке не наносили, заявил представитель Генштаба ВСУ.', undefined, ['resp UA -1'], ['resp UA 1']],
    // the genitive of negation with no determiner: the light verb's «не» covers the noun before it
    ['Ударов по жилым кварталам Белгорода российская авиация не наносила, заявили в Минобороны России.', undefined, ['resp RU -1'], ['resp RU 1']],
    // Ukrainian: «жодних ... не завдавали»
    ["Жодних ударів по цивільних об'єктах у Херсоні українські військові не завдавали, заявив речник Сил оборони півдня.", undefined, ['resp UA -1'], ['resp UA 1']],
    ['Українські підрозділи ніяких ударів по Енергодару не завдавали, наголосив речник Генштабу ЗСУ.', undefined, ['resp UA -1'], ['resp UA 1']],
  ]);
});

test('N1: a negation of something else beside the strike leaves it affirmed', () => {
  checkFactRows([
    // «никаких» of another noun after a comma
    ['Российские самолёты нанесли удары по позициям ВСУ под Мариуполем, никаких потерь нет, заявили в Минобороны России.', undefined, ['resp RU 1'], ['resp RU -1']],
    ['ВСУ нанесли удар по рынку в Донецке, никаких военных объектов там не было, заявил Денис Пушилин.', undefined, ['resp UA 1'], ['resp UA -1']],
    // a light verb negated in another clause, after a comma
    ['ВСУ наносили удары по Донецку всю ночь, не считаясь с жертвами, заявил Денис Пушилин.', undefined, ['resp UA 1'], ['resp UA -1']],
    ['Російські війська завдали удару по Херсону, жодних військових об\'єктів поруч не було, заявив Олександр Прокудін.', undefined, ['resp RU 1'], ['resp RU -1']],
  ]);
});
