/**
 * The benchmarks' child-process helper (bench/child.ts): the CPU report line of
 * bench/cpu-report.ts is found and taken out of stderr, and a real child reports its CPU time.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { cpuSeconds, parseCpuReport, runMeasured } from '../../bench/child.js';

test('parseCpuReport: the report and the rest of stderr; null without a report', () => {
  const rows: [string, { report: { user: number; system: number; maxRSS: number }; rest: string } | null][] = [
    ['\nSITREP_CPU {"user":1500000,"system":500000,"maxRSS":81920}\n', { report: { user: 1500000, system: 500000, maxRSS: 81920 }, rest: '' }],
    ['warning: slow\n\nSITREP_CPU {"user":1,"system":2,"maxRSS":3}\n', { report: { user: 1, system: 2, maxRSS: 3 }, rest: 'warning: slow' }],
    ['Error: boom\n    at x.js:1', null],
    ['', null],
  ];
  for (const [err, want] of rows) assert.deepEqual(parseCpuReport(err), want, err);
  assert.equal(cpuSeconds({ user: 1_500_000, system: 500_000, maxRSS: 0 }), 2);
});

test('runMeasured: a child run with the preload gives its stdout, exit code and a CPU report', async () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url)); // dist/test/unit → the checkout
  const r = await runMeasured(root, ['-e', 'process.stdout.write("hello"); process.stderr.write("note"); process.exitCode = 3']);
  assert.equal(r.code, 3);
  assert.equal(r.stdout, 'hello');
  assert.equal(r.stderr, 'note');
  assert.ok(r.cpu && r.cpu.user > 0 && r.cpu.maxRSS > 0, JSON.stringify(r.cpu));
  assert.ok(r.wall > 0);
  // a child that cannot load the preload's folder still closes, with no report
  const bad = await runMeasured(join(root, 'no-such-folder'), ['-e', '0']);
  assert.notEqual(bad.code, 0);
  assert.equal(bad.cpu, null);
});
