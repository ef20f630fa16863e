/**
 * The one ingest loop: from reader events to the ledger. Used by `sitrep ingest` (files, folders,
 * URLs) and by the server's upload route (POST /api/ingest), so both batch, skip and report alike.
 *
 * It batches documents (`batchSize`, `batchChars`), leaves out those already stored (without
 * analysing them again), has the rest prepared by an `Analyser` (inline, or a pool of worker
 * threads with a time and memory budget per document), commits each batch in input order in one
 * transaction (so the ledger is the same whatever the number of workers), and records every
 * skipped input with its reason. While one batch is being analysed the previous one is stored.
 * An `AbortSignal` stops the run: what was analysed is stored, the rest is counted as unfinished.
 */
import type { Document } from '../analyze/types.js';
import { ErrorCode, SitrepError, formatError } from '../errors.js';
import { contentHash } from '../ingest/dedup.js';
import { checkHeap } from '../ingest/files.js';
import type { IngestEvent } from '../ingest/types.js';
import type { BulkLoad, SkipRecord } from '../store/types.js';
import type { Ledger } from './ledger.js';
import { prepareDocument, type AnalyzeFn, type FactsFn, type PreparedDocument } from './prepare.js';
import type { IngestOutcome } from './types.js';

/** Prepares documents for the ledger: analysis, claim facts, rows (see `prepareDocument`). */
export interface Analyser {
  /** Prepares one document, or rejects with the reason it is skipped (`Interrupted` when cancelled). */
  prepare(document: Document, title: string | null, location: string): Promise<PreparedDocument>;
  /** Abandons the work in progress: pending `prepare` calls reject with `Interrupted`. */
  cancel(): void;
  close(): Promise<void>;
}

/** The rejection of a `prepare` call abandoned by `Analyser.cancel` (the document is not skipped, only unfinished). */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

/** An `Analyser` on the calling thread (no budget: the document's analysis runs to its end). */
export function inlineAnalyser(opts: { analyze?: AnalyzeFn; facts?: FactsFn } = {}): Analyser {
  let cancelled = false;
  return {
    async prepare(document, title) {
      if (cancelled) throw new Interrupted();
      return prepareDocument(document, { title, ...(opts.analyze ? { analyze: opts.analyze } : {}), ...(opts.facts ? { facts: opts.facts } : {}) });
    },
    cancel() {
      cancelled = true;
    },
    async close() {},
  };
}

/** What an ingest run did. */
export interface IngestTally {
  /** Documents read (stored, duplicate, already stored, skipped at analysis, or unfinished). */
  read: number;
  new: number;
  exact: number;
  near: number;
  /** Already in the ledger (same document id). */
  unchanged: number;
  skipped: number;
  /** Skips by error code. */
  reasons: Map<string, number>;
  /** True when the run was stopped by its signal. */
  interrupted: boolean;
  /** Documents read but neither stored nor skipped because the run was stopped. */
  unfinished: number;
  /** Problems that did not fail the run (a bulk load's indexes not restored: the next writer's open restores them). */
  warnings?: string[];
}

/** One document's outcome, with where it came from and how many claims it has. */
export interface DocumentOutcome extends IngestOutcome {
  location: string;
  claims: number;
}

/** Options of `ingestEvents`. */
export interface IngestRunOptions {
  /** Prepares documents (default: `inlineAnalyser({ analyze })`). */
  analyser?: Analyser;
  /** The analyzer of the default inline analyser. */
  analyze?: AnalyzeFn;
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Flush a batch early once its texts reach this many characters (default 16 million). */
  batchChars?: number;
  /** Called for every skipped input (already counted and about to be recorded), with the error. */
  onSkip?: (skip: SkipRecord, error: unknown) => void;
  /** Called for every document read, stored or not, in input order. */
  onDocument?: (outcome: DocumentOutcome) => void;
  /** Called after every event and batch. */
  onProgress?: (tally: IngestTally) => void;
  /** Skip events to leave out silently (e.g. the ledger's own files inside a folder being read). */
  ignore?: (location: string) => boolean;
  /**
   * Stops the run: reading stops; the documents read so far get `graceMs` to be analysed, then
   * the rest is abandoned (counted as unfinished); what was analysed is stored.
   */
  signal?: AbortSignal;
  /** See `signal` (default `GRACE_MS`). */
  graceMs?: number;
  /**
   * Bulk loading (`Store.bulkLoad`; SQLite: query-only indexes set aside, full-text indexes filled
   * per segment): asked for once this run has stored this many documents and at least as many as
   * the ledger held when the run started (so that a small run into a large ledger does not rebuild
   * its indexes), and ended, restoring them, before the run returns or throws. Default: never.
   */
  bulkAfter?: number;
  /** Called for a problem that does not fail the run (also listed in the tally's `warnings`). */
  onWarning?: (message: string) => void;
}

