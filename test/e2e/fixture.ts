/**
 * The desk's end-to-end fixture: the real server (`startServer`) on 127.0.0.1 with an ephemeral
 * port, over a fresh SQLite store in a temporary folder, filled with short fictional reports
 * written for these tests and analysed by the real analyzer. Places are added to the analyses as
 * the gazetteer stage would add them (see `withPlaces`). Also used by scripts/screenshot.mjs.
 * (No side effects on import: node's test runner also loads this file.)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import type { Document } from '../../src/analyze/types.js';
import { openStore } from '../../src/store/index.js';
import { ledgerStore, type LedgerStore } from '../store/ledger-store.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { withPlaces } from '../server/helpers.js';

/** Debian's Chromium, the browser the e2e tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** The built desk (`npm run build` puts it there). */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** Chromium flags for a quiet, offline, headless run. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. */
export function e2eSkipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is absent: install Debian's chromium package (apt-get install chromium) to run the desk's browser tests`;
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return `the desk is not built (${WEB_ROOT}index.html is missing): run npm run build`;
  return null;
}

/**
 * Fictional reports (written for these tests) about one day near Vovchansk: a governor and a
 * reprint of his statement, the Russian defence ministry contradicting him, and a hostile post
 * whose text and metadata try to run script in the desk.
 */
export const DESK_DOCS: Document[] = [
  {
    id: 'e2e-governor',
    source: 'kharkiv-regional-news',
    url: 'https://news.example.org/vovchansk-shelling',
    published: '2024-08-07T09:00:00Z',
    text:
      'The regional governor, Oleh Marchenko, said on Tuesday that 12 civilians were wounded when shells hit the centre of Vovchansk.\n\n' +
      '"The situation in Vovchansk is under control," Marchenko told reporters in Kharkiv.',
  },
  {
    id: 'e2e-reprint',
    source: 'wire-copy',
    url: 'https://wire.example.net/vovchansk',
    published: '2024-08-07T13:00:00Z',
    text:
      'The regional governor, Oleh Marchenko, said on Tuesday that 12 civilians were wounded when shells hit the centre of Vovchansk.\n\n' +
      '"The situation in Vovchansk is under control," Marchenko told reporters in Kharkiv.',
  },
  {
    id: 'e2e-ministry',
    source: 'defence-bulletin',
    published: '2024-08-07T15:30:00Z',
    text:
      'The Russian defence ministry said on Tuesday that the situation in Vovchansk remained fluid and that its forces had destroyed five Ukrainian tanks near Kupiansk.\n\n' +
      'A ministry spokesman, Igor Dolgov, claimed that more than 40 Ukrainian soldiers were killed in the fighting.',
  },
  {
    id: 'e2e-hostile',
    source: '<img src=x onerror="window.__xss=1">',
    url: 'javascript:window.__xss=1',
    published: '2024-08-08',
    text:
      'A local blogger wrote that <script>window.__xss=1</script> and <img src=x onerror="window.__xss=1"> were "nothing but rumours" in Kupiansk.\n\n' +
      'Read more at javascript:window.__xss=1 or <a href="javascript:window.__xss=1">this link</a>.',
  },
  {
    // A Ukrainian post (fictional official): the desk shows the speaker's name in Latin letters too.
    id: 'e2e-cyrillic',
    source: 'suspilne-kharkiv',
    published: '2024-08-08T07:00:00Z',
    text: 'Начальник Харківської ОВА Павло Стрижак заявив, що вночі росіяни обстріляли околиці міста.',
  },
];

/** A running desk over a temporary store. */
export interface Desk {
  server: RunningServer;
  store: LedgerStore;
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  base: string;
  close(): Promise<void>;
}

/** Starts the real server over a fresh store holding `docs` (default: `DESK_DOCS`). */
export async function startDesk(docs: Document[] = DESK_DOCS): Promise<Desk> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const store = ledgerStore(openStore(join(dir, 'ledger.db')));
  try {
    await store.ingest(docs.map((d) => ({ document: { ...d }, analysis: withPlaces(analyze(d)) })));
    const server = await startServer({ store, host: '127.0.0.1', port: 0, token: null, version: 'e2e', webRoot: WEB_ROOT, log: () => undefined });
    return {
      server, store, base: server.url.replace(/\/$/, ''),
      async close() {
        await server.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
