/**
 * What a strike did (issue 9, lane outcome): one side says the target was hit — holed, out of
 * action, secondary explosions, aircraft destroyed, heavy losses — and the other that the attack
 * was repelled, every drone or missile shot down, no damage, no losses, or that only fragments of
 * an intercepted weapon fell. Analysts list such pairs as figures disputes (Novorossiysk, Morozovsk,
 * Hostomel), or as cause disputes when the denying side says debris started the fire (Toropets,
 * Karachev). Facts are read clause by clause with the cue lists of data/outcome-words.tsv; each
 * carries the side whose target or troops it is about. Pure; no I/O.
 */
import { lowerBound } from '../analyze/doc.js';
import { table } from '../lexicon/index.js';
import { NEGATIONS, opponent, stemPhrase, stemPhraseAt, wordsOf, type StemWord, type Word } from './lexicon.js';
import { sideIn } from './speaker.js';
import { dayNumber, disputeId, topicAt, placeKeyOf, sideOf, isoDay } from './compare.js';
import { sameIdentity } from './identity.js';
import { namesItem } from './fate.js';
import type { ClaimRecord, Dispute, OutcomeFact, PlaceRef, Side } from './types.js';
import { DisjointSets, groupBy } from '../util/index.js';

/** The classes of data/outcome-words.tsv rows (one list: the type and the check of the file both read it). */
const CLASS_LIST = ['hit', 'losses', 'verb', 'damage', 'suffer', 'anydamage', 'report', 'target', 'civil', 'weapon', 'instrument', 'repelled', 'nodamage', 'nolosses', 'all', 'intercept', 'debris', 'fall', 'total', 'effective', 'strike'] as const;
type Cls = (typeof CLASS_LIST)[number];

const CLASSES: ReadonlySet<string> = new Set(CLASS_LIST);

interface Row { words: StemWord[]; cls: Cls }

let rowsCache: Map<string, Row[]> | null = null;

/** The rows of data/outcome-words.tsv, indexed by the first letter of their first word. */
function rows(): Map<string, Row[]> {
  if (rowsCache) return rowsCache;
  const out = new Map<string, Row[]>();
  for (const [phrase, cls] of table('outcome-words.tsv')) {
    if (!phrase || !cls || !CLASSES.has(cls)) continue;
    // the file's "~" stems are stemPhrase's plain words, its plain words are whole words ("=")
    const words = stemPhrase(phrase.toLowerCase().split(/\s+/).map((w) => (w.endsWith('~') ? w.slice(0, -1) : `${w}=`)).join(' '));
    const k = words[0]!.stem[0]!;
    const l = out.get(k);
    if (l) l.push({ words, cls: cls as Cls });
    else out.set(k, [{ words, cls: cls as Cls }]);
  }
  for (const l of out.values()) l.sort((a, b) => b.words.length - a.words.length);
  return (rowsCache = out);
}

interface Hit { i: number; n: number; cls: Cls }

/** Every cue of a clause's words: the longest row at each word, left to right (a word may start several classes' rows). */
function cuesOf(ws: readonly string[]): Hit[] {
  const out: Hit[] = [];
  const index = rows();
  for (let i = 0; i < ws.length; i++) {
    const l = index.get(ws[i]![0] ?? '');
    if (!l) continue;
    const seen = new Set<Cls>();
    for (const r of l) {
      if (seen.has(r.cls) || !stemPhraseAt(ws, i, r.words)) continue;
      seen.add(r.cls);
      out.push({ i, n: r.words.length, cls: r.cls });
    }
  }
  return out;
}

/** Clause boundaries: sentence ends, semicolons, colons and dashes between two words. */
const BOUNDARY = /[.;:!?—–]/;

/** The words of `text[start, end)` cut into clauses. */
function clauses(text: string, start: number, end: number): Word[][] {
  const words = wordsOf(text, start, end);
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && BOUNDARY.test(text.slice(words[k - 1]!.end, words[k]!.start)) && cur.length > 0) {
      out.push(cur);
      cur = [];
    }
    cur.push(words[k]!);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** How many words before a hit, verb or debris word a negation may stand. */
