/**
 * Helpers for the server tests: a Hono app over a fresh SQLite store in a temporary folder, seeded
 * with short fictional reports (written for these tests) analysed by the real analyzer. Places are
 * added to the analyses by hand, as the gazetteer stage would add them, so the place routes have
 * something to count. (No side effects on import: node's runner also loads this file.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { analyze } from '../../src/analyze/index.js';
import type { Analysis, Document, Place } from '../../src/analyze/types.js';
import { openStore } from '../../src/store/index.js';
import { ledgerStore, type LedgerStore } from '../store/ledger-store.js';
import { createApp, DEFAULT_LIMITS, type BodyLimits } from '../../src/server/index.js';

/** The fictional documents of the fixture. `reprint` carries the text of `governor`. */
export const TEXTS = {
  governor: {
    id: 'doc-governor',
    source: 'kharkiv-regional-news',
    published: '2024-08-07T09:00:00Z',
    text:
      'The regional governor, Oleh Marchenko, said on Tuesday that 12 civilians were wounded when shells hit the centre of Vovchansk.\n\n' +
      '"The situation in Vovchansk is under control," Marchenko told reporters in Kharkiv.',
  },
  ministry: {
    id: 'doc-ministry',
    source: 'defence-bulletin',
    published: '2024-08-07T15:30:00Z',
    text:
      'The Russian defence ministry said its forces had destroyed five Ukrainian tanks near Vovchansk on Tuesday.\n\n' +
      'A ministry spokesman, Igor Dolgov, claimed that more than 40 Ukrainian soldiers were killed in the fighting.',
  },
  hostile: {
    id: 'doc-hostile',
    source: 'forum-post',
    published: '2024-08-08',
    text: 'A local blogger wrote that <script>alert(1)</script> and <img src=x onerror=alert(2)> were "nothing but rumours" in Kupiansk.',
  },
} as const;

/** Coordinates and codes for the places named in the texts (as a gazetteer would give them). */
const PLACES: Record<string, Omit<Place, 'text' | 'start' | 'end'>> = {
  Vovchansk: { name: 'Vovchansk', country: 'UA', admin1: 'UA-63', lat: 50.29, lon: 36.94, level: 'city', id: 'test:vovchansk' },
  Kharkiv: { name: 'Kharkiv', country: 'UA', admin1: 'UA-63', lat: 49.99, lon: 36.23, level: 'city', id: 'test:kharkiv' },
  Kupiansk: { name: 'Kupiansk', country: 'UA', admin1: 'UA-63', lat: 49.71, lon: 37.61, level: 'city', id: 'test:kupiansk' },
};

/** Adds every mention of the known place names to the analysis's `places` layer. */
export function withPlaces(a: Analysis): Analysis {
  const places: Place[] = [];
  for (const [name, p] of Object.entries(PLACES)) {
    let at = a.text.indexOf(name);
    while (at !== -1) {
      places.push({ ...p, text: name, start: at, end: at + name.length });
      at = a.text.indexOf(name, at + 1);
    }
  }
  places.sort((x, y) => x.start - y.start);
  return { ...a, places };
}

export interface Fixture {
  app: Hono;
  /** The store, with the ledger's `ingest` and `disputes`. */
  store: LedgerStore;
  dir: string;
  /** Log lines of internal errors. */
  logged: string[];
  cleanup(): Promise<void>;
}

/** Makes a store in a temporary folder, seeds it (unless `empty`), and builds the app over it. */
export async function fixture(opts: { token?: string | null; limits?: BodyLimits; webRoot?: string; empty?: boolean } = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
  const store = ledgerStore(openStore(join(dir, 'ledger.db')));
  if (!opts.empty) {
    const docs: Document[] = [TEXTS.governor, TEXTS.ministry, TEXTS.hostile].map((t) => ({ ...t }));
    // The reprint: the governor's text published by another outlet a few hours later.
    docs.push({ ...TEXTS.governor, id: 'doc-reprint', source: 'wire-copy', published: '2024-08-07T13:00:00Z' });
    await store.ingest(docs.map((d) => ({ document: d, analysis: withPlaces(analyze(d)) })));
  }
  const logged: string[] = [];
  const app = createApp({
    store, token: opts.token ?? null, webRoot: opts.webRoot ?? join(dir, 'no-web'), limits: opts.limits ?? DEFAULT_LIMITS,
    version: 'test', log: (l) => void logged.push(l),
  });
  return {
    app, store, dir, logged,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET (or any method) through the app without sockets; returns status, headers and parsed JSON. */
export async function call(app: Hono, path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, headers: res.headers, body, text };
}
