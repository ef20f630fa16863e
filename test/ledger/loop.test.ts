/** The ledger's one ingest loop (`ingestEvents`): batching, already-stored documents, analyzer failures and reader skips recorded. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Document } from '../../src/analyze/types.js';
import { ErrorCode, InputError } from '../../src/errors.js';
import { readSources } from '../../src/ingest/index.js';
import type { IngestEvent, IngestMeta } from '../../src/ingest/types.js';
import { Ledger } from '../../src/ledger/ledger.js';
import type { IngestOutcome } from '../../src/ledger/types.js';
import { Interrupted, ingestEvents, type Analyser } from '../../src/ledger/loop.js';
import { prepareDocument } from '../../src/ledger/prepare.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ministry, reprint, wire } from '../store/fixtures.js';

const fixtures = new Map([wire(), ministry(), reprint()].map((it) => [it.document.id, it]));
const meta: IngestMeta = { format: 'text', locator: 'x', contentHash: '', input: 'x' };
const docEvent = (id: string): IngestEvent => ({ kind: 'document', document: { ...fixtures.get(id)!.document, meta: { ...meta, locator: id } } as Document & { meta: IngestMeta }, location: `${id}.txt` });
async function* events(list: IngestEvent[]): AsyncIterable<IngestEvent> {
  yield* list;
}

describe('ingestEvents', () => {
  it('keeps a record that reuses a stored id for other text, under an id of its own, and does not store it twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
    const store = openSqliteStore(join(dir, 'l.db'));
    try {
      // two files that both number their records from 1: record 1 of b.jsonl is another text
      const a = join(dir, 'a.jsonl');
      const b = join(dir, 'b.jsonl');
      writeFileSync(a, `${JSON.stringify({ id: '1', published: '2024-03-15T08:00:00Z', text: 'The governor said two people were killed in the shelling of Kherson overnight.' })}\n`);
      writeFileSync(b, `${JSON.stringify({ id: '1', published: '2024-03-16T08:00:00Z', text: 'Officials in Odesa said a drone hit a warehouse in the port; no one was hurt.' })}\n` +
        `${JSON.stringify({ id: '2', published: '2024-03-16T09:00:00Z', text: 'The governor said two people were killed in the shelling of Kherson overnight.' })}\n`);
      const ids: string[] = [];
      const first = await ingestEvents(new Ledger(store), readSources([a, b]), { batchSize: 1, onDocument: (o) => ids.push(`${o.id} ${o.status}`) });
      assert.equal(first.new + first.exact + first.near, 3, 'every record is kept');
      assert.equal(first.unchanged, 0);
      assert.equal(ids[0], '1 new');
      assert.match(ids[1]!, /^1~[0-9a-f]{8} new$/, 'the second record 1 gets the id 1~<hash>');
      assert.equal(ids[2], '2 exact-duplicate', 'record 2 of b.jsonl is a copy of record 1 of a.jsonl');
      // read again (in one batch this time): nothing new, nothing lost
      const again: string[] = [];
      const second = await ingestEvents(new Ledger(store), readSources([a, b]), { onDocument: (o) => again.push(`${o.id} ${o.status}`) });
      assert.equal(second.unchanged, 3);
      assert.equal(second.new + second.exact + second.near, 0);
      assert.deepEqual(again.map((x) => x.split(' ')[0]), ids.map((x) => x.split(' ')[0]));
      assert.equal((await store.stats()).documents, 3);
      // within one batch too: the second record 1 is its own document
      const dir2 = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
      const store2 = openSqliteStore(join(dir2, 'l.db'));
      try {
        const t = await ingestEvents(new Ledger(store2), readSources([a, b]));
        assert.equal(t.new + t.exact + t.near, 3);
        assert.equal((await store2.stats()).documents, 3);
      } finally {
        await store2.close();
        rmSync(dir2, { recursive: true, force: true });
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('stores in batches, skips what cannot be read or analysed, and records why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
    const store = openSqliteStore(join(dir, 'l.db'));
    try {
      const analyze = (d: Document) => {
        if (d.id === 'mod-1') throw new Error('analyzer bug');
        return fixtures.get(d.id)!.analysis;
      };
      const skipped: string[] = [];
      const bad: IngestEvent = { kind: 'skipped', location: 'feed.xml', error: new InputError(ErrorCode.Format, { file: 'feed.xml' }, 'not XML') };
      const t = await ingestEvents(new Ledger(store), events([docEvent('wire-1'), bad, docEvent('mod-1'), docEvent('reprint-1'), docEvent('wire-1')]), {
        analyze, batchSize: 2, onSkip: (s) => skipped.push(`${s.location} ${s.code}`),
      });
      assert.deepEqual({ ...t, reasons: Object.fromEntries(t.reasons) }, {
        read: 4, new: 1, exact: 0, near: 1, unchanged: 1, skipped: 2, reasons: { E_FORMAT: 1, E_INTERNAL: 1 }, interrupted: false, unfinished: 0,
      });
      assert.deepEqual(skipped, ['feed.xml E_FORMAT', 'mod-1.txt E_INTERNAL']);
      const k = await store.skips();
      assert.deepEqual(k.items.map((x) => x.location).sort(), ['feed.xml', 'mod-1.txt']);
      assert.match(k.items.find((x) => x.location === 'mod-1.txt')!.message, /internal error: analyzer bug/);
      // A second run analyses nothing: every document is already stored.
      let analysed = 0;
      const again = await ingestEvents(new Ledger(store), events([docEvent('wire-1'), docEvent('reprint-1')]), { analyze: (d) => (analysed++, analyze(d)) });
      assert.equal(again.unchanged, 2);
      assert.equal(analysed, 0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('interrupted: reading stops, finished analyses are stored after the grace period, the one still running is unfinished', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
    const store = openSqliteStore(join(dir, 'l.db'));
    try {
      const abort = new AbortController();
      let cancelled = false;
      let read = 0;
      // Two documents analyse at once; the third never finishes; the reader then waits forever.
      const analyser: Analyser = {
        prepare: (d, title) => d.id === 'mod-1'
          ? new Promise((_, reject) => abort.signal.addEventListener('abort', () => setTimeout(() => cancelled && reject(new Interrupted()), 150)))
          : Promise.resolve(prepareDocument(d, { analysis: fixtures.get(d.id)!.analysis, title })),
        cancel: () => void (cancelled = true),
        close: async () => {},
      };
      async function* slow(): AsyncIterable<IngestEvent> {
        for (const id of ['wire-1', 'mod-1', 'reprint-1']) {
          read++;
          yield docEvent(id);
        }
        setTimeout(() => abort.abort(), 100);
        await new Promise(() => {}); // a FIFO without a writer
      }
      const t = await ingestEvents(new Ledger(store), slow(), { analyser, signal: abort.signal, graceMs: 100 });
      assert.equal(read, 3);
      assert.equal(cancelled, true);
      assert.deepEqual({ ...t, reasons: Object.fromEntries(t.reasons) }, {
        read: 3, new: 1, exact: 0, near: 1, unchanged: 0, skipped: 0, reasons: {}, interrupted: true, unfinished: 1,
      });
      assert.deepEqual([...(await store.known(['wire-1', 'mod-1', 'reprint-1']))].sort(), ['reprint-1', 'wire-1']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('streams: the live heap does not grow with the documents read (one stop promise per run kept a reaction per document)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const prepared = prepareDocument(fixtures.get('wire-1')!.document, { analysis: fixtures.get('wire-1')!.analysis });
    const analyser: Analyser = { prepare: () => Promise.resolve(prepared), cancel: () => {}, close: async () => {} };
    // A ledger that stores nothing: only the loop's own memory is measured.
    const ledger = {
      known: async () => new Set<string>(),
      storedHashes: async () => new Map<string, string>(),
      commit: async (ps: unknown[]): Promise<IngestOutcome[]> => ps.map((_, i) => ({ id: `d${i}`, status: 'new', carrierOf: null, similarity: null })),
      recordSkips: async () => {},
    } as unknown as Ledger;
    const text = 'x'.repeat(200);
    const heap: number[] = [];
    async function* many(n: number): AsyncIterable<IngestEvent> {
      for (let i = 0; i < n; i++) {
        if (i % 64 === 0) await new Promise((r) => setImmediate(r)); // a reader that lets timers run
        if (i === 2_000 || i === n - 1) {
          await new Promise((r) => setTimeout(r, 30));
          gc();
          heap.push(process.memoryUsage().heapUsed);
        }
        yield { kind: 'document', document: { id: `d${i}`, text, published: null, source: null, url: null, meta: {} } as Document & { meta: IngestMeta }, location: `d${i}` };
      }
    }
    const t = await ingestEvents(ledger, many(30_000), { analyser, batchSize: 500, signal: new AbortController().signal });
    assert.equal(t.read, 30_000);
    // 28,000 documents later: the tree before kept about 570 bytes each (15 MiB).
    const grown = heap[1]! - heap[0]!;
    assert.ok(grown < 4 * 2 ** 20, `live heap grew by ${(grown / 2 ** 20).toFixed(1)} MiB over 28,000 documents`);
  });
});
