/**
 * What each stage costs a one-shot run, every thread counted (see bench/README.md, "bench:ruuk-speed",
 * lane speed13).
 *
 *   npm run bench:stage-cost -- [--input FILE.jsonl] [--runs N] [--limit N]
 *
 * For k = 1 … 9 runs a fresh child process that analyses every document with the first k stages of
 * the default pipeline (`DEFAULT_STAGES.slice(0, k)`, with bin/sitrep.js's V8 flags) and writes each
 * analysis as one JSON line to /dev/null; then wink-nlp's bare pipeline (bench/wink-bare.ts). Each
 * child's own CPU time (`process.cpuUsage()` at exit, through bench/cpu-report.ts: start-up, module
 * and data loading, JIT compilation and GC on V8's other threads, reading and writing) is printed
 * with the difference to the run with one stage fewer: the whole-process cost of adding that stage,
 * which `bench:warm-split`'s main-thread figures do not hold (a stage's TurboFan compilations, its
 * garbage and its first-use I/O). With `--runs N` the sequence repeats N times (alternating) and the
 * fastest run of each k is used. Input: `--input` (JSON Lines with a `text` per line), else PolNeAR
 * train (read in place, written to a temporary file deleted at exit).
 *
 * `--child K FILE` (internal): the child's own work.
 */
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { intArg, polnearDir, readTexts, repoRoot } from './polnear.js';
import { cpuSeconds, runMeasured } from './child.js';

const tool = 'bench:stage-cost';
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: 'string' },
    runs: { type: 'string', default: '1' },
    limit: { type: 'string' },
    child: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.child !== undefined) {
  // the flags bin/sitrep.js sets, before the analyzer is compiled (hence the dynamic imports)
  const { applyV8Flags } = (await import(new URL('../../bin/v8-flags.js', import.meta.url).href)) as { applyV8Flags: () => string[] };
  applyV8Flags();
  const { DEFAULT_STAGES, Pipeline, analyze } = await import('../src/analyze/index.js');
  const pipeline = new Pipeline(DEFAULT_STAGES.slice(0, Number(args.child)));
  const out = openSync('/dev/null', 'w');
  let n = 0;
  for (const line of readFileSync(positionals[0]!, 'utf8').split('\n')) {
    if (!line) continue;
    const d = JSON.parse(line) as { id?: string; text: string };
    writeSync(out, JSON.stringify(analyze({ id: d.id ?? `doc-${n}`, text: d.text }, { budget: false, pipeline })) + '\n');
    n++;
  }
} else {
  if (args.help) {
    process.stdout.write('npm run bench:stage-cost -- [--input FILE.jsonl] [--runs N] [--limit N]\n');
    process.exit(0);
  }
  const runs = intArg(tool, args.runs, 'runs', 1, 1);
  const limit = intArg(tool, args.limit, 'limit', Infinity as number, 1);
  const root = repoRoot(import.meta.url);
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-stage-cost-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  let input: string;
  if (args.input) {
    input = join(tmp, 'input.jsonl');
    writeFileSync(input, readFileSync(resolve(args.input), 'utf8').split('\n').filter(Boolean).slice(0, limit).join('\n') + '\n');
  } else {
    const dir = join(polnearDir(import.meta.url), 'data', 'train');
    if (!existsSync(join(dir, 'text'))) {
      process.stderr.write(`${tool}: PolNeAR train not found at ${dir}; give --input FILE.jsonl\n`);
      process.exit(2);
    }
    input = join(tmp, 'polnear-train.jsonl'); // a temporary copy, deleted at exit
    writeFileSync(input, [...readTexts(dir).entries()].slice(0, limit).map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n');
  }
  const { DEFAULT_STAGES } = await import('../src/analyze/index.js');
  const names = DEFAULT_STAGES.map((s) => s.name);
  /** fastest CPU seconds per k (0 = wink bare) */
  const best: number[] = [];
  const measure = async (argv: string[]): Promise<number> => {
    const r = await runMeasured(root, argv);
    if (r.code !== 0 || !r.cpu) throw new Error(`${tool}: ${argv.join(' ')} exited ${r.code}:\n${r.stderr.slice(-2000)}`);
    return cpuSeconds(r.cpu);
  };
  const self = join(root, 'dist', 'bench', 'stage-cost.js');
  for (let r = 0; r < runs; r++) {
    const w = await measure([join(root, 'dist', 'bench', 'wink-bare.js'), input]);
    best[0] = Math.min(best[0] ?? Infinity, w);
    const line: string[] = [`wink ${w.toFixed(2)}`];
    for (let k = 1; k <= names.length; k++) {
      const c = await measure([self, '--child', String(k), input]);
      best[k] = Math.min(best[k] ?? Infinity, c);
      line.push(`${k} ${c.toFixed(2)}`);
    }
    console.log(`run ${r + 1}: CPU s  ${line.join('  ')}`);
  }
  const wink = best[0]!;
  console.log(`wink bare: ${wink.toFixed(2)} CPU s (fastest of ${runs})`);
  console.log('stages          CPU s   added   of wink bare');
  for (let k = 1; k <= names.length; k++) {
    const added = best[k]! - (k === 1 ? 0 : best[k - 1]!);
    console.log(`  1..${String(k).padEnd(2)} ${names[k - 1]!.padEnd(12)} ${best[k]!.toFixed(2).padStart(6)}  ${(k === 1 ? '' : (added < 0 ? '' : '+') + added.toFixed(2)).padStart(6)}   ${(wink / best[k]!).toFixed(3)}`);
  }
  console.log(`the floor 0.4 of wink bare is ${(wink / 0.4).toFixed(2)} CPU s for all stages (issue 9)`);
}
