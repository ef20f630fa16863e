/**
 * Real-text dispute check on Russian channel posts: `npm run bench:ru-disputes`.
 *
 *   npm run bench:ru-disputes -- [--split dev|test|all] [--keep] [--verbose] [--bin DIR]
 *
 * bench/gold/ru-disputes holds short excerpts of real posts of ../shared/corpora/ru-telegram-2024
 * (CC BY 4.0, NKTKLN; see that folder's README) grouped into cases, one case per dispute the ledger
 * once reported on the whole corpus, and `expected.json`: for each case, written by hand from
 * reading the posts, whether it is a real dispute (and its kind) or must not be one. For each split
 * the split's folder is ingested into a temporary ledger through the real binary (`sitrep ingest`,
 * `sitrep disputes --json`); every dispute is assigned to the cases of its claims' documents
 * (record ids start with the case id). Reported per split: real disputes found (right kind),
 * must-not cases that still hold a dispute, disputes across cases, and precision of the ledger's
 * disputes on this text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';

const TOOL = 'bench:ru-disputes';
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const GOLD = join(ROOT, 'bench', 'gold', 'ru-disputes');

const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'all' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    bin: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('npm run bench:ru-disputes -- [--split dev|test|all] [--keep] [--verbose] [--bin DIR]\n');
  process.exit(0);
}
// --bin DIR: another build's bin/sitrep.js (e.g. a frozen build of main), for a before/after run
const BIN = args.bin ? resolve(args.bin, 'bin', 'sitrep.js') : join(ROOT, 'bin', 'sitrep.js');
const splits = args.split === 'all' ? ['dev', 'test'] : [args.split!];
for (const s of splits) {
  if (s !== 'dev' && s !== 'test') {
    process.stderr.write(`${TOOL}: --split must be dev, test or all, not ${JSON.stringify(s)}\n`);
    process.exit(2);
  }
}

/** One case of expected.json. */
interface Case { id: string; split: 'dev' | 'test'; expect: 'dispute' | 'none'; kind: string | null; place: string; what: string; cause: string }
interface Report {
  disputes: { id: string; kind?: string; topic: { placeName: string | null; from: string | null; to: string | null }; sides: { position: string; claims: string[] }[] }[];
  claims: Record<string, { documentId: string }>;
}

/** Runs bin/sitrep.js; exits on failure. */
function sitrep(argv: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    process.stderr.write(`${TOOL}: sitrep ${argv[0]} failed (exit ${r.status}):\n${r.stderr}\n`);
    process.exit(1);
  }
  return r.stdout;
}

/** The case id of a record id (`c07-tg-…` → `c07`). */
export function caseOf(recordId: string): string {
  return recordId.split('-')[0]!;
}

interface SplitScore { split: string; cases: number; real: number; realFound: string[]; mustNot: number; violated: Map<string, string[]>; across: string[]; disputes: number; correct: number; lines: string[] }

async function runSplit(split: string, cases: Case[]): Promise<SplitScore> {
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-ru-disputes-'));
  const db = join(tmp, 'ledger.db');
  try {
    sitrep(['ingest', '--db', db, '--json', '--quiet', join(GOLD, split)]);
    const report = JSON.parse(sitrep(['disputes', '--db', db, '--json'])) as Report;
    const store = openStore(db);
    const caseOfDoc = new Map<string, string>();
    try {
      for (const d of (await store.documents({ limit: 1000 })).items) {
        const rid = (d.meta as { recordId?: string }).recordId;
        if (rid) caseOfDoc.set(d.id, caseOf(rid));
      }
    } finally {
      await store.close();
    }
    const byId = new Map(cases.map((c) => [c.id, c]));
    const here = cases.filter((c) => c.split === split);
    const score: SplitScore = {
      split, cases: here.length, real: here.filter((c) => c.expect === 'dispute').length, realFound: [],
      mustNot: here.filter((c) => c.expect === 'none').length, violated: new Map(), across: [], disputes: report.disputes.length, correct: 0, lines: [],
    };
    for (const d of report.disputes) {
      const of = [...new Set(d.sides.flatMap((s) => s.claims).map((c) => caseOfDoc.get(report.claims[c]?.documentId ?? '') ?? '?'))];
      const line = `${d.id} ${d.kind ?? '?'} @ ${d.topic.placeName ?? '-'} ${d.topic.from ?? '?'}..${d.topic.to ?? '?'} [${of.join(',')}]: ${d.sides.map((s) => s.position).join(' vs ')}`;
      if (of.length !== 1) {
        score.across.push(line);
        continue;
      }
      const c = byId.get(of[0]!);
      if (c && c.expect === 'dispute' && (c.kind === null || c.kind === d.kind)) {
        score.correct++;
        if (!score.realFound.includes(c.id)) score.realFound.push(c.id);
        score.lines.push(`  ok   ${line}`);
      } else {
        const k = of[0]!;
        score.violated.set(k, [...(score.violated.get(k) ?? []), line]);
      }
    }
    return score;
  } finally {
    if (args.keep) process.stderr.write(`${TOOL}: kept ${db}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

const expected = JSON.parse(readFileSync(join(GOLD, 'expected.json'), 'utf8')) as { cases: Case[] };
for (const split of splits) {
  const s = await runSplit(split, expected.cases);
  const falseN = s.disputes - s.correct;
  const out = [
    `== ${split}: ${s.cases} cases (${s.real} real disputes, ${s.mustNot} must-not) ==`,
    `real disputes found: ${s.realFound.length} / ${s.real}`,
    `must-not cases holding a dispute: ${[...s.violated.keys()].filter((k) => expected.cases.find((c) => c.id === k)?.expect === 'none').length} / ${s.mustNot}`,
    `disputes: ${s.disputes} (${s.correct} correct, ${falseN} false, of them ${s.across.length} across cases); precision ${s.disputes ? ((100 * s.correct) / s.disputes).toFixed(1) : 'n/a'}`,
  ];
  for (const c of expected.cases.filter((x) => x.split === split && x.expect === 'dispute' && !s.realFound.includes(x.id))) out.push(`  MISSED ${c.id} ${c.kind} @ ${c.place}: ${c.what}`);
  for (const [k, lines] of s.violated) {
    const c = expected.cases.find((x) => x.id === k);
    out.push(`  FALSE in ${k}${c ? ` (${c.cause})` : ''}:`);
    for (const l of lines) out.push(`       ${l}`);
  }
  for (const l of s.across) out.push(`  ACROSS ${l}`);
  if (args.verbose) out.push(...s.lines);
  process.stdout.write(out.join('\n') + '\n\n');
}
