/**
 * Control of a whole region and the status of a process between the sides (lane status, issue 9).
 *
 * - A region said to be cleared whole ("Ukrainian forces had been expelled from the whole of the Kursk
 *   region", «Курская область полностью освобождена») against the other side's forces said to be still
 *   there, in sectors of the region or at a place in it («Українські підрозділи й надалі виконують
 *   завдання на визначених ділянках Курської області"), is a control dispute
 *   (src/compare/control.ts, data/control-phrases.tsv).
 * - A process between the sides (an exchange of prisoners or of the dead, talks, a ceasefire) said to
 *   be put off by one side, against that side's "no date was ever agreed" or "we are ready", is a
 *   status dispute (src/compare/process.ts, data/process-status.tsv).
 *
 * Rows: the dev misses kursk-region-2025-04 and bodies-exchange-2025-06, retold, and sentences of our
 * own in English, Russian and Ukrainian, with the pairs that must not be disputes (another region,
 * "no date yet" from both sides, one side's own voices, another process, days apart). Expected values
 * written by hand before the program was run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

/** One document of a pair: its text, publication time and, for an own-voice post, its author. */
type Doc = [text: string, published: string, author?: string];

/** The compare records of one document (an own-voice post when `author` is given). */
function records(id: string, [text, published, author]: Doc): ClaimRecord[] {
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: author ?? id, textOf: id, published }));
}

/** The control facts of a text's claims, as "state|polarity|side@places". */
function controls(doc: Doc): string[] {
  return records('k', doc).flatMap((r) => r.statuses.filter((s) => s.topic === 'control').map((s) => `${s.state}|${s.polarity}|${s.subjectSide}@${(s.places ?? []).map((p) => p.name).join('+')}`));
}

/** The kinds of the disputes between two documents. */
function disputeKinds(a: Doc, b: Doc): string[] {
  const r = compareClaims([...records('a', a), ...records('b', b)]);
  return r.disputes.map((d) => d.kind ?? '?');
}

const D1 = '2025-04-26T10:00:00Z';
const D2 = '2025-04-26T16:00:00Z';

test('a side\'s forces driven out of a whole region, or still at work in its sectors, are control facts', () => {
  const rows: [Doc, string[]][] = [
    // kursk-region-2025-04 (Reuters and the General Staff, retold)
    [["Russia's defence ministry said Ukrainian forces had been expelled from the whole of the Kursk region.", D1], ['lost|-1|UA@Kursk Oblast']],
    [["Ukraine's General Staff said its units were still holding positions in the Kursk region.", D2], ['part|1|UA@Kursk Oblast']],
    [["Ukraine's General Staff dismissed the claim as untrue, saying its units were still holding positions in parts of the Kursk region.", D2], ['part|1|UA@Kursk Oblast']],
    [['Українські підрозділи й надалі виконують завдання на визначених ділянках Курської області.', D2, 'Генеральний штаб ЗСУ'], ['part|1|UA@Kursk Oblast']],
    // the same constructions, sentences of our own
    [['Генштаб ВСУ заявил, что украинские подразделения продолжают выполнять задачи на отдельных участках Курской области.', D2], ['part|1|UA@Kursk Oblast']],
    [["Ukraine's army said Russian troops had been driven out of the Kharkiv region.", D2], ['lost|-1|RU@Kharkiv Oblast']],
    [['The commander said Ukrainian units were still operating in the Belgorod region.', D2], ['part|1|UA@Belgorod Oblast']],
  ];
  for (const [doc, want] of rows) assert.deepEqual(controls(doc), want, doc[0]);
});

test('people expelled, pilots at work and tasks elsewhere are no control facts', () => {
  const rows: Doc[] = [
    ['Two Russian diplomats were expelled from Moldova last week, the foreign ministry said.', D1],
    ['Ukrainian students were expelled from the university in Kursk, the rector said.', D1],
    ['Українські пілоти виконують завдання в Курській області, повідомили в Повітряних силах.', D2],
    ['Волонтёры продолжают выполнять задачи в Курской области, сообщил губернатор.', D2],
    ['The ministry said the pilots carry out missions in difficult weather.', D2],
  ];
  for (const doc of rows) assert.deepEqual(controls(doc), [], doc[0]);
});