const NEGATION_REACH = 3;
/** How many words after a strike noun (its subject, with a place or target between) its "effective" or "successful" may stand ("the strikes on the refinery were effective"). */
const EFFECTIVE_REACH = 8;
/** How many words from a destroy verb its object or subject target may stand. */
const TARGET_REACH = 4;

/** A destroy or damage verb: a hit with its target (`damage` is the weak kind, whose negation denies any hit). */
const isVerb = (c: Hit): boolean => c.cls === 'verb' || c.cls === 'damage';

/** How many words before an `anydamage` cue its negation may stand, with a saying verb between ("did not report any damage"). */
const REPORT_REACH = 3;

/**
 * Whether the `anydamage` cue at word `i` of a clause `ws`, whose first word starts at `from` in
 * `text`, follows a negated saying verb ("did not report any damage", «не сообщил о
 * каких-либо повреждениях»): a negation up to three words before it and a `report` word between.
 * The words may stand before the claim's own text, in its sentence (a wire's "It did not report"
 * before the reported words).
 */
function reportedNone(text: string, from: number, ws: readonly string[], i: number): boolean {
  const head = text.slice(Math.max(0, from - 80), from);
  const cut = Math.max(...['.', '!', '?', ';', '\n'].map((b) => head.lastIndexOf(b)));
  const before = wordsOf(head, cut + 1, head.length).map((w) => w.w);
  const all = [...before, ...ws.slice(0, i)];
  const window = all.slice(Math.max(0, all.length - REPORT_REACH));
  const neg = window.findIndex((w) => NEGATIONS.has(w));
  if (neg < 0) return false;
  return cuesOf(window.slice(neg + 1)).some((c) => c.cls === 'report');
}

function negated(ws: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - NEGATION_REACH); k < i; k++) if (NEGATIONS.has(ws[k]!)) return true;
  return false;
}

/**
 * The target a destroy, damage or hit verb at word `v` is said of: the first `target` within
 * `TARGET_REACH` words after it (its object, or the subject after a Russian or Ukrainian passive),
 * unless an `instrument` word stands right before that target («уничтожены огнём кораблей»); else
 * the nearest target before it with no `weapon` word between ("the landing force as destroyed",
 * not "drones hit ... "). Null when there is none: "44 drones destroyed" is an interception.
 */
function targetOf(cues: readonly Hit[], v: Hit): Hit | null {
  const after = cues.filter((c) => c.cls === 'target' && c.i >= v.i + v.n && c.i - (v.i + v.n) < TARGET_REACH).sort((a, b) => a.i - b.i)[0];
  if (after) {
    const instrument = cues.some((c) => c.cls === 'instrument' && c.i + c.n <= after.i && after.i - (c.i + c.n) <= 1);
    const weaponFirst = cues.some((c) => c.cls === 'weapon' && c.i >= v.i + v.n && c.i < after.i);
    if (!instrument && !weaponFirst) return after;
  }
  const before = cues.filter((c) => c.cls === 'target' && c.i + c.n <= v.i && v.i - (c.i + c.n) < TARGET_REACH).sort((a, b) => b.i - a.i)[0];
  if (before && !cues.some((c) => c.cls === 'weapon' && c.i > before.i && c.i < v.i)) return before;
  return null;
}

/**
 * The outcome facts of a claim's content fragments `frags` of `text`, said by a speaker of side
 * `speakerSide`, of a strike whose attacker `agentSide` the claim names (or null): `hit` facts
 * (the target hit, damaged, destroyed, losses taken) and `none` facts (repelled, all intercepted,
 * no damage, no losses; `debris` when only fragments of a downed weapon fell). A fact's `ofSide` is
 * the side whose target or troops it is: a side word next to it, else the attacker's opponent,
 * else the speaker's opponent (`hit`) or the speaker's own side (`none`). A clause with a running
 * total ("since the start of the war") gives none; a side said both to be hit and not gives none
 * for that side. A "repelled" counts only when the claim, or the text `context` (the paragraph
 * before the claim), names drones, missiles or boats.
 */
