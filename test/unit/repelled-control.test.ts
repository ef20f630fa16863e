/**
 * "Attacks near X repelled" as a claim to hold X (issue 9, lane control2): a ministry's summary that
 * it beat off the other side's attacks at a village («отразили атаки ... в районе Работино»,
 * «противник отброшен», «попытки ... продвинуться ... пресечены», "відбили атаки біля ...") says the
 * village is still its own only when the other side says, that day, that it has taken the village;
 * then analysts read the two as a dispute over who holds it. Otherwise it is a status statement
 * (how the attack went) and no control claim: no capture said by the other side, a capture said days
 * before or after, a capture said by the repeller's own side, a region named only as where it was.
 * Sentences are our own, written the way the Russian MoD's and the Ukrainian General Staff's
 * summaries and English wire copy phrase them; expected values decided by hand before the rule was
 * written (lane control2).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

const RU = 'Министерство обороны Российской Федерации';
const UA = 'Генеральний штаб ЗСУ';

/** A document: id, day of July 2023 (the 27th a Thursday), text, and its author when it is an own-voice post. */
type Doc = [id: string, day: number, text: string, author?: string];

/** The compare records of one document (an own-voice post when it has an author). */
function records([id, day, text, author]: Doc): ClaimRecord[] {
  const published = `2023-07-${String(day).padStart(2, '0')}T10:00:00Z`;
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: author ?? id, textOf: id, published }));
}

/** Each side of a dispute as its documents, sorted. */
function sidesByDoc(d: Dispute): string {
  return d.sides.map((s) => [...new Set(s.claims.map((c) => c.split('#')[0]!))].sort().join('+')).sort().join(' | ');
}

/** The control disputes of `docs` at the place named `place` (its English name), as their sides by document. */
function controlAt(docs: Doc[], place: string): string[] {
  const recs = docs.flatMap(records);
  return compareClaims(recs)
    .disputes.filter((d) => d.kind === 'control' && (d.topic.placeName ?? '').toLowerCase().startsWith(place.toLowerCase()))
    .map(sidesByDoc);
}