test('a region cleared whole against the other side still in it is a control dispute', () => {
  const rows: [Doc, Doc][] = [
    [
      ['Начальник Генштаба Валерий Герасимов заявил, что Курская область полностью освобождена от украинских формирований.', D1],
      ['Українські підрозділи й надалі виконують завдання на визначених ділянках Курської області.', D2, 'Генеральний штаб ЗСУ'],
    ],
    [
      ["Russia's defence ministry said Ukrainian forces had been expelled from the whole of the Kursk region.", D1],
      ["Ukraine's General Staff dismissed the claim as untrue, saying its units were still holding positions in parts of the Kursk region.", D2],
    ],
    [
      ['Министерство обороны России сообщило, что Курская область полностью освобождена.', D1],
      ['Генштаб ВСУ заявил, что украинские подразделения продолжают выполнять задачи на отдельных участках Курской области.', D2],
    ],
    [
      ["Ukraine's army said Russian troops had been driven out of the Kharkiv region.", D1],
      ["Russia's defence ministry said Russian units were still operating in the Kharkiv region.", D2],
    ],
  ];
  for (const [a, b] of rows) assert.deepEqual(disputeKinds(a, b), ['control'], `${a[0]} | ${b[0]}`);
});

test('a region cleared against forces in another region, a village taken, one side\'s voices or days apart is no dispute', () => {
  const rows: [Doc, Doc][] = [
    // another region (the neighbour named in the same post)
    [
      ['Министерство обороны России сообщило, что Курская область полностью освобождена.', D1],
      ["Ukraine's General Staff said its units were still holding positions in the Belgorod region.", D2],
    ],
    [
      ["Russia's defence ministry said Ukrainian forces had been expelled from the whole of the Kursk region.", D1],
      ['Українські підрозділи й надалі виконують завдання на визначених ділянках Сумської області.', D2, 'Генеральний штаб ЗСУ'],
    ],
    // a village in the region taken is no claim to the whole region
    [
      ['Минобороны России сообщило, что подразделения освободили населённый пункт Малая Локня в Курской области.', D1],
      ["Ukraine's General Staff said its units were still holding positions in the Kursk region.", D2],
    ],
    // one side's voices: the region cleared, and fighting its own side reports
    [
      ['Министерство обороны России сообщило, что Курская область полностью освобождена.', D1],
      ['Губернатор Курской области Александр Хинштейн сообщил, что российские подразделения продолжают выполнять задачи на отдельных участках Курской области.', D2],
    ],
    // a month apart: an answer no longer
    [
      ['Министерство обороны России сообщило, что Курская область полностью освобождена.', D1],
      ["Ukraine's General Staff said its units were still holding positions in the Kursk region.", '2025-05-30T12:00:00Z'],
    ],
  ];
  for (const [a, b] of rows) assert.deepEqual(disputeKinds(a, b).filter((k) => k === 'control'), [], `${a[0]} | ${b[0]}`);
});

const J7 = '2025-06-07T13:00:00Z';
const J8 = '2025-06-07T20:00:00Z';

test('a process said to be put off by one side against that side\'s "no date was agreed" or "we are ready" is a status dispute', () => {
  const rows: [Doc, Doc][] = [
    // bodies-exchange-2025-06 (TASS and the coordination headquarters, retold)
    [
      ['По словам Мединского, украинская сторона без объяснений отложила обмен телами на неопределённое время.', J7],
      ['Жодної дати передачі тіл загиблих з російською стороною не погоджено.', J8, 'Координаційний штаб з питань поводження з військовополоненими'],
    ],
    [
      ['Vladimir Medinsky said Kyiv had put off the handover of the bodies indefinitely.', J7],
      ["Ukraine's coordination headquarters for prisoners of war said no date for the exchange had ever been agreed.", J8],
    ],
    // sentences of our own: talks, an exchange of prisoners
    [
      ['Kremlin spokesman Dmitry Peskov said Kyiv had postponed the talks in Istanbul.', J7],
      ['President Volodymyr Zelensky said Ukraine was ready for talks in Istanbul.', J8],
    ],
    [
      ['Мария Захарова заявила, что Киев отменил обмен пленными.', J7],
      ['Омбудсмен Дмитрий Лубинец заявил, что Украина готова к обмену пленными.', J8],
    ],
  ];
  for (const [a, b] of rows) assert.deepEqual(disputeKinds(a, b), ['status'], `${a[0]} | ${b[0]}`);
});

