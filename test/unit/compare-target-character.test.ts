/**
 * Table-driven tests for the character of what a strike hit (lane target, issue 9: disputes on
 * unseen reporting). After a massed strike the commonest dispute is not who struck but what was hit:
 * Ukraine says a residential quarter, homes, a hospital, rescuers, children; Russia's defence
 * ministry says "military-industrial enterprises", "air bases", "hangars where sea drones were
 * prepared", "only military targets", "all designated targets hit" (bench/gold/disputes dev:
 * odesa-port-2024-03 `odesa-resp`, kyiv-strike-2025-08 `kyiv-aug-resp`). The same holds reversed for
 * Ukrainian strikes on Russia.
 *
 * Decision on energy: a power plant, a substation or "energy infrastructure" named plainly is a
 * civilian object (ACLED and humanitarian-law analysts count it as civilian infrastructure); the
 * Russian ministry's "energy facilities supporting the military-industrial complex" is a claim of
 * military character (the qualifier is what the dispute is about), so the energy word does not count
 * as civilian when a word of serving ("обеспечивающих", "supporting") follows it.
 *
 * Every sentence was written for this test in the way ministries, governors, mayors and wire copy
 * word such strikes; the expected values were decided by hand from the language before the program
 * was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords, strikeTargets, type DocExtra } from './fact-labels.js';

type Extra = DocExtra;
const records = claimRecords;

/** The targets ("<doer>|<target>") of the affirmed responsibility facts of `text`'s claims. */
const targets = (text: string, extra: Extra = {}): string[] => strikeTargets(text, '2025-08-28T09:00:00Z', extra);

const MOD: Extra = { author: 'Министерство обороны Российской Федерации', authorType: 'organisation', ownVoice: true };
const KIPER: Extra = { author: 'Олег Кіпер', authorType: 'channel' };
const GS_UA: Extra = { author: 'Генеральний штаб ЗСУ', authorType: 'organisation', ownVoice: true };
const GLADKOV: Extra = { author: 'Вячеслав Гладков', authorType: 'channel' };

