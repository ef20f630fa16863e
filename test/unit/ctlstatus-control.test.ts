/**
 * Control disputes the way analysts read them (issue 9, lane ctlstatus): one side's own account
 * against the other side's capture claim ("the town stays under our control", "fighting goes on",
 * "the capture claim is untrue") is one position of the dispute, not one per voice; a side's
 * voices that contradict each other in so many words stay apart. Texts are realistic retellings of
 * ministry posts and wire copy; expected values decided by hand before the program was run on them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

/** The compare records of one document (an own-voice post when `author` is given). */
function records(id: string, text: string, published: string, author?: string): ClaimRecord[] {
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: author ?? id, textOf: id, published }));
}

/** Each side of a dispute as its documents, sorted. */
function sidesByDoc(d: Dispute): string[] {
  return d.sides.map((s) => [...new Set(s.claims.map((c) => c.split('#')[0]!))].sort().join('+')).sort();
}

test('a capture against one side\'s "still under our control" and "fighting continues, the claim is untrue" is a dispute of two positions', () => {
  const recs = [
    ...records('ru-mod', 'Подразделения группировки войск «Запад» завершили освобождение города Купянск Харьковской области.', '2025-11-20T09:00:00Z', 'Министерство обороны Российской Федерации'),
    ...records('ua-gs', 'Купʼянськ залишається під контролем Сил оборони України, у місті тривають пошукові заходи.', '2025-11-21T08:00:00Z', 'Генеральний штаб ЗСУ'),
    ...records('ua-osuv', 'Речник Віктор Трегубов заявив, що заяви росіян про захоплення Купʼянська не відповідають дійсності, бої в місті тривають.', '2025-11-20T15:00:00Z'),
  ];
  const control = compareClaims(recs).disputes.filter((d) => d.kind === 'control');
  assert.equal(control.length, 1, control.map((d) => d.explanation).join('\n'));
  assert.deepEqual(sidesByDoc(control[0]!), ['ru-mod', 'ua-gs+ua-osuv'], control[0]!.explanation);
});

test('within one side, a voice saying the other side holds the town stays a position of its own', () => {
  const recs = [
    ...records('ru-mod', 'Подразделения группировки войск «Запад» завершили освобождение города Купянск Харьковской области.', '2025-11-20T09:00:00Z', 'Министерство обороны Российской Федерации'),
    ...records('ua-gs', 'Купʼянськ залишається під контролем Сил оборони України, у місті тривають пошукові заходи.', '2025-11-21T08:00:00Z', 'Генеральний штаб ЗСУ'),
    ...records('ru-blog', 'Военкор Александр Коц написал, что Купянск не взят, бои в городе продолжаются.', '2025-11-20T18:00:00Z'),
  ];
  const control = compareClaims(recs).disputes.filter((d) => d.kind === 'control');
  assert.equal(control.length, 1, control.map((d) => d.explanation).join('\n'));
  // the ministry alone on the capture; the blogger's "not taken" is not the General Staff's account
  assert.ok(control[0]!.sides.some((s) => s.claims.every((c) => c.startsWith('ru-mod'))), control[0]!.explanation);
  assert.ok(!control[0]!.sides.some((s) => s.claims.some((c) => c.startsWith('ru-blog')) && s.claims.some((c) => c.startsWith('ua-gs'))), control[0]!.explanation);
});

/** The control facts of a text's claims: state, polarity, subject side. */
function control(text: string, author?: string): string[] {
  return records('c', text, '2025-03-16T12:00:00Z', author).flatMap((r) => r.statuses.filter((s) => s.topic === 'control').map((s) => `${s.state}|${s.polarity}|${s.subjectSide}`));
}

test('a withdrawal "to more advantageous lines" with no side word near it is the speaker\'s own', () => {
  const rows: [string, string | undefined, string[]][] = [
    ['Після виконання завдань підрозділи своєчасно відійшли на вигідніші рубежі оборони в Курській області.', 'Генеральний штаб ЗСУ', ['lost|-1|UA']],
    ['Подразделения отошли на более выгодные рубежи под Купянском.', 'Министерство обороны Российской Федерации', ['lost|-1|RU']],
    // a side word still names whose units withdrew
    ['Противник отошёл на более выгодные рубежи у Сум.', 'Министерство обороны Российской Федерации', ['lost|-1|UA']],
  ];
  for (const [text, author, want] of rows) assert.deepEqual(control(text, author), want, text);
});
