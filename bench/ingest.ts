/**
 * Ledger ingest at scale (see bench/README.md).
 *
 *   npm run bench:ingest -- [--docs N] [--jobs 1,2] [--pg] [--batch N] [--queries N] [--db FILE|URL] [--keep] [--compare-claims N]
 *
 * Builds N documents (default 100,000) by recombining paragraphs of the PolNeAR texts (read in place
 * from ../shared/benchmarks/polnear; never copied), with about 8% exact and near reprints of earlier
 * documents, and streams them through the one ingest loop (`ingestEvents`, as `sitrep ingest
 * --jobs N` does) into a fresh ledger: SQLite (a temporary file) or, with `--pg`, a fresh
 * PostgreSQL database. `--jobs 1,2` runs once per number of analysis workers, each on a fresh
 * ledger with the same documents (0: inline, on the writer's thread).
 *
 * For each run it reports wall-clock documents/s and claims/s, peak RSS, database size, and where
 * the CPU went, measured per thread (cpu.ts: /proc/thread-self/schedstat on Linux):
 *   - analysis: the analyzer proper inside the workers; facts: compare's claim facts there;
 *     prep: the rest of preparing in the workers (rows, reprint signature, JSON, posting the result);
 *   - writer: the main thread (ingest loop, reprint look-ups, store writes, message decoding),
 *     without the bench's own document generation; other: the process's remaining threads (GC
 *     helpers, libuv); server: PostgreSQL backends of the bench database (from /proc).
 * The V8 flags are those `sitrep` runs with (bin/v8-flags.js; SITREP_NODE_FLAGS replaces them).
 * The other threads are split into V8's platform threads (TurboFan, concurrent GC) and threads
 * started later; the GC pauses of each isolate (perf_hooks) are counted.
 * The bookkeeping share is (prep + writer + other + server) / (analysis + facts): what storing
 * costs on top of analysing. CPU-based throughput per worker (documents per worker-CPU second)
 * shows how 2 workers would scale on an idle machine, whatever the load while measuring: with c
 * cores, the wall-clock bound is max(worker CPU / c-per-worker, all CPU / c).
 *
 * Then, for the last run's ledger: p50/p95 of queries at that size, and dispute-detection time over
 * the stored claims and over synthetic claim records (default 1,000,000; 0 skips).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { ClaimRecord as CompareRecord, CompareOptions, CompareResult } from '../src/compare/types.js';
import { compareClaims } from '../src/compare/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { Ledger, ingestEvents, type CompareFn } from '../src/ledger/index.js';
import { DEFAULT_BULK_AFTER, inlineAnalyser, type Analyser } from '../src/ledger/loop.js';
import { AnalysisPool, type GcPauses, type WorkerStats } from '../src/ledger/pool.js';
import { observeGc } from '../src/ledger/gc.js';
import { threadCpuMs } from '../src/ledger/cpu.js';
import type { IngestEvent, IngestedDocument } from '../src/ingest/types.js';
import { intArg } from './polnear.js';
import { rng } from './rng.js';
import { DAY0, documentMaker, polnearParagraphs } from './synthetic-docs.js';

const TOOL = 'bench:ingest';
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    jobs: { type: 'string', default: '1,2' },
    pg: { type: 'boolean', default: false },
    batch: { type: 'string' },
    queries: { type: 'string' },
    'compare-claims': { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    split: { type: 'string' },
    'bulk-after': { type: 'string' },
    'no-bulk': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write([
    'npm run bench:ingest -- [options]',
    '  --docs N            documents to build and ingest (default 100000)',
    '  --jobs L            comma-separated numbers of analysis workers, one run each (default 1,2; 0 = inline)',
    '  --pg                a fresh PostgreSQL database per run (server: SITREP_TEST_PG or the local socket)',
    '  --batch N           documents per transaction (default 500)',
    '  --queries N         timed queries of each kind after the last run (default 300; 0 skips)',
    '  --compare-claims N  synthetic claim records for the dispute-detection timing (default 1000000; 0 skips)',
    '  --db FILE|URL       ledger of a single run (default: a temporary file, or a fresh PostgreSQL database)',
    '  --keep              keep the temporary ledger(s)',
    '  --split N           print the CPU split so far every N documents (default 10000; 0: only at the end)',
    '  --bulk-after N      bulk load (SQLite) once N documents are stored, as `sitrep ingest` does (default 20000)',
    '  --no-bulk           never bulk load (the store writes every index row by row)',
    '',
  ].join('\n'));
  process.exit(0);
}
const N = intArg(TOOL, args.docs, 'docs', 100_000, 1);
const BATCH = intArg(TOOL, args.batch, 'batch', 500, 1);
const QUERIES = intArg(TOOL, args.queries, 'queries', 300, 0);
const SYNTH = intArg(TOOL, args['compare-claims'], 'compare-claims', 1_000_000, 0);
const SPLIT = intArg(TOOL, args.split, 'split', 10_000, 0);
/** How often the PostgreSQL backends' CPU is read while storing (ms of wall time; see `serverCpuMs`). */
const SERVER_READ_MS = 1000;
const BULK_AFTER = args['no-bulk'] ? -1 : intArg(TOOL, args['bulk-after'], 'bulk-after', DEFAULT_BULK_AFTER, 0);
const JOBS = args.jobs.split(',').map((j) => intArg(TOOL, j.trim(), 'jobs', 1, 0));

