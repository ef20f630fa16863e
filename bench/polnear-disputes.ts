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
execFileSync(process.execPath, [bin, 'ingest', '--db', db, jsonl], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
const t1 = performance.now();
const out = execFileSync(process.execPath, [bin, 'disputes', '--db', db, '--json'], { maxBuffer: 1 << 30 }).toString('utf8');

interface Speaker { name: string | null; side: string | null }
interface Side { position: string; claims: string[]; speakers?: Speaker[] }
interface Dispute { id: string; kind?: string; topic: unknown; explanation?: string; sides: Side[] }
interface ClaimOut { id: string; speaker: string | null; side: string | null; content: string; documentId: string; places?: { name: string; text: string }[] }
const parsed = JSON.parse(out) as { disputes: Dispute[]; claims?: ClaimOut[] | Record<string, ClaimOut> };
const claims = new Map<string, ClaimOut>();
const list = Array.isArray(parsed.claims) ? parsed.claims : Object.values(parsed.claims ?? {});
for (const c of list) claims.set(c.id, c);

process.stdout.write(`${TOOL}: ${texts.length} articles of ${dir}, ingested in ${((t1 - t0) / 1000).toFixed(1)} s\n`);
process.stdout.write(`disputes: ${parsed.disputes.length}\n\n`);
parsed.disputes.forEach((d, i) => {
  process.stdout.write(`Dispute ${i + 1} [${d.id}] ${d.kind ?? ''} ${d.explanation ?? JSON.stringify(d.topic)}\n`);
  for (const s of d.sides) {
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
  }
  process.stdout.write('\n');
});
if (values.keep) process.stdout.write(`ledger kept: ${db}\n`);
else rmSync(tmp, { recursive: true, force: true });