// --- a repelled attack against the other side's capture of the place, said that day or the day after ---
const disputes: [name: string, docs: Doc[], place: string, want: string][] = [
  ['ru: attacks near the village repelled / ua: the village liberated', [
    ['ru', 27, 'На Запорожском направлении подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'На Мелітопольському напрямку Сили оборони звільнили населений пункт Роботине Запорізької області та закріплюються на досягнутих рубежах.', UA],
  ], 'Robotyne', 'ru | ua'],
  ['ru passive: «атаки ... отражены»', [
    ['ru', 27, 'Все атаки ВСУ в районе Работино Запорожской области отражены.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne', 'ru | ua'],
  ['ru: attempts to advance near the village cut short', [
    ['ru', 27, 'Попытки противника продвинуться в районе Ровнополя Донецкой Народной Республики пресечены.', RU],
    ['ua', 27, 'Наші підрозділи звільнили село Рівнопіль Донецької області.', UA],
  ], 'Rivnopil', 'ru | ua'],
  ['ru: attacks at two villages repelled, the enemy thrown back / ua: one of them liberated', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районах населённых пунктов Работино и Вербовое Запорожской области. Противник отброшен на исходные позиции.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Вербове Запорізької області.', UA],
  ], 'Verbove', 'ru | ua'],
  ['... and none at the other village, of which Ukraine says nothing', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районах населённых пунктов Работино и Вербовое Запорожской области. Противник отброшен на исходные позиции.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Вербове Запорізької області.', UA],
  ], 'Robotyne', ''],
  ['english wire: Russia repelled attacks near the village / Ukraine recaptured it (two texts)', [
    ['wire-ru', 27, "Russia's defence ministry said its forces had repelled Ukrainian attacks near Neskuchne and pushed the attackers back."],
    ['wire-ua', 27, 'Ukraine said on Thursday its forces had recaptured the village of Neskuchne.'],
  ], 'Neskuchne', 'wire-ru | wire-ua'],
  ['english wire, one text, two voices', [
    ['wire', 27, "Ukraine said on Thursday its forces had recaptured the village of Neskuchne, a small gain in its counteroffensive.\n\nRussia's defence ministry said its troops had repelled Ukrainian attacks near Neskuchne and pushed the attackers back."],
  ], 'Neskuchne', 'wire | wire'],
  ['the other way round: ru captured the village / ua repelled russian attacks near it', [
    ['ru', 27, 'Подразделения группировки «Юг» освободили населённый пункт Клещеевка Донецкой Народной Республики.', RU],
    ['ua', 27, "Ukraine's General Staff said its troops had repelled Russian attacks near Klishchiivka."],
  ], 'Klyshchiivka', 'ru | ua'],
  ['ua: «відбили атаки окупантів біля Вугледара» / ru: the town liberated', [
    ['ru', 27, 'Подразделения группировки войск «Восток» освободили город Угледар Донецкой Народной Республики.', RU],
    ['ua', 27, 'Сили оборони відбили атаки окупантів біля Вугледара Донецької області.', UA],
  ], 'Vuhledar', 'ru | ua'],
  ['ua in english: "repelled 14 Russian attacks near Vuhledar" / ru: "taken full control of Vuhledar"', [
    ['ua', 27, "Ukrainian forces repelled 14 Russian attacks near Vuhledar on Thursday, Ukraine's General Staff said."],
    ['ru', 27, "Russia's defence ministry said its forces had taken full control of Vuhledar."],
  ], 'Vuhledar', 'ru | ua'],
  ['ru: «ВСУ не смогли захватить Работино» / ua: liberated', [
    ['ru', 27, 'Украинские войска не смогли захватить Работино Запорожской области, заявили в Министерстве обороны России.'],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne', 'ru | ua'],
  ['ua: the enemy offensive on the town choked / ru: the town liberated', [
    ['ua', 27, 'Наступ окупантів на Вугледар захлинувся, повідомили в Генеральному штабі ЗСУ.'],
    ['ru', 27, 'Подразделения группировки войск «Восток» освободили город Угледар Донецкой Народной Республики.', RU],
  ], 'Vuhledar', 'ru | ua'],
  ['the repelled attack said the day after the capture still claims the place', [
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
    ['ru', 28, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
  ], 'Robotyne', 'ru | ua'],
  ['ru: «отбиты все атаки ВСУ у Клещеевки» / ua (english): liberated', [
    ['ru', 27, 'Отбиты все атаки ВСУ у Клещеевки Донецкой Народной Республики.', RU],
    ['ua', 27, "Ukraine's military said its forces had liberated Klishchiivka."],
  ], 'Klyshchiivka', 'ru | ua'],
  ['ua: «атаки ворога в районі Роботиного відбито» / ru: liberated', [
    ['ua', 27, 'Атаки ворога в районі Роботиного Запорізької області відбито.', UA],
    ['ru', 27, 'Подразделения группировки войск «Восток» освободили населённый пункт Работино Запорожской области.', RU],
  ], 'Robotyne', 'ru | ua'],
  ['ua in english: "attempts to break through near Vuhledar were thwarted" / ru: captured', [
    ['ua', 27, "Russian attempts to break through near Vuhledar were thwarted, Ukraine's General Staff said."],
    ['ru', 27, "Russia's defence ministry said its forces had captured Vuhledar."],
  ], 'Vuhledar', 'ru | ua'],
  ['ru: «попытки противника прорваться к Работино пресечены» / ua: liberated', [
    ['ru', 27, 'Все попытки противника прорваться к Работино Запорожской области пресечены.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne', 'ru | ua'],
  ['ru in english: "Ukrainian attacks in the area of Rivnopil were repulsed" / ua: liberated', [
    ['ru', 27, "Ukrainian attacks in the area of Rivnopil were repulsed, Russia's defence ministry said."],
    ['ua', 27, 'Наші підрозділи звільнили село Рівнопіль Донецької області.', UA],
  ], 'Rivnopil', 'ru | ua'],
  ['ua: «ворога відкинуто від Вербового» / ru: liberated', [
    ['ua', 27, 'Ворога відкинуто від Вербового Запорізької області.', UA],
    ['ru', 27, 'Подразделения группировки войск «Восток» освободили населённый пункт Вербовое Запорожской области.', RU],
  ], 'Verbove', 'ru | ua'],
];

// --- no control dispute: repelled attacks that claim nothing about who holds the place ---
const none: [name: string, docs: Doc[], place: string][] = [
  ['ru: attacks repelled near the village, no capture claimed by anyone', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
  ], 'Robotyne'],
  ['ru repelled; ua only says it advanced near the village', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'Сили оборони просунулися біля Роботиного Запорізької області.', UA],
  ], 'Robotyne'],
  ['ru repelled three days before ua says it liberated the village (it changed hands later)', [
    ['ru', 24, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne'],
  ['ru repelled the day before ua liberated it', [
    ['ru', 26, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne'],
  ['ru repelled near the village three days after ua liberated it: another day window', [
    ['ua', 24, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
  ], 'Robotyne'],
  ['ru repelled two days after the liberation: another day window', [
    ['ua', 25, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
  ], 'Robotyne'],
  ['ru repelled near one village, ua liberated another (at the first)', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Вербове Запорізької області.', UA],
  ], 'Robotyne'],
  ['... nor at the second', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Вербове Запорізької області.', UA],
  ], 'Verbove'],
  ['one side: ru repelled attacks near the village and then says it liberated it (its own update)', [
    ['ru1', 26, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ru2', 27, 'Подразделения группировки войск «Восток» освободили населённый пункт Работино Запорожской области.', RU],
  ], 'Robotyne'],
  ['one side: ua repelled attacks near the village, then says its units withdrew from it', [
    ['ua1', 26, 'Сили оборони відбили атаки окупантів біля Вугледара Донецької області.', UA],
    ['ua2', 27, 'Підрозділи Сил оборони відійшли з Вугледара Донецької області.', UA],
  ], 'Vuhledar'],
  ['one side: a russian blogger says the ukrainians took the village, the ministry that attacks near it were repelled', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['blog', 27, 'Военкор Александр Коц написал, что ВСУ заняли Работино.'],
  ], 'Robotyne'],
  ['a capture told by no side (an outlet\'s own words) against ru\'s repelled attacks', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['news', 27, 'The village of Robotyne changed hands on Thursday.'],
  ], 'Robotyne'],
  ['an air attack repelled by air defence near the village is no claim to hold it', [
    ['ru', 27, 'Средствами противовоздушной обороны отражена атака беспилотников ВСУ в районе Работино.', RU],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne'],
  ['ru: attacks repelled in the kursk region (the region only) / ua: a village there taken', [
    ['ru', 27, 'В Курской области отражены атаки штурмовых групп ВСУ.', RU],
    ['ua', 27, 'Ukraine said its forces had captured the town of Sudzha in the Kursk region.'],
  ], 'Kursk'],
  ['... nor at the village', [
    ['ru', 27, 'В Курской области отражены атаки штурмовых групп ВСУ.', RU],
    ['ua', 27, 'Ukraine said its forces had captured the town of Sudzha in the Kursk region.'],
  ], 'Sudzha'],
  ['ru repelled near the village, ua says fighting for it goes on (no capture claimed)', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'За Роботине Запорізької області тривають бої.', UA],
  ], 'Robotyne'],
  ['both sides say they repelled attacks near the town', [
    ['ua', 27, 'Сили оборони відбили атаки окупантів біля Вугледара Донецької області.', UA],
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе Угледара Донецкой Народной Республики.', RU],
  ], 'Vuhledar'],
  ['a repelled attack said with no known side (the wire\'s own words) against a capture', [
    ['news', 27, 'Attacks near Robotyne were repelled on Thursday, the report said.'],
    ['ua', 27, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
  ], 'Robotyne'],
  ['ua only vows to liberate the village (no capture) against ru\'s repelled attacks', [
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
    ['ua', 27, 'Ukraine said its forces would liberate Robotyne soon.'],
  ], 'Robotyne'],
  ['one side in english: ukraine repelled attacks near the town, then said it withdrew from it', [
    ['ua1', 26, "Ukrainian forces repelled 14 Russian attacks near Vuhledar over the past day, Ukraine's General Staff said."],
    ['ua2', 27, "Ukrainian forces withdrew from Vuhledar, Ukraine's General Staff said."],
  ], 'Vuhledar'],
  ['ua\'s summary of "the past day" (dated the day before) against ru\'s capture that morning: the fighting before the capture', [
    ['ua', 27, "Ukrainian forces repelled 14 Russian attacks near Vuhledar over the past day, Ukraine's General Staff said."],
    ['ru', 27, "Russia's defence ministry said its forces had taken full control of Vuhledar."],
  ], 'Vuhledar'],
  // (review) a district of the town taken is part of it, not the town: repelled attacks in the town's area answer no capture of it
  ['ru took a microdistrict of the town, ua repelled attacks in the town\'s area the same day', [
    ['ru', 10, 'Подразделения группировки войск «Южная» освободили микрорайон Новый в Часовом Яре.', RU],
    ['ua', 10, 'Сили оборони відбили атаки ворога в районі Часового Яру.', UA],
  ], 'Chasiv Yar'],
  ['ua took a quarter of the town (uk), ru repelled attacks near it the same day', [
    ['ua', 10, 'Сили оборони звільнили один із кварталів Вовчанська Харківської області.', UA],
    ['ru', 10, 'Подразделения группировки войск «Север» отразили атаки штурмовых групп ВСУ в районе Волчанска Харьковской области.', RU],
  ], 'Vovchansk'],
  ['ru repelled attacks near the village; the capture ukraine claims was a week earlier', [
    ['ua', 20, 'Сили оборони звільнили населений пункт Роботине Запорізької області.', UA],
    ['ru', 27, 'Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино Запорожской области.', RU],
  ], 'Robotyne'],
];

for (const [name, docs, place, want] of disputes) {
  test(`repelled vs capture: ${name}`, () => {
    const got = controlAt(docs, place);
    if (want === '') assert.deepEqual(got, [], name);
    else assert.deepEqual(got, [want], name);
  });
}

for (const [name, docs, place] of none) {
  test(`repelled, no control dispute: ${name}`, () => {
    assert.deepEqual(controlAt(docs, place), [], name);
  });
}

/** The advance facts of a text's claims: polarity and the attacker (the subject side, else the speaker's opponent). */
function advance(text: string, author?: string): string[] {
  const other = (s: string | null | undefined): string | null => (s === 'RU' ? 'UA' : s === 'UA' ? 'RU' : null);
  return records(['c', 27, text, author]).flatMap((r) => r.statuses.filter((s) => s.topic === 'advance').map((s) => `${s.polarity}|${s.subjectSide ?? other(r.speaker?.side)}`));
}

// --- the facts the rule reads: a repelled attack is the attacker's advance stopped ---
test('repelled attacks, thrown-back enemies and cut-short attempts are the attacker\'s advance stopped (ru, uk, en)', () => {
  const rows: [string, string | undefined, string[]][] = [
    ['Подразделения группировки войск «Восток» отразили атаки штурмовых групп ВСУ в районе населённого пункта Работино.', RU, ['-1|UA']],
    ['Противник отброшен на исходные позиции.', RU, ['-1|UA']],
    ['Попытки противника продвинуться в районе Ровнополя пресечены.', RU, ['-1|UA']],
    ['Сили оборони відбили атаки окупантів біля Вугледара.', UA, ['-1|RU']],
    ["Russia's defence ministry said its forces had repelled Ukrainian attacks near Neskuchne.", undefined, ['-1|UA']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(advance(text, author), want, text);
});
