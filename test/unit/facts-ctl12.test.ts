/**
 * Table tests of lane ctl12 (English control and status read by clause: a side, a verb class by lemma
 * of data/predicates-en.tsv, its place and its polarity or modality): each construction with a
 * sentence of our own in a wording no earlier row named, and the nearest misfire it must not take
 * (bench/gold/facts/en/dev-ctl12.jsonl holds the dev items).
 */
import { describe, test } from 'node:test';
import { checkFactRows, type FactRow } from './fact-labels.js';

describe('verb classes by lemma, in any tense and voice (data/predicates-en.tsv)', () => {
  test('taking, holding and leaving a place', () => {
    checkFactRows([
      ['Kherson-region officials said Hola Prystan had fallen to Russian forces.', undefined, ['control holds RU 1'], ['control lost UA -1']],
      ['Marinka is now under the full control of Russian troops, the ministry said.', undefined, ['control holds RU 1'], ['situation null 1']],
      ['Lyman was taken by Ukrainian troops, the ministry in Kyiv said.', undefined, ['control holds UA 1'], []],
      ['Ukrainian forces now hold Klishchiivka, the brigade said.', undefined, ['control holds UA 1'], []],
      ['Russian forces have established control over Pokrovsk, the ministry said.', undefined, ['control holds RU 1'], []],
      ['Russian forces no longer control Snihurivka, the governor said.', undefined, ['control lost RU -1'], ['control holds RU -1']],
      ['Ukrainian marines have been pushed out of Krynky, the governor said.', undefined, ['control lost UA -1'], []],
      ['Russian troops were expelled from Bilohorivka, the general staff said.', undefined, ['control lost RU -1'], []],
      ['Ukrainian troops fell back from Ocheretyne, the spokesman said.', undefined, ['control lost UA -1'], []],
      ['Ukraine pulled its troops back from the village of Ocheretyne, a spokesman said.', undefined, ['control lost UA -1'], []],
      ['Russian forces have been driven back from the outskirts of Kharkiv, the governor said.', undefined, ['control lost RU -1'], []],
    ]);
  });
  test('part of a place', () => {
    checkFactRows([
      ['Russian troops have entered the centre of Vuhledar, a blogger said.', undefined, ['control part RU 1'], ['control holds RU 1']],
      ['Russian forces have pushed into the southern districts of Avdiivka, bloggers said.', undefined, ['control part RU 1'], []],
      ['Ukrainian troops have established a foothold on the left bank of the Dnipro, Yermak said.', undefined, ['control part UA 1'], []],
      ['Ukrainian forces are still holding parts of Sievierodonetsk, Haidai said.', undefined, ['control part UA 1'], []],
      ['Russia now controls most of Bakhmut, the British defence ministry said.', undefined, ['control part RU 1'], []],
    ]);
  });
  test('an advance going on or stopped, a situation', () => {
    checkFactRows([
      ['Russian forces are pushing towards Pokrovsk from the east, the General Staff said.', undefined, ['advance RU 1'], []],
      ['Ukrainian forces are on the offensive in the Kursk region, Syrskyi said.', undefined, ['advance UA 1'], []],
      ['Russian attempts to storm the town were thwarted, the Ukrainian command said.', undefined, ['advance RU -1'], []],
      ['The situation near Kurakhove has deteriorated sharply, an analyst said.', undefined, ['situation null -1'], []],
      ['Russian forces are closing in on Pokrovsk, the governor said.', undefined, ['advance RU 1'], []],
      ['Russian troops have made no progress near Toretsk, the spokesman said.', undefined, ['advance RU -1'], ['advance RU 1']],
      ['Russian forces are storming Toretsk, the General Staff said.', undefined, ['advance RU 1'], []],
      ['Ukrainian troops stopped the Russian advance near Kharkiv, the spokesman said.', undefined, ['advance RU -1'], []],
      ['Ukrainian troops have moved forward near Bakhmut, Syrskyi said.', undefined, ['advance UA 1'], []],
      ['The front line is stable, the spokesman said.', undefined, ['situation null 1'], []],
      // positions held near a place are part of the front there, not the place whole
      ['Ukrainian troops are holding their positions near Chasiv Yar, the brigade said.', undefined, ['control part UA 1'], ['control holds UA 1']],
      // two opposite situations joined by "but": the second is the claim's
      ['The situation is difficult but under control, the governor said.', undefined, ['situation null 1'], ['situation null -1']],
    ]);
  });
  test('"talks were held", "the loss of life": a verb or noun of many senses needs its place', () => {
    checkFactRows([
      ['Talks in Istanbul were held on Monday, the ministry said.', undefined, [], ['control holds null 1']],
      ['Russia stopped gas supplies to Europe, the company said.', undefined, [], ['advance UA -1', 'advance RU -1', 'advance null -1']],
      ['The Ukrainian military acknowledged the loss of Vuhledar, the report said.', undefined, ['control lost UA -1'], []],
    ]);
  });
});

describe('no fact: forecasts, conditions, questions, history, other situations', () => {
  test('must-not rows', () => {
    checkFactRows([
      ['Russian forces could capture Kurakhove within weeks, a Western official said.', undefined, [], ['control holds RU 1']],
      ['Russian troops might reach the outskirts of Pokrovsk soon, analysts said.', undefined, [], ['advance RU 1']],
      ['If Russian forces take Pokrovsk, they could cut a key road, analysts said.', undefined, [], ['control holds RU 1']],
      ['Reporters asked whether Russian forces had captured Soledar.', undefined, [], ['control holds RU 1']],
      ['The Red Army liberated Kharkiv in August 1943, the mayor recalled.', undefined, [], ['control holds null 1', 'control holds UA 1', 'control holds RU 1']],
      ['The fire at the fuel depot was brought under control by morning, the emergency services said.', undefined, [], ['situation null 1']],
    ]);
  });
});
