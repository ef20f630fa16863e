/**
 * A small cache for the timeline and the places list, which aggregate every matching claim
 * (disputes have the ledger's own cache, keyed by the ledger's revision): keyed by route and
 * filters, valid while the ledger's revision is unchanged (any ingest or facts update, by this
 * server or by `sitrep ingest` on the same ledger, changes it). Identical requests that arrive while one
 * is being computed share its result.
 */
import type { Store } from '../store/types.js';

/** Most answers kept. */
const MAX_ENTRIES = 256;

export class Memo {
  private readonly entries = new Map<string, { version: string; value: Promise<unknown> }>();
  constructor(private readonly store: Store) {}

  /**
   * The ledger's version: the store's revision (last document and facts revision; two index
   * look-ups), not its counts, which PostgreSQL counts by reading every row.
   */
  private async version(): Promise<string> {
    return this.store.revision();
  }

  /** The cached value for `key`, or `compute()`'s (kept only when it succeeds). */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.version();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used last
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
