/**
 * `npm run bench:ruuk`: Russian and Ukrainian attribution ("who said what") against the hand-made
 * gold in bench/gold/ruuk (test and dev split, per language), and token-level Source/Cue/Content
 * F1 on adaq-ru (../shared/benchmarks/adaq-ru, skipped with a message when absent).
 *
 * Options: --split test|dev|all (default: both test and dev), --errors N (print N misses per
 * language), --json.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/index.js';
import type { AR, Frag } from './polnear.js';
import { addCounts, prf, scoreDoc, zero, type Counts, type PRF } from './scorer.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldDir = join(root, 'bench/gold/ruuk');
const corpusPath = join(root, '../shared/corpora/ru-telegram-2024/posts.jsonl');
const adaqDir = join(root, '../shared/benchmarks/adaq-ru/data');

interface GoldSpan { start: number; end: number; text: string }
interface GoldAnn {
  type: 'attr' | 'own';
  kind?: string;
  speaker?: GoldSpan | null;
  name?: string | null;
  latin?: string | null;
  cue?: GoldSpan | null;
  content: GoldSpan[];
}
interface GoldPost { id: string; lang: string; split: string; published: string | null; source: string | null; text?: string; annotations: GoldAnn[] }

const args = process.argv.slice(2);
const opt = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const errorsN = Number(opt('--errors') ?? 0);
const asJson = args.includes('--json');

function frag(s: GoldSpan | { start: number; end: number } | null | undefined): Frag[] | null {
  return s ? [{ start: s.start, end: s.end }] : null;
}

function predARs(a: Analysis): AR[] {
  return a.claims.filter((c) => !c.speaker?.fromDocument).map((c) => ({
    source: c.speaker && c.speaker.end > c.speaker.start ? [{ start: c.speaker.start, end: c.speaker.end }] : null,
    cue: c.cue ? [{ start: c.cue.start, end: c.cue.end }] : null,
    content: c.content.map((f) => ({ start: f.start, end: f.end })),
  }));
}

/** Lenient per-role chunk match: distinct spans that overlap, matched one to one. */
function lenientRole(gold: (Frag[] | null)[], pred: (Frag[] | null)[]): Counts {
  const key = (f: Frag[]): string => f.map((x) => `${x.start}-${x.end}`).join(',');
  const uniq = (l: (Frag[] | null)[]): Frag[][] => [...new Map(l.filter((x): x is Frag[] => !!x && x.length > 0).map((x) => [key(x), x])).values()];
  const g = uniq(gold);
  const p = uniq(pred);
  const usedP = new Set<number>();
  let tp = 0;
  for (const gs of g) {
    const j = p.findIndex((ps, k) => !usedP.has(k) && gs.some((a) => ps.some((b) => a.start < b.end && b.start < a.end)));
    if (j >= 0) { usedP.add(j); tp++; }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ]/g, '');

function nameMatches(pred: string | null | undefined, g: GoldAnn): boolean {
  if (!pred || !g.name) return false;
  const p = fold(pred);
  const cands = [g.name, g.latin ?? ''].map(fold).filter(Boolean);
  const last = (s: string): string => s.split(/\s+/).pop() ?? s;
  return cands.some((c) => c === p || last(c) === last(p) || c.includes(p) || p.includes(c));
}

interface LangResult {
  posts: number; gold: number; pred: number;
  exact: Record<'source' | 'cue' | 'content', PRF>;
  lenientRoles: Record<'source' | 'cue' | 'content', PRF>;
  whoSaidWhat: PRF; strict: PRF; names: { right: number; of: number }; ms: number; words: number;
}

