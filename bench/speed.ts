/**
 * Analyzer throughput on the PolNeAR train texts (see bench/README.md).
 *
 *   npm run bench:speed -- [--passes N] [--split DIR] [--limit N] [--profile]
 *
 * One process, one core: a warm-up pass, then N timed passes over every article; prints words/s,
 * tokens/s, articles/s, MB/s, per-article latency and peak memory. `--profile` records a CPU
 * profile of one extra pass to bench/out/speed.cpuprofile and prints the top self-time functions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_STAGES, Pipeline } from '../src/analyze/index.js';
import { intArg, readTexts, repoRoot, splitArg } from './polnear.js';

const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '3' },
    split: { type: 'string' },
    limit: { type: 'string' },
    profile: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    without: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  process.stdout.write(
    [
      'npm run bench:speed -- [options]',
      '  --passes N   timed passes after the warm-up (default 3)',
      '  --split DIR  split folder with text/ (default: PolNeAR train)',
      '  --limit N    only the first N articles',
      '  --profile    CPU-profile one more pass; write bench/out/speed.cpuprofile, print top functions',
      '  --top N      how many functions to print with --profile (default 25)',
      '  --without S  leave out stages (comma-separated names, e.g. places,author) to measure what they cost',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const without = new Set((args.without ?? '').split(',').map((x) => x.trim()).filter(Boolean));
for (const name of without) {
  if (!DEFAULT_STAGES.some((st) => st.name === name)) {
    process.stderr.write(`bench:speed: no stage '${name}' (stages: ${DEFAULT_STAGES.map((st) => st.name).join(', ')})\n`);
    process.exit(2);
  }
}
// Throws when a kept stage requires a layer only a left-out stage assigns.
let pipeline: Pipeline | undefined;
try {
  pipeline = without.size ? new Pipeline(DEFAULT_STAGES.filter((st) => !without.has(st.name))) : undefined;
} catch (e) {
  process.stderr.write(`bench:speed: ${(e as Error).message}\n`);
  process.exit(2);
}
const passes = intArg('bench:speed', args.passes, 'passes', 3, 1);
const limit = intArg('bench:speed', args.limit, 'limit', Infinity as number, 1);
const top = intArg('bench:speed', args.top, 'top', 25, 1);
const splitDir = splitArg('bench:speed', import.meta.url, args.split, 'train', (msg) => process.stdout.write(msg + '\n'));

const texts = [...readTexts(splitDir).entries()].slice(0, limit);
let words = 0;
let chars = 0;
let bytes = 0;
for (const [, t] of texts) {
  chars += t.length;
  bytes += Buffer.byteLength(t, 'utf8');
  const m = t.match(/\S+/g);
  words += m ? m.length : 0;
}

const gc = (globalThis as { gc?: () => void }).gc;
let peakRss = process.memoryUsage().rss;

interface Pass {
  ms: number;
  tokens: number;
  claims: number;
  perDoc: Float64Array;
  errors: number;
}

/** One pass over every text; samples RSS after each article (cheap, and the loop is synchronous). */
function runPass(): Pass {
  gc?.();
  const perDoc = new Float64Array(texts.length);
  let tokens = 0;
  let claims = 0;
  let errors = 0;
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const [id, text] = texts[i]!;
    const a0 = performance.now();
    try {
      const a = analyze({ id, text }, { pipeline });
      tokens += a.stats.tokens;
      claims += a.claims.length;
    } catch {
      errors++;
    }
    perDoc[i] = performance.now() - a0;
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }
  return { ms: performance.now() - t0, tokens, claims, perDoc, errors };
}

const out: string[] = [];
const log = (s: string): void => {
  process.stdout.write(s + '\n');
};
const cpu = cpus();
log('sitrep speed benchmark (whole analyze, one process, one core)');
log(`machine   ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}${gc ? '' : ' (run with --expose-gc for gc between passes)'}`);
log(`corpus    ${splitDir}`);
log(`          ${texts.length} articles, ${words.toLocaleString('en')} words (whitespace-separated), ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${chars.toLocaleString('en')} chars`);

const warm = runPass();
log(`warm-up   ${(warm.ms / 1000).toFixed(2)} s (${Math.round(words / (warm.ms / 1000)).toLocaleString('en')} words/s)${warm.errors ? `; analyze threw on ${warm.errors} articles` : ''}`);

const runs: Pass[] = [];
for (let p = 0; p < passes; p++) {
  const r = runPass();
  runs.push(r);
  log(`pass ${p + 1}    ${(r.ms / 1000).toFixed(2)} s  ${Math.round(words / (r.ms / 1000)).toLocaleString('en').padStart(10)} words/s`);
}

