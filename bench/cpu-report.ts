/**
 * Preloaded into a benchmark's child process (`node --import dist/bench/cpu-report.js …`): at exit
 * it writes one line `SITREP_CPU {"user":µs,"system":µs,"maxRSS":KiB}` to stderr, the process's
 * own CPU time from its start (startup, module loading, reading, analysis and writing, all threads).
 * Read by bench/child.ts (`runMeasured`); never loaded by sitrep itself.
 */
import { writeSync } from 'node:fs';
import { CPU_TAG } from './cpu-tag.js';

process.on('exit', () => {
  const u = process.cpuUsage();
  writeSync(2, `\n${CPU_TAG} ${JSON.stringify({ user: u.user, system: u.system, maxRSS: process.resourceUsage().maxRSS })}\n`);
});
