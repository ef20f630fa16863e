/**
 * CPU time of the calling thread, for measuring where ingest spends its time (bench:ingest, the
 * analysis pool's `stats`). On Linux it reads `/proc/thread-self/schedstat` (nanoseconds on CPU
 * of this very thread, whatever the other threads do); elsewhere it returns null and callers fall
 * back to wall-clock measures (event-loop utilisation).
 */
import { readFileSync } from 'node:fs';

let available: boolean | null = null;

/** Milliseconds this thread has spent on a CPU since it started, or null where the OS does not tell. */
export function threadCpuMs(): number | null {
  if (available === false) return null;
  try {
    const s = readFileSync('/proc/thread-self/schedstat', 'latin1');
    available = true;
    return Number(s.slice(0, s.indexOf(' '))) / 1e6;
  } catch {
    available = false;
    return null;
  }
}