const log = (s: string): void => void process.stdout.write(s + '\n');

let rand = rng(20240806);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// ------------------------------------------------------------------ the corpus
const paragraphs = polnearParagraphs(TOOL, import.meta.url, log);
log(`${TOOL}: ${paragraphs.length} PolNeAR paragraphs (train + dev), building ${N} documents of 3-6 paragraphs`);


// ------------------------------------------------------------------ ingest runs
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.versions.node}`;
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
// The V8 flags `sitrep ingest` runs with (bin/v8-flags.js; SITREP_NODE_FLAGS replaces them), set
// before the analysis workers start, so that their isolates compile as the command's do (this
// thread's modules are loaded already; TurboFan's inlining budget still holds for what it optimises).
const { applyV8Flags } = (await import(new URL('../../bin/v8-flags.js', import.meta.url).href)) as { applyV8Flags: () => string[] };
const v8Flags = applyV8Flags();
log(`Machine: ${machine}; load average ${load()}; V8 flags ${v8Flags.length ? v8Flags.join(' ') : "V8's defaults"} (as \`sitrep\` sets them; SITREP_NODE_FLAGS replaces them)`);

/** CPU ms of each live thread of this process by thread id (Linux /proc; empty elsewhere). */
function threadsCpuMs(): Map<number, number> {
  const m = new Map<number, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return m;
  }
  for (const t of tids) {
    try {
      const s = readFileSync(`/proc/self/task/${t}/schedstat`, 'latin1');
      m.set(Number(t), Number(s.slice(0, s.indexOf(' '))) / 1e6);
    } catch {
      // the thread ended meanwhile
    }
  }
  return m;
}
/**
 * The threads there before any run: the main thread, V8's platform threads (TurboFan's concurrent
 * compiles, concurrent marking and sweeping of every isolate, workers' included), Node's own
 * (signal and inspector) and libuv's pool if something started it already (it was, in the runs of
 * bench/README.md); the analysis workers start later. A `perf` profile tells them apart.
 */
const startThreads = new Set(threadsCpuMs().keys());
/** The main thread's garbage-collection pauses (perf_hooks `gc` entries, wall ms), since start. */
const mainGc: GcPauses = { ms: 0, minor: 0, major: 0, incremental: 0 };
observeGc(mainGc);

/** CPU ms of every thread of this process together. */
const processCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * CPU ms of PostgreSQL backends serving `db` (Linux /proc; null when not readable), the sum over
 * every backend seen so far: each one's last reading is kept in `seen` by pid, so a backend that
 * ended since (the store's pool closes connections idle for 30 s) still counts with what it had
 * used when last read. A plain sum over the backends alive at each reading lost those, and fell
 * as a run went on (0.48 → 0.06 ms per document in the third pass). Read often (`onProgress`) to
 * lose at most what an ending backend used since the previous reading.
 */
async function serverCpuMs(admin: pg.Client, db: string, seen: Map<number, number>): Promise<number | null> {
  const pids = (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [db])).rows.map((r) => r.pid as number);
  const tick = 1000 / 100; // USER_HZ
  for (const pid of pids) {
    let f: string;
    try {
      f = readFileSync(`/proc/${pid}/stat`, 'latin1');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // ended since the query: its last reading stays
      return null;
    }
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(rest[11]) + Number(rest[12])) * tick; // utime, stime (fields 14, 15)
    seen.set(pid, Math.max(seen.get(pid) ?? 0, ms));
  }
  let ms = 0;
  for (const v of seen.values()) ms += v;
  return ms;
}
const pgAdminUrl = process.env.SITREP_TEST_PG ?? 'postgres://postgres@localhost/postgres?host=%2Fvar%2Frun%2Fpostgresql';
const withDb = (url: string, db: string): string => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};
function dirBytes(path: string): number {
  let n = 0;
  for (const f of readdirSync(path)) n += statSync(join(path, f)).size;
  return n;
}

