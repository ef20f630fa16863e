/**
 * Dispute detection at scale: `compareClaims` over synthetic claim records.
 *
 *   npm run bench:compare -- [--sizes 100000,1000000] [--places N] [--days N] [--seed N]
 *
 * Records are generated (seeded, no corpus): a place from a pool that grows with the size (one place
 * per 50 claims, in 27 regions, Zipf-like popularity so some places are hot), a day within a year,
 * 60% with one or two quantities (five units, two sides, bounds of every kind), 35% with a status
 * (topics with both polarities, a few denials), 20% reprints of an earlier text. Prints, per size:
 * generation time, compare wall and CPU time (best of --passes; the CPU figure holds up better on
 * a busy machine), disputes/agreements/groups, the heap the records take, the heap growth across
 * one compare call (its result plus garbage not yet collected), and the process's peak RSS.
 * Run with --expose-gc (the npm script does).
 */
import { parseArgs } from 'node:util';
import { cpus, loadavg, totalmem } from 'node:os';
import { compareClaims } from '../src/compare/index.js';
import type { ClaimRecord, PlaceRef, QuantityFact, StatusFact } from '../src/compare/types.js';
import type { Bound } from '../src/analyze/types.js';
import { rng } from './rng.js';


const UNITS = ['killed', 'wounded', 'tanks', 'drones', 'troops'];
const BOUNDS: Bound[] = ['exact', 'exact', 'exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range'];
const TOPICS: StatusFact['topic'][] = ['control', 'advance', 'attack', 'situation'];
const SIDES = ['UA', 'RU'];

/**
 * `n` synthetic claim records (deterministic for a seed). Exported so that other benchmarks
 * (bench:ingest) can time compare on the same shape of data.
 */
export function syntheticRecords(n: number, seed = 1, places = Math.max(20, Math.floor(n / 50)), days = 365): ClaimRecord[] {
  const r = rng(seed);
  const pool: PlaceRef[] = [];
  for (let i = 0; i < places; i++) pool.push({ id: `p${i}`, name: `Place ${i}`, admin1: `UA-${10 + (i % 27)}`, country: 'UA', level: 'village' });
  const out: ClaimRecord[] = new Array(n);
  const base = Date.UTC(2025, 0, 1) / 86_400_000;
  for (let i = 0; i < n; i++) {
    // Zipf-like: squaring a uniform number favours low place indices
    const p = pool[Math.floor(r() * r() * places)]!;
    const day = new Date((base + Math.floor(r() * days)) * 86_400_000).toISOString().slice(0, 10);
    const quantities: QuantityFact[] = [];
    const statuses: StatusFact[] = [];
    if (r() < 0.6) {
      const k = r() < 0.8 ? 1 : 2;
      for (let j = 0; j < k; j++) {
        const value = Math.max(1, Math.round(Math.exp(r() * 6)));
        const bound = BOUNDS[Math.floor(r() * BOUNDS.length)]!;
        const unit = UNITS[Math.floor(r() * UNITS.length)]!;
        quantities.push({ value, high: bound === 'range' ? value * 2 : null, bound, unit, frame: unit === 'killed' || unit === 'wounded' ? 'event' : r() < 0.5 ? 'loss' : 'count', vague: false, subjectSide: r() < 0.7 ? SIDES[Math.floor(r() * 2)]! : null, text: `${value} ${unit}`, start: 0, end: 1 });
      }
    }
    if (r() < 0.35) {
      const denial = r() < 0.05;
      const topic = denial && r() < 0.5 ? 'event' : TOPICS[Math.floor(r() * TOPICS.length)]!;
      statuses.push({ topic, polarity: denial || r() < 0.3 ? -1 : 1, denial, subjectSide: topic === 'situation' || topic === 'event' ? null : SIDES[Math.floor(r() * 2)]!, text: topic, start: 0, end: 1 });
    }
    const docId = `d${i}`;
    const speakerN = Math.floor(r() * 500);
    out[i] = {
      kind: 'indirect',
      speaker: { name: `Speaker ${speakerN}`, text: null, type: 'person', side: SIDES[speakerN % 2]!, official: true, affiliation: null, sideFrom: null },
      content: '',
      start: 0,
      end: 1,
      quantities,
      statuses,
      places: [p],
      placeFrom: 'content',
      date: day,
      dateFrom: 'claim',
      id: `${docId}#0`,
      documentId: docId,
      index: 0,
      source: null,
      outlet: `outlet${Math.floor(r() * 200)}`,
      textOf: i > 0 && r() < 0.2 ? `d${Math.floor(r() * i)}` : docId,
      published: null,
    };
  }
  return out;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values: args } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      passes: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      days: { type: 'string', default: '365' },
      places: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (args.help) {
    process.stdout.write('npm run bench:compare -- [--sizes 100000,1000000] [--passes 3] [--seed 1] [--days 365] [--places N]\n');
    process.exit(0);
  }
  const sizes = args.sizes!.split(',').map((s) => Number(s.trim()));
  const passes = Math.max(1, Number(args.passes) || 1);
  if (sizes.some((s) => !Number.isInteger(s) || s < 0)) {
    process.stderr.write(`bench:compare: --sizes must be a comma-separated list of whole numbers, got "${args.sizes}"\n`);
    process.exit(2);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  const mib = (b: number): string => (b / 1048576).toFixed(0);
  process.stdout.write(`bench:compare on ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${mib(totalmem())} MiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}${gc ? '' : ' (no --expose-gc: heap figures are rough)'}\n`);
  process.stdout.write('| claims | generate ms | compare ms (best) | CPU ms (best; GC threads included) | ms / 1k claims | disputes | agreements | groups | heap: records MiB | heap: compare extra MiB | peak RSS MiB |\n|---|---|---|---|---|---|---|---|---|---|---|\n');
  for (const n of sizes) {
    gc?.();
    const h0 = process.memoryUsage().heapUsed;
    let t = performance.now();
    const recs = syntheticRecords(n, Number(args.seed) || 1, args.places ? Number(args.places) : undefined, Number(args.days) || 365);
    const gen = performance.now() - t;
    gc?.();
    const h1 = process.memoryUsage().heapUsed;
    let best = Infinity;
    let bestCpu = Infinity;
    let peakExtra = 0;
    let res = null as ReturnType<typeof compareClaims> | null;
    for (let k = 0; k < passes; k++) {
      gc?.();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
      const c0 = process.cpuUsage();
      t = performance.now();
      res = compareClaims(recs);
      best = Math.min(best, performance.now() - t);
      const c = process.cpuUsage(c0);
      bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
      clearInterval(timer);
      // compare is synchronous, so the timer cannot sample during it: measure what it leaves reachable
      // (its result) and the heap right after it returns, before any collection.
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      peakExtra = Math.max(peakExtra, peak - before);
    }
    const rss = process.resourceUsage().maxRSS * 1024;
    process.stdout.write(
      `| ${n.toLocaleString('en-US')} | ${gen.toFixed(0)} | ${best.toFixed(0)} | ${bestCpu.toFixed(0)} | ${((best / n) * 1000).toFixed(2)} | ${res!.disputes.length.toLocaleString('en-US')} | ${res!.agreements.length.toLocaleString('en-US')} | ${res!.groups.toLocaleString('en-US')} | ${mib(h1 - h0)} | ${mib(peakExtra)} | ${mib(rss)} |\n`,
    );
  }
}
