/**
 * The SQLite writer as the ledger grows (see bench/README.md, "bench:ingest-grow").
 *
 *   node dist/bench/ingest-grow.js [--docs N] [--to M] [--batch N] [--every N] [--build DIST] [--cache FILE] [--no-bulk]
 *
 * Prepares N bench documents once (bench:ingest's corpus; `--cache FILE` keeps them between runs),
 * then stores them again and again into one fresh SQLite ledger through `Ledger.commit` until it
 * holds M documents, as a long `bench:ingest` run would, without analysing anything more: each
 * round renames the documents (ids, claim and quantity ids), gives them content hashes of their
 * own and salts their LSH band keys, so that every round is new to the ledger while reprints
 * within a round are still found (about 8%, as in the corpus). Reported: the writer thread's CPU
 * (cpu.ts) per stored document every `--every` documents, and at the end the CPU of finishing a
 * bulk ingest (`Ledger.endBulk`, when the build has it) and of closing the store.
 *
 * `--build DIST` takes the ledger and store code from another build (for example
 * `/work/wt/base/dist`), so two trees' writers are set side by side on the same prepared
 * documents. `--no-bulk` leaves the ledger in its ordinary mode (no `beginBulk`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { Document } from '../src/analyze/types.js';
import { threadCpuMs } from '../src/ledger/cpu.js';
import type { PreparedDocument } from '../src/ledger/prepare.js';
import { intArg } from './polnear.js';
import { rng } from './rng.js';
import { documentMaker, polnearParagraphs } from './synthetic-docs.js';

const TOOL = 'bench:ingest-grow';
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' }, to: { type: 'string' }, batch: { type: 'string' }, every: { type: 'string' },
    build: { type: 'string' }, cache: { type: 'string' }, 'no-bulk': { type: 'boolean' }, keep: { type: 'string' }, sql: { type: 'string' },
  },
});
const N = intArg(TOOL, args.docs, 'docs', 2000, 1);
const TO = intArg(TOOL, args.to, 'to', 30000, 1);
const BATCH = intArg(TOOL, args.batch, 'batch', 500, 1);
const EVERY = intArg(TOOL, args.every, 'every', 5000, 1);
const log = (s: string): void => void process.stdout.write(s + '\n');
const now = (): number => threadCpuMs() ?? performance.now();

const here = new URL('..', import.meta.url); // dist/
const build = args.build !== undefined ? pathToFileURL(resolve(args.build) + '/') : here;
const { Ledger } = (await import(new URL('src/ledger/index.js', build).href)) as typeof import('../src/ledger/index.js');
const { openStore } = (await import(new URL('src/store/index.js', build).href)) as typeof import('../src/store/index.js');
const { prepareDocument } = (await import(new URL('src/ledger/prepare.js', here).href)) as typeof import('../src/ledger/prepare.js');

let docs: Document[];
let wires: Buffer[];
if (args.cache !== undefined && existsSync(args.cache)) {
  ({ docs, wires } = deserialize(readFileSync(args.cache)) as { docs: Document[]; wires: Buffer[] });
  log(`${TOOL}: ${docs.length} prepared documents from ${args.cache}`);
} else {
  log(`${TOOL}: preparing ${N} documents on this thread (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.versions.node}; load ${loadavg()[0]!.toFixed(1)})`);
  const makeDoc = documentMaker(polnearParagraphs(TOOL, import.meta.url, log), rng(20240806));
  docs = [];
  wires = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < N; i++) {
    const d = makeDoc(i);
    docs.push(d);
    const p = prepareDocument(d);
    wires.push(serialize({ ...p, analysis: null, document: null, analysisJson: encoder.encode(p.analysisJson as string) }));
  }
  if (args.cache !== undefined) writeFileSync(args.cache, serialize({ docs, wires }));
}

/** Document `d` of round `r` as new to the ledger: renamed, its own content hash, salted band keys. */
function roundCopy(r: number, k: number, salt: Uint32Array): PreparedDocument {
  const p = deserialize(wires[k]!) as PreparedDocument;
  const d = docs[k]!;
  if (r === 0) {
    p.document = d;
    return p;
  }
  const id = `${d.id}.r${r}`;
  p.document = { ...d, id };
  p.contentHash = `${p.contentHash}~${r}`;
  p.bandKeys = p.bandKeys.map((key) => {
    const band = Math.floor(key / 2 ** 32);
    return band * 2 ** 32 + (((key % 2 ** 32) ^ salt[band % salt.length]!) >>> 0);
  });
  const ren = (x: string): string => (x.startsWith(`${d.id}#`) || x.startsWith(`${d.id}~`) ? `${id}${x.slice(d.id.length)}` : x);
  for (const c of p.claims) c.id = ren(c.id);
  for (const q of p.quantities) {
    q.id = ren(q.id);
    if (q.claimId) q.claimId = ren(q.claimId);
  }
  return p;
}

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-grow-'));
const file = args.keep ?? join(tmp, 'ledger.db');
const store = openStore(file);
// `--sql` (measurement only): statements run on the fresh ledger before storing (PRAGMAs, DROP INDEX ...).
if (args.sql !== undefined) (store as unknown as { db: { exec(s: string): unknown } }).db.exec(args.sql);
const ledger = new Ledger(store) as InstanceType<typeof Ledger> & { beginBulk?: () => Promise<void>; endBulk?: () => Promise<void> };
const bulk = args['no-bulk'] !== true && typeof ledger.beginBulk === 'function';
log(`${TOOL}: storing into ${file} until it holds ${TO} documents, batches of ${BATCH}; build ${build.pathname}; bulk mode ${bulk ? 'on' : 'off'}; load ${loadavg()[0]!.toFixed(1)}`);
if (bulk) await ledger.beginBulk!();
const rand = rng(7);
let stored = 0;
let round = 0;
let sinceMs = 0;
let since = 0;
let totalMs = 0;
while (stored < TO) {
  const salt = Uint32Array.from({ length: 32 }, () => Math.floor(rand() * 2 ** 32));
  for (let i = 0; i < docs.length && stored < TO; i += BATCH) {
    const n = Math.min(BATCH, docs.length - i, TO - stored);
    const batch: PreparedDocument[] = [];
    for (let k = i; k < i + n; k++) batch.push(roundCopy(round, k, salt));
    const t = now();
    await ledger.commit(batch);
    const ms = now() - t;
    sinceMs += ms;
    totalMs += ms;
    stored += n;
    since += n;
    if (stored % EVERY === 0 || stored === TO) {
      log(`  ${String(stored).padStart(7)} documents: writer ${(sinceMs / since).toFixed(3)} ms per document over the last ${since}; load ${loadavg()[0]!.toFixed(1)}`);
      sinceMs = 0;
      since = 0;
    }
  }
  round++;
}
let endMs = 0;
if (bulk) {
  const t = now();
  await ledger.endBulk!();
  endMs = now() - t;
}
const s = await store.stats();
const c0 = now();
await store.close();
const closeMs = now() - c0;
const size = statSync(file).size + (existsSync(file + '-wal') ? statSync(file + '-wal').size : 0);
log(`${TOOL}: ${s.documents} documents, ${s.claims} claims, ${s.carriers} carriers, ${(size / 2 ** 20).toFixed(0)} MiB; commits ${(totalMs / 1000).toFixed(1)} s,` +
  ` finishing the bulk ingest ${(endMs / 1000).toFixed(1)} s, closing ${(closeMs / 1000).toFixed(1)} s: ${((totalMs + endMs + closeMs) / TO).toFixed(3)} ms per document in all; load ${loadavg()[0]!.toFixed(1)}`);
if (args.keep === undefined) rmSync(tmp, { recursive: true, force: true });
