/**
 * What bench/disputes.ts and bench/speaker-sides.ts share to run the real binary on the dispute gold and
 * read back what it stored: the repository's paths, `sitrep` as a child process, every listed claim
 * (paged through `sitrep claims --json`) and each stored document's key (its gold file, with the message
 * or record id of a Telegram export or a JSONL file).
 */
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/store/types.js';

/** The repository root (two levels up from dist/bench/). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** bench/gold/disputes. */
export const GOLD = join(ROOT, 'bench', 'gold', 'disputes');
/** The real binary. */
export const BIN = join(ROOT, 'bin', 'sitrep.js');

/** A function that runs bin/sitrep.js with its arguments and returns its stdout; on failure it prints `label` and the child's stderr, and exits. */
export function sitrepRunner(label: string): (argv: string[]) => string {
  return (argv) => {
    const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.error) throw r.error;
    if (r.status !== 0) {
      process.stderr.write(`${label}: sitrep ${argv[0]} failed (exit ${r.status}):\n${r.stderr}\n`);
      process.exit(1);
    }
    return r.stdout;
  };
}

/** A claim as `sitrep claims --json` lists it (the fields the benches read). */
export type ListedClaim = { id: string; documentId: string; speaker: string | null; side?: string | null; content: string };

/** Every claim of the ledger `db`, through `sitrep claims --json` in pages of 1000. */
export function allClaims(sitrep: (argv: string[]) => string, db: string): ListedClaim[] {
  const out: ListedClaim[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = JSON.parse(sitrep(['claims', '--db', db, '--json', '--limit', '1000', '--offset', String(offset)])) as { items: ListedClaim[] };
    out.push(...page.items);
    if (page.items.length < 1000) return out;
  }
}

/** A stored document's key: its input path relative to bench/gold/disputes, with `#messageId` (Telegram) or `#recordId` (JSONL). */
export function docKey(d: { source: string | null; meta: Record<string, unknown> }): string {
  const m = d.meta as { input?: string; format?: string; messageId?: number; recordId?: string };
  const path = relative(GOLD, resolve(ROOT, m.input ?? d.source ?? '')).split('\\').join('/');
  if (m.format === 'telegram') return `${path}#${m.messageId}`;
  if (m.format === 'jsonl') return `${path}#${m.recordId}`;
  return path;
}

/** Document id → `docKey` for the first `limit` documents of `store` (every document when `limit` is omitted), read in pages of 1000. */
export async function documentKeys(store: Store, limit = Infinity): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let cursor: string | null = null; out.size < limit; ) {
    const page = await store.documents({ limit: Math.min(1000, limit - out.size), ...(cursor ? { cursor } : {}) });
    for (const d of page.items) out.set(d.id, docKey(d));
    cursor = page.next;
    if (!cursor) break;
  }
  return out;
}
