/**
 * From reader events to the ledger: batches documents, skips those already stored (without
 * analysing them again), analyses the rest, stores each batch in one transaction, and records
 * every skipped input with its reason (including a text too large for the heap, see `checkHeap`). Used by `sitrep ingest` and by the HTTP upload route.
 *
 * ```ts
 * const tally = await ingestEvents(store, readSources(paths), { analyze, onSkip: (s) => console.error(s.message) });
 * ```
 */
import type { Analysis, Document } from '../analyze/types.js';
import { ErrorCode, SitrepError, formatError } from '../errors.js';
import { checkHeap } from '../ingest/files.js';
import type { IngestEvent } from '../ingest/types.js';
import type { IngestItem, SkipRecord, Store } from './types.js';

/** What an ingest run did. */
export interface IngestTally {
  /** Documents read (stored, duplicate, already stored, or skipped at analysis). */
  read: number;
  new: number;
  exact: number;
  near: number;
  /** Already in the ledger (same document id). */
  unchanged: number;
  skipped: number;
  /** Skips by error code. */
  reasons: Map<string, number>;
}

/** Options of `ingestEvents`. */
export interface IngestRunOptions {
  analyze: (document: Document) => Analysis;
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Flush a batch early once its texts reach this many characters (default 16 million). */
  batchChars?: number;
  /** Called for every skipped input (already counted and about to be recorded), with the error. */
  onSkip?: (skip: SkipRecord, error: unknown) => void;
  /** Called after every event and batch. */
  onProgress?: (tally: IngestTally) => void;
  /** Skip events to leave out silently (e.g. the ledger's own files inside a folder being read). */
  ignore?: (location: string) => boolean;
}

/** A fresh tally. */
export function emptyTally(): IngestTally {
  return { read: 0, new: 0, exact: 0, near: 0, unchanged: 0, skipped: 0, reasons: new Map() };
}

const isDbError = (e: unknown): boolean => e instanceof SitrepError && e.code === ErrorCode.Database;

/**
 * Stores the documents of `events` in `store`. A bad input or a document the analyzer fails on is
 * recorded and skipped; a database failure (disk full, not a database) ends the run by throwing,
 * with every batch before it stored.
 */
export async function ingestEvents(store: Store, events: AsyncIterable<IngestEvent>, opts: IngestRunOptions): Promise<IngestTally> {
  const tally = emptyTally();
  const batchSize = opts.batchSize ?? 200;
  const batchChars = opts.batchChars ?? 16_000_000;
  let skips: SkipRecord[] = [];
  const skip = (location: string, e: unknown): void => {
    const code = e instanceof SitrepError ? e.code : ErrorCode.Internal;
    tally.skipped++;
    tally.reasons.set(code, (tally.reasons.get(code) ?? 0) + 1);
    const message = formatError(e, false, e instanceof SitrepError ? null : { file: location }).replace(/^sitrep: /, '');
    const rec = { location, code, message };
    opts.onSkip?.(rec, e);
    skips.push(rec);
  };
  const count = (status: string): void => {
    if (status === 'new') tally.new++;
    else if (status === 'exact-duplicate') tally.exact++;
    else if (status === 'near-duplicate') tally.near++;
    else tally.unchanged++;
  };

  let docs: { doc: Document; location: string; title: string | null }[] = [];
  let chars = 0;
  const flush = async (): Promise<void> => {
    const batch = docs;
    docs = [];
    chars = 0;
    const known = await store.known(batch.map((d) => d.doc.id));
    const items: IngestItem[] = [];
    const where = new Map<string, string>();
    for (const d of batch) {
      if (known.has(d.doc.id) || where.has(d.doc.id)) {
        tally.unchanged++;
        continue;
      }
      where.set(d.doc.id, d.location);
      try {
        items.push({ document: d.doc, analysis: opts.analyze(d.doc), title: d.title });
      } catch (e) {
        skip(d.location, e);
      }
    }
    try {
      for (const o of await store.ingest(items)) count(o.status);
    } catch (e) {
      if (isDbError(e)) throw e;
      // One document broke the batch: store the others one by one and skip it.
      for (const it of items) {
        try {
          for (const o of await store.ingest([it])) count(o.status);
        } catch (e2) {
          if (isDbError(e2)) throw e2;
          skip(where.get(it.document.id) ?? it.document.id, e2);
        }
      }
    }
    await store.recordSkips(skips);
    skips = [];
    opts.onProgress?.(tally);
  };

  for await (const ev of events) {
    if (ev.kind === 'skipped') {
      if (opts.ignore?.(ev.location)) continue;
      skip(ev.location, ev.error);
      if (skips.length >= 100) {
        await store.recordSkips(skips);
        skips = [];
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
    docs.push({ doc: ev.document, location: ev.location, title: typeof title === 'string' ? title : null });
    chars += ev.document.text.length;
    if (docs.length >= batchSize || chars >= batchChars) await flush();
    else opts.onProgress?.(tally);
  }
  if (docs.length) await flush();
  await store.recordSkips(skips);
  return tally;
}
