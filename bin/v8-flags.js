// The V8 flags sitrep runs with, set with `v8.setFlagsFromString` before any analyzer module is
// compiled (bin/sitrep.js) or before the analysis workers start (bench:ingest). They hold for the
// whole process, worker threads included (V8 flags are per process). Most of a one-shot run's CPU
// went to TurboFan compiling on background threads; with a smaller inlining budget and a doubled
// interrupt budget (fewer, smaller optimised compilations) `analyze --jsonl` over PolNeAR train
// used less CPU and warm runs stayed as fast (figures in bench/README.md, "V8 flags").
// SITREP_NODE_FLAGS replaces them ("" for V8's defaults).
import { setFlagsFromString } from 'node:v8';

/** The flags used when SITREP_NODE_FLAGS is not set. */
export const DEFAULT_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200 --interrupt-budget=135168';

/**
 * Sets SITREP_NODE_FLAGS (else `DEFAULT_V8_FLAGS`) as V8 flags of this process and returns them.
 * @param {Record<string, string | undefined>} [env] the environment to read (default `process.env`)
 * @returns {string[]} the flags set
 */
export function applyV8Flags(env = process.env) {
  const flags = (env.SITREP_NODE_FLAGS ?? DEFAULT_V8_FLAGS).split(/\s+/).filter(Boolean);
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
