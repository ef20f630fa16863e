#!/usr/bin/env node
// The sitrep command. The CLI itself lives in src/cli/ and is compiled to dist/ by `npm run build`.
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
