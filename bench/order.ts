/**
 * Does the ledger depend on the order documents are ingested in? `node dist/bench/order.js [--split dev]`
 *
 * Ingests the folders of a disputes split (bench/gold/disputes/<split>, every incident folder, as
 * `bench:disputes` ingests the whole split) into fresh SQLite ledgers through the real binary, once
 * per order: folder names forward, reversed, and shuffled with a fixed seed. Then compares, order
 * against forward, what an analyst reads: the disputes and agreements (`sitrep disputes --json
 * --agreements`), each normalised to document paths and claim indexes (ids are content hashes, so
 * equal anyway; paths make the diff readable), and the reprint links (`carrierOf` per document).
 * Prints the differences and exits 1 when there are any. Reads no gold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';
import { rng } from './rng.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const GOLD = join(ROOT, 'bench', 'gold', 'disputes');
const BIN = join(ROOT, 'bin', 'sitrep.js');

const { values: args } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, orders: { type: 'string', default: 'forward,reverse,shuffled' } } });
if (args.split !== 'dev') {
  process.stderr.write('bench:order: only --split dev (tuning is on dev only)\n');
  process.exit(2);
}

function sitrep(argv: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`sitrep ${argv[0]} failed (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
}

interface Side { position: string; claims: string[] }
interface Report {
  disputes: { id: string; kind?: string; topic: { placeName: string | null; from: string | null; to: string | null }; sides: Side[] }[];
  agreements: { id: string; topic: { placeName: string | null; from: string | null; to: string | null }; side: Side }[];
  claims: Record<string, { documentId: string; index: number; speaker: string | null }>;
}

/** The ledger of one order, normalised: disputes and agreements as text lines, reprint links by path. */
async function ledgerOf(folders: string[]): Promise<{ disputes: string[]; links: Map<string, string> }> {
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-order-'));
  const db = join(tmp, 'ledger.db');
  try {
    sitrep(['ingest', '--db', db, '--json', '--quiet', ...folders]);
    const report = JSON.parse(sitrep(['disputes', '--db', db, '--json', '--agreements'])) as Report;
    const store = openStore(db);
    const pathOf = new Map<string, string>();
    const links = new Map<string, string>();
    try {
      const docs: Awaited<ReturnType<typeof store.documents>>['items'] = [];
      for (let cursor: string | null | undefined; ;) {
        const page = await store.documents(cursor ? { limit: 1000, cursor } : { limit: 1000 });
        docs.push(...page.items);
        if (!page.next) break;
        cursor = page.next;
      }
      for (const d of docs) {
        const m = d.meta as { input?: string; messageId?: number; recordId?: string };
        const p = relative(GOLD, resolve(ROOT, m.input ?? d.source ?? '')).split('\\').join('/');
        pathOf.set(d.id, m.messageId !== undefined ? `${p}#${m.messageId}` : m.recordId !== undefined ? `${p}#${m.recordId}` : p);
      }
      for (const d of docs) if (d.carrierOf) links.set(pathOf.get(d.id)!, `${d.duplicate} of ${pathOf.get(d.carrierOf) ?? d.carrierOf}`);
    } finally {
      await store.close();
    }
    const claim = (id: string): string => {
      const c = report.claims[id];
      return c ? `${pathOf.get(c.documentId) ?? c.documentId}#${c.index} (${c.speaker ?? '-'})` : id;
    };
    const side = (s: Side): string => `${s.position}: ${s.claims.map(claim).sort().join(' + ')}`;
    const topic = (t: Report['disputes'][number]['topic']): string => `${t.placeName ?? '-'} ${t.from ?? '-'}..${t.to ?? '-'}`;
    const disputes = [
      ...report.disputes.map((d) => `dispute ${d.kind ?? '-'} ${topic(d.topic)} | ${d.sides.map(side).sort().join(' | ')}`),
      ...report.agreements.map((a) => `agreement ${topic(a.topic)} | ${side(a.side)}`),
    ].sort();
    return { disputes, links };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const dir = join(GOLD, args.split!);
const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const shuffle = (xs: string[], seed: number): string[] => {
  const r = rng(seed);
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};
const orders: Record<string, string[]> = { forward: names, reverse: [...names].reverse(), shuffled: shuffle(names, 11) };
const wanted = args.orders!.split(',').map((s) => s.trim());
const base = await ledgerOf(orders.forward!.map((n) => join(dir, n)));
process.stdout.write(`forward: ${base.disputes.filter((d) => d.startsWith('dispute')).length} disputes, ${base.links.size} reprint links\n`);
let differ = false;
for (const name of wanted) {
  if (name === 'forward') continue;
  const o = await ledgerOf(orders[name]!.map((n) => join(dir, n)));
  const a = new Set(base.disputes);
  const b = new Set(o.disputes);
  const lost = base.disputes.filter((d) => !b.has(d));
  const gained = o.disputes.filter((d) => !a.has(d));
  const linkDiff: string[] = [];
  for (const k of new Set([...base.links.keys(), ...o.links.keys()])) {
    if (base.links.get(k) !== o.links.get(k)) linkDiff.push(`${k}: ${base.links.get(k) ?? 'original'} → ${o.links.get(k) ?? 'original'}`);
  }
  process.stdout.write(`${name}: ${o.disputes.filter((d) => d.startsWith('dispute')).length} disputes, ${o.links.size} reprint links; ` +
    `${lost.length} only in forward, ${gained.length} only in ${name}, ${linkDiff.length} links differ\n`);
  for (const d of lost) process.stdout.write(`  - ${d}\n`);
  for (const d of gained) process.stdout.write(`  + ${d}\n`);
  for (const l of linkDiff.sort()) process.stdout.write(`  link ${l}\n`);
  if (lost.length || gained.length || linkDiff.length) differ = true;
}
process.exit(differ ? 1 : 0);
