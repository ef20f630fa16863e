/**
 * Access to the data files in `data/` (compiled into `src/generated/data.ts` at build time).
 * Every data file is UTF-8 text; lines starting with `#` are comments, blank lines are ignored,
 * columns are separated by tabs.
 */
import { DATA_FILES } from '../generated/data.js';

/** Rows of a tab-separated data file, without comments and blank lines. Throws if missing. */
export function table(name: string): string[][] {
  const raw = DATA_FILES[name];
  if (raw === undefined) throw new Error(`sitrep: data file data/${name} is missing from the build`);
  const rows: string[][] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.trim() === '') continue;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

/** The first column of every row of a data file, as a set (lower-cased when `lower`). */
export function wordSet(name: string, lower = true): Set<string> {
  const s = new Set<string>();
  for (const r of table(name)) s.add(lower ? r[0]!.toLowerCase() : r[0]!);
  return s;
}

/** A map from the first column to the second of a data file. */
export function pairMap(name: string, lower = true): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of table(name)) m.set(lower ? r[0]!.toLowerCase() : r[0]!, r[1] ?? '');
  return m;
}

/** The first column of a data file grouped by its second (a class), lower-cased: class → words. */
export function wordClasses(name: string): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const [word, cls] of table(name)) {
    if (!word || !cls) continue;
    const set = m.get(cls) ?? new Set<string>();
    set.add(word.toLowerCase());
    m.set(cls, set);
  }
  return m;
}

/** Names of all bundled data files. */
export function dataFileNames(): string[] {
  return Object.keys(DATA_FILES).sort();
}
