#!/usr/bin/env node
/**
 * `npm run example`: ingest the bundled sample corpus (examples/corpus/sources/, fiction written for
 * sitrep) into a fresh temporary ledger and print where its sources disagree, then remove the
 * ledger. Runs the real CLI (bin/sitrep.js); extra arguments go to `sitrep disputes`
 * (e.g. `npm run example -- --agreements`). Set SITREP_EXAMPLE_DB=FILE to keep the ledger in FILE.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'sitrep.js');
const keep = process.env.SITREP_EXAMPLE_DB;
const dir = keep ? null : mkdtempSync(join(tmpdir(), 'sitrep-example-'));
const db = keep ?? join(dir, 'ledger.db');

/** Runs `sitrep ...args` with the terminal attached; returns its exit status. */
const run = (args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (r.error) throw r.error;
  return r.status ?? 1;
};

let code = 0;
try {
  code = run(['ingest', '--db', db, join('examples', 'corpus', 'sources')]);
  if (code === 0) code = run(['disputes', '--db', db, ...process.argv.slice(2)]);
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
