/**
 * Adversarial scaling: does any reader or analysis stage grow faster than n·log n? (issue 12,
 * see bench/README.md)
 *
 *   npm run bench:adversarial -- [--reader-sizes 64,256,1024,4096] [--analyze-sizes 32,64,256,512]
 *                                [--sizes KB,...] [--only SHAPE|GROUP[,...]] [--list] [--json] [--limit 2] [--runs 3]
 *
 * For every reader (text, Markdown, HTML, RSS/Atom, Telegram export JSON, JSON Lines) and every
 * analysis stage, builds inputs of growing size (KB; the sizes must span at least 16×) in the
 * shapes that hurt: many blocks, long lines, deep nesting, many quotes, unbalanced quotes, many
 * claims of one speaker, many places, numbers, dates, speakers, long words, paragraphs without
 * punctuation. Reports seconds per MB at each size and the ratio largest/smallest of the reader,
 * of `analyze` as a whole, of each stage that takes a real share of the time, and of claim-fact
 * extraction. Exits 1 naming the shape when a ratio exceeds 2 (seconds per MB must stay flat
 * within 2×; issue 12's acceptance check). Inputs are synthetic and seeded: every run builds the
 * same bytes. Every size of a shape is measured alike: a warm-up run of each size, then (--runs,
 * at least 3) rounds over all sizes, a full GC (--expose-gc) before each run; the fastest run per
 * size counts, so one noisy run on a shared machine does not decide.
 */
import { parseArgs } from 'node:util';
import { analyzeDoc, DEFAULT_STAGES, Pipeline, type Stage } from '../src/analyze/index.js';
import { extractClaimFacts } from '../src/compare/index.js';
import { readBytes } from '../src/ingest/index.js';
import type { Analysis, Claim } from '../src/analyze/types.js';
import { rng } from './rng.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'reader-sizes': { type: 'string', default: '64,256,1024,4096' },
    'analyze-sizes': { type: 'string', default: '32,64,256,512' },
    only: { type: 'string' },
    list: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '2' },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** A shape: how to build about `n` characters of input, and what reads it. */
interface Shape {
  name: string;
  /** 'analyze': the text goes to analyze() (and claim facts); else a file name for the reader. */
  target: 'analyze' | string;
  build: (n: number) => string;
}

const TOWNS = ['Kupiansk', 'Sumy', 'Kharkiv', 'Bilopillia', 'Tetkino', 'Kursk', 'Vovchansk', 'Izium', 'Lyman', 'Pokrovsk', 'Kramatorsk', 'Kherson'];
const NAMES = ['Oleh Marchenko', 'Igor Dolgov', 'Anna Petrenko', 'Vadym Kovalenko', 'Sergei Orlov', 'Maria Zakharova', 'Ivan Fedorov', 'Olena Shevchenko'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Repeats `piece(i)` until the result has `n` characters or more. */
function fill(n: number, piece: (i: number, r: () => number) => string, sep = ''): string {
  const r = rng(11);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const p = piece(i, r);
    parts.push(p);
    size += p.length + sep.length;
  }
  return parts.join(sep);
}
const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
const prose = (i: number, r: () => number): string =>
  `The regional governor said ${3 + (i % 40)} civilians were wounded in ${pick(r, TOWNS)} on Tuesday, and the army said the situation was under control.`;

