/**
 * How analysis time grows with the length of one text (see bench/README.md).
 *
 *   npm run bench:scale -- [--sizes 0.25,0.5,1,2,4] [--shape towns|wire]
 *
 * Builds a synthetic text of each size (seeded, so every run builds the same text) and analyses it
 * once in this process, printing the time of each stage. `towns` repeats short reports naming
 * many towns with a few "said" sentences; `wire` is concatenated wire copy with a dateline per
 * item. Time per MB should stay flat as the size doubles; a column that doubles with it is a stage
 * whose cost grows with the square of the text.
 */
import { parseArgs } from 'node:util';
import { analyzeDoc, DEFAULT_STAGES, Pipeline } from '../src/analyze/index.js';
import { rng } from './rng.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0.25,0.5,1,2,4' },
    shape: { type: 'string', default: 'towns' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help || (args.shape !== 'towns' && args.shape !== 'wire')) {
  process.stdout.write('npm run bench:scale -- [--sizes 0.25,0.5,1,2,4 (MB)] [--shape towns|wire]\n');
  process.exit(args.help ? 0 : 2);
}

const TOWNS = ['Kupiansk', 'Sumy', 'Kharkiv', 'Bilopillia', 'Tetkino', 'Kursk', 'Vovchansk', 'Izium', 'Lyman', 'Pokrovsk', 'Kramatorsk', 'Kherson'];

/** A synthetic text of about `bytes` characters. */
function build(bytes: number, shape: string): string {
  const r = rng(7);
  const town = (): string => TOWNS[Math.floor(r() * TOWNS.length)]!;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let p: string;
    if (shape === 'wire') {
      p = `KYIV, Oct ${(i % 28) + 1} (Meridian) - The town of ${town()} was hit, officials noted. Three people were wounded near ${town()}. The governor said residents of ${town()} should stay in shelters.\n\n`;
    } else if (i % 5 === 4) {
      p = `"The shelling of ${town()} continued overnight," the governor said.\n\n`;
    } else {
      p = `The town of ${town()} was hit, officials noted.${i % 3 === 0 ? ` ${(i % 9) + 2} people were wounded near ${town()}.` : ''}\n\n`;
    }
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

const sizes = args.sizes.split(',').map(Number).filter((x) => x > 0);
const times: Record<string, number> = {};
const stages = DEFAULT_STAGES.map((s) => ({
  ...s,
  run: (d: Parameters<typeof s.run>[0]) => {
    const t = performance.now();
    s.run(d);
    times[s.name] = performance.now() - t;
  },
}));
const pipeline = new Pipeline(stages);
analyzeDoc({ id: 'warm-up', text: build(20_000, args.shape) }, { pipeline }); // warm-up: loads the model and the gazetteer

const names = DEFAULT_STAGES.map((s) => s.name);
console.log(`shape ${args.shape}, Node ${process.version}, times in ms`);
console.log(['MB', 'total', 'ms/MB', ...names].join('\t'));
for (const mb of sizes) {
  const text = build(Math.round(mb * 1_000_000), args.shape);
  const t0 = performance.now();
  analyzeDoc({ id: `scale-${mb}`, text }, { pipeline });
  const ms = performance.now() - t0;
  console.log([mb, Math.round(ms), Math.round(ms / mb), ...names.map((n) => Math.round(times[n] ?? 0))].join('\t'));
}
