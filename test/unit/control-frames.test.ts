/**
 * Control statements read by construction, not by phrase (lane control11, issue 9):
 * - the infinitive of a control verb states what happened only when a verb of success, compulsion
 *   or going on governs it ("managed to retake", «удалось взять», «змушені були відійти»); after a
 *   verb of failure or a negated success it says the place was NOT taken ("failed to capture",
 *   «так і не змогли захопити»); after a verb of wish, plan or attempt, or with no governing verb
 *   («пытались захватить», «Захопити ... у них не вийде»), it states nothing
 *   (data/control-governors.tsv, src/compare/infinitive.ts);
 * - a capture of MOST of a place ("captured most of", «взяли под контроль большую часть», «захопили
 *   більшу частину») is a part held by the taker, marked `most`: it answers the other side's "the
 *   battle goes on" or "not taken", but not the other side's hold on the rest
 *   (data/grammar-words.tsv `control-most`, src/compare/control.ts).
 * Texts are new sentences about other places and in other wordings than the dev items that showed
 * the misses; expected values were written by hand before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

const MOD = 'Министерство обороны Российской Федерации';
const GS = 'Генеральний штаб ЗСУ';

/** The control facts of a text as `state|polarity|side` (and `|most` for a capture of most of a place). */
function control(text: string, author?: string): string[] {
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id: 'c', text, published: '2024-06-10T10:00:00Z', ...extra }, { budget: false });
  return a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses.filter((s) => s.topic === 'control').map((s) => `${s.state}|${s.polarity}|${s.subjectSide}${(s as { most?: boolean }).most ? '|most' : ''}`));
}

test('the infinitive of a control verb: success and compulsion state it, failure negates it, a plan or attempt states nothing', () => {
  const rows: [string, string | undefined, string[]][] = [
    // Ukrainian
    ['Захопити Покровськ до осені, як планував ворог, йому не вдасться.', GS, []],
    ['Окупанти намагалися захопити Роботине, але зазнали втрат і відкотилися.', GS, []],
    ['Ворогу так і не вдалося захопити Часів Яр.', GS, ['holds|-1|RU']],
    ['Нашим воїнам вдалося звільнити Роботине.', GS, ['holds|1|UA']],
    ['Наші підрозділи були змушені відійти з Бердичів на нові рубежі.', GS, ['lost|-1|UA']],
    // Russian
    ['Противник пытался захватить Работино, но был отброшен.', MOD, []],
    ['Штурмовым подразделениям удалось взять под контроль Клещеевку.', MOD, ['holds|1|RU']],
    ['ВСУ так и не смогли освободить Работино.', MOD, ['holds|-1|UA']],
    ['Главная задача врага — захватить Угледар до зимы.', MOD, []],
    // English
    ['Russian forces failed to capture Vuhledar, the spokesman said.', undefined, ['holds|-1|RU']],
    ['Russian troops tried to seize Robotyne but were pushed back, the general said.', undefined, []],
    ['The Ukrainian brigade said its troops had managed to retake Klishchiivka.', undefined, ['holds|1|UA']],
    // an order: a withdrawal ordered is told as done, a capture ordered is a plan
    ['Наші підрозділи отримали наказ відійти з Вугледара на підготовлені позиції.', GS, ['lost|-1|UA']],
    ['Украинские части получили приказ отойти из Угледара, сообщил источник.', undefined, ['lost|-1|UA']],
    ['Командование отдало приказ захватить Часов Яр к 9 мая, сообщил источник.', undefined, []],
    // must-not: a forced retreat is still a retreat; a finite verb is untouched
    ['Ukrainian units were forced to withdraw from Avdiivka, the commander said.', undefined, ['lost|-1|UA']],
    ['Российские войска захватили Авдеевку, сообщил источник.', MOD, ['holds|1|RU']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(control(text, author), want, text);
});

test('a capture of most of a place is a part held by the taker, marked most; a part still held is not', () => {
  const rows: [string, string | undefined, string[]][] = [
    ['Российские штурмовые отряды взяли под контроль большую часть Волчанска, сообщил командир.', undefined, ['part|1|RU|most']],
    ['Окупанти захопили більшу частину Вовчанська, заявив речник.', undefined, ['part|1|RU|most']],
    ['Russian forces have captured most of Soledar, the Wagner chief said.', undefined, ['part|1|RU|most']],
    ['The ministry said Russian troops had taken control of the bulk of Marinka.', undefined, ['part|1|RU|most']],
    // must-not: a part held, or a part taken, is no capture of most
    ['Ukrainian troops still hold part of Chasiv Yar, the spokesman said.', undefined, ['part|1|UA']],
    ['Российские подразделения частично взяли под контроль Марьинку, сообщил источник.', undefined, ['part|1|RU']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(control(text, author), want, text);
});

/** The compare records of one document (an own-voice post when `author` is given). */
function records(id: string, text: string, published: string, author?: string): ClaimRecord[] {
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id, text, published, ...extra }, { budget: false });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: author ?? id, textOf: id, published }));
}