/** CPU of the process's other threads over one run, ms. */
interface ThreadSplit {
  /** V8's platform threads, Node's own and libuv's pool, there before the run (see `startThreads`). */
  platform: number;
  /** Other threads started since (a replaced worker's successor is counted as a worker). */
  later: number;
  /** Threads that ended during the run (replaced or closed workers): process CPU not found in live threads. */
  ended: number;
}

interface RunResult {
  jobs: number;
  wallS: number;
  docs: number;
  claims: number;
  analysisMs: number;
  factsMs: number;
  prepMs: number;
  writerMs: number;
  otherMs: number;
  serverMs: number | null;
  /** CPU ms of the threads other than the main thread and the workers, by kind (see `threadSplit`). */
  threads: ThreadSplit;
  /** The main thread's GC pauses during the run. */
  mainGc: GcPauses;
  perWorker: WorkerStats[];
  peakRss: number;
  dbBytes: number;
  load: string;
  /** Documents/s the CPU times allow on an idle machine (see the scaling report). */
  idleBound?: number;
}

let lastStore: Store | null = null;
let lastLedger: Ledger | null = null;
const cleanups: (() => Promise<void>)[] = [];

async function run(jobs: number): Promise<RunResult> {
  rand = rng(20240806);
  const makeDoc = documentMaker(paragraphs, rand);
  // A fresh ledger.
  let target: string;
  let admin: pg.Client | null = null;
  let pgDb: string | null = null;
  let tmp: string | null = null;
  if (args.db && JOBS.length === 1) target = resolve(args.db);
  else if (args.pg) {
    pgDb = `sitrep_bench_${process.pid}_${jobs}`;
    admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pgDb} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pgDb}`);
    target = withDb(pgAdminUrl, pgDb);
  } else {
    tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    target = join(tmp, 'ledger.db');
  }
  const store = openStore(target);
  const ledger = new Ledger(store);
  await store.stats(); // connect and migrate before timing
  const analyser: Analyser = jobs === 0 ? inlineAnalyser() : new AnalysisPool({ size: jobs });
  if (analyser instanceof AnalysisPool) await analyser.warmUp(); // workers started, lexicons and gazetteer loaded, before timing

  let genMs = 0;
  let chars = 0;
  async function* events(): AsyncIterable<IngestEvent> {
    for (let i = 0; i < N; i++) {
      const g = threadCpuMs() ?? 0;
      const doc = makeDoc(i);
      chars += doc.text.length;
      genMs += (threadCpuMs() ?? 0) - g;
      yield { kind: 'document', document: doc as IngestedDocument, location: doc.id };
    }
  }
  let peakRss = 0;
  let claims = 0;
  let docs = 0;
  /** The PostgreSQL backends' CPU by pid (see `serverCpuMs`), read every `SERVER_READ_MS` while storing. */
  const srvSeen = new Map<number, number>();
  const srv0 = admin && pgDb ? await serverCpuMs(admin, pgDb, srvSeen) : 0;
  let srvRead: Promise<unknown> = Promise.resolve();
  let srvReadAt = performance.now();
  const before = analyser instanceof AnalysisPool ? await analyser.stats() : [];
  const main0 = threadCpuMs() ?? 0;
  const gc0 = { ...mainGc };
  const threads0 = threadsCpuMs();
  const proc0 = processCpuMs();
  const t0 = performance.now();
  let lastShown = 0;
  let lastSplit = 0;
  /** The last split line's pending worker stats: awaited (and its failure ignored) before the pool closes. */
  let pendingSplit: Promise<void> = Promise.resolve();
  const tally = await ingestEvents(ledger, events(), {
    analyser, batchSize: BATCH, ...(BULK_AFTER >= 0 ? { bulkAfter: BULK_AFTER } : {}),
    onDocument: (o) => { docs++; claims += o.status === 'unchanged' ? 0 : o.claims; },
    onProgress: (t) => {
      if (admin && pgDb && performance.now() - srvReadAt >= SERVER_READ_MS) {
        srvReadAt = performance.now();
        const a = admin;
        const db = pgDb;
        srvRead = srvRead.then(() => serverCpuMs(a, db, srvSeen)).catch(() => undefined);
      }
      if (SPLIT > 0 && analyser instanceof AnalysisPool && docs - lastSplit >= SPLIT && docs < N) {
        // The split so far, so that a long run stopped early still tells where its CPU went. Per
        // document, since the workers are up to a batch ahead of the documents stored.
        lastSplit = docs;
        const stored = docs;
        const writer = (threadCpuMs() ?? 0) - main0 - genMs;
        const wall = (performance.now() - t0) / 1000;
        const rss = process.memoryUsage.rss();
        const srv = admin && pgDb ? serverCpuMs(admin, pgDb, srvSeen) : Promise.resolve(null);
        pendingSplit = Promise.all([analyser.stats(), srv]).then(([now, srvNow]) => {
          const d = (f: (w: WorkerStats) => number): number => now.reduce((x, w, k) => x + f(w) - (before[k] ? f(before[k]!) : 0), 0);
          const tasks = d((w) => w.tasks);
          const analysis = (d((w) => w.analyzeMs) + d((w) => w.factsMs)) / tasks;
          const rest = d((w) => w.restMs) / tasks;
          const write = writer / stored;
          // PostgreSQL backends of the bench database (null: not readable), per document stored.
          const server = srvNow !== null && srv0 !== null ? (srvNow - srv0) / stored : null;
          log(`  ${stored} documents stored, ${tasks} analysed (${wall.toFixed(0)} s wall, RSS ${mib(rss)}, load ${load()}), per document: analysis + facts ${analysis.toFixed(2)} ms,` +
            ` rows/signature/JSON ${rest.toFixed(2)} ms, writer ${write.toFixed(2)} ms` + (server !== null && args.pg ? `, PostgreSQL backends ${server.toFixed(2)} ms` : '') +
            `: bookkeeping ${(100 * (rest + write + (args.pg ? server ?? 0 : 0)) / analysis).toFixed(1)}%` +
            (args.pg && server === null ? ' (PostgreSQL backends not counted here)' : ''));
        }).catch(() => {});
      }
      if (t.read - lastShown < 5000 && t.read < N) return;
      lastShown = t.read;
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      const s = (performance.now() - t0) / 1000;
      process.stderr.write(`\r${TOOL} jobs=${jobs}: ${t.read} documents, ${(t.read / s).toFixed(0)}/s, RSS ${mib(process.memoryUsage.rss())}   `);
    },
  });
  const wallS = (performance.now() - t0) / 1000;
  const mainMs = (threadCpuMs() ?? 0) - main0;
  const procMs = processCpuMs() - proc0;
  const threads1 = threadsCpuMs();
  const runGc = { ms: mainGc.ms - gc0.ms, minor: mainGc.minor - gc0.minor, major: mainGc.major - gc0.major, incremental: mainGc.incremental - gc0.incremental };
  await pendingSplit;
  const after = analyser instanceof AnalysisPool ? await analyser.stats() : [];
  const workerTids = new Set(after.map((w) => w.tid));
  const threads: ThreadSplit = { platform: 0, later: 0, ended: 0 };
  let live = 0;
  for (const [tid, ms] of threads1) {
    const d = ms - (threads0.get(tid) ?? 0);
    live += d;
    if (tid === process.pid || workerTids.has(tid)) continue;
    if (startThreads.has(tid)) threads.platform += d;
    else threads.later += d;
  }
  threads.ended = Math.max(0, procMs - live);
  await srvRead;
  const srv1 = admin && pgDb ? await serverCpuMs(admin, pgDb, srvSeen) : 0;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  process.stderr.write('\n');
  const perWorker: WorkerStats[] = after.map((w, k) => {
    const b = before[k]!;
    return { tasks: w.tasks - b.tasks, analyzeMs: w.analyzeMs - b.analyzeMs, factsMs: w.factsMs - b.factsMs, restMs: w.restMs - b.restMs,
      taskMs: w.taskMs - b.taskMs, cpuMs: w.cpuMs !== null && b.cpuMs !== null ? w.cpuMs - b.cpuMs : null, elu: w.elu, tid: w.tid,
      gc: { ms: w.gc.ms - b.gc.ms, minor: w.gc.minor - b.gc.minor, major: w.gc.major - b.gc.major, incremental: w.gc.incremental - b.gc.incremental } };
  });
  const sum = (f: (w: WorkerStats) => number): number => perWorker.reduce((x, w) => x + f(w), 0);
  let analysisMs = sum((w) => w.analyzeMs);
  let factsMs = sum((w) => w.factsMs);
  // Everything else the workers' threads spent (preparing, message handling, their GC on that thread).
  let prepMs = sum((w) => (w.cpuMs ?? w.taskMs) - w.analyzeMs - w.factsMs);
  const workersMs = sum((w) => w.cpuMs ?? w.taskMs);
  if (jobs === 0) {
    // Inline: the analysis runs on the writer's thread; time it from the analyzer's own clock.
    analysisMs = NaN;
    factsMs = NaN;
    prepMs = NaN;
  }
  const writerMs = mainMs - genMs;
  const otherMs = procMs - mainMs - workersMs;
  await analyser.close();
  const stats = await store.stats();
  let dbBytes = stats.bytes ?? 0;
  if (tmp) dbBytes = dirBytes(tmp);
  if (admin && pgDb) dbBytes = Number((await admin.query('SELECT pg_database_size($1) AS n', [pgDb])).rows[0].n);
  log(`\n--- ${jobs} analysis worker(s), ${args.pg ? 'PostgreSQL' : 'SQLite'}: ${tally.read} documents (${(chars / 1e6).toFixed(1)} M chars), batches of ${BATCH}; load average ${load()}`);
  log(`  outcomes: new ${tally.new}, exact ${tally.exact}, near ${tally.near}, unchanged ${tally.unchanged}, skipped ${tally.skipped}`);
  log(`  ledger: ${stats.documents} documents, ${stats.carriers} carriers, ${stats.claims} claims, ${stats.quantities} quantities, ${stats.places} places; database ${mib(dbBytes)}`);
  log(`  wall ${wallS.toFixed(1)} s: ${(N / wallS).toFixed(0)} documents/s, ${(claims / wallS).toFixed(0)} claims/s; peak RSS ${mib(peakRss)}`);
  const res: RunResult = { jobs, wallS, docs, claims, analysisMs, factsMs, prepMs, writerMs, otherMs, serverMs: srv0 !== null && srv1 !== null ? srv1 - srv0 : null,
    threads, mainGc: runGc, perWorker, peakRss, dbBytes, load: load() };
  report(res);
  if (lastStore) await lastStore.close();
  lastStore = store;
  lastLedger = ledger;
  cleanups.push(async () => {
    if (admin && pgDb) {
      if (!args.keep) await admin.query(`DROP DATABASE IF EXISTS ${pgDb} WITH (FORCE)`);
      else log(`ledger kept in database ${pgDb}`);
      await admin.end();
    }
    if (tmp && !args.keep) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) log(`ledger kept at ${target}`);
  });
  return res;
}

const s1 = (ms: number): string => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
/** Where the CPU went in one run. */
function report(r: RunResult): void {
  const analysis = r.analysisMs + r.factsMs;
  const rest = r.perWorker.reduce((x, w) => x + w.restMs, 0);
  const workerOverhead = r.prepMs - rest; // the workers' threads outside tasks: message decoding, GC, start of tasks
  const book = rest + r.writerMs + (r.serverMs ?? 0);
  const unattributed = workerOverhead + Math.max(0, r.otherMs);
  log(`  CPU (thread time): analysis ${s1(r.analysisMs)} + claim facts ${s1(r.factsMs)} (workers); rows/signature/JSON ${s1(rest)} (workers);` +
    ` writer ${s1(r.writerMs)} (main thread, without generating the documents)` + (r.serverMs !== null ? `; PostgreSQL backends ${s1(r.serverMs)}` : '') +
    `; unattributed: worker threads outside tasks ${s1(workerOverhead)}, other threads (GC helpers, JIT, libuv) ${s1(r.otherMs)}`);
  if (r.jobs > 0) {
    log(`  storage + bookkeeping (rows/signature/JSON + writer${r.serverMs !== null ? ' + server' : ''}) = ${(100 * book / analysis).toFixed(1)}% of analysis + facts (target ≤ 30%);` +
      ` with every unattributed thread counted as bookkeeping ${(100 * (book + unattributed) / analysis).toFixed(1)}%; writer alone ${(100 * r.writerMs / analysis).toFixed(1)}%, busy ${(100 * r.writerMs / 1000 / r.wallS).toFixed(0)}% of wall time`);
    for (const [k, w] of r.perWorker.entries()) {
      const cpu = w.cpuMs ?? w.taskMs;
      log(`  worker ${k + 1}: ${w.tasks} documents, ${(w.tasks / (cpu / 1000)).toFixed(0)} documents per CPU-second of the worker, busy ${(100 * w.elu).toFixed(0)}% of wall (CPU ${(cpu / 1000).toFixed(1)} s in ${r.wallS.toFixed(1)} s wall: ${(100 * cpu / 1000 / r.wallS).toFixed(0)}% of a core);` +
        ` GC pauses on its thread ${s1(w.gc.ms)} (${w.gc.minor} scavenges, ${w.gc.major} mark-compacts, ${w.gc.incremental} incremental steps)`);
    }
    const t = r.threads;
    log(`  other threads by kind: there at start (V8's platform threads: TurboFan, concurrent marking and sweeping; Node's and libuv's) ${s1(t.platform)}, started later ${s1(t.later)},` +
      ` ended during the run ${s1(t.ended)}; main thread's GC pauses ${s1(r.mainGc.ms)} (${r.mainGc.minor} scavenges, ${r.mainGc.major} mark-compacts, ${r.mainGc.incremental} incremental steps)`);
  }
}

