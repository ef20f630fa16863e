/**
 * Table-driven tests for lane agree2 (issue 9: "agreements kept"): the striking side claims its own
 * strike and the struck side reports being struck by it, at one place and day: one agreement on who
 * did it, even when the two sides dispute what was hit (a dispute over the target and an agreement
 * that the strike happened both stand). Texts written for this test in the way ministry statements,
 * Ukrinform, TASS and wire copy word them (other cities and dates than the benchmark's); the expected
 * values were decided by hand from the language before the rule was written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/index.js';
import { claimRecords, recordsOf, type Doc } from './fact-labels.js';

function ledger(docs: Doc[]): { agreements: string[]; disputes: string[] } {
  const res = compareClaims(recordsOf(docs), { agreements: true });
  const sides = (sp: { side: string | null }[]): string => [...new Set(sp.map((s) => s.side).filter(Boolean))].sort().join(',');
  return {
    // (the agreement on who struck; an "attack happened" agreement of the same claims may stand beside it)
    agreements: res.agreements.filter((a) => a.kind === 'responsibility' && a.topic.key.includes('|e|responsibility')).map((a) => sides(a.side.speakers)).sort(),
    disputes: res.disputes.filter((d) => d.kind === 'responsibility').map((d) => d.reason ?? '').sort(),
  };
}

const RU_MYK: Doc = ['ru-myk', 'МОСКВА, 12 мая. /ТАСС/. Вооружённые силы Российской Федерации нанесли удар высокоточным оружием по ангарам в Николаеве, где готовились безэкипажные катера, сообщили в Министерстве обороны России.', '2024-05-12T09:00:00Z'];
const UA_MYK: Doc = ['ua-myk', 'МИКОЛАЇВ, 12 травня. /Укрінформ/. Росія вдарила ракетами по житловому кварталу Миколаєва, повідомив начальник обласної військової адміністрації Віталій Кім.', '2024-05-12T07:30:00Z'];

test('the striking side claims the strike, the struck side reports it: one agreement, even when they dispute what was hit', () => {
  const rows: [string, Doc[], string[]][] = [
    ['RU ministry (ru): hangars in Mykolaiv; the governor (uk): a residential quarter', [RU_MYK, UA_MYK], ['RU,UA']],
    ['the ministry claims a strike on Lviv and, in a second post, blames a Ukrainian air-defence missile for the church; Lviv says a Russian missile hit it', [
      ['ru-lviv', 'МОСКВА, 9 марта. /ТАСС/. В ночь на 9 марта Вооружённые силы Российской Федерации нанесли групповой удар высокоточным оружием по объектам в районе Львова, сообщили в Министерстве обороны России.', '2025-03-09T09:00:00Z'],
      ['ru-lviv-2', 'МОСКВА, 9 марта. /ТАСС/. Распространяемые киевским режимом сведения о том, что церковь во Львове разрушена российским оружием, не соответствуют действительности. Наиболее вероятной причиной разрушения стало падение украинской зенитной управляемой ракеты, сообщили в Министерстве обороны России.', '2025-03-09T13:00:00Z'],
      ['ua-lviv', 'ЛЬВІВ, 9 березня. /Укрінформ/. Російська ракета влучила в церкву у Львові, повідомив начальник обласної військової адміністрації Максим Козицький.', '2025-03-09T07:00:00Z'],
    ], ['RU,UA']],
    ['Ukraine\'s General Staff (en) claims a strike in the Rostov region; Russia\'s ministry (en) says Ukraine attacked it', [
      ['ua-mil', "KYIV, Oct 9 (Reuters) - Ukraine's General Staff said its forces had struck an ammunition depot near Millerovo in Russia's Rostov region overnight.", '2024-10-09T08:00:00Z'],
      ['ru-mil', "MOSCOW, Oct 9 (Reuters) - Russia's defence ministry said Ukraine had attacked Millerovo with drones overnight and that a fire broke out at a warehouse.", '2024-10-09T10:00:00Z'],
    ], ['RU,UA']],
  ];
  for (const [name, docs, want] of rows) assert.deepEqual(ledger(docs).agreements, want, name);
});

test('the dispute over what was hit stays beside the agreement that the strike happened', () => {
  const got = ledger([RU_MYK, UA_MYK]);
  assert.deepEqual(got.disputes, ['target']);
  assert.deepEqual(got.agreements, ['RU,UA']);
});

test('must-not: no agreement on a strike', () => {
  const rows: [string, Doc[]][] = [
    ['two strikes on one city on different days', [
      ['ru-kh', 'МОСКВА, 10 мая. /ТАСС/. Российские войска нанесли удар высокоточным оружием по объектам в Харькове, сообщили в Министерстве обороны России.', '2024-05-10T09:00:00Z'],
      ['ua-kh', 'ХАРКІВ, 20 травня. /Укрінформ/. Росія атакувала Харків керованими авіабомбами, повідомив голова обласної військової адміністрації Олег Синєгубов.', '2024-05-20T12:00:00Z'],
    ]],
    ['the doer\'s claim and the struck side\'s report two days apart (two strikes)', [
      ['ru-kh-2', 'МОСКВА, 10 мая. /ТАСС/. Российские войска нанесли удар высокоточным оружием по объектам в Харькове, сообщили в Министерстве обороны России.', '2024-05-10T09:00:00Z'],
      ['ua-kh-2', 'ХАРКІВ, 12 травня. /Укрінформ/. Росія атакувала Харків керованими авіабомбами, повідомив голова обласної військової адміністрації Олег Синєгубов.', '2024-05-12T12:00:00Z'],
    ]],
    ['one side\'s two voices on one strike', [
      ['ua-zp-1', 'ЗАПОРІЖЖЯ, 6 квітня. /Укрінформ/. Росія вдарила ракетами по Запоріжжю, повідомив начальник обласної військової адміністрації Іван Федоров.', '2024-04-06T07:00:00Z'],
      ['ua-zp-2', "KYIV, April 6 (Reuters) - Russia struck Zaporizhzhia with missiles overnight, Ukraine's air force said.", '2024-04-06T09:00:00Z'],
    ]],
    ['an accusation by the struck side that the accused denies', [
      ['ua-sumy', 'СУМИ, 3 лютого. /Укрінформ/. Росія вдарила ракетою по ринку в Сумах, повідомив голова обласної військової адміністрації Володимир Артюх.', '2025-02-03T10:00:00Z'],
      ['ru-sumy', 'МОСКВА, 3 февраля. /ТАСС/. Российские войска не наносили ударов по Сумам, заявил официальный представитель Кремля Дмитрий Песков.', '2025-02-03T14:00:00Z'],
    ]],
  ];
  for (const [name, docs] of rows) assert.deepEqual(ledger(docs).agreements, [], name);
});

test('responsibility facts: the ministry\'s own strike report names no doer but is its own side\'s strike', { todo: 'the passive «нанесён удар» and «в результате удара ... противника» of the doer\'s own report are not yet read as its own strike (lane agree2 left it: dev kryvyi-rih, pokrovsk-2023, kramatorsk-dorms)' }, () => {
  const rows: [string, string[]][] = [
    ['Нанесён высокоточный удар по пункту управления ВСУ в районе Херсона, сообщили в Министерстве обороны России.', ['RU 1']],
    ['В результате удара уничтожено до 40 военнослужащих противника, сообщили в Министерстве обороны России.', ['RU 1']],
    ['В результате массированного ракетного удара по пунктам временной дислокации уничтожено более 300 украинских военнослужащих, сообщили в Министерстве обороны России.', ['RU 1']],
  ];
  for (const [text, want] of rows) {
    const got = claimRecords('t', text, '2024-06-01T09:00:00Z').flatMap((r) => (r.events ?? []).filter((e) => e.topic === 'responsibility').map((e) => `${e.agentSide} ${e.polarity}`));
    assert.deepEqual([...new Set(got)], want, text);
  }
});