const SHAPES: Shape[] = [
  // ---- readers ----
  { name: 'text/paragraphs', target: 'a.txt', build: (n) => fill(n, prose, '\n\n') },
  { name: 'text/one-line', target: 'a.txt', build: (n) => fill(n, prose, ' ') },
  { name: 'text/long-words', target: 'a.txt', build: (n) => fill(n, (i) => 'x'.repeat(5000) + i, ' ') },
  { name: 'markdown/blocks', target: 'a.md', build: (n) => '---\ntitle: T\n---\n' + fill(n, (i, r) => (i % 3 === 0 ? `## Heading ${i}\n\n` : i % 3 === 1 ? `- item *${i}* [link](https://example.org/${i})\n` : prose(i, r) + '\n\n')) },
  { name: 'markdown/one-line', target: 'a.md', build: (n) => fill(n, (i) => `*a* _b_ [c](d) \`e\` `) },
  { name: 'html/blocks', target: 'a.html', build: (n) => `<html><head><title>T</title></head><body>${fill(n, (i, r) => `<p>${prose(i, r)}</p>`)}</body></html>` },
  { name: 'html/one-line', target: 'a.html', build: (n) => `<html><body><p>${fill(n, (i, r) => prose(i, r) + ' ')}</p></body></html>` },
  { name: 'html/deep-nesting', target: 'a.html', build: (n) => { const k = Math.floor(n / 12); return `<html><body>${'<div><b>'.repeat(k / 2)}text${'</b></div>'.repeat(k / 2)}</body></html>`; } },
  { name: 'html/many-attributes', target: 'a.html', build: (n) => `<html><body><p ${fill(n, (i) => `a${i}="v${i}" `)}>Text said here.</p></body></html>` },
  { name: 'html/many-entities', target: 'a.html', build: (n) => `<html><body><p>${fill(n, (i) => '&amp;&lt;&#x41;&eacute; ')}</p></body></html>` },
  { name: 'html/unclosed-tags', target: 'a.html', build: (n) => `<html><body>${fill(n, (i) => '<a x ')}</body></html>` },
  { name: 'html/pre-spaces', target: 'a.html', build: (n) => `<html><body><pre>a${' '.repeat(n)}b</pre></body></html>` },
  { name: 'rss/items', target: 'a.xml', build: (n) => `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>${fill(n, (i, r) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link><pubDate>Tue, 05 Mar 2024 14:30:00 +0200</pubDate><description>&lt;p&gt;${prose(i, r)}&lt;/p&gt;</description></item>`)}</channel></rss>` },
  { name: 'rss/long-description', target: 'a.xml', build: (n) => `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item><title>One</title><description><![CDATA[${fill(n, (i, r) => `<p>${prose(i, r)}</p>`)}]]></description></item></channel></rss>` },
  { name: 'atom/entries', target: 'a.atom', build: (n) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${fill(n, (i, r) => `<entry><title>E${i}</title><id>urn:${i}</id><updated>2024-03-05T14:30:00Z</updated><content type="html">${prose(i, r)}</content></entry>`)}</feed>` },
  { name: 'telegram/messages', target: 'result.json', build: (n) => `{\n "name": "chan",\n "type": "public_channel",\n "id": 1,\n "messages": [\n${fill(n, (i, r) => JSON.stringify({ id: i + 1, type: 'message', date: '2024-03-05T14:30:00', date_unixtime: String(1709641800 + i), from: 'chan', text: prose(i, r) }), ',\n')}\n ]\n}\n` },
  { name: 'telegram/many-entities', target: 'result.json', build: (n) => `{\n "name": "chan",\n "type": "public_channel",\n "id": 1,\n "messages": [\n${JSON.stringify({ id: 1, type: 'message', date: '2024-03-05T14:30:00', from: 'chan', text: JSON.parse(`[${fill(n, (i) => JSON.stringify(i % 2 ? { type: 'bold', text: `b${i}` } : `plain ${i} `), ',')}]`) })}\n ]\n}\n` },
  { name: 'jsonl/records', target: 'a.jsonl', build: (n) => fill(n, (i, r) => JSON.stringify({ id: `d${i}`, text: prose(i, r), published: '2024-03-05' }), '\n') },
  { name: 'jsonl/one-record', target: 'a.jsonl', build: (n) => JSON.stringify({ id: 'one', text: fill(n, prose, ' ') }) },
  // ---- analysis (every stage) and claim facts ----
  { name: 'analyze/prose', target: 'analyze', build: (n) => fill(n, prose, '\n\n') },
  { name: 'analyze/many-paragraphs', target: 'analyze', build: (n) => fill(n, (i) => `Short line ${i}.`, '\n\n') },
  { name: 'analyze/one-long-line', target: 'analyze', build: (n) => fill(n, prose, ' ') },
  { name: 'analyze/no-punctuation', target: 'analyze', build: (n) => fill(n, (i, r) => `the governor said the troops held ${pick(r, TOWNS)} and the army said more`, ' ') },
  { name: 'analyze/long-words', target: 'analyze', build: (n) => fill(n, (i) => 'Abc'.repeat(700) + ` said ${i}.`, ' ') },
  { name: 'analyze/many-quotes', target: 'analyze', build: (n) => fill(n, (i, r) => `"We hold ${pick(r, TOWNS)}," ${pick(r, NAMES)} said.`, ' ') },
  { name: 'analyze/unbalanced-quotes', target: 'analyze', build: (n) => fill(n, (i) => `"abcdefg`, ' ') },
  { name: 'analyze/unbalanced-said', target: 'analyze', build: (n) => fill(n, (i, r) => `He said "we hold ${pick(r, TOWNS)}`, '. ') },
  { name: 'analyze/one-speaker-claims', target: 'analyze', build: (n) => fill(n, (i) => `The acting governor of the Kursk region, Arkady Veretennikov, said ${i} drones were shot down near Sudzha on Monday.`, '\n\n') },
  { name: 'analyze/one-speaker-one-paragraph', target: 'analyze', build: (n) => fill(n, (i) => `Veretennikov said ${i} drones were shot down near Sudzha.`, ' ') },
  { name: 'analyze/many-speakers', target: 'analyze', build: (n) => fill(n, (i, r) => `${pick(r, ['Colonel', 'Governor', 'Minister', 'Mayor'])} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + ((i >> 5) % 26))}ko Petr${i % 97}enko said ${i % 50} shells hit the town.`, ' ') },
  { name: 'analyze/many-places', target: 'analyze', build: (n) => fill(n, (i, r) => `${pick(r, TOWNS)}, ${pick(r, TOWNS)} and ${pick(r, TOWNS)}`, ', ') },
  { name: 'analyze/many-numbers', target: 'analyze', build: (n) => fill(n, (i) => `${i} tanks, ${i % 300} drones and more than ${i * 7} troops`, ', ') },
  { name: 'analyze/many-dates', target: 'analyze', build: (n) => fill(n, (i) => `on ${1 + (i % 28)} ${MONTHS[i % 12]} 2024 and on Tuesday`, ', ') },
  { name: 'analyze/caps-places-one-line', target: 'analyze', build: (n) => fill(n, (i, r) => pick(r, TOWNS).toUpperCase(), ', ') },
  { name: 'analyze/many-capitals', target: 'analyze', build: (n) => fill(n, (i) => `Alpha${i % 1000} Beta Gamma Delta`, ' ') },
];