const results: RunResult[] = [];
for (const j of JOBS) results.push(await run(j));

// Scaling: wall-clock, and what the CPU times say for an idle machine with this many cores.
if (results.length > 1) {
  const cores = cpus().length;
  log(`\nScaling (${machine}):`);
  const base = results[0]!;
  for (const r of results) {
    const workerCpu = r.analysisMs + r.factsMs + r.prepMs;
    const all = workerCpu + r.writerMs + Math.max(0, r.otherMs) + (r.serverMs ?? 0);
    // On an idle machine: each worker gets a core while there are cores, the writer and the rest share what is left.
    const perWorkerS = workerCpu / 1000 / r.jobs;
    const boundS = Math.max(perWorkerS * Math.max(1, r.jobs / cores), r.writerMs / 1000, all / 1000 / cores);
    r.idleBound = N / boundS;
    log(`  ${r.jobs} worker(s): wall ${(N / r.wallS).toFixed(0)} docs/s (×${(base.wallS / r.wallS).toFixed(2)}), load ${r.load}; CPU-time bound on an idle ${cores}-core machine ${(N / boundS).toFixed(0)} docs/s (×${((N / boundS) / (base.idleBound ?? N / boundS)).toFixed(2)})`);
  }
}
const store = lastStore!;
const ledger = lastLedger!;
const stats = await store.stats();
const compareFn: CompareFn = compareClaims;

