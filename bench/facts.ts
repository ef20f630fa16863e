/**
 * Claim-facts benchmark (issue 9): `npm run bench:facts`.
 *
 *   npm run bench:facts -- --split dev|test|held [--set en|ruuk|ru-real|all] [--by-file] [--errors] [--json]
 *
 * `--by-file` scores each gold file of the split alone too (one line each: recall / precision), so a
 * batch written later is reported beside the older ones.
 *
 * The dispute benchmark (bench:disputes) scores the whole ledger; when a dispute is missed, the
 * first stage that fails is most often `facts`: the claim is found, its speaker and side are right,
 * but nothing says what it asserts (who struck, who holds the town, how many were killed). This
 * bench scores that stage alone, on short texts written by hand (bench/gold/facts/README.md) with the
 * expected claims and facts written before the program ran on them: for each gold claim, the
 * analyzer's claim whose content holds the gold `content`, its speaker and side, and each expected
 * fact among `extractClaimFacts`' output. Facts the program gives that the gold does not list count
 * against precision (responsibility, cause, control and status; figures only where a gold claim
 * lists its figures).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { fillFromCorpus, readGold, scoreItems, type GoldItem } from './facts-match.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const GOLD = join(ROOT, 'bench', 'gold', 'facts');
/** The real posts the `post` items refer to (read in place; never copied into the repo). */
const CORPUS = resolve(ROOT, '..', 'shared', 'corpora', 'ru-telegram-2024', 'posts.jsonl');

/** A split's files in a set's folder: `dev.jsonl` and any `dev-*.jsonl` (one per batch or lane). */
function splitFiles(dir: string, split: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f === `${split}.jsonl` || (f.startsWith(`${split}-`) && f.endsWith('.jsonl'))).sort().map((f) => join(dir, f));
}

type Score = ReturnType<typeof scoreItems>;

/** The sum of a score's kinds. */
function totals(kinds: Score['kinds']): { gold: number; found: number; predicted: number; correct: number } {
  const t = { gold: 0, found: 0, predicted: 0, correct: 0 };
  for (const k of kinds.values()) { t.gold += k.gold; t.found += k.found; t.predicted += k.predicted; t.correct += k.correct; }
  return t;
}

/** Scores of disjoint item sets added up: the score of their union. */
function sumScores(scores: readonly Score[]): Score {
  const out: Score = { kinds: new Map(), claims: { gold: 0, found: 0, speaker: 0, side: 0 }, errors: [] };
  for (const s of scores) {
    for (const [k, t] of s.kinds) {
      const o = out.kinds.get(k) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
      o.gold += t.gold; o.found += t.found; o.predicted += t.predicted; o.correct += t.correct;
      out.kinds.set(k, o);
    }
    out.claims.gold += s.claims.gold; out.claims.found += s.claims.found; out.claims.speaker += s.claims.speaker; out.claims.side += s.claims.side;
    out.errors.push(...s.errors);
  }
  return out;
}

function main(): void {
  const { values: args } = parseArgs({
    options: {
      split: { type: 'string' },
      set: { type: 'string', default: 'all' },
      errors: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'by-file': { type: 'boolean', default: false },
    },
  });
  // `held` sets (held-*.jsonl, e.g. the blind paraphrase bank para11) are scored only by the lead,
  // once at the end of a round, like test; nobody who changes rules runs them
  if (args.split !== 'dev' && args.split !== 'test' && args.split !== 'held') {
    process.stderr.write('bench:facts: --split dev, test or held is required (tune on dev only)\n');
    process.exit(2);
  }
  const sets = args.set === 'all' ? ['en', 'ruuk', 'ru-real'] : [args.set!];
  const report: Record<string, unknown> = {};
  for (const set of sets) {
    const files = splitFiles(join(GOLD, set), args.split);
    if (files.length === 0) { process.stdout.write(`bench:facts: no ${set}/${args.split}*.jsonl, skipped\n`); continue; }
    // each file read once; an item remembers its file (for --by-file)
    const fileOf = new Map<string, string>();
    let items: GoldItem[] = files.flatMap((file) => readGold(file).map((i) => (fileOf.set(i.id, file), i)));
    const missing = fillFromCorpus(items, CORPUS);
    if (missing.length > 0) {
      process.stdout.write(`bench:facts: ${missing.length} ${set} items name posts not found in ${CORPUS} (corpus absent?); skipped: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}\n`);
      items = items.filter((i) => !missing.includes(i.id));
      if (items.length === 0) continue;
    }
    const pct = (a: number, b: number): string => (b === 0 ? '-' : ((100 * a) / b).toFixed(1));
    // with --by-file each file is scored alone and the set's figures are their sum (scoreItems adds
    // item by item), so no item is analysed twice
    const parts = args['by-file'] ? files.map((file) => ({ file, r: scoreItems(items.filter((i) => fileOf.get(i.id) === file)) })) : [{ file: '', r: scoreItems(items) }];
    const r = parts.length === 1 ? parts[0]!.r : sumScores(parts.map((x) => x.r));
    const fileLines: string[] = [];
    const byFile: Record<string, { recall: number | null; precision: number | null; gold: number }> = {};
    if (args['by-file']) {
      for (const { file, r: fr } of parts) {
        const t = totals(fr.kinds);
        const name = `${set}/${basename(file)}`;
        byFile[name] = { recall: t.gold ? t.found / t.gold : null, precision: t.predicted ? t.correct / t.predicted : null, gold: t.gold };
        fileLines.push(`  ${name.padEnd(28)} gold ${String(t.gold).padStart(3)}  recall ${pct(t.found, t.gold).padStart(5)}  precision ${pct(t.correct, t.predicted).padStart(5)}`);
      }
    }
    const lines = [`${set} ${args.split}: ${items.length} items, ${r.claims.gold} gold claims: found ${r.claims.found}, speaker ${r.claims.speaker}, side ${r.claims.side}`];
    for (const [k, t] of [...r.kinds].sort()) {
      lines.push(`  ${k.padEnd(15)} gold ${String(t.gold).padStart(3)}  recall ${pct(t.found, t.gold).padStart(5)}  predicted ${String(t.predicted).padStart(3)}  precision ${pct(t.correct, t.predicted).padStart(5)}`);
    }
    const { gold: g, found: f, predicted: p, correct: c } = totals(r.kinds);
    lines.push(`  ${'all'.padEnd(15)} gold ${String(g).padStart(3)}  recall ${pct(f, g).padStart(5)}  predicted ${String(p).padStart(3)}  precision ${pct(c, p).padStart(5)}`);
    lines.push(...fileLines);
    if (args.errors) lines.push(...r.errors.map((e) => `    ${e}`));
    report[set] = { items: items.length, claims: r.claims, kinds: Object.fromEntries(r.kinds), recall: g ? f / g : null, precision: p ? c / p : null, ...(fileLines.length > 0 ? { files: byFile } : {}) };
    if (!args.json) process.stdout.write(lines.join('\n') + '\n');
  }
  if (args.json) process.stdout.write(JSON.stringify(report, null, 1) + '\n');
  else process.stdout.write(`Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, Node ${process.versions.node}.\n`);
}

main();
