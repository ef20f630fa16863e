/**
 * `npm run bench:polnear-disputes`: the ledger over the 840 real news articles of PolNeAR train
 * (2016 US politics, not conflict reporting). Nearly every dispute it reports there is false, so the
 * count is a precision check on real news: each one is printed for a reader to judge.
 *
 * The articles are read in place from ../shared/benchmarks/polnear (never copied into the repo),
 * written as JSON Lines with their publication dates from data/metadata.tsv into a temporary folder,
 * ingested with the real binary (`bin/sitrep.js ingest`) into a temporary SQLite ledger, and the
 * disputes are read back with `bin/sitrep.js disputes --json`. The temporary folder is removed
 * unless `--keep` is given.
 *
 *   npm run bench:polnear-disputes                 # all 840 train articles
 *   npm run bench:polnear-disputes -- --limit 200  # the first 200 (sorted by name)
 *   npm run bench:polnear-disputes -- --keep       # keep the ledger (its path is printed)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { intArg, polnearDir, readTexts, repoRoot, splitArg } from './polnear.js';

const TOOL = 'bench:polnear-disputes';
const { values } = parseArgs({ options: { limit: { type: 'string' }, keep: { type: 'boolean' }, split: { type: 'string' } } });
const dir = splitArg(TOOL, import.meta.url, values.split, 'train', (m) => process.stdout.write(`${m}\n`));
const limit = intArg(TOOL, values.limit, 'limit', Number.MAX_SAFE_INTEGER, 1);

// Publication dates and publishers from metadata.tsv (header row names the columns).
const meta = new Map<string, { published: string | null; publisher: string | null }>();
const metaFile = join(polnearDir(import.meta.url), 'data', 'metadata.tsv');
if (existsSync(metaFile)) {
  const [head, ...rows] = readFileSync(metaFile, 'utf8').split('\n');
  const cols = head!.split('\t');
  const at = (name: string): number => cols.indexOf(name);
  for (const r of rows) {
    const f = r.split('\t');
    if (f.length < cols.length) continue;
    const date = f[at('publication_date')] ?? '';
    meta.set(f[at('filename')]!, { published: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, publisher: f[at('publisher')] ?? null });
  }
}

const texts = [...readTexts(dir)].slice(0, limit);
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-polnear-'));
const jsonl = join(tmp, 'polnear.jsonl');
const db = join(tmp, 'ledger.db');
writeFileSync(
  jsonl,
  texts.map(([name, text]) => {
    const m = meta.get(name);
    // The file name also starts with the publisher and date ("nyt_2016-09-12_...").
    const fromName = /^[a-z]+_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? null;
    return JSON.stringify({ id: name, text, source: m?.publisher ?? name.split('_')[0], published: m?.published ?? fromName });
  }).join('\n') + '\n',
);
const bin = join(repoRoot(import.meta.url), 'bin', 'sitrep.js');
const t0 = performance.now();
// No time budget: on a loaded machine a long article would be skipped and the count would depend on
// the load. Exit status 1 (some input skipped) is reported, not fatal: the rest is still compared.
// The worker pool still stops a document that runs far over its time (the first one of a cold
// worker on a loaded machine can): a second run stores what the first skipped (ingest is resumable).
let summary = '';
for (let run = 1; run <= 2; run++) {
  try {
    summary = execFileSync(process.execPath, [bin, 'ingest', '--db', db, '--budget', 'off', '--json', '--quiet', jsonl], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 }).toString('utf8');
    break;
  } catch (e) {
    const err = e as { status?: number; stdout?: Buffer };
    if (err.status !== 1) throw e;
    summary = err.stdout?.toString('utf8') ?? '';
    process.stdout.write(`${TOOL}: ingest run ${run} skipped some input (exit status 1)${run === 1 ? '; running it again' : ''}\n`);
  }
}
const t1 = performance.now();
const out = execFileSync(process.execPath, [bin, 'disputes', '--db', db, '--json', '--agreements'], { maxBuffer: 1 << 30 }).toString('utf8');

interface Speaker { name: string | null; side: string | null }
interface Side { position: string; claims: string[]; speakers?: Speaker[] }
interface Dispute { id: string; kind?: string; topic: unknown; explanation?: string; sides: Side[] }
interface Agreement { id: string; kind?: string; topic: unknown; explanation?: string; side: Side }
interface ClaimOut { id: string; speaker: string | null; side: string | null; content: string; documentId: string; places?: { name: string; text: string }[] }
const parsed = JSON.parse(out) as {
  disputes: Dispute[]; agreements?: Agreement[]; claims?: ClaimOut[] | Record<string, ClaimOut>; compared?: number; groups?: number;
};
const claims = new Map<string, ClaimOut>();
const list = Array.isArray(parsed.claims) ? parsed.claims : Object.values(parsed.claims ?? {});
for (const c of list) claims.set(c.id, c);

process.stdout.write(`${TOOL}: ${texts.length} articles of ${dir}, ingested in ${((t1 - t0) / 1000).toFixed(1)} s\n`);
// How much could be compared at all: a count of 0 disputes means little if nothing ever met.
let stored = '?';
try {
  const sum = JSON.parse(summary) as Record<string, unknown>;
  stored = Object.entries(sum).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${v}`).join(', ') || summary.trim().slice(0, 200);
} catch {
  stored = summary.trim().slice(0, 200) || '?';
}
process.stdout.write(`ingest summary: ${stored}\n`);
process.stdout.write(`comparable claims (a place and a figure or status): ${parsed.compared ?? '?'}; topics with two or more claims compared: ${parsed.groups ?? '?'}\n`);
process.stdout.write(`disputes: ${parsed.disputes.length}; agreements: ${parsed.agreements?.length ?? '?'}\n\n`);
const topicText = (t: unknown): string => {
  const o = t as { placeName?: string | null; from?: string | null; to?: string | null; what?: unknown } | null;
  return o && typeof o === 'object' ? `${o.placeName ?? '?'} ${o.from ?? '?'}..${o.to ?? '?'} ${JSON.stringify(o.what)}` : JSON.stringify(t);
};
const side = (s: Side): void => {
  process.stdout.write(`  ${s.position}\n`);
  for (const id of s.claims) {
    const c = claims.get(id);
    if (!c) {
      process.stdout.write(`    ${id}\n`);
      continue;
    }
    const places = (c.places ?? []).map((p) => `${p.text}→${p.name}`).join(', ');
    process.stdout.write(`    ${id} ${c.speaker ?? '?'} (${c.side ?? '?'}): ${c.content.slice(0, 220).replace(/\s+/g, ' ')}${places ? ` [${places}]` : ''}\n`);
  }
};
parsed.disputes.forEach((d, i) => {
  process.stdout.write(`Dispute ${i + 1} [${d.id}] ${d.kind ?? ''} ${topicText(d.topic)} ${d.explanation ?? ''}\n`);
  for (const s of d.sides) side(s);
  process.stdout.write('\n');
});
(parsed.agreements ?? []).forEach((a, i) => {
  process.stdout.write(`Agreement ${i + 1} [${a.id}] ${a.kind ?? ''} ${topicText(a.topic)}\n`);
  side(a.side);
  process.stdout.write('\n');
});
if (values.keep) process.stdout.write(`ledger kept: ${db}\n`);
else rmSync(tmp, { recursive: true, force: true });
