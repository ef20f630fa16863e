/**
 * Shared helpers of the claim-facts and compare table tests: every fact of every claim of a text as a
 * short label, a table check that lists every failing row at once, and a text's claim records.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord } from '../../src/compare/types.js';

/** Every fact of every claim of a text, as short labels ("resp RU -1", "cause accident", "control holds UA 1", "advance UA -1", "q 23 armoured_vehicles"), and "claim" once per claim. */
export function factLabelsWithClaims(text: string, author?: string): string[] {
  const extra = author ? { author, authorType: 'organisation' as const, ownVoice: true } : {};
  const a = analyze({ id: 't', text, published: '2024-06-01T10:00:00Z', ...extra });
  const out: string[] = [];
  a.claims.forEach((_, i) => {
    out.push('claim');
    const f = extractClaimFacts(a, i);
    for (const e of f.events ?? []) out.push(e.topic === 'cause' ? `cause ${e.cause}` : `resp ${e.agentSide} ${e.polarity}`);
    for (const s of f.statuses) out.push(s.topic === 'control' ? `control ${s.state} ${s.subjectSide} ${s.polarity}` : `${s.topic} ${s.subjectSide} ${s.polarity}`);
    for (const q of f.quantities) out.push(`q ${q.value} ${q.unit}`);
  });
  return out;
}

/** Every fact of every claim of a text, as short labels (see factLabelsWithClaims), without the "claim" entries. */
export function factLabels(text: string, author?: string): string[] {
  return factLabelsWithClaims(text, author).filter((l) => l !== 'claim');
}

/** What factLabels can produce: "resp SIDE ±1", "cause WHAT", "control STATE SIDE ±1", "TOPIC SIDE ±1", "q VALUE UNIT". */
const LABEL = /^(resp \S+ -?1|cause [a-z_]+|control (holds|lost|part|contested|encircled) \S+ -?1|(advance|attack|situation|event) \S+ -?1|q \S+ \S+)$/;

/** Rows: text, own-voice author or undefined, labels that must be there, labels that must not. */
export type FactRow = [string, string | undefined, string[], string[]];

/**
 * Checks every row; fails once with all the rows that went wrong. A row with only must-not labels must give at
 * least one claim (else its must-not labels could never fail); a row that expects no claim at all says so with
 * the label "no claim" among its wants.
 */
export function checkFactRows(rows: readonly FactRow[]): void {
  const bad: string[] = [];
  for (const [text, author, wantAll, not] of rows) {
    // a label that factLabels can never produce (a typo) would make its row pass or fail for nothing
    for (const l of [...wantAll, ...not]) if (l !== 'no claim' && !LABEL.test(l)) bad.push(`${text}\n  label ${JSON.stringify(l)} is not of the label grammar`);
    const all = factLabelsWithClaims(text, author);
    const claims = all.filter((l) => l === 'claim').length;
    const got = all.filter((l) => l !== 'claim');
    const noClaim = wantAll.includes('no claim');
    const want = wantAll.filter((w) => w !== 'no claim');
    if (noClaim && claims > 0) bad.push(`${text}\n  want no claim, got ${claims} (${got.join('; ')})`);
    if (!noClaim && want.length === 0 && claims === 0) bad.push(`${text}\n  no claim: the must-not labels cannot fail`);
    for (const w of want) if (!got.includes(w)) bad.push(`${text}\n  want ${w}, got ${got.join('; ')}`);
    for (const n of not) if (got.includes(n)) bad.push(`${text}\n  did not want ${n}, got ${got.join('; ')}`);
  }
  assert.deepEqual(bad, []);
}

/** The claim records of one text as compare consumes them (document id `id`, every provenance field `id`). */
export function claimRecords(id: string, text: string, published: string, extra: DocExtra = {}): ClaimRecord[] {
  const a = analyze({ id, text, published, ...extra });
  return a.claims.map((_, i) => ({ ...extractClaimFacts(a, i), id: `${id}#${i}`, documentId: id, index: i, source: id, outlet: id, textOf: id, published }));
}

/** A document of a compare table test: its id, text and publication time. */
export type Doc = [id: string, text: string, published: string];

/** The claim records of `docs`, document by document (`claimRecords` of each). */
export function recordsOf(docs: readonly Doc[]): ClaimRecord[] {
  return docs.flatMap(([id, text, published]) => claimRecords(id, text, published));
}

