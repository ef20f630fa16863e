/** The `--budget S[+FLOOR]` flag of `analyze` and `ingest`: the per-document time budget (see src/analyze/budget.ts). */
import type { BudgetOptions } from '../analyze/budget.js';
import { UsageError } from '../errors.js';

/** Reads `--budget`: undefined (the default budget), "off" (none), or seconds per MB with an optional floor ("30", "30+10"). */
export function budgetFlag(value: string | undefined): BudgetOptions | false | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'none') return false;
  const m = /^(\d+(?:\.\d+)?)(?:\+(\d+(?:\.\d+)?))?$/.exec(v);
  if (!m) throw new UsageError(`--budget '${value}' is not a budget`, 'give seconds per MB, optionally +floor seconds: e.g. 30, 30+10, 0.5+0; or off');
  const out: BudgetOptions = { secondsPerMb: Number(m[1]) };
  if (m[2] !== undefined) out.floorSeconds = Number(m[2]);
  return out;
}
