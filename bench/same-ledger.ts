/**
 * Whether two SQLite ledgers hold the same rows (see bench/README.md, "bench:same-ledger").
 *
 *   node dist/bench/same-ledger.js A.db B.db
 *
 * For every table of either ledger (FTS5 shadow tables included, the FTS5 virtual tables
 * themselves left out: they read their content from `documents` and `claims`), an MD5 over its
 * rows in the order of all their columns, and its row count; the two ledgers' figures side by
 * side, and exit status 1 when any table differs. What a run of the same documents may change is
 * left out: `documents.ingested_at`, the analysis' `stats.ms` (the analyzer's own timing), and
 * `sqlite_stat1` (written by `PRAGMA optimize` as SQLite decides). Used to check that a change to
 * the writer stores the same ledger as the tree before it (issue 11).
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** Tables whose rows a rerun of the same documents may legitimately change. */
const SKIP = new Set(['sqlite_stat1', 'sqlite_stat4', 'sqlite_sequence']);

/** One row's canonical text: columns in order, BLOBs as hex, and what a rerun may change removed. */
function rowText(table: string, cols: string[], row: unknown[]): string {
  const out = row.map((v, i) => {
    const col = cols[i]!;
    if (table === 'documents' && col === 'ingested_at') return null;
    if (table === 'documents' && col === 'analysis' && v !== null) {
      const text = Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
      const a = JSON.parse(text) as { stats?: { ms?: number } };
      if (a.stats) delete a.stats.ms;
      return JSON.stringify(a);
    }
    return Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : v;
  });
  return JSON.stringify(out);
}

/** Per table: row count and MD5 of its rows in column order. */
export function ledgerDigest(file: string): Map<string, { rows: number; md5: string }> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
    const out = new Map<string, { rows: number; md5: string }>();
    for (const t of tables) {
      if (SKIP.has(t.name) || /^CREATE VIRTUAL TABLE/i.test(t.sql ?? '')) continue;
      const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.name) as string[]);
      const order = cols.map((_, i) => i + 1).join(', ');
      const h = createHash('md5');
      let rows = 0;
      for (const r of db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${order}`).raw().iterate() as Iterable<unknown[]>) {
        h.update(rowText(t.name, cols, r));
        h.update('\n');
        rows++;
      }
      out.set(t.name, { rows, md5: h.digest('hex') });
    }
    return out;
  } finally {
    db.close();
  }
}

function main(): void {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    process.stderr.write('usage: node dist/bench/same-ledger.js A.db B.db\n');
    process.exit(2);
  }
  const da = ledgerDigest(a);
  const db = ledgerDigest(b);
  let differ = 0;
  for (const name of [...new Set([...da.keys(), ...db.keys()])].sort()) {
    const x = da.get(name);
    const y = db.get(name);
    const same = x !== undefined && y !== undefined && x.md5 === y.md5 && x.rows === y.rows;
    if (!same) differ++;
    process.stdout.write(`${same ? 'same  ' : 'DIFFER'} ${name.padEnd(28)} ${String(x?.rows ?? '-').padStart(8)} ${String(y?.rows ?? '-').padStart(8)}${same ? '' : `  ${x?.md5 ?? '-'} ${y?.md5 ?? '-'}`}\n`);
  }
  process.stdout.write(differ ? `${differ} table(s) differ\n` : 'every table the same\n');
  process.exit(differ ? 1 : 0);
}

main();
