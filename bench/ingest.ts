/**
 * Ledger ingest at scale (see bench/README.md).
 *
 *   npm run bench:ingest -- [--docs N] [--batch N] [--queries N] [--db FILE] [--keep] [--compare-claims N]
 *
 * Builds N documents (default 100,000) by recombining paragraphs of the PolNeAR texts (read in place
 * from ../shared/benchmarks/polnear; never copied), with about 8% exact and near reprints of earlier
 * documents, and streams them through the analyzer into a fresh SQLite ledger in batches (as
 * `sitrep ingest` does). Reports documents/s, database size, resident memory sampled over the run
 * (it must stay flat), p50/p95 of claims-by-place, claim full-text and document full-text queries
 * at that size, and dispute-detection time over the stored claims and over synthetic claim records
 * (default 1,000,000).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze/index.js';
import type { Document } from '../src/analyze/types.js';
import type { ClaimRecord as CompareRecord, CompareOptions, CompareResult } from '../src/compare/types.js';
import { compareClaims } from '../src/compare/index.js';
import { openStore } from '../src/store/index.js';
import { Ledger, type CompareFn } from '../src/ledger/index.js';
import type { IngestItem } from '../src/ledger/types.js';
import { intArg, readTexts, splitArg } from './polnear.js';
import { rng } from './rng.js';

const TOOL = 'bench:ingest';
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    batch: { type: 'string' },
    queries: { type: 'string' },
    'compare-claims': { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write([
    'npm run bench:ingest -- [options]',
    '  --docs N            documents to build and ingest (default 100000)',
    '  --batch N           documents per transaction (default 500)',
    '  --queries N         timed queries of each kind (default 300)',
    '  --compare-claims N  synthetic claim records for the dispute-detection timing (default 1000000)',
    '  --db FILE           ledger file (default: a temporary folder, removed afterwards)',
    '  --keep              keep the temporary ledger',
    '',
  ].join('\n'));
  process.exit(0);
}
const N = intArg(TOOL, args.docs, 'docs', 100_000, 1);
const BATCH = intArg(TOOL, args.batch, 'batch', 500, 1);
const QUERIES = intArg(TOOL, args.queries, 'queries', 300, 1);
const SYNTH = intArg(TOOL, args['compare-claims'], 'compare-claims', 1_000_000, 0);

const log = (s: string): void => void process.stdout.write(s + '\n');

const rand = rng(20240806);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// ------------------------------------------------------------------ the corpus
const trainDir = splitArg(TOOL, import.meta.url, undefined, 'train', log);
const devDir = splitArg(TOOL, import.meta.url, undefined, 'dev', log);
const paragraphs: string[] = [];
for (const dir of [trainDir, devDir]) {
  for (const text of readTexts(dir).values()) {
    for (const p of text.split(/\n\s*\n/)) {
      const t = p.trim();
      if (t.length >= 80 && t.length <= 2000) paragraphs.push(t);
    }
  }
}
log(`${TOOL}: ${paragraphs.length} PolNeAR paragraphs (train + dev), building ${N} documents of 3-6 paragraphs`);

const DAY0 = Date.UTC(2024, 0, 1);
const recent: string[] = [];
/** Document i: fresh paragraphs, or (about 8%) an exact or lightly edited copy of a recent document. */
function makeDoc(i: number): Document {
  const published = new Date(DAY0 + Math.floor(rand() * 365) * 86_400_000 + Math.floor(rand() * 86_400_000)).toISOString();
  const r = rand();
  let text: string;
  if (recent.length > 50 && r < 0.04) {
    text = pick(recent); // exact reprint
  } else if (recent.length > 50 && r < 0.08) {
    const parts = pick(recent).split('\n\n');
    parts[0] = pick(paragraphs); // new first paragraph: a near reprint
    text = parts.join('\n\n');
  } else {
    const n = 3 + Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pick(paragraphs));
    text = parts.join('\n\n');
    recent.push(text);
    if (recent.length > 2000) recent.splice(0, 1000);
  }
  return { id: `bench-${i.toString(36).padStart(6, '0')}`, text, published, source: `bench/outlet-${i % 97}`, url: null, meta: { siteName: `Outlet ${i % 97}` } };
}

// ------------------------------------------------------------------ memory sampling
const samples: { t: number; docs: number; rss: number }[] = [];
let docsDone = 0;
const t0 = performance.now();
let peakRss = 0;
/** Samples resident memory (called after every batch: the ingest loop leaves no turn for timers). */
function sample(): void {
  const rss = process.memoryUsage.rss();
  peakRss = Math.max(peakRss, rss);
  samples.push({ t: performance.now() - t0, docs: docsDone, rss });
}

