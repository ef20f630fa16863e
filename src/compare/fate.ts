/**
 * The fate of one named piece of equipment (issue 9, kind figures): a claim that a Patriot battery, an
 * Il-22 or a Su-34 was destroyed or shot down, against a claim that it was only damaged, repaired,
 * still works or landed, or that the report of its destruction is false. Such claims carry no count
 * ("a Patriot system", "the Il-22"), so the figures of compare.ts never meet them; here the item's
 * name is the topic. Items are the named systems and the type designations of data/fate-words.tsv
 * ("Il-22", "Іл-22" and "Ил-22" are one item, "il22"), and the items are compared wherever each
 * claim places them (an aircraft shot down over the sea that landed at an airfield ashore).
 * Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { wordsOf, type Word } from './lexicon.js';
import { disputeId, topicAt, placeKeyOf, sideOf, textKey, dayNumber, isoDay } from './compare.js';
import { capitalOfSide } from './capital.js';
import { sameIdentity, voiceKey } from './identity.js';
import type { ClaimRecord, Dispute, FateFact, Side } from './types.js';

interface FateLex {
  systems: Map<string, string>;
  prefixes: Set<string>;
  /** Phrases of each class as word lists; a word ending in "~" is a stem (PhraseMatcher's convention). */
  phrases: Map<PhraseClass, string[][]>;
  agent: Set<string>;
  weapon: string[];
  /** Forms of "be" that make an item before a fate verb its passive subject. */
  aux: Set<string>;
  /** Words right after an English fate verb that show it has no object ("over", "in", "and"). */
  free: Set<string>;
  /** The keys of the named systems (the rest are type designations). */
  systemKeys: Set<string>;
  /** Words before an item that make it another airframe of its type ("a second Su-34", «ещё один Су-34»). */
  another: Set<string>;
  /** Words joining two items of one list ("and", «и»); with `article`, all that may stand between them. */
  join: Set<string>;
  /** Articles ("a", "the"). */
  article: Set<string>;
}

type PhraseClass = 'destroyed' | 'survived' | 'denial' | 'anaphor';

let lexCache: FateLex | null = null;

function lex(): FateLex {
  if (lexCache) return lexCache;
  const systems = new Map<string, string>();
  const prefixes = new Set<string>();
  const phrases = new Map<PhraseClass, string[][]>([['destroyed', []], ['survived', []], ['denial', []], ['anaphor', []]]);
  const agent = new Set<string>();
  const weapon: string[] = [];
  const aux = new Set<string>();
  const free = new Set<string>();
  const another = new Set<string>();
  const join = new Set<string>();
  const article = new Set<string>();
  for (const [phrase, cls, key] of table('fate-words.tsv')) {
    const p = phrase!.toLowerCase();
    if (cls === 'system') systems.set(p, key || p);
    else if (cls === 'prefix') prefixes.add(p);
    else if (cls === 'destroyed' || cls === 'survived' || cls === 'denial' || cls === 'anaphor') phrases.get(cls)!.push(p.split(/\s+/));
    else if (cls === 'agent') agent.add(p);
    else if (cls === 'weapon') weapon.push(p);
    else if (cls === 'aux') aux.add(p);
    else if (cls === 'free') free.add(p);
    else if (cls === 'another') another.add(p);
    else if (cls === 'join') join.add(p);
    else if (cls === 'article') article.add(p);
  }
  return (lexCache = { systems, prefixes, phrases, agent, weapon, aux, free, systemKeys: new Set(systems.values()), another, join, article });
}

/** Whether word `w` is `pat`: a pattern ending in "~" is a stem (any ending), as in PhraseMatcher rows. */
function wordIs(w: string, pat: string): boolean {
  return pat.endsWith('~') ? w.startsWith(pat.slice(0, -1)) && w.length >= pat.length - 1 : w === pat;
}

