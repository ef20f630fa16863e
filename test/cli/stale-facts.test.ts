/**
 * `sitrep claims` reads claim sides and affiliations from stored claim facts: when those were
 * derived by another version of the facts function (FACTS_VERSION), it recomputes them first and
 * says so, instead of listing stale sides; a ledger it cannot write gets a note naming the command.
 */
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { FACTS_VERSION } from '../../src/compare/index.js';
import { sitrep, tempDir } from './helpers.js';

const TEXT = 'The Russian Defence Ministry said on Tuesday that its forces shot down 12 Ukrainian drones over the Belgorod region.';

describe('sitrep claims with stale claim facts', () => {
  const t = tempDir();
  after(() => t.cleanup());

  test('recomputes them first, says so on stderr, and lists the current sides', () => {
    const src = join(t.dir, 'mod.txt');
    writeFileSync(src, TEXT);
    const db = join(t.dir, 'stale.db');
    assert.equal(sitrep(['ingest', src, '--db', db]).code, 0);
    const fresh = JSON.parse(sitrep(['claims', '--db', db, '--json']).stdout) as { items: { side: string | null }[] };
    assert.ok(fresh.items.length > 0 && fresh.items[0]!.side !== null, 'the claim has a side');
    // As an older sitrep left it: another facts version, and no sides.
    const d = new Database(db);
    d.prepare("UPDATE ledger_meta SET value = '1' WHERE key = 'facts_version'").run();
    d.prepare('UPDATE claims SET side = NULL').run();
    d.close();
    const r = sitrep(['claims', '--db', db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /claim facts .* another version of sitrep; recomputing/);
    assert.deepEqual((JSON.parse(r.stdout) as typeof fresh).items.map((c) => c.side), fresh.items.map((c) => c.side));
    const again = new Database(db, { readonly: true });
    assert.equal(again.prepare("SELECT value FROM ledger_meta WHERE key = 'facts_version'").pluck().get(), String(FACTS_VERSION));
    again.close();
    // Current now: nothing more to say.
    assert.equal(sitrep(['claims', '--db', db, '--json']).stderr, '');
  });

  test('a ledger that cannot be written: the claims as stored, with a note naming the command', { skip: process.getuid?.() === 0 ? 'root writes read-only files' : false }, () => {
    const src = join(t.dir, 'mod2.txt');
    writeFileSync(src, TEXT);
    const db = join(t.dir, 'readonly.db');
    assert.equal(sitrep(['ingest', src, '--db', db]).code, 0);
    const d = new Database(db);
    d.pragma('journal_mode = DELETE');
    d.prepare("UPDATE ledger_meta SET value = '1' WHERE key = 'facts_version'").run();
    d.close();
    chmodSync(db, 0o444);
    chmodSync(t.dir, 0o555);
    try {
      const r = sitrep(['claims', '--db', db, '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /may be out of date.*sitrep disputes --db/);
    } finally {
      chmodSync(t.dir, 0o755);
    }
  });
});
