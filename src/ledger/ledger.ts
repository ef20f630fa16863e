/**
 * The ledger: the one place that turns analysed documents into a ledger and answers questions
 * about it. It links reprints (`detectReprints`), points a carrier's claims at the original's,
 * hands finished rows to the `Store`, keeps compare's claim facts current (`refreshFacts`) and
 * runs compare over stored claim facts with one cache of its reports keyed by the ledger's
 * revision (in memory, and in the store so that other processes find it).
 */
import { COMPARE_VERSION, FACTS_VERSION, compareClaims, extractClaimFacts } from '../compare/index.js';
import type { ClaimRecord as CompareRecord, CompareOptions, CompareResult } from '../compare/types.js';
import type { Document } from '../analyze/types.js';
import type { ClaimLink, ClaimRecord, ClaimRow, DocumentRow, SkipRecord, Store } from '../store/types.js';
import { comparableFacts, prepareDocument, type FactsFn, type PreparedDocument } from './prepare.js';
import { detectReprints } from './reprints.js';
import { foldKey, matchClaims } from './rows.js';
import type { DisputeQuery, DisputeReport, IngestItem, IngestOutcome } from './types.js';

/** Compare's grouping and dispute detection (`compareClaims` by default). */
export type CompareFn = (records: CompareRecord[], options?: CompareOptions) => CompareResult;

/** Options of a `Ledger`. */
export interface LedgerOptions {
  /** Estimated similarity from which a text is a near-duplicate (default: the ingest layer's `NEAR_THRESHOLD`). */
  nearThreshold?: number;
  /** Compare's claim facts (default `extractClaimFacts`). Used by `ingest` and `refreshFacts`. */
  facts?: FactsFn;
  /**
   * Version of `facts` (default compare's `FACTS_VERSION`). Facts stored under another version are
   * recomputed from the stored analyses before disputes are detected (`refreshFacts`).
   */
  factsVersion?: number;
  /** Dispute detection (default `compareClaims`). */
  compare?: CompareFn;
  /**
   * Where a report that is not cached is computed (default: `computeDisputes` on this thread). The
   * server hands it to a read worker with its own read-only ledger; caching stays here.
   */
  computeDisputes?: (q: DisputeQuery) => Promise<DisputeReport>;
}

/** Most dispute reports kept in memory (each for one query and one revision). */
const MAX_REPORTS = 32;
/** Documents per facts-refresh transaction. */
const REFRESH_BATCH = 200;

/**
 * The canonical order of claims handed to compare: by publication time (undated last), then by
 * document id (a hash of locator and text: the same for the same input in any order), then by
 * claim index. Independent of the order the documents were ingested in.
 */
export function canonicalOrder(a: Pick<CompareRecord, 'published' | 'documentId' | 'index' | 'id'>, b: Pick<CompareRecord, 'published' | 'documentId' | 'index' | 'id'>): number {
  const pa = a.published ?? null;
  const pb = b.published ?? null;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    const ta = Date.parse(pa);
    const tb = Date.parse(pb);
    if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb;
    if (pa !== pb) return pa < pb ? -1 : 1;
  }
  const da = a.documentId ?? '';
  const db = b.documentId ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if ((a.index ?? 0) !== (b.index ?? 0)) return (a.index ?? 0) - (b.index ?? 0);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The canonical order of documents for reprint detection: by publication time (undated last),
 * then by id. The earlier of two copies of one text is taken as the original.
 */
export function documentOrder(a: Pick<Document, 'published' | 'id'>, b: Pick<Document, 'published' | 'id'>): number {
  return canonicalOrder({ published: a.published ?? null, documentId: a.id, index: 0, id: a.id }, { published: b.published ?? null, documentId: b.id, index: 0, id: b.id });
}

/** A ledger over a store. */
export class Ledger {
  readonly store: Store;
  private readonly opts: LedgerOptions;
  private readonly reports = new Map<string, Promise<DisputeReport>>();

  constructor(store: Store, opts: LedgerOptions = {}) {
    this.store = store;
    this.opts = opts;
  }

  private get factsVersion(): number {
    return this.opts.factsVersion ?? FACTS_VERSION;
  }

  /** Analyses nothing: stores documents analysed elsewhere (`IngestItem`s), as `commit` does. */
  async ingest(items: IngestItem[]): Promise<IngestOutcome[]> {
    const facts = this.opts.facts ?? extractClaimFacts;
    return this.commit(items.map((it) => prepareDocument(it.document, { analysis: it.analysis, title: it.title ?? null, facts })));
  }

  /** Ids among `ids` already in the ledger. */
  known(ids: string[]): Promise<Set<string>> {
    return this.store.known(ids);
  }

  /** The content hash of each document among `ids` already in the ledger. */
  storedHashes(ids: string[]): Promise<Map<string, string>> {
    return this.store.storedHashes(ids);
  }

  /** Records skipped inputs. */
  recordSkips(skips: SkipRecord[]): Promise<void> {
    return skips.length ? this.store.recordSkips(skips) : Promise.resolve();
  }

