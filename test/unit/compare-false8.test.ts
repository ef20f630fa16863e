/**
 * Table-driven tests for lane false8 (precision on unseen reporting, batch 8): the dead of different
 * parties are different tallies (a governor's civilians killed against the raiders a ministry says it
 * killed): English words for the raiding fighters ("attackers", "saboteurs", data/enemy-fighters-en.tsv)
 * name the speaker's enemy, so their count is keyed to that side.
 * Sentences are written for these tests (other places than the gold documents); expected values by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';
import { checkFactRows } from './fact-labels.js';

/** The casualty figures of `text` as "unit value side" strings. */
function figures(text: string): string[] {
  const a = analyze({ id: 'f', text, published: '2024-08-07T09:00:00Z' }, { budget: false });
  return a.claims.flatMap((_, i) => extractClaimFacts(a, i).quantities
    .filter((q) => q.unit === 'killed' || q.unit === 'wounded' || q.unit === 'people')
    .map((q) => `${q.unit} ${q.value} ${q.subjectSide}`));
}

test('figures: the raiders a side says it killed are the enemy\'s dead, not the toll of its civilians', () => {
  const rows: [string, string[]][] = [
    ["Russia's defence ministry said more than 50 saboteurs were killed near Tetkino.", ['killed 50 UA']],
    ["Russia's defence ministry said its forces killed 20 attackers near Sudzha.", ['killed 20 UA']],
    ["Ukraine's military said 12 saboteurs were killed near Vovchansk.", ['killed 12 RU']],
    // Russian and Ukrainian counts of raiders are read as no toll at all (no casualty unit): nothing to set against a toll
    ['Минобороны России сообщило, что уничтожено более 40 диверсантов у Суджи.', []],
    ['Міноборони Росії заявило, що знищено 25 диверсантів біля Тьоткіного.', []],
    // must not: the toll of civilians stays no one's side
    ['The Kursk governor Alexei Smirnov said two people were killed in the shelling of Sudzha.', ['killed 2 null']],
  ];
  for (const [text, want] of rows) assert.deepEqual(figures(text), want, text);
});

test('cause: a fire that broke out is a consequence, not a cause; only an explicit accidental cause is an accident (EN, RU, UK)', () => {
  checkFactRows([
    // a fire after a strike, or a fire with no cause given: no accident
    ['Governor Andrei Bocharov said a fire broke out at the Volgograd refinery after a drone attack.', undefined, [], ['cause accident']],
    ['A fire broke out at the oil depot in Novorossiysk, the regional administration said.', undefined, [], ['cause accident']],
    ['The fuel tank caught fire after the drones struck the depot in Tikhoretsk, the governor said.', undefined, [], ['cause accident']],
    // an explicit accidental cause stays an accident
    ['The governor said the fire at the Syzran refinery after the drone alert was caused by a short circuit.', undefined, ['cause accident'], ['cause attack']],
    ['The regional emergencies ministry said the fire at the Syzran refinery was caused by a short circuit, not by a drone.', undefined, ['cause accident'], ['cause attack']],
    ['Губернатор заявил, что пожар на НПЗ в Сызрани возник из-за нарушения техники безопасности, а не из-за атаки беспилотника.', undefined, ['cause accident'], ['cause attack']],
    ['Губернатор заявив, що пожежа на нафтобазі виникла через порушення техніки безпеки, а не через атаку дрона.', undefined, ['cause accident'], ['cause attack']],
  ]);
});

/** The control facts of `text` as "state subject" strings. */
function control(text: string): string[] {
  const a = analyze({ id: 'c', text, published: '2025-12-23T09:00:00Z' }, { budget: false });
  return a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses.filter((s) => s.topic === 'control').map((s) => `${s.state} ${s.subjectSide}`));
}

test('control: fire control (the ability to hit a place) is not holding it (EN, RU, UK)', () => {
  const rows: [string, string[]][] = [
    ["The town of Kupiansk remains under Ukrainian fire control, Ukraine's General Staff said.", []],
    ['Генштаб ЗСУ заявив, що Покровськ перебуває під вогневим контролем українських військ.', []],
    ['Минобороны России заявило, что Купянск находится под огневым контролем российских войск.', []],
    // holding stays holding
    ["The town of Kupiansk remains under Ukrainian control, Ukraine's General Staff said.", ['holds UA']],
  ];
  for (const [text, want] of rows) assert.deepEqual(control(text), want, text);
});