const byMs = [...runs].sort((a, b) => a.ms - b.ms);
const best = byMs[0]!;
const median = byMs[Math.floor((byMs.length - 1) / 2)]!;
const rate = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toLocaleString('en');
const pctl = (xs: Float64Array, q: number): number => {
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

out.push('');
out.push(`${''.padEnd(14)}${'best'.padStart(14)}${`median of ${runs.length}`.padStart(14)}`);
out.push(`${'words/s'.padEnd(14)}${rate(words, best.ms).padStart(14)}${rate(words, median.ms).padStart(14)}`);
out.push(`${'tokens/s'.padEnd(14)}${rate(best.tokens, best.ms).padStart(14)}${rate(median.tokens, median.ms).padStart(14)}`);
out.push(`${'articles/s'.padEnd(14)}${(texts.length / (best.ms / 1000)).toFixed(1).padStart(14)}${(texts.length / (median.ms / 1000)).toFixed(1).padStart(14)}`);
out.push(`${'MB/s'.padEnd(14)}${(bytes / 1e6 / (best.ms / 1000)).toFixed(2).padStart(14)}${(bytes / 1e6 / (median.ms / 1000)).toFixed(2).padStart(14)}`);
out.push(`${'pass time s'.padEnd(14)}${(best.ms / 1000).toFixed(3).padStart(14)}${(median.ms / 1000).toFixed(3).padStart(14)}`);
out.push('');
out.push(`tokens    ${best.tokens.toLocaleString('en')} analyzer tokens per pass (stats.tokens, all token kinds); ${best.claims.toLocaleString('en')} claims`);
out.push(`latency   per article in the median pass: p50 ${pctl(median.perDoc, 0.5).toFixed(2)} ms, p95 ${pctl(median.perDoc, 0.95).toFixed(2)} ms, max ${pctl(median.perDoc, 1).toFixed(2)} ms`);
const maxRss = process.resourceUsage().maxRSS; // kilobytes
out.push(`memory    peak rss sampled ${(peakRss / 2 ** 20).toFixed(0)} MiB; resourceUsage().maxRSS ${(maxRss / 1024).toFixed(0)} MiB; heap used now ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
const target = 100_000;
const bw = words / (best.ms / 1000);
out.push(`target    >= ${target.toLocaleString('en')} words/s on one core: ${bw >= target ? 'met' : 'NOT met'} (best ${Math.round(bw).toLocaleString('en')})`);
log(out.join('\n'));

// ---- profile --------------------------------------------------------------------------------

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Self time per function (name + url:line) from a V8 CPU profile: each sample's time delta goes to
 * the node it hit (falling back to hitCount × mean interval when samples are absent).
 */
function selfTimes(profile: Profile, root: string): { key: string; ms: number }[] {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const selfUs = new Map<number, number>();
  if (profile.samples && profile.timeDeltas && profile.samples.length === profile.timeDeltas.length) {
    const s = profile.samples;
    const d = profile.timeDeltas;
    // timeDeltas[i] is the time before sample i; the time after sample i is timeDeltas[i + 1].
    for (let i = 0; i < s.length; i++) {
      const dt = i + 1 < d.length ? d[i + 1]! : 0;
      selfUs.set(s[i]!, (selfUs.get(s[i]!) ?? 0) + Math.max(0, dt));
    }
  } else {
    const hits = profile.nodes.reduce((a, n) => a + (n.hitCount ?? 0), 0) || 1;
    const per = (profile.endTime - profile.startTime) / hits;
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * per);
  }
  const agg = new Map<string, number>();
  const prefix = 'file://' + root + '/';
  for (const [id, us] of selfUs) {
    const cf = byId.get(id)?.callFrame;
    if (!cf) continue;
    const url = cf.url.startsWith(prefix) ? cf.url.slice(prefix.length) : cf.url;
    const key = `${cf.functionName || '(anonymous)'}  ${url ? `${url}:${cf.lineNumber + 1}` : ''}`.trim();
    agg.set(key, (agg.get(key) ?? 0) + us / 1000);
  }
  return [...agg.entries()].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
}

if (args.profile) {
  const root = repoRoot(import.meta.url);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const r = runPass();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const dir = join(root, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'speed.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  const rows = selfTimes(profile, root);
  const total = rows.reduce((a, x) => a + x.ms, 0) || 1;
  const lines: string[] = [];
  lines.push('');
  lines.push(`profile   one pass under the profiler: ${(r.ms / 1000).toFixed(2)} s; written to ${file}`);
  lines.push(`          (open in Chrome DevTools › Performance, or speedscope)`);
  lines.push(`top ${top} functions by self time`);
  lines.push(`${'self ms'.padStart(9)}${'%'.padStart(7)}  function  file:line`);
  for (const x of rows.slice(0, top)) {
    lines.push(`${x.ms.toFixed(1).padStart(9)}${((100 * x.ms) / total).toFixed(1).padStart(7)}  ${x.key}`);
  }
  // Self time per file, which often says more than single functions.
  const perFile = new Map<string, number>();
  for (const x of rows) {
    const m = /\s(\S+):\d+$/.exec(x.key);
    const f = m ? m[1]! : x.key;
    perFile.set(f, (perFile.get(f) ?? 0) + x.ms);
  }
  lines.push('');
  lines.push('top 10 files by self time');
  for (const [f, ms] of [...perFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    lines.push(`${ms.toFixed(1).padStart(9)}${((100 * ms) / total).toFixed(1).padStart(7)}  ${f}`);
  }
  log(lines.join('\n'));
}
