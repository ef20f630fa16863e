/**
 * `sitrep ingest --jobs N` through the real binary: the ledger is the same whatever the number of
 * analysis workers (documents, claims, reprint links and disputes of the sample corpus with 0, 1
 * and 2 workers), and an interrupted run (SIGINT, SIGTERM) stores what it finished, says so and
 * exits with 130, even while a reader waits on a URL that never answers.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { BIN, ROOT, sitrep, tempDir } from './helpers.js';

const SOURCES = join(ROOT, 'examples', 'corpus', 'sources');

/** Everything a ledger holds that ingest decides: documents with their carriers, claims with their links, and the disputes. */
async function ledgerOf(db: string): Promise<unknown> {
  const store = openStore(db, { readonly: true });
  try {
    const docs = [];
    for (let page = await store.documents({ limit: 1000 }); ; page = await store.documents({ limit: 1000, cursor: page.next! })) {
      docs.push(...page.items.map((d) => [d.id, d.carrierOf, d.duplicate, d.similarity, d.claimCount]));
      if (!page.next) break;
    }
    const claims = [];
    for await (const c of store.eachClaim()) claims.push([c.id, c.speaker, c.side, c.date, c.originClaimId, c.rootDocumentId, c.places.map((p) => p.placeId), c.quantities.length]);
    return { docs, claims };
  } finally {
    await store.close();
  }
}

describe('sitrep ingest --jobs', () => {
  const t = tempDir();
  after(() => t.cleanup());

  test('the sample corpus gives the same ledger and disputes with 0, 1 and 2 analysis workers', async () => {
    const results: { ledger: unknown; disputes: unknown }[] = [];
    for (const jobs of ['0', '1', '2']) {
      const db = join(t.dir, `jobs-${jobs}.db`);
      const r = sitrep(['ingest', SOURCES, '--db', db, '--jobs', jobs, '--json', '--batch', '7']);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const d = sitrep(['disputes', '--db', db, '--json', '--agreements']);
      assert.equal(d.code, 0, d.stderr);
      const report = JSON.parse(d.stdout) as { disputes: unknown[]; agreements: unknown[]; claims: Record<string, unknown>; ms?: number };
      results.push({ ledger: await ledgerOf(db), disputes: { ...report, ms: 0 } });
    }
    const [zero, one, two] = results as [typeof results[0], typeof results[0], typeof results[0]];
    assert.ok(((zero.ledger as { claims: unknown[] }).claims).length > 50, 'the corpus has claims');
    assert.ok(((zero.disputes as { disputes: unknown[] }).disputes).length > 0, 'the corpus has disputes');
    assert.deepEqual(one.ledger, zero.ledger);
    assert.deepEqual(two.ledger, zero.ledger);
    assert.deepEqual(one.disputes, zero.disputes);
    assert.deepEqual(two.disputes, zero.disputes);
  });

  test('--jobs must be a whole number', () => {
    const r = sitrep(['ingest', SOURCES, '--db', join(t.dir, 'bad.db'), '--jobs', 'many']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs 'many' must be a whole number/);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`${signal} while a URL never answers: the documents read before are stored, the run says so and exits 130`, async () => {
      const dir = join(t.dir, `stall-${signal}`);
      mkdirSync(dir);
      const a = join(dir, 'a.txt');
      const b = join(dir, 'b.txt');
      writeFileSync(a, 'The regional governor said on Monday that 3 civilians were wounded in Vovchansk.');
      writeFileSync(b, 'A ministry spokesman claimed that 12 drones were shot down over Belgorod on Tuesday.');
      // A server that takes the request and never answers.
      const sockets: Socket[] = [];
      const server = createServer(() => undefined);
      server.on('connection', (s) => void sockets.push(s));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stalled`;
      const db = join(t.dir, `stall-${signal}.db`);
      const child = spawn(process.execPath, [BIN, 'ingest', a, b, url, '--allow-private', '--timeout', '600', '--batch', '1', '--jobs', '1', '--db', db],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (x: Buffer) => void (stderr += x.toString()));
      child.stdout.on('data', (x: Buffer) => void (stdout += x.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        // Wait until both texts are stored (one per batch) and the URL is being read.
        const t0 = Date.now();
        for (;;) {
          let n = 0;
          if (existsSync(db)) {
            try {
              const s = openStore(db, { readonly: true });
              n = (await s.stats()).documents;
              await s.close();
            } catch {
              n = 0; // not created yet
            }
          }
          if (n >= 2 && sockets.length > 0) break;
          assert.ok(Date.now() - t0 < 90_000, `the two texts were not stored: ${stderr}`);
          await new Promise((r) => setTimeout(r, 200));
        }
        const t1 = Date.now();
        child.kill(signal);
        const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
        if (code === 'hung') child.kill('SIGKILL');
        assert.notEqual(code, 'hung', `the run did not stop after ${signal}: ${stderr}`);
        assert.ok(Date.now() - t1 < 5000, 'stopped within seconds');
        assert.equal(code, 130, stderr);
        assert.match(stderr, new RegExp(`interrupted by ${signal}: stored what was finished`));
        assert.match(stdout, /new\s+2\b/);
        const s = openStore(db, { readonly: true });
        try {
          assert.equal((await s.stats()).documents, 2);
        } finally {
          await s.close();
        }
      } finally {
        for (const s of sockets) s.destroy();
        server.close();
      }
    });
  }
});
