/**
 * The analysis pool: `size` worker threads that prepare documents (analysis, claim facts, rows,
 * reprint signature) and read uploaded bytes, while the owner's thread stays free to store
 * (`sitrep ingest --jobs N`) or to answer requests (the server). Store-agnostic: results come back
 * as plain data and the ledger's one writer stores them.
 *
 * Every task has a budget (budget.ts): a worker that runs over its time, or over its heap limit
 * (`resourceLimits`), is terminated and replaced, and the document becomes an `E_BUDGET` skip
 * naming it; the other tasks go on. `cancel()` terminates everything and rejects what is pending
 * with `Interrupted` (Ctrl-C, SIGTERM).
 */
import { Worker } from 'node:worker_threads';
import type { Analysis, Document } from '../analyze/types.js';
import { InputError, SitrepError, type ErrorCode } from '../errors.js';
import type { IngestEvent, IngestedDocument } from '../ingest/types.js';
import type { BudgetOptions } from '../analyze/budget.js';
import { budgetMs, hardBudget, overMemory, overTime, type Budget } from './budget.js';
import { Interrupted, type Analyser } from './loop.js';
import type { PreparedDocument } from './prepare.js';

/** An error as plain data, to cross threads. */
export type WireError =
  | { sitrep: true; code: ErrorCode; message: string; hint: string | null; file?: string; line?: number | null }
  | { sitrep: false; message: string; stack: string | null };

/** A reader event as plain data. */
export type WireEvent =
  | { kind: 'document'; document: IngestedDocument; location: string }
  | { kind: 'skipped'; location: string; error: WireError };

/** A task posted to a worker. */
export type PoolTask =
  | { id: number; kind: 'prepare'; document: Document; title: string | null; budget?: BudgetOptions | false }
  | { id: number; kind: 'read'; bytes: Uint8Array; name: string; maxSize: number; published: string | null }
  | { id: number; kind: 'analyze'; document: Document; budget?: BudgetOptions | false; render: AnalysisRender | null }
  | { id: number; kind: 'stats' }
  | { id: number; kind: 'warm' };

/**
 * A prepared document as a worker sends it back: without the document (the owner sent it and
 * keeps it) and with the analysis JSON as UTF-8 bytes whose buffer is transferred, not copied.
 */
export type WirePrepared = Omit<PreparedDocument, 'document' | 'analysisJson'> & { document: null; analysisJson: Uint8Array };

/**
 * How an `analyze` task renders its analysis (`sitrep analyze --json`/`--jsonl`): as JSON written by
 * `writeAnalysisJson` (src/util/json.ts), pretty with `pad` as the indentation of its first line, or
 * compact. Null: the analysis object itself comes back (the owner renders a report from it).
 */
export interface AnalysisRender {
  pretty: boolean;
  pad: string;
}

/** What an `analyze` task returns: the analysis' JSON as UTF-8 chunks (their buffers transferred), or the analysis. */
export type AnalyzedOutput = { kind: 'json'; chunks: Uint8Array[] } | { kind: 'analysis'; analysis: Analysis };

/** A worker's answer. */
export type PoolResult = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/**
 * What one analysis worker has spent, in ms of its own thread's CPU (wall-clock ms where the OS
 * does not tell thread CPU: see cpu.ts): the analyzer proper, compare's claim facts, the rest of
 * preparing (rows, reprint signature, JSON, and copying the result to the owner), all tasks together,
 * and the thread's whole CPU time.
 */
export interface WorkerStats {
  tasks: number;
  analyzeMs: number;
  factsMs: number;
  restMs: number;
  taskMs: number;
  /** The thread's CPU since it started (including start-up: loading lexicons, gazetteer), or null. */
  cpuMs: number | null;
  /** Event-loop utilisation of the worker since it started (busy share of wall time). */
  elu: number;
  /** The worker's thread id (Linux: the `task` id under /proc), or null where the OS does not tell. */
  tid: number | null;
  /**
   * Garbage-collection pauses of the worker's isolate since it started (perf_hooks `gc` entries):
   * wall ms on the worker's own thread and counts of scavenges, mark-compacts and incremental
   * marking steps. Concurrent marking and sweeping run on V8's platform
   * threads and are not in these.
   */
  gc: GcPauses;
}