  /**
   * Stores prepared documents in one transaction, in canonical order (`documentOrder`: earliest
   * published first, ties by id; outcomes in the given order): documents already stored
   * (or twice in the batch) are 'unchanged'; exact and near copies of stored text (or of text
   * earlier in the batch) are stored as carriers of it, their claims pointing to the original's.
   * Either the whole batch is stored or none (the call throws).
   */
  async commit(prepared: readonly PreparedDocument[]): Promise<IngestOutcome[]> {
    // Several processes may write to one store (PostgreSQL): look-ups and insert are one step under its write lock.
    if (this.store.exclusive) return this.store.exclusive(() => this.commitNow(prepared));
    return this.commitNow(prepared);
  }

  private async commitNow(prepared: readonly PreparedDocument[]): Promise<IngestOutcome[]> {
    const outcomes: (IngestOutcome | null)[] = prepared.map(() => null);
    const known = await this.store.known(prepared.map((p) => p.document.id));
    const todo: PreparedDocument[] = [];
    const at: number[] = [];
    const seen = new Set<string>();
    // The batch in canonical order (earliest published first, ties by id), not in the order given:
    // reprint detection takes the earlier document as the original, so within one commit the
    // original of a text is its earliest published copy whatever order the batch came in.
    const order = prepared.map((_, i) => i).sort((x, y) => documentOrder(prepared[x]!.document, prepared[y]!.document) || x - y);
    order.forEach((i) => {
      const p = prepared[i]!;
      const id = p.document.id;
      if (known.has(id) || seen.has(id)) outcomes[i] = { id, status: 'unchanged', carrierOf: null, similarity: null };
      else {
        seen.add(id);
        todo.push(p);
        at.push(i);
      }
    });
    if (todo.length) {
      const carriers = await detectReprints(this.store, todo, this.opts.nearThreshold !== undefined ? { threshold: this.opts.nearThreshold } : {});
      const inBatch = new Set(todo.map((p) => p.document.id));
      const storedOrigins = [...new Set(carriers.filter((c) => c && !inBatch.has(c.of)).map((c) => c!.of))];
      const links = storedOrigins.length ? await this.store.claimLinks(storedOrigins) : new Map<string, ClaimLink[]>();
      const rows: DocumentRow[] = todo.map((p, k) => {
        const carrier = carriers[k]!;
        const id = p.document.id;
        // A carrier's claims point to the original's claims: reprints do not add independent sources.
        let origin: { origin: string | null; root: string }[] = p.claims.map(() => ({ origin: null, root: id }));
        if (carrier) {
          const orig = links.get(carrier.of) ?? [];
          const m = matchClaims(p.claims, orig.map((o) => ({ key: foldKey(o.content) })));
          origin = m.map((j) => (j < 0 ? { origin: null, root: id } : { origin: orig[j]!.originClaimId ?? orig[j]!.id, root: orig[j]!.rootDocumentId }));
        }
        // Written out field by field: a rest pattern and a spread per claim cost more than the rest of this loop.
        const claims: ClaimRow[] = p.claims.map((c, i) => ({
          id: c.id, index: c.index, kind: c.kind, speaker: c.speaker, speakerType: c.speakerType, side: c.side, affiliation: c.affiliation,
          cue: c.cue, content: c.content, start: c.start, end: c.end, date: c.date, originClaimId: origin[i]!.origin, rootDocumentId: origin[i]!.root,
          facts: c.facts, comparable: c.comparable, places: c.places, events: c.events,
        }));
        links.set(id, claims.map((c) => ({ id: c.id, index: c.index, content: c.content, originClaimId: c.originClaimId, rootDocumentId: c.rootDocumentId })));
        return {
          document: p.document, analysis: p.analysis, analysisJson: p.analysisJson, claimCount: p.claimCount, analysisLang: p.analysisLang, title: p.title, contentHash: p.contentHash, outlet: p.outlet, carrier,
          signature: carrier?.duplicate === 'exact' ? null : p.signature, bandKeys: carrier?.duplicate === 'exact' ? [] : p.bandKeys,
          claims, quantities: p.quantities,
        };
      });
      if (!this.store.readonly && (await this.store.meta('facts_version')) === null) {
        await this.store.setMeta({ facts_version: String(this.factsVersion) });
      }
      const put = await this.store.putDocuments(rows);
      rows.forEach((r, k) => {
        const c = r.carrier;
        outcomes[at[k]!] = put[k]
          ? { id: r.document.id, status: c === null ? 'new' : c.duplicate === 'exact' ? 'exact-duplicate' : 'near-duplicate', carrierOf: c?.of ?? null, similarity: c?.similarity ?? null }
          : { id: r.document.id, status: 'unchanged', carrierOf: null, similarity: null };
      });
    }
    return outcomes as IngestOutcome[];
  }

  /** True when the stored claim facts were made by another version of the facts function. */
  async factsStale(): Promise<boolean> {
    const v = await this.store.meta('facts_version');
    if (v !== null) return v !== String(this.factsVersion);
    return (await this.store.stats()).claims > 0;
  }

