// The PolNeAR scorer on a hand-made document: every expected count below was worked out by hand
// from the offsets in the ruler comment, not copied from the program's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type AR, parseAnn, parseFragments, splitAnnName } from '../../bench/polnear.js';
import { type Counts, lenientMatch, normalize, overlap, prf, scoreDoc } from '../../bench/scorer.js';

//            0         1         2         3         4         5         6         7         8
//            0123456789012345678901234567890123456789012345678901234567890123456789012345678901
const TEXT = '"We will win," Smith said, "and soon." Prices rose, the agency reported on Monday.';
// "We will win," = 0-14, Smith = 15-20, said = 21-25, "and soon." = 27-38, Prices rose = 39-50,
// the agency = 52-62, reported = 63-71, on = 72-74, Monday = 75-81.

// Two ARs: a direct quote split around its cue (discontinuous content), and an indirect claim
// whose source span carries a trailing space (63 instead of 62) that trimming must remove.
// Discard, Discuss, annotator notes and a text continuation line must be ignored.
const ANN = [
  'T1\tSource 15 20\tSmith',
  'T2\tCue 21 25\tsaid',
  'T3\tContent 0 14;27 38\t"We will win," "and soon."',
  'T4\tAttribution 21 25\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tSource 52 63\tthe agency ',
  'T6\tCue 63 71\treported',
  'T7\tContent 39 50\tPrices rose',
  'T8\tAttribution 63 71\treported',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  'T9\tDiscard 75 82\tMonday.',
  '#1\tAnnotatorNotes T7\tcheck this',
  'T10\tDiscuss 0 5\t"We w',
  'a continuation line of a span text',
  'E3\tAttribution-no-source:T11 ',
  '',
].join('\n');

const f = (start: number, end: number) => ({ start, end });

test('parseFragments reads brat fragment lists', () => {
  const cases: [string, { start: number; end: number }[] | null][] = [
    ['115 290', [f(115, 290)]],
    ['315 448;463 553', [f(315, 448), f(463, 553)]],
    ['12 3', null],
    ['12', null],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseFragments(input), expected, input);
});

test('splitAnnName separates article and annotator', () => {
  assert.deepEqual(splitAnnName('nyt_2016-09-12_visa-program_4b22.ann'), { article: 'nyt_2016-09-12_visa-program', annotator: '4b22' });
});

test('parseAnn reads two ARs and drops the empty event', () => {
  const p = parseAnn(ANN);
  assert.equal(p.ars.length, 2);
  assert.equal(p.empty, 1);
  assert.deepEqual(p.warnings, []);
  assert.deepEqual(p.ars[0], { id: 'E1', type: 'Attribution', source: [f(15, 20)], cue: [f(21, 25)], content: [f(0, 14), f(27, 38)] });
  assert.deepEqual(p.ars[1], { id: 'E2', type: 'Attribution', source: [f(52, 63)], cue: [f(63, 71)], content: [f(39, 50)] });
});

test('parseAnn merges Content2 into content and keeps no-source ARs', () => {
  const ann = [
    'T1\tContent 27 38\t"and soon."',
    'T2\tContent 0 14\t"We will win,"',
    'T3\tCue 21 25\tsaid',
    'E1\tAttribution-no-source:T9 Cue:T3 Content:T2 Content2:T1',
  ].join('\n');
  const p = parseAnn(ann);
  assert.deepEqual(p.ars, [{ id: 'E1', type: 'Attribution-no-source', source: null, cue: [f(21, 25)], content: [f(0, 14), f(27, 38)] }]);
});

test('normalize trims whitespace and merges whitespace-separated fragments', () => {
  const cases: [{ start: number; end: number }[], { start: number; end: number }[] | null][] = [
    [[f(52, 63)], [f(52, 62)]], // "the agency " → "the agency"
    [[f(14, 21)], [f(15, 20)]], // " Smith " (14 and 20 are spaces) → "Smith"
    [[f(14, 15)], null], // a lone space
    [[f(15, 20), f(21, 25)], [f(15, 25)]], // "Smith" + "said": only a space between them
    [[f(27, 38), f(0, 14)], [f(0, 14), f(27, 38)]], // sorted; the gap ", Smith said, " is not space
  ];
  for (const [input, expected] of cases) assert.deepEqual(normalize(TEXT, input), expected, JSON.stringify(input));
});

test('overlap counts shared characters of fragment lists', () => {
  assert.equal(overlap([f(0, 14), f(27, 38)], [f(10, 30)]), 4 + 3);
  assert.equal(overlap([f(0, 5)], [f(5, 9)]), 0);
  assert.equal(overlap(null, [f(0, 5)]), 0);
});

