/**
 * What an attack did to one object (issue 9, lane fate10, kind figures): one side says a ship was
 * damaged and the other that it was destroyed; a railway was not damaged against a train on it
 * destroyed; a crew is alive against losses among it; an air base's military facilities undamaged
 * against aircraft destroyed there. The outcome is read on an ordered scale — none (undamaged,
 * intact, alive) < damaged < destroyed (sunk, wiped out, killed) — for the object the outcome word
 * is said of, with the cue lists of data/object-outcomes.tsv. Two accounts of one object (the same
 * kind at one place, or one named object anywhere) from speakers of two different known sides,
 * within a few days, that give it different levels make a dispute. One side's own accounts
 * (damaged, then destroyed) never do; two objects (a depot destroyed, planes intact) never do.
 * Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { NEGATIONS, wordsOf, type Word } from './lexicon.js';
import { dayNumber, disputeId, topicAt, isoDay, placeKeyOf, sideOf } from './compare.js';
import { sameIdentity } from './identity.js';
import { designationKey, sentences } from './fate.js';
import { samePlace, saysNoDamage, spots } from './outcome.js';
import { DisjointSets, groupBy } from '../util/index.js';
import type { ClaimRecord, Dispute, ObjectFact, PlaceRef, Side } from './types.js';

const CLASS_LIST = ['object', 'destroyed', 'damaged', 'none', 'alive', 'lost', 'weapon', 'carry', 'count', 'instrument', 'another', 'denial'] as const;
type Cls = (typeof CLASS_LIST)[number];
const CLASSES: ReadonlySet<string> = new Set(CLASS_LIST);

interface Row { words: string[]; cls: Cls; key: string }
interface Lex { rows: Map<string, Row[]>; window: number }

let lexCache: Lex | null = null;

/** The rows of data/object-outcomes.tsv, indexed by the first letter of their first word, longest first. */
function lex(): Lex {
  if (lexCache) return lexCache;
  const rows = new Map<string, Row[]>();
  let window = 3;
  for (const [phrase, cls, key] of table('object-outcomes.tsv')) {
    if (!phrase || !cls) continue;
    if (cls === 'param') {
      if (phrase === 'window' && Number.isFinite(Number(key))) window = Number(key);
      continue;
    }
    if (!CLASSES.has(cls)) throw new Error(`sitrep: data/object-outcomes.tsv: bad class "${cls}" for "${phrase}"`);
    const words = phrase.toLowerCase().replace(/ё/g, 'е').split(/\s+/);
    const k = words[0]![0]!;
    const l = rows.get(k) ?? [];
    l.push({ words, cls: cls as Cls, key: key ?? '' });
    rows.set(k, l);
  }
  for (const l of rows.values()) l.sort((a, b) => b.words.length - a.words.length);
  return (lexCache = { rows, window });
}

/** Whether word `w` is the row word `p`: a word ending in "~" is a stem. */
const wordIs = (w: string, p: string): boolean => (p.endsWith('~') ? w.startsWith(p.slice(0, -1)) : w === p);

interface Cue { i: number; n: number; cls: Cls; key: string }

/** Every cue of `ws`: at each word the longest row of each class. */
function cuesOf(ws: readonly string[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < ws.length; i++) {
    const l = lex().rows.get(ws[i]![0] ?? '');
    if (!l) continue;
    const seen = new Set<Cls>();
    for (const r of l) {
      if (seen.has(r.cls) || i + r.words.length > ws.length || !r.words.every((p, k) => wordIs(ws[i + k]!, p))) continue;
      seen.add(r.cls);
      out.push({ i, n: r.words.length, cls: r.cls, key: r.key });
    }
  }
  return out;
}

/** A name's key: its first word, lower case, Cyrillic letters transliterated ("Ямала" → "yamala"). */
function nameKey(word: string): string {
  return designationKey(word);
}

