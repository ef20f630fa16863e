/**
 * The per-document budget: how long reading or analysing one document may take, and how much
 * memory an analysis worker may use, before the document is skipped (`E_BUDGET`) and the run goes
 * on. One place for the numbers and for the option handed to `analyze()`'s own cooperative
 * budget, once the analyzer has one (`ANALYZE_BUDGET_OPTION`).
 */
import { ErrorCode, SitrepError } from '../errors.js';

/** Time budget of one document: `floorMs` plus `perMillionMs` per million characters (or bytes, for reading). */
export interface Budget {
  floorMs: number;
  perMillionMs: number;
  /** Heap limit of one analysis worker (V8 old generation), MB. */
  memoryMb: number;
}

/**
 * The default budget: 20 s plus 20 s per million characters (the analyzer does about 1 MB/s on
 * one core of a shared 2-core VM; ten times that is a hang, not a slow document), 1.5 GB of heap.
 */
export const DEFAULT_BUDGET: Budget = { floorMs: 20_000, perMillionMs: 20_000, memoryMb: 1536 };

/** The time budget, in ms, of a document of `size` characters (or bytes). */
export function budgetMs(size: number, b: Budget = DEFAULT_BUDGET): number {
  return Math.round(b.floorMs + (b.perMillionMs * size) / 1_000_000);
}

/**
 * Name of the option of `analyze()` (and of the claim facts) that carries the cooperative
 * deadline (`performance.now()` value), for when the analyzer supports one; the worker passes it,
 * and terminates the analysis itself when the deadline passes regardless.
 */
export const ANALYZE_BUDGET_OPTION = 'deadline';

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
