/**
 * The per-document budget: how long reading or analysing one document may take, and how much
 * memory an analysis worker may use, before the document is skipped (`E_BUDGET`) and the run goes
 * on. Two layers: `analyze()` and the claim facts check their own cooperative budget
 * (src/analyze/budget.ts, `--budget`) and stop with a clean `E_BUDGET` naming the stage; the pool
 * below enforces a hard limit, twice that and more, by terminating the worker, for what the
 * cooperative checks cannot reach (a library call that never returns, memory).
 */
import { DEFAULT_BUDGET as ANALYZE_DEFAULT, type BudgetOptions } from '../analyze/budget.js';
import { ErrorCode, SitrepError } from '../errors.js';

/** Time budget of one document: `floorMs` plus `perMillionMs` per million characters (or bytes, for reading). */
export interface Budget {
  floorMs: number;
  perMillionMs: number;
  /** Heap limit of one analysis worker (V8 old generation), MB. */
  memoryMb: number;
}

/**
 * The hard limit that goes with a cooperative budget: twice its time plus 10 s, so a document the
 * analyzer can stop itself is always stopped cleanly first; 1.5 GB of heap per worker. With the
 * analyzer's default (10 s + 30 s/MB) that is 30 s + 60 s per million characters.
 */
export function hardBudget(coop: BudgetOptions | false | undefined, memoryMb = 1536): Budget {
  const c = coop === false || coop === undefined ? ANALYZE_DEFAULT : { ...ANALYZE_DEFAULT, ...coop };
  return { floorMs: (2 * c.floorSeconds + 10) * 1000, perMillionMs: 2 * c.secondsPerMb * 1000, memoryMb };
}

/** The default hard budget (see `hardBudget`). */
export const DEFAULT_BUDGET: Budget = hardBudget(undefined);

/** The time budget, in ms, of a document of `size` characters (or bytes). */
export function budgetMs(size: number, b: Budget = DEFAULT_BUDGET): number {
  return Math.round(b.floorMs + (b.perMillionMs * size) / 1_000_000);
}

/** The skip of a document that ran over its time budget. */
export function overTime(location: string, ms: number, what: 'reading' | 'analysis'): SitrepError {
  return new SitrepError(ErrorCode.Budget, `${location}: ${what} took longer than its budget of ${(ms / 1000).toFixed(1)} s and was stopped; the document is skipped`,
    'split the input, or look for a pathological shape (one huge paragraph, thousands of quotes)');
}

/** The skip of a document whose analysis needed more memory than the worker limit. */
export function overMemory(location: string, mb: number, what: 'reading' | 'analysis'): SitrepError {
  return new SitrepError(ErrorCode.Budget, `${location}: ${what} needed more than the ${mb} MB memory limit and was stopped; the document is skipped`,
    'split the input into smaller documents');
}
