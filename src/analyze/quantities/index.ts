/**
 * Stage `quantities`: claimed numbers with value, bound and unit.
 *
 * Works sentence by sentence over the token arrays. At each token that can start a number
 * (a figure, a number word, "a dozen", a vague amount) it reads the number (`numbers.ts`), then
 * looks around it:
 *  - before: a currency symbol ("$1.5 billion"), a bound ("more than", "up to", "another",
 *    "between"), a casualty word ("killed 12", "injured another 12"), a death toll
 *    ("the death toll rose to 40"), or a loss-list heading ("tanks — 8,900");
 *  - after: a range end ("20 to 30", "between 30 and 40"), a post bound ("1,000+", "or more"),
 *    the unit (up to two modifier words may stand before it: "1,000 Ukrainian troops"; equipment
 *    type names count as units: "4 F-16s", "5 Leopard 2 tanks"), and a casualty word
 *    ("12 people were killed", "12 dead");
 *  - a part of a whole: "31 of 35 drones" (31 takes the unit drones, the span stays "31"),
 *    "1,000 of its troops" (the span runs to the unit).
 * A phrasal verb hides the bound inside it: "took over 3 villages" is exactly 3.
 * Casualty rule: a person noun governed by a casualty word takes the casualty unit (killed,
 * wounded, captured, missing, casualties), because that is what analysts count; equipment and
 * places keep their own unit ("captured 5 tanks" → tanks). A number with no unit after "another",
 * "a further" inherits the unit of the previous quantity in the sentence.
 * Skipped: dates, times and durations (wink-nlp entities), bare years (1900–2100 without a unit),
 * ordinals, signed figures ("+12", phone numbers), labels ("Brigade 93", "No. 3", "93 Brigade"),
 * model designations ("T-72", "F-16", "Leopard 2", "PzH 2000"), list numbering ("1."), compound adjectives without a unit
 * ("12-year-old"), calibres ("155mm"), and bare "one" or vague words with no unit.
 * All word lists live in data/units.tsv, data/equipment-types.tsv, data/bounds.tsv,
 * data/number-words.tsv and data/number-labels.tsv.
 */
import { Kind, P, isCapitalAt, lowerBound, sentenceInCyrillicParagraph, type Doc, type Tokens } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { findQuantitiesRuUk } from './ruuk.js';
import type { Bound, Quantity } from '../types.js';
import { BOUNDS, LABEL_AFTER, LABEL_BEFORE, NUMWORDS, UNITS, VAGUE_FIRST, type PhraseTable, type UnitEntry } from './lexicon.js';
import { readNumber, touching, type NumberCore } from './numbers.js';

const WORD = Kind.Word;
const NUMBER = Kind.Number;
const PUNCT = Kind.Punct;
const SPACE = Kind.Space;

/** wink-nlp entity types that make a number a date or time, not a count. */
const TIME_ENTS = new Set(['DATE', 'TIME', 'DURATION']);

/** Join sign between tokens a-1 and a in a phrase key: '' when they touch, else ' '. */
function sep(t: Tokens, a: number): string {
  return t.end[a - 1] === t.start[a] ? '' : ' ';
}

/** Longest phrase of `tab` starting at token i (not past t1). */
function matchForward<T>(t: Tokens, tab: PhraseTable<T>, i: number, t1: number): { v: T; end: number } | null {
  if (i >= t1 || t.kind[i] === SPACE) return null;
  let key = t.lower[i]!;
  let best: { v: T; end: number } | null = null;
  const v0 = tab.map.get(key);
  if (v0 !== undefined) best = { v: v0, end: i + 1 };
  for (let j = i + 1; j < t1 && j < i + tab.maxWords; j++) {
    if (t.kind[j] === SPACE) break;
    key += sep(t, j) + t.lower[j]!;
    const v = tab.map.get(key);
    if (v !== undefined) best = { v, end: j + 1 };
  }
  return best;
}

