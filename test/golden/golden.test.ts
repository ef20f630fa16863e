/**
 * Golden tests: realistic news texts written for sitrep (fiction), each with an expected file
 * written by hand from the text (see test/golden/README.md). For every `<name>.txt` the analyzer's
 * output is compared with `<name>.expected.json`; all differences of one text are reported in one
 * assertion message.
 *
 * The compiled test runs from `dist/test/golden/`, so the files are read from the source folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { table } from '../../src/lexicon/index.js';
import type { Analysis, Claim, DateMention, Place, Quantity } from '../../src/analyze/index.js';

const GOLDEN_DIR = fileURLToPath(new URL('../../../test/golden/', import.meta.url));

/** One expected claim. `content` is one substring, or several that must all occur. */
interface ExpectedClaim {
  kind: Claim['kind'];
  speaker: string | null;
  name: string | null;
  type: string;
  cue: string | null;
  content: string | string[];
  notes?: string;
}

interface ExpectedQuantity {
  text: string;
  value: number;
  high?: number;
  bound: Quantity['bound'];
  unit: string | null;
  notes?: string;
}

interface ExpectedDate {
  text: string;
  date: string | null;
  precision?: DateMention['precision'];
  notes?: string;
}

/** One expected place: the span as written, the entry's current name, level and region. */
interface ExpectedPlace {
  text: string;
  name: string;
  level: NonNullable<Place['level']>;
  admin1?: string | null;
  role?: Place['role'];
  notes?: string;
}

interface Expected {
  published: string;
  notes?: string;
  claims: ExpectedClaim[];
  quantities: ExpectedQuantity[];
  dates: ExpectedDate[];
  /** Every place of the text (the complete list), when given. */
  places?: ExpectedPlace[];
  /** Capitalised words that must not be places (a river, a surname, a weapon). */
  notPlaces?: string[];
}

interface Golden {
  name: string;
  text: string;
  expected: Expected;
}

function loadGoldens(): Golden[] {
  const names = readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return names.map((name) => ({
    name,
    text: readFileSync(GOLDEN_DIR + name + '.txt', 'utf8'),
    expected: JSON.parse(readFileSync(GOLDEN_DIR + name + '.expected.json', 'utf8')) as Expected,
  }));
}

const goldens = loadGoldens();

/** Collapses runs of whitespace so that content split over paragraphs compares as one line. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function contentList(c: string | string[]): string[] {
  return Array.isArray(c) ? c : [c];
}

function showClaim(c: Claim): string {
  const content = c.content.map((f) => f.text).join(' | ');
  const sp = c.speaker ? `${JSON.stringify(c.speaker.text)} (${c.speaker.name ?? 'null'}, ${c.speaker.type})` : 'null';
  return `{${c.kind} speaker=${sp} cue=${JSON.stringify(c.cue?.text ?? null)} content=${JSON.stringify(content.slice(0, 90))}}`;
}

function showExpectedClaim(c: ExpectedClaim): string {
  return `{${c.kind} speaker=${JSON.stringify(c.speaker)} (${c.name ?? 'null'}, ${c.type}) cue=${JSON.stringify(c.cue)} content=${JSON.stringify(c.content)}}`;
}

function claimMatches(e: ExpectedClaim, p: Claim): boolean {
  // The cue span may also hold adverbials and a colon ("said only", "wrote:", "said in a statement"),
  // as attribution corpora mark them; the expected cue words must lie inside it.
  if (e.cue === null ? p.cue !== null : !(p.cue && p.cue.text.includes(e.cue))) return false;
  // The speaker span follows the attribution-corpus convention: it keeps a title or an apposition
  // ("Colonel X", "X, the deputy chairman,"), so the expected phrase must lie inside it; the actor's
  // identity is checked exactly through `name` and `type`.
  if (e.speaker === null ? p.speaker !== null : !(p.speaker && p.speaker.text.includes(e.speaker))) return false;
  if (e.speaker !== null && p.speaker) {
    if (p.speaker.name !== e.name || p.speaker.type !== e.type) return false;
  }
  if (p.kind !== e.kind) return false;
  const joined = squash(p.content.map((f) => f.text).join(' '));
  return contentList(e.content).every((s) => joined.includes(squash(s)));
}

/**
 * Maximum bipartite matching of expected items to distinct predicted items (Kuhn's algorithm).
 * Returns, for each expected index, the matched predicted index or -1.
 */
