/**
 * The server's cache of answers: keyed by route and filters, valid while the ledger's revision is
 * unchanged (any ingest or facts update, by this server or by `sitrep ingest` on the same ledger,
 * changes it; disputes have the ledger's own cache). It keeps values (`get`) and whole JSON bodies
 * (`json`: UTF-8 bytes, so a repeated request is answered without a query and without serialising
 * or encoding the answer again). Identical requests that arrive while one is being computed share its result. Bounded by
 * entries and by the bytes of the bodies it keeps; least recently used first out.
 */
import type { Store } from '../store/types.js';

/** Most answers kept. */
const MAX_ENTRIES = 4096;
/** Most bytes of JSON bodies kept in all. */
const MAX_BYTES = 64 * 1024 * 1024;
/** A body longer than this is answered but not kept (a document view of a very long text). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

interface Entry {
  version: string;
  value: Promise<unknown>;
  /** Bytes of a kept JSON body (0 for values and bodies not yet computed). */
  bytes: number;
}

export class Memo {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** The revision of the last request: when it changes, answers of other revisions can never be served. */
  private latest = '';
  constructor(private readonly store: Store) {}

  /**
   * The ledger's version: the store's revision (last document and facts revision; two index
   * look-ups, concurrent reads shared), not its counts, which PostgreSQL counts by reading every row.
   */
  private async version(): Promise<string> {
    return this.store.revision();
  }

  /** The cached value for `key`, or `compute()`'s (kept only when it succeeds). */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.entry(key, await this.version(), compute).value as Promise<T>;
  }

  /**
   * `compute()`'s answer as a JSON body in UTF-8, cached for `key` like `get` (the body, not the
   * value, is kept: a hit costs neither a query nor `JSON.stringify` nor encoding). Callers must
   * not change the bytes.
   */
  async json(key: string, compute: () => Promise<unknown>): Promise<Uint8Array<ArrayBuffer>> {
    const version = await this.version();
    const e = this.entry(key, version, async () => Buffer.from(JSON.stringify(await compute()), 'utf8'));
    const body = (await e.value) as Uint8Array<ArrayBuffer>;
    if (e.bytes === 0 && this.entries.get(key) === e) {
      if (body.byteLength > MAX_BODY_BYTES) this.drop(key);
      else {
        e.bytes = body.byteLength;
        this.bytes += body.byteLength;
        this.trim();
      }
    }
    return body;
  }

  /** The entry of `key` at `version`: the kept one (now most recently used), else a new one. */
  private entry(key: string, version: string, compute: () => Promise<unknown>): Entry {
    if (version !== this.latest) {
      // a new revision: drop the answers of the others, which would only crowd the bounds
      for (const [k, e] of this.entries) if (e.version !== version) this.drop(k);
      this.latest = version;
    }
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used last
      return hit;
    }
    if (hit) this.drop(key);
    const e: Entry = { version, value: compute(), bytes: 0 };
    this.entries.set(key, e);
    e.value.catch(() => this.entries.get(key) === e && this.drop(key));
    this.trim();
    return e;
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.bytes;
    this.entries.delete(key);
  }

  /** Drops the least recently used entries past the bounds. */
  private trim(): void {
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_BYTES) this.drop(this.entries.keys().next().value!);
  }
}