export function outcomeFacts(
  text: string,
  frags: readonly { start: number; end: number }[],
  speakerSide: Side | null,
  agents: Side | null | readonly { agentSide: Side | null; start: number; end: number }[] = null,
  context?: { start: number; end: number },
): OutcomeFact[] {
  const found: OutcomeFact[] = [];
  const parts = frags.flatMap((f) => clauses(text, f.start, f.end)).map((cl) => {
    const ws = cl.map((w) => w.w);
    return { cl, ws, cues: cuesOf(ws) };
  });
  // "repelled" is a strike's outcome only in a claim (or the text `context` before it: its
  // paragraph) about drones, missiles or boats: "repelled 27 attacks" of a ground assault is the
  // advance's status
  const strike = parts.some((p) => p.cues.some((c) => c.cls === 'weapon')) || (!!context && clauses(text, context.start, context.end).some((cl) => cuesOf(cl.map((w) => w.w)).some((c) => c.cls === 'weapon')));
  {
    for (const { cl, ws, cues } of parts) {
      if (cues.length === 0 || cues.some((c) => c.cls === 'total')) continue;
      // the attacker: one given for the whole claim, else an event's doer inside this clause
      const from = cl[0]!.start;
      const to = cl[cl.length - 1]!.end;
      const agentSide = agents === null || typeof agents === 'string' ? agents : (agents.find((e) => e.agentSide && e.start >= from && e.start < to)?.agentSide ?? null);
      const dflt = (state: OutcomeFact['state']): Side | null => (agentSide ? opponent(agentSide) : state === 'hit' ? opponent(speakerSide) : speakerSide);
      const add = (state: OutcomeFact['state'], c: Hit, ofSide: Side | null, debris = false, civilian = false): void => {
        found.push({ state, debris, ofSide: ofSide ?? dflt(state), text: text.slice(cl[c.i]!.start, cl[c.i + c.n - 1]!.end), start: cl[c.i]!.start, end: cl[c.i + c.n - 1]!.end, ...(civilian ? { civilian } : {}) });
      };
      // the targets this clause says were hit (a destroy verb's object) are no object of its "no losses"
      const hitTargets = new Set<Hit>();
      for (const c of cues) if (isVerb(c) && !negated(ws, c.i)) {
        const t = targetOf(cues, c);
        if (t) hitTargets.add(t);
      }
      // a "no casualties" or "no damage" whose nearest object in the clause is a civilian one
      // («обстреляли жилой квартал, пострадавших нет») is said of it, not of a military target
      const ofCivil = (c: Hit): boolean => {
        let best: Hit | null = null;
        for (const x of cues) {
          if ((x.cls !== 'civil' && x.cls !== 'target') || hitTargets.has(x)) continue;
          if (!best || Math.abs(x.i - c.i) < Math.abs(best.i - c.i)) best = x;
        }
        return best?.cls === 'civil';
      };
      const sideNear = (from: number, to: number, backwards: boolean): Side | null => sideIn(cl, Math.max(0, from), Math.min(cl.length, to), speakerSide, backwards);
      const has = (cls: Cls): boolean => cues.some((c) => c.cls === cls);
      // a damage word inside "any damage" («каких-либо повреждений») is that phrase's noun, no verb
      const inAny = (c: Hit): boolean => cues.some((x) => x.cls === 'anydamage' && c.i >= x.i && c.i < x.i + x.n);
      for (const c of cues) {
        if (isVerb(c) && inAny(c)) continue;
        if (c.cls === 'hit' && !negated(ws, c.i)) add('hit', c, null);
        else if (c.cls === 'effective' && !negated(ws, c.i) && cues.some((x) => x.cls === 'strike' && ((x.i < c.i && c.i - x.i <= EFFECTIVE_REACH) || x.i === c.i + c.n))) add('hit', c, null);
        else if (c.cls === 'losses') add('hit', c, sideNear(c.i - 4, c.i, true) ?? sideNear(c.i + c.n, c.i + c.n + 4, false));
        else if (isVerb(c) && !negated(ws, c.i)) {
          const t = targetOf(cues, c);
          // (a named system or aircraft hit is its fate: src/compare/fate.ts)
          if (t && !namesItem(text, cl[t.i]!.start, cl[Math.min(cl.length, t.i + t.n + 3) - 1]!.end)) add('hit', c, sideNear(t.i - 1, t.i + t.n + 2, false));
        } else if (c.cls === 'damage' || (c.cls === 'suffer' && negated(ws, c.i))) {
          // "no aircraft were damaged", «техника не пострадала»: the weakest hit denied of its target
          const t = targetOf(cues, c);
          // (said of a house or a school, with no military target, it is a civilian object's)
          if (t) add('none', c, sideNear(t.i - 1, t.i + t.n + 2, false));
          else if (has('civil')) add('none', c, null, false, true);
        } else if (c.cls === 'anydamage' && reportedNone(text, cl[0]!.start, ws, c.i)) add('none', c, null, false, ofCivil(c)); else if (c.cls === 'repelled' && strike) add('none', c, null);
        else if (c.cls === 'nodamage') add('none', c, null, false, ofCivil(c));
        else if (c.cls === 'nolosses') add('none', c, sideNear(c.i - 3, c.i, true), false, ofCivil(c));
        else if (c.cls === 'all' && has('weapon') && (has('intercept') || has('verb') || has('damage')) && cues.some((w) => w.cls === 'weapon' && w.i > c.i && w.i - c.i <= 3)) add('none', c, null);
        else if (c.cls === 'debris' && !negated(ws, c.i) && cues.some((x) => x.cls === 'fall' && !negated(ws, x.i))) add('none', c, null, true);
      }
    }
  }
  // one fact per state and side (debris if any of its none facts says debris, civilian if all
  // are); a side said to be both hit and not hit gives none
  const out: OutcomeFact[] = [];
  for (const fact of found) {
    if (found.some((x) => x.ofSide === fact.ofSide && x.state !== fact.state)) continue;
    const same = out.find((x) => x.ofSide === fact.ofSide && x.state === fact.state);
    if (same) continue;
    const all = found.filter((x) => x.ofSide === fact.ofSide && x.state === fact.state);
    const { civilian: _, ...rest } = fact;
    out.push({ ...rest, debris: all.some((x) => x.debris), ...(all.every((x) => x.civilian) ? { civilian: true } : {}) });
  }
  return out;
}