// ------------------------------------------------------------------ queries
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
async function time(label: string, qs: (() => Promise<unknown>)[]): Promise<void> {
  const ms: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    await q();
    ms.push(performance.now() - t);
  }
  log(`  ${label.padEnd(44)} p50 ${pct(ms, 50).toFixed(2)} ms  p95 ${pct(ms, 95).toFixed(2)} ms  (n=${ms.length})`);
}
if (QUERIES > 0) {
const placePage = await store.places({ limit: 1000 });
const places = placePage.items;
log(`\nQueries at ${stats.claims} claims (${placePage.total} places; each query returns one page of 50 with its total):`);
await time('claims by place id', Array.from({ length: QUERIES }, () => { const p = pick(places).placeId; return () => store.claims({ place: p, limit: 50 }); }));
await time('claims by place + date range', Array.from({ length: QUERIES }, () => {
  const p = pick(places).placeId;
  const d = new Date(DAY0 + Math.floor(rand() * 300) * 86_400_000).toISOString().slice(0, 10);
  const e = new Date(Date.parse(d) + 30 * 86_400_000).toISOString().slice(0, 10);
  return () => store.claims({ place: p, from: d, to: e, limit: 50 });
}));
const words = [...new Set(paragraphs.slice(0, 3000).join(' ').match(/\p{L}{5,}/gu) ?? [])];
await time('claims full-text (one word)', Array.from({ length: QUERIES }, () => { const w = pick(words); return () => store.claims({ text: w, limit: 50 }); }));
await time('search documents + claims (two words)', Array.from({ length: QUERIES }, () => { const w = `${pick(words)} ${pick(words)}`; return () => store.search(w, { limit: 20 }); }));
await time('search (one word)', Array.from({ length: QUERIES }, () => { const w = pick(words); return () => store.search(w, { limit: 20 }); }));
await time('places list (top 50 by claims)', Array.from({ length: 20 }, () => () => store.places({ limit: 50 })));

}
// ------------------------------------------------------------------ disputes
if (QUERIES > 0 || SYNTH > 0) {
  const t = performance.now();
  const r = await ledger.disputes({ agreements: true });
  log(`\nDisputes over the ledger: ${r.compared} claims with facts → ${r.disputes.length} disputes, ${r.agreements.length} agreements, ${r.groups} groups;`);
  log(`  compare ${r.ms.toFixed(0)} ms, total with reading facts from ${args.pg ? 'PostgreSQL' : 'SQLite'} ${(performance.now() - t).toFixed(0)} ms`);
  const tc = performance.now();
  await ledger.disputes({ agreements: true });
  log(`  the same report again (cached until the next ingest): ${(performance.now() - tc).toFixed(1)} ms`);
  if (SYNTH > 0) {
    for (const n of new Set([Math.min(100_000, SYNTH), SYNTH])) {
      const recs = synthClaims(n);
      const rss0 = process.memoryUsage.rss();
      const tc = performance.now();
      const res = compareFn(recs, { agreements: true } as CompareOptions) as CompareResult;
      const ms = performance.now() - tc;
      log(`  synthetic ${n} claims: ${ms.toFixed(0)} ms → ${res.disputes.length} disputes, ${res.agreements.length} agreements, ${res.groups} groups (RSS +${mib(process.memoryUsage.rss() - rss0)})`);
    }
  }
}