/** [first word, word count] of the first phrase of `cls` in `words` (the longest at that word), or [-1, 0]. */
function phraseAt(words: Word[], cls: PhraseClass): [number, number] {
  const list = lex().phrases.get(cls)!;
  for (let i = 0; i < words.length; i++) {
    let best = 0;
    for (const p of list) {
      if (p.length > best && i + p.length <= words.length && p.every((pw, k) => wordIs(words[i + k]!.w, pw))) best = p.length;
    }
    if (best > 0) return [i, best];
  }
  return [-1, 0];
}

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A type designation's key: lower case, Cyrillic letters transliterated, the hyphen dropped ("Іл-22" → "il22"). */
export function designationKey(word: string): string {
  return [...word.toLowerCase()].map((c) => LATIN[c] ?? c).join('').replace(/[^a-z0-9]/g, '');
}

const DESIGNATION = /^(\p{L}{1,3})-(\d{1,3}[\p{L}\d]{0,3})$/u;

/**
 * The items named in `words`: [index, key], the first mention of each key (every mention when
 * `all`); a weapon ("S-400 missiles") or a launcher ("from a Patriot") is none.
 */
function itemsIn(text: string, words: Word[], all = false): [number, string][] {
  const l = lex();
  const out: [number, string][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    let key: string | null = l.systems.get(w) ?? null;
    if (!key) {
      const m = DESIGNATION.exec(w);
      // a designation is written with a capital ("Il-22", "МіГ-31К"), its prefix a known one
      if (m && l.prefixes.has(m[1]!) && /^\p{Lu}/u.test(text.slice(words[i]!.start, words[i]!.end))) key = designationKey(w);
    }
    if (!key) continue;
    const weaponNear = [words[i - 1], words[i + 1]].some((x) => x && l.weapon.some((p) => wordIs(x.w, p)));
    const launcher = [words[i - 1], words[i - 2]].some((x) => x && l.agent.has(x.w));
    if (weaponNear || launcher) continue;
    if (all || !out.some(([, k]) => k === key)) out.push([i, key]);
  }
  return out;
}

/** Whether `text[start, end)` names a piece of equipment of data/fate-words.tsv (its fate is compared here, not by outcome.ts). */
export function namesItem(text: string, start: number, end: number): boolean {
  return itemsIn(text, wordsOf(text, start, end)).length > 0;
}

/** Every phrase of `cls` in `words`: [first word, word count], the longest at each word, left to right. */
function phrasesAll(words: Word[], cls: PhraseClass): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; ) {
    const [at, n] = phraseAt(words.slice(i), cls);
    if (at < 0) break;
    out.push([i + at, n]);
    i += at + n;
  }
  return out;
}

/**
 * Each item mention of a sentence with both a destroy word and a word of survival, and no denial:
 * the state of the fate word nearest to it (words between them; a tie goes to the word after the
 * item, "a Mi-8 helicopter was damaged"), with that word's place. "Air defences shot down a Su-24
 * and a Mi-8 was damaged" says two fates of two items, not "damaged" of both (issue 9, lane fate).
 * A fate word in the item's own comma segment comes before any outside it («Повреждены Су-34 и
 * Су-25, сбит Ка-52»), and an item joined to the item before it ("damaged a Su-34 and a Su-25 and
 * shot down a Ka-52") takes that item's fate word unless a fate word of its own follows it (fix lane
 * C, reviewer finding 7).
 */
function nearestFates(text: string, words: Word[], mentions: [number, string][]): { i: number; key: string; state: FateFact['state']; cue: number; len: number }[] {
  const cues = [
    ...phrasesAll(words, 'destroyed').map(([c, n]) => ({ c, n, state: 'destroyed' as const })),
    ...phrasesAll(words, 'survived').map(([c, n]) => ({ c, n, state: 'survived' as const })),
  ];
  // the comma segment of each word: a new one after , ; : a dash or a bracket
  const seg: number[] = [];
  for (let k = 0; k < words.length; k++) seg.push(k === 0 ? 0 : seg[k - 1]! + (/[,;:()—–]|\s-\s/.test(text.slice(words[k - 1]!.end, words[k]!.start)) ? 1 : 0));
  const out: { i: number; key: string; state: FateFact['state']; cue: number; len: number }[] = [];
  for (let n = 0; n < mentions.length; n++) {
    const [i, key] = mentions[n]!;
    const prev = out[n - 1];
    if (prev && joinedTo(text, words, prev.i, i) && !ownCueAfter(words, i, cues, seg)) {
      out.push({ ...prev, i, key });
      continue;
    }
    const own = cues.filter((q) => seg[q.c] === seg[i]);
    let best = cues[0]!;
    let bestD = Infinity;
    for (const q of own.length > 0 ? own : cues) {
      const d = q.c > i ? q.c - i : i - (q.c + q.n - 1);
      if (d < bestD || (d === bestD && q.c > i)) [best, bestD] = [q, d];
    }
    out.push({ i, key, state: best.state, cue: best.c, len: best.n });
  }
  return out;
}

