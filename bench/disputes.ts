/**
 * Dispute benchmark on real reporting (issue 9): `npm run bench:disputes`.
 *
 *   npm run bench:disputes -- [--split dev|test|all] [--incidents a,b,...] [--held] [--json] [--keep] [--explain]
 *
 * For each split of bench/gold/disputes (written by hand before any run), ingests the split's
 * folder into a temporary SQLite ledger through the real binary (`sitrep ingest`, the CLI's own
 * code path), reads `sitrep disputes --json --agreements`, names each cited claim's document as the
 * gold does (path under bench/gold/disputes/, `#<message id>` for Telegram, `#<record id>` for JSON
 * Lines; read through the store's public `documents()` query), and matches the ledger against
 * expected.json with the pure functions of bench/disputes-match.ts. Reports per split: precision,
 * recall, F1, kind accuracy among matches ("kind n/a" when the ledger gives no kinds), agreements
 * found, must-not-be-disputes violated, photo credits taken as speakers, and every miss and false
 * dispute. `--incidents` (with one split) ingests and scores only the named incidents of that
 * split (incident ids or their folders), e.g. a fresh batch that no rule was tuned on. An incident
 * marked `"held": true` in expected.json belongs to a batch kept unseen for the next round: a split's
 * run leaves it out (and says how many it left out); `--held` scores only the held-out incidents. `--explain` adds, for each missed gold dispute, the chain of stages its two sides went
 * through in the ledger (bench/disputes-explain.ts), the first failing stage marked, and a tally of
 * the misses by that stage.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';
import { GOLD, allClaims, documentKeys, sitrepRunner } from './ledger-read.js';
import { compareClaims, kindWindowDays } from '../src/compare/index.js';
import type { ClaimRecord as CompareRecord, DisputeKind } from '../src/compare/types.js';
import { explainMiss, explanationText, tallyStages, type ExplainClaim, type Explanation } from './disputes-explain.js';
import { checkSpeakers, creditClaims, inFolders, scoreSplit, selectIncidents, type ClaimLite, type Gold, type GoldIncident, type Pred, type PredSide, type SpeakerCheck, type SpeakerCheckResult, type SplitScore } from './disputes-match.js';

/** Runs bin/sitrep.js; exits on failure. */
const sitrep = sitrepRunner('bench:disputes');

const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'all' },
    incidents: { type: 'string' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    held: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('npm run bench:disputes -- [--split dev|test|all] [--incidents a,b,...] [--held] [--json] [--keep] [--explain]\n');
  process.exit(0);
}
const splits = args.split === 'all' ? ['dev', 'test'] : [args.split!];
for (const s of splits) {
  if (s !== 'dev' && s !== 'test') {
    process.stderr.write(`bench:disputes: --split must be dev, test or all, not ${JSON.stringify(s)}\n`);
    process.exit(2);
  }
}
const only = args.incidents === undefined ? null : args.incidents.split(',').map((x) => x.trim()).filter(Boolean);
if (only && (splits.length !== 1 || only.length === 0)) {
  process.stderr.write('bench:disputes: --incidents needs one --split (dev or test) and at least one incident\n');
  process.exit(2);
}
if (only && args.held) {
  process.stderr.write('bench:disputes: --held and --incidents do not go together\n');
  process.exit(2);
}

/**
 * The incidents of a split to score (null: all): those named by `--incidents`; with `--held`, the
 * held-out ones; else, when the split has held-out incidents, every other one.
 */
function onlyFor(split: string): string[] | null {
  if (only) return only;
  const inSplit = gold.incidents.filter((i) => i.split === split);
  if (args.held) return inSplit.filter((i) => i.held).map((i) => i.id);
  if (!inSplit.some((i) => i.held)) return null;
  return inSplit.filter((i) => !i.held).map((i) => i.id);
}

/** The `incidents` field of a split's JSON report: the selection, when there is one. */
function chosenOf(split: string): { incidents?: string[] } {
  const chosen = onlyFor(split);
  return chosen ? { incidents: chosen } : {};
}