/**
 * Whether two name keys are one object's name in two cases or languages: one shares a prefix of at
 * least four letters with the other and each goes on at most a case ending past it ("yamal" and
 * "yamala", "sergey" and "sergiya"; not "ivan" and "ivanovets").
 */
export function sameObjectName(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return k >= 4 && short.length - k <= 2 && long.length - k <= 3;
}

/**
 * The proper name right after the object words ending at word `j` ("ship Vasily", «корабль «Ямал»»,
 * «экипаж «Ямала»»), read in the whole text (an own-voice claim leaves the quoted name out of its
 * content), or null.
 */
function nameAfter(text: string, words: readonly Word[], j: number): string | null {
  const end = words[j]!.end;
  const m = /^\s*(?:the\s+)?["“«']?(\p{Lu}\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, end + 60));
  return m ? m[1]! : null;
}

/** The one vessel name a text gives after a ship word, when it gives exactly one (its key), else null. */
export function documentVessel(text: string): string | null {
  const words = wordsOf(text);
  const ws = words.map((w) => w.w.replace(/ё/g, 'е'));
  const names = new Set<string>();
  let first: string | null = null;
  for (const c of cuesOf(ws)) {
    if (c.cls !== 'object' || c.key !== 'ship') continue;
    const n = nameAfter(text, words, c.i + c.n - 1);
    if (!n) continue;
    const k = nameKey(n);
    if (![...names].some((x) => sameObjectName(x, k))) names.add(k);
    first ??= n;
  }
  // (else a name in guillemets after a word, in a text that speaks of a ship: «після ураження
  // «Цезаря Кунікова»»; not one in brackets, a plant's «Залив» after its full name)
  if (names.size === 0 && cuesOf(ws).some((c) => c.cls === 'object' && c.key === 'ship')) {
    for (const m of text.matchAll(/(?<=\p{L}\s)«(\p{Lu}\p{Ll}[\p{L}-]*)/gu)) {
      const k = nameKey(m[1]!);
      if (![...names].some((x) => sameObjectName(x, k))) names.add(k);
      first ??= m[1]!;
    }
  }
  return names.size === 1 ? first : null;
}

/** How many characters apart two content fragments may stand to be read as one (a quoted name between them). */
const JOIN_GAP = 40;
/** How many words before a cue its negation may stand. */
const NEGATION_REACH = 3;
/** How many words before an object a count or an "one of" word may stand. */
const COUNT_REACH = 3;

const LEVEL: Partial<Record<Cls, 0 | 1 | 2>> = { none: 0, alive: 0, damaged: 1, destroyed: 2, lost: 2 };
/** Object kinds a crew's fate is said of (alive, lost), not damage. */
const PEOPLE: ReadonlySet<string> = new Set(['crew']);

/**
 * The object facts of a claim's content fragments `frags` of `text`: for each outcome word of a
 * sentence, the object it is said of — the nearest object of a fitting kind in its clause, else the
 * nearest one before it in its sentence ("корабль, стоявший на заводе, — он получил повреждения")
 * — at the word's level: `damaged` negated is none ("the railway had not been damaged"), a negated
 * `destroyed` or `lost` says nothing; a `lost` or `destroyed` of a crew in a sentence that calls a
 * report false is `alive`. A weapon nearer to a destroy word than its object is an interception
 * ("13 missiles destroyed"), unless the sentence says the weapons were carried (then the carrier's
 * fate: "missiles destroyed as they were carried by train"). A ship or crew takes the proper name
 * right after its word, else `docVessel` (the one vessel its document names). One fact per object
 * and name, the highest level of the claim.
 */
export function objectFacts(text: string, frags: readonly { start: number; end: number }[], docVessel: string | null = null): ObjectFact[] {
  const found: ObjectFact[] = [];
  // fragments a short gap apart are read as one (a quoted name between: «корабль «Ямал» получил повреждения»)
  const spans: { start: number; end: number }[] = [];
  for (const f of [...frags].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && f.start - last.end <= JOIN_GAP) last.end = Math.max(last.end, f.end);
    else spans.push({ start: f.start, end: f.end });
  }
  for (const f of spans) {
    for (const [s, e] of sentences(text, f.start, f.end)) {
      const words = wordsOf(text, s, e);
      const ws = words.map((w) => w.w.replace(/ё/g, 'е'));
      const cues = cuesOf(ws);
      const objects = cues.filter((c) => c.cls === 'object');
      if (objects.length === 0) continue;
      const has = (cls: Cls): boolean => cues.some((c) => c.cls === cls);
      // the clause of each word: a new one after , ; : or a dash
      const clause: number[] = [];
      for (let k = 0; k < words.length; k++) clause.push(k === 0 ? 0 : clause[k - 1]! + (/[,;:—–]|\s-\s/.test(text.slice(words[k - 1]!.end, words[k]!.start)) ? 1 : 0));
      for (const c of cues) {
        let level = LEVEL[c.cls];
        if (level === undefined) continue;
        const negated = ws.slice(Math.max(0, c.i - NEGATION_REACH), c.i).some((w) => NEGATIONS.has(w));
        if (negated) {
          if (c.cls !== 'damaged') continue;
          level = 0;
        }
        const fits = (o: Cue): boolean => (c.cls === 'alive' || c.cls === 'lost' ? PEOPLE.has(o.key) : c.cls === 'destroyed' ? true : !PEOPLE.has(o.key));
        const dist = (o: Cue): number => (o.i > c.i ? o.i - (c.i + c.n - 1) : c.i - (o.i + o.n - 1));
        const near = (l: Cue[]): Cue | undefined => l.sort((a, b) => dist(a) - dist(b) || b.i - a.i)[0];
        // (an object after the word with an instrument word right before it is the instrument or the agent)
        // ("carried by train": a carry word before it makes the object the carrier, no instrument)
        const instrumentAt = (x: Cue): boolean => x.cls === 'instrument' && !cues.some((y) => y.cls === 'carry' && y.i === x.i - 1);
        const target = (o: Cue): boolean => fits(o) && !(o.i > c.i && cues.some((x) => instrumentAt(x) && x.i < o.i && o.i - x.i <= COUNT_REACH && x.i > c.i));
        const obj = near(objects.filter((o) => target(o) && clause[o.i] === clause[c.i])) ?? near(objects.filter((o) => target(o) && o.i < c.i));
        if (!obj) continue;
        // a weapon nearer than the object: an interception, unless the weapons were cargo
        if (c.cls === 'destroyed' && !has('carry') && cues.some((w) => w.cls === 'weapon' && dist(w) < dist(obj))) continue;
        // a crew said killed or wiped out in a sentence that calls the report false: it is alive
        if (PEOPLE.has(obj.key) && level === 2 && has('denial')) level = 0;
        const before = ws.slice(Math.max(0, obj.i - COUNT_REACH), obj.i);
        const counted = before.some((w) => /^\d/.test(w)) || cues.some((x) => x.cls === 'count' && x.i < obj.i && obj.i - x.i <= COUNT_REACH);
        const one = !counted && !cues.some((x) => x.cls === 'another' && x.i < obj.i && obj.i - x.i <= COUNT_REACH);
        // (a counted crew is still one ship's: "90 sailors" of its complement)
        const named = obj.key === 'ship' || obj.key === 'crew' ? (nameAfter(text, words, obj.i + obj.n - 1) ?? (counted && !PEOPLE.has(obj.key) ? null : docVessel)) : null;
        const w0 = words[c.i]!;
        const w1 = words[c.i + c.n - 1]!;
        found.push({ object: obj.key, name: named ? nameKey(named) : null, level, one, text: text.slice(w0.start, w1.end), start: w0.start, end: w1.end });
      }
    }
  }
  // one fact per object and name: the highest level the claim gives it
  const out: ObjectFact[] = [];
  for (const x of found) {
    const k = out.findIndex((y) => y.object === x.object && y.name === x.name);
    if (k < 0) out.push(x);
    else if (x.level > out[k]!.level) out[k] = { ...x, one: x.one && out[k]!.one };
  }
  return out;
}

