/**
 * The ledger is the same whatever the number of analysis workers: the sample corpus, reprints of
 * it (exact and edited), and two texts where an analyzer with a memory of earlier documents would
 * differ (test/unit/history.test.ts), ingested through the one ingest loop with a pool of 1 and of
 * 2 worker threads, in small batches. Claims (speakers, sides, days, reprint links, places,
 * quantities), places with their counts, documents with their carriers, and the disputes and
 * agreements must be equal exactly. Regression: `--jobs 2` once stored 604 places where `--jobs 1`
 * stored 607 (wink-nlp's shared cache of unknown words; first documents over budget while loading).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Document } from '../../src/analyze/types.js';
import { readSources } from '../../src/ingest/index.js';
import type { IngestEvent, IngestedDocument } from '../../src/ingest/types.js';
import { Ledger } from '../../src/ledger/ledger.js';
import { ingestEvents } from '../../src/ledger/loop.js';
import { AnalysisPool } from '../../src/ledger/pool.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { ROOT } from '../cli/helpers.js';

const SOURCES = join(ROOT, 'examples', 'corpus', 'sources');
const extra = (id: string, text: string): IngestEvent => ({
  kind: 'document', location: `${id}.txt`,
  document: { id, text, published: '2025-10-16T08:00:00Z', source: `extra/${id}.txt`, url: null, lang: 'en', meta: { siteName: 'Extra' } } as unknown as IngestedDocument,
});
const DONORS = extra('donors', 'But Pate has not donated to any candidates or campaigns except Kowalczyk’s, election records compiled by a watchdog show.');
const TOWN_HALL = extra('town-hall', 'The senator spoke at a town hall in Dover on Tuesday. Paul then interjected, calling Kowalczyk’s proposed child care ' +
  'credit “a welfare transfer payment.” The audience laughed.');

/** The corpus: the sample sources, the two texts above, and reprints (exact and with a new first paragraph) of every fifth document. */
async function corpus(): Promise<IngestEvent[]> {
  const out: IngestEvent[] = [DONORS];
  for await (const ev of readSources([SOURCES])) out.push(ev);
  const docs = out.filter((e): e is Extract<IngestEvent, { kind: 'document' }> => e.kind === 'document').slice(1);
  docs.forEach((e, i) => {
    if (i % 5) return;
    const d = e.document as Document;
    out.push(extra(`copy-${i}`, d.text));
    out.push(extra(`edit-${i}`, `Reprinted from ${d.source ?? 'a wire'}.\n\n${d.text}`));
  });
  out.push(TOWN_HALL);
  return out;
}

/** Everything ingest decides, read back from the store. */
async function ledgerOf(store: Store, ledger: Ledger): Promise<unknown> {
  const docs: unknown[] = [];
  for (let page = await store.documents({ limit: 1000 }); ; page = await store.documents({ limit: 1000, cursor: page.next! })) {
    docs.push(...page.items.map((d) => [d.id, d.carrierOf, d.duplicate, d.similarity, d.claimCount]));
    if (!page.next) break;
  }
  const claims: unknown[] = [];
  for await (const c of store.eachClaim()) {
    claims.push([c.id, c.speaker, c.side, c.affiliation, c.date, c.content, c.originClaimId, c.rootDocumentId, c.places.map((p) => [p.placeId, p.start, p.end]),
      c.quantities.map((q) => [q.value, q.unit, q.start])]);
  }
  const places = (await store.places({ limit: 1000 })).items;
  const report = await ledger.disputes({ agreements: true });
  return { docs, claims, places, disputes: { ...report, ms: 0 } };
}

describe('ingest with 1 and 2 analysis workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-jobs-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the same claims, places, carriers and disputes', async () => {
    const events = await corpus();
    const results: unknown[] = [];
    for (const jobs of [1, 2]) {
      const store = openSqliteStore(join(dir, `jobs-${jobs}.db`));
      const ledger = new Ledger(store);
      const pool = new AnalysisPool({ size: jobs });
      try {
        const tally = await ingestEvents(ledger, (async function* () { yield* events; })(), { analyser: pool, batchSize: 4 });
        assert.equal(tally.skipped, 0, `jobs ${jobs}: nothing skipped`);
        results.push(await ledgerOf(store, ledger));
      } finally {
        await pool.close();
        await store.close();
      }
    }
    const [one, two] = results as [{ claims: unknown[]; places: unknown[]; docs: unknown[][] }, unknown];
    assert.ok(one.claims.length > 50, 'the corpus has claims');
    assert.ok(one.places.length > 10, 'the corpus has places');
    assert.ok(one.docs.some((d) => d[2] === 'exact') && one.docs.some((d) => d[2] === 'near'), 'exact and near reprints');
    assert.ok(!JSON.stringify(one.claims).includes('"Kowalczyk’s"'), 'no claim by "Kowalczyk’s" (a speaker only an analyzer with memory finds)');
    assert.deepEqual(two, one);
  });
});
