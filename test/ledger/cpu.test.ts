/**
 * The thread CPU clock of bench:ingest and the pool's stats: it must resolve intervals far below
 * a scheduler tick (a plain read of /proc/thread-self/schedstat lags by up to a tick, so most
 * half-millisecond intervals read as zero), and a thread's clock must not count other threads.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { threadCpuMs } from '../../src/ledger/cpu.js';

const linux = existsSync('/proc/thread-self/schedstat');

/** Spins for `ms` of wall time. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  if (x < 0) throw new Error('unreachable');
}

describe('threadCpuMs', { skip: linux ? false : 'no /proc/thread-self/schedstat here' }, () => {
  it('resolves half-millisecond intervals (not only scheduler ticks)', () => {
    const readings: number[] = [];
    const walls: number[] = [];
    for (let i = 0; i < 100; i++) {
      const w = performance.now();
      const a = threadCpuMs()!;
      spin(0.5);
      readings.push(threadCpuMs()! - a);
      walls.push(performance.now() - w);
    }
    const nonZero = readings.filter((r) => r > 0.05).length;
    assert.ok(nonZero >= 80, `only ${nonZero} of 100 half-millisecond intervals were measured: ${readings.slice(0, 20).map((r) => r.toFixed(2)).join(' ')}`);
    // CPU time never exceeds the wall time around it (plus the cost of reading the clock). On a
    // loaded machine a preempted thread can still see an odd reading catch up a tick: a few such
    // readings of 100 are allowed, a clock that lags by a tick as a rule is not.
    const over = readings.map((r, i) => ({ r, wall: walls[i]! })).filter(({ r, wall }) => r > wall + 0.5);
    assert.ok(over.length <= 5, `${over.length} of 100 intervals read more CPU than wall time: ${over.slice(0, 5).map(({ r, wall }) => `${r.toFixed(2)} ms CPU in ${wall.toFixed(2)} ms`).join(', ')}`);
  });

  it('counts the calling thread only', async () => {
    const a = threadCpuMs()!;
    // Another thread spins for 200 ms while this one waits.
    await new Promise<void>((resolve, reject) => {
      const w = new Worker('const end = Date.now() + 200; let x = 0; while (Date.now() < end) x++;', { eval: true });
      w.on('exit', () => resolve());
      w.on('error', reject);
    });
    const mine = threadCpuMs()! - a;
    assert.ok(mine < 150, `this thread was charged ${mine} ms for another thread's 200 ms`);
  });
});
