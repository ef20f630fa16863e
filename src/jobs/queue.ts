/**
 * Ingest across machines: a job queue in the ledger's PostgreSQL database (pg-boss), filled by
 * `sitrep enqueue` and emptied by any number of `sitrep worker` processes on any number of hosts.
 *
 * - `enqueueSources` reads files and folders where they are (the workers need no shared disk) and
 *   puts their documents on the queue in jobs of a few dozen; a URL becomes a job of its own that a
 *   worker fetches. Inputs that cannot be read are recorded as skips at once.
 * - `runWorker` takes jobs, analyses their documents on worker threads and stores them through the
 *   ledger (the same ingest loop as `sitrep ingest`). A job whose worker dies is retried once its
 *   time runs out (pg-boss expires it); nothing is stored twice because documents are keyed by id
 *   (`ON CONFLICT DO NOTHING`) and reprint look-up and insert hold the ledger's write lock.
 * - `queueStatus` counts jobs by state and lists the errors of failed and retried jobs.
 */
import PgBoss from 'pg-boss';
import type { Document } from '../analyze/types.js';
import { ErrorCode, SitrepError } from '../errors.js';
import type { IngestEvent, ReadOptions } from '../ingest/types.js';
import { Ledger, ingestEvents, skipRecord, type IngestTally } from '../ledger/index.js';
import { documentHash, withOwnId } from '../ledger/loop.js';
import { AnalysisPool } from '../ledger/pool.js';
import { openPgStore, redactUrl, type PgStore } from '../store/postgres/index.js';
import type { SkipRecord } from '../store/types.js';

/** The queue's name, and the schema pg-boss keeps its tables in (inside the ledger's database). */
export const INGEST_QUEUE = 'sitrep-ingest';
export const QUEUE_SCHEMA = 'sitrep_queue';

/** Read options that travel with a URL job (the worker fetches it). */
export type JobReadOptions = Pick<ReadOptions, 'maxSize' | 'allowPrivate' | 'timeoutMs' | 'defaultPublished'>;

/** One job: documents read by `enqueue`, or a URL for the worker to fetch. */
export type IngestJob =
  | { kind: 'documents'; count: number; first: string; /** JSON of `{ document, location }[]` (a string: jsonb holds no U+0000). */ payload: string }
  | { kind: 'url'; url: string; read: JobReadOptions };

/** Options of the queue's jobs. */
export interface JobOptions {
  /** Seconds a job may run before it counts as failed and is retried (a worker that died; default 900). */
  timeoutSeconds?: number;
  /** Retries of a failed job (default 3). */
  retryLimit?: number;
}

/** Connects pg-boss to the ledger's database and makes sure the queue exists. */
export async function openQueue(url: string, opts: { supervise?: boolean; maintenanceSeconds?: number } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url, schema: QUEUE_SCHEMA, max: 3, application_name: 'sitrep-queue',
    supervise: opts.supervise ?? false, schedule: false, maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 30,
  });
  boss.on('error', () => undefined); // maintenance errors (a lost connection) are retried by pg-boss itself
  try {
    await boss.start();
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      try {
        await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard', retryLimit: 3, retryDelay: 2, retryBackoff: true });
      } catch (e) {
        if (!(await boss.getQueue(INGEST_QUEUE))) throw e; // another process created it meanwhile: fine
      }
    }
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new SitrepError(ErrorCode.Database, `${redactUrl(url)}: cannot open the job queue: ${(e as Error).message}`);
  }
  return boss;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** What `enqueueSources` did. */
export interface EnqueueResult {
  jobs: number;
  documents: number;
  urls: number;
  /** Documents left out because the ledger already has them. */
  known: number;
  skipped: number;
}

/**
 * Puts `sources` (files, folders, http(s) URLs) on the queue: files are read here and their
 * documents sent in jobs of at most `batch` documents (and about 4 million characters); each URL
 * is one job. Inputs that cannot be read are recorded in the ledger as skips and reported.
 */
