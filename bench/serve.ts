/**
 * `npm run bench:serve`: latency of the claims list with filters, under concurrent requests on
 * loopback, with 100k claims stored (see bench/README.md).
 *
 *   npm run bench:serve -- [--claims N] [--db FILE] [--requests N] [--seconds S] [--concurrency 16,64] [--fresh]
 *
 * 1. Builds (or reuses) a ledger of synthetic documents in bench/out/serve-<N>.db: each document
 *    is five generated sentences "<speaker> said that <n> <unit> were <verb> in <place> ..." with
 *    a hand-built Analysis (claims, quantities, places, dates with exact spans), stored through
 *    the Store in batches, exactly as `sitrep ingest` stores analysed documents. Speakers come
 *    from data/actors.tsv (so sides are filled in) and from invented names.
 * 2. Starts `sitrep serve` on 127.0.0.1 in a child process (the load generator must not share
 *    its event loop), waits for it, and warms it up.
 * 3. For each concurrency level: a bounded loop of keep-alive HTTP requests (at most --requests
 *    and --seconds) cycling through filtered claims-list queries; prints p50/p95/p99, mean,
 *    throughput and errors overall and per query shape.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analysis, Claim, DateMention, Document, Place, Quantity, Sentence } from '../src/analyze/types.js';
import { openStore } from '../src/store/index.js';
import { Ledger } from '../src/ledger/ledger.js';
import type { IngestItem } from '../src/ledger/types.js';
import { rng } from './rng.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    db: { type: 'string' },
    requests: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '16,64' },
    fresh: { type: 'boolean', default: false },
    workers: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write(
    [
      'npm run bench:serve -- [options]',
      '  --claims N         claims in the ledger (default 100000; 5 per document)',
      '  --db FILE          ledger to build or reuse (default bench/out/serve-<N>.db)',
      '  --requests N       most requests per concurrency level (default 3000)',
      '  --seconds S        most seconds per concurrency level (default 30)',
      '  --concurrency L    comma-separated concurrency levels (default 16,64)',
      '  --fresh            rebuild the ledger even if it exists',
      '  --workers N        passed to sitrep serve (read-query threads; default: its own)',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const CLAIMS = Number(args.claims);
const PER_DOC = 5;

// ------------------------------------------------------------------ synthetic ledger


const SPEAKERS: [string, 'person' | 'organisation'][] = [
  ['Yuriy Ihnat', 'person'], ['Andrii Sybiha', 'person'], ['Oleksandr Syrskyi', 'person'], ['Dmitry Peskov', 'person'],
  ['Sergei Lavrov', 'person'], ['Vladimir Putin', 'person'], ['Volodymyr Zelensky', 'person'], ['Kyrylo Budanov', 'person'],
  ['Marta Kovalenko', 'person'], ['Pavel Orlov', 'person'], ['Ilona Petrenko', 'person'], ['Taras Hnatiuk', 'person'],
];
const PLACES: [string, string, string, number, number][] = [
  ['Kharkiv', 'UA', 'UA-63', 49.99, 36.23], ['Vovchansk', 'UA', 'UA-63', 50.29, 36.94], ['Kupiansk', 'UA', 'UA-63', 49.71, 37.61],
  ['Pokrovsk', 'UA', 'UA-14', 48.28, 37.18], ['Kramatorsk', 'UA', 'UA-14', 48.72, 37.56], ['Zaporizhzhia', 'UA', 'UA-23', 47.84, 35.14],
  ['Kherson', 'UA', 'UA-65', 46.64, 32.61], ['Sumy', 'UA', 'UA-59', 50.91, 34.8], ['Belgorod', 'RU', 'RU-BEL', 50.6, 36.59],
  ['Kursk', 'RU', 'RU-KRS', 51.73, 36.19], ['Odesa', 'UA', 'UA-51', 46.48, 30.72], ['Dnipro', 'UA', 'UA-12', 48.46, 35.05],
];
const UNITS: [string, string][] = [['soldiers', 'killed'], ['civilians', 'wounded'], ['tanks', 'tanks'], ['drones', 'drones'], ['houses', 'houses']];
const VERBS = ['destroyed', 'killed', 'wounded', 'shot down', 'damaged', 'hit', 'lost'];
const FILLER = ('overnight morning artillery positions convoy strike column bridge depot railway substation village outskirts ' +
  'frontline assault brigade battalion shelling rockets missiles reservoir checkpoint district border forest highway factory').split(' ');

/** One synthetic document and its analysis (spans computed while the text is built). */
function synthetic(i: number, r: () => number): IngestItem {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let text = '';
  const claims: Claim[] = [];
  const quantities: Quantity[] = [];
  const places: Place[] = [];
  const dates: DateMention[] = [];
  const sentences: Sentence[] = [];
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 300) * 86_400_000).toISOString().slice(0, 10);
  for (let s = 0; s < PER_DOC; s++) {
    const start = text.length;
    const [speaker, type] = pick(SPEAKERS);
    const [placeName, country, admin1, lat, lon] = pick(PLACES);
    const [noun, unit] = pick(UNITS);
    const n = 1 + Math.floor(r() * 500);
    const filler = Array.from({ length: 4 + Math.floor(r() * 6) }, () => pick(FILLER)).join(' ');
    const spk = { start: text.length, end: text.length + speaker.length };
    text += `${speaker} `;
    const cue = { start: text.length, end: text.length + 4 };
    text += 'said ';
    const contentStart = text.length;
    text += 'that ';
    const q = { start: text.length, end: text.length + String(n).length + 1 + noun.length };
    text += `${n} ${noun} were ${pick(VERBS)} in `;
    const pl = { start: text.length, end: text.length + placeName.length };
    text += `${placeName} near the ${filler} on `;
    const dt = { start: text.length, end: text.length + day.length };
    text += day;
    const contentEnd = text.length;
    text += '. ';
    claims.push({
      kind: 'indirect',
      speaker: { ...spk, text: speaker, name: speaker, type },
      cue: { ...cue, text: 'said' },
      content: [{ start: contentStart, end: contentEnd, text: text.slice(contentStart, contentEnd) }],
      why: { stage: 'bench', rule: 'synthetic' },
    });
    quantities.push({ ...q, text: text.slice(q.start, q.end), value: n, bound: 'exact', unit, claim: s, why: { stage: 'bench', rule: 'synthetic' } });
    places.push({ ...pl, text: placeName, name: placeName, country, admin1, lat, lon, level: 'city', id: `bench:${placeName.toLowerCase()}` });
    dates.push({ ...dt, text: day, date: day, precision: 'day', why: { stage: 'bench', rule: 'synthetic' } });
    sentences.push({ start, end: text.length - 1, paragraph: 0 });
  }
  text = text.trimEnd();
  const id = `bench-${i}`;
  const document: Document = { id, text, published: `${day}T12:00:00Z`, source: `bench-source-${i % 40}` };
  const analysis: Analysis = {
    id, text, published: document.published!, source: document.source!, sentences, paragraphs: [{ start: 0, end: text.length }],
    quotes: [], entities: [], claims, quantities, places, sides: [], dates, stats: { tokens: 0, words: 0, ms: 0 },
  };
  return { document, analysis };
}

