#!/usr/bin/env node
// The sitrep command. The CLI itself lives in src/cli/ and is compiled to dist/ by `npm run build`.
import { setFlagsFromString } from 'node:v8';

// V8 flags for the whole process (worker threads share them), set before any analyzer module is
// compiled. Most of a one-shot run's CPU went to TurboFan compiling on background threads; with a
// smaller inlining budget and a doubled interrupt budget (fewer, smaller optimised compilations)
// `analyze --jsonl` over PolNeAR train used less CPU and warm runs stayed as fast (figures in
// bench/README.md, "V8 flags"). SITREP_NODE_FLAGS replaces them ("" for V8's defaults).
const DEFAULT_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200 --interrupt-budget=135168';
const v8Flags = process.env.SITREP_NODE_FLAGS ?? DEFAULT_V8_FLAGS;
for (const flag of v8Flags.split(/\s+/)) if (flag) setFlagsFromString(flag);

let cli;
try {
  cli = await import('../dist/src/cli/main.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('cli/main.js')) {
    process.stderr.write('sitrep: not built yet (run `npm run build` in the sitrep folder first)\n');
    process.exit(3);
  }
  throw e;
}
await cli.run();