/**
 * Whether the item at words[j] is joined to the item at words[h] as one list: only `join` words,
 * articles and commas stand between them, at least one join word or comma ("a Su-34 and a Su-25",
 * «Су-34 и Су-25», "a Su-34, a Su-25").
 */
function joinedTo(text: string, words: Word[], h: number, j: number): boolean {
  const l = lex();
  const between = words.slice(h + 1, j);
  if (!between.every((w) => l.join.has(w.w) || l.article.has(w.w))) return false;
  const gap = text.slice(words[h]!.end, words[j]!.start);
  if (/[^\s,\p{L}]/u.test(gap)) return false;
  return between.some((w) => l.join.has(w.w)) || gap.includes(',');
}

/**
 * Whether a fate word of the item's own follows the item at words[i] in its comma segment: no join
 * word stands between ("a Mi-8 helicopter was damaged", «Су-25 получил повреждения»; not "a Su-25
 * and shot down a Ka-52").
 */
function ownCueAfter(words: Word[], i: number, cues: { c: number }[], seg: number[]): boolean {
  const l = lex();
  return cues.some((q) => q.c > i && seg[q.c] === seg[i] && q.c - i <= 4 && !words.slice(i + 1, q.c).some((w) => l.join.has(w.w)));
}

/** Russian and Ukrainian active past forms of a fate verb («уничтожил», «знищили», «збив»). */
const CYRILLIC_ACTIVE = /\p{Script=Cyrillic}(?:л|ла|ло|ли|в)$/u;

/**
 * Whether the item at words[i] is the doer of the fate verb at words[cue, cue + len): it stands
 * before the verb, and the verb is active with its own object ("A Patriot system shot down six
 * Kinzhal missiles", "Tu-22M3 bombers fired missiles that damaged apartment blocks", «Су-34
 * уничтожил опорный пункт»). An item after the verb is its object; one before it with a form of
 * "be" between is its passive subject ("the Su-34 was shot down"); an English verb followed by a
 * preposition, a conjunction or the end of its clause has no object ("shot down over Luhansk").
 * Reviewer finding 3b/3c (fix lane B).
 */
function doerAt(text: string, words: Word[], i: number, cue: number, len: number): boolean {
  if (i >= cue) return false;
  const l = lex();
  const verb = words[cue]!.w;
  if (/\p{Script=Cyrillic}/u.test(verb)) return len === 1 && CYRILLIC_ACTIVE.test(verb);
  if (words.slice(i + 1, cue).some((w) => l.aux.has(w.w))) return false;
  // a transitive verb form only: "-ed" ("destroyed", "damaged", "downed") or "shot down", "hit"
  if (verb === 'landed' || !(/ed$/.test(verb) || verb === 'shot' || verb === 'hit' || verb === 'destroy')) return false;
  const next = words[cue + len];
  if (!next || /[,;:.!?()—–-]/.test(text.slice(words[cue + len - 1]!.end, next.start))) return false;
  return !l.free.has(next.w);
}

/** Sentences of `text[start, end)`: [start, end) pieces cut after . ! ? … (and a closing quote) followed by white space. */
export function sentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  const re = /[.!?…]+["»”]?\s+/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    const e = Math.min(end, m.index + m[0].length);
    if (e > s) out.push([s, e]);
    s = e;
  }
  if (s < end) out.push([s, end]);
  return out;
}

