/**
 * Helpers for the CLI tests: run the real `bin/sitrep.js` in a child process from the repository
 * root, make temporary input files, and check that every span of an analysis points back to its
 * exact characters. (No side effects on import: node's runner also loads this file.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

/** The repository root (the compiled tests run from dist/test/cli/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'sitrep.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node [...nodeArgs] bin/sitrep.js ...args` from the repo root with optional stdin and extra env. */
export function sitrep(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string | undefined>; nodeArgs?: string[] } = {},
): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, SITREP_DEBUG: undefined, NO_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: ROOT, input: opts.input ?? '', env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory; `cleanup()` removes it. */
export function tempDir(): { dir: string; file(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  return {
    dir,
    file(name, content) {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when a message has a stack trace in it. */
export const hasStack = (s: string): boolean => /\n\s+at .+:\d+/.test(s);

/**
 * Walks an analysis and checks every span: `0 <= start <= end <= text.length`, and, where the
 * span carries `text`, that it equals `text.slice(start, end)`. Returns how many spans were checked.
 */
export function checkSpans(text: string, value: unknown, path = '$'): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    value.forEach((v, i) => (n += checkSpans(text, v, `${path}[${i}]`)));
    return n;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    assert.ok(o.start >= 0 && o.start <= o.end && o.end <= text.length, `${path}: bad range [${o.start}, ${o.end})`);
    if (typeof o.text === 'string') assert.equal(o.text, text.slice(o.start, o.end), `${path}: text differs from text.slice(start, end)`);
    n++;
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'text') n += checkSpans(text, v, `${path}.${k}`);
  return n;
}
