/** The per-document time budget of `analyze` and of claim facts (issue 12): a typed error naming the document and the stage. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, budgetMs, BudgetClock, DEFAULT_BUDGET } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';
import { BudgetExceeded, ErrorCode, InputError, exitCodeFor, formatError } from '../../src/errors.js';

const TEXT = 'The governor said that 12 people were wounded in Kharkiv on Tuesday.';

test('budgetMs: floor plus seconds per million characters', () => {
  const cases: [number, { floorSeconds?: number; secondsPerMb?: number }, number][] = [
    [0, {}, DEFAULT_BUDGET.floorSeconds * 1000],
    [1_000_000, {}, (DEFAULT_BUDGET.floorSeconds + DEFAULT_BUDGET.secondsPerMb) * 1000],
    [500_000, { floorSeconds: 2, secondsPerMb: 4 }, 4000],
    [2_000_000, { floorSeconds: 0, secondsPerMb: 1 }, 2000],
  ];
  for (const [chars, opts, want] of cases) assert.equal(budgetMs(chars, opts), want, `${chars} ${JSON.stringify(opts)}`);
});

test('analyze: a spent budget throws BudgetExceeded naming the document, its source and the stage', () => {
  let caught: unknown;
  try {
    analyze({ id: 'doc-1', text: TEXT, source: 'feeds/a.xml#item 3' }, { budget: { floorSeconds: 0, secondsPerMb: 0 } });
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof BudgetExceeded, 'a BudgetExceeded');
  assert.ok(caught instanceof InputError, 'an input error: the document is skipped, the batch goes on');
  assert.equal(caught.code, ErrorCode.Budget);
  assert.equal(caught.code, 'E_BUDGET');
  assert.equal(caught.documentId, 'doc-1');
  assert.equal(caught.file, 'feeds/a.xml#item 3');
  assert.equal(caught.stage, 'text');
  assert.equal(exitCodeFor(caught), 1);
  assert.match(formatError(caught), /^sitrep: feeds\/a\.xml#item 3: analysis stopped in stage 'text' after .* over its time budget of 0\.0 s \(document skipped; raise --budget/);
});

test('analyze: the default budget and no budget leave a normal document alone', () => {
  assert.equal(analyze({ id: 'd', text: TEXT }).claims.length, 1);
  assert.equal(analyze({ id: 'd', text: TEXT }, { budget: false }).claims.length, 1);
  assert.equal(analyze({ id: 'd', text: TEXT }, { budget: { floorSeconds: 60 } }).claims.length, 1);
});

test('claim facts: a spent budget throws BudgetExceeded in stage facts; time adds up over the calls on one analysis', () => {
  const a = analyze({ id: 'doc-2', text: TEXT });
  assert.throws(() => extractClaimFacts({ ...a }, 0, { budget: { floorSeconds: 0, secondsPerMb: 0 } }), (e: unknown) => e instanceof BudgetExceeded && e.stage === 'facts' && e.documentId === 'doc-2');
  assert.equal(extractClaimFacts({ ...a }, 0, { budget: false }).speaker.text, 'The governor');
  assert.equal(extractClaimFacts(a, 0).speaker.text, 'The governor');
});

test('BudgetClock: tick reads the clock only every 1,024 calls; time between stop and start is not spent', () => {
  const c = new BudgetClock(0, 'x', null);
  c.start();
  for (let i = 0; i < 1023; i++) c.tick(); // no check yet
  assert.throws(() => c.tick(), BudgetExceeded);
  const d = new BudgetClock(50, 'y', null);
  d.start();
  d.stop();
  const until = performance.now() + 80;
  while (performance.now() < until) { /* wait while stopped */ }
  d.start();
  d.check('later'); // stopped time does not count
  assert.equal(d.stage, 'later');
});