/**
 * `n` synthetic compare records: 5,000 places in 25 regions, a year of days, quantities of four
 * units with values around a per-topic figure (so that some groups agree and some do not), and
 * control/attack statuses of both polarities, from speakers on two sides and 400 outlets.
 */
function synthClaims(n: number): CompareRecord[] {
  const r = rng(7);
  const units = ['killed', 'wounded', 'drones', 'tanks'];
  const out: CompareRecord[] = [];
  for (let i = 0; i < n; i++) {
    const place = Math.floor(r() * 5000);
    const day = new Date(DAY0 + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10);
    const side = r() < 0.5 ? 'UA' : 'RU';
    const q = r() < 0.7;
    const base = 5 + ((place * 31 + day.charCodeAt(9)) % 200);
    out.push({
      kind: 'indirect',
      speaker: { name: `Speaker ${i % 900}`, text: `Speaker ${i % 900}`, type: 'person', side, official: r() < 0.5, affiliation: null, sideFrom: null },
      content: 'synthetic', start: 0, end: 9,
      quantities: q ? [{ value: r() < 0.8 ? base : base * 3, high: null, bound: 'exact', unit: units[place % 4]!, frame: place % 4 < 2 ? 'event' : 'loss', vague: false, subjectSide: side === 'UA' ? 'RU' : 'UA', text: String(base), start: 0, end: 3 }] : [],
      statuses: q ? [] : [{ topic: r() < 0.5 ? 'control' : 'attack', polarity: r() < 0.7 ? 1 : -1, denial: false, subjectSide: 'RU', text: 'took control', start: 0, end: 12 }],
      places: [{ id: `p${place}`, name: `Place ${place}`, admin1: `UA-${10 + (place % 25)}`, country: 'UA', level: 'village' }],
      placeFrom: 'content', date: day, dateFrom: 'claim',
      id: `s${i}#0`, documentId: `s${i}`, index: 0, source: `outlet-${i % 400}`, outlet: `outlet-${i % 400}`, textOf: `s${i - (i % 3 === 0 ? 1 : 0)}`, published: `${day}T12:00:00Z`,
    });
  }
  return out;
}

await store.close();
for (const c of cleanups) await c();
