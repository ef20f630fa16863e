/**
 * One way for the benchmarks to run a child Node process and measure it: wall time, and the CPU
 * time and peak memory the child reports of itself at exit through the preload bench/cpu-report.ts
 * (a line `SITREP_CPU {"user":µs,"system":µs,"maxRSS":KiB}` on its stderr). Used by
 * bench/same-output.ts and bench/ruuk-speed.ts.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { CPU_TAG } from './cpu-tag.js';

export { CPU_TAG };
const CPU_LINE = new RegExp(`${CPU_TAG} (\\{.*\\})`);

/** A child's own CPU time (µs, user and system, all threads) and peak resident memory (KiB). */
export interface CpuReport { user: number; system: number; maxRSS: number }

/** The CPU report in a child's stderr and the stderr without it; null when there is none. */
export function parseCpuReport(stderr: string): { report: CpuReport; rest: string } | null {
  const m = CPU_LINE.exec(stderr);
  if (!m) return null;
  return { report: JSON.parse(m[1]!) as CpuReport, rest: stderr.replace(m[0], '').trim() };
}

/** What a measured child did. */
export interface ChildRun {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  /** Its stdout (empty when written to `stdoutFile`). */
  stdout: string;
  /** Its stderr, the CPU report line taken out. */
  stderr: string;
  /** Wall time in seconds, from spawn to close. */
  wall: number;
  /** Its CPU report, or null when it wrote none (it crashed before exit handlers ran). */
  cpu: CpuReport | null;
}

/**
 * Runs `node --import <root>/dist/bench/cpu-report.js ...argv` and resolves when it closes (never
 * rejects on an exit code: the caller decides). `stdoutFile`: stream stdout there instead of
 * collecting it. Rejects only when the process cannot be started.
 */
export function runMeasured(root: string, argv: readonly string[], opts: { stdoutFile?: string } = {}): Promise<ChildRun> {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, ['--import', join(root, 'dist', 'bench', 'cpu-report.js'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    if (opts.stdoutFile) p.stdout.pipe(createWriteStream(opts.stdoutFile));
    else p.stdout.on('data', (b: Buffer) => out.push(b));
    let err = '';
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('error', rej);
    p.on('close', (code) => {
      const wall = (performance.now() - t0) / 1000;
      const parsed = parseCpuReport(err);
      res({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: parsed ? parsed.rest : err, wall, cpu: parsed?.report ?? null });
    });
  });
}

/** CPU seconds of a report (user + system). */
export const cpuSeconds = (r: CpuReport): number => (r.user + r.system) / 1e6;
