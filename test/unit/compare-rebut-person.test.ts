/**
 * Table-driven tests for denials by the accused of a named killing (lane blame2, issue 9): "Putin had
 * Prigozhin killed" (a side blames another for a person's death) against «Песков назвал абсолютной
 * ложью утверждения, будто Кремль причастен к гибели Пригожина» (the accused calls its involvement in
 * that death a lie). The accusation names no place and no strike, so only the person whose death
 * both texts name links them (src/compare/rebut.ts, person topics; data/death-words.tsv).
 *
 * Every text below was written for this test, in the way wire copy, TASS, RIA Novosti and Ukrinform
 * word such statements; the expected kind (or "no dispute") of each pair was decided by hand from
 * the language, before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DisputeKind } from '../../src/compare/index.js';
import { kindsBetween } from './fact-labels.js';

/** A claim's text and day, a denial's text and day, and the dispute expected between them (null: none). */
type Row = [claim: string, claimDay: string, denial: string, denialDay: string, kind: DisputeKind | null];


const PESKOV_RU = 'Пресс-секретарь президента Дмитрий Песков назвал абсолютной ложью появившиеся на Западе утверждения, будто Кремль причастен к гибели Евгения Пригожина.';
const PESKOV_EN = 'MOSCOW, Aug 25 (Reuters) - Kremlin spokesman Dmitry Peskov said claims of Kremlin involvement in the death of Yevgeny Prigozhin were an absolute lie.';

