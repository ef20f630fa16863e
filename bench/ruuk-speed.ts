/**
 * Whole-process speed of `sitrep analyze --jsonl` (see bench/README.md, "bench:ruuk-speed").
 *
 *   npm run bench:ruuk-speed -- [--corpus ru|polnear] [--runs N] [--limit N] [--no-stages] [--base DIR]
 *
 * `--corpus ru` (default): the shared Russian corpus ../shared/corpora/ru-telegram-2024/posts.jsonl
 * (already JSON Lines). Each run is a fresh child process `node bin/sitrep.js analyze --jsonl FILE`
 * writing its JSON to a temporary file: startup, module and model loading, reading, analysis and
 * writing are all counted. Reports words/s by wall time and by the child's CPU time
 * (`process.cpuUsage()` at its exit, through bench/cpu-report.ts), fastest of N runs, and the target
 * (≥ 50,000 words/s, issue 10). Then, in this process, the share of CPU time per stage over the same
 * posts (reading and JSON parsing, each pipeline stage, JSON output).
 *
 * `--corpus polnear`: PolNeAR train (840 articles, read in place and written to a temporary JSON
 * Lines file that is deleted afterwards; never committed). Runs sitrep and wink-nlp's bare pipeline
 * (bench/wink-bare.ts: readDoc + sentences + tokens + entities, same model and pipes) as whole
 * processes, alternating, N runs each, and reports their ratio (the floor is 0.4, issue 9).
 *
 * `--base DIR`: also run DIR/bin/sitrep.js (another built checkout, e.g. a copy of main's `bin/`,
 * `dist/`, `data/` and `node_modules/`) on the same input, alternating with this one, and print the
 * ratio of their CPU times: the way to see an optimisation's effect on a loaded machine.
 *
 * Words are whitespace-separated words of the input texts. On a shared machine compare the CPU
 * figures and the ratios, not the wall times.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_STAGES, Pipeline, analyze, type Stage } from '../src/analyze/index.js';
import { toDocument } from '../src/ingest/jsonl.js';
import { writeAnalysisJson, DocumentBuffer, type Sink } from '../src/cli/json.js';
import { intArg, polnearDir, readTexts, repoRoot } from './polnear.js';
import { cpuSeconds, runMeasured } from './child.js';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'ru' },
    runs: { type: 'string', default: '3' },
    limit: { type: 'string' },
    'no-stages': { type: 'boolean', default: false },
    base: { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('npm run bench:ruuk-speed -- [--corpus ru|polnear] [--runs N] [--limit N] [--no-stages] [--base DIR] [--jobs N]\n');
  process.exit(0);
}
const tool = 'bench:ruuk-speed';
const runs = intArg(tool, args.runs, 'runs', 3, 1);
const limit = intArg(tool, args.limit, 'limit', Infinity as number, 1);
const root = repoRoot(import.meta.url);
const base = args.base ? resolve(args.base) : null;
/** `--jobs N`: this checkout's sitrep runs `analyze --jobs N` (the base and wink bare are unchanged); CPU counts every thread. */
const jobs = args.jobs === undefined ? [] : ['--jobs', String(intArg(tool, args.jobs, 'jobs', 1, 1))];
if (base && !existsSync(join(base, 'bin', 'sitrep.js'))) {
  process.stderr.write(`${tool}: --base ${base} has no bin/sitrep.js\n`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-speed-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const cpu = cpus();
console.log(`${tool}: machine ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores (shared), Node ${process.version}`);

/** Whitespace-separated words of a text. */
function wordsOf(t: string): number {
  const m = t.match(/\S+/g);
  return m ? m.length : 0;
}

interface Run { wall: number; cpu: number; maxRSS: number }

/** One child process; resolves with its wall time (s), CPU time (s) and peak RSS (MiB). */
async function child(argv: string[], outFile: string): Promise<Run> {
  const r = await runMeasured(root, argv, { stdoutFile: outFile });
  if (!r.cpu) throw new Error(`child exited ${r.code} without a CPU report:\n${r.stderr.slice(-2000)}`);
  if (r.code !== 0 && r.code !== 1) throw new Error(`child exited ${r.code}:\n${r.stderr.slice(-2000)}`);
  return { wall: r.wall, cpu: cpuSeconds(r.cpu), maxRSS: r.cpu.maxRSS / 1024 };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en');

/** Per-stage CPU shares over the documents, in this process (after one warm-up document). */
function stageShares(lines: string[]): void {
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const spent = new Map<string, number>();
  const add = (k: string, us: number): void => void spent.set(k, (spent.get(k) ?? 0) + us);
  const timed = (st: Stage): Stage => ({ ...st, run: (doc) => { const c = cpuNow(); st.run(doc); add(st.name, cpuNow() - c); } });
  const pipeline = new Pipeline(DEFAULT_STAGES.map(timed));
  const sink: Sink = { push: () => {} };
  const buf = new DocumentBuffer();
  analyze({ id: 'warm', text: 'Песков заявил, что Москва готова к переговорам.' }, { pipeline });
  spent.clear();
  const all0 = cpuNow();
  for (const [i, line] of lines.entries()) {
    let c = cpuNow();
    const doc = toDocument(JSON.parse(line), { file: 'corpus', line: i + 1 }, null);
    add('read (JSON.parse)', cpuNow() - c);
    c = cpuNow();
    const a = analyze(doc, { pipeline });
    add('analyze (all)', cpuNow() - c);
    c = cpuNow();
    writeAnalysisJson(buf, a, false);
    buf.commit(sink);
    add('write (JSON)', cpuNow() - c);
  }
  const total = cpuNow() - all0;
  const stagesSum = DEFAULT_STAGES.reduce((s, st) => s + (spent.get(st.name) ?? 0), 0);
  add('analyze (outside stages)', (spent.get('analyze (all)') ?? 0) - stagesSum);
  spent.delete('analyze (all)');
  console.log(`\nCPU share per stage, in one process over the same ${lines.length} documents (${(total / 1e6).toFixed(1)} CPU s, excluding startup):`);
  for (const [k, us] of [...spent.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${k.padEnd(26)} ${(us / 1e6).toFixed(2).padStart(7)} s ${((100 * us) / total).toFixed(1).padStart(6)}%`);
  }
}

async function ru(): Promise<void> {
  const corpus = join(root, '..', 'shared', 'corpora', 'ru-telegram-2024', 'posts.jsonl');
  if (!existsSync(corpus)) {
    console.log(`${tool}: Russian corpus not found at ${corpus}; skipping`);
    return;
  }
  let lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  let input = corpus;
  if (lines.length > limit) {
    lines = lines.slice(0, limit);
    input = join(tmp, 'posts.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
  }
  const words = lines.reduce((n, l) => n + wordsOf((JSON.parse(l) as { text: string }).text), 0);
  console.log(`corpus  ${corpus}: ${lines.length} posts, ${fmt(words)} words`);
  console.log(`whole process: node bin/sitrep.js analyze --jsonl (startup + read + analyze + write), ${runs} run(s)${base ? `, alternating with ${base}` : ''}`);
  const rs: Run[] = [];
  const bs: Run[] = [];
  for (let r = 0; r < runs; r++) {
    if (base && r % 2 === 1) bs.push(await child([join(base, 'bin', 'sitrep.js'), 'analyze', '--jsonl', input], join(tmp, 'base.jsonl')));
    const x = await child([join(root, 'bin', 'sitrep.js'), 'analyze', '--jsonl', input], join(tmp, 'out.jsonl'));
    rs.push(x);
    if (base && r % 2 === 0) bs.push(await child([join(base, 'bin', 'sitrep.js'), 'analyze', '--jsonl', input], join(tmp, 'base.jsonl')));
    const b = base ? bs[bs.length - 1]! : null;
    console.log(`  run ${r + 1}: wall ${x.wall.toFixed(1)} s (${fmt(words / x.wall)} words/s), CPU ${x.cpu.toFixed(1)} s (${fmt(words / x.cpu)} words per CPU-second), max RSS ${fmt(x.maxRSS)} MiB` +
      (b ? `; base CPU ${b.cpu.toFixed(1)} s (${fmt(words / b.cpu)}): this/base speed ${(b.cpu / x.cpu).toFixed(3)}` : ''));
  }
  const bestCpu = Math.min(...rs.map((x) => x.cpu));
  const bestWall = Math.min(...rs.map((x) => x.wall));
  console.log(`best    ${fmt(words / bestCpu)} words per CPU-second; ${fmt(words / bestWall)} words/s wall (load-dependent)`);
  if (base) {
    const bb = Math.min(...bs.map((x) => x.cpu));
    console.log(`base    ${fmt(words / bb)} words per CPU-second (fastest of ${bs.length}); speed-up ${(bb / bestCpu).toFixed(3)}×`);
  }
  console.log(`target  >= 50,000 words/s whole process: ${words / bestCpu >= 50_000 ? 'met' : 'NOT met'} (by CPU time)`);
  if (!args['no-stages']) stageShares(lines);
}

async function polnear(): Promise<void> {
  const dir = join(polnearDir(import.meta.url), 'data', 'train');
  if (!existsSync(join(dir, 'text'))) {
    console.log(`${tool}: PolNeAR train not found at ${dir}; skipping`);
    return;
  }
  const texts = [...readTexts(dir).entries()].slice(0, limit);
  const input = join(tmp, 'polnear-train.jsonl'); // a temporary copy, deleted at exit
  writeFileSync(input, texts.map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n');
  const words = texts.reduce((n, [, t]) => n + wordsOf(t), 0);
  console.log(`corpus  PolNeAR train: ${texts.length} articles, ${fmt(words)} words; ${runs} run(s) each, alternating`);
  const s: Run[] = [];
  const w: Run[] = [];
  const o: Run[] = [];
  for (let r = 0; r < runs; r++) {
    const order = ['sitrep', 'wink', ...(base ? ['base'] : [])];
    for (let k = 0; k < order.length; k++) {
      const which = order[(r + k) % order.length];
      if (which === 'sitrep') s.push(await child([join(root, 'bin', 'sitrep.js'), 'analyze', ...jobs, '--jsonl', input], join(tmp, 'out.jsonl')));
      else if (which === 'base') o.push(await child([join(base!, 'bin', 'sitrep.js'), 'analyze', '--jsonl', input], join(tmp, 'base.jsonl')));
      else w.push(await child([join(root, 'dist', 'bench', 'wink-bare.js'), input], join(tmp, 'wink.out')));
    }
    const a = s[s.length - 1]!;
    const b = w[w.length - 1]!;
    const c = base ? o[o.length - 1]! : null;
    console.log(`  run ${r + 1}: sitrep CPU ${a.cpu.toFixed(2)} s, wink bare CPU ${b.cpu.toFixed(2)} s: ratio ${(b.cpu / a.cpu).toFixed(3)} (wall ${(b.wall / a.wall).toFixed(3)})` +
      (c ? `; base CPU ${c.cpu.toFixed(2)} s: ratio ${(b.cpu / c.cpu).toFixed(3)} (wall ${(b.wall / c.wall).toFixed(3)})` : '') +
      `; wall s sitrep ${a.wall.toFixed(2)}, wink ${b.wall.toFixed(2)}` + (c ? `, base ${c.wall.toFixed(2)}` : ''));
  }
  const bs = Math.min(...s.map((x) => x.cpu));
  const bw = Math.min(...w.map((x) => x.cpu));
  console.log(`best    sitrep analyze --jsonl ${fmt(words / bs)} words per CPU-second; wink bare ${fmt(words / bw)}`);
  console.log(`ratio   ${(bw / bs).toFixed(3)} of wink bare (fastest CPU of each; floor 0.4: ${bw / bs >= 0.4 ? 'met' : 'NOT met'})`);
  if (base) {
    const bo = Math.min(...o.map((x) => x.cpu));
    console.log(`base    ${fmt(words / bo)} words per CPU-second, ratio ${(bw / bo).toFixed(3)} of wink bare; speed-up ${(bo / bs).toFixed(3)}×`);
  }
  if (!args['no-stages']) stageShares(texts.map(([id, text]) => JSON.stringify({ id, text })));
}

if (args.corpus === 'ru') await ru();
else if (args.corpus === 'polnear') await polnear();
else {
  process.stderr.write(`${tool}: --corpus must be ru or polnear\n`);
  process.exit(2);
}
