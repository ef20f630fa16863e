/**
 * The CLI on a PostgreSQL ledger, through the real binary: `--db postgres://…` and `SITREP_DB`
 * select the PostgreSQL store for ingest and the query commands. Skips with the reason when no
 * PostgreSQL server answers.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { BIN, CORPUS, ROOT } from '../jobs/helpers.js';
import { createTestDatabase, pgServer, type TestDatabase } from '../store/pg-harness.js';

const server = await pgServer();
const skip = 'skip' in server ? server.skip : false;
if (skip) console.log(`# PostgreSQL CLI tests skipped: ${skip}`);

function sitrep(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITREP_DB: '', ...env }, timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sitrep on a PostgreSQL ledger', { skip, timeout: 400_000 }, () => {
  let db: TestDatabase;
  before(async () => {
    if (!('skip' in server)) db = await createTestDatabase(server, 'sitrep_cli');
  });
  after(async () => {
    await db?.drop();
  });

  it('ingests with --db postgres://… and answers claims, search and disputes from it (also through SITREP_DB)', async () => {
    const ing = sitrep(['ingest', CORPUS, '--db', db.url, '--quiet']);
    assert.equal(ing.code, 0, ing.stderr);
    assert.match(ing.stdout, /Ingested 30 documents/);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const n = (await c.query('SELECT count(*)::int AS n, count(*) FILTER (WHERE carrier_of IS NOT NULL)::int AS carriers FROM documents')).rows[0];
    await c.end();
    assert.deepEqual(n, { n: 30, carriers: 4 });
    const claims = sitrep(['claims', '--place', 'Kupiansk', '--json', '--db', db.url]);
    assert.equal(claims.code, 0, claims.stderr);
    const list = (JSON.parse(claims.stdout) as { items: { content: string }[] }).items;
    assert.ok(list.length > 0 && list.every((x) => typeof x.content === 'string'));
    // Through SITREP_DB, and with English stemming: "shelling" finds texts that say "shelled".
    const search = sitrep(['search', 'shelling', '--json'], { SITREP_DB: db.url });
    assert.equal(search.code, 0, search.stderr);
    assert.ok((JSON.parse(search.stdout) as { items: unknown[] }).items.length > 0);
    const disputes = sitrep(['disputes', '--json', '--db', db.url]);
    assert.equal(disputes.code, 0, disputes.stderr);
    assert.ok((JSON.parse(disputes.stdout) as { disputes: unknown[] }).disputes.length > 0);
    // Again: nothing new is stored.
    const again = sitrep(['ingest', CORPUS, '--db', db.url, '--quiet']);
    assert.match(again.stdout, /already stored\s+30/);
  });

  it('names the server in the error when it cannot be reached, without the password', () => {
    const r = sitrep(['claims', '--db', 'postgres://someone:hunter2@127.0.0.1:1/nothing']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /127\.0\.0\.1:1/);
    assert.doesNotMatch(r.stderr, /hunter2/);
  });
});
