/**
 * The layer rules: src/store/ keeps and answers, it does not import the ingest or
 * compare layers (reprint decisions and claim facts are the ledger's; signatures' shared parts are
 * in src/util/minhash.ts); src/analyze/ and src/lexicon/ do not import compare. Reads the TypeScript
 * sources' import lines.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const STORE = fileURLToPath(new URL('../../../src/store/', import.meta.url)); // dist/test/unit → the checkout

/** The module paths a TypeScript file imports or re-exports from. */
export function importedPaths(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]!);
}

test('importedPaths: import, type import, re-export; not a string in code', () => {
  assert.deepEqual(importedPaths("import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from '../../c.js';\nconst s = 'from x';\n"),
    ['./a.js', '../b.js', '../../c.js']);
});

test('no file under src/store imports the ingest or compare layer', () => {
  const files = readdirSync(STORE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 10, `store sources found: ${files.length}`);
  const bad: string[] = [];
  for (const f of files) {
    for (const p of importedPaths(readFileSync(join(STORE, f), 'utf8'))) if (/(^|\/)(ingest|compare)\//.test(p)) bad.push(`${f}: ${p}`);
  }
  assert.deepEqual(bad, []);
});

test('no file under src/analyze or src/lexicon imports the compare layer (sides are src/lexicon/sides.ts)', () => {
  const bad: string[] = [];
  for (const dir of ['analyze', 'lexicon']) {
    const root = fileURLToPath(new URL(`../../../src/${dir}/`, import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 3, `${dir} sources found: ${files.length}`);
    for (const f of files) {
      for (const p of importedPaths(readFileSync(join(root, f), 'utf8'))) if (/(^|\/)compare\//.test(p)) bad.push(`${dir}/${f}: ${p}`);
    }
  }
  assert.deepEqual(bad, []);
});