// ------------------------------------------------------------------ ingest
const tmp = args.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const dbFile = args.db ? resolve(args.db) : join(tmp!, 'ledger.db');
const compareFn: CompareFn = compareClaims;
const store = openStore(dbFile);
const ledger = new Ledger(store);
const outcomes = { new: 0, 'exact-duplicate': 0, 'near-duplicate': 0, unchanged: 0 };
let analyzeMs = 0;
let storeMs = 0;
let chars = 0;
let batch: IngestItem[] = [];
let analyzerErrors = 0;
const failures: string[] = [];
for (let i = 0; i < N; i++) {
  const doc = makeDoc(i);
  chars += doc.text.length;
  const ta = performance.now();
  try {
    batch.push({ document: doc, analysis: analyze(doc) });
  } catch (e) {
    // An analyzer failure skips the document, as `sitrep ingest` does; the first few are reported.
    if (++analyzerErrors <= 3) failures.push(`${doc.id} (${doc.text.length} chars): ${(e as Error).message}`);
  }
  analyzeMs += performance.now() - ta;
  if (batch.length >= BATCH || i === N - 1) {
    const ts = performance.now();
    for (const o of await ledger.ingest(batch)) outcomes[o.status]++;
    storeMs += performance.now() - ts;
    docsDone = i + 1;
    batch = [];
    sample();
    if (Math.floor(docsDone / 10_000) !== Math.floor((docsDone - BATCH) / 10_000) || docsDone === N) {
      const s = (performance.now() - t0) / 1000;
      process.stderr.write(`\r${TOOL}: ${docsDone} documents, ${(docsDone / s).toFixed(0)}/s, RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB   `);
    }
  }
}
process.stderr.write('\n');
const ingestS = (performance.now() - t0) / 1000;
const stats = await store.stats();

