/**
 * Event typing accuracy (see bench/README.md, `npm run bench:events`).
 *
 *   npm run bench:events -- [--errors N] [--split dev|test|all] [--dev-only] [--fold a|b] [--json]
 *   npm run bench:events -- --speed [--limit N] [--passes N]
 *
 * (a) PLOVER gold records (../shared/benchmarks/plover-gsr/derived/plover_gsr_v2.jsonl, never
 *     committed): each record is one sentence with one gold event. Records are split into dev and
 *     test halves by the first 32 bits of SHA-256(record id): even → dev, odd → test. Each sentence is
 *     analysed alone; the predicted event of a sentence is its MAIN event: the first event mention in
 *     text order outside a subordinate part of the sentence (`EventMention.subordinate`), else the first
 *     (a sentence names its main event before what it says about it: "threatened to ban" → THREATEN,
 *     "blamed X for the bombing" → ACCUSE). A sentence with no event mention counts as wrong (type
 *     "none"); one with several is scored on the first only ("any" accuracy, the gold type among all
 *     of the sentence's events, is shown beside it). Mode accuracy is over records whose gold mode is
 *     set; ASSAULT's gold `heavy-weapons` also accepts `aerial` and `drone` (the gold predates those
 *     modes: plover-gsr README).
 * (b) ACLED-typed sentences (bench/gold/acled/*.jsonl from the gold branch, when present): each line
 *     a sentence with its ACLED `event_type`, `sub_event_type` (null: no ACLED event, scored as
 *     "none") and `split` (dev|test) written by hand; the predicted sub-type is that of the first
 *     event mention with an ACLED type, whatever its polarity and modality (the gold types denied,
 *     planned and threatened events too), else "none". Accuracy per gold sub-type and a confusion
 *     table of the common ones, on dev and test.
 * (d) Russian and Ukrainian sentences (bench/gold/events-ruuk/*.jsonl): per language and split, the
 *     ACLED sub-event type of the first event with one (else "none") and the PLOVER type of the first
 *     event (else "none") against the hand-written labels. Russian lines point into the real posts
 *     of ../shared/corpora/ru-telegram-2024 (post id and sentence offsets; skipped when absent).
 * (e) Own PLOVER check sentences (bench/gold/plover-own/, plover-own2/, plover-own3/, plover-own4/, plover-own5/, plover-own6/, plover-own7/, plover-own8/, plover-own9/, plover-own10/, plover-own11/, plover-own12/, plover-own13/, plover-own14/, plover-own15/, plover-own16/ and plover-own17/ sentences.jsonl, written by hand for sitrep,
 *     all 16 types; split dev/test by the same hash rule): PLOVER type and mode scored as in (a), and
 *     the ACLED sub-type as in (b) over the sentences with an ACLED label.
 * (c) `--speed`: the cost of the stage, side by side on the PolNeAR train texts. Per article, in
 *     rotating order so that load on a shared machine hits all three alike: wink-nlp's bare pipeline
 *     (`readDoc` + POS of every token, the shared instance), `analyze` + JSON.stringify (what
 *     `sitrep analyze --jsonl` does per document) with every stage, and the same without the events
 *     stage. Prints each one's words/s and the ratios to bare wink (the project's floor is 0.4).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_STAGES, Pipeline } from '../src/analyze/index.js';
import { wink } from '../src/analyze/nlp.js';
import type { EventMention } from '../src/analyze/types.js';
import { intArg, polnearDir, readTexts, repoRoot } from './polnear.js';

interface PloverRecord {
  id: string;
  text: string;
  gold: { event: string; mode: string | null };
}

/** 'dev' or 'test' for a record id: SHA-256 of the id, first 32 bits, even → dev. */
export function splitOf(id: string): 'dev' | 'test' {
  const h = parseInt(createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8), 16);
  return h % 2 === 0 ? 'dev' : 'test';
}

/**
 * Fold 'a' or 'b' of a dev record, for an honest estimate while tuning on dev: the next 32 bits of
 * SHA-256(id) after those that pick the split, even → a. Tune on one fold, measure on the other.
 */
