/**
 * The per-document time budget: a cooperative clock that `analyze` checks between stages and,
 * cheaply, inside long loops (`tick`: one clock read every `TICK_EVERY` calls). Past its limit it
 * throws `BudgetExceeded` naming the document and the stage, so one slow document is a clean skip
 * and never a hang. Reading the clock is not I/O and mutates nothing global: `analyze` stays pure.
 */
import { BudgetExceeded } from '../errors.js';

/** A budget: a floor plus time per megabyte (of UTF-16 text, counted as characters / 1,000,000). */
export interface BudgetOptions {
  /** Seconds every document gets whatever its size (default `DEFAULT_BUDGET.floorSeconds`). */
  floorSeconds?: number;
  /** Seconds per million characters on top of the floor (default `DEFAULT_BUDGET.secondsPerMb`). */
  secondsPerMb?: number;
}

/**
 * The default budget: 10 s + 30 s per MB. Measured on a 2-core shared Xeon VM (Node 20, 8 jobs
 * sharing it): plain English prose analyses at 3–10 s/MB and the worst adversarial shapes of
 * `bench:adversarial` at up to ~15 s/MB, so real documents never hit it while a document that is
 * 10× slower than the worst known shape is stopped within a minute per MB.
 */
export const DEFAULT_BUDGET: Required<BudgetOptions> = { floorSeconds: 10, secondsPerMb: 30 };

/** How many `tick` calls pass between two clock reads. */
const TICK_EVERY = 1024;

/** The time limit in milliseconds of a document of `chars` characters under `options`. */
export function budgetMs(chars: number, options: BudgetOptions = {}): number {
  const floor = options.floorSeconds ?? DEFAULT_BUDGET.floorSeconds;
  const perMb = options.secondsPerMb ?? DEFAULT_BUDGET.secondsPerMb;
  return (floor + (perMb * chars) / 1_000_000) * 1000;
}

/** A running budget for one document. `Infinity` as the limit never throws. */
export class BudgetClock {
  /** The stage being run, named in the error. */
  stage = 'start';
  private spent = 0;
  private since: number | null = null;
  private ticks = 0;

  constructor(
    readonly limitMs: number,
    readonly documentId: string | null = null,
    readonly source: string | null = null,
  ) {}

  /** A clock for a document of `chars` characters; `false` gives one that never runs out. */
  static forDocument(chars: number, options: BudgetOptions | false | undefined, documentId: string | null, source: string | null): BudgetClock {
    return new BudgetClock(options === false ? Infinity : budgetMs(chars, options ?? {}), documentId, source);
  }

  /** Starts (or resumes) counting time. */
  start(): void {
    this.since ??= performance.now();
  }

  /** Stops counting time (the time between `stop` and the next `start` is not spent). */
  stop(): void {
    if (this.since !== null) this.spent += performance.now() - this.since;
    this.since = null;
  }

  /**
   * Runs `fn` with the clock stopped, then counts on: for work that is not this document's (loading
   * a model or a dictionary on first use). The shared `NO_BUDGET` is left alone.
   */
  untimed<T>(fn: () => T): T {
    if (this === NO_BUDGET) return fn();
    this.stop();
    try {
      return fn();
    } finally {
      this.start();
    }
  }

  /** Milliseconds spent so far. */
  elapsed(): number {
    return this.spent + (this.since !== null ? performance.now() - this.since : 0);
  }

  /** Throws `BudgetExceeded` when the budget is spent; `stage` (when given) becomes the current stage. */
  check(stage?: string): void {
    if (stage !== undefined) this.stage = stage;
    if (this.limitMs === Infinity) return;
    const t = this.elapsed();
    if (t > this.limitMs) {
      this.stop();
      throw new BudgetExceeded(this.documentId, this.source, this.stage, this.limitMs, t);
    }
  }

  /** A cheap check for long loops: reads the clock once every 1,024 calls. */
  tick(): void {
    if (this.limitMs === Infinity) return;
    if ((++this.ticks & (TICK_EVERY - 1)) === 0) this.check();
  }
}

/** A clock that never runs out, for stages run outside `analyze` (tests, tools). */
export const NO_BUDGET = new BudgetClock(Infinity);
