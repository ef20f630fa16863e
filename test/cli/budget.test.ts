/** `--budget` on `analyze` and `ingest` (issue 12): a document over its budget is a named skip; the rest goes on. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());
const a = tmp.file('a.txt', 'The governor said that 12 people were wounded on Tuesday.\n');
const b = tmp.file('b.txt', 'The mayor said that 3 shells hit the town on Monday.\n');

test('analyze --budget 0+0: every document is skipped with a message naming it and the stage; exit 1', () => {
  const r = sitrep(['analyze', '--json', '--budget', '0+0', a, b]);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.match(lines[0]!, new RegExp(`^sitrep: ${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: analysis stopped in stage 'text' after \\d+\\.\\d s: over its time budget of 0\\.0 s \\(document skipped; raise --budget`));
  assert.deepEqual(JSON.parse(r.stdout), []);
});

test('analyze --budget with room: documents are analysed; a bad value is a usage error', () => {
  const r = sitrep(['analyze', '--json', '--budget', '30+10', a, b]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, 2);
  assert.equal(sitrep(['analyze', '--json', '--budget', 'off', a]).code, 0);
  const bad = sitrep(['analyze', '--budget', 'soon', a]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--budget 'soon' is not a budget/);
});

test('ingest --budget 0+0: the document is counted as skipped (E_BUDGET) and named; the run ends normally', () => {
  const db = join(tmp.dir, 'ledger.db');
  const r = sitrep(['ingest', '--db', db, '--budget', '0+0', a]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /a\.txt: analysis stopped in stage 'text'/);
  assert.match(r.stdout + r.stderr, /E_BUDGET\s+1/);
  const ok = sitrep(['ingest', '--db', db, b]);
  assert.equal(ok.code, 0, ok.stderr);
});
