/**
 * Claim-facts benchmark (issue 9): `npm run bench:facts`.
 *
 *   npm run bench:facts -- --split dev|test [--set en|ruuk|ru-real|all] [--by-file] [--errors] [--json]
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
  if (args.split !== 'dev' && args.split !== 'test') {
    process.stderr.write('bench:facts: --split dev or --split test is required (tune on dev only)\n');
    process.exit(2);
  }
  const sets = args.set === 'all' ? ['en', 'ruuk', 'ru-real'] : [args.set!];
  const report: Record<string, unknown> = {};
  for (const set of sets) {
    const files = splitFiles(join(GOLD, set), args.split);
    if (files.length === 0) { process.stdout.write(`bench:facts: no ${set}/${args.split}*.jsonl, skipped\n`); continue; }
    let items: GoldItem[] = files.flatMap((f) => readGold(f));
    const missing = fillFromCorpus(items, CORPUS);
    if (missing.length > 0) {
      process.stdout.write(`bench:facts: ${missing.length} ${set} items name posts not found in ${CORPUS} (corpus absent?); skipped: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}\n`);
      items = items.filter((i) => !missing.includes(i.id));
      if (items.length === 0) continue;
    }
    const r = scoreItems(items);
    const pct = (a: number, b: number): string => (b === 0 ? '-' : ((100 * a) / b).toFixed(1));
    const fileLines: string[] = [];
    const byFile: Record<string, { recall: number | null; precision: number | null; gold: number }> = {};
    if (args['by-file']) {
      for (const file of files) {
        const mine = new Set(readGold(file).map((i) => i.id));
        const fr = scoreItems(items.filter((i) => mine.has(i.id)));
        let fg = 0, ff = 0, fp = 0, fc = 0;
        for (const t of fr.kinds.values()) { fg += t.gold; ff += t.found; fp += t.predicted; fc += t.correct; }
        const name = `${set}/${basename(file)}`;
        byFile[name] = { recall: fg ? ff / fg : null, precision: fp ? fc / fp : null, gold: fg };
        fileLines.push(`  ${name.padEnd(28)} gold ${String(fg).padStart(3)}  recall ${pct(ff, fg).padStart(5)}  precision ${pct(fc, fp).padStart(5)}`);
      }
    }
    const lines = [`${set} ${args.split}: ${items.length} items, ${r.claims.gold} gold claims: found ${r.claims.found}, speaker ${r.claims.speaker}, side ${r.claims.side}`];
    let g = 0, f = 0, p = 0, c = 0;
    for (const [k, t] of [...r.kinds].sort()) {
      lines.push(`  ${k.padEnd(15)} gold ${String(t.gold).padStart(3)}  recall ${pct(t.found, t.gold).padStart(5)}  predicted ${String(t.predicted).padStart(3)}  precision ${pct(t.correct, t.predicted).padStart(5)}`);
      g += t.gold; f += t.found; p += t.predicted; c += t.correct;
    }
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
