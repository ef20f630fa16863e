/**
 * Where a one-shot run's CPU goes: the first (cold) pass against later (warm) ones, and the main
 * thread against V8's other threads (TurboFan, concurrent and parallel GC), per stage. See
 * bench/README.md, "bench:ruuk-speed" (lane speed, 2026-12-06 afternoon).
 *
 *   npm run bench:warm-split -- [--input FILE.jsonl] [--passes N] [--limit N]
 *
 * Runs `analyze` over the same documents N times (default 2) in this process, with the V8 flags of
 * bin/sitrep.js. For each pass it prints the process CPU (`process.cpuUsage()`, every thread), the
 * main thread's CPU (Linux `/proc/thread-self/schedstat`, nanoseconds) and their difference (the
 * other threads), and each stage's main-thread CPU. `process.cpuUsage()` around a stage, as
 * `bench:ruuk-speed`'s stage table reads it, also charges the stage with whatever the compiler and
 * GC threads did meanwhile; the main-thread clock does not. Pass 1 is the one a fresh
 * `sitrep analyze` pays; the difference to a later pass is warm-up (lazy compilation, inline
 * caches, TurboFan) and first-use loading (the wink model, lexicons, gazetteer tables and records,
 * memos filled across documents). Input: `--input` (JSON Lines with a `text` per line), else
 * PolNeAR train (read in place).
 */
import { existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { intArg, polnearDir, readTexts } from './polnear.js';

const tool = 'bench:warm-split';
const { values: args } = parseArgs({
  options: {
    input: { type: 'string' },
    passes: { type: 'string', default: '2' },
    limit: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('npm run bench:warm-split -- [--input FILE.jsonl] [--passes N] [--limit N]\n');
  process.exit(0);
}
const passes = intArg(tool, args.passes, 'passes', 2, 1);
const limit = intArg(tool, args.limit, 'limit', Infinity as number, 1);
if (!existsSync('/proc/thread-self/schedstat')) {
  process.stderr.write(`${tool}: needs Linux /proc/thread-self/schedstat for the main thread's CPU\n`);
  process.exit(2);
}

// the flags bin/sitrep.js sets, before the analyzer is compiled (hence the dynamic import below)
const { applyV8Flags } = (await import(new URL('../../bin/v8-flags.js', import.meta.url).href)) as { applyV8Flags: () => string[] };
applyV8Flags();
const { DEFAULT_STAGES, Pipeline, analyze } = await import('../src/analyze/index.js');
type Stage = (typeof DEFAULT_STAGES)[number];

const schedFd = openSync('/proc/thread-self/schedstat', 'r');
const schedBuf = Buffer.alloc(128);
/** CPU time of the calling thread so far, in nanoseconds (first field of schedstat). */
function threadNs(): number {
  const n = readSync(schedFd, schedBuf, 0, schedBuf.length, 0);
  return Number(schedBuf.toString('latin1', 0, n).split(' ', 1)[0]);
}
/** CPU time of the whole process so far (every thread), in nanoseconds. */
function processNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

let texts: { id: string; text: string }[];
if (args.input) {
  texts = readFileSync(args.input, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    const r = JSON.parse(l) as { id?: string; text: string };
    return { id: r.id ?? `line ${i + 1}`, text: r.text };
  });
} else {
  const dir = join(polnearDir(import.meta.url), 'data', 'train');
  if (!existsSync(join(dir, 'text'))) {
    process.stderr.write(`${tool}: PolNeAR train not found at ${dir}; give --input FILE.jsonl\n`);
    process.exit(2);
  }
  texts = [...readTexts(dir).entries()].map(([id, text]) => ({ id, text }));
}
texts = texts.slice(0, limit);

const spent = new Map<string, number>();
const timed = (st: Stage): Stage => ({
  ...st,
  run: (doc) => {
    const c = threadNs();
    st.run(doc);
    spent.set(st.name, (spent.get(st.name) ?? 0) + threadNs() - c);
  },
});
const pipeline = new Pipeline(DEFAULT_STAGES.map(timed));
const s = (ns: number): string => (ns / 1e9).toFixed(2).padStart(6);

console.log(`${tool}: ${texts.length} documents, ${passes} pass(es) in one process; CPU seconds (main = main thread, other = process − main)`);
for (let p = 1; p <= passes; p++) {
  spent.clear();
  const p0 = processNs();
  const m0 = threadNs();
  for (const d of texts) analyze(d, { pipeline });
  const proc = processNs() - p0;
  const main = threadNs() - m0;
  const stages = DEFAULT_STAGES.map((st) => `${st.name} ${s(spent.get(st.name) ?? 0).trim()}`).join(', ');
  console.log(`pass ${p}: process ${s(proc)}  main ${s(main)}  other ${s(proc - main)}  | main by stage: ${stages}`);
}
