// Takes the README's screenshot of the web desk (docs/desk.png): ingests the sample corpus
// (examples/corpus/sources) into a temporary ledger with the real CLI, serves it on 127.0.0.1 with
// an ephemeral port, and photographs the document with the most claims in Debian's headless
// Chromium. Run with `npm run screenshot` (which builds first). Usage:
//   node scripts/screenshot.mjs [--out docs/desk.png] [--view document|map|timeline|claims|disputes]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/desk.png' }, view: { type: 'string', default: 'document' } } });
const { CHROMIUM, CHROMIUM_ARGS, WEB_ROOT } = await import(join(root, 'dist/test/e2e/fixture.js'));
for (const [what, path] of [['Chromium', CHROMIUM], ['the built desk', join(WEB_ROOT, 'index.html')]]) {
  if (!existsSync(path)) {
    process.stderr.write(`screenshot: ${what} is missing (${path}); install chromium and run npm run build\n`);
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-screenshot-'));
const db = join(dir, 'ledger.db');
let server, store, ctx;
try {
  execFileSync(process.execPath, [join(root, 'bin/sitrep.js'), 'ingest', join(root, 'examples/corpus/sources'), '--db', db], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { openStore } = await import(join(root, 'dist/src/store/index.js'));
  const { startServer } = await import(join(root, 'dist/src/server/index.js'));
  store = openStore(db);
  server = await startServer({ store, host: '127.0.0.1', port: 0, token: null, version: 'screenshot', webRoot: WEB_ROOT, log: () => undefined });
  const base = server.url.replace(/\/$/, '');

  let hash = `#/${values.view}`;
  if (values.view === 'document') {
    const docs = (await (await fetch(`${base}/api/documents?limit=500&carriers=false`)).json()).items;
    const top = docs.reduce((a, b) => (b.claimCount > a.claimCount ? b : a));
    hash = `#/document/${encodeURIComponent(top.id)}`;
  }
  ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1366, height: 860 }, deviceScaleFactor: 1,
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`${base}/${hash}`);
  await page.locator('main h2').first().waitFor();
  await page.waitForLoadState('networkidle');
  if (values.view === 'document') {
    // Show the details panel as a reader would see it: a cue in focus, with its stage and rule.
    const cue = page.locator('[data-testid=doc-text] mark.hl-cue').nth(1);
    if (await cue.count()) await cue.focus();
  }
  await page.waitForTimeout(300);
  const out = resolve(root, values.out);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  process.stdout.write(`screenshot: ${out} (${base}/${hash})\n`);
} finally {
  await ctx?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
}