/** A fresh tally. */
export function emptyTally(): IngestTally {
  return { read: 0, new: 0, exact: 0, near: 0, unchanged: 0, skipped: 0, reasons: new Map(), interrupted: false, unfinished: 0 };
}


/** A promise of 'idle' after `ms`, with its timer (cleared when the wait ends otherwise). */
function idleTimer(ms: number): { promise: Promise<'idle'>; timer: NodeJS.Timeout } {
  let timer: NodeJS.Timeout | null = null;
  const promise = new Promise<'idle'>((resolve) => {
    timer = setTimeout(() => resolve('idle'), ms).unref();
  });
  return { promise, timer: timer! };
}

const isDbError = (e: unknown): boolean => e instanceof SitrepError && e.code === ErrorCode.Database;

/** The skip record of an input that failed with `e` (the same wording for the CLI and the server). */
export function skipRecord(location: string, e: unknown): SkipRecord {
  const code = e instanceof SitrepError ? e.code : ErrorCode.Internal;
  const message = formatError(e, false, e instanceof SitrepError ? null : { file: location }).replace(/^sitrep: /, '');
  return { location, code, message };
}

interface Pending {
  doc: Document;
  location: string;
  title: string | null;
  /** Once dispatched: the prepared document, the error to skip it with, or null when already stored. */
  result: Promise<{ ok: PreparedDocument } | { err: unknown } | null> | null;
}

/** A document's content hash: the one its reader set (`meta.contentHash`), else computed from its text. */
export function documentHash(doc: Document): string {
  const meta = (doc as { meta?: { contentHash?: unknown } }).meta;
  return typeof meta?.contentHash === 'string' && meta.contentHash ? meta.contentHash : contentHash(doc.text);
}

/** `documentHash(doc)`, computed at the first call and kept. */
function lazyHash(doc: Document): () => string {
  let hash: string | null = null;
  return () => (hash ??= documentHash(doc));
}

/**
 * `doc`, or, when its id is already taken by another text (`prior`: the content hash under that id),
 * the same document under the id `<id>~<first 8 hex digits of its hash>`: the same on every run, so a
 * record that reuses an id (two JSON Lines files that both number their records from 1) is neither
 * dropped as already stored nor stored twice when read again.
 */
export function withOwnId<D extends Document>(doc: D, hash: string, prior: string | undefined): D {
  return prior !== undefined && prior !== hash ? { ...doc, id: `${doc.id}~${hash.slice(0, 8)}` } : doc;
}

/** Documents read are handed to the analyser in groups of this many, or sooner when the reader pauses. */
const DISPATCH = 32;
/** How long the reader may keep read documents waiting before they are handed to the analyser (ms). */
const DISPATCH_IDLE_MS = 20;
/**
 * Documents a run stores before `sitrep ingest` asks for a bulk load (`IngestRunOptions.bulkAfter`):
 * below this, rebuilding the query-only indexes at the end costs about what it saves.
 */
export const DEFAULT_BULK_AFTER = 20_000;

/** After an interruption, how long analyses already started may take to finish and be stored (ms). */
export const GRACE_MS = 2000;

/**
 * Stores the documents of `events` in `ledger`. A bad input or a document the analyzer fails on
 * (or that exceeds its budget) is recorded and skipped; a database failure (disk full, not a
 * database) ends the run by throwing, with every batch before it stored.
 */
