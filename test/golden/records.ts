/**
 * Shared by the ledger golden tests (blame, blame2, control, encircle): hand-written documents of a
 * golden folder through the real analyzer, each claim through `extractClaimFacts`, as the claim
 * records `compareClaims` takes. Not a test itself.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/index.js';

/** One golden document: its id, file (default `<id>.txt`), publication time, and either the author of an own-voice post or the outlet of a news story. */
export interface GoldenDoc {
  id: string;
  file?: string;
  published: string;
  /** The author of an own-voice post (an organisation); null or absent: a news story. */
  author?: string | null;
  /** The outlet of a news story (default: the author, else "Wire"). */
  outlet?: string;
}

/** The claim records of `docs`, read from folder `dir` (ending in "/"), in document order. */
export function goldenRecords(dir: string, docs: readonly GoldenDoc[]): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const d of docs) {
    const file = d.file ?? `${d.id}.txt`;
    const text = readFileSync(dir + file, 'utf8');
    const own = d.author ? { author: d.author, authorType: 'organisation' as const, ownVoice: true } : {};
    const analysis = analyze({ id: d.id, text, published: d.published, source: file, ...own }, { budget: false });
    analysis.claims.forEach((_, i) => {
      out.push({ ...extractClaimFacts(analysis, i), id: `${d.id}#${i}`, documentId: d.id, index: i, source: file, outlet: d.outlet ?? d.author ?? 'Wire', textOf: d.id, published: d.published });
    });
  }
  return out;
}