const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.versions.node}`;
log(`\nMachine: ${machine}`);
log(`Ingest: ${N} documents (${(chars / 1e6).toFixed(1)} M chars) in ${ingestS.toFixed(1)} s = ${(N / ingestS).toFixed(0)} docs/s`);
log(`  analysis ${(analyzeMs / 1000).toFixed(1)} s, store ${(storeMs / 1000).toFixed(1)} s (${(N / (storeMs / 1000)).toFixed(0)} docs/s into SQLite)`);
log(`  outcomes: ${JSON.stringify(outcomes)}; analyzer failures (skipped): ${analyzerErrors}`);
for (const f of failures) log(`    ${f}`);
log(`  ledger: ${stats.documents} documents, ${stats.carriers} carriers, ${stats.claims} claims, ${stats.quantities} quantities, ${stats.places} places`);
log(`  database size: ${mib(stats.bytes ?? 0)} (with WAL) at ${dbFile}`);
// RSS by tenths of the run: flat means streaming.
const byTenth: string[] = [];
for (let k = 1; k <= 10; k++) {
  const upto = samples.filter((s) => s.docs <= (N * k) / 10);
  if (upto.length) byTenth.push(`${k * 10}%: ${mib(Math.max(...upto.map((s) => s.rss)))}`);
}
log(`  peak RSS ${mib(peakRss)}; running peak by share of documents: ${byTenth.join(', ')}`);

// ------------------------------------------------------------------ queries
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
async function time(label: string, qs: (() => Promise<unknown>)[]): Promise<void> {
  const ms: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    await q();
    ms.push(performance.now() - t);
  }
  log(`  ${label.padEnd(44)} p50 ${pct(ms, 50).toFixed(2)} ms  p95 ${pct(ms, 95).toFixed(2)} ms  (n=${ms.length})`);
}
const placePage = await store.places({ limit: 1000 });
const places = placePage.items;
log(`\nQueries at ${stats.claims} claims (${placePage.total} places; each query returns one page of 50 with its total):`);
await time('claims by place id', Array.from({ length: QUERIES }, () => { const p = pick(places).placeId; return () => store.claims({ place: p, limit: 50 }); }));
await time('claims by place + date range', Array.from({ length: QUERIES }, () => {
  const p = pick(places).placeId;
  const d = new Date(DAY0 + Math.floor(rand() * 300) * 86_400_000).toISOString().slice(0, 10);
  const e = new Date(Date.parse(d) + 30 * 86_400_000).toISOString().slice(0, 10);
  return () => store.claims({ place: p, from: d, to: e, limit: 50 });
}));
const words = [...new Set(paragraphs.slice(0, 3000).join(' ').match(/\p{L}{5,}/gu) ?? [])];
await time('claims full-text (one word)', Array.from({ length: QUERIES }, () => { const w = pick(words); return () => store.claims({ text: w, limit: 50 }); }));
await time('search documents + claims (two words)', Array.from({ length: QUERIES }, () => { const w = `${pick(words)} ${pick(words)}`; return () => store.search(w, { limit: 20 }); }));
await time('search (one word)', Array.from({ length: QUERIES }, () => { const w = pick(words); return () => store.search(w, { limit: 20 }); }));
await time('places list (top 50 by claims)', Array.from({ length: 20 }, () => () => store.places({ limit: 50 })));

// ------------------------------------------------------------------ disputes
{
  const t = performance.now();
  const r = await ledger.disputes({ agreements: true });
  log(`\nDisputes over the ledger: ${r.compared} claims with facts → ${r.disputes.length} disputes, ${r.agreements.length} agreements, ${r.groups} groups;`);
  log(`  compare ${r.ms.toFixed(0)} ms, total with reading facts from SQLite ${(performance.now() - t).toFixed(0)} ms`);
  const tc = performance.now();
  await ledger.disputes({ agreements: true });
  log(`  the same report again (cached until the next ingest): ${(performance.now() - tc).toFixed(1)} ms`);
  if (SYNTH > 0) {
    for (const n of [100_000, SYNTH]) {
      const recs = synthClaims(n);
      const rss0 = process.memoryUsage.rss();
      const tc = performance.now();
      const res = compareFn(recs, { agreements: true } as CompareOptions) as CompareResult;
      const ms = performance.now() - tc;
      log(`  synthetic ${n} claims: ${ms.toFixed(0)} ms → ${res.disputes.length} disputes, ${res.agreements.length} agreements, ${res.groups} groups (RSS +${mib(process.memoryUsage.rss() - rss0)})`);
    }
  }
}

/**
 * `n` synthetic compare records: 5,000 places in 25 regions, a year of days, quantities of four
 * units with values around a per-topic figure (so that some groups agree and some do not), and
 * control/attack statuses of both polarities, from speakers on two sides and 400 outlets.
 */
function synthClaims(n: number): CompareRecord[] {
  const r = rng(7);
  const units = ['killed', 'wounded', 'drones', 'tanks'];
  const out: CompareRecord[] = [];
  for (let i = 0; i < n; i++) {
    const place = Math.floor(r() * 5000);
    const day = new Date(DAY0 + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10);
    const side = r() < 0.5 ? 'UA' : 'RU';
    const q = r() < 0.7;
    const base = 5 + ((place * 31 + day.charCodeAt(9)) % 200);
    out.push({
      kind: 'indirect',
      speaker: { name: `Speaker ${i % 900}`, text: `Speaker ${i % 900}`, type: 'person', side, official: r() < 0.5, affiliation: null, sideFrom: null },
      content: 'synthetic', start: 0, end: 9,
      quantities: q ? [{ value: r() < 0.8 ? base : base * 3, high: null, bound: 'exact', unit: units[place % 4]!, frame: place % 4 < 2 ? 'event' : 'loss', vague: false, subjectSide: side === 'UA' ? 'RU' : 'UA', text: String(base), start: 0, end: 3 }] : [],
      statuses: q ? [] : [{ topic: r() < 0.5 ? 'control' : 'attack', polarity: r() < 0.7 ? 1 : -1, denial: false, subjectSide: 'RU', text: 'took control', start: 0, end: 12 }],
      places: [{ id: `p${place}`, name: `Place ${place}`, admin1: `UA-${10 + (place % 25)}`, country: 'UA', level: 'village' }],
      placeFrom: 'content', date: day, dateFrom: 'claim',
      id: `s${i}#0`, documentId: `s${i}`, index: 0, source: `outlet-${i % 400}`, outlet: `outlet-${i % 400}`, textOf: `s${i - (i % 3 === 0 ? 1 : 0)}`, published: `${day}T12:00:00Z`,
    });
  }
  return out;
}

await store.close();
if (tmp && !args.keep) rmSync(tmp, { recursive: true, force: true });
else log(`ledger kept at ${dbFile} (${mib(statSync(dbFile).size)})`);