/** Longest phrase of `tab` ending just before token e (not before t0). */
function matchBackward<T>(t: Tokens, tab: PhraseTable<T>, e: number, t0: number): { v: T; start: number } | null {
  const i = e - 1;
  if (i < t0 || t.kind[i] === SPACE) return null;
  let key = t.lower[i]!;
  let best: { v: T; start: number } | null = null;
  const v0 = tab.map.get(key);
  if (v0 !== undefined) best = { v: v0, start: i };
  for (let j = i - 1; j >= t0 && j > i - tab.maxWords; j--) {
    if (t.kind[j] === SPACE) break;
    key = t.lower[j]! + sep(t, j + 1) + key;
    const v = tab.map.get(key);
    if (v !== undefined) best = { v, start: j };
  }
  return best;
}

function isNounUnit(u: UnitEntry): boolean {
  return u.cls !== 'event' && u.cls !== 'toll' && u.cls !== 'link';
}

/** Could token i start a number? (A cheap test before `readNumber`.) */
function canStart(t: Tokens, i: number): boolean {
  const k = t.kind[i];
  if (k === NUMBER) return true;
  if (k !== WORD) return false;
  const w = t.lower[i]!;
  return NUMWORDS.map.has(w) || VAGUE_FIRST.has(w);
}

/** A modifier word that may stand between a number and its unit ("Ukrainian", "T-72", "combat"). */
function isModifier(t: Tokens, i: number): boolean {
  const k = t.kind[i];
  if (k !== WORD && k !== NUMBER) return false;
  const p = t.pos[i]!;
  return p === P.ADJ || p === P.NOUN || p === P.PROPN || p === P.VERB || p === P.X || (p === P.NUM && k === NUMBER);
}

/** End of the group of touching tokens starting at i ("T-72", "155mm", "Russian"). */
function groupEnd(t: Tokens, i: number, t1: number): number {
  let j = i + 1;
  while (j < t1 && touching(t, j - 1, j) && t.kind[j] !== SPACE && (t.kind[j] !== PUNCT || t.lower[j] === '-')) j++;
  return j;
}

interface UnitHit {
  unit: UnitEntry;
  start: number;
  end: number;
}

/** The unit after token p: at p, or after one or two modifier groups. */
function unitAfter(t: Tokens, p: number, t1: number): UnitHit | null {
  const first = matchForward(t, UNITS, p, t1);
  if (first && first.v.cls !== 'toll' && first.v.cls !== 'link') return headNoun(t, { unit: first.v, start: p, end: first.end }, t1);
  let q = p;
  for (let skip = 0; skip < 2; skip++) {
    if (q >= t1) return null;
    const g = groupEnd(t, q, t1);
    for (let k = q; k < g; k++) if (!isModifier(t, k) && t.lower[k] !== '-') return null;
    // A modifier group must not itself start another number ("5 tanks 3 ..." is not one).
    if (t.kind[q] === NUMBER && !touching(t, q, q + 1 < t1 ? q + 1 : q)) return null;
    q = g;
    const m = matchForward(t, UNITS, q, t1);
    if (m && m.v.cls !== 'toll' && m.v.cls !== 'link' && m.v.cls !== 'percent' && m.v.cls !== 'currency') {
      return headNoun(t, { unit: m.v, start: q, end: m.end }, t1);
    }
  }
  return null;
}

/**
 * English puts the head noun last: when a unit word is followed by another noun unit
 * ("40 Shahed drones", "5 artillery shells", "10 tank brigades"), the last one counts.
 */
function headNoun(t: Tokens, hit: UnitHit, t1: number): UnitHit {
  if (!isNounUnit(hit.unit)) return hit;
  for (let n = 0; n < 2; n++) {
    const m = matchForward(t, UNITS, hit.end, t1);
    if (!m || !isNounUnit(m.v) || m.v.cls === 'percent' || m.v.cls === 'currency' || m.v.cls === 'calibre') break;
    hit = { unit: m.v, start: hit.start, end: m.end };
  }
  return hit;
}

