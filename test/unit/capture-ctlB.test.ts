/**
 * Table tests of lane ctlB: Russian and Ukrainian verbs of taking and clearing a place in their frame
 * (data/capture-verbs-ruuk.tsv, src/compare/capture.ts), and capture participles used as adjectives.
 * Sentences of our own (no gold file's text), each expectation written by hand from what it says.
 * Rows: text, own-voice author or undefined, labels that must be there, labels that must not.
 */
import { describe, test } from 'node:test';
import { morphologyReady } from '../../src/analyze/ruuk/morph.js';
import { checkFactRows, type FactRow } from './fact-labels.js';

morphologyReady();

describe('a verb of taking with a settlement object (capture-verbs-ruuk.tsv)', () => {
  test('every form of «взять» in Russian, the listed forms in Ukrainian', () => {
    const rows: FactRow[] = [
      ['Российские войска взяли Красногоровку, заявил Пушилин.', undefined, ['control holds RU 1'], []],
      ['Российская армия взяла село Работино, заявил Пушилин.', undefined, ['control holds RU 1'], []],
      ['Российские десантники штурмом взяли Крынки, сообщил Рогов.', undefined, ['control holds RU 1'], []],
      ['Подразделения ВСУ взяли Пятихатки, сообщил Генштаб ВСУ.', undefined, ['control holds UA 1'], []],
      // a passive with its agent in the instrumental, the place its subject before it
      ['Красногоровка взята российскими войсками, сообщили в Минобороны России.', undefined, ['control holds RU 1'], []],
      ['Українські війська взяли Роботине, повідомив Генштаб ЗСУ.', undefined, ['control holds UA 1'], []],
      ['Російські війська взяли село Кліщіївка, визнав Генштаб ЗСУ.', undefined, ['control holds RU 1'], []],
      ['Курахове взято російськими військами, визнав Генштаб ЗСУ.', undefined, ['control holds RU 1'], []],
    ];
    checkFactRows(rows);
  });
  test('must not: prisoners, a pause, an aim', () => {
    const rows: FactRow[] = [
      ['Российские военные взяли в плен двух украинских солдат под Торецком, сообщил Рогов.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Окупанти взяли в полон трьох мешканців Курахового, повідомив Генштаб ЗСУ.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Российские войска взяли паузу у Часова Яра, сообщил Рогов.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Украинские военные пытаются взять Работино, сообщил Рогов.', undefined, [], ['control holds UA 1', 'control holds null 1']],
      ['Російські війська намагаються взяти Курахове, повідомив Генштаб ЗСУ.', undefined, [], ['control holds RU 1', 'control holds null 1']],
    ];
    checkFactRows(rows);
  });
});

describe('clearing a place of the enemy is holding it', () => {
  test('passive and active, three languages', () => {
    const rows: FactRow[] = [
      ['Российские подразделения зачистили Красногоровку от противника, заявил Пушилин.', undefined, ['control holds RU 1'], []],
      // the side after «от» is the one cleared out, not the subject
      ['Красногоровка полностью зачищена от ВСУ, сообщил Пушилин.', undefined, ['control holds RU 1'], ['control holds UA 1']],
      ['Центр Торецка зачищен от украинских боевиков, сообщил Рогов.', undefined, ['control holds RU 1'], ['control holds UA 1']],
      ['Українські військові зачистили Курахове від окупантів, повідомив Генштаб ЗСУ.', undefined, ['control holds UA 1'], []],
      ['Село Роботине повністю зачищене від ворога, повідомив Генштаб ЗСУ.', undefined, ['control holds UA 1'], []],
      ['Ukrainian marines cleared the eastern districts of Krynky of Russian troops, the General Staff said.', undefined, ['control holds UA 1'], []],
      ['Russian units have cleared the centre of Toretsk, the defence ministry in Moscow said.', undefined, ['control holds RU 1'], []],
    ];
    checkFactRows(rows);
  });
  test('must not: clearing going on, clearing of mines', () => {
    const rows: FactRow[] = [
      ['В Торецке продолжается зачистка, сообщил Рогов.', undefined, ['control contested null 1'], ['control holds RU 1']],
      ['Українські сапери зачистили від мін поля біля Херсона, повідомив Генштаб ЗСУ.', undefined, [], ['control holds UA 1', 'control holds null 1']],
      ['Российские саперы очистили от мин окраины Торецка и зачистили их от взрывоопасных предметов, сообщил Рогов.', undefined, [], ['control holds RU 1', 'control holds null 1']],
    ];
    checkFactRows(rows);
  });
});

describe('a capture participle as an adjective', () => {
  test('of a noun that names no place: no capture told', () => {
    const rows: FactRow[] = [
      ['Окупанти мародерствують по захоплених будинках у Херсонській області, повідомив Генштаб ЗСУ.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Жители захваченных сёл Запорожской области жалуются на мародёров, сообщил Федоров.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Российские военные грабят дома в захваченных сёлах, заявил Федоров.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Мешканці звільнених сіл Харківщини отримали гуманітарну допомогу, повідомив Синєгубов.', undefined, [], ['control holds UA 1', 'control holds null 1']],
      ['Жители освобождённых территорий получили паспорта, заявил Пушилин.', undefined, [], ['control holds RU 1', 'control holds null 1']],
    ];
    checkFactRows(rows);
  });
  test('of a named place, or after it: still a capture', () => {
    const rows: FactRow[] = [
      ['У захопленому росіянами Мелітополі відбулися вибухи, повідомив Федоров.', undefined, ['control holds RU 1'], []],
      ['Угледар, захваченный российскими войсками, остаётся в руинах, заявил Генштаб ВСУ.', undefined, ['control holds RU 1'], []],
      ['В освобождённой Авдеевке восстанавливают водопровод, сообщил Пушилин.', undefined, ['control holds RU 1'], []],
    ];
    checkFactRows(rows);
  });
});

describe('coordinated predicates of one subject name the side once', () => {
  test('the sideless one is the same statement as its sided partner', () => {
    const rows: FactRow[] = [
      ['Железнодорожная станция Торецка зачищена и перешла под контроль российских войск, сообщил Рогов.', undefined, ['control holds RU 1'], ['control holds null 1']],
      // two places: two statements, the sideless one kept
      ['Роботине зачищене від окупантів, а російські війська взяли Красногорівку, повідомили журналісти.', undefined, ['control holds null 1', 'control holds RU 1'], []],
    ];
    checkFactRows(rows);
  });
});

describe('a control phrase in scare quotes', () => {
  test('is the other side\'s word, mocked: no capture told', () => {
    const rows: FactRow[] = [
      ['Он с иронией отметил, что российские войска «освободили» Работино уже в десятый раз, сообщил Генштаб ВСУ.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      ['Речник ЗСУ зауважив, що окупанти вже вкотре «захопили» Кліщіївку, повідомив Генштаб ЗСУ.', undefined, [], ['control holds RU 1', 'control holds null 1']],
      // a whole sentence quoted is no scare quote
      ['«Российские войска взяли Красногоровку», — заявил Пушилин.', undefined, ['control holds RU 1'], []],
      ['«Бои за Торецк продолжаются», — отметил Рогов.', undefined, ['control contested null 1'], []],
    ];
    checkFactRows(rows);
  });
});
