/**
 * Two false disputes of the real Russian Telegram corpus (issue 9 item 4, lane rufalse13):
 *
 * - Kupiansk, 13-14 Nov 2024: SHOT's «захвачен в Купянске», «продвижение ВС РФ в районе Купянска»
 *   against the General Staff's «атаки на Купянск отбиты … город под контролем ВСУ» is one control
 *   dispute; the same claims also made a status dispute ("RU advancing" vs "RU's advance stopped")
 *   that only repeated it in a weaker kind. A status dispute whose every claim on both sides is in a
 *   control dispute of the same place and window is folded into it; one with a claim of its own stays.
 * - Kursk region, 20-21 Nov 2024: SHOT's «в ходе спецоперации по зачистке Ольговского котла» (a
 *   clearing operation: fighting goes on) against BBC's «районы региона, в которых идут бои». A
 *   clearing under way is no claim that the place is held; a capture of a town against «идут бои» in
 *   it stays a control dispute.
 *
 * Rows in Russian, Ukrainian and English, written by hand from how such posts are phrased, before the
 * program was changed; expected values decided by reading, not copied from output.
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

/** The control states of a text's claims, as "state|side". */
function controls(doc: Doc): string[] {
  return records('k', doc).flatMap((r) => r.statuses.filter((s) => s.topic === 'control').map((s) => `${s.state}|${s.subjectSide}`));
}

/** The kinds of the disputes between two documents, sorted. */
function disputeKinds(a: Doc, b: Doc): string[] {
  const r = compareClaims([...records('a', a), ...records('b', b)]);
  return r.disputes.map((d) => d.kind ?? '?').sort();
}

const N14 = '2024-11-14T09:10:00Z';
const N14b = '2024-11-14T10:40:00Z';
const N20 = '2024-11-20T19:56:00Z';
const N21 = '2024-11-21T12:54:00Z';

test('a clearing operation under way is no claim that the place is held', () => {
  const rows: Doc[] = [
    ['Всего же, по нашей информации, в ходе спецоперации по зачистке Ольговского котла в Курской области ВС РФ ликвидировано более 600 человек.', N21, 'SHOT'],
    ['Российские военные продолжают операцию по зачистке Курской области от ВСУ, сообщил источник.', N21],
    ['Сили оборони проводять операцію із зачистки лісосмуги біля Куп\'янська, повідомили в угрупованні.', N21],
    ['Russian forces are conducting a clearing operation in the Kursk region, the blogger said.', N21],
  ];
  for (const doc of rows) {
    assert.ok(records('k', doc).length > 0, `no claim in: ${doc[0]}`);
    assert.deepEqual(controls(doc).filter((c) => c.startsWith('holds')), [], doc[0]);
  }
});

test('a clearing completed is still a place held', () => {
  const rows: [Doc, string][] = [
    [['Подразделения ВС РФ полностью зачистили Селидово от ВСУ, сообщили в Минобороны.', N21], 'holds|RU'],
    [['Сили оборони повністю зачистили Куп\'янськ від окупантів, повідомили в угрупованні.', N21], 'holds|UA'],
  ];
  for (const [doc, want] of rows) assert.ok(controls(doc).includes(want), `${doc[0]}: ${controls(doc).join(', ')}`);
});

test('a clearing operation in a region against «идут бои» there is no control dispute', () => {
  const bbc: Doc = ['После того как в августе ВСУ начали наступление в Курской области, более 110 тыс. жителей приграничных районов региона, в которых идут бои, покинули свои дома.', N20, 'BBC News | Русская служба'];
  const rows: Doc[] = [
    ['Всего же, по нашей информации, в ходе спецоперации по зачистке Ольговского котла в Курской области ВС РФ ликвидировано более 600 человек.', N21, 'SHOT'],
    ['Российские военные продолжают операцию по зачистке Курской области от ВСУ, сообщил источник.', N21],
    // a retreat whose sentence names no place: the region is only where it happened (the headline's)
    ['Взвод ВСУшников подорвался на своих же заминированных тропах в Курской области\n\nПод миномётными обстрелами и ударами с воздуха ВСУшникам пришлось экстренно отступать обратно. В ходе спецоперации по зачистке Ольговского котла ВС РФ ликвидировано более 600 человек.', N21, 'SHOT'],
  ];
  assert.ok(records('b', bbc).length > 0, 'no claim in the BBC row');
  for (const doc of rows) {
    assert.ok(records('a', doc).length > 0, `no claim in: ${doc[0]}`);
    assert.deepEqual(disputeKinds(doc, bbc).filter((k) => k === 'control'), [], doc[0]);
  }
});

test('a town taken against «идут бои» in it stays a control dispute', () => {
  const rows: [Doc, Doc][] = [
    [
      ['Минобороны России сообщило, что подразделения полностью освободили Суджу.', N20, 'Министерство обороны Российской Федерации'],
      ['В Судже продолжаются бои, заявили в Генштабе ВСУ.', N21],
    ],
    [
      ['Российские войска полностью зачистили Суджу от ВСУ, сообщили в Минобороны России.', N20],
      ['У Суджі тривають бої, повідомили в Генштабі ЗСУ.', N21],
    ],
  ];
  for (const [a, b] of rows) assert.ok(disputeKinds(a, b).includes('control'), `${a[0]} | ${b[0]}: ${disputeKinds(a, b).join(', ')}`);
});

test('a status dispute made only of the claims of a control dispute at the same place is folded into it', { todo: 'lane rufalse13: an outlet-and-speaker fold also folded the hand-checked advance dispute of test/golden/compare (the same shape: a headline "assault repelled" read as both); left for a rule that tells them apart' }, () => {
  const rows: [Doc, Doc][] = [
    [
      ['Первый опорник ВСУ захвачен в Купянске. Подразделениям ВС РФ удалось закрепиться в городе. Продвижение ВС РФ в районе Купянска продолжается.', N14, 'SHOT'],
      ['Город Купянск находится под контролем украинских военных, все атаки на этом направлении успешно отбиты, заявили в Генштабе ВСУ. Украинские подразделения остановили продвижение противника у Купянска.', N14b],
    ],
    [
      ["Russian forces have captured Kupiansk and continue to advance in the town, Russia's defence ministry said.", N14],
      ["Ukraine's General Staff said Kupiansk remained under Ukrainian control and that the Russian advance near Kupiansk had been stopped.", N14b],
    ],
  ];
  for (const [a, b] of rows) {
    const kinds = disputeKinds(a, b);
    assert.ok(kinds.includes('control'), `${a[0]}: ${kinds.join(', ')}`);
    assert.deepEqual(kinds.filter((k) => k === 'status'), [], `${a[0]}: ${kinds.join(', ')}`);
  }
});

test('a status dispute with claims outside any control dispute stays', () => {
  const rows: [Doc, Doc][] = [
    [
      ['Российские войска продвигаются в районе Покровска, сообщили в Минобороны России.', N14, 'Министерство обороны Российской Федерации'],
      ['Украинские подразделения остановили продвижение противника у Покровска, заявили в Генштабе ВСУ.', N14b],
    ],
    [
      ["Russian troops are advancing near Pokrovsk, Russia's defence ministry said.", N14],
      ["Ukraine's General Staff said the Russian advance near Pokrovsk had been stopped.", N14b],
    ],
  ];
  for (const [a, b] of rows) assert.ok(disputeKinds(a, b).includes('status'), `${a[0]}: ${disputeKinds(a, b).join(', ')}`);
});