interface Item { rec: number; day: number; side: Side; fact: ObjectFact }

/**
 * The object facts compare reads of a record: its own, and its named equipment's fates
 * (src/compare/fate.ts: a MiG-31 destroyed is an object destroyed, of the kind `item`), which a
 * `military` none at the same place answers; and its strike outcome's "no damage"
 * (src/compare/outcome.ts) as a `military` none.
 */
function factsOf(r: ClaimRecord): ObjectFact[] {
  const out: ObjectFact[] = Array.isArray(r.objects) ? r.objects.filter((f) => f && typeof f.object === 'string' && (f.level === 0 || f.level === 1 || f.level === 2)) : [];
  for (const f of Array.isArray(r.fates) ? r.fates : []) {
    if (f?.state === 'destroyed') out.push({ object: 'item', name: f.item, level: 2, one: true, text: f.text, start: f.start, end: f.end });
  }
  // a strike's "no damage" of src/compare/outcome.ts (not of a civilian object, not only debris; not
  // "all were intercepted", which is said of the weapons) is said of the place's military facilities as a whole
  const none = (Array.isArray(r.outcomes) ? r.outcomes : []).find((o) => o?.state === 'none' && !o.civilian && !o.debris && saysNoDamage(o));
  if (none && !out.some((f) => f.object === 'military')) out.push({ object: 'military', name: null, level: 0, one: false, text: none.text, start: none.start, end: none.end });
  return out;
}

