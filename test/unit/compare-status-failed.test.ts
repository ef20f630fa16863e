/**
 * Table-driven tests for a failed or repelled attempt to advance as a status (lane facts2, issue 9):
 * "attempts to break through had failed", "failed to advance", "hold all their lines",
 * «попытки ... провалились», «атаки ВСУ ... отбиты», «спроби противника наступати ...
 * провалилися» say the advance of the attacking side did not go on (topic advance, polarity -),
 * against "broke through", "advancing" of the same side, place and days. The texts are written for
 * this test in the way ministries, general staffs and wire copy word front reports; the expected
 * values were decided by hand from the language before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords } from './fact-labels.js';

const records = claimRecords;

/** The advance statuses ("<subject side>|<polarity>") of `text`'s claims. */
function advances(text: string): string[] {
  const out = new Set<string>();
  for (const r of records('t', text, '2023-08-10T12:00:00Z')) for (const s of r.statuses) if (s.topic === 'advance') out.add(`${s.subjectSide}|${s.polarity}`);
  return [...out].sort();
}

test('a failed or repelled attempt to advance: the attacker\'s advance did not go on', () => {
  const rows: [string, string[]][] = [
    ['Russia\'s defence ministry said Ukrainian forces had failed to advance near Bakhmut.', ['UA|-1']],
    ['Russia\'s defence ministry said Ukrainian attempts to break through near Bakhmut had failed.', ['UA|-1']],
    ['Ukraine\'s General Staff said Russian attempts to advance near Bakhmut failed.', ['RU|-1']],
    ['Russia\'s defence ministry said Russian troops hold all their lines near Bakhmut.', ['UA|-1']],
    ['Минобороны России сообщило, что все атаки ВСУ у Бахмута отбиты.', ['UA|-1']],
    ['Минобороны России сообщило, что попытки ВСУ наступать у Бахмута провалились.', ['UA|-1']],
    ['Генштаб ЗСУ повідомив, що спроби російських військ наступати біля Бахмута провалилися.', ['RU|-1']],
  ];
  for (const [text, want] of rows) assert.deepEqual(advances(text), want, text);
});

test('no advance status: a failure that is no attempt to advance', () => {
  const rows: string[] = [
    'Russia\'s defence ministry said talks on a ceasefire near Bakhmut had failed.',
    'Минобороны России сообщило, что переговоры об обмене пленными у Бахмута провалились.',
  ];
  for (const text of rows) assert.deepEqual(advances(text), [], text);
});

test('review4 #2: no advance status for an air attack or a failure of something other than a ground operation', () => {
  const rows: string[] = [
    'Губернатор сообщил, что атака беспилотников ВСУ на Белгород отбита силами ПВО.',
    'The Ryazan governor said a Ukrainian drone attack on the city\'s refinery had failed.',
    'Zelenskiy said Russian attempts to blackmail Ukraine over the Zaporizhzhia plant have failed.',
    'Ukraine\'s air force said a Russian missile attack on Kyiv was repelled by air defence.',
    'Генштаб ЗСУ повідомив, що спроби Росії шантажувати Україну провалилися.',
  ];
  for (const text of rows) assert.deepEqual(advances(text), [], text);
  // a ground operation in the same words stays a status
  assert.deepEqual(advances('Russia\'s defence ministry said Ukrainian attempts to storm positions near Bakhmut had failed.'), ['UA|-1']);
  assert.deepEqual(advances('Минобороны России сообщило, что все атаки ВСУ у Работино отбиты, уничтожено два танка.'), ['UA|-1']);
});

test('repelled attacks against "advancing" of the same side, place and day: a status dispute', () => {
  const ru = records('ru', 'Минобороны России сообщило, что все атаки ВСУ у Бахмута отбиты.', '2023-08-10T10:00:00Z');
  const ua = records('ua', 'Ukraine\'s General Staff said Ukrainian troops were advancing near Bakhmut.', '2023-08-10T18:00:00Z');
  const got = compareClaims([...ru, ...ua]).disputes.filter((d) => d.kind === 'status');
  assert.equal(got.length, 1);
});