test('"no date yet" from both sides, an admission, one side\'s voices, another process or days apart is no process dispute', () => {
  const rows: [Doc, Doc][] = [
    // "no date yet" from both sides
    [
      ['Владимир Мединский сказал, что дата обмена телами пока не согласована.', J7],
      ['Омбудсман Дмитро Лубінець заявив, що дату обміну тілами ще не погоджено.', J8],
    ],
    // both sides ready
    [
      ['Kremlin spokesman Dmitry Peskov said Russia was ready for a prisoner exchange.', J7],
      ['Ombudsman Dmytro Lubinets said Ukraine was ready for a prisoner exchange.', J8],
    ],
    // the side said to put it off says so itself
    [
      ['Vladimir Medinsky said Kyiv had put off the exchange of bodies.', J7],
      ['Ukrainian negotiator Rustem Umerov said Ukraine had postponed the exchange of bodies until the lists were checked.', J8],
    ],
    // one side's two voices
    [
      ['Vladimir Medinsky said Kyiv had put off the exchange of bodies.', J7],
      ['Kremlin spokesman Dmitry Peskov said no date for the exchange of bodies had been agreed yet.', J8],
    ],
    // another process: talks put off against no date for an exchange
    [
      ['Kremlin spokesman Dmitry Peskov said Kyiv had postponed the talks in Istanbul.', J7],
      ["Ukraine's coordination headquarters for prisoners of war said no date for the exchange had ever been agreed.", J8],
    ],
    // days apart: put off, then answered three weeks later
    [
      ['Vladimir Medinsky said Kyiv had put off the handover of the bodies indefinitely.', J7],
      ["Ukraine's coordination headquarters for prisoners of war said no date for the exchange had ever been agreed.", '2025-06-30T12:00:00Z'],
    ],
    // no process at all: an exam and a concert
    [
      ['The governor of the Kursk region said the school exams had been postponed.', J7],
      ['The mayor of Kharkiv said no date had been agreed for the concert.', J8],
    ],
    // one speaker's update: put off, then the exchange took place
    [
      ['Vladimir Medinsky said Kyiv had put off the exchange of bodies.', J7],
      ['Vladimir Medinsky said the exchange of bodies had taken place.', '2025-06-11T15:00:00Z'],
    ],
  ];
  for (const [a, b] of rows) assert.deepEqual(disputeKinds(a, b).filter((k) => k === 'status'), [], `${a[0]} | ${b[0]}`);
});

/** The process facts of a text's claims, as "process|phase|by". */
function processes(doc: Doc): string[] {
  return records('p', doc).flatMap((r) => (r.processes ?? []).map((f) => `${f.process}|${f.phase}|${f.by}`));
}

