/** JSON export: a streamed array of claim records (one per line, so large exports stay in memory bounds). */
import type { ClaimRecord } from '../store/types.js';

/** Writes `claims` as a JSON array through `write`. Returns how many claims were written. */
export async function writeJsonArray(claims: AsyncIterable<ClaimRecord>, write: (s: string) => Promise<void> | void): Promise<number> {
  let n = 0;
  await write('[');
  for await (const c of claims) {
    await write((n ? ',\n  ' : '\n  ') + JSON.stringify(c));
    n++;
  }
  await write(n ? '\n]\n' : ']\n');
  return n;
}
