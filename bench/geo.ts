/**
 * Toponym recognition and resolution on GeoWebNews (see bench/README.md).
 *
 *   npm run bench:geo -- [--from N] [--to N] [--errors N] [--json]
 *
 * Reads `../shared/benchmarks/geowebnews/data/GWN.xml` in place (never copied into the repo).
 *
 * What counts as a toponym: every gold span that has gold coordinates (the corpus README's
 * definition; 2,601 spans). That includes literal places, metonymic uses ("Turkey said"), places
 * inside organisation names, and national adjectives used as modifiers ("Syrian forces"); it
 * excludes spans without coordinates (demonyms for people, languages, homonyms, non-toponyms and
 * descriptive expressions such as "the city").
 *
 * Spans: sitrep's span of an administrative phrase holds the administrative word ("Idlib
 * province"); the corpus marks the name alone, so the word is left out before comparing.
 *
 * sitrep's prediction: every place of the `places` layer (all roles) plus every national
 * adjective of the `sides` layer ("Syrian forces": the corpus gives such modifiers the country's
 * coordinates; plural demonyms for people, "Syrians", have none and are not counted).
 *
 * - Recognition: precision, recall, F1 on exact spans (and on overlapping spans), recall per type.
 * - Resolution, gold spans given: the gold spans of a document are resolved together
 *   (`resolveSpans`); accuracy within 161 km over all gold toponyms (a span sitrep cannot resolve
 *   counts as wrong; the gold GeoNames entry itself counts as right even where the gazetteer's
 *   point for it lies farther off, as for large countries whose centroids differ), exact GeoNames
 *   ID over gold spans with an ID; mean/median error (0 for the gold entry). A span the gazetteer
 *   does not hold (a street, a building) is placed at the document's focus, its most named town
 *   (`resolveSpans`); the figure without that back-off is printed too. Also reported on the spans
 *   whose gold GeoNames entry the gazetteer holds (the resolvable ones).
 * - Resolution end to end: a gold toponym counts as right when a predicted span overlaps it and its
 *   point is within 161 km (or its id equals the gold GeoNames ID), over all gold toponyms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { analyzeDoc } from '../src/analyze/index.js';
import { resolveSpans } from '../src/analyze/places/index.js';
import { distanceKm } from '../src/geo/index.js';
import { defaultGazetteer } from '../src/analyze/places/gazetteer.js';
import { intArg, repoRoot } from './polnear.js';

function readArgs() {
  const { values: args } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    errors: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write(
    [
      'npm run bench:geo -- [options]',
      '  --from N    first article index (file order; default 0)',
      '  --to N      one past the last article index (default: all)',
      '  --errors N  print up to N sample misses of each kind (for error analysis, not for tuning lists)',
      '  --json      metrics as JSON',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
  return args;
}

/** One gold toponym span (UTF-16 offsets). */
export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  type: string;
  lat: number | null;
  lon: number | null;
  geonamesId: string | null;
}

export interface GwnArticle {
  index: number;
  title: string;
  text: string;
  toponyms: GoldToponym[];
}

/** Code-point offsets (the corpus was made with Python) → UTF-16 offsets. */
function cpToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/** Reads GWN.xml into articles; spans whose text differs from the gold name are dropped (counted). */
export function readGwn(file: string): { articles: GwnArticle[]; dropped: number } {
  const xml = readFileSync(file, 'utf8');
  const parser = new XMLParser({
    trimValues: false, parseTagValue: false, ignoreAttributes: false, attributeNamePrefix: '',
    isArray: (name) => name === 'article' || name === 'toponym',
  });
  const root = parser.parse(xml) as { articles: { article: Record<string, unknown>[] } };
  let dropped = 0;
  const articles = root.articles.article.map((a, index) => {
    const text = String(a.text ?? '');
    const conv = cpToUtf16(text);
    const holder = a.toponyms as { toponym?: Record<string, unknown>[] } | string | undefined;
    const tops = typeof holder === 'object' && holder ? holder.toponym ?? [] : [];
    const toponyms: GoldToponym[] = [];
    for (const t of tops) {
      const start = conv(Number(t.start));
      const end = conv(Number(t.end));
      const name = String(t.extractedName ?? '');
      if (text.slice(start, end) !== name) {
        dropped++;
        continue;
      }
      const lat = t.latitude === undefined || t.latitude === '' ? null : Number(t.latitude);
      const lon = t.longitude === undefined || t.longitude === '' ? null : Number(t.longitude);
      const gid = t.geonamesID === undefined || t.geonamesID === '' ? null : String(t.geonamesID).trim();
      toponyms.push({ start, end, text: name, type: String(t.type ?? ''), lat, lon, geonamesId: gid });
    }
    return { index, title: String(a.title ?? ''), text, toponyms };
  });
  return { articles, dropped };
}

