/**
 * Output-identity check for speed work (see bench/README.md, "bench:same-output").
 *
 *   npm run bench:same-output -- --base DIR [--corpus ru|polnear|all] [--posts N] [--seed S] [--full]
 *
 * Runs `node DIR/bin/sitrep.js analyze --jsonl FILE` (another built checkout, the reference, e.g.
 * main's) and this checkout's `bin/sitrep.js` on the same input and requires byte-identical
 * output, apart from each document's analysis time (`stats.ms`, masked). Both run with `--budget off`:
 * on a loaded machine a document skipped over its time budget on one side only is no difference of
 * the code. Inputs, written to a temporary folder that is deleted at exit (nothing is committed):
 * - `ru`: N posts (default 2,000) sampled with a seeded generator from the shared Russian corpus
 *   ../shared/corpora/ru-telegram-2024/posts.jsonl (`--full`: every post);
 * - `polnear`: the 840 PolNeAR train articles (read in place, never copied into the repository).
 * On a difference it prints the first differing document, the character offset of the first
 * difference and both sides around it, and exits 1; exits 0 when every input is identical.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { intArg, polnearDir, readTexts, repoRoot } from './polnear.js';
import { rng } from './rng.js';
import { cpuSeconds, runMeasured } from './child.js';

const tool = 'bench:same-output';
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    corpus: { type: 'string', default: 'all' },
    posts: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20241205' },
    full: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const usage = 'npm run bench:same-output -- --base DIR [--corpus ru|polnear|all] [--posts N] [--seed S] [--full] [--jobs N]\n';
if (args.help) {
  process.stdout.write(usage);
  process.exit(0);
}
if (!args.base || !existsSync(join(resolve(args.base), 'bin', 'sitrep.js'))) {
  process.stderr.write(`${tool}: --base DIR must be a built checkout with bin/sitrep.js (the reference)\n${usage}`);
  process.exit(2);
}
if (!['ru', 'polnear', 'all'].includes(args.corpus!)) {
  process.stderr.write(`${tool}: --corpus must be ru, polnear or all\n`);
  process.exit(2);
}
const base = resolve(args.base);
const root = repoRoot(import.meta.url);
const posts = intArg(tool, args.posts, 'posts', 2000, 1);
const seed = intArg(tool, args.seed, 'seed', 20241205, 0);
/** `--jobs N`: this checkout runs `analyze --jobs N` (its output must still equal the base's one-thread output). */
const jobs = args.jobs === undefined ? [] : ['--jobs', String(intArg(tool, args.jobs, 'jobs', 1, 1))];
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-same-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** Runs one checkout's `analyze --jsonl` on a file; resolves with its stdout and CPU seconds. */
async function run(checkout: string, input: string): Promise<{ out: string; cpu: number }> {
  const r = await runMeasured(root, [join(checkout, 'bin', 'sitrep.js'), 'analyze', '--budget', 'off', ...(checkout === root ? jobs : []), '--jsonl', input]);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${checkout}: exited ${r.code}:\n${r.stderr.slice(-2000)}`);
  return { out: r.stdout, cpu: r.cpu ? cpuSeconds(r.cpu) : 0 };
}

/** The one field that may differ between two runs: a document's analysis time, `stats.ms`. */
const timing = /("stats":\{[^{}]*"ms":)-?[0-9][0-9.e+-]*/g;

/** Compares the two outputs (timings masked) line by line; prints the first difference. True when identical. */
function same(name: string, a0: string, b0: string): boolean {
  const a = a0.replace(timing, '$10');
  const b = b0.replace(timing, '$10');
  if (a === b) return true;
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const x = la[i] ?? '';
    const y = lb[i] ?? '';
    if (x === y) continue;
    let k = 0;
    while (k < x.length && k < y.length && x.charCodeAt(k) === y.charCodeAt(k)) k++;
    const id = /"id":"((?:[^"\\]|\\.)*)"/.exec(x || y)?.[1] ?? '?';
    console.log(`  ${name}: line ${i + 1} (document ${id}) differs at character ${k}`);
    console.log(`    base: …${x.slice(Math.max(0, k - 120), k + 200)}`);
    console.log(`    this: …${y.slice(Math.max(0, k - 120), k + 200)}`);
    break;
  }
  console.log(`  ${name}: ${la.length} lines in base, ${lb.length} here`);
  return false;
}

/** Runs both checkouts (side by side) on one input and reports. */
async function check(name: string, input: string, docs: number): Promise<boolean> {
  const [b, t] = await Promise.all([run(base, input), run(root, input)]);
  const ok = same(name, b.out, t.out);
  console.log(`${name}: ${docs} documents, ${b.out.length.toLocaleString('en')} characters of output: ${ok ? 'IDENTICAL' : 'DIFFERENT'}` +
    ` (CPU base ${b.cpu.toFixed(1)} s, this ${t.cpu.toFixed(1)} s, run side by side under load)`);
  return ok;
}

let ok = true;
if (args.corpus !== 'polnear') {
  const corpus = join(root, '..', 'shared', 'corpora', 'ru-telegram-2024', 'posts.jsonl');
  if (!existsSync(corpus)) console.log(`${tool}: Russian corpus not found at ${corpus}; skipping`);
  else {
    let lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
    if (!args.full && lines.length > posts) {
      const r = rng(seed);
      const idx = lines.map((_, i) => i);
      for (let i = 0; i < posts; i++) {
        const j = i + Math.floor(r() * (idx.length - i));
        [idx[i], idx[j]] = [idx[j]!, idx[i]!];
      }
      lines = idx.slice(0, posts).sort((x, y) => x - y).map((i) => lines[i]!);
    }
    const input = join(tmp, 'ru.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    ok = (await check(args.full ? 'ru (all posts)' : `ru (sample, seed ${seed})`, input, lines.length)) && ok;
  }
}
if (args.corpus !== 'ru') {
  const dir = join(polnearDir(import.meta.url), 'data', 'train');
  if (!existsSync(join(dir, 'text'))) console.log(`${tool}: PolNeAR train not found at ${dir}; skipping`);
  else {
    const texts = [...readTexts(dir).entries()];
    const input = join(tmp, 'polnear-train.jsonl'); // a temporary copy, deleted at exit
    writeFileSync(input, texts.map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n');
    ok = (await check('polnear train', input, texts.length)) && ok;
  }
}
process.exit(ok ? 0 : 1);