export async function enqueueSources(url: string, sources: string[], opts: {
  read?: JobReadOptions; jobs?: JobOptions; batch?: number; onSkip?: (skip: SkipRecord, e: unknown) => void;
  /** The reader (`readSources` from src/ingest by default). */
  readSources?: (paths: string[], o: ReadOptions) => AsyncIterable<IngestEvent>;
} = {}): Promise<EnqueueResult> {
  const store = await openPgStore(url, { applicationName: 'sitrep-enqueue', poolSize: 2 }).open();
  const boss = await openQueue(url);
  const res: EnqueueResult = { jobs: 0, documents: 0, urls: 0, known: 0, skipped: 0 };
  const send = { retryLimit: opts.jobs?.retryLimit ?? 3, retryDelay: 2, retryBackoff: false, expireInSeconds: opts.jobs?.timeoutSeconds ?? 900 };
  const batch = opts.batch ?? 25;
  const read = opts.read ?? {};
  try {
    for (const u of sources.filter(isUrl)) {
      const job: IngestJob = { kind: 'url', url: u, read };
      await boss.send(INGEST_QUEUE, job, send);
      res.jobs++;
      res.urls++;
    }
    const paths = sources.filter((s) => !isUrl(s));
    if (!paths.length) return res;
    const readSources = opts.readSources ?? (await import('../ingest/index.js')).readSources;
    let docs: { document: Document; location: string }[] = [];
    let chars = 0;
    let skips: SkipRecord[] = [];
    const flush = async (): Promise<void> => {
      const list = docs;
      docs = [];
      chars = 0;
      // a record that reuses a stored id for other text is enqueued under an id of its own (`withOwnId`)
      const stored = await store.storedHashes(list.map((d) => d.document.id));
      for (const d of list) {
        const hash = documentHash(d.document);
        d.document = withOwnId(d.document, hash, stored.get(d.document.id));
      }
      const known = await store.known(list.map((d) => d.document.id));
      const fresh = list.filter((d) => !known.has(d.document.id));
      res.known += list.length - fresh.length;
      if (fresh.length) {
        const job: IngestJob = { kind: 'documents', count: fresh.length, first: fresh[0]!.location, payload: JSON.stringify(fresh) };
        await boss.send(INGEST_QUEUE, job, send);
        res.jobs++;
        res.documents += fresh.length;
      }
      if (skips.length) await store.recordSkips(skips);
      skips = [];
    };
    for await (const ev of readSources(paths, read)) {
      if (ev.kind === 'skipped') {
        const rec = skipRecord(ev.location, ev.error);
        res.skipped++;
        opts.onSkip?.(rec, ev.error);
        skips.push(rec);
        continue;
      }
      docs.push({ document: ev.document, location: ev.location });
      chars += ev.document.text.length;
      if (docs.length >= batch || chars >= 4_000_000) await flush();
    }
    if (docs.length || skips.length) await flush();
    return res;
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await store.close();
  }
}

/** The reader events of one job. */
async function* jobEvents(job: IngestJob, readSources: (paths: string[], o: ReadOptions) => AsyncIterable<IngestEvent>): AsyncIterable<IngestEvent> {
  if (job.kind === 'url') {
    yield* readSources([job.url], job.read ?? {});
    return;
  }
  const docs = JSON.parse(job.payload) as { document: IngestEvent & { kind: 'document' } extends { document: infer D } ? D : never; location: string }[];
  for (const d of docs) yield { kind: 'document', document: d.document, location: d.location };
}

/** What a worker reports as it goes. */
export type WorkerEvent =
  | { type: 'started'; jobs: number }
  | { type: 'job'; id: string; tally: JobSummary; ms: number }
  | { type: 'job-failed'; id: string; error: string }
  | { type: 'skip'; skip: SkipRecord }
  | { type: 'idle' }
  | { type: 'stopped' };