test('target character: civilian and military objects in English, Russian and Ukrainian', () => {
  const rows: [string, Extra, string[]][] = [
    // --- civilian, said by the struck side (Ukraine of a Russian strike)
    ['ODESA, March 15 (Reuters) - Russia struck a residential quarter of Odesa and then hit the rescuers who came to help, President Volodymyr Zelensky said.', {}, ['RU|civilian']],
    ['KHARKIV, May 10 (AP) - A Russian missile hit a hospital in Kharkiv, regional governor Oleh Syniehubov said.', {}, ['RU|civilian']],
    ['KYIV, Aug 28 (Reuters) - Russian drones struck a shopping centre in Kyiv overnight, Ukrainian officials said.', {}, ['RU|civilian']],
    ['LVIV, Dec 29 (Reuters) - Russian missiles hit energy infrastructure in Lviv, the regional governor said.', {}, ['RU|civilian']],
    ['DNIPRO, Dec 29 (AP) - A Russian missile struck a thermal power plant in Dnipro, Ukraine\'s energy ministry said.', {}, ['RU|civilian']],
    ['KYIV, Aug 28 (Reuters) - A Russian missile attack on Kyiv killed 23 people, including four children, Ukrainian officials said.', {}, ['RU|civilian']],
    ['Российские ракеты попали в жилой дом в Киеве, сообщил Виталий Кличко.', {}, ['RU|civilian']],
    ['Росія вдарила по звичайному житловому кварталу Одеси, а потім повторно — по рятувальниках.', KIPER, ['RU|civilian']],
    ['Росіяни вдарили по лікарні в Херсоні, поранено лікаря.', { author: 'Олександр Прокудін', authorType: 'channel' }, ['RU|civilian']],
    ['Вночі росіяни вдарили по енергетичній інфраструктурі Львова.', { author: 'Максим Козицький', authorType: 'channel' }, ['RU|civilian']],
    ['Росіяни вдарили вдруге — по рятувальниках і медиках, які прибули на місце в Одесі.', KIPER, ['RU|civilian']],
    ['Російський дрон атакував школу в Сумах.', { author: 'Іван Федоров', authorType: 'channel' }, ['RU|civilian']],
    ['Росіяни вдарили по підстанції в Одесі, знеструмлено тисячі родин.', KIPER, ['RU|civilian']],
    // --- civilian, said by Russia of a Ukrainian strike (the sides reversed)
    ['ВСУ нанесли удар по жилому кварталу Донецка.', { author: 'Денис Пушилин', authorType: 'channel' }, ['UA|civilian']],
    ['ВСУ атаковали больницу в Белгороде.', GLADKOV, ['UA|civilian']],
    ['Украинский беспилотник атаковал многоквартирный дом в Курске.', { author: 'Алексей Смирнов', authorType: 'channel' }, ['UA|civilian']],
    ['DONETSK, Jan 21 (Reuters) - Ukrainian shelling hit a market in Donetsk, the Russian-installed mayor said.', {}, ['UA|civilian']],
    ['ВСУ нанесли удар по подстанции в Белгороде, без света остались тысячи жителей.', GLADKOV, ['UA|civilian']],
    // --- military, said by the doer (Russia's defence ministry and the Kremlin)
    ['Вооружённые силы Российской Федерации нанесли удар высокоточным оружием по ангарам в городе Одессе, где велась подготовка безэкипажных катеров ВСУ.', MOD, ['RU|military']],
    ['Вооружённые силы Российской Федерации нанесли массированный удар высокоточным оружием по предприятиям военно-промышленного комплекса и военным аэродромам Украины.', MOD, ['RU|military']],
    ['Вооружённые силы Российской Федерации нанесли удар по Харькову, все назначенные объекты поражены.', MOD, ['RU|military']],
    ['Вооружённые силы Российской Федерации нанесли удар по местам подготовки безэкипажных катеров ВСУ в Одессе.', MOD, ['RU|military']],
    ['Вооружённые силы Российской Федерации нанесли удар по военным объектам в Киеве.', MOD, ['RU|military']],
    ['Вооружённые силы Российской Федерации нанесли удар по объектам энергетики, обеспечивающим работу предприятий ВПК Украины.', MOD, ['RU|military']],
    ['MOSCOW, Aug 28 (Reuters) - Russia\'s defence ministry said it had hit military-industrial enterprises and air bases in Kyiv.', {}, ['RU|military']],
    ['MOSCOW, March 15 (Reuters) - Russia\'s defence ministry said its forces had struck hangars in Odesa where Ukraine was preparing uncrewed naval boats.', {}, ['RU|military']],
    ['MOSCOW, Aug 28 (Reuters) - Russia\'s defence ministry said its forces had struck Kyiv and that all designated targets were hit.', {}, ['RU|military']],
    ['MOSCOW, Dec 29 (Reuters) - Russia\'s defence ministry said it had struck energy facilities supporting Ukraine\'s military-industrial complex in Kharkiv.', {}, ['RU|military']],
    // (a subjectless «заявили, що завдали удару» gets no doer at all today: a responsibility-fact
    // limit, not a target one; the row names the doer)
    ['Міноборони РФ заявило, що російські війська завдали удару по військових об\'єктах у Києві.', {}, ['RU|military']],
    // --- military, said by Ukraine of its own strike on Russia or occupied Crimea
    ['Сили оборони України уразили аеродром Бельбек у Криму.', GS_UA, ['UA|military']],
    ['Сили оборони України уразили склад боєприпасів у Курській області.', GS_UA, ['UA|military']],
    ['KYIV, Aug 20 (Reuters) - Ukraine\'s General Staff said its forces hit a Russian air base in Crimea.', {}, ['UA|military']],
    // --- neither: no target is read; both (lane target2): `mixed`, the struck side's civilians beside a military site
    ['MOSCOW, Aug 28 (Reuters) - Russia struck Kyiv overnight, the ministry said.', {}, []],
    ['KYIV, Aug 28 (Reuters) - Russian missiles hit a residential building and a military airfield near Kyiv, officials said.', {}, ['RU|mixed']],
    // a refinery is neither list's object (Ukraine says it fuels the army; no character is read)
    ['KYIV, Jan 5 (Reuters) - Ukrainian drones struck an oil refinery in Ryazan, a Ukrainian security source said.', {}, []],
    // a negated civilian object does not count
    ['MOSCOW, Aug 28 (Reuters) - Russia\'s defence ministry said its forces had struck only military targets in Kyiv, not residential buildings.', {}, ['RU|military']],
  ];
  assert.ok(rows.length >= 36);
  const failed: string[] = [];
  for (const [text, extra, want] of rows) {
    const got = targets(text, extra);
    if (JSON.stringify(got) !== JSON.stringify(want)) failed.push(`${text}\n   want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failed, []);
});

type Doc = [id: string, text: string, published: string, extra: Extra];

/** The disputes of reason `target` over the claims of `docs`, with each side's speaker sides. */
function targetDisputes(docs: Doc[]): { sides: string[]; explanation: string }[] {
  const recs = docs.flatMap(([id, text, published, extra]) => records(id, text, published, extra));
  return compareClaims(recs).disputes.filter((d) => d.reason === 'target').map((d) => ({
    sides: d.sides.map((s) => [...new Set(s.speakers.map((x) => x.side).filter(Boolean))].sort().join()).sort(),
    explanation: d.explanation,
  }));
}

const ODESA_MOD: Doc = ['mod', 'Вооружённые силы Российской Федерации нанесли удар высокоточным оружием по ангарам в городе Одессе, где велась подготовка безэкипажных катеров ВСУ. Цели удара достигнуты, все назначенные объекты поражены.', '2024-03-15T14:30:00Z', MOD];
const ODESA_ZEL: Doc = ['zel', 'Росія вдарила по звичайному житловому кварталу Одеси, а потім повторно — по рятувальниках, які прибули гасити пожежу. Так заявив Президент Володимир Зеленський у вечірньому зверненні.', '2024-03-15T17:50:00Z', { author: 'Укрінформ', authorType: 'organisation' }];
const KYIV_MOD: Doc = ['kmod', 'MOSCOW, Aug 28 (Reuters) - Russia\'s defence ministry said it had hit military-industrial enterprises and air bases in Kyiv and that all targets were struck.', '2025-08-28T10:00:00Z', {}];
const KYIV_UA: Doc = ['kua', 'KYIV, Aug 28 (Reuters) - A Russian drone and missile attack on Kyiv overnight killed 23 people, including four children, Ukrainian officials said. Much of the toll came from an apartment building.', '2025-08-28T19:00:00Z', {}];

test('one strike, the same doer, opposite accounts of what was hit: a responsibility dispute of reason target', () => {
  const rows: [string, Doc[], string[][]][] = [
    ['Odesa: hangars of sea drones (ministry) against a residential quarter and rescuers (Zelensky)', [ODESA_MOD, ODESA_ZEL], [['RU', 'UA']]],
    ['Kyiv: military-industrial enterprises and air bases against children and an apartment building', [KYIV_MOD, KYIV_UA], [['RU', 'UA']]],
    ['Kyiv in Russian and Ukrainian: military airfields against a residential building', [
      ['m', 'Вооружённые силы Российской Федерации нанесли удар по военным аэродромам в Киеве. Все назначенные объекты поражены.', '2025-08-28T09:15:00Z', MOD],
      ['t', 'Росіяни вдарили по житловому будинку в Києві, загинули люди.', '2025-08-28T05:30:00Z', { author: 'Віталій Кличко', authorType: 'channel' }],
    ], [['RU', 'UA']]],
    ['energy: a power plant (Ukraine) against energy facilities serving the military industry (Russia)', [
      ['m', 'MOSCOW, Dec 29 (Reuters) - Russia\'s defence ministry said it had struck energy facilities supporting Ukraine\'s military-industrial complex in Kharkiv.', '2023-12-29T10:00:00Z', {}],
      ['u', 'KHARKIV, Dec 29 (AP) - Russian missiles struck a power plant in Kharkiv, regional governor Oleh Syniehubov said.', '2023-12-29T08:00:00Z', {}],
    ], [['RU', 'UA']]],
    ['reversed: Ukraine struck an air base in Belgorod (General Staff), Russia says homes were hit', [
      ['g', 'Сили оборони України уразили військовий аеродром у Бєлгороді.', '2024-05-10T09:00:00Z', GS_UA],
      ['r', 'ВСУ нанесли удар по жилым домам в Белгороде, погибли мирные жители.', '2024-05-10T07:00:00Z', GLADKOV],
    ], [['RU', 'UA']]],
    // (lane miss14) the struck side's account names no doer, in the passive: the doer is the side it
    // answers (dev kyiv-oct10-targets: "civilians were targeted", Kyiv; odesa-castle-target: "the
    // strike had been meant to kill as many civilians as possible", the prosecutor general)
    ['Kyiv: military command facilities (ministry) against the struck side\'s passive "civilians were targeted"', [
      ['m', "MOSCOW, Oct 10 (Reuters) - Russia's defence ministry said its forces had struck military command and communications facilities in Kyiv with long-range precision weapons.", '2022-10-10T12:00:00Z', {}],
      ['u', 'KYIV, Oct 10 (AP) - Civilians were deliberately targeted in the morning rush hour in Kyiv, Ukrainian officials said.', '2022-10-10T15:00:00Z', {}],
    ], [['RU', 'UA']]],
  ];
  for (const [what, docs, want] of rows) assert.deepEqual(targetDisputes(docs).map((d) => d.sides), want, what);
});

// (lane miss14) left for later: «Внаслідок удару по ...» with no doer gives only a cause fact, no
// responsibility fact, so the passive-accuser rule above does not see it (written before the change)
test('the struck side\'s doer-less Ukrainian post against the striker\'s military claim', { todo: 'a doer-less «внаслідок удару» gives no responsibility fact' }, () => {
  const docs: Doc[] = [
    ['m', 'Вооружённые силы Российской Федерации нанесли удар по пунктам временной дислокации подразделений ВСУ в Чернигове.', '2024-04-17T14:00:00Z', MOD],
    ['u', 'Внаслідок удару по житловому кварталу Чернігова загинули щонайменше 10 людей.', '2024-04-17T10:00:00Z', { author: 'В\'ячеслав Чаус', authorType: 'channel' }],
  ];
  assert.deepEqual(targetDisputes(docs).map((d) => d.sides), [['RU', 'UA']]);
});

test('the explanation says what each side says was hit', () => {
  const [d] = targetDisputes([ODESA_MOD, ODESA_ZEL]);
  assert.ok(d, 'a target dispute');
  assert.match(d.explanation, /ангар|катер/u);
  assert.match(d.explanation, /житлов|рятувальник/u);
  const [k] = targetDisputes([KYIV_MOD, KYIV_UA]);
  assert.ok(k, 'a target dispute');
  assert.match(k.explanation, /military-industrial|air bases/);
  assert.match(k.explanation, /children|apartment building/);
});

test('no target dispute: both civilian, a side naming both, another city, no counter-claim, one side\'s toll update', () => {
  const rows: [string, Doc[]][] = [
    ['both sides name civilian objects (the Russian voice blames Ukraine\'s air defence elsewhere; here both say homes were hit by Russia)', [
      ['a', 'Росіяни вдарили по житловому будинку в Києві.', '2025-08-28T05:30:00Z', { author: 'Віталій Кличко', authorType: 'channel' }],
      ['b', 'KYIV, Aug 28 (Reuters) - A Russian missile hit an apartment building in Kyiv, Ukrainian officials said.', '2025-08-28T12:00:00Z', {}],
    ]],
    ['the doer\'s side names both a military and a civilian object', [
      ['m', 'Вооружённые силы Российской Федерации нанесли удар по военному аэродрому и жилому кварталу в Киеве.', '2025-08-28T09:15:00Z', MOD],
      ['t', 'Росіяни вдарили по житловому будинку в Києві.', '2025-08-28T05:30:00Z', { author: 'Віталій Кличко', authorType: 'channel' }],
    ]],
    ['a strike on a different city the same day', [
      ODESA_MOD,
      ['k', 'Росіяни вдарили по житловому будинку в Харкові.', '2024-03-15T09:00:00Z', { author: 'Олег Синєгубов', authorType: 'channel' }],
    ]],
    ['"all targets hit" with no civilian counter-claim (the air force counts drones)', [
      ['m', 'Вооружённые силы Российской Федерации нанесли удар по Киеву. Все назначенные объекты поражены.', '2025-08-28T09:15:00Z', MOD],
      ['a', 'KYIV, Aug 28 (Reuters) - Ukraine\'s air force said Russia launched 598 drones and 31 missiles at Kyiv overnight.', '2025-08-28T12:00:00Z', {}],
    ]],
    ['a toll update by the same side', [
      ['a', 'Росіяни вдарили по житловому будинку в Одесі, загинули 14 людей.', '2024-03-15T11:40:00Z', KIPER],
      ['b', 'Кількість загиблих унаслідок удару росіян по житловому будинку в Одесі зросла до 21.', '2024-03-16T08:20:00Z', KIPER],
    ]],
    ['the doer\'s military claim a week after the civilian one: two strikes', [
      ['m', 'Вооружённые силы Российской Федерации нанесли удар по военным аэродромам в Киеве.', '2025-09-05T09:15:00Z', MOD],
      ['t', 'Росіяни вдарили по житловому будинку в Києві.', '2025-08-28T05:30:00Z', { author: 'Віталій Кличко', authorType: 'channel' }],
    ]],
    // (lane miss14) a passive "civilians were hit" from a voice of no known side names no doer
    ['a passive of civilians hit, from a witness of no side, against the ministry\'s military target', [
      ['m', "MOSCOW, Oct 10 (Reuters) - Russia's defence ministry said its forces had struck military command and communications facilities in Kyiv with long-range precision weapons.", '2022-10-10T12:00:00Z', {}],
      ['w', 'KYIV, Oct 10 (AP) - Civilians were hit in the morning rush hour in Kyiv, a witness said.', '2022-10-10T15:00:00Z', {}],
    ]],
    // (review) rescuers at work at the site are who came, not what was hit: no civilian target against the ministry's airfield
    ['rescuers working at the site (Ukraine) against an airfield struck (Russia)', [
      ['m', 'Минобороны России сообщило, что ВС РФ нанесли удар по аэродрому под Кременчугом.', '2024-07-02T09:00:00Z', {}],
      ['u', 'Росія атакувала Кременчук, на місці працюють рятувальники ДСНС, повідомив начальник Полтавської ОВА Філіп Пронін.', '2024-07-02T07:00:00Z', {}],
    ]],
    ['the same in English: rescuers put out the fire', [
      ['m', "MOSCOW, July 2 (Reuters) - Russia's defence ministry said its forces had struck a military airfield near Kremenchuk.", '2024-07-02T09:00:00Z', {}],
      ['u', 'KYIV, July 2 (Reuters) - Russia attacked Kremenchuk overnight and rescuers put out a fire, regional governor Filip Pronin said.', '2024-07-02T07:00:00Z', {}],
    ]],
    // (lane miss14) rescuers engaged or brought in to the work at the site came there, were not hit
    // (dev false dispute at Lviv, 4 Sep 2024: «До робіт залучали понад 150 рятувальників»)
    ['rescuers engaged in the work (Ukrainian) against defence plants struck (Russia)', [
      ['m', 'Вооружённые силы Российской Федерации нанесли удар по предприятиям оборонно-промышленного комплекса в Ровно.', '2024-08-26T09:00:00Z', MOD],
      ['u', 'У Рівному завершили рятувальні роботи після ракетного удару. До ліквідації наслідків залучили понад 120 рятувальників, повідомили в ДСНС.', '2024-08-26T15:00:00Z', {}],
    ]],
    ['the same in Russian: rescuers brought in', [
      ['m', 'Вооружённые силы Российской Федерации нанесли удар по военному аэродрому под Ровно.', '2024-08-26T09:00:00Z', MOD],
      ['u', 'Россия нанесла ракетный удар по Ровно, к работам привлечены 80 спасателей, сообщили в ГСЧС Украины.', '2024-08-26T15:00:00Z', {}],
    ]],
    ['the same in English: rescuers were deployed', [
      ['m', "MOSCOW, Aug 26 (Reuters) - Russia's defence ministry said its forces had struck defence industry enterprises in Rivne.", '2024-08-26T09:00:00Z', {}],
      ['u', 'RIVNE, Aug 26 (AP) - Russia struck Rivne with missiles, and more than 100 rescuers were deployed to the site, Ukraine\'s State Emergency Service said.', '2024-08-26T15:00:00Z', {}],
    ]],
  ];
  for (const [what, docs] of rows) assert.deepEqual(targetDisputes(docs), [], what);
});

test('a head of a city\'s or region\'s military administration speaks for Ukraine (such bodies exist only there)', () => {
  const side = (text: string, extra: Extra = {}): (string | null)[] => [...new Set(records('s', text, '2025-08-28T12:00:00Z', extra).map((r) => r.speaker?.side ?? null))];
  const rows: [string, Extra, (string | null)[]][] = [
    ['KYIV, Aug 28 (Reuters) - Tymur Tkachenko, head of the city\'s military administration, said rescuers were still searching the rubble.', {}, ['UA']],
    ['KYIV, Aug 28 (Reuters) - The head of the regional military administration said two people were killed in the attack.', {}, ['UA']],
    ['Наразі відомо про 12 загиблих, серед них діти.', { author: 'Тимур Ткаченко', authorType: 'channel' }, ['UA']],
    // (lane miss14) Ukraine's prosecutor general (2022–2025), by name and title
    ['ODESA, April 30 (Reuters) - Ukraine\'s Prosecutor General Andriy Kostin said the strike had been meant to kill as many civilians as possible.', {}, ['UA']],
    ['Генпрокурор Андрій Костін заявив, що удар по Одесі був спрямований проти цивільних.', {}, ['UA']],
    // (lane miss14) a city's mayor in his own channel, his name in Cyrillic (data/actors.tsv knew only the Latin spelling)
    ['Росія вранці атакувала Львів ракетами.', { author: 'Андрій Садовий', authorType: 'channel' }, ['UA']],
    // the administrations Russia installed are military-civilian: Russian-installed, RU
    ['MELITOPOL, Aug 28 (Reuters) - Vladimir Rogov, a Russian-installed official of the region\'s military-civilian administration, said two people were killed.', {}, ['RU']],
    // (review) wire copy that calls a body Russia installed a "military administration": the explicit
    // "Russian-installed" decides, not the office Ukraine alone has by that name (was UA)
    ['ENERHODAR, April 8 (Reuters) - The Russian-installed city military administration of Enerhodar said Ukrainian drones struck the city\'s power substation.', {}, ['RU']],
    ['NOVA KAKHOVKA, May 3 (Reuters) - The Moscow-installed head of the district military administration said Ukrainian forces shelled the town.', {}, ['RU']],
  ];
  for (const [text, extra, want] of rows) assert.deepEqual(side(text, extra), want, text);
});