/** The responsibility facts of `text`'s claims (published 1 June 2024) as "<doer> <polarity>" labels, sorted, each once. */
export function respOf(text: string): string[] {
  const got = claimRecords('t', text, '2024-06-01T09:00:00Z').flatMap((r) => (r.events ?? []).filter((e) => e.topic === 'responsibility').map((e) => `${e.agentSide} ${e.polarity}`));
  return [...new Set(got)].sort();
}

/** Who a test document is by: an author, its kind, and whether it speaks in its own voice. */
export type DocExtra = { author?: string; authorType?: 'organisation' | 'channel'; ownVoice?: boolean };

/** The targets ("<doer>|<target>") of the affirmed responsibility facts of `text`'s claims, published at `published`. */
export function strikeTargets(text: string, published: string, extra: DocExtra = {}): string[] {
  const out = new Set<string>();
  for (const r of claimRecords('t', text, published, extra)) {
    for (const e of r.events ?? []) if (e.topic === 'responsibility' && e.polarity === 1 && e.target) out.add(`${e.agentSide}|${e.target}`);
  }
  return [...out].sort();
}

/** Labels of every control and status fact of a channel post (the channel speaks in its own voice), published at `published`. */
export function channelStatusLabels(text: string, published: string): string[] {
  const a = analyze({ id: 'p', text, published, author: 'Канал', authorType: 'channel', ownVoice: true });
  return a.claims.flatMap((_, i) => extractClaimFacts(a, i).statuses.map((s) => (s.topic === 'control' ? `control ${s.state} ${s.subjectSide} ${s.polarity}` : `${s.topic} ${s.subjectSide} ${s.polarity}`)));
}

/** Rows of channel posts: a post, labels that must be there, labels that must not. */
export type PostRow = [string, string[], string[]];

/** Checks channel posts against their rows (channelStatusLabels), listing every failing row at once. */
export function checkChannelPosts(rows: readonly PostRow[], published: string): void {
  const bad: string[] = [];
  for (const [text, want, not] of rows) {
    const got = channelStatusLabels(text, published);
    for (const w of want) if (!got.includes(w)) bad.push(`${text}\n  want ${w}, got ${got.join('; ')}`);
    for (const n of not) if (got.includes(n)) bad.push(`${text}\n  did not want ${n}, got ${got.join('; ')}`);
  }
  assert.deepEqual(bad, []);
}

/** The kinds of the disputes that set a claim of document `c` (a claim, on `claimDay`) against one of document `d` (a denial, on `denialDay`). */
export function kindsBetween(claim: string, claimDay: string, denial: string, denialDay: string): string[] {
  const recs = [...claimRecords('c', claim, `${claimDay}T10:00:00Z`), ...claimRecords('d', denial, `${denialDay}T15:00:00Z`)];
  const out: string[] = [];
  for (const x of compareClaims(recs).disputes) {
    const docs = x.sides.map((s) => new Set(s.claims.map((c) => c.split('#')[0])));
    const across = docs.some((a, i) => docs.some((b, j) => i !== j && a.has('c') && b.has('d')));
    if (across) out.push(x.kind ?? '?');
  }
  return [...new Set(out)].sort();
}

/** [document text, a piece of the claim's content, places its facts must have, places they must not have] */
export type PlaceRow = [string, string, string[], string[]];

/**
 * Checks the places of claim facts: for each row, the claim of the analysed text whose content holds
 * the piece must have every wanted place and none of the unwanted ones; fails once, listing every row
 * that does not hold (the text published at `published`).
 */
export function checkClaimPlaces(rows: PlaceRow[], published: string): void {
  const failures: string[] = [];
  for (const [text, needle, want, not] of rows) {
    const a = analyze({ id: 'p', text, published });
    const i = a.claims.findIndex((c) => c.content.some((f) => text.slice(f.start, f.end).includes(needle)));
    if (i < 0) {
      failures.push(`no claim holds "${needle}" in: ${text}`);
      continue;
    }
    const names = extractClaimFacts(a, i).places.map((p) => p.name);
    const missing = want.filter((w) => !names.includes(w));
    const wrong = not.filter((w) => names.includes(w));
    if (missing.length || wrong.length) failures.push(`"${needle}": places [${names.join(', ')}]${missing.length ? ` lack ${missing.join(', ')}` : ''}${wrong.length ? ` hold ${wrong.join(', ')}` : ''}\n    in: ${text}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
}