/** How the selection of a split reads in the report. */
function selectionLine(split: string): string | null {
  if (only) return `incidents: ${only.join(', ')}`;
  const held = gold.incidents.filter((i) => i.split === split && i.held).length;
  if (held === 0) return null;
  return args.held ? `held-out incidents only (${held})` : `${held} held-out incident(s) left out (an unseen batch: --held scores them)`;
}

/** The report printed by `sitrep disputes --json --agreements` (only the fields read here). */
interface ReportSide { position: string; claims: string[]; speakers: { name: string | null; side: string | null }[] }
interface ReportTopic { place: string | null; placeName: string | null; from: string | null; to: string | null }
interface Report {
  disputes: { id: string; topic: ReportTopic; reason?: string; kind?: string; sides: ReportSide[] }[];
  agreements: { id: string; topic: ReportTopic; kind?: string; side: ReportSide }[];
  claims: Record<string, { documentId: string; speaker: string | null; side?: string | null; places?: { placeId?: string; name?: string; admin1?: string | null }[] }>;
}

/** ISO regions a topic belongs to: `region:XX`, or the admin1 of the claims' places that are the topic's place. */
function topicRegions(t: ReportTopic, claimIds: string[], r: Report): string[] {
  const out = new Set<string>();
  if (t.place?.startsWith('region:')) out.add(t.place.slice('region:'.length));
  for (const id of claimIds) {
    for (const p of r.claims[id]?.places ?? []) if (p.admin1 && (p.placeId === t.place || t.place === null)) out.add(p.admin1);
  }
  return [...out];
}

interface SplitResult { score: SplitScore; incidents: GoldIncident[]; docs: number; claims: number; stored: number; speakerChecks: SpeakerCheckResult[]; credits: ClaimLite[]; explained: Explanation[] }

/** Days over which compare sets claims of a dispute kind against each other (data/compare.tsv, per kind). */
function windowOf(kind: string): number {
  return kindWindowDays(kind as DisputeKind);
}