export function foldOf(id: string): 'a' | 'b' {
  const h = parseInt(createHash('sha256').update(id, 'utf8').digest('hex').slice(8, 16), 16);
  return h % 2 === 0 ? 'a' : 'b';
}

/** Whether a predicted PLOVER mode matches the gold one (ASSAULT heavy-weapons accepts aerial/drone). */
export function modeMatches(goldType: string, gold: string, pred: string | null): boolean {
  if (pred === gold) return true;
  return goldType === 'ASSAULT' && gold === 'heavy-weapons' && (pred === 'aerial' || pred === 'drone');
}

/** The sentence's main event: its first event outside a subordinate part (see `EventMention.subordinate`), else its first. */
export function mainEvent(evs: readonly EventMention[]): EventMention | null {
  return evs.find((e) => !e.subordinate) ?? evs[0] ?? null;
}

interface PloverScore {
  n: number;
  type: number;
  any: number;
  none: number;
  modeN: number;
  mode: number;
  perType: Map<string, { n: number; ok: number; pred: number }>;
  /** gold type → predicted type → count */
  confusion: Map<string, Map<string, number>>;
  errors: string[];
  /** right type, wrong mode */
  modeErrors: string[];
}

function emptyPlover(): PloverScore {
  return { n: 0, type: 0, any: 0, none: 0, modeN: 0, mode: 0, perType: new Map(), confusion: new Map(), errors: [], modeErrors: [] };
}

function scorePlover(records: PloverRecord[]): PloverScore {
  const s = emptyPlover();
  for (const r of records) {
    const a = analyze({ id: r.id, text: r.text });
    const evs: EventMention[] = a.events ?? [];
    const first = mainEvent(evs);
    const pred = first?.plover.type ?? 'none';
    s.n++;
    const g = r.gold.event;
    const pt = s.perType.get(g) ?? { n: 0, ok: 0, pred: 0 };
    pt.n++;
    s.perType.set(g, pt);
    const pp = s.perType.get(pred) ?? { n: 0, ok: 0, pred: 0 };
    pp.pred++;
    s.perType.set(pred, pp);
    const crow = s.confusion.get(g) ?? new Map<string, number>();
    crow.set(pred, (crow.get(pred) ?? 0) + 1);
    s.confusion.set(g, crow);
    if (pred === g) {
      s.type++;
      pt.ok++;
    } else {
      s.errors.push(`${g} → ${pred}${first ? ` (${first.trigger.text})` : ''} | ${r.text}`);
    }
    if (evs.some((e) => e.plover.type === g)) s.any++;
    if (!first) s.none++;
    if (r.gold.mode) {
      s.modeN++;
      if (first && first.plover.type === g && modeMatches(g, r.gold.mode, first.plover.mode)) s.mode++;
      else if (first && first.plover.type === g) s.modeErrors.push(`${g}/${r.gold.mode} → ${first.plover.mode ?? 'null'} (${first.trigger.text}) | ${r.text}`);
    }
  }
  return s;
}

interface AcledRecord {
  id: string;
  text: string;
  event_type: string;
  sub_event_type: string;
  split: string;
}

function readAcled(dir: string): AcledRecord[] {
  const out: AcledRecord[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as Partial<AcledRecord> & { sentence?: string };
      const text = r.text ?? r.sentence;
      if (!text) continue;
      const id = r.id ?? `${name}:${out.length}`;
      out.push({ id, text, event_type: r.event_type ?? 'none', sub_event_type: r.sub_event_type ?? 'none', split: r.split ?? splitOf(id) });
    }
  }
  return out;
}

interface AcledScore {
  n: number;
  ok: number;
  typeOk: number;
  perSub: Map<string, { n: number; ok: number }>;
  confusion: Map<string, Map<string, number>>;
  errors: string[];
}