export async function ingestEvents(ledger: Ledger, events: AsyncIterable<IngestEvent>, opts: IngestRunOptions = {}): Promise<IngestTally> {
  const tally = emptyTally();
  const batchSize = opts.batchSize ?? 200;
  const batchChars = opts.batchChars ?? 16_000_000;
  const analyser = opts.analyser ?? inlineAnalyser(opts.analyze ? { analyze: opts.analyze } : {});
  const signal = opts.signal;
  let skips: SkipRecord[] = [];
  const skip = (location: string, e: unknown): void => {
    const rec = skipRecord(location, e);
    tally.skipped++;
    tally.reasons.set(rec.code, (tally.reasons.get(rec.code) ?? 0) + 1);
    opts.onSkip?.(rec, e);
    skips.push(rec);
  };
  const count = (o: IngestOutcome, p: Pending, claims: number): void => {
    if (o.status === 'new') tally.new++;
    else if (o.status === 'exact-duplicate') tally.exact++;
    else if (o.status === 'near-duplicate') tally.near++;
    else tally.unchanged++;
    opts.onDocument?.({ ...o, location: p.location, claims });
  };

  // Bulk loading: the threshold (documents stored by this run), the load once started.
  const store = ledger.store;
  let bulkAt = opts.bulkAfter !== undefined && store.bulkLoad ? Math.max(opts.bulkAfter, (await store.stats()).documents) : Infinity;
  let bulk: BulkLoad | null = null;
  const maybeBulk = async (): Promise<void> => {
    if (tally.new + tally.exact + tally.near < bulkAt) return;
    bulkAt = Infinity; // asked once: when another process holds the lock, this run goes on without
    bulk = (await store.bulkLoad?.()) ?? null;
  };

  /** Stores one batch whose preparations have been started. */
  const commit = async (batch: Pending[]): Promise<void> => {
    const ready: { p: Pending; doc: PreparedDocument }[] = [];
    for (const p of batch) {
      const r = await p.result;
      if (r === null) count({ id: p.doc.id, status: 'unchanged', carrierOf: null, similarity: null }, p, 0);
      else if ('ok' in r) ready.push({ p, doc: r.ok });
      else if (r.err instanceof Interrupted) tally.unfinished++;
      else skip(p.location, r.err);
    }
    try {
      const outcomes = await ledger.commit(ready.map((r) => r.doc));
      outcomes.forEach((o, i) => count(o, ready[i]!.p, ready[i]!.doc.claimCount));
    } catch (e) {
      if (isDbError(e)) throw e;
      // One document broke the batch: store the others one by one and skip it.
      for (const r of ready) {
        try {
          for (const o of await ledger.commit([r.doc])) count(o, r.p, r.doc.claimCount);
        } catch (e2) {
          if (isDbError(e2)) throw e2;
          skip(r.p.location, e2);
        }
      }
    }
    const done = skips;
    skips = [];
    await ledger.recordSkips(done);
    await maybeBulk();
    opts.onProgress?.(tally);
  };

  let docs: Pending[] = [];
  let dispatched = 0;
  let chars = 0;
  let storing: Promise<void> | null = null;
  /** Hands the documents of the current batch not yet dispatched to the analyser (those already stored are not analysed). */
  const dispatch = async (): Promise<void> => {
    if (dispatched >= docs.length) return;
    const list = docs.slice(dispatched);
    dispatched = docs.length;
    await settleIds(list);
    const known = await ledger.known(list.map((d) => d.doc.id));
    for (const d of list) {
      const dup = known.has(d.doc.id) || batchIds.has(d.doc.id);
      batchIds.add(d.doc.id);
      d.result = dup ? Promise.resolve(null) : analyser.prepare(d.doc, d.title, d.location).then((ok) => ({ ok }), (err: unknown) => ({ err }));
    }
  };
  let batchIds = new Set<string>();
  // The content hashes of the ids of this batch and of the one before it (which may still be being stored),
  // each computed only when another record with that id asks for it (the analyser hashes every text itself).
  let batchHashes = new Map<string, () => string>();
  let previousHashes = new Map<string, () => string>();
  /**
   * A record that reuses an id already stored, or read just before in this run, for other text (two
   * JSON Lines files that both number their records "1", "2" ...) is a document of its own: it gets the
   * id `<id>~<first 8 hex digits of its content hash>`, the same on every run, so that it is neither
   * dropped as "unchanged" nor stored twice when read again.
   */
  const settleIds = async (list: Pending[]): Promise<void> => {
    const stored = await ledger.storedHashes(list.map((d) => d.doc.id));
    for (const d of list) {
      const hash = lazyHash(d.doc);
      const prior = stored.get(d.doc.id) ?? batchHashes.get(d.doc.id)?.() ?? previousHashes.get(d.doc.id)?.();
      if (prior !== undefined) d.doc = withOwnId(d.doc, hash(), prior);
      if (!batchHashes.has(d.doc.id)) batchHashes.set(d.doc.id, hash);
    }
  };
  /** Stores the current batch once the previous batch is stored. */
  const flush = async (): Promise<void> => {
    await dispatch();
    const batch = docs;
    docs = [];
    dispatched = 0;
    chars = 0;
    batchIds = new Set();
    previousHashes = batchHashes;
    batchHashes = new Map();
    const previous = storing;
    const mine = (async () => {
      await previous;
      await commit(batch);
    })();
    mine.catch(() => {}); // awaited below or by the next flush; not an unhandled rejection meanwhile
    storing = mine;
    // At most two batches in flight: this one being analysed, the previous one being stored.
    if (previous) await previous;
  };

  // Each wait for the reader races it against a stop and (with documents waiting) an idle timer
  // made for that wait alone: a promise that outlives the wait (one stop promise for the whole
  // run) would keep a reaction of every wait, about 570 bytes per document read, until the run ends.
  let stopped = signal?.aborted === true;
  let wake: ((v: 'stop') => void) | null = null;
  const onAbort = (): void => {
    stopped = true;
    wake?.('stop');
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const it = events[Symbol.asyncIterator]();
  let next: Promise<IteratorResult<IngestEvent>> | null = null;
  // the listener goes with the loop, also when a store error ends it (its closure holds the batch)
  try {
    for (;;) {
      next ??= it.next();
      const waits: Promise<IteratorResult<IngestEvent> | 'stop' | 'idle'>[] = [next];
      if (signal) waits.push(stopped ? Promise.resolve('stop') : new Promise<'stop'>((resolve) => { wake = resolve; }));
      const idle = dispatched < docs.length ? idleTimer(DISPATCH_IDLE_MS) : null;
      if (idle) waits.push(idle.promise);
      const step = await Promise.race(waits);
      wake = null;
      if (idle) clearTimeout(idle.timer);
      if (step === 'idle') {
        // The reader is slow (a URL, a FIFO, a large file): analyse what was read meanwhile.
        await dispatch();
        continue;
      }
      if (step === 'stop') {
        tally.interrupted = true;
        void next.then(() => it.return?.(undefined)).catch(() => {}); // a reader stuck on a FIFO or a socket is left behind
        break;
      }
      next = null;
      if (step.done) break;
      const ev = step.value;
      if (ev.kind === 'skipped') {
        if (opts.ignore?.(ev.location)) continue;
        skip(ev.location, ev.error);
        if (skips.length >= 100) {
          const done = skips;
          skips = [];
          await ledger.recordSkips(done);
        }
        opts.onProgress?.(tally);
        continue;
      }
      tally.read++;
      try {
        checkHeap(ev.document.text.length, { file: ev.location }); // skip a text the analyzer could not hold, not crash
      } catch (e) {
        skip(ev.location, e);
        opts.onProgress?.(tally);
        continue;
      }
      const title = (ev.document.meta as { title?: unknown }).title;
      docs.push({ doc: ev.document, location: ev.location, title: typeof title === 'string' ? title : null, result: null });
      chars += ev.document.text.length;
      if (docs.length >= batchSize || chars >= batchChars) await flush();
      else {
        if (docs.length - dispatched >= DISPATCH) await dispatch();
        opts.onProgress?.(tally);
      }
    }
  } catch (e) {
    // A store error ends the run: the indexes set aside come back first (a failure to restore them
    // is left to the next writer's open; the run's own error is the one reported).
    bulkAt = Infinity;
    if (bulk) await (bulk as BulkLoad).end().catch(() => {});
    throw e;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  // Interrupted: what was read is analysed for a short grace period, then the rest is abandoned.
  const grace = tally.interrupted ? setTimeout(() => analyser.cancel(), opts.graceMs ?? GRACE_MS) : null;
  try {
    if (docs.length) await flush();
    await storing;
  } finally {
    if (grace) clearTimeout(grace);
    // The indexes set aside come back before the run returns, or throws. A failure to restore them
    // (SQLITE_BUSY while another writer holds the lock) neither replaces the run's own error nor
    // fails a run that stored everything: it is a warning, and the next writer's open restores them.
    if (bulk) {
      try {
        await (bulk as BulkLoad).end();
      } catch (e) {
        const message = `bulk load not ended (the next writer's open restores the indexes): ${e instanceof Error ? e.message : String(e)}`;
        (tally.warnings ??= []).push(message);
        opts.onWarning?.(message);
      }
    }
  }
  const done = skips;
  skips = [];
  await ledger.recordSkips(done);
  if (signal?.aborted) tally.interrupted = true;
  return tally;
}
