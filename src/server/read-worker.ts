/**
 * A worker thread of the server's read pool (pool.ts): opens the ledger read-only and answers
 * the read queries posted to it, and computes disputes with a read-only ledger. SQLite in WAL mode lets these readers run beside the writer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Ledger } from '../ledger/ledger.js';
import type { DisputeQuery } from '../ledger/types.js';
import { openStore } from '../store/index.js';
import { SitrepError } from '../errors.js';
import type { Store } from '../store/types.js';
import type { Document } from '../analyze/types.js';
import { POOLED_METHODS, type PoolReply, type PoolRequest } from './pool.js';

const { file } = workerData as { file: string };
const store: Store = openStore(file, { readonly: true });
const ledger = new Ledger(store);

parentPort!.on('message', async (m: PoolRequest) => {
  let reply: PoolReply;
  try {
    let value: unknown;
    if (m.method === 'analyze') value = (await import('../analyze/index.js')).analyze(m.args[0] as Document);
    else if (m.method === 'computeDisputes') value = await ledger.computeDisputes(m.args[0] as DisputeQuery);
    else if ((POOLED_METHODS as readonly string[]).includes(m.method)) {
      value = await (store[m.method] as (...a: unknown[]) => Promise<unknown>).apply(store, m.args);
    } else throw new Error(`not a pooled method: ${String(m.method)}`);
    reply = { id: m.id, ok: true, value };
  } catch (e) {
    reply = e instanceof SitrepError
      ? { id: m.id, ok: false, sitrep: { code: e.code, message: e.message, hint: e.hint } }
      : { id: m.id, ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
