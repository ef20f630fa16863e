#!/usr/bin/env node
// The sitrep command. The CLI itself lives in src/cli/ and is compiled to dist/ by `npm run build`.
import { applyV8Flags } from './v8-flags.js';

// V8 flags for the whole process (worker threads share them), set before any analyzer module is
// compiled: see bin/v8-flags.js and bench/README.md, "V8 flags". SITREP_NODE_FLAGS replaces them
// ("" for V8's defaults).
applyV8Flags();

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