const ROWS: Row[] = [
  // an accusation of the killing by another side, the accused's denial naming the same death: responsibility
  ['Загибель Пригожина — це демонстративна розправа, яку влаштував Путін, написав радник керівника Офісу Президента Михайло Подоляк.', '2023-08-24',
    PESKOV_RU, '2023-08-25', 'responsibility'],
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed as a signal to the Russian elites.', '2023-08-24',
    PESKOV_EN, '2023-08-25', 'responsibility'],
  ['WASHINGTON, Aug 24 (Reuters) - President Joe Biden said Putin was behind the death of Yevgeny Prigozhin.', '2023-08-24',
    PESKOV_EN, '2023-08-25', 'responsibility'],
  ['WASHINGTON, Aug 24 (Reuters) - President Joe Biden said Putin was behind the death of Yevgeny Prigozhin.', '2023-08-24',
    PESKOV_RU, '2023-08-25', 'responsibility'],
  ['Советник главы Офиса президента Украины Михаил Подоляк заявил, что убийство Пригожина устроил Путин.', '2023-08-24',
    'Дмитрий Песков назвал ложью заявления о причастности Кремля к смерти Пригожина.', '2023-08-24', 'responsibility'],
  ['Вбивство Пригожина організував Путін, заявив радник Офісу Президента Михайло Подоляк.', '2023-08-24',
    PESKOV_RU, '2023-08-26', 'responsibility'],
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s military intelligence chief Kyrylo Budanov said the Kremlin was behind the crash that killed Prigozhin.', '2023-08-24',
    PESKOV_EN, '2023-08-25', 'responsibility'],
  ['Президент Володимир Зеленський заявив, що за загибеллю Пригожина стоїть Путін.', '2023-08-24',
    PESKOV_RU, '2023-08-24', 'responsibility'],
  ['LONDON, Aug 24 (Reuters) - Wagner chief Yevgeny Prigozhin was listed aboard a jet that crashed north of Moscow, killing all ten people on board.\n\nAsked about the crash on Wednesday evening, President Joe Biden said he did not know for a fact what had happened but was not surprised, adding that little happens in Russia without Putin being behind it.', '2023-08-24',
    PESKOV_RU, '2023-08-25', 'responsibility'],
  ['KYIV, Aug 25 (Reuters) - Mykhailo Podolyak said Putin ordered the killing of Prigozhin.', '2023-08-25',
    'MOSCOW, Aug 25 (Reuters) - The Kremlin on Friday called claims of Kremlin involvement in Prigozhin\'s death an absolute lie, spokesman Dmitry Peskov said.', '2023-08-25', 'responsibility'],
  ['Песков: утверждения, будто Кремль причастен к крушению самолёта, на борту которого был Евгений Пригожин, — абсолютная ложь. Об этом заявил пресс-секретарь президента Дмитрий Песков.', '2023-08-25',
    'Загибель Пригожина — це розправа, яку влаштував Путін, написав Михайло Подоляк.', '2023-08-24', 'responsibility'],

  // must-not: a denial of something else (Prigozhin alive; a drone attack on Moscow)
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'Дмитрий Песков назвал фейком сообщения о том, что Евгений Пригожин находится в Африке.', '2023-08-25', null],
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'Дмитрий Песков назвал ложью утверждения, будто Кремль причастен к атаке дронов на Москву.', '2023-08-25', null],
  // must-not: a third party's neutral remark on the death
  ['WASHINGTON, Aug 24 (Reuters) - Pentagon press secretary Pat Ryder said the U.S. assessment was that Prigozhin had likely been killed.', '2023-08-24',
    PESKOV_EN, '2023-08-25', null],
  ['BUCHAREST, Aug 24 (Reuters) - Romania\'s foreign minister said the death of Prigozhin showed how unstable Russia had become.', '2023-08-24',
    PESKOV_EN, '2023-08-25', null],
  ['Евгений Пригожин погиб в авиакатастрофе в Тверской области, сообщило Росавиация.', '2023-08-23',
    'Загибель Пригожина — це розправа, яку влаштував Путін, написав Михайло Подоляк.', '2023-08-24', null],
  // must-not: two voices of one side (both official; an unofficial voice of the accused's own side)
  ['Официальный представитель МИД России Мария Захарова заявила, что Кремль не причастен к гибели Пригожина.', '2023-08-25',
    PESKOV_RU, '2023-08-25', null],
  ['Военный блогер Игорь Гиркин заявил, что убийство Пригожина устроил Путин.', '2023-08-24',
    PESKOV_RU, '2023-08-25', null],
  // must-not: a denial a week and more later, and one a week before
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    PESKOV_EN, '2023-09-08', null],
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    PESKOV_EN, '2023-08-17', null],
  // must-not: the person named in both, but another event (the mutiny, not the death)
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'MOSCOW, Aug 25 (Reuters) - Kremlin spokesman Dmitry Peskov said claims of Kremlin involvement in Prigozhin\'s mutiny were an absolute lie.', '2023-08-25', null],
  ['Заколот Пригожина влаштував сам Путін, заявив радник Офісу Президента Михайло Подоляк.', '2023-08-24',
    PESKOV_RU, '2023-08-25', null],
  // must-not: the denial clears another side than the one accused
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'Речник ГУР Андрій Юсов назвав брехнею заяви про причетність України до загибелі Пригожина.', '2023-08-25', null],
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s presidential adviser Mykhailo Podolyak said Putin had Prigozhin killed.', '2023-08-24',
    'WASHINGTON, Aug 25 (Reuters) - The White House said claims of U.S. involvement in the death of Prigozhin were absurd.', '2023-08-25', null],
  // must-not: no accusation (the doer negated; only "killed")
  ['KYIV, Aug 24 (Reuters) - Ukraine\'s military intelligence said Putin was not behind the death of Prigozhin.', '2023-08-24',
    PESKOV_EN, '2023-08-25', null],
  ['KYIV, Aug 24 (Reuters) - Mykhailo Podolyak said Prigozhin had been killed in the crash.', '2023-08-24',
    PESKOV_EN, '2023-08-25', null],
  // must-not: another person's death, the same accused
  ['Президент Володимир Зеленський заявив, що за загибеллю Пригожина стоїть Путін.', '2023-08-24',
    'Дмитрий Песков назвал ложью утверждения, будто Кремль причастен к гибели Игоря Гиркина.', '2023-08-25', null],
];

test('denials by the accused of a named killing (compare-rebut-person)', () => {
  const failures: string[] = [];
  for (const [claim, cd, denial, dd, kind] of ROWS) {
    const got = kindsBetween(claim, cd, denial, dd);
    const want = kind === null ? [] : [kind];
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`want ${JSON.stringify(want)} got ${JSON.stringify(got)}: ${claim.slice(0, 70)} || ${denial.slice(0, 70)}`);
  }
  assert.deepEqual(failures, []);
});
