/**
 * The PostgreSQL server's share of storing, alone (see bench/README.md, "Tenth pass").
 *
 *   npm run bench:pg-writer -- [--docs N] [--batch N] [--reps N] [--variant 'SQL']... [--end 'SQL']...
 *
 * Builds N bench documents (bench/synthetic-docs.ts, the corpus of bench:ingest), prepares them once
 * on this thread, then, `--reps` times per variant (alternating), stores them through
 * `Ledger.commit` in batches into a fresh PostgreSQL database (server: SITREP_TEST_PG or the local
 * socket) and reports the CPU of that database's backends (Linux /proc, read after every batch and
 * kept per backend, so a backend that ends is not lost) and of this thread. A variant is SQL run on
 * the fresh, migrated database before storing ('' = the schema as it is; e.g. `DROP INDEX
 * claims_tsv` to see what that index costs); `--end` (one per variant, same order) is SQL run after
 * the last batch and counted in the server's time (e.g. creating again what the variant dropped).
 * `--keep` leaves each run's database (named in its line) for a look.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Ledger } from '../src/ledger/index.js';
import { threadCpuMs } from '../src/ledger/cpu.js';
import { prepareDocument, type PreparedDocument } from '../src/ledger/prepare.js';
import { openStore } from '../src/store/index.js';
import { intArg } from './polnear.js';
import { rng } from './rng.js';
import { documentMaker, polnearParagraphs } from './synthetic-docs.js';

const TOOL = 'bench:pg-writer';
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' }, batch: { type: 'string' }, reps: { type: 'string' },
    variant: { type: 'string', multiple: true, default: [] }, end: { type: 'string', multiple: true, default: [] },
    keep: { type: 'boolean', default: false },
  },
});
const N = intArg(TOOL, args.docs, 'docs', 2000, 1);
const BATCH = intArg(TOOL, args.batch, 'batch', 500, 1);
const REPS = intArg(TOOL, args.reps, 'reps', 2, 1);
const log = (s: string): void => void process.stdout.write(s + '\n');
const variants = args.variant?.length ? args.variant : [''];
const ends = args.end ?? [];

const adminUrl = process.env.SITREP_TEST_PG ?? 'postgres://postgres@localhost/postgres?host=%2Fvar%2Frun%2Fpostgresql';
const withDb = (url: string, db: string): string => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

/** CPU ms of each backend of `db` seen so far (the largest reading per pid: a backend that ended keeps its last). */
async function sampleServer(admin: pg.Client, db: string, seen: Map<number, number>): Promise<void> {
  const pids = (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [db])).rows.map((r) => r.pid as number);
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(rest[11]) + Number(rest[12])) * 10; // utime + stime, USER_HZ 100
      seen.set(pid, Math.max(seen.get(pid) ?? 0, ms));
    } catch {
      // ended meanwhile: its last reading stays
    }
  }
}
const total = (m: Map<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

log(`${TOOL}: preparing ${N} documents (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.versions.node}; load ${loadavg()[0]!.toFixed(1)})`);
const makeDoc = documentMaker(polnearParagraphs(TOOL, import.meta.url, log), rng(20240806));
const prepared: PreparedDocument[] = [];
for (let i = 0; i < N; i++) {
  const p = prepareDocument(makeDoc(i));
  p.analysis = null;
  prepared.push(p);
}

variants.forEach((v, i) => log(`  variant ${i + 1}: ${v || 'as is'}${ends[i] ? `; at the end: ${ends[i]}` : ''}`));
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
for (let rep = 0; rep < REPS; rep++) {
  for (const [vi, variant] of variants.entries()) {
    const db = `sitrep_pgwriter_${process.pid}${args.keep ? `_${rep}_${vi}` : ''}`;
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
    const store = openStore(withDb(adminUrl, db));
    await store.stats();
    const sql = (store as unknown as { pool: pg.Pool }).pool;
    if (variant) await sql.query(variant);
    const ledger = new Ledger(store);
    const seen = new Map<number, number>();
    await sampleServer(admin, db, seen);
    const s0 = total(seen);
    const w0 = threadCpuMs() ?? 0;
    for (let i = 0; i < N; i += BATCH) {
      await ledger.commit(prepared.slice(i, i + BATCH).map((p) => ({ ...p })));
      await sampleServer(admin, db, seen);
    }
    const s1 = total(seen);
    const end = ends[vi];
    if (end) await sql.query(end);
    await sampleServer(admin, db, seen);
    const s2 = total(seen);
    const writer = (threadCpuMs() ?? 0) - w0;
    const st = await store.stats();
    const size = Number((await admin.query('SELECT pg_database_size($1) AS n', [db])).rows[0].n);
    await store.close();
    if (!args.keep) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    log(`  run ${rep + 1}, variant ${vi + 1}: server ${(s2 - s0).toFixed(0)} ms (${((s2 - s0) / N).toFixed(2)} ms per document` +
      `${end ? `, of which the end ${(s2 - s1).toFixed(0)} ms` : ''}), writer thread ${writer.toFixed(0)} ms; ${st.documents} documents, ${st.claims} claims,` +
      ` ${(size / 2 ** 20).toFixed(0)} MiB; load ${loadavg()[0]!.toFixed(1)}${args.keep ? `; kept in database ${db}` : ''}`);
  }
}
await admin.end();