async function runSplit(split: string, gold: Gold & { speakerChecks?: Record<string, SpeakerCheck[]> }): Promise<SplitResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-disputes-'));
  const db = join(tmp, 'ledger.db');
  try {
    const dir = join(GOLD, split);
    const chosen = onlyFor(split);
    if (chosen && chosen.length === 0) {
      process.stderr.write(`bench:disputes: no ${args.held ? 'held-out ' : ''}incident in split ${split}\n`);
      process.exit(2);
    }
    const selection = chosen ? selectIncidents(gold, split, chosen) : null;
    if (selection?.unknown.length) {
      process.stderr.write(`bench:disputes: no incident ${selection.unknown.map((u) => JSON.stringify(u)).join(', ')} in split ${split}\n`);
      process.exit(2);
    }
    if (selection && selection.folders.length === 0) {
      process.stderr.write(`bench:disputes: the incidents ${chosen!.join(', ')} list no documents in split ${split}\n`);
      process.exit(2);
    }
    // folders in name order, as ingesting the whole split reads them: reprint detection keeps the
    // first copy it sees, so another order could credit another copy and change the ledger
    const inputs = selection ? [...selection.folders].sort().map((f) => join(dir, f)) : [dir];
    const summary = JSON.parse(sitrep(['ingest', '--db', db, '--json', '--quiet', ...inputs])) as { read?: number; skipped?: number };
    if (summary.skipped) process.stderr.write(`bench:disputes: ${summary.skipped} input(s) skipped in ${split}\n`);
    const report = JSON.parse(sitrep(['disputes', '--db', db, '--json', '--agreements'])) as Report;
    const store = openStore(db);
    const keyOf = new Map<string, string>();
    // what compare reads: the stored facts of every comparable claim, as the ledger hands them to it
    const records = new Map<string, CompareRecord>();
    try {
      // every stored document (until stop 32 only the first 1000 were read: the dev half outgrew that, and the
      // documents after the thousandth could match no gold key)
      for (const [id, key] of await documentKeys(store)) keyOf.set(id, key);
      if (args.explain) {
        for await (const c of store.comparableClaims({})) {
          records.set(c.id, { ...(c.facts as unknown as CompareRecord), id: c.id, documentId: c.documentId, index: c.index, source: c.source, outlet: c.outlet, textOf: c.rootDocumentId, published: c.published });
        }
      }
    } finally {
      await store.close();
    }
    const side = (s: ReportSide): PredSide => ({
      position: s.position,
      docs: [...new Set(s.claims.map((c) => keyOf.get(report.claims[c]?.documentId ?? '') ?? `?${c}`))],
      speakers: s.speakers.map((sp) => ({ name: sp.name, side: sp.side })),
    });
    const disputes: Pred[] = report.disputes.map((d) => ({
      id: d.id, kind: d.kind ?? null, reason: d.reason ?? null, placeName: d.topic.placeName, from: d.topic.from, to: d.topic.to,
      admin1: topicRegions(d.topic, d.sides.flatMap((s) => s.claims), report), sides: d.sides.map(side),
    }));
    const agreements: Pred[] = report.agreements.map((a) => ({
      id: a.id, kind: a.kind ?? null, reason: null, placeName: a.topic.placeName, from: a.topic.from, to: a.topic.to,
      admin1: topicRegions(a.topic, a.side.claims, report), sides: [side(a.side)],
    }));
    const incidents = selection ? selection.incidents : gold.incidents.filter((i) => i.split === split);
    const checks = (gold.speakerChecks?.[split] ?? []).filter((c) => !selection || inFolders(c.doc, split, selection.folders));
    const listed = allClaims(sitrep, db);
    const stored: ClaimLite[] = listed.map((c) => ({ doc: keyOf.get(c.documentId) ?? `?${c.documentId}`, speaker: c.speaker, content: c.content }));
    const score = scoreSplit(split, incidents, disputes, agreements);
    let explained: Explanation[] = [];
    if (args.explain) {
      const ex: ExplainClaim[] = listed.map((c) => ({ id: c.id, doc: keyOf.get(c.documentId) ?? `?${c.documentId}`, speaker: c.speaker, side: c.side ?? null, content: c.content, record: records.get(c.id) ?? null }));
      explained = score.missed.map((g) => explainMiss(g, ex, { compare: (recs) => compareClaims(recs, { agreements: false }).disputes, windowDays: windowOf, ledger: disputes }));
    }
    return {
      score, incidents, explained, docs: summary.read ?? keyOf.size, claims: Object.keys(report.claims).length,
      stored: stored.length, speakerChecks: checkSpeakers(checks, stored),
      credits: creditClaims(incidents.flatMap((i) => i.neverSpeakers), stored),
    };
  } finally {
    if (args.keep) process.stderr.write(`bench:disputes: kept ${db}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

const pct = (x: number): string => (100 * x).toFixed(1);
const predLine = (p: Pred): string =>
  `${p.id} ${p.kind ?? p.reason ?? '?'} @ ${p.placeName ?? '-'} [${p.admin1.join(',')}] ${p.from ?? '?'}..${p.to ?? '?'}\n` +
  p.sides.map((s) => `        - ${s.position} | ${s.speakers.map((x) => `${x.name ?? '?'} (${x.side ?? '?'})`).join(', ')} | ${s.docs.join(' ')}`).join('\n');

const gold = JSON.parse(readFileSync(join(GOLD, 'expected.json'), 'utf8')) as Gold;
const results: SplitResult[] = [];
for (const s of splits) results.push(await runSplit(s, gold));

if (args.json) {
  process.stdout.write(JSON.stringify(results.map(({ score, docs, claims, stored, speakerChecks, credits, explained }) => ({
    split: score.split, ...chosenOf(score.split), documents: docs, claims, storedClaims: stored,
    speakerChecks: { passed: speakerChecks.filter((c) => c.pass).length, total: speakerChecks.length, failed: speakerChecks.filter((c) => !c.pass).map((c) => ({ doc: c.check.doc, content: c.check.content, expected: c.check.speakers, found: c.found })) },
    creditClaims: credits, gold: score.gold, predicted: score.predicted, precision: score.precision, recall: score.recall, f1: score.f1,
    kindAccuracy: score.kindAccuracy, agreements: { gold: score.agreementsGold, found: score.agreementsFound, predicted: score.agreementsPredicted },
    missed: score.missed.map((g) => g.id), falseDisputes: score.falseDisputes.map((p) => p.id), violations: score.violations, creditSpeakers: score.creditSpeakers,
    ...(args.explain ? { explain: explained.map((e) => ({ id: e.gold.id, kind: e.gold.kind, firstFail: e.firstFail, lines: e.lines })) } : {}),
  })), null, 2) + '\n');
} else {
  for (const { score: r, incidents, docs, claims, stored, speakerChecks, credits, explained } of results) {
    const out: string[] = [];
    const sel = selectionLine(r.split);
    if (sel) out.push(sel);
    out.push(`== ${r.split}: ${docs} documents, ${stored} claims stored, ${claims} cited in disputes/agreements ==`);
    out.push(`disputes: gold ${r.gold}, predicted ${r.predicted}, correct ${r.correct.length} (gold matched ${r.matchedGold.length})`);
    out.push(`precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  ${r.kindAccuracy === null ? 'kind n/a' : `kind accuracy ${pct(r.kindAccuracy)}`}`);
    out.push(`agreements: gold ${r.agreementsGold}, found ${r.agreementsFound.length}${r.agreementsFound.length ? ` (${r.agreementsFound.join(', ')})` : ''}; ledger lists ${r.agreementsPredicted}`);
    const goldAgreements = incidents.flatMap((i) => i.agreements);
    for (const g of goldAgreements) if (!r.agreementsFound.includes(g.id)) out.push(`    agreement not found: ${g.id} ${g.place.name} ${g.window.join('..')}: ${g.what}`);
    for (const a of r.agreementPreds) out.push(`    ledger agreement: ${predLine(a)}`);
    out.push(`must-not-be-disputes violated: ${r.violations.length}${r.violations.map((v) => `\n    ${v.notDispute} (${v.reason}) by ${v.pred}`).join('')}`);
    out.push(`photo credits as speakers: ${r.creditSpeakers.length}${r.creditSpeakers.map((c) => `\n    ${c.speaker} in ${c.pred}`).join('')}`);
    out.push(`speaker checks (hard attribution cases): ${speakerChecks.filter((c) => c.pass).length} / ${speakerChecks.length}`);
    for (const c of speakerChecks) if (!c.pass) out.push(`    FAIL ${c.check.doc}: "${c.check.content}" expected ${c.check.speakers.join(' or ')}, found ${c.found.length ? c.found.map((f) => f ?? '(none)').join(', ') : 'no claim'} (${c.check.why})`);
    out.push(`claims whose speaker is a photo credit: ${credits.length}${credits.map((c) => `\n    ${c.speaker} in ${c.doc}`).join('')}`);
    out.push(`missed (${r.missed.length}):`);
    for (const g of r.missed) out.push(`    ${g.id} [${g.kind}] ${g.place.name} ${g.window.join('..')}: ${g.what}`);
    out.push(`correct (${r.correct.length}):`);
    for (const c of r.correct) out.push(`    ${c.gold} <- ${predLine(c.pred)}`);
    out.push(`false disputes (${r.falseDisputes.length}):`);
    for (const p of r.falseDisputes) out.push(`    ${predLine(p)}`);
    if (args.explain) {
      out.push(`why missed (${explained.length}), stage by stage:`);
      for (const e of explained) out.push(...explanationText(e).map((l) => `  ${l}`));
      out.push('missed, by first failing stage:');
      for (const t of tallyStages(explained)) out.push(`    ${t.stage.padEnd(9)} ${String(t.count).padStart(2)}  ${t.ids.join(', ')}`);
    }
    process.stdout.write(out.join('\n') + '\n\n');
  }
  process.stdout.write(`Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.versions.node}.` + ' Targets (issue 9, test split): recall >= 0.8, precision >= 0.9.\n');
}