async function buildLedger(file: string): Promise<void> {
  const store = openStore(file);
  try {
    const have = (await store.stats()).claims;
    if (have >= CLAIMS) {
      console.log(`ledger: reusing ${file} (${have} claims)`);
      return;
    }
    const docs = Math.ceil(CLAIMS / PER_DOC);
    const r = rng(20251125);
    const t0 = performance.now();
    const BATCH = 500;
    for (let i = 0; i < docs; i += BATCH) {
      const batch: IngestItem[] = [];
      for (let k = i; k < Math.min(docs, i + BATCH); k++) batch.push(synthetic(k, r));
      await new Ledger(store).ingest(batch);
      if ((i / BATCH) % 10 === 0) process.stdout.write(`\rledger: ${Math.min(docs, i + BATCH)}/${docs} documents`);
    }
    const s = await store.stats();
    console.log(`\rledger: ${s.documents} documents, ${s.claims} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${((/^postgres(ql)?:/.test(file) ? s.bytes ?? 0 : statSync(file).size) / 2 ** 20).toFixed(0)} MB`);
  } finally {
    await store.close();
  }
}

// ------------------------------------------------------------------ server and load

/**
 * CPU seconds (user + system, all threads) the process `pid` has used so far, from
 * /proc/<pid>/stat; null where /proc is not there. Unlike latency, this hardly depends on what
 * else the machine is doing.
 */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Starts `sitrep serve` on a free loopback port; resolves with its URL, pid and a stop function. */
