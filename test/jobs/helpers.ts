/**
 * Helpers for the queue tests: the real binary as a child process, and the ledger facts that must
 * not depend on how many workers stored it (documents, reprint groups, disputes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Dispute } from '../../src/compare/types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (dist/test/jobs → three levels up). */
export const ROOT = join(here, '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'sitrep.js');
export const CORPUS = join(ROOT, 'examples', 'corpus', 'sources');

/** A running sitrep process with its output so far. */
export interface Proc {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `sitrep ARGS` (optionally prefixed, e.g. `ip netns exec NS`). */
export function start(args: string[], prefix: string[] = [], env: NodeJS.ProcessEnv = {}): Proc {
  const cmd = prefix.length ? prefix[0]! : process.execPath;
  const argv = prefix.length ? [...prefix.slice(1), process.execPath, BIN, ...args] : [BIN, ...args];
  const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, SITREP_DB: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const p: Proc = {
    child, stdout: '', stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout!.on('data', (b: Buffer) => (p.stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (p.stderr += b.toString()));
  return p;
}

/** Runs `sitrep ARGS` to its end; throws with its output when the exit code is not in `ok`. */
export async function run(args: string[], ok: number[] = [0], prefix: string[] = []): Promise<Proc> {
  const p = start(args, prefix);
  const { code } = await p.exit;
  if (code === null || !ok.includes(code)) throw new Error(`sitrep ${args.join(' ')} exited ${code}\n${p.stderr}\n${p.stdout}`);
  return p;
}

/** Resolves when `test` holds for the process's stderr, or rejects after `ms`. */
export async function waitFor(p: Proc, test: (stderr: string) => boolean, ms: number): Promise<void> {
  const t0 = Date.now();
  while (!test(p.stderr)) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting; stderr so far:\n${p.stderr}`);
    if (p.child.exitCode !== null) throw new Error(`the process ended first (${p.child.exitCode}):\n${p.stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Documents of a ledger: ids, and reprint groups (each original with every text carrying it, sorted). */
export async function ledgerShape(url: string): Promise<{ ids: string[]; groups: string[][]; carriers: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const rows = (await c.query('SELECT id, carrier_of FROM documents ORDER BY id')).rows as { id: string; carrier_of: string | null }[];
    const of = new Map(rows.map((r) => [r.id, r.carrier_of]));
    const root = (id: string): string => {
      for (let i = 0; i < 20; i++) {
        const next = of.get(id);
        if (!next) return id;
        id = next;
      }
      return id;
    };
    const groups = new Map<string, string[]>();
    for (const r of rows) {
      const k = root(r.id);
      groups.set(k, [...(groups.get(k) ?? []), r.id]);
    }
    return {
      ids: rows.map((r) => r.id),
      groups: [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)),
      carriers: rows.filter((r) => r.carrier_of !== null).length,
    };
  } finally {
    await c.end();
  }
}

/**
 * A dispute as the ledger holds it, independent of the order in which workers stored texts: its
 * topic and reason, and per side the claims (ids are document-hash + index, the same in any
 * ledger), speakers, outlets and the count of independent texts. The side's label is left out: it
 * quotes the cue words of its claims in the order they were stored ("struck", "shelling of").
 */
export function disputeKey(d: Dispute): string {
  const sides = d.sides.map((s) => JSON.stringify([[...s.claims].sort(), s.speakers.map((x) => x.name).sort(), [...s.sources].sort(), s.independentSources]))
    .sort();
  return JSON.stringify([d.topic.key, d.reason, sides]);
}