/** Garbage-collection pauses of one isolate, as perf_hooks reports them. */
export interface GcPauses {
  ms: number;
  minor: number;
  major: number;
  incremental: number;
}

/** Rebuilds an error sent by a worker. */
export function fromWire(w: WireError): Error {
  if (w.sitrep) {
    if (w.file !== undefined) return new InputError(w.code, { file: w.file, line: w.line ?? null }, w.message, w.hint);
    return new SitrepError(w.code, w.message, w.hint);
  }
  const e = new Error(w.message);
  if (w.stack) e.stack = w.stack;
  return e;
}

/** Options of an `AnalysisPool`. */
export interface PoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** Time and memory budget per document (default `hardBudget(analyzeBudget)`). */
  budget?: Partial<Budget>;
  /** The analyzer's cooperative budget handed to `analyze()` and the claim facts (`--budget`; default theirs). */
  analyzeBudget?: BudgetOptions | false;
}

interface Job {
  task: PoolTask;
  location: string;
  what: 'reading' | 'analysis';
  ms: number;
  /** Characters (or bytes) of the task's input, counted against `AHEAD_SIZE`. */
  size: number;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks posted to the worker, in order: the first runs, the others wait in its port (see `AHEAD`). */
  jobs: Job[];
  /** Sum of the posted tasks' sizes. */
  size: number;
  /** `stats` or `warm` messages posted and not yet answered (the worker stays referenced until they are). */
  asks: number;
  /**
   * The slot's one budget timer (see `arm`): it outlives the task it was set for and, when it
   * fires, stops the running task only if that task's own deadline has passed.
   */
  timer: NodeJS.Timeout | null;
  /** When `timer` fires (`performance.now()` ms). */
  timerAt: number;
  /** The task the deadline is of, and that deadline (`performance.now()` ms: its start plus its budget). */
  armed: Job | null;
  deadline: number;
  /** False until the worker has loaded the analyzer's data (its warm-up, on its first task): budgets start after it. */
  ready: boolean;
}

/**
 * Most tasks posted to one worker ahead of the one it runs. The owner's thread stores a batch in
 * one synchronous SQLite transaction (about 0.4 s for 500 documents at 100,000); a worker that
 * finishes a task meanwhile starts the next from its own port, so it needs enough posted to last
 * that long (a bench document takes about 3 ms), else it waits idle for the owner (with two tasks
 * ahead, workers were busy 66-70% of wall on a quiet machine). Idle workers are served first
 * and the queue is spread evenly, so no worker holds many tasks while another has none.
 */
const AHEAD = 256;
/** Most characters (or bytes) of input posted to one worker beyond its first task (bounds the copies held in its port). */
const AHEAD_SIZE = 4_000_000;

/** A pool of analysis worker threads (an `Analyser` for the ingest loop). */
export class AnalysisPool implements Analyser {
  readonly size: number;
  private readonly budget: Budget;
  private readonly analyzeBudget: BudgetOptions | false | undefined;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private next = 1;
  private closed = false;
  /** Workers replaced after running over budget (for reports and tests). */
  replaced = 0;