// Predictions:
//  P1 exact copy of E1 (source Smith, cue said, content both quote fragments).
//  P2 source "agency" 56-62 (gold "the agency" 52-62), cue and content exact.
//  P3 spurious: no source, cue "on" 72-74, content "Monday" 75-81.
const P1: AR = { source: [f(15, 20)], cue: [f(21, 25)], content: [f(0, 14), f(27, 38)] };
const P2: AR = { source: [f(56, 62)], cue: [f(63, 71)], content: [f(39, 50)] };
const P3: AR = { source: null, cue: [f(72, 74)], content: [f(75, 81)] };

const C = (tp: number, fp: number, fn: number): Counts => ({ tp, fp, fn });

test('scoreDoc: exact spans, lenient and strict attribution on the hand-made document', () => {
  const gold = parseAnn(ANN).ars;
  const r = scoreDoc(TEXT, gold, [P1, P2, P3]);
  // Source: Smith matches; "agency" ≠ "the agency" → 1 FP + 1 FN; P3 has no source.
  assert.deepEqual(r.score.spans.source, C(1, 1, 1));
  // Cue: said, reported match; "on" is spurious.
  assert.deepEqual(r.score.spans.cue, C(2, 1, 0));
  // Content: both match (E1 with both fragments); "Monday" is spurious.
  assert.deepEqual(r.score.spans.content, C(2, 1, 0));
  // Lenient: P1↔E1, P2↔E2 (content equal, "agency" overlaps "the agency"); P3 unmatched.
  assert.deepEqual(r.score.lenient, C(2, 1, 0));
  assert.deepEqual(r.lenientPairs.sort(), [[0, 0], [1, 1]]);
  // Strict: only P1↔E1; P2's source differs.
  assert.deepEqual(r.score.strict, C(1, 2, 1));
  // Direct slice: E1 is direct (has "); P3 "Monday" is not, P2 neither.
  assert.deepEqual(r.score.directLenient, C(1, 0, 0));
  assert.deepEqual(r.score.directStrict, C(1, 0, 0));
});

test('scoreDoc: a partial quote passes lenient at >= 50% of gold characters, never exact', () => {
  const gold = parseAnn(ANN).ars;
  // E1's content has 14 + 11 = 25 characters.
  const first: AR = { source: [f(15, 20)], cue: [f(21, 25)], content: [f(0, 14)] }; // 14/25 = 56%
  const second: AR = { source: [f(15, 20)], cue: [f(21, 25)], content: [f(27, 38)] }; // 11/25 = 44%
  const cases: [AR, Counts, Counts, Counts][] = [
    // [prediction, content spans, lenient, strict]; gold E2 is always missed.
    [first, C(0, 1, 2), C(1, 0, 1), C(0, 1, 2)],
    [second, C(0, 1, 2), C(0, 1, 2), C(0, 1, 2)],
  ];
  for (const [pred, content, lenient, strict] of cases) {
    const r = scoreDoc(TEXT, gold, [pred]);
    assert.deepEqual(r.score.spans.content, content);
    assert.deepEqual(r.score.lenient, lenient);
    assert.deepEqual(r.score.strict, strict);
    // Source and cue of E1 still match exactly; E2's are missed.
    assert.deepEqual(r.score.spans.source, C(1, 0, 1));
    assert.deepEqual(r.score.spans.cue, C(1, 0, 1));
  }
});

test('lenientMatch: a gold AR without source needs a prediction without source', () => {
  const gold: AR = { source: null, cue: [f(63, 71)], content: [f(39, 50)] };
  const cases: [AR, boolean][] = [
    [{ source: null, cue: null, content: [f(39, 50)] }, true],
    [{ source: [f(52, 62)], cue: null, content: [f(39, 50)] }, false],
  ];
  for (const [pred, expected] of cases) assert.equal(lenientMatch(gold, pred), expected);
});

test('scoreDoc: greedy matching is one-to-one', () => {
  // Two identical predictions for one gold AR: one TP, one FP.
  const gold: AR[] = [{ source: [f(52, 62)], cue: [f(63, 71)], content: [f(39, 50)] }];
  const r = scoreDoc(TEXT, gold, [P2, P2]);
  assert.deepEqual(r.score.lenient, C(1, 1, 0));
  // As span chunks, duplicate predictions count once: cue and content TP 1, FP 0.
  assert.deepEqual(r.score.spans.cue, C(1, 0, 0));
});

test('prf computes precision, recall and F1', () => {
  const m = prf(C(1, 2, 1)); // P = 1/3, R = 1/2, F1 = 2·(1/6)/(5/6) = 0.4
  assert.ok(Math.abs(m.p - 1 / 3) < 1e-12);
  assert.equal(m.r, 0.5);
  assert.ok(Math.abs(m.f1 - 0.4) < 1e-12);
  assert.equal(prf(C(0, 0, 0)).f1, 1);
  assert.equal(prf(C(0, 3, 0)).f1, 0);
});