if (args.help) {
  process.stdout.write('npm run bench:adversarial -- [--reader-sizes 64,256,1024,4096] [--analyze-sizes 32,64,256,512] [--sizes KB,... (both)] [--only SHAPE|GROUP[,...]] [--list] [--json] [--limit 2] [--runs 3]\n');
  process.exit(0);
}
if (args.list) {
  for (const s of SHAPES) console.log(s.name);
  process.exit(0);
}

/** Sizes in characters from a list of KB. */
function sizesOf(flag: string, list: string): number[] {
  const sizes = list.split(',').map((s) => Number(s) * 1024);
  if (sizes.some((s) => !(s > 0)) || sizes.length < 2) {
    console.error(`${flag}: at least two sizes in KB, e.g. 32,64,256,512`);
    process.exit(2);
  }
  if (sizes[sizes.length - 1]! / sizes[0]! < 16) console.error(`note: ${flag} spans ${(sizes[sizes.length - 1]! / sizes[0]!).toFixed(0)}×, less than the 16× of issue 12's check`);
  return sizes;
}
const readerSizes = sizesOf('--reader-sizes', args.sizes ?? args['reader-sizes']!);
const analyzeSizes = sizesOf('--analyze-sizes', args.sizes ?? args['analyze-sizes']!);
/** Runs shorter than this (ms, at the largest size) are too short to tell growth from timer and GC noise. */
const MIN_MS = 40;
/** The smallest size's time counts as at least this (ms) in the ratio: a 4 ms run is all cache and timer. */
const FLOOR_MS = 20;
const limit = Number(args.limit);
const only = args.only ? new Set(args.only.split(',')) : null;
const shapes = SHAPES.filter((s) => !only || only.has(s.name) || only.has(s.name.split('/')[0]!));

// Per-stage times of one analysis.
const stageMs: Record<string, number> = {};
const timed: Stage[] = DEFAULT_STAGES.map((s) => ({
  ...s,
  run: (doc) => {
    const t = performance.now();
    s.run(doc);
    stageMs[s.name] = (stageMs[s.name] ?? 0) + performance.now() - t;
  },
}));
const pipeline = new Pipeline(timed);

async function readAll(bytes: Buffer, name: string): Promise<number> {
  let n = 0;
  for await (const e of readBytes(bytes, name, { maxSize: 1024 ** 3 })) if (e.kind === 'document') n++;
  return n;
}

/** One measurement: component name → milliseconds. */
type Times = Record<string, number>;

async function measure(shape: Shape, text: string): Promise<Times> {
  if (shape.target !== 'analyze') {
    const bytes = Buffer.from(text, 'utf8');
    const t = performance.now();
    await readAll(bytes, shape.target);
    return { read: performance.now() - t };
  }
  for (const k of Object.keys(stageMs)) delete stageMs[k];
  const t = performance.now();
  const doc = analyzeDoc({ id: 'adv', text }, { pipeline, budget: false });
  const analyzeMs = performance.now() - t;
  const analysis = { id: 'adv', text, published: null, source: null, sentences: doc.sentences, paragraphs: doc.paragraphs, quotes: doc.quotes.filter((q) => q.depth === 0), entities: doc.entities, claims: doc.claims as Claim[], quantities: doc.quantities, places: doc.places, sides: doc.sides, dates: doc.dates, author: doc.voice, stats: { tokens: 0, words: 0, ms: 0 } } as Analysis;
  const t2 = performance.now();
  for (let i = 0; i < analysis.claims.length; i++) extractClaimFacts(analysis, i, { budget: false });
  return { analyze: analyzeMs, ...Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [`stage:${k}`, v])), facts: performance.now() - t2, claims: -analysis.claims.length };
}

