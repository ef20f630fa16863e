/**
 * The writer's share of an ingest, alone (see bench/README.md, "bench:ingest-writer").
 *
 *   npm run bench:ingest-writer -- [--docs N] [--batch N] [--reps N] [--into LEDGER [--from I]] [--pragma P]...
 *
 * Builds N documents the way bench:ingest does (PolNeAR paragraphs recombined, about 8% exact and
 * near reprints; read in place, never copied), prepares them once on this thread
 * (`prepareDocument`: analysis, claim facts, rows, signature), then, `--reps` times each, stores
 * them into a fresh temporary SQLite ledger through `Ledger.commit` in batches, the way an
 * analysis worker's results reach the owner's thread: each prepared document is copied by the
 * structured clone (`v8.serialize`/`deserialize`, what `postMessage` does), as the tree before
 * sent it (the whole prepared document, the analysis JSON as a string) and as it is sent now
 * (without the document, the analysis JSON as UTF-8 bytes). Reported: CPU ms of this thread
 * (cpu.ts) for decoding the results and for committing them, per run, so the two forms can be
 * compared in one process whatever the machine's load (thread CPU, not wall time).
 *
 * With `--into LEDGER` (a SQLite ledger that `bench:ingest --keep` left, say of 30,000 documents),
 * each run stores the N documents that follow the ledger's own in the bench's corpus into a fresh
 * copy of it, in the form sent now only, so the writer's cost at that size can be set beside its
 * cost into an empty ledger; the commit's CPU is also split by the store calls it makes (reprint
 * look-ups, claim links, the inserts); `--from I` starts at the corpus' document I instead (for a
 * ledger grown by other means). `--pragma 'P1;P2'` (repeatable: one variant each, run in
 * turn per rep; '' for the store's own settings) runs those PRAGMAs on the ledger before storing,
 * to measure SQLite's settings (with or without `--into`; the form sent now only); a part written
 * `sql STATEMENT` runs that statement instead (e.g. an FTS5 configuration insert). `--bulk` runs
 * each variant twice per rep, as it is and as a bulk load (`Store.bulkLoad` before the first
 * batch, its `end()`, which restores the indexes and fills the full-text indexes, counted in the
 * commit's time).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { Document } from '../src/analyze/types.js';
import { Ledger } from '../src/ledger/index.js';
import { threadCpuMs } from '../src/ledger/cpu.js';
import { prepareDocument, type PreparedDocument } from '../src/ledger/prepare.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { intArg } from './polnear.js';
import { rng } from './rng.js';
import { documentMaker, polnearParagraphs } from './synthetic-docs.js';

const TOOL = 'bench:ingest-writer';
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' }, batch: { type: 'string' }, reps: { type: 'string' },
    into: { type: 'string' }, from: { type: 'string' }, pragma: { type: 'string', multiple: true, default: [] },
    bulk: { type: 'boolean', default: false },
  },
});
const N = intArg(TOOL, args.docs, 'docs', 1500, 1);
const BATCH = intArg(TOOL, args.batch, 'batch', 500, 1);
const REPS = intArg(TOOL, args.reps, 'reps', 3, 1);
const log = (s: string): void => void process.stdout.write(s + '\n');

const makeDoc = documentMaker(polnearParagraphs(TOOL, import.meta.url, log), rng(20240806));
/** Documents already in `--into`'s ledger: the corpus is built past them (the maker draws in sequence). */
let first = 0;
if (args.into !== undefined) {
  const s = openStore(args.into, { readonly: true });
  const held = (await s.stats()).documents;
  await s.close();
  first = args.from !== undefined ? intArg(TOOL, args.from, 'from', 0, 0) : held;
  for (let i = 0; i < first; i++) makeDoc(i);
  log(`${TOOL}: ${args.into} holds ${held} documents; storing documents ${first} to ${first + N - 1} of the corpus into copies of it`);
}