/**
 * The fate facts of a claim's content fragments: per sentence, each item it names is `destroyed`
 * (a destroy word and no word of survival or denial) or `survived` (a word of survival, or a denial
 * beside a destroy word). A sentence with such words and no item speaks of the items of the
 * sentence before it in the same claim ("Both planes were destroyed"). A sentence with two items and
 * both words gives each item the nearest word (`nearestFates`). A claim that says both of one item
 * says it survived (it was hit, not destroyed), unless it names the item a second time as another
 * airframe ("A Su-34 was shot down. A second Su-34 was damaged"): then it gives no fate of that type.
 */
export function fateFacts(text: string, frags: readonly { start: number; end: number }[]): FateFact[] {
  const out: FateFact[] = [];
  let last: [number, string][] = [];
  let lastWords: Word[] = [];
  // items named as another airframe of their type in this claim
  const twice = new Set<string>();
  const anotherAt = (words: Word[], i: number): boolean => [words[i - 1], words[i - 2]].some((x) => !!x && lex().another.has(x.w));
  for (const f of frags) {
    for (const [s, e] of sentences(text, f.start, f.end)) {
      const words = wordsOf(text, s, e);
      let items = itemsIn(text, words);
      let iw = words;
      const [d, dn] = phraseAt(words, 'destroyed');
      const [v, vn] = phraseAt(words, 'survived');
      const [n, nn] = phraseAt(words, 'denial');
      if (items.length === 0) {
        // the items of the sentence before, only when this one points back to them ("Both planes")
        if ((d < 0 && v < 0) || last.length === 0 || phraseAt(words, 'anaphor')[0] < 0) continue;
        items = last;
        iw = lastWords;
      } else {
        last = items;
        lastWords = words;
      }
      if (iw === words && d >= 0 && v >= 0 && n < 0) {
        const mentions = itemsIn(text, words, true);
        if (mentions.length >= 2) {
          // each item its own fate; one type said both ways in one sentence is two airframes: none
          const each = nearestFates(text, words, mentions).filter((m) => !doerAt(text, words, m.i, m.cue, m.len));
          for (const m of each) {
            if (each.some((o) => o.key === m.key && o.state !== m.state) || each.find((o) => o.key === m.key) !== m) continue;
            const w = words[m.i]!;
            if (anotherAt(words, m.i)) twice.add(m.key);
            const c0 = words[m.cue]!.start;
            const c1 = words[m.cue + m.len - 1]!.end;
            out.push({ item: m.key, name: text.slice(w.start, w.end), state: m.state, denial: false, text: text.slice(c0, c1), start: c0, end: c1 });
          }
          continue;
        }
      }
      let state: FateFact['state'] | null = null;
      let cue = -1;
      let len = 0;
      if (v >= 0) [state, cue, len] = ['survived', v, vn];
      else if (d >= 0 && n >= 0) [state, cue, len] = ['survived', n, nn];
      else if (d >= 0) [state, cue, len] = ['destroyed', d, dn];
      if (!state) continue;
      const c0 = words[cue]!.start;
      const c1 = words[cue + len - 1]!.end;
      for (const [i, key] of items) {
        if (iw === words && doerAt(text, words, i, cue, len)) continue;
        const w = iw[i]!;
        if (iw === words && anotherAt(words, i)) twice.add(key);
        out.push({ item: key, name: text.slice(w.start, w.end), state, denial: v < 0 && n >= 0, text: text.slice(c0, c1), start: c0, end: c1 });
      }
    }
  }
  // one claim both ways on one item ("hit and damaged ... reports of its downing are untrue"): it
  // survived; both ways of a type it names twice, as two airframes: neither
  const both = (item: string): boolean => out.some((y) => y.item === item && y.state === 'destroyed') && out.some((y) => y.item === item && y.state === 'survived');
  return out.filter((x, i) => !(twice.has(x.item) && both(x.item)) && out.findIndex((y) => y.item === x.item && y.state === x.state) === i && !(x.state === 'destroyed' && out.some((y) => y.item === x.item && y.state === 'survived')));
}