interface Item { rec: number; day: number; fact: OutcomeFact; side: Side }

/**
 * The places of a record that locate a strike or an object: towns and sites by id (`within`: their
 * regions), regions by their code; with `noVessels` a ship is no place (object-outcome.ts).
 */
export function spots(r: ClaimRecord, noVessels = false): { ids: Set<string>; regions: Set<string>; within: Set<string> } {
  const ids = new Set<string>();
  const regions = new Set<string>();
  const within = new Set<string>();
  for (const p of (r.places ?? []) as PlaceRef[]) {
    if (!p || p.level === 'country' || (noVessels && p.id.startsWith('vessel:'))) continue;
    if (p.level === 'admin1') {
      if (p.admin1) regions.add(p.admin1);
      continue;
    }
    ids.add(p.id);
    if (p.admin1) within.add(p.admin1);
  }
  return { ids, regions, within };
}

/**
 * Whether a hit fact is the attacker's own account of its strike: its cue is an `effective` word of
 * data/outcome-words.tsv ("the strikes were effective", «удары были эффективными»), which only the
 * side that struck says of a strike. Read from the fact's cue words, so facts stored before need no
 * new field.
 */
function attackersAccount(f: OutcomeFact): boolean {
  return cuesOf(wordsOf(f.text, 0, f.text.length).map((w) => w.w)).some((c) => c.cls === 'effective');
}

/**
 * Whether a `none` fact says nothing was damaged (its cue a `nodamage`, `anydamage` or negated
 * `damage` word of data/outcome-words.tsv: "no damage", "did not report any damage"), not that
 * the weapons were all intercepted or the attack repelled. Read from the fact's cue words.
 */