test('a put-off or ready word makes a process fact only with the process noun as its object, in its own sentence; an exchange of the dead is not one of prisoners', () => {
  const rows: [Doc, string[]][] = [
    // the reviewer's: the exchange in another sentence, the put-off word's object a celebration
    [['Последний обмен пленными состоялся в мае. Как заявил Дмитрий Песков, Киев отменил празднование Дня Конституции.', J7], []],
    // the reviewer's: the exchange in another sentence, ready for an offensive
    [['Ombudsman Dmytro Lubinets said the last exchange took place in May. Ukraine is ready for a new Russian offensive in the Sumy region, Zelensky said.', J8], []],
    // the reviewer's: ready for a war, the processes in another clause
    [['Zelensky said that without a ceasefire there will be no talks, and Ukraine is ready for a long war.', J8], []],
    // our own: another object of the put-off or ready word
    [['Kremlin spokesman Dmitry Peskov said the talks had stalled. He said Kyiv had cancelled the parade.', J7], []],
    [['Мария Захарова заявила, что Киев сорвал поставки зерна, хотя обмен пленными продолжается.', J7], []],
    [['Омбудсмен Дмитрий Лубинец заявил, что переговоров не будет, а Украина готова к долгой войне.', J8], []],
    [['Ombudsman Dmytro Lubinets said the exchange was delayed but Ukraine was ready for a harsh winter.', J8], []],
    // the object is the process: of the dead, of prisoners, or not said
    [['Vladimir Medinsky said Kyiv had put off the exchange of bodies.', J7], ['exchange-bodies|put-off|UA']],
    [['Мария Захарова заявила, что Киев отменил обмен пленными.', J7], ['exchange-prisoners|put-off|UA']],
    [['Ombudsman Dmytro Lubinets said Ukraine was ready for a prisoner exchange.', J8], ['exchange-prisoners|ready|UA']],
    [['Kremlin spokesman Dmitry Peskov said Kyiv had postponed the swap.', J7], ['exchange|put-off|UA']],
    // the object before a put-off word in its clause; an object that starts with "a new round of"
    [['Обмін полоненими Росія зірвала, заявив омбудсман Дмитро Лубінець.', J8], ['exchange-prisoners|put-off|RU']],
    [['Zelensky said Ukraine was ready to hold a new round of talks.', J8], ['talks|ready|UA']],
    [['Омбудсмен Дмитрий Лубинец заявил, что Украина готова провести новый раунд переговоров.', J8], ['talks|ready|UA']],
  ];
  for (const [doc, want] of rows) assert.deepEqual(processes(doc), want, doc[0]);
  // an exchange of the dead put off against one of prisoners wrecked: two processes, no dispute
  const none: [Doc, Doc][] = [
    [
      ['По словам Мединского, украинская сторона отложила обмен телами.', J7],
      ['Омбудсман Дмитро Лубінець заявив, що Росія зірвала обмін полоненими.', J8],
    ],
    [
      ['Vladimir Medinsky said Kyiv had put off the exchange of bodies.', J7],
      ['Ombudsman Dmytro Lubinets said Russia had called off the prisoner exchange.', J8],
    ],
  ];
  for (const [a, b] of none) assert.deepEqual(disputeKinds(a, b).filter((k) => k === 'status'), [], `${a[0]} | ${b[0]}`);
});

const O13 = '2023-10-13T10:30:00Z';

test('an advance at a place against "the offensive there has choked" is a status dispute; another sector or one side\'s voices is none', () => {
  // avdiivka-offensive-2023-10 (Reuters and Ukrinform, retold)
  const ukraine: Doc = ['Наступ росіян на Авдіївку захлинувся, заявив речник Сил оборони Таврійського напрямку Олександр Штупун.', O13];
  assert.deepEqual(disputeKinds(['Denis Pushilin said Russian units were advancing around Avdiivka.', O13], ukraine), ['status']);
  assert.deepEqual(disputeKinds(['Денис Пушилин заявил, что наступление противника под Угледаром захлебнулось.', O13], ['Ukraine\'s General Staff said its units were advancing near Vuhledar.', O13]), ['status']);
  const none: [Doc, Doc][] = [
    // another named sector
    [['Denis Pushilin said Russian units were advancing around Bakhmut.', O13], ukraine],
    // one side's voices, three days apart: the town under attack, then the attack choked
    [['Росіяни атакують Авдіївку з кількох напрямків одночасно, повідомив начальник Авдіївської міської військової адміністрації Віталій Барабаш.', '2023-10-10T18:00:00Z'], ukraine],
  ];
  for (const [a, b] of none) assert.deepEqual(disputeKinds(a, b).filter((k) => k === 'status'), [], `${a[0]} | ${b[0]}`);
});
