/**
 * The ledger layer: the one place that turns sources into a ledger and answers questions about it
 * (read → analyse → reprints → store → claim facts → compare → cached disputes). The CLI and the
 * server call it; it calls ingest, analyze, compare and the store. See docs/ARCHITECTURE.md.
 *
 * ```ts
 * const ledger = openLedger('sitrep.db');
 * const tally = await ingestEvents(ledger, readSources(['news/']), { analyser: new AnalysisPool({ size: 2 }) });
 * const report = await ledger.disputes({ place: 'Kupiansk' });
 * ```
 */
import { openStore, type SqliteStoreOptions } from '../store/index.js';
import { Ledger, type LedgerOptions } from './ledger.js';

export type * from './types.js';
export { Ledger, type CompareFn, type LedgerOptions } from './ledger.js';
export { DEFAULT_BULK_AFTER, ingestEvents, inlineAnalyser, emptyTally, skipRecord, Interrupted, type Analyser, type DocumentOutcome, type IngestRunOptions, type IngestTally } from './loop.js';
export { prepareDocument, placeKeys, outletOf, type AnalyzeFn, type FactsFn, type PreparedClaim, type PreparedDocument } from './prepare.js';
export { detectReprints, MAX_CANDIDATES, type ReprintOptions } from './reprints.js';
export { claimId, dayOf, deriveRows, factPlaces, foldKey, matchClaims, sha256, type DerivedClaim, type DerivedRows } from './rows.js';

/** Opens the ledger in the SQLite file `file` (created when missing unless read-only). */
export function openLedger(file: string, options: SqliteStoreOptions & LedgerOptions = {}): Ledger {
  const { readonly, resolvePlace, ...rest } = options;
  const storeOpts: SqliteStoreOptions = {};
  if (readonly !== undefined) storeOpts.readonly = readonly;
  if (resolvePlace !== undefined) storeOpts.resolvePlace = resolvePlace;
  return new Ledger(openStore(file, storeOpts), rest);
}