function scoreAcled(records: AcledRecord[]): AcledScore {
  const s: AcledScore = { n: 0, ok: 0, typeOk: 0, perSub: new Map(), confusion: new Map(), errors: [] };
  for (const r of records) {
    const a = analyze({ id: r.id, text: r.text });
    const first = mainEvent((a.events ?? []).filter((e) => e.acled.sub_event_type !== null));
    const pred = first?.acled.sub_event_type ?? 'none';
    s.n++;
    const ps = s.perSub.get(r.sub_event_type) ?? { n: 0, ok: 0 };
    ps.n++;
    s.perSub.set(r.sub_event_type, ps);
    if (pred === r.sub_event_type) {
      s.ok++;
      ps.ok++;
    } else s.errors.push(`${r.sub_event_type} → ${pred}${first ? ` (${first.trigger.text})` : ''} | ${r.text}`);
    if ((first?.acled.event_type ?? 'none') === r.event_type) s.typeOk++;
    const row = s.confusion.get(r.sub_event_type) ?? new Map<string, number>();
    row.set(pred, (row.get(pred) ?? 0) + 1);
    s.confusion.set(r.sub_event_type, row);
  }
  return s;
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');

/** The off-diagonal cells of a PLOVER confusion table (gold → predicted: count), most frequent first. */
function printConfusion(c: Map<string, Map<string, number>>): void {
  const cells: [string, number][] = [];
  for (const [g, row] of c) for (const [p, n] of row) if (p !== g) cells.push([`${g} → ${p}`, n]);
  cells.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`  confusions (gold → predicted): ${cells.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
}

function printPlover(name: string, s: PloverScore, errors: number, confusion = false): void {
  console.log(`\n[PLOVER ${name}] n=${s.n}  event type accuracy ${pct(s.type, s.n)}  (any-of-events ${pct(s.any, s.n)}, no event ${s.none})  mode accuracy ${pct(s.mode, s.modeN)} (n=${s.modeN})`);
  const rows = [...s.perType.entries()].filter(([k]) => k !== 'none').sort((a, b) => b[1].n - a[1].n);
  for (const [k, v] of rows) {
    const p = v.pred ? v.ok / v.pred : 0;
    const r = v.n ? v.ok / v.n : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`  ${k.padEnd(10)} gold ${String(v.n).padStart(3)}  pred ${String(v.pred).padStart(3)}  recall ${r.toFixed(2)}  F1 ${f.toFixed(2)}`);
  }
  if (confusion) printConfusion(s.confusion);
  for (const e of s.errors.slice(0, errors)) console.log(`  ✗ ${e}`);
  for (const e of s.modeErrors.slice(0, errors)) console.log(`  ✗ mode ${e}`);
}

function printAcled(name: string, s: AcledScore, errors: number): void {
  console.log(`\n[ACLED ${name}] n=${s.n}  sub-event type accuracy ${pct(s.ok, s.n)}  event type accuracy ${pct(s.typeOk, s.n)}`);
  const subs = [...s.perSub.entries()].sort((a, b) => b[1].n - a[1].n);
  for (const [k, v] of subs) console.log(`  ${k.padEnd(38)} n ${String(v.n).padStart(3)}  accuracy ${pct(v.ok, v.n)}`);
  const common = subs.filter(([, v]) => v.n >= 5).map(([k]) => k);
  if (common.length) {
    const cols = [...common, 'other', 'none'];
    const abbr = (x: string): string => x.replace(/[^A-Za-z]/g, '').slice(0, 6);
    console.log(`  confusion (rows gold, columns predicted; types with n ≥ 5):`);
    console.log(`  ${''.padEnd(38)} ${cols.map((c) => abbr(c).padStart(6)).join(' ')}`);
    for (const g of common) {
      const row = s.confusion.get(g)!;
      const cells = cols.map((c) => {
        if (c === 'other') {
          let n = 0;
          for (const [p, v] of row) if (!common.includes(p) && p !== 'none') n += v;
          return n;
        }
        return row.get(c) ?? 0;
      });
      console.log(`  ${g.padEnd(38)} ${cells.map((c) => String(c).padStart(6)).join(' ')}`);
    }
  }
  for (const e of s.errors.slice(0, errors)) console.log(`  ✗ ${e}`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      errors: { type: 'string' }, split: { type: 'string' }, json: { type: 'boolean' }, speed: { type: 'boolean' },
      limit: { type: 'string' }, passes: { type: 'string' }, 'dev-only': { type: 'boolean' }, fold: { type: 'string' },
    },
  });
  if (values.speed) {
    speed(intArg('bench:events', values.limit, 'limit', 0), intArg('bench:events', values.passes, 'passes', 1, 1));
    return;
  }
  const errors = intArg('bench:events', values.errors, 'errors', 0);
  const only = values['dev-only'] ? 'dev' : values.split ?? 'all';
  if (!['dev', 'test', 'all'].includes(only)) throw new Error(`bench:events: --split must be dev, test or all, not ${only}`);
  const fold = values.fold;
  if (fold !== undefined && fold !== 'a' && fold !== 'b') throw new Error(`bench:events: --fold must be a or b, not ${fold}`);
  /** With --fold, the dev records of that fold only (the test half is never folded). */
  const inFold = (split: 'dev' | 'test', id: string): boolean => split !== 'dev' || fold === undefined || foldOf(id) === fold;
  const root = repoRoot(import.meta.url);
  const result: Record<string, unknown> = {};

  const ploverFile = resolve(root, '..', 'shared', 'benchmarks', 'plover-gsr', 'derived', 'plover_gsr_v2.jsonl');
  if (!existsSync(ploverFile)) {
    console.log(`bench:events: PLOVER gold records not found at ${ploverFile}; skipping part (a)`);
  } else {
    const recs = readFileSync(ploverFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PloverRecord);
    const t0 = performance.now();
    for (const split of ['dev', 'test'] as const) {
      if (only !== 'all' && only !== split) continue;
      const s = scorePlover(recs.filter((r) => splitOf(r.id) === split && inFold(split, r.id)));
      result[`plover_${split}`] = { n: s.n, typeAccuracy: s.type / s.n, anyAccuracy: s.any / s.n, noEvent: s.none, modeAccuracy: s.modeN ? s.mode / s.modeN : null, modeN: s.modeN };
      if (!values.json) printPlover(split, s, split === 'dev' ? errors : 0, split === 'dev');
    }
    if (!values.json) console.log(`  (${recs.length} records in ${Math.round(performance.now() - t0)} ms)`);
  }

  const acledDir = resolve(root, 'bench', 'gold', 'acled');
  if (!existsSync(acledDir)) {
    console.log(`\nbench:events: no ACLED-typed gold sentences in bench/gold/acled/ yet; skipping part (b)`);
  } else {
    const recs = readAcled(acledDir);
    for (const split of ['dev', 'test'] as const) {
      if (only !== 'all' && only !== split) continue;
      const s = scoreAcled(recs.filter((r) => r.split === split && inFold(split, r.id)));
      result[`acled_${split}`] = { n: s.n, subTypeAccuracy: s.n ? s.ok / s.n : null, typeAccuracy: s.n ? s.typeOk / s.n : null };
      if (!values.json) printAcled(split, s, split === 'dev' ? errors : 0);
    }
  }
  for (const [ownDir, ownKey] of [['plover-own', 'own'], ['plover-own2', 'own2'], ['plover-own3', 'own3'], ['plover-own4', 'own4'], ['plover-own5', 'own5'], ['plover-own6', 'own6'], ['plover-own7', 'own7'], ['plover-own8', 'own8'], ['plover-own9', 'own9'], ['plover-own10', 'own10'], ['plover-own11', 'own11'], ['plover-own12', 'own12'], ['plover-own13', 'own13'], ['plover-own14', 'own14'], ['plover-own15', 'own15'], ['plover-own16', 'own16'], ['plover-own17', 'own17']] as const) {
  const ownFile = resolve(root, 'bench', 'gold', ownDir, 'sentences.jsonl');
  if (existsSync(ownFile)) {
    const own = readFileSync(ownFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as OwnRecord);
    for (const split of ['dev', 'test'] as const) {
      if (only !== 'all' && only !== split) continue;
      const rs = own.filter((r) => r.split === split && inFold(split, r.id));
      const s = scorePlover(rs.map((r) => ({ id: r.id, text: r.text, gold: { event: r.plover_event, mode: r.plover_mode } })));
      const ac = scoreAcled(rs.filter((r) => r.sub_event_type !== null).map((r) => ({ id: r.id, text: r.text, event_type: r.event_type!, sub_event_type: r.sub_event_type!, split })));
      result[`${ownKey}_${split}`] = { n: s.n, typeAccuracy: s.type / s.n, anyAccuracy: s.any / s.n, noEvent: s.none, modeAccuracy: s.modeN ? s.mode / s.modeN : null, modeN: s.modeN, acledN: ac.n, acledSubTypeAccuracy: ac.n ? ac.ok / ac.n : null };
      if (!values.json) {
        printPlover(`${ownKey} ${split}`, s, split === 'dev' ? errors : 0, split === 'dev' && errors > 0);
        console.log(`  ACLED sub-event type accuracy ${pct(ac.ok, ac.n)} (n=${ac.n})`);
        for (const e of ac.errors.slice(0, split === 'dev' ? errors : 0)) console.log(`  ✗ ACLED ${e}`);
      }
    }
  }
  }
  const ruukDir = resolve(root, 'bench', 'gold', 'events-ruuk');
  if (existsSync(ruukDir)) {
    const recs = readRuuk(ruukDir, resolve(root, '..', 'shared', 'corpora', 'ru-telegram-2024', 'posts.jsonl'));
    for (const lang of ['ru', 'uk']) {
      for (const split of ['dev', 'test'] as const) {
        if (only !== 'all' && only !== split) continue;
        const rs = recs.filter((r) => r.lang === lang && r.split === split);
        if (rs.length === 0) continue;
        const s = scoreRuuk(rs);
        result[`ruuk_${lang}_${split}`] = { n: s.n, subTypeAccuracy: s.acled / s.n, ploverAccuracy: s.plover / s.n };
        if (!values.json) {
          console.log(`\n[${lang.toUpperCase()} ${split}] n=${s.n}  ACLED sub-event type accuracy ${pct(s.acled, s.n)}  PLOVER type accuracy ${pct(s.plover, s.n)}`);
          for (const e of s.errors.slice(0, split === 'dev' ? errors : 0)) console.log(`  ✗ ${e}`);
        }
      }
    }
  }
  if (values.json) console.log(JSON.stringify(result, null, 2));
}

/** One line of bench/gold/plover-own/sentences.jsonl (see its README). */
interface OwnRecord {
  id: string;
  split: 'dev' | 'test';
  text: string;
  plover_event: string;
  plover_mode: string | null;
  event_type: string | null;
  sub_event_type: string | null;
}

interface RuukRecord {
  id: string;
  lang: string;
  split: string;
  text: string;
  sub_event_type: string;
  plover_event: string;
}

/** Russian/Ukrainian gold lines; Russian ones read their sentence from the corpus (skipped when absent). */
function readRuuk(dir: string, corpus: string): RuukRecord[] {
  const raw: (Partial<RuukRecord> & { post?: string; start?: number; end?: number; sub_event_type: string | null; plover_event: string | null })[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) if (line.trim()) raw.push(JSON.parse(line));
  }
  const want = new Set(raw.filter((r) => r.post).map((r) => r.post!));
  const posts = new Map<string, string>();
  if (want.size && existsSync(corpus)) {
    for (const line of readFileSync(corpus, 'utf8').split('\n')) {
      if (!line) continue;
      const p = JSON.parse(line) as { id: string; text: string };
      if (want.has(p.id)) posts.set(p.id, p.text);
    }
  } else if (want.size) console.log(`\nbench:events: ${corpus} not found; skipping the ${want.size} Russian sentences that point into it`);
  const out: RuukRecord[] = [];
  for (const r of raw) {
    const text = r.post ? posts.get(r.post)?.slice(r.start, r.end) : r.text;
    if (!text) continue;
    out.push({ id: r.id!, lang: r.lang!, split: r.split!, text, sub_event_type: r.sub_event_type ?? 'none', plover_event: r.plover_event ?? 'none' });
  }
  return out;
}

function scoreRuuk(records: RuukRecord[]): { n: number; acled: number; plover: number; errors: string[] } {
  const s = { n: 0, acled: 0, plover: 0, errors: [] as string[] };
  for (const r of records) {
    const evs = analyze({ id: r.id, text: r.text }).events ?? [];
    const firstA = mainEvent(evs.filter((e) => e.acled.sub_event_type !== null));
    const sub = firstA?.acled.sub_event_type ?? 'none';
    const main = mainEvent(evs);
    const pl = main?.plover.type ?? 'none';
    s.n++;
    if (sub === r.sub_event_type) s.acled++;
    if (pl === r.plover_event) s.plover++;
    if (sub !== r.sub_event_type || pl !== r.plover_event) {
      s.errors.push(`${r.id} ACLED ${r.sub_event_type} → ${sub}${firstA ? ` (${firstA.trigger.text})` : ''}; PLOVER ${r.plover_event} → ${pl}${main ? ` (${main.trigger.text})` : ''} | ${r.text}`);
    }
  }
  return s;
}

/** Side-by-side timing (see (c) in the header). */
function speed(limit: number, passes: number): void {
  const dir = join(polnearDir(import.meta.url), 'data', 'train');
  if (!existsSync(dir)) {
    console.log(`bench:events: PolNeAR train not found at ${dir}; skipping --speed`);
    return;
  }
  let texts = [...readTexts(dir).values()];
  if (limit > 0) texts = texts.slice(0, limit);
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const nlp = wink();
  const its = nlp.its;
  const without = new Pipeline(DEFAULT_STAGES.filter((st) => st.name !== 'events'));
  const runs: (() => void)[] = [];
  const time = [0, 0, 0];
  let sink = 0;
  for (const t of texts.slice(0, 20)) {
    sink += nlp.readDoc(t).tokens().out(its.pos).length;
    sink += JSON.stringify(analyze({ id: 'w', text: t })).length;
  }
  for (let pass = 0; pass < passes; pass++) {
    texts.forEach((text, i) => {
      runs.length = 0;
      runs.push(() => {
        sink += nlp.readDoc(text).tokens().out(its.pos).length;
      });
      runs.push(() => {
        sink += JSON.stringify(analyze({ id: `d${i}`, text })).length;
      });
      runs.push(() => {
        sink += JSON.stringify(analyze({ id: `d${i}`, text }, { pipeline: without })).length;
      });
      for (let k = 0; k < 3; k++) {
        const j = (i + k) % 3;
        const t0 = performance.now();
        runs[j]!();
        time[j]! += performance.now() - t0;
      }
    });
  }
  const wps = (ms: number): number => Math.round((words * passes) / (ms / 1000));
  console.log(`bench:events --speed: ${texts.length} PolNeAR train articles, ${words.toLocaleString('en')} words, ${passes} pass(es), interleaved`);
  console.log(`  wink bare (readDoc + POS)          ${wps(time[0]!).toLocaleString('en').padStart(9)} words/s`);
  console.log(`  analyze + JSON, all stages         ${wps(time[1]!).toLocaleString('en').padStart(9)} words/s   ratio to wink ${(time[0]! / time[1]!).toFixed(3)}`);
  console.log(`  analyze + JSON, without events     ${wps(time[2]!).toLocaleString('en').padStart(9)} words/s   ratio to wink ${(time[0]! / time[2]!).toFixed(3)}`);
  console.log(`  events stage share of analyze time ${(((time[1]! - time[2]!) / time[1]!) * 100).toFixed(1)}%   (sink ${sink % 10})`);
}

main();