export function saysNoDamage(f: OutcomeFact): boolean {
  return f.state === 'none' && cuesOf(wordsOf(f.text, 0, f.text.length).map((w) => w.w)).some((c) => c.cls === 'nodamage' || c.cls === 'anydamage' || c.cls === 'damage' || c.cls === 'suffer');
}

/** The side whose country holds every town or region of a named speaker's claim (UA or RU), else null. */
function homeSide(r: ClaimRecord): Side | null {
  if (!r.speaker?.name) return null;
  const cs = new Set((r.places ?? []).filter((p) => p && p.level !== 'country').map((p) => p.country));
  const [c] = [...cs];
  return cs.size === 1 && (c === 'RU' || c === 'UA') ? c : null;
}

/** Whether two records' places can be one strike's or hold one object: one town or site, or a region and a town in it (or the region twice). */
export function samePlace(a: ReturnType<typeof spots>, b: ReturnType<typeof spots>): boolean {
  for (const id of a.ids) if (b.ids.has(id)) return true;
  for (const r of a.regions) if (b.regions.has(r) || b.within.has(r)) return true;
  for (const r of b.regions) if (a.within.has(r)) return true;
  return false;
}

/**
 * Outcome disputes over `records`: a claim that a side's target was hit (or its troops took
 * losses) against a claim that the same side's target was not (repelled, all intercepted, no
 * damage, no losses), at one town or site or a region and a town in it, within `windowDays`,
 * said by speakers of two different known sides (the attacker's and the defender's), from
 * different voices. Claims joined by such pairs make one dispute; kind `cause` when the denying
 * side says only debris fell, else `figures`.
 */
export function compareOutcomes(records: readonly ClaimRecord[], windowDays = 1): Dispute[] {
  const items: Item[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec || !Array.isArray(rec.outcomes) || rec.outcomes.length === 0) continue;
    const day = dayNumber(rec.date ?? null);
    if (Number.isNaN(day)) continue;
    // a named voice of no known side (a governor the data do not know) saying that nothing was hit
    // speaks for the country its places are in, when they are in one of the two sides' only
    const home = rec.speaker?.side ? null : homeSide(rec);
    for (const f of rec.outcomes) {
      if (!f || (f.state !== 'hit' && f.state !== 'none')) continue;
      // a "no casualties" said of a civilian object answers no hit of a military target
      if (f.civilian) continue;
      if (rec.speaker?.side && f.ofSide) items.push({ rec: r, day, fact: f, side: rec.speaker.side });
      else if (home && f.state === 'none' && !f.ofSide) items.push({ rec: r, day, fact: { ...f, ofSide: home }, side: home });
      // "the strikes were effective" is the attacker's account whoever says it: a source of no known
      // side speaks for the opponent of the country its places lie in, whose target was hit (lane miss9)
      else if (home && f.state === 'hit' && !f.ofSide && attackersAccount(f)) items.push({ rec: r, day, fact: { ...f, ofSide: home }, side: opponent(home)! });
    }
  }
  const hits = items.filter((x) => x.fact.state === 'hit');
  const order = new Map(items.map((x, k) => [x, k]));
  if (hits.length === 0 || hits.length === items.length) return [];
  // the none facts by the side they are of, sorted by day: each hit scans only its window
  const nonesBySide = groupBy(items.filter((x) => x.fact.state === 'none'), (x) => x.fact.ofSide);
  for (const l of nonesBySide.values()) l.sort((a, b) => a.day - b.day);
  const spotCache = new Map<number, ReturnType<typeof spots>>();
  const spotOf = (r: number): ReturnType<typeof spots> => {
    let s = spotCache.get(r);
    if (!s) spotCache.set(r, (s = spots(records[r]!)));
    return s;
  };
  // union-find over the items of hit–none pairs
  const sets = new DisjointSets<Item>();
  const paired = new Set<Item>();
  for (const h of hits) {
    const rh = records[h.rec]!;
    const nones = nonesBySide.get(h.fact.ofSide);
    if (!nones) continue;
    // the first none of the window: a binary search on the sorted days
    const lo = lowerBound(nones.length, (m) => nones[m]!.day < h.day - windowDays);
    const pairs: Item[] = [];
    for (let k = lo; k < nones.length && nones[k]!.day <= h.day + windowDays; k++) {
      const n = nones[k]!;
      const rn = records[n.rec]!;
      if (h.side === n.side || h.rec === n.rec || sameIdentity(rh, rn)) continue;
      if (!samePlace(spotOf(h.rec), spotOf(n.rec))) continue;
      pairs.push(n);
    }
    // (in the order of the records, as the claims of a dispute are listed)
    pairs.sort((a, b) => order.get(a)! - order.get(b)!);
    for (const n of pairs) {
      paired.add(h).add(n);
      sets.union(h, n);
    }
  }
  const groups = groupBy(paired, (x) => sets.find(x));
  const out: Dispute[] = [];
  for (const g of groups.values()) out.push(dispute(records, g));
  return out;
}

