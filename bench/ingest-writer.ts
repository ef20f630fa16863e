/**
 * The writer's share of an ingest, alone (see bench/README.md, "bench:ingest-writer").
 *
 *   npm run bench:ingest-writer -- [--docs N] [--batch N] [--reps N]
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
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { Document } from '../src/analyze/types.js';
import { Ledger } from '../src/ledger/index.js';
import { threadCpuMs } from '../src/ledger/cpu.js';
import { prepareDocument, type PreparedDocument } from '../src/ledger/prepare.js';
import { openStore } from '../src/store/index.js';
import { intArg } from './polnear.js';
import { rng } from './rng.js';
import { documentMaker, polnearParagraphs } from './synthetic-docs.js';

const TOOL = 'bench:ingest-writer';
const { values: args } = parseArgs({ options: { docs: { type: 'string' }, batch: { type: 'string' }, reps: { type: 'string' } } });
const N = intArg(TOOL, args.docs, 'docs', 1500, 1);
const BATCH = intArg(TOOL, args.batch, 'batch', 500, 1);
const REPS = intArg(TOOL, args.reps, 'reps', 3, 1);
const log = (s: string): void => void process.stdout.write(s + '\n');

const makeDoc = documentMaker(polnearParagraphs(TOOL, import.meta.url, log), rng(20240806));

log(`${TOOL}: preparing ${N} documents on this thread (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.versions.node}; load ${loadavg()[0]!.toFixed(1)})`);
const docs: Document[] = [];
const prepared: PreparedDocument[] = [];
for (let i = 0; i < N; i++) {
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
for (let rep = 0; rep < REPS; rep++) {
  for (const form of ['string', 'bytes'] as const) {
    const tmp = mkdtempSync(join(tmpdir(), 'sitrep-writer-'));
    const store = openStore(join(tmp, 'ledger.db'));
    const ledger = new Ledger(store);
    await store.stats();
    let decodeMs = 0;
    let commitMs = 0;
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
    const s = await store.stats();
    log(`  run ${rep + 1}, analysis JSON as ${form.padEnd(6)}: decode ${decodeMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms` +
      ` (${((decodeMs + commitMs) / N).toFixed(2)} ms per document); ${s.documents} documents, ${s.claims} claims, ${s.carriers} carriers; load ${loadavg()[0]!.toFixed(1)}`);
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
