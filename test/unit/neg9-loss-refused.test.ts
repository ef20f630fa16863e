/**
 * A side that will not concede a loss of its own (src/compare/facts.ts `concessionRefused`, data/
 * grammar-words.tsv `concede-verb`): "Russia's defence ministry did not acknowledge losing the
 * village" is that side's account that it did not lose the place (control lost, +: it still holds
 * it), and meets the other side's capture of the place in the same window as a control dispute.
 * Rows: the dev sentence that motivated it (urozhaine-2023-08, Reuters), retold in other phrasings,
 * and the nearest sentences where it must not fire. Expected values written by hand before the
 * program was run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

/** The compare records of one document. */
function records(id: string, text: string, published = '2023-08-16T12:00:00Z'): ClaimRecord[] {
  const a = analyze({ id, text, published });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: id, textOf: id, published }));
}

/** The lost-state control facts of a text's claims, as "state|polarity|side". */
function lost(text: string): string[] {
  return records('c', text).flatMap((r) => r.statuses.filter((s) => s.topic === 'control' && s.state === 'lost').map((s) => `${s.state}|${s.polarity}|${s.subjectSide}`));
}

/** The control disputes between two documents' claims. */
function controlDisputes(a: string, b: string): number {
  return compareClaims([...records('a', a), ...records('b', b)]).disputes.filter((d) => d.kind === 'control').length;
}

const CAPTURE_UA = 'Deputy Defence Minister Hanna Maliar said Ukrainian forces had liberated Urozhaine.';

test('a side that does not concede a loss of its own says it did not lose the place', () => {
  const rows: [string, string[]][] = [
    // urozhaine-2023-08 (Reuters)
    ["Russia's defence ministry did not acknowledge losing the village of Urozhaine.", ['lost|1|RU']],
    ['Moscow did not admit losing the village of Robotyne.', ['lost|1|RU']],
    ["Ukraine's General Staff did not acknowledge losing the village of Krasnohorivka.", ['lost|1|UA']],
    ['The Russian defence ministry never admitted losing the village of Robotyne.', ['lost|1|RU']],
    // the direct "did not lose" (read before this change: the control of the mechanism's reading)
    ["Russia's defence ministry said its forces had not lost Urozhaine.", ['lost|1|RU']],
  ];
  for (const [text, want] of rows) assert.deepEqual(lost(text), want, text);
});

test('a conceded loss, or a refusal with no loss in it, is left as it reads', () => {
  const rows: [string, string[]][] = [
    // conceded: the loss stands
    ["Ukraine's General Staff acknowledged losing the village of Krasnohorivka.", ['lost|-1|UA']],
    // "no comment": nothing about the place is said
    ["Russia's defence ministry did not comment on the fighting in Urozhaine.", []],
  ];
  for (const [text, want] of rows) assert.deepEqual(lost(text), want, text);
});

test("a capture meets the other side's refusal to concede the loss of the same place", () => {
  assert.equal(controlDisputes(CAPTURE_UA, "Russia's defence ministry did not acknowledge losing the village of Urozhaine."), 1);
  assert.equal(controlDisputes(CAPTURE_UA, 'Moscow did not admit losing Urozhaine.'), 1);
});

test('no dispute with the same side, another place, or no comment', () => {
  // the same side's two accounts
  assert.equal(controlDisputes("Russia's defence ministry said Russian forces had captured Urozhaine.", "Russia's defence ministry did not acknowledge losing the village of Urozhaine."), 0);
  // a refused loss of a different place
  assert.equal(controlDisputes(CAPTURE_UA, "Russia's defence ministry did not acknowledge losing the village of Robotyne."), 0);
  // a refusal that only says "no comment"
  assert.equal(controlDisputes(CAPTURE_UA, "Russia's defence ministry did not comment on Urozhaine."), 0);
});
