/**
 * Table tests of lane ctlRU (Russian and Ukrainian control and status facts on real channel posts):
 * probes written for each change, in sentences of our own (not in any gold file), with other verbs,
 * tenses, word orders, cases and negations than the gold. Each row lists labels that must be there
 * and labels that must not; a row fails when the machinery it probes is taken out.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';
import { voiceSide } from '../../src/compare/voice.js';
import { checkChannelPosts, checkFactRows, type FactRow, type PostRow } from './fact-labels.js';

/** The rows of this file are posts published on 2024-06-01. */
const checkPosts = (rows: readonly PostRow[]): void => checkChannelPosts(rows, '2024-06-01T10:00:00Z');

describe('control and status predicates by lemma (data/status-lemmas-ruuk.tsv)', () => {
  test('every form of a predicate and its object; an infinitive states nothing', () => {
    const rows: FactRow[] = [
      // the feminine past of "взять под контроль" (no phrase row has it)
      ['Российская группировка взяла под контроль Степовое, сообщили в Минобороны России.', undefined, ['control holds RU 1'], []],
      // three words between the verb and "атак", the owner as an adjective
      ['Подразделения ВСУ отбили за сутки восемь атак российских войск у Торецка, сообщили в Генштабе ВСУ.', undefined, ['advance RU -1'], []],
      // the imperfective, the enemy word as subject
      ['Штурмовые группы противника отступают от Торецка, сообщил Генштаб ВСУ.', undefined, ['control lost RU -1'], []],
      ['ВСУ уходят из Торецка, сообщил Марочко.', undefined, ['control lost UA -1'], []],
      // "в окружение" in the accusative, its side from the subject
      ['Около 300 военных ВСУ попали в окружение под Угледаром, заявил Пушилин.', undefined, ['control encircled UA 1'], []],
      // clearing going on is fighting, not a capture
      ['В Торецке идёт зачистка, сообщил Рогов.', undefined, ['control contested null 1'], ['control holds RU 1']],
      ['Бои за Торецк перешли в решающую фазу, заявил Рогов.', undefined, ['control contested null 1'], []],
      // an aim: no capture
      ['Задача российских войск — вытеснить ВСУ из Торецка, заявил Рогов.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      // a situation word and its predicate with a place between
      ['Ситуация возле Торецка ухудшается, признал Генштаб ВСУ.', undefined, ['situation null -1'], []],
      // a noun of advance with its owner after it; a verb that slows it leaves none
      ['Генштаб ВСУ сообщил о продвижении российских войск у Торецка.', undefined, ['advance RU 1'], []],
      ['Украинские военные пытаются замедлить продвижение российских войск у Торецка, сообщил Генштаб ВСУ.', undefined, [], ['advance RU 1']],
    ];
    checkFactRows(rows);
  });
});

describe('a part held (control-phrases.tsv partial rows)', () => {
  test('a part word near a holds statement makes it part', () => {
    checkFactRows([
      ['Российские войска закрепились в северной части Торецка, сообщил Рогов.', undefined, ['control part RU 1'], ['control holds RU 1']],
      ['ВСУ частично контролируют Торецк, признал Рогов.', undefined, ['control part UA 1'], ['control holds UA 1']],
      ['Российские войска закрепились на окраине Торецка, сообщил Рогов.', undefined, ['control part RU 1'], []],
      // no part word: a whole capture
      ['Российская армия полностью освободила Торецк, сообщили в Минобороны России.', undefined, ['control holds RU 1'], ['control part RU 1']],
    ]);
  });
});

describe('a count after a capture verb', () => {
  test('places and ground taken are control; prisoners are not', () => {
    checkFactRows([
      ['Российские войска освободили 12 кв. км территории у Торецка, сообщили в Минобороны России.', undefined, ['control holds RU 1'], []],
      ['Российские войска освободили ещё один населённый пункт в Запорожской области, сообщили в Минобороны России.', undefined, ['control holds RU 1'], []],
      ['Российские войска захватили 12 военнослужащих ВСУ у Торецка, сообщили в Минобороны России.', undefined, [], ['control holds RU 1']],
    ]);
  });
});

describe("a channel's own voice", () => {
  test('the side its words show (data/voice-words-ruuk.tsv)', () => {
    assert.equal(voiceSide('ВСУшники бросили технику под Торецком.'), 'RU');
    assert.equal(voiceSide('Рашисты снова обстреляли Херсон.'), 'UA');
    assert.equal(voiceSide('Окупанти відступили.'), 'UA');
    assert.equal(voiceSide('ВСУшники и рашисты'), null);
    assert.equal(voiceSide('Армия продвинулась к селу.'), null);
  });
  test('"наши" and subjectless advances are the voice side; no voice, no side', () => {
    checkPosts([
      ['Наши штурмовики продвинулись к Торецку. ВСУшники бросают позиции.', ['advance RU 1'], []],
      ['Рашисты отступают от Торецка. Наши продвинулись на два километра.', ['advance UA 1'], ['advance RU 1']],
      ['Наши штурмовики продвинулись к Торецку.', [], ['advance RU 1', 'advance UA 1']],
      ['ВСУшники отошли от Торецка. Закрепились в опорнике у Торецка и отбивают контратаки.', ['control holds RU 1'], []],
    ]);
  });
  test('"там" reads the war context of the sentence before', () => {
    checkPosts([
      ['Российские штурмовики зашли в Торецк. Сейчас там идёт зачистка.', ['control contested null 1'], []],
      ['В парке Горького открылась выставка. Сейчас там идёт зачистка.', [], ['control contested null 1']],
    ]);
  });
});

describe('whose forces are encircled', () => {
  test('the subject or the noun the participle qualifies; not the encircler', () => {
    checkFactRows([
      ['Украинская группировка, окружённая у Торецка, пытается вырваться, сообщил Рогов.', undefined, ['control encircled UA 1'], []],
      ['Около сотни ВСУшников пытались выбраться из котла у Торецка, сообщил Рогов.', undefined, ['control encircled UA 1'], []],
      ['Российские войска окружили украинскую группировку у Торецка, сообщил Рогов.', undefined, [], ['control encircled RU 1']],
      // half-encircled: a surface stem (the dictionary lacks the word)
      ['Около 500 военных ВСУ оказались в полуокружении у Торецка, заявил Рогов.', undefined, ['control encircled UA 1'], []],
      ['Сотни окупантів потрапили в напівоточення під Торецьком, повідомив Генштаб ЗСУ.', undefined, ['control encircled RU 1'], []],
    ]);
  });
});

describe('Ukrainian forms of the same constructions (stems: no Ukrainian dictionary)', () => {
  test('encirclement, clearing, retreat, a part held, a situation worsening, attacks repelled', () => {
    checkFactRows([
      ['Близько 200 окупантів потрапили в оточення під Торецьком, повідомив Генштаб ЗСУ.', undefined, ['control encircled RU 1'], []],
      ['У Торецьку триває зачистка, повідомили в Генштабі ЗСУ.', undefined, ['control contested null 1'], ['control holds UA 1']],
      ['Російські підрозділи відступають від Торецька, заявив Генштаб ЗСУ.', undefined, ['control lost RU -1'], []],
      ['Українські військові закріпилися в східній частині Торецька, повідомив Генштаб ЗСУ.', undefined, ['control part UA 1'], []],
      ['Ситуація біля Торецька погіршується, визнали в Генштабі ЗСУ.', undefined, ['situation null -1'], []],
      ['Сили оборони відбили за добу вісім атак російських військ біля Торецька, повідомив Генштаб ЗСУ.', undefined, ['advance RU -1'], []],
    ]);
  });
});