/** One fate statement of a record, for grouping. */
interface FateItem {
  rec: number;
  day: number;
  fact: FateFact;
}

/**
 * Fate disputes over `records`: for each item, claims within `windowDays` of one another that it
 * was destroyed against claims that it survived, from distinct voices. A voice that says both of an
 * item in one text ("the Russians want to hear that they destroyed the Patriot, but ...") keeps
 * only its `survived`. When each position holds speakers of several known sides, one dispute is
 * made per pair of sides (Russia against Ukraine, Russia against the United States); speakers of no
 * known side stand with every pair of their position. Kind `figures`.
 */
export function compareFates(records: readonly ClaimRecord[], windowDays = 1): Dispute[] {
  const byItem = new Map<string, FateItem[]>();
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec || !Array.isArray(rec.fates) || rec.fates.length === 0) continue;
    const day = dayNumber(rec.date ?? null);
    if (Number.isNaN(day)) continue;
    for (const f of rec.fates) {
      if (!f || typeof f.item !== 'string' || (f.state !== 'destroyed' && f.state !== 'survived')) continue;
      let l = byItem.get(f.item);
      if (!l) byItem.set(f.item, (l = []));
      l.push({ rec: r, day, fact: f });
    }
  }
  const out: Dispute[] = [];
  for (const [item, all] of byItem) {
    all.sort((a, b) => a.day - b.day || a.rec - b.rec);
    // a window slides from each claim (reviewer finding 4: chunks cut "destroyed" on 2 March from
    // "damaged" on 3 March once an agreeing claim of 1 March opened the chunk); a window inside the
    // one before it adds nothing, and a dispute whose claims one made before holds is not repeated
    const seen: Set<string>[] = [];
    let prevJ = 0;
    for (let i = 0; i < all.length; i++) {
      let j = i + 1;
      while (j < all.length && all[j]!.day - all[i]!.day <= windowDays) j++;
      if (j <= prevJ) continue;
      prevJ = j;
      const win = oneAccount(records, all.slice(i, j));
      for (const part of byRegion(records, item, win)) {
        const destroyed = part.filter((x) => x.fact.state === 'destroyed');
        const survived = part.filter((x) => x.fact.state === 'survived');
        if (destroyed.length === 0 || survived.length === 0 || !distinct(records, destroyed, survived)) continue;
        for (const [a, b] of sidePairs(records, destroyed, survived)) {
          const claims = [...a, ...b].map((x) => records[x.rec]!.id);
          if (seen.some((s) => claims.every((c) => s.has(c)))) continue;
          seen.push(new Set(claims));
          out.push(dispute(records, item, a, b));
        }
      }
    }
  }
  return out;
}

/** The two sides of the war, whose capitals stand for them. */
const WAR_SIDES: ReadonlySet<string> = new Set(['RU', 'UA']);

/**
 * A window's statements of one item split by the regions their claims name: a type designation is
 * many aircraft ("a Su-34 shot down over Luhansk" and "a Su-34 damaged in a hard landing in
 * Voronezh" are two planes; reviewer finding 3a), so its statements are compared only within one
 * region a claim itself (or its sentence) names; a claim that names none stands with every region.
 * A named system's statements stay together.
 */
function byRegion(records: readonly ClaimRecord[], item: string, win: FateItem[]): FateItem[][] {
  if (lex().systemKeys.has(item)) return [win];
  const regions = (x: FateItem): Set<string> => {
    const r = records[x.rec]!;
    if (r.placeFrom !== 'content' && r.placeFrom !== 'sentence') return new Set();
    // (a side's capital is the side, not where its aircraft was: "a rare loss for Moscow's air force")
    return new Set((r.places ?? []).filter((p) => p.level !== 'country' && !capitalOfSide(p, WAR_SIDES)).map((p) => p.admin1 ?? p.id));
  };
  const of = win.map(regions);
  const all = new Set(of.flatMap((s) => [...s]));
  if (all.size <= 1) return [win];
  return [...all].map((k) => win.filter((_, n) => of[n]!.size === 0 || of[n]!.has(k)));
}