function runSplit(posts: GoldPost[], texts: Map<string, string>, showErrors: number): LangResult {
  const ex = { source: zero(), cue: zero(), content: zero() };
  const le = { source: zero(), cue: zero(), content: zero() };
  const len = zero();
  const str = zero();
  const names = { right: 0, of: 0 };
  let nGold = 0, nPred = 0, ms = 0, words = 0, shown = 0;
  for (const p of posts) {
    const text = p.text ?? texts.get(p.id);
    if (text == null) continue;
    const gold: AR[] = [];
    const gAnn: GoldAnn[] = [];
    for (const a of p.annotations) {
      if (a.type !== 'attr') continue;
      for (const s of [a.speaker, a.cue, ...a.content]) if (s && text.slice(s.start, s.end) !== s.text) throw new Error(`${p.id}: gold span '${s.text}' does not match the text`);
      gold.push({ source: frag(a.speaker), cue: frag(a.cue), content: a.content.map((c) => ({ start: c.start, end: c.end })) });
      gAnn.push(a);
    }
    const t0 = performance.now();
    const an = analyze({ id: p.id, text, published: p.published ?? undefined });
    ms += performance.now() - t0;
    words += text.split(/\s+/).filter(Boolean).length;
    const pred = predARs(an);
    const predClaims = an.claims.filter((c) => !c.speaker?.fromDocument);
    nGold += gold.length;
    nPred += pred.length;
    const r = scoreDoc(text, gold, pred);
    addCounts(ex.source, r.score.spans.source);
    addCounts(ex.cue, r.score.spans.cue);
    addCounts(ex.content, r.score.spans.content);
    addCounts(le.source, lenientRole(gold.map((g) => g.source), pred.map((x) => x.source)));
    addCounts(le.cue, lenientRole(gold.map((g) => g.cue), pred.map((x) => x.cue)));
    addCounts(le.content, lenientRole(gold.map((g) => g.content), pred.map((x) => x.content)));
    addCounts(len, r.score.lenient);
    addCounts(str, r.score.strict);
    // names: for every lenient pair whose gold has a speaker (indexes are into normalised lists, same order)
    for (const [gi, pi] of r.lenientPairs) {
      const g = gAnn[gi];
      if (!g || !g.speaker) continue;
      names.of++;
      if (nameMatches(predClaims[pi]?.speaker?.name, g)) names.right++;
    }
    if (shown < showErrors) {
      const matchedG = new Set(r.lenientPairs.map(([g]) => g));
      const matchedP = new Set(r.lenientPairs.map(([, q]) => q));
      gAnn.forEach((g, gi) => {
        if (matchedG.has(gi) || shown >= showErrors) return;
        shown++;
        console.log(`FN ${p.id}: [${g.speaker?.text ?? '-'}] [${g.cue?.text ?? '-'}] ${g.content.map((c) => c.text).join(' ;; ').slice(0, 100)}`);
      });
      predClaims.forEach((c, pi) => {
        if (matchedP.has(pi) || shown >= showErrors) return;
        shown++;
        console.log(`FP ${p.id}: [${c.speaker?.text ?? '-'}] [${c.cue?.text ?? '-'}] ${c.content.map((x) => x.text).join(' ;; ').slice(0, 100)} (${c.why.rule})`);
      });
    }
  }
  return {
    posts: posts.length, gold: nGold, pred: nPred,
    exact: { source: prf(ex.source), cue: prf(ex.cue), content: prf(ex.content) },
    lenientRoles: { source: prf(le.source), cue: prf(le.cue), content: prf(le.content) },
    whoSaidWhat: prf(len), strict: prf(str), names, ms, words,
  };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function printResult(label: string, r: LangResult): void {
  console.log(`\n${label}: ${r.posts} posts, ${r.gold} gold attributions, ${r.pred} predicted`);
  console.log('                       P      R     F1');
  for (const role of ['source', 'cue', 'content'] as const) {
    const e = r.exact[role];
    const l = r.lenientRoles[role];
    console.log(`  ${(role + ' exact').padEnd(17)} ${pct(e.p)}  ${pct(e.r)}  ${pct(e.f1)}    lenient ${pct(l.p)}  ${pct(l.r)}  ${pct(l.f1)}`);
  }
  const w = r.whoSaidWhat;
  const s = r.strict;
  console.log(`  who said what      ${pct(w.p)}  ${pct(w.r)}  ${pct(w.f1)}    (lenient: content ≥50% + speaker overlaps; tp ${w.tp} fp ${w.fp} fn ${w.fn})`);
  console.log(`  strict (all exact) ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}`);
  console.log(`  speaker name right on matched pairs: ${r.names.right}/${r.names.of} (${pct(r.names.right / Math.max(1, r.names.of))}%)`);
}

function loadGold(lang: string): GoldPost[] {
  const f = join(goldDir, `${lang}.jsonl`);
  return readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldPost);
}