/** A casualty word after a (person) unit: "were killed", "have been wounded", "dead". */
function eventAfter(t: Tokens, p: number, t1: number): UnitHit | null {
  let q = p;
  for (let n = 0; n < 4 && q < t1; n++) {
    const m = matchForward(t, UNITS, q, t1);
    if (!m) return null;
    if (m.v.cls === 'event') return { unit: m.v, start: q, end: m.end };
    if (m.v.cls !== 'link') return null;
    q = m.end;
  }
  return null;
}

interface Draft {
  start: number; // token
  end: number; // token (exclusive)
  value: number;
  high: number | null;
  bound: Bound;
  unit: string | null;
  vague: boolean;
  rule: string;
}

/** Finds quantities in `doc` and links each to the claim whose content holds it. */
export function findQuantities(doc: Doc): void {
  const t = doc.tokens;
  const out: Quantity[] = [];
  // a quantity read here lies in its sentence's tokens, and those found in a Russian or Ukrainian
  // paragraph are dropped below for its own rules: a sentence wholly inside one is not read
  for (const s of doc.sentences) {
    if (sentenceInCyrillicParagraph(doc, s)) continue;
    let prevUnit: string | null = null;
    let i = s.t0;
    while (i < s.t1) {
      if (!canStart(t, i)) { i++; continue; }
      const r = readQuantity(doc, t, i, s.t0, s.t1, prevUnit);
      if (r === null) { i++; continue; }
      if (typeof r === 'number') { i = r; continue; }
      const start = t.start[r.start]!;
      const end = t.end[r.end - 1]!;
      const q: Quantity = {
        text: doc.text.slice(start, end), start, end, value: r.value,
        high: r.high, bound: r.bound, unit: r.unit, claim: null,
        why: { stage: 'quantities', rule: r.rule },
      };
      if (r.vague) q.vague = true;
      out.push(q);
      if (r.unit) prevUnit = r.unit;
      i = r.end;
    }
  }
  // Russian and Ukrainian paragraphs: their own number and unit words (quantities/ruuk.ts)
  if (doc.paraLangs.some((l) => l === 'ru' || l === 'uk')) {
    const cyr = new Set<number>();
    doc.paraLangs.forEach((l, i) => { if (l === 'ru' || l === 'uk') cyr.add(i); });
    const inCyr = (q: Quantity): boolean => doc.paragraphs.some((p, i) => cyr.has(i) && p.start <= q.start && q.end <= p.end);
    const kept = out.filter((q) => !inCyr(q));
    out.length = 0;
    out.push(...kept, ...findQuantitiesRuUk(doc, doc.paraLangs));
    out.sort((a, b) => a.start - b.start);
  }
  linkClaims(doc, out);
  doc.quantities = out;
}

/**
 * Reads one quantity whose number starts at token i. Returns the draft, null when token i starts
 * nothing, or a token index to resume at when a run of tokens is known not to be a quantity.
 */
