/**
 * Quote and attribution accuracy on PolNeAR (see bench/README.md).
 *
 *   npm run bench:quotes -- [--split DIR] [--errors N] [--json] [--self-check] [--limit N] [--article S]
 *
 * Runs `analyze` once per article, turns its claims into predicted ARs, and scores every `.ann`
 * file (each annotator's version is its own document) with exact span match per role and the
 * attribution-level metric. The corpus is read in place from ../shared and never copied.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze/index.js';
import type { Analysis } from '../src/analyze/types.js';
import { type AR, type Frag, intArg, readSplit, splitArg } from './polnear.js';
import { type Counts, type DocResult, type PRF, type Score, ROLES, addScore, emptyScore, overlap, prf, scoreDoc } from './scorer.js';

/** Turns an Analysis' claims into predicted ARs (speaker → source, cue, content fragments). */
export function claimsToARs(a: Analysis): AR[] {
  return a.claims.map((c) => ({
    source: c.speaker ? [{ start: c.speaker.start, end: c.speaker.end }] : null,
    cue: c.cue ? [{ start: c.cue.start, end: c.cue.end }] : null,
    content: c.content.map((f) => ({ start: f.start, end: f.end })),
  }));
}

interface Metrics {
  split: string;
  files: number;
  articles: number;
  goldARs: number;
  predictedARs: number;
  failed: string[];
  spans: Record<(typeof ROLES)[number], PRF>;
  attribution: { lenient: PRF; strict: PRF };
  direct: { lenient: PRF; strict: PRF; goldARs: number };
  ms: { analyze: number; score: number; total: number };
}

interface ErrorSample {
  kind: 'FN' | 'FP' | 'boundary';
  file: string;
  gold: string | null;
  pred: string | null;
}

