/**
 * Whole-corpus ingest of the shared Russian Telegram corpus (see bench/README.md).
 *
 *   npm run bench:ru-corpus -- [--limit N] [--jobs N] [--db FILE] [--keep] [--sample N --seed S]
 *
 * Converts ../shared/corpora/ru-telegram-2024/posts.jsonl (CC BY 4.0, NKTKLN; read in place, never
 * copied into the repo) to sitrep's JSON Lines input: `id`, `text` (as exported), `published`,
 * `source`, `url`, and the channel as the post's author (`author` = channel name, `authorType`
 * 'channel', so a channel's own posts are its claims); the dataset's automatic `category` label is
 * dropped. Then runs the real binary, `sitrep ingest --json`, into a fresh SQLite ledger under
 * /usr/bin/time (wall time, peak resident memory of the whole process), and reports documents,
 * reprints, claims (attributed and own-voice), claims per language, places, quantities and
 * disputes (`sitrep disputes --json`). `--sample N` prints N claims drawn at random (seeded) with
 * their post, for the hand check of docs/ru-corpus-check.md.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { rng } from './rng.js';

const TOOL = 'bench:ru-corpus';
const { values: args } = parseArgs({
  options: {
    limit: { type: 'string' },
    jobs: { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    sample: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write([
    'npm run bench:ru-corpus -- [options]',
    '  --limit N   only the first N posts (default: all)',
    '  --jobs N    analysis worker threads (passed to sitrep ingest; default: its own)',
    '  --db FILE   ingest into FILE (must not exist) instead of a temporary ledger; implies --keep',
    '  --keep      keep the temporary folder (ledger and JSON Lines)',
    '  --sample N  print N random claims with their posts (for a hand check)',
    '  --seed S    seed of the sample (default 20241205)',
    '  (with --db FILE of an existing ledger and --sample: only the sample is printed)',
    '',
  ].join('\n'));
  process.exit(0);
}

const log = (s: string): void => void process.stdout.write(s + '\n');
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const corpus = resolve(root, '../shared/corpora/ru-telegram-2024/posts.jsonl');
const limit = args.limit ? Number(args.limit) : Infinity;
const bin = join(root, 'bin/sitrep.js');

interface Post { id: string; text: string; published?: string; source?: string; url?: string }

async function convert(to: string): Promise<{ posts: number; chars: number; words: number }> {
  const lines: string[] = [];
  let chars = 0, words = 0;
  const rl = createInterface({ input: createReadStream(corpus, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (lines.length >= limit) break;
    const p = JSON.parse(line) as Post;
    chars += p.text.length;
    words += (p.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    lines.push(JSON.stringify({ id: p.id, text: p.text, published: p.published, source: p.source, url: p.url, author: p.source, authorType: 'channel' }));
  }
  writeFileSync(to, lines.join('\n') + '\n');
  return { posts: lines.length, chars, words };
}

function sitrep(argv: string[], timed = false): { stdout: string; stderr: string; status: number | null; wall?: number; maxKb?: number } {
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const a = timed ? ['-f', 'TIME %e %M', process.execPath, bin, ...argv] : [bin, ...argv];
  const r = spawnSync(cmd, a, { encoding: 'utf8', maxBuffer: 1 << 30 });
  let wall: number | undefined, maxKb: number | undefined;
  const m = /TIME ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (m) { wall = Number(m[1]); maxKb = Number(m[2]); }
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, wall, maxKb };
}

function sample(db: string, n: number, seed: number): void {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare(`SELECT c.rowid AS rowid, c.id, c.kind, c.speaker, c.cue, c.content, c.start, c.end, c.idx, d.id AS doc, d.text AS text, d.analysis AS analysis
    FROM claims c JOIN documents d ON d.rowid = c.document_rowid ORDER BY c.rowid`).all() as Record<string, unknown>[];
  const r = rng(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(n, rows.length)) picked.add(Math.floor(r() * rows.length));
  let k = 0;
  for (const i of [...picked].sort((a, b) => a - b)) {
    const row = rows[i]!;
    const an = JSON.parse(row.analysis as string) as { claims: { speaker: { text: string; name: string | null } | null; cue: { text: string } | null; content: { start: number; end: number }[]; why: { stage: string; rule: string } }[] };
    const c = an.claims[row.idx as number];
    const text = row.text as string;
    log(`\n=== #${++k} claim ${row.id as string} (doc ${row.doc as string}, claim ${row.idx as number}) kind=${row.kind as string} why=${c?.why.stage}/${c?.why.rule}`);
    log(`speaker: ${c?.speaker ? `"${c.speaker.text}" → ${c.speaker.name}` : '-'} | cue: ${c?.cue ? `"${c.cue.text}"` : '-'}`);
    log(`content: ${(c?.content ?? []).map((f) => `[${text.slice(f.start, f.end)}]`).join(' … ')}`);
    log(`--- post:\n${text.length > 2500 ? text.slice(0, 2500) + ' […]' : text}`);
  }
  d.close();
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    log(`${TOOL}: skipped: ${corpus} is absent (the shared Russian Telegram corpus; see bench/README.md)`);
    return;
  }
  const seed = args.seed ? Number(args.seed) : 20241205;
  if (args.db && existsSync(args.db)) {
    if (!args.sample) { log(`${TOOL}: ${args.db} exists; pass --sample N to sample it, or another --db`); process.exitCode = 2; return; }
    sample(args.db, Number(args.sample), seed);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ru-corpus-'));
  const jsonl = join(dir, 'posts.jsonl');
  const db = args.db ?? join(dir, 'ledger.sqlite');
  const keep = args.keep || !!args.db;
  try {
    const conv = await convert(jsonl);
    log(`${TOOL}: ${conv.posts} posts, ${conv.chars} characters, ${conv.words} words → ${jsonl}`);
    const ingestArgs = ['ingest', '--db', db, '--json', '--quiet', ...(args.jobs ? ['--jobs', args.jobs] : []), jsonl];
    const ing = sitrep(ingestArgs, true);
    if (ing.status !== 0 && ing.status !== 1) {
      log(`${TOOL}: sitrep ingest failed (exit ${ing.status}):\n${ing.stderr.slice(0, 4000)}`);
      process.exitCode = 1;
      return;
    }
    let summary: unknown = null;
    try { summary = JSON.parse(ing.stdout); } catch { summary = ing.stdout.slice(0, 2000); }
    const d = new Database(db, { readonly: true });
    const one = (sql: string): number => Number((d.prepare(sql).pluck().get() as number | null) ?? 0);
    const counts = {
      documents: one('SELECT count(*) FROM documents'),
      reprints: one('SELECT count(*) FROM documents WHERE carrier_of IS NOT NULL'),
      claims: one('SELECT count(*) FROM claims'),
      ownVoiceClaims: one(`SELECT count(*) FROM documents d, json_each(d.analysis, '$.claims') c WHERE json_extract(c.value, '$.why.stage') = 'author'`),
      documentsWithClaims: one('SELECT count(*) FROM documents WHERE claim_count > 0'),
      places: one('SELECT count(*) FROM places'),
      claimPlaces: one('SELECT count(*) FROM claim_places'),
      quantities: one('SELECT count(*) FROM quantities'),
      skips: one('SELECT count(*) FROM skips'),
    };
    const langs = d.prepare(`SELECT coalesce(json_extract(analysis, '$.lang'), lang, '?') AS lang, count(*) AS n FROM documents GROUP BY 1 ORDER BY 2 DESC`).all();
    d.close();
    const t0 = performance.now();
    const dis = sitrep(['disputes', '--db', db, '--json']);
    const disMs = performance.now() - t0;
    let disputes: number | string = '?', agreementsNote = '';
    try {
      const j = JSON.parse(dis.stdout) as { disputes?: unknown[]; items?: unknown[] };
      disputes = (j.disputes ?? j.items ?? []).length;
    } catch { agreementsNote = ` (disputes output unreadable: exit ${dis.status} ${dis.stderr.slice(0, 300)})`; }
    const dbMb = statSync(db).size / 1048576;
    log(`${TOOL}: ingest exit ${ing.status}, wall ${ing.wall?.toFixed(1)} s, peak RSS ${((ing.maxKb ?? 0) / 1024).toFixed(0)} MiB, ` +
      `${(conv.posts / (ing.wall ?? 1)).toFixed(1)} posts/s, ${(conv.words / (ing.wall ?? 1)).toFixed(0)} words/s (whole ingest, analysis + store)`);
    log(`${TOOL}: ${JSON.stringify(counts)}`);
    log(`${TOOL}: documents by language ${JSON.stringify(langs)}`);
    log(`${TOOL}: disputes ${disputes}${agreementsNote} (sitrep disputes: ${(disMs / 1000).toFixed(1)} s); database ${dbMb.toFixed(0)} MB`);
    log(`${TOOL}: ingest summary ${typeof summary === 'string' ? summary : JSON.stringify(summary)}`);
    if (args.sample) sample(db, Number(args.sample), seed);
    if (keep) log(`${TOOL}: kept ${dir} (ledger ${db})`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