  constructor(opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.analyzeBudget = opts.analyzeBudget;
    this.budget = { ...hardBudget(opts.analyzeBudget), ...opts.budget };
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./pool-worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
    });
    const slot: Slot = { worker, jobs: [], size: 0, asks: 0, timer: null, timerAt: 0, armed: null, deadline: 0, ready: false };
    worker.on('message', (r: PoolResult | { ready: true }) => {
      if ('ready' in r) {
        slot.ready = true;
        if (slot.jobs.length) this.arm(slot);
        return;
      }
      const stat = this.statWaits.get(r.id);
      if (stat) {
        this.statWaits.delete(r.id);
        stat(r.ok ? (r.value as WorkerStats) : null);
        return;
      }
      const job = slot.jobs[0];
      if (!job || job.task.id !== r.id) return;
      this.finish(slot);
      if (r.ok) job.resolve(r.value);
      else job.reject(fromWire(r.error));
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the document is skipped, the worker replaced.
      const job = slot.jobs[0];
      this.replace(slot);
      if (job) job.reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overMemory(job.location, this.budget.memoryMb, job.what) : e);
      this.pump();
    });
    worker.on('exit', () => {
      // An exit while working that no 'error' reported (process.exit in a worker): fail the job.
      const job = slot.jobs[0];
      if (job && this.slots.includes(slot)) {
        this.replace(slot);
        job.reject(new Error(`analysis worker stopped while working on ${job.location}`));
        this.pump();
      }
    });
    worker.unref();
    return slot;
  }

  /** The first task of the slot is answered: the next one (already posted) is running now. */
  private finish(slot: Slot): void {
    slot.armed = null;
    slot.size -= slot.jobs.shift()?.size ?? 0;
    if (slot.jobs.length) this.arm(slot);
    else {
      // Idle: no timer may keep the process alive.
      this.disarm(slot);
      if (!this.queue.length && !slot.asks) slot.worker.unref();
    }
  }

  /**
   * Starts the time budget of the slot's running task: its deadline is now plus its budget. The
   * slot's timer is set again only when it would fire after that deadline (or there is none): a
   * timer that fires earlier finds the deadline not yet reached and waits the rest (`expire`).
   * So a run of tasks that end within their budgets sets a timer about once per budget (tens of
   * seconds) instead of a `setTimeout` and a `clearTimeout` per task; a task is still stopped at
   * its own deadline, never before.
   */
  private arm(slot: Slot): void {
    if (!slot.ready) return;
    const job = slot.jobs[0]!;
    const now = performance.now();
    slot.armed = job;
    slot.deadline = now + job.ms;
    if (slot.timer && slot.timerAt <= slot.deadline) return;
    this.disarm(slot);
    this.setTimer(slot, job.ms, now);
  }

  private setTimer(slot: Slot, ms: number, now: number): void {
    slot.timerAt = now + ms;
    slot.timer = setTimeout(() => this.expire(slot), ms);
  }

  private disarm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** The slot's timer fired: stops the running task if its deadline has passed, else waits the rest of it. */
  private expire(slot: Slot): void {
    slot.timer = null;
    const job = slot.jobs[0];
    if (!job || !this.slots.includes(slot)) return;
    if (slot.armed !== job) {
      this.arm(slot);
      return;
    }
    const now = performance.now();
    if (now < slot.deadline) {
      this.setTimer(slot, Math.max(1, Math.ceil(slot.deadline - now)), now);
      return;
    }
    this.replace(slot);
    job.reject(overTime(job.location, job.ms, job.what));
    this.pump();
  }

  /** Terminates a worker and puts a fresh one in its place; its waiting tasks go back to the front of the queue. */
  private replace(slot: Slot): void {
    this.disarm(slot);
    slot.armed = null;
    const waiting = slot.jobs.splice(0).slice(1);
    slot.size = 0;
    this.queue.unshift(...waiting);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    void slot.worker.terminate();
    this.replaced++;
    if (!this.closed) this.slots[i] = this.spawn();
    else this.slots.splice(i, 1);
  }

  private pump(): void {
    // Each task to the worker with the fewest posted (idle ones first), up to `AHEAD` beyond the running one.
    while (this.queue.length) {
      const job = this.queue[0]!;
      let best: Slot | null = null;
      for (const slot of this.slots) {
        const n = slot.jobs.length;
        if (n > AHEAD || (n > 0 && slot.size + job.size > AHEAD_SIZE)) continue;
        if (best === null || n < best.jobs.length) best = slot;
      }
      if (best === null) return;
      this.queue.shift();
      best.jobs.push(job);
      best.size += job.size;
      best.worker.ref();
      if (best.jobs.length === 1) this.arm(best);
      best.worker.postMessage(job.task);
    }
  }

  private readonly statWaits = new Map<number, (s: WorkerStats | null) => void>();

  /**
   * What each worker has spent so far (see `WorkerStats`); a worker answers after the tasks
   * already posted to it. Workers replaced after a budget overrun start again from zero.
   */
  async stats(): Promise<WorkerStats[]> {
    return (await this.ask('stats')).filter((s): s is WorkerStats => s !== null);
  }

  /** Has every worker load the analyzer's data now (otherwise each does on its first document). */
  async warmUp(): Promise<void> {
    await this.ask('warm');
  }

  /** Sends a `stats` or `warm` message to every worker; resolves with their answers (null for a worker that stopped). */
  private async ask(kind: 'stats' | 'warm'): Promise<(WorkerStats | null)[]> {
    return Promise.all(this.slots.map((slot) => new Promise<WorkerStats | null>((resolve) => {
      const id = this.next++;
      slot.worker.ref();
      slot.asks++;
      this.statWaits.set(id, (st) => {
        slot.asks--;
        if (!slot.jobs.length && !this.queue.length && !slot.asks) slot.worker.unref();
        resolve(st);
      });
      slot.worker.postMessage({ id, kind } satisfies PoolTask);
    })));
  }

  private submit<T>(task: PoolTask, location: string, size: number, what: Job['what']): Promise<T> {
    if (this.closed) return Promise.reject(new Interrupted());
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, location, what, ms: budgetMs(size, this.budget), size, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Prepares one document on a worker, within its budget. */
  prepare(document: Document, title: string | null, location: string): Promise<PreparedDocument> {
    const task: PoolTask = { id: this.next++, kind: 'prepare', document, title };
    if (this.analyzeBudget !== undefined) task.budget = this.analyzeBudget;
    return this.submit<WirePrepared>(task, location, document.text.length, 'analysis').then((w) => {
      const p = w as unknown as PreparedDocument;
      p.document = document;
      return p;
    });
  }

  /**
   * Analyses one document on a worker, within its budget, for `sitrep analyze --jobs N`: the
   * analyzer alone (no claim facts or rows), its output rendered there as `render` says (or the
   * analysis itself when `render` is null). Tasks run in parallel; the caller keeps input order.
   */
  analyze(document: Document, location: string, render: AnalysisRender | null): Promise<AnalyzedOutput> {
    const task: PoolTask = { id: this.next++, kind: 'analyze', document, render };
    if (this.analyzeBudget !== undefined) task.budget = this.analyzeBudget;
    return this.submit<AnalyzedOutput>(task, location, document.text.length, 'analysis');
  }

  /** Reads uploaded bytes into reader events on a worker, within the budget for their size. */
  async read(bytes: Uint8Array, name: string, opts: { maxSize: number; published: string | null }): Promise<IngestEvent[]> {
    const events = await this.submit<WireEvent[]>({ id: this.next++, kind: 'read', bytes, name, maxSize: opts.maxSize, published: opts.published }, name, bytes.length, 'reading');
    return events.map((e) => (e.kind === 'document' ? e : { kind: 'skipped', location: e.location, error: fromWire(e.error) }));
  }

  /** Abandons every task: workers are terminated, pending calls reject with `Interrupted`. */
  cancel(): void {
    const jobs = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.jobs)];
    this.closed = true;
    for (const s of this.slots.splice(0)) {
      this.disarm(s);
      s.armed = null;
      s.jobs = [];
      s.size = 0;
      void s.worker.terminate();
    }
    for (const [id, w] of this.statWaits) {
      this.statWaits.delete(id);
      w(null);
    }
    for (const j of jobs) j.reject(new Interrupted());
  }

  /** Stops the workers (after the tasks in progress are abandoned). */
  async close(): Promise<void> {
    const slots = [...this.slots];
    this.cancel();
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }
}