function match<E, P>(expected: E[], predicted: P[], ok: (e: E, p: P) => boolean): number[] {
  const adj = expected.map((e) => predicted.flatMap((p, j) => (ok(e, p) ? [j] : [])));
  const owner = new Array<number>(predicted.length).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of adj[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || tryAssign(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < expected.length; i++) tryAssign(i, new Array<boolean>(predicted.length).fill(false));
  const result = new Array<number>(expected.length).fill(-1);
  owner.forEach((i, j) => {
    if (i >= 0) result[i] = j;
  });
  return result;
}

/** Every span carrying text must be the exact slice of the document text. */
function checkSpans(text: string, a: Analysis, problems: string[]): void {
  const check = (where: string, s: { start: number; end: number; text: string } | null | undefined): void => {
    if (!s) return;
    const slice = text.slice(s.start, s.end);
    if (slice !== s.text) {
      problems.push(`span ${where} [${s.start},${s.end}) text ${JSON.stringify(s.text)} but the slice is ${JSON.stringify(slice)}`);
    }
  };
  a.claims.forEach((c, i) => {
    check(`claims[${i}].speaker`, c.speaker);
    check(`claims[${i}].cue`, c.cue);
    c.content.forEach((f, k) => check(`claims[${i}].content[${k}]`, f));
    if (c.content.length === 0) problems.push(`claims[${i}] has no content fragment: ${showClaim(c)}`);
  });
  a.quantities.forEach((q, i) => check(`quantities[${i}]`, q));
  a.dates.forEach((d, i) => check(`dates[${i}]`, d));
  a.entities.forEach((e, i) => {
    check(`entities[${i}]`, e);
    check(`entities[${i}].title`, e.title);
  });
  a.places.forEach((p, i) => check(`places[${i}]`, p));
}

function checkClaims(e: Expected, a: Analysis, problems: string[]): void {
  const m = match(e.claims, a.claims, claimMatches);
  m.forEach((j, i) => {
    if (j >= 0) return;
    const want = e.claims[i]!;
    const first = contentList(want.content)[0]!;
    // The closest predictions, to make the failure readable: same cue, or content that overlaps.
    const near = a.claims.filter(
      (p) => (p.cue?.text ?? null) === want.cue && squash(p.content.map((f) => f.text).join(' ')).includes(squash(first).slice(0, 25)),
    );
    const nearText = near.length ? ` closest: ${near.map(showClaim).join(', ')}` : ' (no predicted claim with that cue and content)';
    problems.push(`missing claim ${showExpectedClaim(want)};${nearText}`);
  });
  const limit = e.claims.length + 1;
  if (a.claims.length > limit) {
    const used = new Set(m.filter((j) => j >= 0));
    const extra = a.claims.filter((_, j) => !used.has(j)).map(showClaim);
    problems.push(`${a.claims.length} claims predicted, at most ${limit} allowed; unmatched: ${extra.join(', ')}`);
  }
}

function quantityMatches(e: ExpectedQuantity, p: Quantity): boolean {
  return (
    p.text === e.text &&
    p.value === e.value &&
    p.bound === e.bound &&
    p.unit === e.unit &&
    (e.high === undefined || p.high === e.high)
  );
}

function showQuantity(q: { text: string; value: number; high?: number | null; bound: string; unit: string | null }): string {
  const high = q.high !== undefined && q.high !== null ? `..${q.high}` : '';
  return `${JSON.stringify(q.text)}=${q.value}${high} ${q.bound} ${q.unit ?? 'null'}`;
}

function checkQuantities(e: Expected, a: Analysis, problems: string[]): void {
  const m = match(e.quantities, a.quantities, quantityMatches);
  m.forEach((j, i) => {
    if (j >= 0) return;
    const want = e.quantities[i]!;
    const same = a.quantities.filter((p) => p.text === want.text).map(showQuantity);
    problems.push(`missing quantity ${showQuantity(want)}${same.length ? `; predicted ${same.join(', ')}` : ''}`);
  });
  const used = new Set(m.filter((j) => j >= 0));
  a.quantities.forEach((p, j) => {
    if (!used.has(j)) problems.push(`unexpected quantity ${showQuantity(p)} at ${p.start}`);
  });
}

function checkDates(e: Expected, a: Analysis, problems: string[]): void {
  const ok = (w: ExpectedDate, p: DateMention): boolean =>
    p.text === w.text && p.date === w.date && (w.precision === undefined || p.precision === w.precision);
  const m = match(e.dates, a.dates, ok);
  m.forEach((j, i) => {
    if (j >= 0) return;
    const want = e.dates[i]!;
    const same = a.dates.filter((p) => p.text === want.text).map((p) => `${p.date} (${p.precision})`);
    problems.push(
      `missing date ${JSON.stringify(want.text)}=${want.date}${want.precision ? ` (${want.precision})` : ''}` +
        (same.length ? `; predicted ${same.join(', ')}` : `; predicted dates: ${a.dates.map((d) => JSON.stringify(d.text)).join(', ') || 'none'}`),
    );
  });
  // the expected dates are the complete list: a predicted date nobody expected is a false positive
  const used = new Set(m.filter((j) => j >= 0));
  a.dates.forEach((p, j) => {
    if (!used.has(j)) problems.push(`unexpected date ${JSON.stringify(p.text)}=${p.date}`);
  });
}

function showPlace(p: { text: string; name: string; level: string | null; admin1?: string | null; role?: string }): string {
  return `${JSON.stringify(p.text)}→${p.name} (${p.level}${p.admin1 ? ` ${p.admin1}` : ''}${p.role ? `, ${p.role}` : ''})`;
}

function checkPlaces(e: Expected, a: Analysis, problems: string[]): void {
  for (const w of e.notPlaces ?? []) {
    const bad = a.places.filter((p) => p.text.includes(w));
    if (bad.length) problems.push(`${JSON.stringify(w)} is no place, predicted ${bad.map(showPlace).join(', ')}`);
  }
  if (!e.places) return;
  const ok = (w: ExpectedPlace, p: Place): boolean =>
    p.text === w.text && p.name === w.name && p.level === w.level &&
    (w.admin1 === undefined || p.admin1 === w.admin1) && (w.role === undefined || p.role === w.role);
  const m = match(e.places, a.places, ok);
  m.forEach((j, i) => {
    if (j >= 0) return;
    const want = e.places![i]!;
    const same = a.places.filter((p) => p.text === want.text).map(showPlace);
    problems.push(`missing place ${showPlace(want)}${same.length ? `; predicted ${same.join(', ')}` : ''}`);
  });
  // the expected places are the complete list
  const used = new Set(m.filter((j) => j >= 0));
  a.places.forEach((p, j) => {
    if (!used.has(j)) problems.push(`unexpected place ${showPlace(p)} at ${p.start}`);
  });
}

test('golden: every text has an expected file', () => {
  assert.ok(goldens.length >= 6, `expected at least 6 golden texts in ${GOLDEN_DIR}, found ${goldens.length}`);
});

// The expected files are hand-written; this pins them to their texts and to the unit ids in
// data/units.tsv, so a typo in an expected file fails here instead of as an analyzer mismatch.
test('golden: expected files agree with their texts and with data/units.tsv', () => {
  const units = new Set(table('units.tsv').map((row) => row[1]!));
  const problems: string[] = [];
  for (const { name, text, expected: e } of goldens) {
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words < 150 || words > 450) problems.push(`${name}: ${words} words, outside 150-450`);
    if (Number.isNaN(new Date(e.published).getTime())) problems.push(`${name}: bad published ${e.published}`);
    const has = (what: string, s: string | null): void => {
      if (s !== null && !text.includes(s)) problems.push(`${name}: ${what} ${JSON.stringify(s)} not in the text`);
    };
    for (const c of e.claims) {
      has('speaker', c.speaker);
      has('cue', c.cue);
      contentList(c.content).forEach((s) => has('content', s));
      if (c.speaker === null && c.name !== null) problems.push(`${name}: claim without speaker has a name`);
    }
    for (const q of e.quantities) {
      has('quantity', q.text);
      if (q.unit !== null && !units.has(q.unit)) problems.push(`${name}: unit ${q.unit} is not an id in data/units.tsv`);
      if ((q.bound === 'range') !== (q.high !== undefined)) problems.push(`${name}: ${q.text}: high goes with bound range`);
    }
    for (const pl of e.places ?? []) has('place', pl.text);
    for (const w of e.notPlaces ?? []) has('non-place', w);
    for (const d of e.dates) {
      has('date', d.text);
      if (d.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) problems.push(`${name}: bad date ${d.date}`);
    }
  }
  assert.deepEqual(problems, []);
});

for (const { name, text, expected } of goldens) {
  test(`golden: ${name}`, () => {
    const a = analyze({ id: name, text, published: expected.published });
    const problems: string[] = [];
    checkSpans(text, a, problems);
    checkClaims(expected, a, problems);
    checkQuantities(expected, a, problems);
    checkDates(expected, a, problems);
    checkPlaces(expected, a, problems);
    assert.ok(problems.length === 0, `${name}: ${problems.length} difference(s)\n  - ${problems.join('\n  - ')}`);
  });
}