function readQuantity(doc: Doc, t: Tokens, i: number, t0: number, t1: number, prevUnit: string | null): Draft | number | null {
  // A number word ("a", "several", "two") reads the same with or without a currency before it (only
  // a figure takes "m", "bn" as money): most such words start no number, so that is known before
  // the currency look-up below, which changes nothing for them.
  if (t.kind[i] === WORD && readNumber(t, i, t1, false) === null) return null;
  // Currency symbol or code right before the figure ("$1.5 billion", "€20m").
  let currency: UnitHit | null = null;
  const cur = matchBackward(t, UNITS, i, t0);
  if (cur && cur.v.cls === 'currency' && (cur.start === i - 1 || touching(t, i - 1, i))) {
    currency = { unit: cur.v, start: cur.start, end: i };
  }
  const core = readNumber(t, i, t1, currency !== null);
  if (!core) return null;
  // --- filters on the number itself ---
  for (let k = core.t0; k < core.t1; k++) if (TIME_ENTS.has(t.ent[k]!)) return core.t1;
  const lower0 = t.lower[i]!;
  if (core.digits) {
    if (lower0.charCodeAt(0) === 43 /* + */) return skipNumbers(t, core.t1, t1);
    if (i > t0) {
      const pk = t.kind[i - 1];
      // Designations and codes: "MH17"-like pieces, "Su-25" split as "Su", "-", "25".
      if (touching(t, i - 1, i) && (pk === WORD || (t.lower[i - 1] === '-' && i - 2 >= t0 && touching(t, i - 2, i - 1) && t.kind[i - 2] === WORD))) {
        if (!currency) return core.t1;
      }
      if (pk === NUMBER) return skipNumbers(t, core.t1, t1);
      // A figure that ends a capitalised type name: "Leopard 2", "PzH 2000", "Mirage 2000".
      if (pk === WORD && !currency && isCapital(doc, i - 1)) {
        const d = matchForward(t, UNITS, i - 1, t1);
        if (d && d.end > i && d.v.cls === 'equipment') return d.end;
      }
    }
    // Numbers standing next to numbers (phone numbers, tables): not a quantity.
    const nx = core.t1;
    if (nx < t1 && t.kind[nx] === NUMBER && (nx + 1 >= t1 || !touching(t, nx, nx + 1))) return skipNumbers(t, nx, t1);
    // List numbering: "1." or "2)" opening a sentence or line.
    if ((i === t0 || t.kind[i - 1] === SPACE) && core.t1 < t1 && touching(t, core.t1 - 1, core.t1) && (t.lower[core.t1] === '.' || t.lower[core.t1] === ')')) return core.t1;
  }
  if (i > t0 && LABEL_BEFORE.has(t.lower[i - 1]!)) return core.t1;
  if (core.t1 < t1 && LABEL_AFTER.has(t.lower[core.t1]!)) {
    if (isCapitalAt(doc.text, t.start[core.t1]!)) return core.t1;
  }

  let start = currency ? currency.start : i;
  let end = core.t1;
  let value = core.value;
  let high = core.high;
  let bound: Bound = core.high !== null ? 'range' : core.vague ? 'at_least' : 'exact';
  let additive = false;
  let rule = core.vague ? 'vague' : core.digits ? 'figure' : 'words';
  if (core.high !== null) rule = 'range';

  // --- bound before ---
  const pre = matchBackward(t, BOUNDS, start, t0);
  let between = false;
  if (pre) {
    const pos = pre.v.pos;
    if (pos === 'pre' && !core.vague) { bound = core.high !== null ? 'range' : pre.v.bound; start = pre.start; }
    else if (pos === 'additive') { additive = true; start = pre.start; }
    else if (pos === 'range_open') {
      between = true;
      if (core.high !== null) start = pre.start; // "between 20-30"
    }
  }
  // "from X to Y" is a change, not a range.
  const fromBefore = start > t0 && t.lower[start - 1] === 'from';

  // --- range "X to Y", "X-Y", "between X and Y" ---
  if (core.high === null && !core.vague && end < t1 && !fromBefore) {
    const j = matchForward(t, BOUNDS, end, t1);
    if (j && j.v.pos === 'range_join' && j.end < t1) {
      const isAnd = t.lower[end] === 'and';
      if (isAnd === between && canStart(t, j.end)) {
        const second = readNumber(t, j.end, t1, currency !== null);
        if (second && !second.vague && second.high === null && second.value > value && !hasTimeEnt(t, second)) {
          high = second.value;
          end = second.t1;
          bound = 'range';
          rule = 'range';
          if (between && pre) start = pre.start;
        }
      }
    }
  }

  // --- post bound right after the number ("1,000+ troops", "1,000-plus") ---
  const post1 = matchForward(t, BOUNDS, end, t1);
  if (post1 && post1.v.pos === 'post' && bound === 'exact') {
    bound = post1.v.bound;
    end = post1.end;
  }

  // --- unit ---
  let unit: UnitEntry | null = currency ? currency.unit : null;
  let unitRule = currency ? 'currency' : '';
  let afterNumber = end;
  // Compound adjective: "a 10-km stretch" (unit), "a 12-year-old" (not a quantity).
  if (!unit && end < t1 && t.lower[end] === '-' && touching(t, end - 1, end)) {
    const u = end + 1 < t1 && touching(t, end, end + 1) ? matchForward(t, UNITS, end + 1, t1) : null;
    if (!u || !isNounUnit(u.v)) return end;
    unit = u.v;
    end = u.end;
    unitRule = 'unit';
  }
  // "dozens of drones", "dozens of their soldiers"
  if (!unit && core.vague && end + 1 < t1 && t.lower[end] === 'of') {
    afterNumber = end + 1;
    if (isDeterminer(t, afterNumber) && afterNumber + 1 < t1) afterNumber++;
  }
  let event: UnitHit | null = null;
  // Where a casualty word may follow a person unit ("12 of 20 soldiers were killed": after "soldiers").
  let eventFrom = -1;
  // A part of a whole: "31 of 35 drones", "1,000 of its troops".
  if (!unit && !core.vague && !core.weak && end + 1 < t1 && t.lower[end] === 'of') {
    const w = unitOfWhole(t, end + 1, t1);
    if (w) {
      if (w.own) end = w.hit.end; // "1,000 of its troops": the unit is this number's own
      eventFrom = w.hit.end;
      if (w.hit.unit.cls === 'event') event = w.hit;
      else unit = w.hit.unit;
      unitRule = 'of-whole';
    }
  }
  if (!unit && !event) {
    const u = unitAfter(t, afterNumber, t1);
    if (u) {
      if (u.unit.cls === 'event') { event = u; end = u.end; }
      else { unit = u.unit; end = u.end; unitRule = 'unit'; }
    } else if (afterNumber !== end) {
      return end; // "dozens of them"
    }
  }
  // Calibre ("155mm") is not a count.
  if (unit && unit.cls === 'calibre') return end;

  // --- post bound after the unit ("20 tanks or more", "300 troops or so") ---
  if (bound === 'exact' && unit) {
    const post2 = matchForward(t, BOUNDS, end, t1);
    if (post2 && post2.v.pos === 'post' && t.lower[end] === 'or') { bound = post2.v.bound; end = post2.end; }
  }

  // --- casualty words ---
  let unitId: string | null = unit ? unit.unit : null;
  if (event) {
    unitId = event.unit.unit;
    unitRule = unitRule === 'of-whole' ? 'of-whole+event' : 'event-after';
  } else if (!unit || unit.cls === 'person') {
    const ev = eventAfter(t, eventFrom >= 0 ? eventFrom : end, t1);
    const before = matchBackward(t, UNITS, start, t0);
    const of = unitRule === 'of-whole' ? 'of-whole+' : '';
    if (ev) { unitId = ev.unit.unit; unitRule = of + (unit ? 'person+event-after' : 'event-after'); }
    else if (before && before.v.cls === 'event') { unitId = before.v.unit; unitRule = of + (unit ? 'event-before+person' : 'event-before'); }
  }

  // --- units from context when there is none after the number ---
  if (unitId === null) {
    const heading = unitHeading(t, start, t0);
    if (heading) { unitId = heading.unit.unit; start = heading.start; unitRule = 'unit-before'; }
    else if (additive && prevUnit) { unitId = prevUnit; unitRule = 'inherit'; }
    else if (tollBefore(t, start, t0)) { unitId = 'killed'; unitRule = 'toll'; }
  }

  // Words and vague amounts need a unit; a bare year is a date.
  if (unitId === null) {
    if (!core.digits || core.weak) return end;
    if (core.high === null && /^\d{4}$/.test(t.lower[i]!) && value >= 1900 && value <= 2100) return end;
    if (core.high !== null && /^\d{4}[-\u2013]\d{4}$/.test(t.lower[i]!)) return end;
  }
  if (core.vague) bound = 'at_least';
  return { start, end, value, high, bound, unit: unitId, vague: core.vague, rule: unitRule ? `${rule}+${unitRule}` : rule };
}