/** Whether the records' outcome facts already set them against each other (src/compare/outcome.ts pairs hit against none). */
function outcomePair(a: ClaimRecord, b: ClaimRecord): boolean {
  const st = (r: ClaimRecord, s: string): boolean => (r.outcomes ?? []).some((o) => o?.state === s);
  return (st(a, 'hit') && st(b, 'none')) || (st(a, 'none') && st(b, 'hit'));
}

/**
 * Whether facts `a` and `b` (of records at places `pa`, `pb`) can be one object's: the same kind
 * and, both named, one name (anywhere), else at one place; or a `military` none and any object
 * that is not a crew at one place.
 */
function sameObject(a: ObjectFact, b: ObjectFact, pa: ReturnType<typeof spots>, pb: ReturnType<typeof spots>): boolean {
  if (a.object === 'military' || b.object === 'military') {
    const [g, o] = a.object === 'military' ? [a, b] : [b, a];
    return g.level === 0 && o.object !== 'military' && !PEOPLE.has(o.object) && samePlace(pa, pb);
  }
  if (a.object !== b.object && !(a.object === 'crew' && b.object === 'crew')) return false;
  if (a.name && b.name) return sameObjectName(a.name, b.name);
  return samePlace(pa, pb);
}

/**
 * Object outcome disputes over `records`: two facts of one object (see `sameObject`) whose levels
 * differ, said by speakers of two different known sides within `windowDays` (data/object-outcomes.tsv
 * `window` when not given), from two voices. Damaged against destroyed counts only when both speak
 * of one object (not "one of the ships", not a count); none against either always. Pairs that
 * outcome.ts already sets against each other are left to it. Facts joined by pairs make one dispute
 * per object: the higher level against the lower. Kind `figures`.
 */