  /**
   * Recomputes every claim's facts (side, affiliation, statuses, quantities' subjects) from the
   * stored analyses with the current facts function, 200 documents per transaction, and records
   * the version. Places and days keep the values stored at ingest. Returns the documents updated.
   */
  async refreshFacts(onProgress?: (done: number) => void): Promise<number> {
    const facts = this.opts.facts ?? extractClaimFacts;
    let cursor: string | null = null;
    let done = 0;
    for (;;) {
      const page: Awaited<ReturnType<Store['analyses']>> = await this.store.analyses(cursor, REFRESH_BATCH);
      // (extractClaimFacts loads the Russian morphology itself, so a refresh's facts equal ingest's)
      const updates = page.items.flatMap(({ documentId, analysis }) => analysis.claims.map((_, i) => {
        const f = facts(analysis, i);
        return {
          claimId: `${documentId}#${i}`, facts: f as unknown as Record<string, unknown>, side: f.speaker.side ?? null,
          affiliation: f.speaker.affiliation ?? null, comparable: comparableFacts(f),
        };
      }));
      if (updates.length) await this.store.updateClaimFacts(updates);
      done += page.items.length;
      onProgress?.(done);
      if (page.next === null) break;
      cursor = page.next;
    }
    await this.store.setMeta({ facts_version: String(this.factsVersion) });
    this.reports.clear();
    return done;
  }

  /**
   * Disputes (and, when asked, agreements) among the stored claims matching `q`, from compare.
   * Reports are cached per query and ledger revision, in memory (concurrent identical requests
   * share one computation) and in the store: asking again before the next change costs one read.
   * A read-only ledger uses the store's cache but cannot fill it, nor refresh stale facts.
   */
  async disputes(q: DisputeQuery = {}): Promise<DisputeReport> {
    if (!this.store.readonly && (await this.factsStale())) await this.refreshFacts();
    // the rules' version is part of the key: a report of older rules is not served after an upgrade
    const key = JSON.stringify([COMPARE_VERSION, q.place ?? null, q.region ?? null, q.from ?? null, q.to ?? null, q.speaker ?? null, q.side ?? null,
      q.agreements === true, q.windowDays ?? null]);
    const revision = await this.store.revision();
    const mk = `${revision} ${key}`;
    const hit = this.reports.get(mk);
    if (hit) {
      this.reports.delete(mk);
      this.reports.set(mk, hit);
      return hit;
    }
    const p = this.report(q, key, revision);
    this.reports.set(mk, p);
    p.catch(() => this.reports.get(mk) === p && this.reports.delete(mk));
    while (this.reports.size > MAX_REPORTS) this.reports.delete(this.reports.keys().next().value!);
    return p;
  }

  private async report(q: DisputeQuery, key: string, revision: string): Promise<DisputeReport> {
    const cached = await this.store.getCached(key, revision);
    if (cached !== null) return JSON.parse(cached) as DisputeReport;
    const report = await (this.opts.computeDisputes ? this.opts.computeDisputes(q) : this.computeDisputes(q));
    if (!this.store.readonly) {
      try {
        await this.store.putCached(key, revision, JSON.stringify(report));
      } catch {
        // a cache that cannot be written (disk full, locked) only costs time next time
      }
    }
    return report;
  }

  /** Disputes among the stored claims matching `q`, computed now (no cache). */
  async computeDisputes(q: DisputeQuery): Promise<DisputeReport> {
    const compare = this.opts.compare ?? compareClaims;
    const records: CompareRecord[] = [];
    const filter = { place: q.place, region: q.region, from: q.from, to: q.to, speaker: q.speaker, side: q.side };
    for (const k of Object.keys(filter) as (keyof typeof filter)[]) if (filter[k] === undefined) delete filter[k];
    for await (const c of this.store.comparableClaims(filter)) {
      records.push({
        ...(c.facts as unknown as CompareRecord), id: c.id, documentId: c.documentId, index: c.index,
        source: c.source, outlet: c.outlet, textOf: c.rootDocumentId, published: c.published,
      });
    }
    // Compare sees the claims in one canonical order, not in storage order: storage order is the
    // order documents were ingested in (folder order, `--jobs`, workers on many hosts), and compare's
    // grouping keeps first-seen names and members, so the same documents must give the same disputes.
    records.sort(canonicalOrder);
    const opts: CompareOptions = { agreements: q.agreements === true };
    if (q.windowDays !== undefined) opts.windowDays = q.windowDays;
    const result = compare(records, opts);
    const cited = new Set<string>();
    for (const d of result.disputes) for (const s of d.sides) for (const c of s.claims) cited.add(c);
    for (const a of result.agreements) for (const c of a.side.claims) cited.add(c);
    const claims: Record<string, ClaimRecord> = {};
    for (const c of await this.store.getClaims([...cited])) claims[c.id] = c;
    return { disputes: result.disputes, agreements: result.agreements, claims, groups: result.groups, compared: result.claims, ms: result.ms };
  }

  /** Closes the store. */
  close(): Promise<void> {
    return this.store.close();
  }
}
