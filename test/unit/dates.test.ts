/**
 * The `dates` stage: date mentions resolved against the publication date.
 * Every expected date was worked out by hand with a calendar (checked with `date -d`):
 * 2024-08-07 is a Wednesday, 2024-08-05 a Monday, 2024-07-29 a Monday, 2024-03-04 a Monday,
 * 2024-02-29 a Thursday, 2025-01-01 a Wednesday, 2024-12-23 and 2024-12-30 Mondays,
 * 2024-12-28 a Saturday, 2024-01-10 a Wednesday, 2024-08-10 and 2024-08-03 Saturdays,
 * 2024-08-21 a Wednesday and 2024-08-24 a Saturday, 2024-08-12 a Monday and 2024-08-14 a Wednesday,
 * 2024-08-02 and 2024-08-09 Fridays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parsePublished, publishedDay } from '../../src/analyze/index.js';

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
  // "The weekend" is its Saturday (precision day): past by default, upcoming after a
  // prediction or modal, or after "by/until/before" when no verb group says past.
  ['weekend, "likely before"', WED, 'He warned that new strikes were likely before the weekend.', [['weekend', '2024-08-10', 'day']]],
  ['weekend, "could take until"', '2024-08-21', 'Repairs could take until the weekend.', [['weekend', '2024-08-24', 'day']]],
  ['weekend, "expected … until"', WED, 'Forces are expected to hold out until the weekend.', [['weekend', '2024-08-10', 'day']]],
  ['weekend, "must be … by"', WED, 'The town must be evacuated by the weekend.', [['weekend', '2024-08-10', 'day']]],
  ['weekend, "has until": no verb group decides', WED, 'Kyiv has until the weekend to respond.', [['weekend', '2024-08-10', 'day']]],
  ['weekend, past by default', WED, 'The town was shelled at the weekend.', [['weekend', '2024-08-03', 'day']]],
  ['weekend, "by" in the past perfect', WED, 'By the weekend, the town had fallen.', [['weekend', '2024-08-03', 'day']]],
  // Modals: future, except with "have" and a participle.
  ['weekday, "may" attack', WED, 'Russia may attack on Friday.', [['Friday', '2024-08-09', 'day']]],
  ['weekday, "may have struck" is past', WED, 'Russia may have struck on Friday.', [['Friday', '2024-08-02', 'day']]],
  ['weekday, "will have to" is future', WED, 'Kyiv will have to decide by Friday.', [['Friday', '2024-08-09', 'day']]],
  ['weekday, "lasts until" (not "last s")', WED, 'The truce lasts until Friday.', [['Friday', '2024-08-09', 'day']]],
  // Month and day, US order: "August 20" is a day, not August 2020.
  ['by August 20, expected', WED, 'Talks are expected by August 20.', [['August 20', '2024-08-20', 'day']]],
  ['until August 20, present tense', WED, 'The ceasefire holds until August 20.', [['August 20', '2024-08-20', 'day']]],
  ['by August 20, past perfect', WED, 'By August 20 the town had fallen.', [['August 20', '2023-08-20', 'day']]],
  ['July 22 in the past', WED, 'The brigade attacked on July 22.', [['July 22', '2024-07-22', 'day']]],
  ['until 20 August, past tense', WED, 'Troops stayed until 20 August.', [['20 August', '2023-08-20', 'day']]],
  ['a count after a month', WED, 'In August 20 people died.', [['August', '2024-08-01', 'month']]],
  ['", 40" after a date is not a year', WED, 'On 3 January, 40 people died.', [['3 January', '2024-01-03', 'day']]],
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
  // Time zones: the publication day is the calendar date written in `published`, in its own
  // offset, not the UTC date of the instant.
  ['late UTC evening is still that day', '2024-08-07T23:30:00Z', 'Yesterday a drone hit a school.', [['Yesterday', '2024-08-06', 'day']]],
  ['no offset: the date as written', '2024-08-07T23:30:00', 'Yesterday a drone hit a school.', [['Yesterday', '2024-08-06', 'day']]],
  ['+03:00 early morning (UTC: 6 Aug 22:30) is 7 Aug', '2024-08-07T01:30:00+03:00', 'Today a drone hit a school. Yesterday troops withdrew.',
    [['Today', '2024-08-07', 'day'], ['Yesterday', '2024-08-06', 'day']]],
  ['+05:00 early morning (UTC: 6 Aug 20:30) is 7 Aug', '2024-08-07T01:30:00+05:00', 'Yesterday a drone hit a school. Troops withdrew on Tuesday.',
    [['Yesterday', '2024-08-06', 'day'], ['Tuesday', '2024-08-06', 'day']]],
  ['-05:00 late evening (UTC: 7 Aug 04:30) is 6 Aug, a Tuesday', '2024-08-06T23:30:00-05:00', 'Today a drone hit a school. Troops withdrew on Monday.',
    [['Today', '2024-08-06', 'day'], ['Monday', '2024-08-05', 'day']]],
  // An invalid publication date counts as none: only dates written out in full resolve.
  ['invalid published 2024-02-30', '2024-02-30', 'Yesterday a drone hit a school. Elections are set for August 12, 2024.',
    [['Yesterday', null, 'day'], ['August 12, 2024', '2024-08-12', 'day']]],
  ['invalid published "garbage"', 'garbage', 'Troops withdrew on Tuesday.', [['Tuesday', null, 'day']]],
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

type WantRange = [text: string, date: string | null, endDate: string | null, precision: 'day' | 'week' | 'month' | 'year'];

// Ranges: one mention, `date` = the first day (month), `endDate` = the last, same precision.
const RANGES: [name: string, published: string | null, text: string, want: WantRange[]][] = [
  ['from 5 to 7 August', WED, 'Fighting raged from 5 to 7 August.', [['5 to 7 August', '2024-08-05', '2024-08-07', 'day']]],
  ['between 5 and 7 August', WED, 'Fighting raged between 5 and 7 August.', [['5 and 7 August', '2024-08-05', '2024-08-07', 'day']]],
  ['between 5 and 9 August: the year follows the first day', WED, 'Fighting raged between 5 and 9 August.',
    [['5 and 9 August', '2024-08-05', '2024-08-09', 'day']]],
  ['between August 5 and 7', WED, 'Fighting raged between August 5 and 7.', [['August 5 and 7', '2024-08-05', '2024-08-07', 'day']]],
  ['from 5 August to 7 August', WED, 'Fighting raged from 5 August to 7 August.', [['5 August to 7 August', '2024-08-05', '2024-08-07', 'day']]],
  ['between 5 August and 7 August', WED, 'Fighting raged between 5 August and 7 August.', [['5 August and 7 August', '2024-08-05', '2024-08-07', 'day']]],
  ['5-7 August', WED, 'Fighting raged on 5-7 August.', [['5-7 August', '2024-08-05', '2024-08-07', 'day']]],
  ['between 5 and 7 August 2023', WED, 'Between 5 and 7 August 2023 it rained.', [['5 and 7 August 2023', '2023-08-05', '2023-08-07', 'day']]],
  ['from Monday to Wednesday, past', WED, 'Fighting raged from Monday to Wednesday.', [['Monday to Wednesday', '2024-08-05', '2024-08-07', 'day']]],
  ['from Monday to Wednesday, future', WED, 'Talks will run from Monday to Wednesday.', [['Monday to Wednesday', '2024-08-12', '2024-08-14', 'day']]],
  ['between Monday and Wednesday', WED, 'Fighting raged between Monday and Wednesday.', [['Monday and Wednesday', '2024-08-05', '2024-08-07', 'day']]],
  ['between July and September', WED, 'Fighting raged between July and September.', [['July and September', '2024-07-01', '2024-09-01', 'month']]],
  ['between July and September 2023', WED, 'Fighting raged between July and September 2023.',
    [['July and September 2023', '2023-07-01', '2023-09-01', 'month']]],
  ['across the new year', WED, 'Between 28 December and 3 January, 40 died.', [['28 December and 3 January', '2023-12-28', '2024-01-03', 'day']]],
  ['across the new year, chrono range', '2024-01-10', 'Fighting raged from 28 December to 3 January.',
    [['28 December to 3 January', '2023-12-28', '2024-01-03', 'day']]],
  ['no publication date', null, 'Fighting raged between 5 and 7 August.', [['5 and 7 August', null, null, 'day']]],
  ['a range of days is a duration', WED, 'They stayed between 5 and 7 days.', []],
];

for (const [name, published, text, want] of RANGES) {
  test(`dates: range ${name}`, () => {
    const a = analyze({ id: 't', text, published });
    const got = a.dates.map((d): WantRange => [d.text, d.date, 'endDate' in d ? d.endDate ?? null : 'absent', d.precision]);
    assert.deepEqual(got, want);
    for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
  });
}

test('dates: a single date has no endDate', () => {
  const a = analyze({ id: 't', text: 'The brigade attacked on 5 August.', published: WED });
  assert.equal(a.dates.length, 1);
  assert.equal('endDate' in a.dates[0]!, false);
});

const RULES: [text: string, rules: string[]][] = [
  ['Troops withdrew on Thursday.', ['weekday-past']],
  ['The two leaders will meet on Thursday.', ['weekday-future']],
  ['Russia captured the town in December.', ['year-past']],
  ['The town fell in 2022.', ['year']],
  ['Russia launched 40 drones overnight.', ['casual']],
  ['Two days later the town fell.', ['anaphoric']],
  ['Yesterday a drone hit a school.', ['chrono']],
  ['Fighting raged between 5 and 7 August.', ['range']],
  ['Fighting raged between Monday and Wednesday.', ['range']],
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

// Strict ISO-8601 publication dates. Instants worked out by hand: 01:30 at +03:00 is 22:30 UTC the
// day before; 23:30 at -05:00 is 04:30 UTC the day after; 01:30 at +05:30 is 20:00 UTC the day before.
// 2024 and 2000 are leap years; 2023 and 1900 are not.
const PUBLISHED: [input: string | null, instant: string | null, day: string | null][] = [
  ['2024-08-07', '2024-08-07T12:00:00.000Z', '2024-08-07'],
  [' 2024-08-07 ', '2024-08-07T12:00:00.000Z', '2024-08-07'],
  ['2024-02-29', '2024-02-29T12:00:00.000Z', '2024-02-29'],
  ['2000-02-29', '2000-02-29T12:00:00.000Z', '2000-02-29'],
  ['2024-02-30', null, null],
  ['2023-02-29', null, null],
  ['1900-02-29', null, null],
  ['2024-04-31', null, null],
  ['2024-13-01', null, null],
  ['2024-00-10', null, null],
  ['2024-8-7', null, null],
  ['garbage', null, null],
  ['August 7, 2024', null, null],
  ['', null, null],
  [null, null, null],
  ['2024-08-07T01:30:00+03:00', '2024-08-06T22:30:00.000Z', '2024-08-07'],
  ['2024-08-06T23:30:00-05:00', '2024-08-07T04:30:00.000Z', '2024-08-06'],
  ['2024-08-07T01:30:00+05:30', '2024-08-06T20:00:00.000Z', '2024-08-07'],
  ['2024-08-07T01:30:00+0300', '2024-08-06T22:30:00.000Z', '2024-08-07'],
  ['2024-08-07T23:30:00Z', '2024-08-07T23:30:00.000Z', '2024-08-07'],
  ['2024-08-07T01:30Z', '2024-08-07T01:30:00.000Z', '2024-08-07'],
  ['2024-08-07T01:30:15.5Z', '2024-08-07T01:30:15.500Z', '2024-08-07'],
  ['2024-08-07T01:30:00', '2024-08-07T01:30:00.000Z', '2024-08-07'],
  ['2024-08-07 01:30:00Z', '2024-08-07T01:30:00.000Z', '2024-08-07'],
  ['2024-08-07T24:00:00Z', null, null],
  ['2024-08-07T12:60:00Z', null, null],
  ['2024-08-07T12:00:00+25:00', null, null],
  ['2024-08-07T12:00:00 +03:00', null, null],
];

for (const [input, instant, day] of PUBLISHED) {
  test(`dates: parsePublished / publishedDay ${JSON.stringify(input)}`, () => {
    assert.equal(parsePublished(input)?.toISOString() ?? null, instant);
    assert.equal(publishedDay(input), day);
  });
}

test('dates: Analysis.published is the true instant, dates use the written day', () => {
  const a = analyze({ id: 't', text: 'Yesterday a drone hit a school.', published: '2024-08-07T01:30:00+03:00' });
  assert.equal(a.published, '2024-08-06T22:30:00.000Z');
  assert.equal(a.dates[0]?.date, '2024-08-06');
});
