/**
 * The `dates` stage: date mentions resolved against the publication date.
 * Every expected date was worked out by hand with a calendar (checked with `date -d`):
 * 2024-08-07 is a Wednesday, 2024-08-05 a Monday, 2024-07-29 a Monday, 2024-03-04 a Monday,
 * 2024-02-29 a Thursday, 2025-01-01 a Wednesday, 2024-12-23 and 2024-12-30 Mondays,
 * 2024-12-28 a Saturday, 2024-01-10 a Wednesday.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

type Want = [text: string, date: string | null, precision: 'day' | 'week' | 'month' | 'year'];

const WED = '2024-08-07'; // a Wednesday

const CASES: [name: string, published: string | null, text: string, want: Want[]][] = [
  // Bare weekdays: past by default, future only with a future cue in the clause.
  ['weekday before publication', WED, 'Russian forces shelled the town on Tuesday.', [['Tuesday', '2024-08-06', 'day']]],
  ['weekday = publication day', WED, 'The governor spoke on Wednesday.', [['Wednesday', '2024-08-07', 'day']]],
  ['weekday after publication day, past tense', WED, 'Troops withdrew on Thursday.', [['Thursday', '2024-08-01', 'day']]],
  ['weekday, future cue "will"', WED, 'The two leaders will meet on Thursday.', [['Thursday', '2024-08-08', 'day']]],
  ['weekday, future cue "scheduled"', WED, 'Talks are scheduled for Friday.', [['Friday', '2024-08-09', 'day']]],
  ['weekday, future "will" on the publication day', WED, 'They will meet on Wednesday.', [['Wednesday', '2024-08-07', 'day']]],
  ['weekday, "is due to"', WED, 'A delegation is due to arrive on Saturday.', [['Saturday', '2024-08-10', 'day']]],
  ['past and future weekday in one sentence', WED, 'Officials said on Tuesday that they will meet on Thursday.',
    [['Tuesday', '2024-08-06', 'day'], ['Thursday', '2024-08-08', 'day']]],
  ['past verb group before the date wins over a later "will"', WED, 'The president, who visited on Friday, will return.', [['Friday', '2024-08-02', 'day']]],
  ['passive future "will be held"', WED, 'The summit will be held on Friday.', [['Friday', '2024-08-09', 'day']]],
  ['future cue after a sentence-initial date', WED, 'On Friday, the president will travel to Kyiv.', [['Friday', '2024-08-09', 'day']]],
  ['weekday with a clock time', WED, 'The strike came at 5pm on Tuesday.', [['Tuesday', '2024-08-06', 'day']]],
  ['weekday across a month, leap day', '2024-03-04', 'The bridge was hit on Thursday.', [['Thursday', '2024-02-29', 'day']]],
  ['weekday across a year', '2025-01-01', 'The drones struck on Saturday.', [['Saturday', '2024-12-28', 'day']]],
  // Casual relative dates.
  ['yesterday', WED, 'Yesterday a drone hit a school.', [['Yesterday', '2024-08-06', 'day']]],
  ['last night', WED, 'Last night the city was shelled.', [['Last night', '2024-08-06', 'day']]],
  ['overnight (the night before publication)', WED, 'Russia launched 40 drones overnight.', [['overnight', '2024-08-06', 'day']]],
  ['this morning', WED, 'Sirens sounded this morning.', [['this morning', '2024-08-07', 'day']]],
  ['3 days ago', WED, 'The village fell 3 days ago.', [['3 days ago', '2024-08-04', 'day']]],
  ['last week (ISO week, Monday)', WED, 'Last week, the army advanced.', [['Last week', '2024-07-29', 'week']]],
  ['this week', '2025-01-01', 'Fighting intensified this week.', [['this week', '2024-12-30', 'week']]],
  ['last week across a year', '2025-01-01', 'The talks failed last week.', [['last week', '2024-12-23', 'week']]],
  ['earlier this month', WED, 'Earlier this month, the army said it had lost 12 tanks.', [['Earlier this month', '2024-08-01', 'month']]],
  ['last month', WED, 'Ukraine struck the airfield last month.', [['last month', '2024-07-01', 'month']]],
  ['last year', WED, 'The bridge was rebuilt last year.', [['last year', '2023-01-01', 'year']]],
  // Absolute dates.
  ['in 2022', WED, 'The town fell in 2022.', [['2022', '2022-01-01', 'year']]],
  ['in late 2023', WED, 'In late 2023 the offensive stalled.', [['2023', '2023-01-01', 'year']]],
  ['in February 2022', WED, 'It was occupied in February 2022.', [['February 2022', '2022-02-01', 'month']]],
  ['on 5 August', WED, 'The brigade attacked on 5 August.', [['5 August', '2024-08-05', 'day']]],
  ['August 12, 2024', WED, 'Elections are set for August 12, 2024.', [['August 12, 2024', '2024-08-12', 'day']]],
  ['Aug. 6, 2024', WED, 'The report, dated Aug. 6, 2024, was leaked.', [['Aug. 6, 2024', '2024-08-06', 'day']]],
  ['numeric date is day-first', WED, 'The order of 06/08/2024 was published.', [['06/08/2024', '2024-08-06', 'day']]],
  ['numeric date that can only be month-first', WED, 'The order of 08/13/2024 was published.', [['08/13/2024', '2024-08-13', 'day']]],
  ['the night of 6 August', WED, 'Explosions were heard on the night of 6 August.', [['6 August', '2024-08-06', 'day']]],
  // Dates without a year: past unless the clause is future.
  ['month without year, past', WED, 'Russia captured the town in December.', [['December', '2023-12-01', 'month']]],
  ['month without year, future', WED, 'Elections will be held in December.', [['December', '2024-12-01', 'month']]],
  ['day without year, past', WED, 'Russia captured the village on 12 December.', [['12 December', '2023-12-12', 'day']]],
  ['day without year, future across the new year', '2024-01-10', 'The council will meet on 28 December.', [['28 December', '2024-12-28', 'day']]],
  ['day without year, just past across the new year', '2024-01-10', 'The council met on 28 December.', [['28 December', '2023-12-28', 'day']]],
  // Not date mentions.
  ['duration', WED, 'Shelling continued for two days.', []],
  ['period with a number', WED, 'Over the past two days 40 people died.', []],
  ['clock time alone', WED, 'The air raid alert sounded at 3 a.m. local time.', []],
  ['24/7 is not a date', WED, 'The hospital works 24/7 now.', []],
  ['a count that looks like a year', WED, 'A total of 2000 people fled.', []],
  ['named days are not dates', WED, 'The Sunday Times reported it. Good Friday was quiet.', []],
  ['a small number after a month is not a year', WED, 'During the first week of August, 30 died.', [['August', '2024-08-01', 'month']]],
  ['march / may as words, May as a name', WED, 'They march on. Russia may attack. Theresa May spoke.', []],
  // Relative to the story, not to publication.
  ['two days later', WED, 'Two days later the town fell.', [['Two days later', null, 'day']]],
  // No publication date.
  ['no publication date: weekday', null, 'Troops withdrew on Tuesday.', [['Tuesday', null, 'day']]],
  ['no publication date: yesterday', null, 'Yesterday a drone hit a school.', [['Yesterday', null, 'day']]],
  ['no publication date: full date', null, 'Elections are set for August 12, 2024.', [['August 12, 2024', '2024-08-12', 'day']]],
  ['no publication date: day without year', null, 'The brigade attacked on 5 August.', [['5 August', null, 'day']]],
  ['no publication date: in 2022', null, 'The town fell in 2022.', [['2022', '2022-01-01', 'year']]],
  // Time zones: dates are UTC calendar dates of the publication timestamp.
  ['late UTC evening is still that day', '2024-08-07T23:30:00Z', 'Yesterday a drone hit a school.', [['Yesterday', '2024-08-06', 'day']]],
  ['+05:00 early morning is the previous UTC day', '2024-08-07T01:30:00+05:00', 'Yesterday a drone hit a school. Troops withdrew on Tuesday.',
    [['Yesterday', '2024-08-05', 'day'], ['Tuesday', '2024-08-06', 'day']]],
];

for (const [name, published, text, want] of CASES) {
  test(`dates: ${name}`, () => {
    const a = analyze({ id: 't', text, published });
    const got = a.dates.map((d): Want => [d.text, d.date, d.precision]);
    assert.deepEqual(got, want);
    for (const d of a.dates) {
      assert.equal(text.slice(d.start, d.end), d.text);
      assert.equal(d.why.stage, 'dates');
    }
  });
}

const RULES: [text: string, rules: string[]][] = [
  ['Troops withdrew on Thursday.', ['weekday-past']],
  ['The two leaders will meet on Thursday.', ['weekday-future']],
  ['Russia captured the town in December.', ['year-past']],
  ['The town fell in 2022.', ['year']],
  ['Russia launched 40 drones overnight.', ['casual']],
  ['Two days later the town fell.', ['anaphoric']],
  ['Yesterday a drone hit a school.', ['chrono']],
];

for (const [text, rules] of RULES) {
  test(`dates: why.rule for "${text}"`, () => {
    const a = analyze({ id: 't', text, published: WED });
    assert.deepEqual(a.dates.map((d) => d.why.rule), rules);
  });
}

test('dates: offsets point into the original text with typographic quotes and a second paragraph', () => {
  const text = '“We held the line,” the commander said on Tuesday.\nOn 5\u00a0August the brigade attacked.';
  const a = analyze({ id: 't', text, published: WED });
  assert.deepEqual(a.dates.map((d) => [d.text, d.date, d.start]), [
    ['Tuesday', '2024-08-06', 42],
    ['5\u00a0August', '2024-08-05', 54],
  ]);
  for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
});
