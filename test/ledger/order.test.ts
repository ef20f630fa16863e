/**
 * The ledger does not depend on the order documents are ingested in (lane `order`): the sample
 * corpus with reprints of every fourth document (an exact copy and an edited copy, each published a
 * day after the original), ingested one document per commit into fresh SQLite ledgers in three
 * orders: forward (originals first), reverse (copies first) and shuffled with a fixed seed.
 * Regression: ingesting the disputes dev split folder by folder in another order changed the
 * dev ledger (122 → 124 disputes), because compare read the claims in storage order.
 *
 * What must be equal: the disputes and agreements (ids, topics, sides, claims; `ms` left out), the
 * claims with their speakers, sides and facts, and which documents carry one text (the partition
 * of documents by reprint link). Which copy is stored as the origin of a text still follows the
 * first one seen when the original comes in a later commit (see the `todo` below).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import type { Document } from '../../src/analyze/types.js';
import { readSources } from '../../src/ingest/index.js';
import { Ledger } from '../../src/ledger/ledger.js';
import type { IngestItem } from '../../src/ledger/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { rng } from '../../bench/rng.js';
import { ROOT } from '../cli/helpers.js';

const SOURCES = join(ROOT, 'examples', 'corpus', 'sources');
const DAY = 86_400_000;

/** The sample documents and, for every fourth, an exact copy and an edited copy published a day later. */
async function corpus(copies: boolean): Promise<IngestItem[]> {
  const docs: Document[] = [];
  for await (const ev of readSources([SOURCES])) if (ev.kind === 'document') docs.push(ev.document as Document);
  const out: Document[] = [...docs];
  docs.forEach((d, i) => {
    if (!copies || i % 4) return;
    const t = Date.parse(d.published ?? '2025-10-15T08:00:00Z');
    const later = new Date(t + DAY).toISOString();
    const copy = (id: string, text: string): Document => ({ ...d, id, text, published: later, source: `copies/${id}.txt`, url: undefined, meta: { siteName: 'Copies' } } as Document);
    out.push(copy(`copy-${i}`, d.text));
    out.push(copy(`edit-${i}`, `Reprinted from ${d.source ?? 'a wire'}.\n\n${d.text}`));
  });
  return out.map((document) => ({ document, analysis: analyze(document) }));
}

/** Whatever an analyst reads, with nothing that names the order of ingest. */
async function ledgerOf(store: Store, ledger: Ledger): Promise<{ claims: unknown[]; texts: string[]; origins: string[]; links: string[]; disputes: unknown }> {
  const docs: { id: string; carrierOf: string | null; duplicate: string | null }[] = [];
  for (let page = await store.documents({ limit: 1000 }); ; page = await store.documents({ limit: 1000, cursor: page.next! })) {
    docs.push(...page.items);
    if (!page.next) break;
  }
  // the partition of documents into texts: each document with the root of its carrier chain
  const of = new Map(docs.map((d) => [d.id, d.carrierOf]));
  const rootOf = (id: string): string => {
    let r = id;
    for (let n = 0; of.get(r) && n < 100; n++) r = of.get(r)!;
    return r;
  };
  const groups = new Map<string, string[]>();
  for (const d of docs) groups.set(rootOf(d.id), [...(groups.get(rootOf(d.id)) ?? []), d.id]);
  const texts = [...groups.values()].map((g) => g.sort().join(' ')).sort();
  const claims: unknown[] = [];
  for await (const c of store.eachClaim()) claims.push([c.id, c.speaker, c.side, c.affiliation, c.date, c.content, c.quantities.map((q) => [q.value, q.unit, q.start])]);
  claims.sort((a, b) => ((a as string[])[0]! < (b as string[])[0]! ? -1 : 1));
  const report = await ledger.disputes({ agreements: true });
  // which copy of a text is stored as its origin is compared apart (`origins`): the rest must be equal anyway
  const cited = Object.fromEntries(Object.entries(report.claims).map(([id, c]) => {
    const { originClaimId: _o, rootDocumentId: _r, ...rest } = c;
    return [id, rest];
  }));
  const origins = Object.values(report.claims).map((c) => `${c.id} ${c.rootDocumentId} ${c.originClaimId ?? '-'}`).sort();
  const links = docs.map((d) => `${d.id} ${d.carrierOf ?? '-'} ${d.duplicate ?? '-'}`).sort();
  return { claims, texts, origins, links, disputes: { ...report, claims: cited, ms: 0 } };
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe('ingest order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-order-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Ingests `items` in three orders, one document per commit, and checks that what an analyst reads is equal. */
  async function sameInEveryOrder(tag: string, items: IngestItem[], copies: boolean, origins: boolean, oneCommit = false): Promise<void> {
    const orders: Record<string, IngestItem[]> = { forward: items, reverse: [...items].reverse(), shuffled: shuffled(items, 7) };
    const results: Record<string, Awaited<ReturnType<typeof ledgerOf>>> = {};
    for (const [name, list] of Object.entries(orders)) {
      const store = openSqliteStore(join(dir, `${tag}-${name}.db`));
      const ledger = new Ledger(store);
      try {
        if (oneCommit) await ledger.ingest(list);
        else for (const it of list) await ledger.ingest([it]);
        results[name] = await ledgerOf(store, ledger);
      } finally {
        await ledger.close();
      }
    }
    const f = results.forward!;
    assert.ok((f.disputes as { disputes: unknown[] }).disputes.length > 0, 'the corpus has disputes');
    if (copies) assert.ok(f.texts.some((t) => t.includes(' ')), 'some documents carry another');
    for (const name of ['reverse', 'shuffled']) {
      const o = results[name]!;
      assert.deepEqual(o.claims, f.claims, `${name}: claims`);
      assert.deepEqual(o.texts, f.texts, `${name}: documents by text`);
      assert.deepEqual(o.disputes, f.disputes, `${name}: disputes and agreements`);
      if (origins) assert.deepEqual(o.origins, f.origins, `${name}: origins of the cited claims`);
      if (origins) assert.deepEqual(o.links, f.links, `${name}: reprint links`);
    }
  }

  it('gives the same disputes and claims forward, reversed and shuffled (one document per commit)', async () => {
    await sameInEveryOrder('plain', await corpus(false), false, false);
  });

  it('gives the same reprint links, origins and disputes when one commit holds the originals and their copies', async () => {
    await sameInEveryOrder('one-commit', await corpus(true), true, true, true);
  });

  // Fails today: with the copies, the reverse order stores the edited copy as the origin, and the
  // original (ingested last) as an exact copy of the exact copy; the claims' roots then differ
  // (`independentOrigins` 1 against 2 in a status dispute). Needs the store to relink a text's
  // carriers when its earliest published copy comes in a later commit (see the lane report).
  it('gives the same disputes, claims and texts with exact and edited reprints in any order', { todo: 'reprint origin is still the first copy seen across commits' }, async () => {
    await sameInEveryOrder('copies', await corpus(true), true, true);
  });
});
