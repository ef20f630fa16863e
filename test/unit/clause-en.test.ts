/**
 * Table tests of English predicates read by lemma and clause (src/compare/clause-en.ts,
 * data/predicates-en.tsv; lane ctlEN). The inflection rows check the morphology; the fact rows are
 * probe sentences written by hand for this lane (not in any gold file), with their expected facts
 * worked out from the sentence before the rule was written: other verbs, tenses, voices, word
 * orders and negations than the dev gold's. Places and figures are realistic but approximate.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inflect, irrealisAt, pronounSubject, predicateRows } from '../../src/compare/clause-en.js';
import { wordsOf } from '../../src/compare/lexicon.js';
import { checkFactRows, type FactRow } from './fact-labels.js';

describe('inflect: English verb forms by spelling rules', () => {
  const rows: [string, string | null, string, string, string, string][] = [
    // lemma, irregular, -s, past, participle, -ing
    ['capture', null, 'captures', 'captured', 'captured', 'capturing'],
    ['stop', null, 'stops', 'stopped', 'stopped', 'stopping'],
    ['occupy', null, 'occupies', 'occupied', 'occupied', 'occupying'],
    ['free', null, 'frees', 'freed', 'freed', 'freeing'],
    ['enter', null, 'enters', 'entered', 'entered', 'entering'],
    ['push', null, 'pushes', 'pushed', 'pushed', 'pushing'],
    ['take', 'took taken', 'takes', 'took', 'taken', 'taking'],
    ['leave', 'left', 'leaves', 'left', 'left', 'leaving'],
    ['withdraw', 'withdrew withdrawn', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  ];
  for (const [lemma, irr, s, past, pp, ing] of rows) {
    test(lemma, () => assert.deepEqual(inflect(lemma, irr), { base: lemma, s, past, pp, ing }));
  }
  test('every verb row gives its forms, and each also after "still"', () => {
    const phrases = new Set(predicateRows().map((r) => r.phrase));
    for (const p of ['retook', 'retaken', 'retaking', 'taken * control of', 'still held positions on', 'beaten off', 'was under way', 'encirclements of'].map((x) => x.replace('was under way', 'fighting was under way'))) assert.ok(phrases.has(p), p);
  });
});

describe('clause helpers', () => {
  test('irrealis: "to" + base form, but not after a verb of going on', () => {
    const w = wordsOf('lacked the reserves to retake the town and will continue to hold it');
    assert.equal(irrealisAt(w, w.findIndex((x) => x.w === 'retake')), true);
    assert.equal(irrealisAt(w, w.findIndex((x) => x.w === 'hold')), false);
    const t = wordsOf('units tried to break through and tried to capture the village');
    assert.equal(irrealisAt(t, t.findIndex((x) => x.w === 'break'), true), false);
    assert.equal(irrealisAt(t, t.findIndex((x) => x.w === 'capture'), false), true);
  });
  test('the subject pronoun or bare force noun of a reported clause', () => {
    const rows: [string, string, boolean][] = [
      ['that they had finally taken the town', 'taken', true],
      ['troops had taken the town', 'taken', true],
      ['the brigade still holds its positions', 'still', true],
      ['Russian troops had taken the town', 'taken', false],
      ['the town they had taken', 'taken', false],
    ];
    for (const [text, at, want] of rows) {
      const w = wordsOf(text);
      assert.equal(pronounSubject(w, w.findIndex((x) => x.w === at)), want, text);
    }
  });
});

describe('control and advance by lemma, frame and voice (probe sentences)', () => {
  const rows: FactRow[] = [
    // place-taking verbs in other forms than the listed phrases, with a place as object
    ['Russian troops took the village of Kalynivka after heavy fighting, the defence ministry in Moscow said.', undefined, ['control holds RU 1'], []],
    ["Ukraine's army said on Monday its marines had retaken the village of Pryiutne.", undefined, ['control holds UA 1'], []],
    ['Russian units have left Kozacha Lopan, the regional governor said on Saturday.', undefined, ['control lost RU -1'], []],
    ['The village of Vysoke has been freed, the Ukrainian brigade said in a statement.', undefined, ['control holds UA 1'], []],
    ['Svatove fell to Russian forces in the first weeks of the invasion, the regional governor recalled.', undefined, ['control holds RU 1'], []],
    // no place as object, a future, an infinitive of capability, an adjective: no control
    ['The delegation took the train to Kyiv on Tuesday, officials said.', undefined, [], ['control holds null 1', 'control holds UA 1']],
    ["Russia's defence minister said Moscow would take the city within weeks.", undefined, [], ['control holds RU 1', 'control holds null 1']],
    ['The general said Russia lacked the reserves to retake Kupiansk this year.', undefined, [], ['control holds RU 1', 'control holds null 1', 'control holds UA 1']],
    ['Ukrainian marines still have a foothold on the left bank of the Dnipro, the navy said.', undefined, [], ['control lost UA -1', 'control lost null -1']],
    ['The town of Kupiansk-Vuzlovyi, surrounded by forests, was shelled again overnight, the Ukrainian governor said.', undefined, [], ['control encircled null 1']],
    // a bare force noun or a pronoun as the reported subject is the speaker's
    ["Ukraine's military said troops had pulled out of Orlivka to save lives.", undefined, ['control lost UA -1'], []],
    ['Separatist leader Denis Pushilin said they had taken full control of the town of Sievierne.', undefined, ['control holds RU 1'], []],
    // an area taken is ground gained (an advance), not a place held; persons taken are prisoners
    ["Ukraine's army said its troops had retaken about 30 square kilometres near Vovchansk.", undefined, ['advance UA 1'], ['control holds UA 1']],
    ['Russian forces seized more than 600 square kilometres in October, the Ukrainian monitoring group DeepState said.', undefined, ['advance RU 1'], ['control holds RU 1']],
    ['Russia said its troops had captured 12 square miles near Kurakhove.', undefined, ['advance RU 1'], []],
    ['Russia said its troops had captured 12 Ukrainian soldiers near Kurakhove.', undefined, [], ['advance RU 1', 'control holds RU 1']],
    // named villages are places, a count of settlements is not one place
    ['Russia said its troops had captured the villages of Umanske and Netailove.', undefined, ['control holds RU 1'], []],
    ["Russia's defence ministry said 41 settlements had been liberated since the start of the year.", undefined, [], ['control holds RU 1']],
    // "still fighting in" is no passive of persons
    ["Ukraine's army said its soldiers were still fighting in Toretsk.", undefined, ['control contested null 1'], []],
    // an agent predicate in the passive: the attacker's advance stopped
    ['The enemy was forced back near Toretsk, the Ukrainian brigade said.', undefined, ['advance RU -1'], []],
    ["Ukrainian assaults near Tokmak were beaten off, Russia's defence ministry said.", undefined, ['advance UA -1'], []],
    // negation inside the phrase, and a failure said after it
    ['Russian troops made no gains near Kurakhove last week, the Ukrainian general staff said.', undefined, ['advance RU -1'], ['advance RU 1']],
    ['Ukrainian forces made small gains west of Robotyne, the Institute for the Study of War said.', undefined, ['advance UA 1'], []],
    ['Russian units tried to break through near Pokrovsk, to no avail, the Ukrainian general staff said.', undefined, ['advance RU -1'], ['advance RU 1']],
    // an attempt, and its failure in the same claim: the failure, of the attempt's side
    ['The Ukrainian general staff said Russian units had attempted to push through near Lyman and that the assaults were repelled.', undefined, ['advance RU -1'], ['advance RU 1']],
    ['Russian infantry is trying to break through north of Kupiansk, the Ukrainian brigade said.', undefined, ['advance RU 1'], ['advance RU -1']],
  ];
  test('rows', () => checkFactRows(rows));
});

describe('figures: a casualty word counts the plural noun it governs; a tally\'s day increment (probe sentences)', () => {
  const rows: FactRow[] = [
    ['The Ukrainian military said 40 saboteurs were reportedly killed near Kupiansk.', undefined, ['q 40 killed'], []],
    ['Officials in Kherson said 9 fishermen had been killed by a Russian mine.', undefined, ['q 9 killed'], []],
    ["Russia's defence ministry said at least 30 Ukrainian cadets had been wounded near Sumy.", undefined, ['q 30 wounded'], []],
    // no casualty word after the noun: no casualty unit
    ['Zelenskiy said 40 years of work were lost when Russian missiles hit Kharkiv.', undefined, [], ['q 40 killed']],
    // the General Staff's tally form: a running total and, in brackets, the day's count
    ['Enemy combat losses near Pokrovsk and elsewhere: personnel - about 612,000 (+1,350), tanks - 9,100 (+11).', 'General Staff of the Armed Forces of Ukraine', ['q 612000 troops', 'q 1350 troops', 'q 9100 tanks', 'q 11 tanks'], []],
    ['Ukraine says Russia has lost 9,100 tanks (+ 11) since the invasion began.', undefined, ['q 11 tanks'], []],
  ];
  test('rows', () => checkFactRows(rows));
});