const runs = Math.max(3, Number(args.runs));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.error('note: run with node --expose-gc (npm run bench:adversarial does) so each run starts after a full garbage collection');

/**
 * Every size of one shape measured in the same conditions: one warm-up run of each size (its code
 * paths compiled, its allocations sized), then `runs` rounds that run every size once, each run
 * after a full garbage collection, so a large run does not pay for the garbage of the runs before
 * it and machine load falls on all sizes alike. The minimum per component is kept.
 */
async function bestOfSizes(shape: Shape, texts: string[]): Promise<Times[]> {
  for (const t of texts) { gc?.(); await measure(shape, t); }
  const out: (Times | null)[] = texts.map(() => null);
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < texts.length; i++) {
      gc?.();
      const m = await measure(shape, texts[i]!);
      const o = out[i];
      if (!o) out[i] = m;
      else for (const k of Object.keys(m)) o[k] = Math.min(o[k] ?? Infinity, m[k]!);
    }
  }
  return out as Times[];
}

// Readers run first, before the NLP model and the gazetteer (~150 MB) are loaded: with them on the
// heap every major garbage collection costs more, which shows as a step in seconds per MB once an
// input is big enough to need one, not as growth. The analysis shapes warm them up first.
let warm = false;

interface Row { shape: string; component: string; secPerMb: number[]; ratio: number; checked: boolean }
const rows: Row[] = [];
const failed: string[] = [];
const kb = (l: number[]): string => l.map((s) => `${s / 1024}`).join(', ');
console.log(`bench:adversarial — Node ${process.version}; ${runs} runs per size after a warm-up, GC ${gc ? 'before each run' : 'NOT forced (no --expose-gc)'}; reader sizes ${kb(readerSizes)} KB, analysis sizes ${kb(analyzeSizes)} KB; s/MB per size, ratio = largest/smallest (limit ${limit})`);
for (const shape of shapes) {
  if (shape.target === 'analyze' && !warm) {
    analyzeDoc({ id: 'warm', text: 'The governor said 3 drones were shot down near Kursk on Tuesday.' }, { budget: false });
    warm = true;
  }
  const texts = (shape.target === 'analyze' ? analyzeSizes : readerSizes).map((n) => shape.build(n));
  const per = await bestOfSizes(shape, texts);
  const mb = texts.map((t) => t.length / 1_000_000);
  const total = shape.target === 'analyze' ? 'analyze' : 'read';
  for (const comp of Object.keys(per[per.length - 1]!)) {
    if (comp === 'claims') continue;
    const spm = per.map((p, i) => (p[comp] ?? 0) / 1000 / mb[i]!);
    const first = Math.max(per[0]![comp] ?? 0, FLOOR_MS) / 1000 / mb[0]!;
    const ratio = spm[spm.length - 1]! / first;
    // A stage or the facts count when they take a real share of the largest run (else timer noise decides).
    const last = per[per.length - 1]!;
    const checked = (last[comp] ?? 0) >= MIN_MS && (comp === total || (last[comp] ?? 0) >= Math.max(150, 0.1 * (last[total] ?? 0)));
    rows.push({ shape: shape.name, component: comp, secPerMb: spm, ratio, checked });
    if (checked && ratio > limit) failed.push(`${shape.name} ${comp} (×${ratio.toFixed(1)})`);
    if (comp === total || checked) {
      const claims = comp === 'facts' ? ` (${-(per[per.length - 1]!.claims ?? 0)} claims)` : '';
      const note = !checked ? '  (too fast to tell)' : ratio > limit ? '  SUPERLINEAR' : '';
      console.log(`${(shape.name + ' ' + comp).padEnd(44)} ${spm.map((x) => x.toFixed(2).padStart(7)).join(' ')}  ×${ratio.toFixed(2)}${note}${claims}`);
    }
  }
}
if (args.json) console.log(JSON.stringify({ readerSizes, analyzeSizes, rows }, null, 1));
if (failed.length > 0) {
  console.log(`\nFAIL: seconds per MB grew more than ${limit}× in: ${failed.join('; ')}`);
  process.exit(1);
}
console.log('\nOK: every shape within the limit');
