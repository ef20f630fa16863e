/**
 * A store seen through a ledger, for tests written against the store's old one-object surface:
 * every `Store` method, plus the ledger's `ingest`, `disputes`, `factsStale` and `refreshFacts`
 * (src/ledger/ledger.ts), which are the code every ingest path runs.
 */
import { Ledger, type LedgerOptions } from '../../src/ledger/ledger.js';
import type { Store } from '../../src/store/types.js';

/** A store with the ledger's ingest and disputes. */
export type LedgerStore<S extends Store = Store> = S & Pick<Ledger, 'ingest' | 'disputes' | 'factsStale' | 'refreshFacts'> & { ledger: Ledger };

/** `store` with a `Ledger` over it (options as `Ledger`'s). */
export function ledgerStore<S extends Store>(store: S, opts: LedgerOptions = {}): LedgerStore<S> {
  const ledger = new Ledger(store, opts);
  const extra: Record<string | symbol, unknown> = {
    ledger,
    ingest: ledger.ingest.bind(ledger),
    disputes: ledger.disputes.bind(ledger),
    factsStale: ledger.factsStale.bind(ledger),
    refreshFacts: ledger.refreshFacts.bind(ledger),
  };
  return new Proxy(store, {
    get(target, key) {
      if (key in extra) return extra[key];
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as LedgerStore<S>;
}