export function compareObjectOutcomes(records: readonly ClaimRecord[], windowDays?: number): Dispute[] {
  const window = windowDays ?? lex().window;
  // each claim's side is its speaker's, as shown (a pronoun or surname speaker takes its person's side
  // in src/compare/speaker.ts, not here)
  const items: Item[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec) continue;
    const side = rec.speaker?.side ?? null;
    const day = dayNumber(rec.date ?? null);
    if (Number.isNaN(day)) continue;
    for (const fact of factsOf(rec)) {
      if (side) items.push({ rec: r, day, side, fact });
    }
  }
  if (items.length < 2) return [];
  const spotCache = new Map<number, ReturnType<typeof spots>>();
  const spotOf = (r: number): ReturnType<typeof spots> => {
    let s = spotCache.get(r);
    if (!s) spotCache.set(r, (s = spots(records[r]!, true)));
    return s;
  };
  const sets = new DisjointSets<Item>();
  const paired = new Set<Item>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.side === b.side || a.rec === b.rec || a.fact.level === b.fact.level || Math.abs(a.day - b.day) > window) continue;
      // damaged against destroyed: of one object each, not of one of several
      if (a.fact.level > 0 && b.fact.level > 0 && !(a.fact.one && b.fact.one)) continue;
      const ra = records[a.rec]!;
      const rb = records[b.rec]!;
      if (sameIdentity(ra, rb) || outcomePair(ra, rb)) continue;
      if (!sameObject(a.fact, b.fact, spotOf(a.rec), spotOf(b.rec))) continue;
      paired.add(a).add(b);
      sets.union(a, b);
    }
  }
  const out: Dispute[] = [];
  for (const g of groupBy(paired, (x) => sets.find(x)).values()) out.push(dispute(records, g));
  return out;
}

const LEVEL_WORDS = ['not damaged (intact, alive)', 'damaged', 'destroyed (sunk, killed)'];

function dispute(records: readonly ClaimRecord[], g: Item[]): Dispute {
  const top = Math.max(...g.map((x) => x.fact.level));
  const uniq = (l: Item[]): Item[] => [...new Map(l.map((x) => [x.rec, x])).values()];
  const hi = uniq(g.filter((x) => x.fact.level === top));
  const lo = uniq(g.filter((x) => x.fact.level < top && !hi.some((h) => h.rec === x.rec)));
  const obj = (hi.find((x) => x.fact.object !== 'military') ?? lo.find((x) => x.fact.object !== 'military') ?? g[0]!).fact;
  const named = g.find((x) => x.fact.name)?.fact.name ?? null;
  const what = `${obj.object}${named ? ` ${named}` : ''}`;
  const label = (l: Item[]): string => `${what} ${[...new Set(l.map((x) => LEVEL_WORDS[x.fact.level]))].join(' or ')} (${[...new Set(l.map((x) => `"${x.fact.text}"`))].slice(0, 3).join(', ')})`;
  const all = [...hi, ...lo].map((x) => records[x.rec]!);
  // where: the place most of the claims name, a town before a region
  const placed = all.flatMap((r) => [...new Map((r.places ?? []).filter((p) => p && p.level !== 'country').map((p) => [p.id, p])).values()]);
  const count = new Map<string, number>();
  for (const p of placed) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  const rank = (p: PlaceRef): number => (count.get(p.id) ?? 0) * 2 + (p.level === 'admin1' || p.id.startsWith('vessel:') ? 0 : 1);
  const place = placed.reduce<PlaceRef | null>((best, p) => (!best || rank(p) > rank(best) ? p : best), null);
  const days = g.map((x) => x.day);
  const from = isoDay(Math.min(...days));
  const to = isoDay(Math.max(...days));
  const sides = [
    { ...sideOf(records, hi, label(hi)), polarity: 1 as const },
    { ...sideOf(records, lo, label(lo)), polarity: -1 as const },
  ];
  const placeKey = placeKeyOf(place);
  const key = `object:${what}|${placeKey ?? ''}|${from}..${to}`;
  return {
    id: disputeId(key, sides),
    topic: topicAt(key, place, from, to, { type: 'quantity', unit: `object:${obj.object}`, subjectSide: null }),
    reason: 'status',
    kind: 'figures',
    sides,
    explanation: `What the attack did to the ${what}: ${sides.map((s) => s.position).join(' vs ')}`,
  };
}
