/**
 * Gazetteer load time, memory and look-up speed.
 *
 *   npm run bench:gazetteer -- [--runs N] [--lookups N]
 *
 * Load: N fresh child processes each import the module, call loadGazetteer() and report the load
 * time (file read + index views) and the process's RSS and heap after loading; the first look-up
 * and the first get() are timed too. Look-ups: one process looks up a
 * fixed mix of names (Latin, Cyrillic, inflected, old names, misses) and, separately, a sample of
 * the gazetteer's own entry names, and reports look-ups per second and µs per look-up.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../src/geo/index.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    lookups: { type: 'string', default: '200000' },
    child: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  process.stdout.write('npm run bench:gazetteer -- [--runs N (fresh-process loads, default 5)] [--lookups N (default 200000)]\n');
  process.exit(0);
}

const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MiB`;

if (args.child) {
  // One fresh-process load, reported as JSON on stdout.
  const t0 = performance.now();
  const gz = loadGazetteer();
  const load = performance.now() - t0;
  const m = process.memoryUsage();
  const t1 = performance.now();
  gz.lookup('Kharkiv');
  const firstLookup = performance.now() - t1;
  const t2 = performance.now();
  gz.get('703448');
  const firstGet = performance.now() - t2;
  const m2 = process.memoryUsage();
  process.stdout.write(JSON.stringify({ load, rss: m.rss, heap: m.heapUsed, external: m.external, firstLookup, firstGet, rssAfterGet: m2.rss, size: gz.size }) + '\n');
  process.exit(0);
}

const runs = Math.max(1, Number(args.runs) || 5);
const self = fileURLToPath(import.meta.url);
const loads: { load: number; rss: number; heap: number; external: number; firstLookup: number; firstGet: number; rssAfterGet: number; size: number }[] = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, [self, '--child'], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  loads.push(JSON.parse(r.stdout));
}
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpu}, ${cpus().length} cores, Node ${process.version}`);
console.log(`entries: ${loads[0]!.size}`);
console.log(`load (fresh process, ${runs} runs): median ${med(loads.map((l) => l.load)).toFixed(1)} ms, ` +
  `min ${Math.min(...loads.map((l) => l.load)).toFixed(1)}, max ${Math.max(...loads.map((l) => l.load)).toFixed(1)}`);
console.log(`memory after load (median): RSS ${mb(med(loads.map((l) => l.rss)))}, heap ${mb(med(loads.map((l) => l.heap)))}, ` +
  `external (file buffer) ${mb(med(loads.map((l) => l.external)))}`);
console.log(`first look-up ${med(loads.map((l) => l.firstLookup)).toFixed(2)} ms; first get() ` +
  `${med(loads.map((l) => l.firstGet)).toFixed(1)} ms, RSS after it ${mb(med(loads.map((l) => l.rssAfterGet)))}`);

// Look-up speed in this process.
const gz = loadGazetteer();
const mix = [
  'Kharkiv', 'Kharkov', 'Харків', 'Харьков', 'в Харькове', 'у Харкові', 'Dnipro', 'Dnepropetrovsk', 'Mykolaiv', 'Nikolaev',
  'Odesa', 'Odessa', 'Bakhmut', 'Artemovsk', 'Kursk Oblast', 'Курской области', "Kup'yansk", 'Gulyaipole', 'Vuhledar',
  'Угледар', 'Sudzha', 'под Суджей', 'Simferopol', 'Andriivka', 'Avdiivka', 'Pokrovsk', 'Washington', 'London', 'Paris',
  'Gaza', 'Khan Younis', 'Moscow', 'Москве', 'Zzyzxqq', 'the', 'President', 'Ukraine', 'Russia', 'Donetsk People\'s Republic', 'Crimea',
];
const n = Math.max(1000, Number(args.lookups) || 200000);
function timeLookups(names: string[], label: string): void {
  for (let i = 0; i < Math.min(n, 5000); i++) gz.lookup(names[i % names.length]!); // warm-up
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (gz.lookup(names[i % names.length]!).length > 0) found++;
  const ms = performance.now() - t0;
  console.log(`${label}: ${n} look-ups in ${ms.toFixed(0)} ms = ${Math.round(n / (ms / 1000)).toLocaleString('en')} /s, ` +
    `${((ms * 1000) / n).toFixed(1)} µs each (${((100 * found) / n).toFixed(0)}% found)`);
}
timeLookups(mix, `mixed names (${mix.length} distinct)`);
// Entry names sampled across the file: mostly cold entries, so decoding costs show.
const sample: string[] = [];
for (let i = 0; i < gz.size && sample.length < 20000; i += Math.max(1, Math.floor(gz.size / 20000))) {
  const id = gz.decodeName(i);
  if (id) sample.push(id);
}
if (sample.length > 0) timeLookups(sample, `entry names (${sample.length} distinct)`);
const m = process.memoryUsage();
console.log(`memory after look-ups: RSS ${mb(m.rss)}, heap ${mb(m.heapUsed)}`);
