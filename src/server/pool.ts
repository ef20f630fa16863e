/**
 * The server's read pool: the store's read queries (claims, documents, places, search, ...) run
 * in worker threads, each with its own read-only connection to the ledger, so that concurrent
 * requests use more than one core and one slow query does not hold up the others. better-sqlite3
 * is synchronous, so without this every query runs on the thread that also parses requests.
 * Compare (disputes) and the timeline, which read every matching claim, and the analyzer (for
 * POST /api/analyze and uploads, whose analysis can take seconds) run there too. Writes
 * (ingest, skips) and streams (eachClaim, for exports) stay on the main store.
 */
import { Worker } from 'node:worker_threads';
import type { Analysis, Document } from '../analyze/types.js';
import type { DisputeQuery, DisputeReport } from '../ledger/types.js';
import type { Store } from '../store/types.js';
import { SitrepError, type ErrorCode } from '../errors.js';

/** The Store methods answered by the pool (plain arguments in, plain data out). */
export const POOLED_METHODS = ['documents', 'getDocument', 'getAnalysis', 'claims', 'getClaim', 'getClaims', 'quantities', 'places', 'search', 'skips', 'stats', 'timeline'] as const;
/** A pooled Store method, `analyze` (the analyzer) or `computeDisputes` (compare, by the worker's read-only ledger). */
export type PooledMethod = (typeof POOLED_METHODS)[number] | 'analyze' | 'computeDisputes';

/** A query posted to a worker. */
export interface PoolRequest {
  id: number;
  method: PooledMethod;
  args: unknown[];
}

/** A worker's answer: the value, one of sitrep's errors (rebuilt on this side), or another error. */
export type PoolReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; sitrep: { code: ErrorCode; message: string; hint: string | null } }
  | { id: number; ok: false; message: string; sitrep?: undefined };

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * A `Store` whose read queries go to `size` worker threads reading `file` (a SQLite file or a
 * PostgreSQL URL), and whose other methods go to `main` (the writable store, opened on the same
 * ledger).
 */
export class PooledStore implements Store {
  readonly kind: string;
  readonly readonly: boolean;
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private next = 1;

  /**
   * @param only the methods sent to the workers (default: all); the others go to `main`. A
   *   PostgreSQL store answers queries from its own connection pool without blocking this thread,
   *   so only the analyzer and compare, which are CPU work, need the workers there.
   */
  constructor(private readonly main: Store, file: string, size: number, private readonly only: readonly PooledMethod[] | null = null) {
    this.kind = main.kind;
    this.readonly = main.readonly;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./read-worker.js', import.meta.url), { workerData: { file } });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (r: PoolReply) => {
        if (--slot.busy === 0) worker.unref(); // an idle pool does not keep the process alive
        const w = this.waiting.get(r.id);
        if (!w) return;
        this.waiting.delete(r.id);
        if (r.ok) w.resolve(r.value);
        else if (r.sitrep) w.reject(new SitrepError(r.sitrep.code, r.sitrep.message, r.sitrep.hint));
        else w.reject(new Error(`read worker: ${r.message}`));
      });
      worker.on('error', (e) => {
        // A worker that dies fails nothing else: its queries are failed and it is left out.
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
        for (const [id, w] of this.waiting) {
          w.reject(e);
          this.waiting.delete(id);
        }
      });
      worker.unref();
      this.slots.push(slot);
    }
  }

  /** Runs a read on the least busy worker (on the main store when no worker is left). */
  private run<T>(method: PooledMethod, args: unknown[]): Promise<T> {
    let slot: Slot | null = null;
    if (this.only === null || this.only.includes(method)) for (const s of this.slots) if (!slot || s.busy < slot.busy) slot = s;
    if (!slot) {
      if (method === 'analyze') return import('../analyze/index.js').then((m) => m.analyze(args[0] as Document) as T);
      if (method === 'computeDisputes') return import('../ledger/ledger.js').then((m) => new m.Ledger(this.main).computeDisputes(args[0] as DisputeQuery) as T);
      return (this.main[method] as (...a: unknown[]) => Promise<T>).apply(this.main, args);
    }
    const id = this.next++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ id, method, args } satisfies PoolRequest);
    });
  }

  documents: Store['documents'] = (...a) => this.run('documents', a);
  getDocument: Store['getDocument'] = (...a) => this.run('getDocument', a);
  getAnalysis: Store['getAnalysis'] = (...a) => this.run('getAnalysis', a);
  /** The main store's one-read document view, where it has one (PostgreSQL; its queries do not block this thread). */
  get documentView(): Store['documentView'] {
    const view = this.main.documentView;
    return view ? (id: string) => view.call(this.main, id) : undefined;
  }
  /** The main store's batched analyses, where it has them (PostgreSQL; for exports, which stay on the main store). */
  get getAnalyses(): Store['getAnalyses'] {
    const many = this.main.getAnalyses;
    return many ? (ids: string[]) => many.call(this.main, ids) : undefined;
  }
  claims: Store['claims'] = (...a) => this.run('claims', a);
  getClaim: Store['getClaim'] = (...a) => this.run('getClaim', a);
  getClaims: Store['getClaims'] = (...a) => this.run('getClaims', a);
  quantities: Store['quantities'] = (...a) => this.run('quantities', a);
  places: Store['places'] = (...a) => this.run('places', a);
  search: Store['search'] = (...a) => this.run('search', a);
  skips: Store['skips'] = (...a) => this.run('skips', a);
  stats: Store['stats'] = (...a) => this.run('stats', a);
  /** Analyses a document in a worker (each worker loads the analyzer on first use). */
  analyze = (document: Document): Promise<Analysis> => this.run('analyze', [document]);
  /** Compare over the stored claims, in a worker (the ledger's cache is the caller's). */
  computeDisputes = (q: DisputeQuery): Promise<DisputeReport> => this.run('computeDisputes', [q]);
  /** The desk's timeline (the store's claims per day and side), counted in a worker. */
  timeline: Store['timeline'] = (...a) => this.run('timeline', a);

  putDocuments: Store['putDocuments'] = (...a) => this.main.putDocuments(...a);
  recordSkips: Store['recordSkips'] = (...a) => this.main.recordSkips(...a);
  updateClaimFacts: Store['updateClaimFacts'] = (...a) => this.main.updateClaimFacts(...a);
  setMeta: Store['setMeta'] = (...a) => this.main.setMeta(...a);
  putCached: Store['putCached'] = (...a) => this.main.putCached(...a);
  known: Store['known'] = (...a) => this.main.known(...a);
  storedHashes: Store['storedHashes'] = (...a) => this.main.storedHashes(...a);
  firstByHash: Store['firstByHash'] = (...a) => this.main.firstByHash(...a);
  reprintCandidates: Store['reprintCandidates'] = (...a) => this.main.reprintCandidates(...a);
  reprintTexts: Store['reprintTexts'] = (...a) => this.main.reprintTexts(...a);
  claimLinks: Store['claimLinks'] = (...a) => this.main.claimLinks(...a);
  meta: Store['meta'] = (...a) => this.main.meta(...a);
  revision: Store['revision'] = (...a) => this.main.revision(...a);
  getCached: Store['getCached'] = (...a) => this.main.getCached(...a);
  analyses: Store['analyses'] = (...a) => this.main.analyses(...a);
  comparableClaims: Store['comparableClaims'] = (...a) => this.main.comparableClaims(...a);
  eachClaim: Store['eachClaim'] = (...a) => this.main.eachClaim(...a);

  /** Stops the workers (the main store is closed by its owner). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