log(`${TOOL}: preparing ${N} documents on this thread (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.versions.node}; load ${loadavg()[0]!.toFixed(1)})`);
const docs: Document[] = [];
const prepared: PreparedDocument[] = [];
for (let i = first; i < first + N; i++) {
  const d = makeDoc(i);
  docs.push(d);
  const p = prepareDocument(d);
  p.analysis = null;
  prepared.push(p);
}
const encoder = new TextEncoder();
const wires = {
  string: prepared.map((p) => serialize(p)),
  bytes: prepared.map((p) => serialize({ ...p, document: null, analysisJson: encoder.encode(p.analysisJson as string) })),
};

const now = (): number => threadCpuMs() ?? performance.now();
/** The SQLite settings to compare, one run each per rep ('': the store's own). */
const variants = args.pragma?.length ? args.pragma : [''];

/** `store` with the thread CPU of each of its calls added up by name in `parts`. */
function timed(store: Store, parts: Map<string, number>): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== 'function' || typeof key !== 'string') return v;
      return async (...a: unknown[]) => {
        const t = now();
        try {
          return await (v as (...x: unknown[]) => Promise<unknown>).apply(target, a);
        } finally {
          parts.set(key, (parts.get(key) ?? 0) + now() - t);
        }
      };
    },
  });
}

const runs = args.into !== undefined || args.pragma?.length ? variants.map((v) => ['bytes', v] as const) : (['string', 'bytes'] as const).map((f) => [f, ''] as const);
const modes = args.bulk ? [false, true] : [false];
for (let rep = 0; rep < REPS; rep++) {
  for (const [form, variant, bulkMode] of runs.flatMap(([f, v]) => (args.bulk && f === 'string' ? [] : modes.map((m) => [f, v, m] as const)))) {
    const tmp = mkdtempSync(join(tmpdir(), 'sitrep-writer-'));
    const file = join(tmp, 'ledger.db');
    if (args.into !== undefined) {
      copyFileSync(args.into, file);
      if (existsSync(args.into + '-wal')) copyFileSync(args.into + '-wal', file + '-wal');
    }
    const parts = new Map<string, number>();
    const store = openStore(file);
    const db = (store as unknown as { db: { pragma(s: string): unknown; exec(s: string): unknown } }).db;
    for (const p of variant.split(';').map((x) => x.trim()).filter(Boolean)) {
      if (p.startsWith('sql ')) db.exec(p.slice(4));
      else db.pragma(p);
    }
    const ledger = new Ledger(args.into !== undefined ? timed(store, parts) : store);
    await store.stats();
    let decodeMs = 0;
    let commitMs = 0;
    const b0 = now();
    const bulk = bulkMode ? await store.bulkLoad?.() : null;
    commitMs += now() - b0;
    for (let i = 0; i < N; i += BATCH) {
      const t0 = now();
      const batch = wires[form].slice(i, i + BATCH).map((w, k) => {
        const p = deserialize(w) as PreparedDocument;
        if (form === 'bytes') p.document = docs[i + k]!;
        return p;
      });
      const t1 = now();
      await ledger.commit(batch);
      commitMs += now() - t1;
      decodeMs += t1 - t0;
    }
    const e0 = now();
    if (bulk) await bulk.end();
    commitMs += now() - e0;
    const s = await store.stats();
    // Closing checkpoints what the WAL still holds: part of what storing costs.
    const c0 = now();
    await store.close();
    const closeMs = now() - c0;
    log(`  run ${rep + 1}${variant ? ` [${variant}]` : ''}${bulkMode ? ' [bulk load]' : ''}, analysis JSON as ${form.padEnd(6)}: decode ${decodeMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms` +
      ` (${((decodeMs + commitMs) / N).toFixed(2)} ms per document); ${s.documents} documents, ${s.claims} claims, ${s.carriers} carriers; load ${loadavg()[0]!.toFixed(1)}` +
      (parts.size ? `\n    commit's store calls: ${[...parts].map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')} ms; closing the store ${closeMs.toFixed(0)} ms` : ''));
    rmSync(tmp, { recursive: true, force: true });
  }
}
