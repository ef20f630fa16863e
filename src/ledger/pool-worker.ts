/**
 * A worker thread of the analysis pool (pool.ts): prepares documents (analysis, claim facts,
 * rows, reprint signature; `prepareDocument`) and reads uploaded bytes into documents
 * (`readBytes`). Pure work, no store: the pool's owner stores the results. Only plain rows and
 * JSON text go back (not the analysis object), so the owner's thread does not rebuild it.
 * It counts its own CPU time, split into the analyzer proper and the rest (`stats`).
 */
import { readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { analyze } from '../analyze/index.js';
import type { Analysis, Document } from '../analyze/types.js';
import { extractClaimFacts } from '../compare/facts.js';
import { InputError, SitrepError } from '../errors.js';
import { readBytes } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { threadCpuMs } from './cpu.js';
import { observeGc } from './gc.js';
import { prepareDocument } from './prepare.js';
import { utf8Bytes } from '../store/keys.js';
import { writeAnalysisJson, type Sink } from '../util/json.js';
import type { AnalysisRender, AnalyzedOutput, PoolTask, PoolResult, WireError, WireEvent, WirePrepared, WorkerStats } from './pool.js';


/** An error as plain data (rebuilt by the pool). */
export function toWire(e: unknown): WireError {
  if (e instanceof InputError) return { sitrep: true, code: e.code, message: e.message, hint: e.hint, file: e.file, line: e.line };
  if (e instanceof SitrepError) return { sitrep: true, code: e.code, message: e.message, hint: e.hint };
  const err = e instanceof Error ? e : new Error(String(e));
  return { sitrep: false, message: err.message || err.name, stack: err.stack ?? null };
}

const stats: WorkerStats = { tasks: 0, analyzeMs: 0, factsMs: 0, restMs: 0, taskMs: 0, cpuMs: null, elu: 0, tid: threadId(), gc: { ms: 0, minor: 0, major: 0, incremental: 0 } };

/** This thread's id under /proc (Linux), else null. */
function threadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) ? tid : null;
  } catch {
    return null;
  }
}

// This isolate's garbage-collection pauses (a few per hundred documents; one callback each).
observeGc(stats.gc);
const elu0 = performance.eventLoopUtilization();
/** This thread's CPU (ms), else wall time where the OS does not tell. */
const now = (): number => threadCpuMs() ?? performance.now();

/**
 * Loads what the analyzer loads lazily (lexicons, the wink model, the gazetteer, date parsers) on
 * a few short texts, before the first task: otherwise the first document of every worker pays
 * for it within its own time budget, and on a loaded machine runs over it (a skip that depends on
 * which worker took the document).
 */
function warmUp(facts: boolean): void {
  const texts: [string, string][] = [
    ['en', 'The regional governor said on Monday that 3 civilians were wounded in Kharkiv, and 12 drones were shot down over Belgorod.'],
    ['ru', 'Губернатор Белгородской области заявил во вторник, что в Белгороде сбиты 5 беспилотников и ранены 2 человека.'],
    ['uk', 'Голова ОВА повідомив у середу, що в Харкові поранено 4 людей, а над Сумами збито 6 дронів.'],
  ];
  for (const [lang, text] of texts) {
    try {
      const a = analyze({ id: `warm-up-${lang}`, text, published: '2024-05-13T09:00:00Z', source: null, url: null, meta: {} }, { budget: false });
      if (facts) for (let i = 0; i < a.claims.length; i++) extractClaimFacts(a, i, { budget: false });
    } catch {
      // a warm-up failure only costs the first document its head start
    }
  }
}
let warm = false;

/** Collects JSON text as UTF-8 chunks of about 1M characters (an output too long for one string stays in pieces). */
class ByteChunks implements Sink {
  readonly chunks: Uint8Array[] = [];
  private parts: string[] = [];
  private len = 0;
  push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
    if (this.len >= 1 << 20) this.seal();
  }
  seal(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(utf8Bytes(this.parts.length === 1 ? this.parts[0]! : this.parts.join('')));
    this.parts = [];
    this.len = 0;
  }
}

/** One `analyze` task's output: the document's analysis rendered as the CLI would, or the analysis itself. */
function analyzed(a: Analysis, render: AnalysisRender | null): AnalyzedOutput {
  if (render === null) return { kind: 'analysis', analysis: a };
  const out = new ByteChunks();
  writeAnalysisJson(out, a, render.pretty, render.pad);
  out.seal();
  return { kind: 'json', chunks: out.chunks };
}

parentPort!.on('message', async (t: PoolTask) => {
  if (!warm && t.kind !== 'stats') {
    // On the first task, not at start: a worker that cannot load (too little memory) fails that task, and is not replaced forever.
    warm = true;
    warmUp(t.kind !== 'analyze'); // `sitrep analyze --jobs` never asks for claim facts
    parentPort!.postMessage({ ready: true });
  }
  if (t.kind === 'warm') {
    parentPort!.postMessage({ id: t.id, ok: true, value: null } satisfies PoolResult);
    return;
  }
  if (t.kind === 'stats') {
    stats.cpuMs = threadCpuMs();
    stats.elu = performance.eventLoopUtilization(elu0).utilization;
    parentPort!.postMessage({ id: t.id, ok: true, value: { ...stats, gc: { ...stats.gc } } } satisfies PoolResult);
    return;
  }
  let r: PoolResult;
  let transfer: ArrayBuffer[] = [];
  /** Where the rest of a prepared document began (its time runs to the end of posting the result). */
  let rest0: number | null = null;
  const t0 = now();
  try {
    if (t.kind === 'prepare') {
      const budget = t.budget;
      const doAnalyze = budget === undefined ? analyze : (d: Document) => analyze(d, { budget });
      const doFacts = budget === undefined ? extractClaimFacts : (a: Analysis, i: number) => extractClaimFacts(a, i, { budget });
      // Clock reads per document (not two per claim): the task's start (the analysis starts there), after the
      // analysis, after every claim's facts, and after posting the result (the rest: rows, signature, JSON, copying).
      const a = doAnalyze(t.document as Document);
      const s1 = now();
      const facts = a.claims.map((_, i) => doFacts(a, i));
      const s2 = now();
      const prepared = prepareDocument(t.document as Document, { analysis: a, title: t.title, facts: (_a, i) => facts[i]! });
      // Only what the owner does not have crosses the thread: not the analysis object (its JSON
      // does, as UTF-8 bytes moved rather than copied, off the owner's heap), not the document it sent.
      const bytes = utf8Bytes(prepared.analysisJson as string);
      const wire: WirePrepared = { ...prepared, document: null, analysis: null, analysisJson: bytes };
      stats.analyzeMs += s1 - t0;
      stats.factsMs += s2 - s1;
      rest0 = s2;
      r = { id: t.id, ok: true, value: wire };
      transfer = [bytes.buffer];
    } else if (t.kind === 'analyze') {
      const a = t.budget === undefined ? analyze(t.document) : analyze(t.document, { budget: t.budget });
      const s1 = now();
      stats.analyzeMs += s1 - t0;
      rest0 = s1;
      const value = analyzed(a, t.render);
      r = { id: t.id, ok: true, value };
      if (value.kind === 'json') transfer = value.chunks.map((c) => c.buffer as ArrayBuffer);
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
  stats.tasks++;
  // Copying the result to the owner's thread is part of the task (and, for a document, of its rest).
  parentPort!.postMessage(r, transfer);
  const p1 = now();
  if (rest0 !== null) stats.restMs += p1 - rest0;
  stats.taskMs += p1 - t0;
});