const controlDisputes = (recs: ClaimRecord[]) => compareClaims(recs).disputes.filter((d) => d.kind === 'control');

test('most of a place taken against the other side\'s "the battle goes on" or "not taken" is a control dispute', () => {
  const uk = [
    ...records('ru', 'Российские войска взяли под контроль большую часть Волчанска.', '2024-05-20T08:00:00Z', MOD),
    ...records('ua', 'Бої за Вовчанськ тривають, місто не захоплене.', '2024-05-20T18:00:00Z', GS),
  ];
  assert.equal(controlDisputes(uk).length, 1, 'ru/uk');
  const en = [
    ...records('w1', 'Wagner chief Yevgeny Prigozhin said Russian forces had captured most of Soledar.', '2023-01-10T08:00:00Z'),
    ...records('w2', 'Ukraine\'s deputy defence minister Hanna Maliar said the fighting for Soledar was still going on.', '2023-01-10T20:00:00Z'),
  ];
  assert.equal(controlDisputes(en).length, 1, 'en');
});

test('must-not: most of a place taken against the other side still holding part of it, or the taker\'s own "fighting goes on"', () => {
  const part = [
    ...records('ru', 'Российские войска взяли под контроль большую часть Волчанска.', '2024-05-20T08:00:00Z', MOD),
    ...records('ua', 'Сили оборони утримують північну частину Вовчанська.', '2024-05-20T18:00:00Z', GS),
  ];
  assert.equal(controlDisputes(part).length, 0, 'part against most');
  const own = [
    ...records('ru1', 'Российские войска взяли под контроль большую часть Волчанска.', '2024-05-20T08:00:00Z', MOD),
    ...records('ru2', 'Бои за Волчанск продолжаются, сообщил военкор Александр Коц.', '2024-05-20T18:00:00Z'),
  ];
  assert.equal(controlDisputes(own).length, 0, 'own side fighting');
});

test('fighting said to go on, in multiword verbs and nouns of hostilities, is a contested place; a war going on, or a battle looked back on, is not', () => {
  const rows: [string, string | undefined, string[]][] = [
    ['The fighting for Soledar is still going on, Maliar said.', undefined, ['contested|1|null']],
    ['Clashes are under way on the outskirts of Vovchansk, the General Staff said.', undefined, ['contested|1|null']],
    ['Боевые действия на окраинах Торецка продолжаются, сообщил Денис Пушилин.', undefined, ['contested|1|null']],
    ['Бойові дії в Торецьку не вщухають, повідомив речник угруповання.', undefined, ['contested|1|null']],
    ['Бои за Волчанск не утихают, написал военкор Александр Коц.', undefined, ['contested|1|null']],
    // must-not: the war, not a battle for a place; a battle looked back on
    ['The war in Ukraine has been going on for more than two years, the minister said.', undefined, []],
    ['The fighting went on for months before Ukrainian troops left Marinka, the report said.', undefined, ['lost|-1|UA']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(control(text, author), want, text);
});

test('fighting said in a second complement after a denial ("false and that fighting goes on") is the speaker\'s own; a denial of the fighting itself turns it round', () => {
  const rows: [string, string | undefined, string[]][] = [
    ['The regiment said the ministry\'s statement was untrue and that fierce fighting was still going on in Robotyne.', undefined, ['contested|1|null']],
    ['Командир батальйону заявив, що повідомлення окупантів є брехнею і що бої за Роботине тривають.', undefined, ['contested|1|null']],
    ['Военкор Александр Коц написал, что это фейк и что бои за Работино продолжаются.', undefined, ['contested|1|null']],
    // must-not: the fighting is what is denied
    ['Речник заявив, що неправда, що бої за Роботине тривають.', undefined, ['contested|-1|null']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(control(text, author), want, text);
});