/** Is token i a determiner or pronoun ("the", "its", "their", "them")? */
function isDeterminer(t: Tokens, i: number): boolean {
  const p = t.pos[i]!;
  return t.kind[i] === WORD && (p === P.DET || p === P.PRON);
}

/** The possessive ending "'s" or a bare apostrophe (quotes are folded to ASCII in `lower`). */
function isPossessive(w: string): boolean {
  return w === "'s" || w === "'";
}

/** Does token i start with a capital letter in the original text? */
function isCapital(doc: Doc, i: number): boolean {
  return isCapitalAt(doc.text, doc.tokens.start[i]!);
}

/**
 * The unit of a whole after "of": "of 35 drones", "of the 35 drones" (the whole's own number,
 * `own` false: the part keeps its span) or "of its troops" (`own` true: the unit belongs to the
 * part). Null when no countable unit follows.
 */
function unitOfWhole(t: Tokens, p: number, t1: number): { hit: UnitHit; own: boolean } | null {
  const det = isDeterminer(t, p);
  if (det) p++;
  if (p >= t1) return null;
  let own = true;
  if (t.kind[p] === NUMBER) {
    const n = readNumber(t, p, t1, false);
    if (!n || n.vague || hasTimeEnt(t, n)) return null;
    p = n.t1;
    own = false;
  } else if (!det) return null;
  const u = unitAfter(t, p, t1);
  if (!u) return null;
  // "3 of the town's buildings": a possessive unit word is not the whole.
  if (u.end < t1 && touching(t, u.end - 1, u.end) && isPossessive(t.lower[u.end]!)) return null;
  const c = u.unit.cls;
  if (c === 'percent' || c === 'currency' || c === 'calibre') return null;
  return { hit: u, own };
}

