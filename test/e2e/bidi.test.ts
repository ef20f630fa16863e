/**
 * Issue 12, defect 7b: titles, sources and speakers holding right-to-left override characters
 * are shown inside bidi isolates in every view of the desk (real Chromium, real server), so they
 * cannot reorder the text around them. Skipped, with the reason, when Chromium or the built desk is absent.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Document } from '../../src/analyze/types.js';
import { CHROMIUM, CHROMIUM_ARGS, e2eSkipReason, startDesk, type Desk } from './fixture.js';

const skip = e2eSkipReason();
if (skip) console.log(`# desk bidi tests skipped: ${skip}`);

const RLO = '\u202E';
/** A fictional post whose source and speaker carry right-to-left overrides (a spoofed file name, a reversed name). */
const DOCS: Document[] = [
  {
    id: 'e2e-bidi',
    source: `channel-${RLO}fdp.exe`,
    published: '2024-08-07T09:00:00Z',
    text: `The regional governor, Oleh ${RLO}Marchenko, said on Tuesday that 12 civilians were wounded in Vovchansk.`,
  },
];

describe('desk bidi isolation in Chromium', { skip: skip ?? false }, () => {
  let desk: Desk;
  let ctx: BrowserContext;
  let page: Page;
  let profile: string;

  before(async () => {
    desk = await startDesk(DOCS);
    profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await ctx.newPage();
  });
  after(async () => {
    await ctx?.close();
    await desk?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** The text nodes of `main` holding an override, each with whether it sits inside an isolate. */
  const overrides = (): Promise<{ text: string; isolated: boolean }[]> =>
    page.evaluate(() => {
      const out: { text: string; isolated: boolean }[] = [];
      const walk = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const t = n.textContent ?? '';
        if (!t.includes('\u202E')) continue;
        const el = n.parentElement!;
        const iso = el.closest('bdi') !== null || getComputedStyle(el).unicodeBidi === 'isolate';
        out.push({ text: t, isolated: iso || (t.startsWith('\u2068') && t.endsWith('\u2069')) });
      }
      return out;
    });

  for (const [view, hash] of [['claims', 'claims'], ['document', 'document/e2e-bidi'], ['disputes', 'disputes']] as const) {
    it(`${view}: every string with an override is isolated`, async () => {
      await page.goto(`${desk.base}/#/${hash}`);
      await page.locator('main h2').first().waitFor();
      await page.waitForTimeout(300);
      const found = await overrides();
      if (view !== 'disputes') assert.ok(found.length > 0, `the ${view} view shows the source or speaker`);
      for (const f of found) assert.ok(f.isolated, `not isolated in the ${view} view: ${JSON.stringify(f.text)}`);
    });
  }
});