/** A job's outcome, kept by pg-boss as the job's output. */
export interface JobSummary {
  read: number;
  new: number;
  exact: number;
  near: number;
  unchanged: number;
  skipped: number;
}

const summary = (t: IngestTally): JobSummary => ({ read: t.read, new: t.new, exact: t.exact, near: t.near, unchanged: t.unchanged, skipped: t.skipped });

/** Options of `runWorker`. */
export interface WorkerOptions {
  /** Jobs worked on at once, each analysed on its own thread (default 1). */
  jobs?: number;
  /** Stop once no job is queued, retrying or running anywhere (for batch runs and tests). */
  drain?: boolean;
  /** Stops the worker: jobs in progress finish (up to `stopTimeoutMs`), no new ones are taken. */
  signal?: AbortSignal;
  onEvent?: (e: WorkerEvent) => void;
  /** Seconds between pg-boss maintenance runs (expiring jobs of dead workers; default 15). */
  maintenanceSeconds?: number;
  /** Seconds between looks for new jobs (default 1). */
  pollSeconds?: number;
  stopTimeoutMs?: number;
}

/**
 * Takes jobs from the queue until stopped (or, with `drain`, until the queue is empty everywhere),
 * analyses their documents on `jobs` worker threads and stores them in the ledger.
 */
export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<void> {
  const n = Math.max(1, Math.floor(opts.jobs ?? 1));
  const store: PgStore = await openPgStore(url, { applicationName: 'sitrep-worker', poolSize: n + 2 }).open();
  const ledger = new Ledger(store);
  // A queue worker has time: a document is stopped only after 2 minutes (10 s more per 100,000
  // characters), so a busy host does not skip what an idle one would store.
  const analyser = new AnalysisPool({ size: n, budget: { floorMs: 120_000, perMillionMs: 100_000 } });
  const { readSources } = await import('../ingest/index.js');
  let boss: PgBoss | null = null;
  try {
    boss = await openQueue(url, { supervise: true, maintenanceSeconds: opts.maintenanceSeconds ?? 15 });
    const handler = async (jobs: PgBoss.Job<IngestJob>[]): Promise<JobSummary> => {
      const job = jobs[0]!;
      const t0 = Date.now();
      try {
        const tally = await ingestEvents(ledger, jobEvents(job.data, readSources), {
          analyser, batchSize: 50, onSkip: (skip) => opts.onEvent?.({ type: 'skip', skip }),
        });
        const s = summary(tally);
        opts.onEvent?.({ type: 'job', id: job.id, tally: s, ms: Date.now() - t0 });
        return s;
      } catch (e) {
        opts.onEvent?.({ type: 'job-failed', id: job.id, error: e instanceof Error ? e.message : String(e) });
        throw e;
      }
    };
    for (let i = 0; i < n; i++) await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: opts.pollSeconds ?? 1 }, handler);
    opts.onEvent?.({ type: 'started', jobs: n });
    await new Promise<void>((resolve) => {
      if (opts.signal?.aborted) return resolve();
      opts.signal?.addEventListener('abort', () => resolve(), { once: true });
      if (!opts.drain) return;
      const timer = setInterval(() => {
        void pendingJobs(store).then((left) => {
          if (left === 0) {
            clearInterval(timer);
            opts.onEvent?.({ type: 'idle' });
            resolve();
          }
        }, () => undefined);
      }, 1000);
      opts.signal?.addEventListener('abort', () => clearInterval(timer), { once: true });
    });
  } finally {
    await boss?.stop({ graceful: true, wait: true, timeout: opts.stopTimeoutMs ?? 30_000 }).catch(() => undefined);
    await analyser.close();
    await store.close();
    opts.onEvent?.({ type: 'stopped' });
  }
}