function hasTimeEnt(t: Tokens, c: NumberCore): boolean {
  for (let k = c.t0; k < c.t1; k++) if (TIME_ENTS.has(t.ent[k]!)) return true;
  return false;
}

/** Index after a run of figures starting at j (to skip phone numbers and number tables). */
function skipNumbers(t: Tokens, j: number, t1: number): number {
  while (j < t1 && t.kind[j] === NUMBER) j++;
  return j;
}

/** A loss-list heading before the number: "tanks — 8,900", "personnel: about 570,000". */
function unitHeading(t: Tokens, start: number, t0: number): UnitHit | null {
  const d = start - 1;
  if (d <= t0) return null;
  const c = t.lower[d];
  if (c !== ':' && c !== '\u2014' && c !== '\u2013' && c !== '-') return null;
  if (c !== ':' && touching(t, d, start)) return null;
  const m = matchBackward(t, UNITS, d, t0);
  if (!m || !isNounUnit(m.v)) return null;
  // The heading opens its line or sentence ("tanks — 8,900"), not "killed 5 people - 12 ...".
  if (m.start > t0 && t.kind[m.start - 1] !== SPACE && t.kind[m.start - 1] !== PUNCT) return null;
  return { unit: m.v, start: m.start, end: d };
}

/** "the death toll rose to 40", "a toll of 40": a toll noun a few words before, through verbs and particles. */
function tollBefore(t: Tokens, start: number, t0: number): boolean {
  for (let j = start - 1; j >= t0 && j >= start - 6; j--) {
    const u = UNITS.map.get(t.lower[j]!);
    if (u && u.cls === 'toll') return true;
    const p = t.pos[j]!;
    if (p !== P.VERB && p !== P.AUX && p !== P.ADP && p !== P.ADV && p !== P.PART) return false;
  }
  return false;
}

/** Sets `claim` on each quantity to the claim whose content fragment holds its span. */
function linkClaims(doc: Doc, qs: Quantity[]): void {
  if (doc.claims.length === 0 || qs.length === 0) return;
  const frags: { start: number; end: number; claim: number }[] = [];
  doc.claims.forEach((c, ci) => { for (const f of c.content) frags.push({ start: f.start, end: f.end, claim: ci }); });
  frags.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const q of qs) {
    // Last fragment starting at or before q.start, then look back for one that holds q.
    const lo = lowerBound(frags.length, (i) => frags[i]!.start <= q.start);
    for (let k = lo - 1, n = 0; k >= 0 && n < 16; k--, n++) {
      const f = frags[k]!;
      if (f.start <= q.start && q.end <= f.end) { q.claim = f.claim; break; }
    }
  }
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['tokens', 'sentences', 'claims'],
  assigns: ['quantities'],
  run: findQuantities,
};