function startServe(file: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.SITREP_TOKEN;
    const extra = args.workers !== undefined ? ['--workers', args.workers] : [];
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), 'serve', '--db', file, '--port', '0', ...extra], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ url: m[1]!, pid: child.pid!, stop: () => new Promise((res) => (child.once('exit', () => res()), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${err}`)));
  });
}

/** The query shapes measured: the claims list with filters, as the desk sends them. */
const QUERIES: [string, (r: () => number) => string][] = [
  ['no filter, limit 50', () => '/api/claims?limit=50'],
  ['place', (r) => `/api/claims?place=${PLACES[Math.floor(r() * PLACES.length)]![0]}&limit=50`],
  ['speaker', (r) => `/api/claims?speaker=${encodeURIComponent(SPEAKERS[Math.floor(r() * SPEAKERS.length)]![0].split(' ')[1]!)}&limit=50`],
  ['side + date range', (r) => `/api/claims?side=${r() < 0.5 ? 'UA' : 'RU'}&from=2025-03-01&to=2025-04-30&limit=50`],
  ['region + kind', (r) => `/api/claims?region=${PLACES[Math.floor(r() * PLACES.length)]![2]}&kind=indirect&limit=50`],
  ['text (full-text)', (r) => `/api/claims?text=${FILLER[Math.floor(r() * FILLER.length)]}&limit=50`],
  ['unit, deep page', (r) => `/api/claims?unit=${UNITS[Math.floor(r() * UNITS.length)]![1]}&offset=${Math.floor(r() * 5000)}&limit=100`],
];

interface Sample {
  shape: number;
  ms: number;
  ok: boolean;
  /** HTTP status, or the client error's code/message. */
  what: string;
}

function get(agent: Agent, url: URL): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: 'GET' }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function load(base: string, concurrency: number, maxRequests: number, maxSeconds: number): Promise<{ samples: Sample[]; seconds: number; bytes: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const r = rng(concurrency);
  const samples: Sample[] = [];
  let issued = 0;
  let bytes = 0;
  const t0 = performance.now();
  const deadline = t0 + maxSeconds * 1000;
  const worker = async (): Promise<void> => {
    while (issued < maxRequests && performance.now() < deadline) {
      const shape = issued++ % QUERIES.length;
      const url = new URL(QUERIES[shape]![1](r), base);
      const s = performance.now();
      try {
        const res = await get(agent, url);
        bytes += res.bytes;
        samples.push({ shape, ms: performance.now() - s, ok: res.status === 200, what: String(res.status) });
      } catch (e) {
        samples.push({ shape, ms: performance.now() - s, ok: false, what: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { samples, seconds: (performance.now() - t0) / 1000, bytes };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(6);

function report(label: string, samples: Sample[], seconds: number): void {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  const kinds = new Map<string, number>();
  for (const s of samples) if (!s.ok) kinds.set(s.what, (kinds.get(s.what) ?? 0) + 1);
  const why = [...kinds].map(([k, n]) => `${k}×${n}`).join(' ');
  console.log(`${label.padEnd(22)} n=${String(samples.length).padStart(5)}  p50 ${fmt(pct(ms, 50))} ms  p95 ${fmt(pct(ms, 95))} ms  p99 ${fmt(pct(ms, 99))} ms` +
    (seconds > 0 ? `  ${(samples.length / seconds).toFixed(0).padStart(5)} req/s` : '') + (errors ? `  errors ${errors} (${why})` : ''));
}

async function main(): Promise<void> {
  const out = join(ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const file = args.db ?? join(out, `serve-${CLAIMS}.db`);
  if (args.fresh && existsSync(file)) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ` +
    `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; sitrep serve --workers ${args.workers ?? 'default'}`);
  await buildLedger(file);
  const srv = await startServe(file);
  try {
    // Warm-up: every query shape a few times, one at a time; also the single-request latency.
    const totals: string[] = [];
    for (const [name, make] of QUERIES) {
      const res = await fetch(new URL(make(rng(1)), srv.url));
      const body = (await res.json()) as { total?: number };
      totals.push(`${name}: ${body.total ?? `HTTP ${res.status}`}`);
    }
    console.log(`matching claims (one example per shape): ${totals.join('; ')}`);
    const warm = await load(srv.url, 1, QUERIES.length * 5, 60);
    console.log('\nsequential (concurrency 1), per query shape:');
    for (let q = 0; q < QUERIES.length; q++) report(`  ${QUERIES[q]![0]}`, warm.samples.filter((s) => s.shape === q), 0);
    // The timeline with each shape's filters, once each (the server keeps an answer until the ledger changes).
    const tl: string[] = [];
    for (const [name, make] of QUERIES) {
      const u = new URL(make(rng(7)).replace('/api/claims', '/api/timeline'), srv.url);
      u.searchParams.delete('limit');
      u.searchParams.delete('offset');
      const t0 = performance.now();
      const res = await fetch(u);
      const body = (await res.json()) as { claims?: number };
      tl.push(`${name} ${(performance.now() - t0).toFixed(0)} ms (${body.claims ?? `HTTP ${res.status}`})`);
    }
    console.log(`\n/api/timeline, first request per filter: ${tl.join('; ')}`);
    for (const c of args.concurrency.split(',').map(Number)) {
      const cpu0 = cpuSeconds(srv.pid);
      const res = await load(srv.url, c, Number(args.requests), Number(args.seconds));
      const cpu1 = cpuSeconds(srv.pid);
      const perRequest = cpu0 !== null && cpu1 !== null ? ` server CPU ${(((cpu1 - cpu0) * 1000) / res.samples.length).toFixed(0)} ms per request,` : '';
      console.log(`\nconcurrency ${c}: ${res.samples.length} requests in ${res.seconds.toFixed(1)} s,${perRequest} ${(res.bytes / 2 ** 20).toFixed(1)} MB received`);
      report('  all', res.samples, res.seconds);
      for (let q = 0; q < QUERIES.length; q++) report(`  ${QUERIES[q]![0]}`, res.samples.filter((s) => s.shape === q), 0);
    }
  } finally {
    await srv.stop();
  }
}

await main();
