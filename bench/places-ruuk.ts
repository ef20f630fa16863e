/**
 * Place resolution on Russian and Ukrainian war reporting (see bench/gold/places-ruuk/README.md).
 *
 *   npm run bench:places-ruuk -- [--gold mentions|real-sample] [--split dev|test|all] [--errors]
 *
 * Gold: bench/gold/places-ruuk/mentions.tsv, written by hand before sitrep was run on the texts:
 * every place mention of 47 posts of ../shared/corpora/ru-telegram-2024/posts.jsonl (read in place;
 * posts are skipped with a message when the corpus is absent) and of 30 sentences of our own
 * (own-sentences.tsv), plus words that look like places but are not ("Сили оборони", "НАТО", a river
 * after "через"). Each gold place names its expected gazetteer entry by English name, country and
 * first-level region.
 *
 * A doc id `dispute:INCIDENT/FILE#N` is the N-th document (from 1) that sitrep's own readers take
 * from bench/gold/disputes/dev/INCIDENT/FILE (dev dispute documents only, analysed with the source,
 * author and date the reader gives them, as the ledger does).
 *
 * `--gold plural` scores plural.tsv: sentences of our own with plural, adjective-noun, neuter and
 * hyphenated names in their case forms, and plural nouns and surnames that are no places; its rows
 * also name the expected gazetteer id, which must match as well.
 *
 * `--gold real-sample` scores real-sample.tsv instead: 120 randomly drawn real posts (its `post` rows
 * list them all, so predictions in posts without places count too).
 *
 * sitrep's prediction: every place of the `places` layer (all roles). A prediction is matched to the
 * gold mention its span overlaps.
 * - correct: a gold place whose overlapping prediction has the expected name, country and admin1;
 * - precision: correct / predictions that overlap a gold place or not-place mention, or no gold mention
 *   (the gold is exhaustive for places in each text); predictions overlapping a `skip` mention (an
 *   elliptical "в Брянской", a district, a place the gazetteer lacks) are not counted;
 * - recall: correct / gold places; accuracy: correct / gold places with an overlapping prediction.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDoc } from '../src/analyze/index.js';
import type { Document } from '../src/analyze/types.js';
import { readSources } from '../src/ingest/index.js';
import { fold } from '../src/geo/index.js';
import { repoRoot } from './polnear.js';

interface GoldMention { doc: string; start: number; end: number; text: string; kind: string; names: string[]; country: string; admin1: string; split: string; ids: string[] }

const { values: args } = parseArgs({ options: { gold: { type: 'string', default: 'mentions' }, split: { type: 'string', default: 'dev' }, errors: { type: 'boolean', default: false } } });
if (!/^[a-z-]+$/.test(args.gold ?? '')) throw new Error(`--gold names a file of bench/gold/places-ruuk: ${args.gold}`);
const root = repoRoot(import.meta.url);
const dir = resolve(root, 'bench/gold/places-ruuk');
const corpus = resolve(root, '../shared/corpora/ru-telegram-2024/posts.jsonl');

const gold: GoldMention[] = [];
for (const line of readFileSync(resolve(dir, `${args.gold}.tsv`), 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('doc\t')) continue;
  const [doc, start, end, text, kind, name, country, admin1, split, id] = line.split('\t');
  // (an optional tenth column names the expected gazetteer id(s): then the id must match too)
  gold.push({ doc: doc!, start: Number(start), end: Number(end), text: text!, kind: kind!, names: name!.split(' / ').map((n) => fold(n)), country: country!, admin1: admin1!, split: split!, ids: id ? id.split(' / ').map((x) => x.trim()).filter(Boolean) : [] });
}
const texts = new Map<string, string>();
for (const line of readFileSync(resolve(dir, 'own-sentences.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const tab = line.indexOf('\t');
  texts.set(line.slice(0, tab), line.slice(tab + 1));
}
const wanted = new Set(gold.map((g) => g.doc));
// Dev dispute documents, read by sitrep's readers: `dispute:INCIDENT/FILE#N`.
const documents = new Map<string, Document>();
const disputeFiles = new Set([...wanted].filter((d) => d.startsWith('dispute:')).map((d) => d.slice('dispute:'.length, d.lastIndexOf('#'))));
for (const file of disputeFiles) {
  if (!/^[a-z0-9.-]+\/[a-z0-9._-]+$/i.test(file)) throw new Error(`dispute doc ids name INCIDENT/FILE of bench/gold/disputes/dev: ${file}`);
  let n = 0;
  for await (const ev of readSources([resolve(root, 'bench/gold/disputes/dev', file)])) {
    if (ev.kind !== 'document') continue;
    const id = `dispute:${file}#${++n}`;
    if (!wanted.has(id)) continue;
    documents.set(id, { ...ev.document, id });
    texts.set(id, ev.document.text);
  }
}
if (existsSync(corpus)) {
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line) continue;
    const p = JSON.parse(line) as { id: string; text: string };
    if (wanted.has(p.id)) texts.set(p.id, p.text);
  }
} else {
  process.stdout.write(`bench:places-ruuk: ${corpus} is absent: the corpus posts are skipped, own sentences only\n`);
}

const split = args.split ?? 'dev';
const byDoc = new Map<string, GoldMention[]>();
for (const g of gold) {
  if (split !== 'all' && g.split !== split) continue;
  if (!texts.has(g.doc)) continue;
  const t = texts.get(g.doc)!;
  if (t.slice(g.start, g.end) !== g.text) throw new Error(`gold span mismatch in ${g.doc}: ${g.text}`);
  const list = byDoc.get(g.doc) ?? byDoc.set(g.doc, []).get(g.doc)!;
  if (g.kind !== 'post') list.push(g); // a `post` row only puts a post without places in the sample
}

let goldPlaces = 0, found = 0, correct = 0, predicted = 0, wrongPred = 0;
const errors: string[] = [];
for (const [id, ms] of byDoc) {
  const doc = analyzeDoc(documents.get(id) ?? { id, text: texts.get(id)! });
  const preds = doc.places;
  const used = new Set<number>();
  for (const g of ms) {
    const hits = preds.map((p, i) => ({ p, i })).filter(({ p }) => p.start < g.end && g.start < p.end);
    for (const h of hits) used.add(h.i);
    if (g.kind === 'skip') continue;
    if (g.kind === 'not-place') {
      for (const { p } of hits) {
        predicted++; wrongPred++;
        errors.push(`${id}\tnot a place\t${g.text}\t→ ${p.name} ${p.country} ${p.admin1}`);
      }
      continue;
    }
    goldPlaces++;
    if (!hits.length) { errors.push(`${id}\tmissed\t${g.text}\t(${g.names.join('/')} ${g.admin1 || g.country})`); continue; }
    found++;
    const ok = hits.some(({ p }) => g.names.includes(fold(p.name)) && (p.country ?? '') === g.country && (p.admin1 ?? '') === g.admin1 &&
      (!g.ids.length || g.ids.includes(p.id ?? '')));
    predicted++;
    if (ok) correct++;
    else { wrongPred++; errors.push(`${id}\twrong\t${g.text}\t→ ${hits.map(({ p }) => `${p.name} ${p.country} ${p.admin1} ${p.id}`).join(', ')} (gold ${g.names.join('/')} ${g.admin1 || g.country}${g.ids.length ? ` ${g.ids.join('/')}` : ''})`); }
    predicted += hits.length - 1;
    wrongPred += hits.length - 1;
  }
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    predicted++; wrongPred++;
    errors.push(`${id}\tspurious\t${p.text}\t→ ${p.name} ${p.country} ${p.admin1}`);
  });
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
process.stdout.write(`bench:places-ruuk gold=${args.gold} split=${split}: ${byDoc.size} texts, ${goldPlaces} gold places\n`);
process.stdout.write(`  precision ${pct(correct, predicted)}% (${correct}/${predicted})  recall ${pct(correct, goldPlaces)}% (${correct}/${goldPlaces})  resolution accuracy ${pct(correct, found)}% (${correct}/${found} found)  wrong predictions ${wrongPred}\n`);
if (args.errors) {
  if (split === 'test' || split === 'all') process.stdout.write('  (errors are not printed for the test split: do not tune on it)\n');
  else for (const e of errors) process.stdout.write(`  ${e}\n`);
}
