/**
 * A worker thread of the analysis pool (pool.ts): prepares documents (analysis, claim facts,
 * rows, reprint signature; `prepareDocument`) and reads uploaded bytes into documents
 * (`readBytes`). Pure work, no store: the pool's owner stores the results.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze/index.js';
import type { Analysis, Document } from '../analyze/types.js';
import { extractClaimFacts } from '../compare/facts.js';
import { InputError, SitrepError } from '../errors.js';
import { readBytes } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { prepareDocument } from './prepare.js';
import type { PoolTask, PoolResult, WireError, WireEvent } from './pool.js';

/** An error as plain data (rebuilt by the pool). */
export function toWire(e: unknown): WireError {
  if (e instanceof InputError) return { sitrep: true, code: e.code, message: e.message, hint: e.hint, file: e.file, line: e.line };
  if (e instanceof SitrepError) return { sitrep: true, code: e.code, message: e.message, hint: e.hint };
  const err = e instanceof Error ? e : new Error(String(e));
  return { sitrep: false, message: err.message || err.name, stack: err.stack ?? null };
}

parentPort!.on('message', async (t: PoolTask) => {
  let r: PoolResult;
  try {
    if (t.kind === 'prepare') {
      const budget = t.budget;
      const own = budget === undefined ? {} : { analyze: (d: Document) => analyze(d, { budget }), facts: (a: Analysis, i: number) => extractClaimFacts(a, i, { budget }) };
      r = { id: t.id, ok: true, value: prepareDocument(t.document as Document, { title: t.title, ...own }) };
    } else {
      const opts: ReadOptions = { maxSize: t.maxSize, defaultPublished: t.published };
      const events: WireEvent[] = [];
      for await (const ev of readBytes(t.bytes, t.name, opts)) {
        events.push(ev.kind === 'document' ? { kind: 'document', document: ev.document, location: ev.location }
          : { kind: 'skipped', location: ev.location, error: toWire(ev.error) });
      }
      r = { id: t.id, ok: true, value: events };
    }
  } catch (e) {
    r = { id: t.id, ok: false, error: toWire(e) };
  }
  parentPort!.postMessage(r);
});
