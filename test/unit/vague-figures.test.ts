/**
 * Lane vague: figures said in words, not numbers («сотни», «десятки», «тысячи», «единицы»; Ukrainian
 * «сотні», «десятки», «тисячі», «одиниці») as intervals of data/vague-amounts-ruuk.tsv, compared like
 * numbers when they are a casualty tally («погибших — сотни»); a joint tally of the dead and the
 * wounded is no killed count («убитых и раненых — сотни» does not contradict 63 dead), unless the
 * speaker rejects the other figure's order of magnitude («сотни, а не десятки»): then it says the
 * dead are not in the dozens. Sentences written for these tests (places and speakers of my own, none
 * from a gold file); expected labels written by hand before the rule.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFactRows, kindsBetween, type FactRow } from './fact-labels.js';

describe('vague amounts as casualty figures (facts)', () => {
  const rows: FactRow[] = [
    // a vague word standing for the toll: its interval's floor is the figure's value
    ['Военкор заявил, что погибших под Горловкой — сотни.', undefined, ['q 200 killed'], []],
    ['Блогер написав, що загиблих у Лисичанську — сотні.', undefined, ['q 200 killed'], []],
    ['Местный депутат сообщил, что раненых в Шахтёрске десятки.', undefined, ['q 20 wounded'], []],
    ['Волонтер повідомив, що поранених у Куп’янську вже тисячі.', undefined, ['q 2000 wounded'], []],
    ['Источник в штабе сообщил, что погибших при обстреле Торецка единицы.', undefined, ['q 1 killed'], []],
    // the rejected magnitude after «не» is no figure of its own
    ['Военкор заявил, что погибших под Горловкой — сотни, а не десятки.', undefined, ['q 200 killed'], ['q 20 killed']],
    ['Блогер написав, що загиблих у Лисичанську не десятки, а сотні.', undefined, ['q 200 killed'], ['q 20 killed']],
    // a tally of a part of the people («серед них», «среди них») is no toll of its own
    ['Голова ОВА сказав, що глядачі сиділи в укритті у Ніжині, тож серед них постраждалих одиниці.', undefined, [], ['q 1 wounded']],
    ['Губернатор сообщил, что при ударе по Шебекино среди них раненых единицы.', undefined, [], ['q 1 wounded']],
    // a joint tally of the dead and the wounded is no count of the dead (nor of the wounded)
    ['Канал пишет, что убитых и раненых в Мелитополе — сотни.', undefined, [], ['q 200 killed', 'q 200 wounded']],
    ['Канал пише, що загиблих і поранених у Бердянську — сотні.', undefined, [], ['q 200 killed', 'q 200 wounded']],
    // ... unless the speaker rejects an order of magnitude: "hundreds, not dozens" says the dead are
    // not in the dozens (at least 100)
    ['Бывший командир ополчения написал, что по Мелитополю погибших и раненых — сотни, а не десятки.', undefined, ['q 100 killed'], ['q 200 killed', 'q 200 wounded']],
    ['Колишній командир написав, що загиблих і поранених у Бердянську не десятки, а сотні.', undefined, ['q 100 killed'], ['q 200 killed']],
    // English vague amounts were read before this lane ("hundreds" at least 100, ACLED's floors)
    ['A former commander said hundreds of soldiers were killed in Melitopol.', undefined, ['q 100 killed'], []],
    // precision traps: other senses of the words, another magnitude, things that are no tally
    ['Жители заявили, что десятки лет живут рядом с заводом в Горловке.', undefined, [], ['q 20 people', 'q 20 killed']],
    ['Мэр сообщил, что сотни тысяч беженцев покинули Мелитополь.', undefined, [], ['q 200 people', 'q 200 refugees']],
    ['Губернатор сообщил, что десятки дронов были запущены по Курской области.', undefined, [], ['q 20 drones']],
    ['Мешканці розповіли, що десятки разів чули вибухи у Бердянську.', undefined, [], ['q 20 killed', 'q 20 people']],
    ['Officials said residents had heard explosions dozens of times in Melitopol.', undefined, [], ['q 12 killed', 'q 12 people']],
    ['The mayor said hundreds of thousands of people had left Melitopol.', undefined, [], ['q 100 people']],
  ];
  test('rows', () => checkFactRows(rows));
});

describe('vague amounts against counts (compare)', () => {
  const day = '2024-05-02';
  // [a text published first, one published later that day, the kinds wanted ([] for none)]; the
  // blogger's post comes first in the Russian rows, so that the ministry's lower count later in the day
  // cannot be read as one side's rising update (compare's sameSideUpdate, not this lane's question)
  const rows: [string, string, string[]][] = [
    // hundreds of dead against 63: a dispute inside one side (an official count against a blogger)
    ['Военный блогер Игорь Стрелков написал, что погибших в Мелитополе — сотни.',
      'Министерство обороны России сообщило, что в результате удара по Мелитополю погибли 63 военнослужащих.', ['figures']],
    ['Военный блогер Игорь Стрелков написал, что по Мелитополю погибших и раненых — сотни, а не десятки.',
      'Министерство обороны России сообщило, что в результате удара по Мелитополю погибли 63 военнослужащих.', ['figures']],
    ['Генштаб ЗСУ повідомив, що внаслідок удару по Бердянську загинули 400 військових.',
      'Військовий блогер написав, що загиблих у Бердянську — десятки.', ['figures']],
    // published after the ministry's count, the blogger's figure is no update of it: he is no official
    ['Министерство обороны России сообщило, что в результате удара по Мелитополю погибли 63 военнослужащих.',
      'Военный блогер Игорь Стрелков написал, что по Мелитополю погибших и раненых — сотни, а не десятки.', ['figures']],
    // a joint tally with no rejected magnitude does not contradict a count of the dead alone
    ['Военный блогер Игорь Стрелков написал, что убитых и раненых в Мелитополе — сотни.',
      'Министерство обороны России сообщило, что в результате удара по Мелитополю погибли 63 военнослужащих.', []],
    // dozens of dead agree with 63 dead
    ['Военный блогер Игорь Стрелков написал, что погибших в Мелитополе — десятки.',
      'Министерство обороны России сообщило, что в результате удара по Мелитополю погибли 63 военнослужащих.', []],
    // dozens of drones launched are not what was shot down
    ['Губернатор Курской области сообщил, что над Курской областью сбиты 30 беспилотников.',
      'Военный блогер написал, что десятки дронов были запущены по Курской области.', []],
  ];
  test('rows', () => {
    const bad: string[] = [];
    for (const [a, b, want] of rows) {
      const got = kindsBetween(a, day, b, day).filter((k) => k === 'figures');
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${a}\n  vs ${b}\n  want ${want.join(',') || 'none'}, got ${got.join(',') || 'none'}`);
    }
    assert.deepEqual(bad, []);
  });
});
