/**
 * Language detector accuracy (issue 10): ru vs uk vs en per paragraph, and ru, uk, en, mixed per
 * document, on the hand-labelled set bench/gold/lang/paragraphs.tsv (real Russian paragraphs of the
 * shared corpus, read from ../shared in place; Ukrainian, English and mixed texts written for sitrep).
 *
 *   npm run bench:lang -- [--split dev|test|all] [--errors]
 *
 * A paragraph of a real post is judged in the context of its whole post (`detectLangs`, as the analyzer
 * judges it); a written paragraph alone (`detectParagraphLang`). Prints a confusion table (rows: gold
 * label, columns: detected) and accuracy per unit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { detectLangs, detectParagraphLang } from '../src/analyze/lang/index.js';

const { values: args } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, errors: { type: 'boolean', default: false } } });
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const corpusFile = resolve(root, '../shared/corpora/ru-telegram-2024/posts.jsonl');
const gold = readFileSync(resolve(root, 'bench/gold/lang/paragraphs.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

const posts = new Map<string, string>();
if (existsSync(corpusFile)) {
  const want = new Set(gold.filter((r) => r[4]!.startsWith('corpus:')).map((r) => r[4]!.split(':')[1]!));
  for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
    const m = /^\{"id": "([^"]+)"/.exec(line);
    if (m && want.has(m[1]!)) posts.set(m[1]!, (JSON.parse(line) as { text: string }).text);
  }
} else {
  process.stdout.write(`bench:lang: ${corpusFile} is absent: the real Russian paragraphs are left out (written texts only)\n`);
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (const line of text.split('\n')) {
    const a = s + (line.length - line.trimStart().length);
    const b = s + line.trimEnd().length;
    if (b > a) out.push({ start: a, end: b });
    s += line.length + 1;
  }
  return out;
}

type Table = Map<string, Map<string, number>>;
const tables: Record<string, Table> = { para: new Map(), doc: new Map() };
const errors: string[] = [];
let skipped = 0;
for (const [id, split, unit, label, source, written] of gold) {
  if (args.split !== 'all' && split !== args.split) continue;
  let text: string;
  let got: string;
  if (source!.startsWith('corpus:')) {
    const [, post, n] = source!.split(':');
    const t = posts.get(post!);
    if (t === undefined) { skipped++; continue; }
    text = unit === 'para' ? t.split('\n').map((x) => x.trim()).filter(Boolean)[Number(n)]! : t;
    // a paragraph of a real post is judged in the context of its post, as the analyzer judges it (one
    // paragraph per non-blank line there too)
    got = unit === 'para' ? detectLangs(t, paragraphsOf(t)).paragraphs[Number(n)]! : detectLangs(t, paragraphsOf(t)).lang;
  } else {
    text = written!.replace(/ ⏎ /g, '\n');
    got = unit === 'para' ? detectParagraphLang(text) : detectLangs(text, paragraphsOf(text)).lang;
  }
  const row = tables[unit!]!.get(label!) ?? new Map<string, number>();
  row.set(got, (row.get(got) ?? 0) + 1);
  tables[unit!]!.set(label!, row);
  if (got !== label) errors.push(`${id} ${unit} gold=${label} got=${got}: ${text.replace(/\n/g, ' ⏎ ').slice(0, 120)}`);
}

const out = (s: string): void => void process.stdout.write(s + '\n');
out(`bench:lang — split ${args.split}${skipped ? ` (${skipped} corpus items skipped: corpus absent)` : ''}`);
for (const [unit, t] of Object.entries(tables)) {
  const labels = unit === 'para' ? ['ru', 'uk', 'en', 'und'] : ['ru', 'uk', 'en', 'mixed'];
  const cols = [...new Set([...labels, ...[...t.values()].flatMap((r) => [...r.keys()])])];
  let n = 0, ok = 0;
  out(`\n${unit === 'para' ? 'Paragraphs' : 'Documents'} (rows: gold, columns: detected)`);
  out(`| gold \\ detected | ${cols.join(' | ')} | n | correct |`);
  out(`|---|${cols.map(() => '---').join('|')}|---|---|`);
  for (const l of labels) {
    const r = t.get(l);
    if (!r) continue;
    const total = [...r.values()].reduce((a, b) => a + b, 0);
    n += total;
    ok += r.get(l) ?? 0;
    out(`| ${l} | ${cols.map((c) => r.get(c) ?? 0).join(' | ')} | ${total} | ${(((r.get(l) ?? 0) / total) * 100).toFixed(1)}% |`);
  }
  out(`accuracy ${ok}/${n} = ${n ? ((ok / n) * 100).toFixed(1) : '-'}%`);
}
if (args.errors) { out('\nErrors:'); for (const e of errors) out('  ' + e); }