function dispute(records: readonly ClaimRecord[], g: Item[]): Dispute {
  const uniq = (l: Item[]): Item[] => [...new Map(l.map((x) => [x.rec, x])).values()];
  const hit = uniq(g.filter((x) => x.fact.state === 'hit'));
  const none = uniq(g.filter((x) => x.fact.state === 'none'));
  const ofSide = hit[0]!.fact.ofSide;
  const debris = none.some((x) => x.fact.debris);
  const label = (l: Item[], what: string): string => `${what} (${[...new Set(l.map((x) => `"${x.fact.text}"`))].slice(0, 3).join(', ')})`;
  const all = [...hit, ...none].map((x) => records[x.rec]!);
  // where the two accounts meet (a place both name, or a town of one in the region the other names:
  // the refinery's town in the governor's region, not another town of a source's list of three),
  // then the place most of the group's claims name, a town before a region
  const placed = all.flatMap((r) => [...new Map((r.places ?? []).filter((p) => p && p.level !== 'country').map((p) => [p.id, p])).values()]);
  const count = new Map<string, number>();
  for (const p of placed) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  const spotsOf = (l: Item[]): ReturnType<typeof spots>[] => l.map((x) => spots(records[x.rec]!));
  const accounts = [spotsOf(hit), spotsOf(none)];
  const names = (s: ReturnType<typeof spots>, p: PlaceRef): boolean =>
    p.level === 'admin1' ? !!p.admin1 && (s.regions.has(p.admin1) || s.within.has(p.admin1)) : s.ids.has(p.id) || (!!p.admin1 && s.regions.has(p.admin1));
  const meets = (p: PlaceRef): number => accounts.filter((l) => l.some((s) => names(s, p))).length;
  const rank = (p: PlaceRef): number => meets(p) * 4 * (placed.length + 1) + (count.get(p.id) ?? 0) * 2 + (p.level === 'admin1' ? 0 : 1);
  const place = placed.reduce<PlaceRef | null>((best, p) => (!best || rank(p) > rank(best) ? p : best), null);
  const days = [...hit, ...none].map((x) => x.day);
  const from = isoDay(Math.min(...days));
  const to = isoDay(Math.max(...days));
  const sides = [
    { ...sideOf(records, hit, label(hit, `${ofSide}'s target hit or losses taken`)), polarity: 1 as const },
    { ...sideOf(records, none, label(none, debris ? `${ofSide}'s target not hit: only debris fell` : `${ofSide}'s target not hit: repelled, no damage or losses`)), polarity: -1 as const },
  ];
  const placeKey = placeKeyOf(place);
  const key = `outcome:${ofSide}|${placeKey ?? ''}|${from}..${to}`;
  return {
    id: disputeId(key, sides),
    topic: topicAt(key, place, from, to, debris ? { type: 'event', topic: 'cause', subjectSide: ofSide } : { type: 'quantity', unit: 'outcome', subjectSide: ofSide }),
    reason: debris ? 'cause' : 'status',
    kind: debris ? 'cause' : 'figures',
    sides,
    explanation: `What the strike did: ${sides.map((s) => s.position).join(' vs ')}`,
  };
}