const { values: args } = parseArgs({
  options: {
    split: { type: 'string' },
    errors: { type: 'string' },
    json: { type: 'boolean', default: false },
    'self-check': { type: 'boolean', default: false },
    limit: { type: 'string' },
    article: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (args.help) {
  process.stdout.write(
    [
      'npm run bench:quotes -- [options]',
      '  --split DIR     split folder with text/ and attributions/ (default: PolNeAR dev)',
      '  --errors N      print N sample false negatives, false positives and boundary misses',
      '  --json          print the metrics as JSON',
      '  --self-check    score the gold against itself (must give F1 = 1.0 everywhere)',
      '  --limit N       only the first N articles',
      '  --article S     only articles whose name contains S',
      '  --seed N        seed for sampling errors (default 1)',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const nErrors = intArg('bench:quotes', args.errors, 'errors', 0);
const limit = intArg('bench:quotes', args.limit, 'limit', Infinity as number);
const seed = intArg('bench:quotes', args.seed, 'seed', 1);
const splitDir = splitArg('bench:quotes', import.meta.url, args.split, 'dev', (msg) =>
  process.stdout.write(args.json ? JSON.stringify({ skipped: true, message: msg }) + '\n' : msg + '\n'),
);

const t0 = performance.now();
const split = readSplit(splitDir);
let names = [...split.articles.keys()];
if (args.article) names = names.filter((n) => n.includes(args.article!));
names = names.slice(0, limit);
const wanted = new Set(names);
const files = split.files.filter((f) => wanted.has(f.article));

// Predictions: one analysis per article, reused for every annotator's file.
const predictions = new Map<string, AR[]>();
const failed: string[] = [];
const tA = performance.now();
if (!args['self-check']) {
  for (const name of names) {
    const text = split.articles.get(name)!;
    try {
      predictions.set(name, claimsToARs(analyze({ id: name, text })));
    } catch (e) {
      failed.push(`${name}: ${(e as Error).message}`);
      predictions.set(name, []);
    }
  }
}
const analyzeMs = performance.now() - tA;

const tS = performance.now();
const total = emptyScore();
const results: { file: string; text: string; r: DocResult }[] = [];
let goldARs = 0;
let predictedARs = 0;
for (const f of files) {
  const text = split.articles.get(f.article)!;
  const pred = args['self-check'] ? f.ars : predictions.get(f.article) ?? [];
  const r = scoreDoc(text, f.ars, pred);
  addScore(total, r.score);
  goldARs += r.gold.length;
  predictedARs += r.pred.length;
  results.push({ file: f.file, text, r });
}
const scoreMs = performance.now() - tS;

const metrics: Metrics = {
  split: splitDir,
  files: files.length,
  articles: names.length,
  goldARs,
  predictedARs,
  failed,
  spans: { source: prf(total.spans.source), cue: prf(total.spans.cue), content: prf(total.spans.content) },
  attribution: { lenient: prf(total.lenient), strict: prf(total.strict) },
  direct: {
    lenient: prf(total.directLenient),
    strict: prf(total.directStrict),
    goldARs: total.directLenient.tp + total.directLenient.fn,
  },
  ms: { analyze: Math.round(analyzeMs), score: Math.round(scoreMs), total: Math.round(performance.now() - t0) },
};

// ---- error samples --------------------------------------------------------------------------

function snippet(text: string, frags: readonly Frag[] | null, max = 140): string {
  if (!frags || frags.length === 0) return '∅';
  const s = frags.map((f) => text.slice(f.start, f.end)).join(' ‖ ').replace(/\s*\n\s*/g, ' ⏎ ');
  const body = s.length <= max ? s : `${s.slice(0, max / 2 - 2)} … ${s.slice(s.length - max / 2 + 2)}`;
  return `"${body}" [${frags.map((f) => `${f.start}-${f.end}`).join(';')}]`;
}

function describe(text: string, a: AR | null): string | null {
  if (!a) return null;
  return `source ${snippet(text, a.source, 60)} | cue ${snippet(text, a.cue, 40)}\n          content ${snippet(text, a.content)}`;
}

/** The AR in `list` whose content overlaps `a`'s content most, if any overlaps. */
function closest(a: AR, list: AR[]): AR | null {
  let best: AR | null = null;
  let bo = 0;
  for (const b of list) {
    const o = overlap(a.content, b.content);
    if (o > bo) {
      bo = o;
      best = b;
    }
  }
  return best;
}

function collectErrors(): ErrorSample[] {
  const fns: ErrorSample[] = [];
  const fps: ErrorSample[] = [];
  const bnd: ErrorSample[] = [];
  for (const { file, text, r } of results) {
    const gm = new Map(r.lenientPairs);
    const pm = new Set(r.lenientPairs.map(([, p]) => p));
    const strictG = new Set(r.strictPairs.map(([g]) => g));
    r.gold.forEach((g, i) => {
      const p = gm.get(i);
      if (p === undefined) fns.push({ kind: 'FN', file, gold: describe(text, g), pred: describe(text, closest(g, r.pred)) });
      else if (!strictG.has(i)) bnd.push({ kind: 'boundary', file, gold: describe(text, g), pred: describe(text, r.pred[p]!) });
    });
    r.pred.forEach((p, i) => {
      if (!pm.has(i)) fps.push({ kind: 'FP', file, gold: describe(text, closest(p, r.gold)), pred: describe(text, p) });
    });
  }
  // Deterministic sample (seeded shuffle), so runs are comparable.
  let state = (seed * 2654435761) >>> 0 || 1;
  const rand = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const sample = (xs: ErrorSample[]): ErrorSample[] => {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, nErrors);
  };
  return [...sample(fns), ...sample(fps), ...sample(bnd)];
}

// ---- output ---------------------------------------------------------------------------------

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const num = (x: number): string => String(x).padStart(6);
function row(label: string, m: PRF): string {
  return `${label.padEnd(22)}${pct(m.p)}${pct(m.r)}${pct(m.f1)}${num(m.tp)}${num(m.fp)}${num(m.fn)}`;
}
const header = `${''.padEnd(22)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}`;

function isPerfect(s: Score): boolean {
  const all: Counts[] = [...ROLES.map((r) => s.spans[r]), s.lenient, s.strict, s.directLenient, s.directStrict];
  return all.every((c) => c.fp === 0 && c.fn === 0);
}

const errors = nErrors > 0 ? collectErrors() : [];

if (args.json) {
  process.stdout.write(JSON.stringify(nErrors > 0 ? { ...metrics, errors } : metrics, null, 2) + '\n');
} else {
  const out: string[] = [];
  out.push(`PolNeAR attribution benchmark${args['self-check'] ? ' (SELF-CHECK: gold scored against itself)' : ''}`);
  out.push(`split     ${splitDir}`);
  out.push(`documents ${files.length} .ann files over ${names.length} articles; ${goldARs} gold ARs, ${predictedARs} predicted ARs (summed over .ann files)`);
  if (failed.length) out.push(`FAILED    analyze threw on ${failed.length} articles (scored as no predictions): ${failed.slice(0, 3).join('; ')}`);
  out.push('');
  out.push('Exact span match (character level, whitespace trimmed at span edges; micro-averaged over .ann files)');
  out.push(header);
  for (const r of ROLES) out.push(row(r[0]!.toUpperCase() + r.slice(1), metrics.spans[r]));
  out.push('');
  out.push('Attribution level (who said what; greedy one-to-one)');
  out.push(header);
  out.push(row('lenient', metrics.attribution.lenient));
  out.push(row('strict', metrics.attribution.strict));
  out.push(row('direct quotes lenient', metrics.direct.lenient));
  out.push(row('direct quotes strict', metrics.direct.strict));
  out.push(`  lenient: content covers >= 50% of the gold content's characters and the source overlaps (or both absent)`);
  out.push(`  strict: source, cue and content all exactly equal; direct quotes: ${metrics.direct.goldARs} gold ARs whose content has " “ ”`);
  out.push('');
  out.push(`time      analyze ${(analyzeMs / 1000).toFixed(2)} s, scoring ${(scoreMs / 1000).toFixed(2)} s, total ${(metrics.ms.total / 1000).toFixed(2)} s`);
  if (args['self-check']) out.push(`self-check ${isPerfect(total) ? 'OK: F1 = 1.0 for every metric' : 'FAILED: gold does not score 1.0 against itself'}`);
  if (errors.length) {
    out.push('');
    out.push(`Error samples (seed ${seed}): FN = gold not matched (with the closest prediction), FP = prediction not matched, boundary = lenient match but not strict`);
    for (const e of errors) {
      out.push(`${e.kind.padEnd(8)} ${e.file}`);
      out.push(`  gold    ${e.gold ?? '—'}`);
      out.push(`  pred    ${e.pred ?? '—'}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}
if (args['self-check'] && !isPerfect(total)) process.exit(1);
