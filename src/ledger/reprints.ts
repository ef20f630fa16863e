/**
 * Reprint detection over a whole ledger: the one detector every ingest path uses. Exact copies
 * by content hash, near copies by MinHash LSH candidates judged by the shared rule `pickReprint`
 * (src/ingest/dedup.ts, also behind the in-memory `NearDupIndex`). Candidates come from the store
 * (documents stored before) and from the documents earlier in the same batch, which the store has
 * not seen yet, so a batch gives the same links as storing its documents one by one.
 */
import { NEAR_THRESHOLD, pickReprint, reprintAgrees, similarity, textFacts, type TextFacts } from '../ingest/dedup.js';
import type { CarrierLink, ReprintCandidate, Store } from '../store/types.js';
import { placeKeys, type PreparedDocument } from './prepare.js';

/** Most LSH candidates examined for one new text (boilerplate can collide with thousands). */
export const MAX_CANDIDATES = 200;

/** Storage order given to a batch's own documents: after every stored one. */
const BATCH_SEQ = 2 ** 52;

/** Options of `detectReprints`. */
export interface ReprintOptions {
  /** Estimated similarity from which a text is a near-duplicate (default `NEAR_THRESHOLD`). */
  threshold?: number;
}

/**
 * For each document of `batch` (in order), the earlier document it carries, or null. "Earlier"
 * means stored in `store` or earlier in `batch`. Exact copies point at the first document with the
 * same content hash; near copies at the most similar candidate whose figures (and, for short
 * texts, places) agree.
 */
export async function detectReprints(store: Store, batch: readonly PreparedDocument[], opts: ReprintOptions = {}): Promise<(CarrierLink | null)[]> {
  const threshold = opts.threshold ?? NEAR_THRESHOLD;
  const stored = await store.firstByHash(batch.map((d) => d.contentHash));
  // Near look-ups only for texts that are not exact copies of stored ones.
  const nearIdx = batch.map((d, i) => (stored.has(d.contentHash) ? -1 : i)).filter((i) => i >= 0);
  // Only candidates at the threshold are judged below: the store may leave out the others.
  const storeCands = await store.reprintCandidates(nearIdx.map((i) => batch[i]!.bandKeys), MAX_CANDIDATES,
    { signatures: nearIdx.map((i) => batch[i]!.signature), threshold });
  const candsOf = new Map<number, ReprintCandidate[]>(nearIdx.map((i, k) => [i, storeCands[k]!]));

  // The texts of stored candidates that are similar enough to be judged, read in one call.
  const wanted = new Set<string>();
  for (const i of nearIdx) {
    for (const c of candsOf.get(i)!) if (similarity(batch[i]!.signature, c.signature) >= threshold) wanted.add(c.id);
  }
  const texts = await store.reprintTexts([...wanted]);
  const factsCache = new Map<string, TextFacts>();
  const storedFacts = (id: string): TextFacts | null => {
    let f = factsCache.get(id);
    if (f) return f;
    const t = texts.get(id);
    if (!t) return null;
    f = textFacts(t.text, placeKeys(t.places));
    factsCache.set(id, f);
    return f;
  };

  // The batch so far, as the store will hold it: first document per hash, LSH buckets of the non-exact ones.
  const batchHash = new Map<string, string>();
  const buckets = new Map<number, number[]>();
  // The batch's own texts' facts, made only for the texts a near copy is judged against (or of).
  const batchFacts = new Map<number, TextFacts>();
  const factsOf = (j: number): TextFacts => {
    let f = batchFacts.get(j);
    if (!f) batchFacts.set(j, (f = textFacts(batch[j]!.document.text, batch[j]!.placeKeys)));
    return f;
  };
  const out: (CarrierLink | null)[] = [];
  batch.forEach((d, i) => {
    let link: CarrierLink | null = null;
    const exact = stored.get(d.contentHash) ?? batchHash.get(d.contentHash);
    if (exact !== undefined) link = { of: exact, duplicate: 'exact', similarity: 1 };
    else {
      const seen = new Set<number>();
      const mine: (ReprintCandidate & { at: number })[] = [];
      for (const k of d.bandKeys) {
        for (const j of buckets.get(k) ?? []) {
          if (seen.has(j)) continue;
          seen.add(j);
          mine.push({ id: batch[j]!.document.id, seq: BATCH_SEQ + j, signature: batch[j]!.signature, at: j });
        }
      }
      const cands: (ReprintCandidate & { at?: number })[] = [...(candsOf.get(i) ?? []), ...mine];
      const best = pickReprint(d.signature, cands, threshold, (c) => {
        const other = c.at !== undefined ? factsOf(c.at) : storedFacts(c.id);
        return other !== null && reprintAgrees(factsOf(i), other);
      });
      if (best) link = { of: best.candidate.id, duplicate: 'near', similarity: best.similarity };
    }
    if (!batchHash.has(d.contentHash) && !stored.has(d.contentHash)) batchHash.set(d.contentHash, d.document.id);
    if (link?.duplicate !== 'exact') for (const k of d.bandKeys) {
      const b = buckets.get(k);
      if (b) b.push(i);
      else buckets.set(k, [i]);
    }
    out.push(link);
  });
  return out;
}