/** Jobs queued, retrying or running anywhere. */
async function pendingJobs(store: PgStore): Promise<number> {
  const r = await store.pool.query(`SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [INGEST_QUEUE]);
  return r.rows[0].n as number;
}

/** Jobs by state, and the errors of jobs that failed (for good or before a retry). */
export interface QueueStatus {
  queued: number;
  retrying: number;
  running: number;
  done: number;
  failed: number;
  cancelled: number;
  /** Documents waiting in queued and retrying jobs (URL jobs count as one). */
  waitingDocuments: number;
  running_jobs: { id: string; startedOn: string; retryCount: number; first: string }[];
  errors: { id: string; state: string; retryCount: number; at: string; error: string; first: string }[];
}

/** Counts the queue's jobs (live and archived) by state and collects the last errors (at most `limit`). */
export async function queueStatus(url: string, limit = 20): Promise<QueueStatus> {
  const store = await openPgStore(url, { applicationName: 'sitrep-status', poolSize: 2 }).open();
  try {
    const has = await store.pool.query("SELECT to_regclass($1) IS NOT NULL AS ok", [`${QUEUE_SCHEMA}.job`]);
    const st: QueueStatus = { queued: 0, retrying: 0, running: 0, done: 0, failed: 0, cancelled: 0, waitingDocuments: 0, running_jobs: [], errors: [] };
    if (!has.rows[0].ok) return st;
    const counts = await store.pool.query(`SELECT state::text AS state, count(*)::int AS n,
        sum(CASE WHEN data->>'kind' = 'documents' THEN (data->>'count')::int ELSE 1 END)::int AS docs
      FROM (SELECT state, data FROM ${QUEUE_SCHEMA}.job WHERE name = $1
            UNION ALL SELECT state, data FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) j GROUP BY state`, [INGEST_QUEUE]);
    for (const r of counts.rows as { state: string; n: number; docs: number }[]) {
      if (r.state === 'created') st.queued += r.n, st.waitingDocuments += r.docs;
      else if (r.state === 'retry') st.retrying += r.n, st.waitingDocuments += r.docs;
      else if (r.state === 'active') st.running += r.n;
      else if (r.state === 'completed') st.done += r.n;
      else if (r.state === 'failed') st.failed += r.n;
      else if (r.state === 'cancelled') st.cancelled += r.n;
    }
    const first = "coalesce(data->>'first', data->>'url', '')";
    const running = await store.pool.query(`SELECT id::text, started_on, retry_count, ${first} AS first FROM ${QUEUE_SCHEMA}.job
      WHERE name = $1 AND state = 'active' ORDER BY started_on LIMIT $2`, [INGEST_QUEUE, limit]);
    st.running_jobs = running.rows.map((r) => ({ id: r.id, startedOn: new Date(r.started_on).toISOString(), retryCount: r.retry_count, first: r.first }));
    const errs = await store.pool.query(`SELECT id::text, state::text, retry_count, coalesce(completed_on, created_on) AS at, output, ${first} AS first
      FROM (SELECT id, state, retry_count, completed_on, created_on, output, data FROM ${QUEUE_SCHEMA}.job
              WHERE name = $1 AND state IN ('failed', 'retry') AND output IS NOT NULL
            UNION ALL SELECT id, state, retry_count, completed_on, created_on, output, data FROM ${QUEUE_SCHEMA}.archive
              WHERE name = $1 AND state = 'failed') j
      ORDER BY at DESC LIMIT $2`, [INGEST_QUEUE, limit]);
    st.errors = errs.rows.map((r) => ({
      id: r.id, state: r.state, retryCount: r.retry_count, at: new Date(r.at).toISOString(), first: r.first,
      error: errorText(r.output),
    }));
    return st;
  } finally {
    await store.close();
  }
}

/** The message of a pg-boss job output (a serialised error, or `{ value: { message } }`). */
function errorText(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  const m = o?.message ?? o?.value?.message;
  return typeof m === 'string' ? m : JSON.stringify(output).slice(0, 300);
}