interface Pred {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
  id: string | null;
}

const ADMIN_TAIL = /\s+(region|oblast|province|district|raion|rayon|governorate|krai|county|state)$/i;
/** The end of a place span without a trailing administrative word ("Idlib province" → "Idlib"). */
function nameEnd(text: string, start: number, end: number): number {
  const m = ADMIN_TAIL.exec(text);
  return m ? start + m.index : end;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number): string => (100 * x).toFixed(1);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function main(): void {
  const args = readArgs();
  const file = resolve(repoRoot(import.meta.url), '..', 'shared', 'benchmarks', 'geowebnews', 'data', 'GWN.xml');
  if (!existsSync(file)) {
    process.stdout.write(`bench:geo: GeoWebNews not found at ${file}; skipping\n`);
    process.exit(0);
  }
  const gaz = defaultGazetteer();
  if (!gaz) {
    process.stdout.write('bench:geo: no gazetteer is available (run npm run build); skipping\n');
    process.exit(0);
  }
  const { articles: all, dropped } = readGwn(file);
  const from = intArg('bench:geo', args.from, 'from', 0);
  const to = intArg('bench:geo', args.to, 'to', all.length);
  const articles = all.slice(from, to);
  const nErr = intArg('bench:geo', args.errors, 'errors', 0);

  let gold = 0, pred = 0, tpExact = 0, tpOverlapGold = 0, tpOverlapPred = 0;
  let goldAcc = 0, goldId = 0, goldIdN = 0, e2eAcc = 0, e2eId = 0, inGazN = 0, inGazAcc = 0, focusN = 0, focusAcc = 0;
  const errs: number[] = [];
  const perType = new Map<string, { n: number; found: number }>();
  const fns: string[] = [], fps: string[] = [], wrong: string[] = [];
  let ms = 0;
  for (const a of articles) {
    const golds = a.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    const t0 = performance.now();
    const doc = analyzeDoc({ id: String(a.index), text: a.text });
    ms += performance.now() - t0;
    // sitrep's span of "Idlib province" holds the administrative word; the corpus marks the name
    const preds: Pred[] = [
      ...doc.places.map((p) => ({ start: p.start, end: nameEnd(p.text, p.start, p.end), text: p.text, lat: p.lat, lon: p.lon, id: p.id })),
      ...doc.sides.filter((s) => s.form === 'adj').map((s) => ({ start: s.start, end: s.end, text: s.text, lat: s.lat, lon: s.lon, id: s.id })),
    ];
    gold += golds.length;
    pred += preds.length;
    const exact = new Set(golds.map((g) => `${g.start}:${g.end}`));
    for (const p of preds) {
      if (exact.has(`${p.start}:${p.end}`)) tpExact++;
      if (golds.some((g) => overlaps(g, p))) tpOverlapPred++;
      else if (fps.length < nErr * 4) fps.push(`[${a.index}] ${p.text}`);
    }
    // gold spans given
    const given = resolveSpans(doc, golds);
    golds.forEach((g, k) => {
      const ty = perType.get(g.type) ?? { n: 0, found: 0 };
      ty.n++;
      const hit = preds.find((p) => overlaps(g, p));
      if (hit) {
        tpOverlapGold++;
        ty.found++;
        const ok = (hit.lat !== null && hit.lon !== null && distanceKm(g.lat!, g.lon!, hit.lat, hit.lon) <= 161) || (g.geonamesId !== null && hit.id === g.geonamesId);
        if (ok) e2eAcc++;
        if (g.geonamesId !== null && hit.id === g.geonamesId) e2eId++;
      } else if (fns.length < nErr * 4) fns.push(`[${a.index}] ${g.text} (${g.type})`);
      perType.set(g.type, ty);
      const r = given[k];
      if (g.geonamesId !== null) goldIdN++;
      const resolvable = g.geonamesId !== null && gaz.get(g.geonamesId) !== undefined;
      if (resolvable) inGazN++;
      if (r && r.lat !== null && r.lon !== null) {
        const sameId = g.geonamesId !== null && r.id === g.geonamesId;
        const d = sameId ? 0 : distanceKm(g.lat!, g.lon!, r.lat, r.lon);
        errs.push(d);
        const focus = r.why?.rule === 'document-focus';
        if (focus) focusN++;
        if (d <= 161) {
          goldAcc++;
          if (focus) focusAcc++;
          if (resolvable) inGazAcc++;
        }
        else if (wrong.length < nErr * 4) wrong.push(`[${a.index}] ${g.text} → ${r.name} ${r.country ?? ''} ${r.level} (${Math.round(d)} km, ${r.why?.rule ?? ''})`);
        if (g.geonamesId !== null && r.id === g.geonamesId) goldId++;
      } else {
        errs.push(20038);
        if (wrong.length < nErr * 4) wrong.push(`[${a.index}] ${g.text} → (none)`);
      }
    });
  }
  const P = pred ? tpExact / pred : 0;
  const R = gold ? tpExact / gold : 0;
  const Po = pred ? tpOverlapPred / pred : 0;
  const Ro = gold ? tpOverlapGold / gold : 0;
  errs.sort((x, y) => x - y);
  const mean = errs.reduce((s, x) => s + x, 0) / Math.max(1, errs.length);
  const median = errs.length ? errs[Math.floor(errs.length / 2)]! : 0;
  // AUC of the log error curve (Gritta et al.): mean of ln(1 + error) / ln(20039), lower is better
  const auc = errs.reduce((s, x) => s + Math.log(1 + x) / Math.log(20039), 0) / Math.max(1, errs.length);
  const m = {
    articles: articles.length, from, to, gold, pred, droppedGoldSpans: dropped,
    recognition: { exact: { p: P, r: R, f1: f1(P, R) }, overlap: { p: Po, r: Ro, f1: f1(Po, Ro) } },
    goldSpans: { acc161: gold ? goldAcc / gold : 0, acc161GazetteerOnly: gold ? (goldAcc - focusAcc) / gold : 0, focusBackoff: focusN, resolvable: inGazN, acc161Resolvable: inGazN ? inGazAcc / inGazN : 0, exactId: goldIdN ? goldId / goldIdN : 0, idSpans: goldIdN, meanKm: mean, medianKm: median, auc },
    endToEnd: { acc161: gold ? e2eAcc / gold : 0, exactId: goldIdN ? e2eId / goldIdN : 0 },
    perTypeRecall: Object.fromEntries([...perType].sort((x, y) => y[1].n - x[1].n).map(([k, v]) => [k, { n: v.n, recall: v.found / v.n }])),
    msPerArticle: ms / Math.max(1, articles.length),
  };
  if (args.json) {
    process.stdout.write(JSON.stringify(m, null, 2) + '\n');
    return;
  }
  const out: string[] = [];
  out.push(`GeoWebNews articles ${from}..${from + articles.length - 1} (${articles.length}); gold toponyms (spans with coordinates) ${gold}; predicted ${pred}; gold spans dropped (offset mismatch) ${dropped}`);
  out.push(`recognition, exact span:   P ${pct(P)}  R ${pct(R)}  F1 ${pct(f1(P, R))}`);
  out.push(`recognition, overlap:      P ${pct(Po)}  R ${pct(Ro)}  F1 ${pct(f1(Po, Ro))}`);
  out.push(`resolution, gold spans:    acc@161 ${pct(m.goldSpans.acc161)}  exact GeoNames ID ${pct(m.goldSpans.exactId)} (of ${goldIdN})  mean ${Math.round(mean)} km  median ${Math.round(median)} km  AUC ${auc.toFixed(3)}`);
  out.push(`  ${focusN} spans the gazetteer does not hold were placed at the document's focus (${focusAcc} of them within 161 km); without that back-off acc@161 ${pct(m.goldSpans.acc161GazetteerOnly)}`);
  out.push(`  on the ${inGazN} spans whose gold GeoNames entry is in the gazetteer: acc@161 ${pct(m.goldSpans.acc161Resolvable)}`);
  out.push(`resolution, end to end:    acc@161 ${pct(m.endToEnd.acc161)}  exact GeoNames ID ${pct(m.endToEnd.exactId)}  (share of all gold toponyms)`);
  out.push('recall by type: ' + [...perType].sort((x, y) => y[1].n - x[1].n).map(([k, v]) => `${k} ${pct(v.found / v.n)} (${v.n})`).join(', '));
  out.push(`analysis time: ${m.msPerArticle.toFixed(1)} ms/article`);
  if (nErr) {
    out.push('', 'sample missed toponyms:', ...fns.slice(0, nErr).map((s) => '  ' + s));
    out.push('', 'sample spurious predictions:', ...fps.slice(0, nErr).map((s) => '  ' + s));
    out.push('', 'sample wrong resolutions (gold spans):', ...wrong.slice(0, nErr).map((s) => '  ' + s));
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