/** Items without the `destroyed` of a speaker who, in the same text, says the item survived. */
function oneAccount(records: readonly ClaimRecord[], items: FateItem[]): FateItem[] {
  const voice = (x: FateItem): string => `${textKey(records[x.rec]!)}|${voiceKey(records[x.rec]!) ?? ''}`;
  const survivedBy = new Set(items.filter((x) => x.fact.state === 'survived').map(voice));
  return items.filter((x) => x.fact.state === 'survived' || !survivedBy.has(voice(x)));
}

/**
 * Whether some item of `a` and some of `b` come from different voices: different texts or
 * differently named speakers, but never one institution of data/speaker-identities.tsv in two texts
 * or forms (its own post and a wire's retelling of it: issue 9, one speaker's accounts).
 */
function distinct(records: readonly ClaimRecord[], a: FateItem[], b: FateItem[]): boolean {
  return a.some((x) => b.some((y) => {
    const rx = records[x.rec]!;
    const ry = records[y.rec]!;
    if (sameIdentity(rx, ry)) return false;
    if (textKey(rx) !== textKey(ry)) return true;
    const nx = voiceKey(rx);
    const ny = voiceKey(ry);
    return !!nx && !!ny && nx !== ny;
  }));
}

/** The pairs of positions to set against each other, split by the speakers' known sides (see `compareFates`). */
function sidePairs(records: readonly ClaimRecord[], destroyed: FateItem[], survived: FateItem[]): [FateItem[], FateItem[]][] {
  const bySide = (items: FateItem[]): { known: Map<Side, FateItem[]>; unknown: FateItem[] } => {
    const known = new Map<Side, FateItem[]>();
    const unknown: FateItem[] = [];
    for (const x of items) {
      const s = records[x.rec]!.speaker?.side ?? null;
      if (!s) unknown.push(x);
      else {
        const l = known.get(s);
        if (l) l.push(x);
        else known.set(s, [x]);
      }
    }
    return { known, unknown };
  };
  const d = bySide(destroyed);
  const s = bySide(survived);
  const dGroups = d.known.size > 0 ? [...d.known.values()].map((l) => [...l, ...d.unknown]) : [d.unknown];
  // speakers of no known side on the survived position stand apart from the known sides: a third
  // country's unnamed official is not the defender's air force
  const sGroups = [...s.known.values()];
  if (s.unknown.length > 0) sGroups.push(s.unknown);
  const pairs: [FateItem[], FateItem[]][] = [];
  for (const a of dGroups) for (const b of sGroups) if (distinct(records, a, b)) pairs.push([a, b]);
  return pairs;
}

function dispute(records: readonly ClaimRecord[], item: string, destroyed: FateItem[], survived: FateItem[]): Dispute {
  const name = destroyed[0]!.fact.name;
  const label = (items: FateItem[], what: string): string => `${what} (${[...new Set(items.map((x) => `"${x.fact.text}"`))].slice(0, 3).join(', ')})`;
  const placed = [...destroyed, ...survived].map((x) => records[x.rec]!).find((r) => r.places.some((p) => p.level !== 'country')) ?? records[destroyed[0]!.rec]!;
  const place = placed.places.find((p) => p.level !== 'country') ?? placed.places[0] ?? null;
  const days = [...destroyed, ...survived].map((x) => x.day);
  const from = isoDay(Math.min(...days));
  const to = isoDay(Math.max(...days));
  const sides = [
    { ...sideOf(records, destroyed, label(destroyed, `${name} destroyed`)), polarity: 1 as const },
    { ...sideOf(records, survived, label(survived, `${name} not destroyed: damaged, repaired or working`)), polarity: -1 as const },
  ];
  const key = `fate:${item}|${from}..${to}`;
  return {
    id: disputeId(key, sides),
    topic: topicAt(key, place, from, to, { type: 'quantity', unit: name, subjectSide: null }),
    reason: survived.some((x) => x.fact.denial) ? 'denial' : 'status',
    kind: 'figures',
    sides,
    explanation: `What happened to ${name}: ${sides.map((s) => s.position).join(' vs ')}`,
  };
}
