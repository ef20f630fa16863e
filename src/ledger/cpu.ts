/**
 * CPU time of the calling thread, for measuring where ingest spends its time (bench:ingest, the
 * analysis pool's `stats`). On Linux it reads `/proc/thread-self/schedstat` (nanoseconds on CPU
 * of this very thread, whatever the other threads do); elsewhere it returns null and callers fall
 * back to wall-clock measures (event-loop utilisation).
 *
 * Precision: the kernel brings a running thread's total up to date only at a scheduler tick or a
 * context switch, so a plain read lags by up to a tick (4 ms at 250 Hz): short intervals (one
 * document's analysis) read as zero or as a whole tick, and the time between a task's last tick
 * and its end moves to whatever the thread does next. `getrusage(RUSAGE_SELF)` (Node's
 * `process.cpuUsage()`) updates the calling thread's total first (the kernel's
 * `thread_group_cputime` runs `task_sched_runtime(current)`), so each read here does that first
 * and is then exact to the microsecond. The file stays open (one `pread` per call, about 4 µs in
 * all, against about 40 µs for opening it each time); `/proc/thread-self` is resolved when it is
 * opened, so each thread opens its own (module state is per thread).
 */
import { closeSync, openSync, readSync } from 'node:fs';

let fd: number | null = null;
let available: boolean | null = null;
const buf = Buffer.alloc(128);

/** Milliseconds this thread has spent on a CPU since it started, or null where the OS does not tell. */
export function threadCpuMs(): number | null {
  if (available === false) return null;
  try {
    if (fd === null) fd = openSync('/proc/thread-self/schedstat', 'r');
    process.cpuUsage(); // brings this thread's total up to date (see above)
    const n = readSync(fd, buf, 0, buf.length, 0);
    const s = buf.toString('latin1', 0, n);
    const ns = Number(s.slice(0, s.indexOf(' ')));
    if (!Number.isFinite(ns)) throw new Error('unreadable schedstat');
    available = true;
    return ns / 1e6;
  } catch {
    available = false;
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      fd = null;
    }
    return null;
  }
}
