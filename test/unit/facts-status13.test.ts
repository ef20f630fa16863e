/**
 * Table tests of lane status13 (how an advance or a situation stands, read by class: a situation's
 * subject, link and evaluation of data/situation-words.tsv in src/compare/situation.ts, with negation,
 * contrast and another topic; advance verb classes of data/predicates-en.tsv and
 * data/status-phrases*.tsv), each with the nearest misfire it must not take
 * (bench/gold/facts/en/dev-status13.jsonl and ruuk/dev-status13.jsonl hold the dev items).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { wordsOf } from '../../src/compare/lexicon.js';
import { situationStatements } from '../../src/compare/situation.js';
import { checkFactRows } from './fact-labels.js';

/** The polarity of each situation statement of `text` ("other" for another topic). */
function situations(text: string): string[] {
  return situationStatements(text, wordsOf(text)).map((s) => (s.other ? 'other' : String(s.polarity)));
}

describe('a situation read by its parts (src/compare/situation.ts)', () => {
  test('subject, link, evaluation; negation, contrast, coordination; another topic', () => {
    const rows: [string, string[]][] = [
      ['The situation along the whole Zaporizhzhia front remains extremely grave.', ['-1']],
      ['The situation around Siversk is not catastrophic.', ['1']],
      ['The situation in the Lyman sector is difficult but manageable.', ['1']],
      ['The situation in the district is quiet and under control.', ['1']],
      ['The situation on the motorway remains difficult after the storm.', ['other']],
      ['Ситуация под Работино остаётся тревожной.', ['-1']],
      ['Обстановка на Лиманском направлении напряжённая, но контролируемая.', ['1']],
      ['Ситуація на Сіверському напрямку не є загрозливою.', ['1']],
      ['Паводковая обстановка в районе остаётся сложной.', ['other']],
      // an oblique case with no link verb is another noun phrase, no statement
      ['Ситуацию в критической инфраструктуре обсудили на совещании.', []],
      // English needs a link verb
      ['A situation report of critical importance was published.', []],
    ];
    for (const [text, want] of rows) assert.deepEqual(situations(text), want, text);
  });
});

describe('status facts of lane status13', () => {
  test('situations and advances in claims', () => {
    checkFactRows([
      ['The situation on the southern flank of Vuhledar is tense but controlled, Ukraine\'s General Staff said.', undefined, ['situation null 1'], ['situation null -1']],
      ['The situation near Toretsk is no longer critical, Ukraine\'s General Staff said.', undefined, ['situation null 1'], ['situation null -1']],
      ['The situation on the roads near Kyiv remains difficult after the snowfall, Ukraine\'s police said.', undefined, [], ['situation null -1']],
      ['Russian forces continued offensive operations near Kupiansk, Ukraine\'s General Staff said.', undefined, ['advance RU 1'], []],
      ['Russian troops are not conducting offensive operations near Zaporizhzhia, Russia\'s defence ministry said.', undefined, ['advance RU -1'], ['advance RU 1']],
      ['The Russian push toward Huliaipole has run out of steam, Ukraine\'s General Staff said.', undefined, ['advance RU -1'], []],
      ['«Ситуація на Покровському напрямку складна, але контрольована», — заявив Олександр Сирський.', undefined, ['situation null 1'], ['situation null -1']],
      ['«Ворог не припиняє спроб прорватися до Покровська», — заявив Олександр Сирський.', undefined, ['advance RU 1'], ['advance RU -1']],
      ['«Противника зупинено біля Костянтинівки», — заявив Олександр Сирський.', undefined, ['advance RU -1'], []],
      ['«Штурм ворога біля Торецька провалився», — заявив Олександр Сирський.', undefined, ['advance RU -1'], []],
    ]);
  });
});