function adaq(): void {
  const sf = join(adaqDir, 'ru_sentences.tsv');
  const tf = join(adaqDir, 'ru_tokens.tsv');
  if (!existsSync(sf) || !existsSync(tf)) {
    console.log(`\nadaq-ru not found at ${adaqDir}; skipping`);
    return;
  }
  const sentences = new Map<string, string>();
  for (const line of readFileSync(sf, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const i = line.lastIndexOf('\t');
    sentences.set(line.slice(i + 1).trim(), line.slice(0, i));
  }
  const toks = new Map<string, { text: string; tag: string }[]>();
  for (const line of readFileSync(tf, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [, text, sid, , tag] = line.split('\t');
    const l = toks.get(sid!) ?? [];
    l.push({ text: text!, tag: (tag ?? 'None').trim() });
    toks.set(sid!, l);
  }
  const labels = ['source', 'cue', 'content'] as const;
  const c: Record<string, Counts> = { source: zero(), cue: zero(), content: zero() };
  const sent = zero();
  let aligned = 0, missed = 0;
  for (const [sid, text] of sentences) {
    const tl = toks.get(sid);
    if (!tl) continue;
    const an = analyze({ id: sid, text, lang: 'ru' });
    const claims = an.claims.filter((x) => !x.speaker?.fromDocument);
    const spans: { label: string; start: number; end: number }[] = [];
    for (const cl of claims) {
      if (cl.speaker) spans.push({ label: 'source', start: cl.speaker.start, end: cl.speaker.end });
      if (cl.cue) spans.push({ label: 'cue', start: cl.cue.start, end: cl.cue.end });
      for (const f of cl.content) spans.push({ label: 'content', start: f.start, end: f.end });
    }
    let off = 0;
    let goldHas = false;
    for (const t of tl) {
      const at = text.indexOf(t.text, off);
      if (at < 0) { missed++; continue; }
      aligned++;
      off = at + t.text.length;
      // a token's predicted label: cue over source over content (the roles do not overlap in gold)
      const over = spans.filter((s) => s.start < at + t.text.length && at < s.end).map((s) => s.label);
      const pred = over.includes('cue') ? 'cue' : over.includes('source') ? 'source' : over.includes('content') ? 'content' : 'None';
      if (t.tag === 'content') goldHas = true;
      for (const l of labels) {
        if (pred === l && t.tag === l) c[l]!.tp++;
        else if (pred === l) c[l]!.fp++;
        else if (t.tag === l) c[l]!.fn++;
      }
    }
    const predHas = claims.some((x) => x.content.length > 0);
    if (predHas && goldHas) sent.tp++;
    else if (predHas) sent.fp++;
    else if (goldHas) sent.fn++;
  }
  console.log(`\nadaq-ru (${sentences.size} sentences, ${aligned} tokens aligned, ${missed} not found; token-level, as in the thesis; test-only, not tuned on)`);
  console.log('               P      R     F1');
  for (const l of labels) {
    const r = prf(c[l]!);
    console.log(`  ${l.padEnd(10)} ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}`);
  }
  const s = prf(sent);
  console.log(`  sentence quote detection ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}`);
  console.log('  thesis (Source/Cue/Content F1): rule baseline 30/47/69, CRF trained on English PARC 50/75/79');
}

/** Throughput on the whole shared Russian corpus, one process: words/s of analyze and of the whole run. */
function speed(limit: number): void {
  const t0 = performance.now();
  if (!existsSync(corpusPath)) { console.log(`Russian corpus not found at ${corpusPath}; skipping --speed`); return; }
  const posts = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as { id: string; text: string; published: string; source: string });
  let words = 0, claims = 0, ms = 0;
  const langs = new Map<string, number>();
  for (const p of posts) {
    const a0 = performance.now();
    const a = analyze({ id: p.id, text: p.text, published: p.published, source: p.source, author: p.source, authorType: 'channel' });
    ms += performance.now() - a0;
    words += p.text.split(/\s+/).filter(Boolean).length;
    claims += a.claims.length;
    langs.set(a.lang ?? '?', (langs.get(a.lang ?? '?') ?? 0) + 1);
  }
  const wall = (performance.now() - t0) / 1000 + process.uptime() - (performance.now() / 1000);
  const whole = performance.now() / 1000;
  console.log(`speed: ${posts.length} posts, ${words} words, ${claims} claims; languages ${JSON.stringify(Object.fromEntries(langs))}`);
  console.log(`  analyze only: ${Math.round(words / (ms / 1000))} words/s (${(ms / 1000).toFixed(1)} s)`);
  console.log(`  whole process (start, load, read, analyze): ${Math.round(words / whole)} words/s (${whole.toFixed(1)} s); max RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  void wall;
}

function main(): void {
  if (args.includes('--speed')) { speed(Number(opt('--limit') ?? 1e9)); return; }
  const texts = new Map<string, string>();
  const haveCorpus = existsSync(corpusPath);
  if (haveCorpus) {
    for (const l of readFileSync(corpusPath, 'utf8').split('\n')) if (l) { const d = JSON.parse(l) as { id: string; text: string }; texts.set(d.id, d.text); }
  } else console.log(`Russian corpus not found at ${corpusPath}; skipping the Russian gold (its texts are not stored in the repo)`);
  const splitArg = opt('--split');
  const splits = splitArg === 'all' ? ['all'] : splitArg ? [splitArg] : ['test', 'dev'];
  const out: Record<string, LangResult> = {};
  for (const split of splits) {
    for (const lang of ['ru', 'uk']) {
      if (lang === 'ru' && !haveCorpus) continue;
      const posts = loadGold(lang).filter((p) => split === 'all' || p.split === split);
      const r = runSplit(posts, texts, errorsN);
      out[`${lang}-${split}`] = r;
      if (!asJson) printResult(`${lang === 'ru' ? 'Russian (real posts)' : 'Ukrainian (written for sitrep)'} — ${split}`, r);
    }
  }
  if (asJson) console.log(JSON.stringify(out, null, 1));
  else adaq();
}

main();
