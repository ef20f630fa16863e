/**
 * Responsibility and cause facts of Russian and Ukrainian claims, read from the claim's words with
 * data/responsibility-ruuk.tsv where the events stage gives the claim no attack (the events stage
 * types English text; its Russian and Ukrainian triggers may come later, and then win):
 * - an attack word ("удар", "обстріл", "скинув авіабомбу") or a blowing-up word ("взорвали") with a
 *   side word in its clause ("российские самолёты", "ЗСУ", "боевики «Азов»") gives "that side did
 *   it"; a side word right after a target preposition ("удар по позициям ВСУ") is the target, not
 *   the doer; the side word nearest to the trigger wins;
 * - "the enemy" words ("противник", "боевики") are the speaker's opponent; "окупанти" is RU when the
 *   speaker's side is unknown;
 * - a negation within three words before the trigger ("не наносили", "ни одного удара") turns it
 *   round: that side did not do it;
 * - a side's own act called a provocation or a lie in the same claim is its denial;
 * - an accident phrase ("детонация боеприпасов", "порушення правил пожежної безпеки") gives an
 *   accident as the cause; an attack that happened gives an attack.
 * Pure.
 */
import { table } from '../lexicon/index.js';
import { wordsOf, opponent, type Word } from './lexicon.js';
import type { EventFact, Side } from './types.js';

type Cls = 'attack' | 'blast' | 'side' | 'enemy' | 'target' | 'negation' | 'accident' | 'detonation' | 'denial';
interface Row { words: { stem: string; whole: boolean }[]; cls: Cls; value: string | null }

let rows: Row[] | null = null;
let byFirst: Map<string, Row[]> | null = null;
function load(): Map<string, Row[]> {
  if (byFirst) return byFirst;
  rows = [];
  for (const [phrase, cls, value] of table('responsibility-ruuk.tsv')) {
    if (!phrase || !cls) continue;
    if (!['attack', 'blast', 'side', 'enemy', 'target', 'negation', 'accident', 'detonation', 'denial'].includes(cls)) throw new Error(`sitrep: data/responsibility-ruuk.tsv: bad class "${cls}" for "${phrase}"`);
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean).map((w) => (w.endsWith('=') ? { stem: w.slice(0, -1), whole: true } : { stem: w, whole: false }));
    rows.push({ words, cls: cls as Cls, value: value && value !== '-' ? value : null });
  }
  // index by the first two letters of the first stem (stems are at least two letters long)
  byFirst = new Map();
  for (const r of rows) {
    const k = r.words[0]!.stem.slice(0, 2);
    const l = byFirst.get(k);
    if (l) l.push(r);
    else byFirst.set(k, [r]);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length || b.words[0]!.stem.length - a.words[0]!.stem.length);
  return byFirst;
}

/** The longest row matching at word `i`, with the index after it. */
function matchAt(words: Word[], i: number): { row: Row; end: number } | null {
  const w = words[i]!.w.replace(/ё/g, 'е');
  const list = load().get(w.slice(0, 2));
  if (!list) return null;
  for (const r of list) {
    let ok = true;
    for (let k = 0; k < r.words.length && ok; k++) {
      const ww = words[i + k]?.w.replace(/ё/g, 'е');
      const p = r.words[k]!;
      const stem = p.stem.replace(/ё/g, 'е');
      ok = ww !== undefined && (p.whole ? ww === stem : ww.startsWith(stem));
    }
    if (ok) return { row: r, end: i + r.words.length };
  }
  return null;
}

/** Whether the text holds Cyrillic letters (the rows are Russian and Ukrainian). */
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The responsibility and cause facts of a Russian or Ukrainian claim whose content is `frags` of
 * `text`, said by a speaker of side `speakerSide` (see the module comment).
 */
export function ruukEventFacts(text: string, frags: readonly { start: number; end: number }[], speakerSide: Side | null): EventFact[] {
  const out: EventFact[] = [];
  let attack: EventFact | null = null;
  let accident: EventFact | null = null;
  let detonation: EventFact | null = null;
  let enemyNamed = false;
  for (const f of frags) {
    const piece = text.slice(f.start, f.end);
    if (!CYRILLIC.test(piece)) continue;
    const words = wordsOf(text, f.start, f.end);
    const marks: { i: number; end: number; row: Row }[] = [];
    for (let i = 0; i < words.length; ) {
      const m = matchAt(words, i);
      if (m) {
        marks.push({ i, end: m.end, row: m.row });
        i = m.end;
      } else i++;
    }
    const denial = marks.some((m) => m.row.cls === 'denial');
    // clause of word i: words between clause marks (; : . ! ? and dashes), commas kept
    const clauseOf = (i: number): [number, number] => {
      let a = i;
      while (a > 0 && !/[;:.!?—–]/.test(text.slice(words[a - 1]!.end, words[a]!.start))) a--;
      let b = i + 1;
      while (b < words.length && !/[;:.!?—–]/.test(text.slice(words[b - 1]!.end, words[b]!.start))) b++;
      return [a, b];
    };
    if (marks.some((m) => m.row.cls === 'enemy')) enemyNamed = true;
    for (const m of marks) {
      if (m.row.cls === 'detonation' && !detonation) {
        detonation = { topic: 'cause', agentSide: null, polarity: 1, cause: 'accident', text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      }
      if (m.row.cls === 'accident' && !accident) {
        accident = { topic: 'cause', agentSide: null, polarity: 1, cause: 'accident', text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      }
      if (m.row.cls !== 'attack' && m.row.cls !== 'blast') continue;
      const [a, b] = clauseOf(m.i);
      // the doer: the side word nearest to the trigger in its clause, not right after a target preposition
      let side: Side | null = null;
      let best = Infinity;
      for (const s of marks) {
        if (s.i < a || s.i >= b || (s.row.cls !== 'side' && s.row.cls !== 'enemy')) continue;
        const prep = marks.find((p) => p.row.cls === 'target' && p.i < s.i && s.i - p.end <= 2 && p.i >= a);
        if (prep) continue;
        const d = Math.abs(s.i - m.i);
        if (d >= best) continue;
        const v = s.row.cls === 'side' ? s.row.value : (opponent(speakerSide) ?? s.row.value);
        if (!v) continue;
        side = v;
        best = d;
      }
      let polarity: 1 | -1 = marks.some((n) => n.row.cls === 'negation' && n.i < m.i && m.i - n.end <= 3 && n.i >= a) ? -1 : 1;
      // a side calling its own act a provocation denies it
      if (polarity === 1 && denial && side !== null && side === speakerSide) polarity = -1;
      const span = { text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      if (side && !out.some((o) => o.agentSide === side && o.polarity === polarity)) out.push({ topic: 'responsibility', agentSide: side, polarity, cause: null, ...span });
      if (m.row.cls === 'attack' && polarity === 1 && !attack) attack = { topic: 'cause', agentSide: side, polarity: 1, cause: 'attack', ...span };
    }
  }
  // stored munitions going off are the accident given only when the claim names no attack and no enemy
  if (!accident && !attack && detonation && !enemyNamed) accident = detonation;
  if (accident) out.push(accident);
  else if (attack) out.push(attack);
  return out;
}

interface EnLex { weapon: Set<string>; copula: Set<string>; hedge: Set<string>; negation: Set<string>; blame: Set<string> }
let en: EnLex | null = null;
function enLex(): EnLex {
  if (en) return en;
  const l: EnLex = { weapon: new Set(), copula: new Set(), hedge: new Set(), negation: new Set(), blame: new Set() };
  for (const [w, cls] of table('responsibility-en.tsv')) {
    if (!w || !cls || !(cls in l)) throw new Error(`sitrep: data/responsibility-en.tsv: bad row "${w}"`);
    l[cls as keyof EnLex].add(w);
    if (cls === 'weapon') l.weapon.add(w + 's');
  }
  return (en = l);
}

/** Words that may stand inside a weapon's noun phrase between the side and the weapon noun ("Ukrainian air defence missile"). */
const MODIFIERS = /^(air|defen[cs]e|anti-aircraft|surface-to-air|cruise|ballistic|guided|tactical|s-300|s-\d+|nasams|patriot|made|built|produced|-)$/;

/**
 * Whose weapon did it, in English claims (data/responsibility-en.tsv): "[the missile] was (most
 * likely) a Ukrainian air defence missile" → UA did it; "the missile was not Ukrainian" → UA did
 * not; "Russia was to blame", "blamed Russia" → RU did it. `sideIn` is compare's side reader
 * (countries, demonyms, actors; "the enemy" against the speaker).
 */
export function weaponFacts(
  text: string,
  frags: readonly { start: number; end: number }[],
  sideIn: (words: Word[], from: number, to: number, backwards: boolean) => Side | null,
  cue: { text: string; start: number; end: number } | null = null,
): EventFact[] {
  const l = enLex();
  const out: EventFact[] = [];
  // "The Kremlin blamed Ukraine for ...", "accused Moscow of ...": the cue blames the side that opens the content
  if (cue && l.blame.has(cue.text.toLowerCase().trim()) && frags[0]) {
    const words = wordsOf(text, frags[0].start, frags[0].end);
    const side = words.length ? sideIn(words, 0, Math.min(words.length, 2), false) : null;
    if (side) out.push({ topic: 'responsibility', agentSide: side, polarity: 1, cause: null, text: cue.text, start: cue.start, end: cue.end });
  }
  const push = (side: Side, polarity: 1 | -1, a: Word, b: Word): void => {
    if (!out.some((o) => o.agentSide === side && o.polarity === polarity)) out.push({ topic: 'responsibility', agentSide: side, polarity, cause: null, text: text.slice(a.start, b.end), start: a.start, end: b.end });
  };
  for (const f of frags) {
    const words = wordsOf(text, f.start, f.end);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      if (l.copula.has(w)) {
        // copula (hedges, a negation) side-word (modifiers) weapon | copula not side-word (end of clause)
        let k = i + 1;
        let neg = false;
        while (k < words.length && (l.hedge.has(words[k]!.w) || l.negation.has(words[k]!.w))) {
          if (l.negation.has(words[k]!.w)) neg = true;
          k++;
        }
        if (k >= words.length) continue;
        const side = sideIn(words, k, k + 1, false);
        if (!side) continue;
        let m = k + 1;
        while (m < words.length && MODIFIERS.test(words[m]!.w)) m++;
        const weaponAfter = m < words.length && l.weapon.has(words[m]!.w);
        // "was not Ukrainian": the weapon is the subject before the copula
        const weaponBefore = words.slice(Math.max(0, i - 4), i).some((x) => l.weapon.has(x.w));
        if (weaponAfter || (weaponBefore && (m >= words.length || /^[\s,.;:]/.test(text.slice(words[k]!.end, words[k]!.end + 1))))) {
          push(side, neg ? -1 : 1, words[i]!, words[weaponAfter ? m : k]!);
        }
      } else if (l.blame.has(w)) {
        // "Russia was to blame" / "Russia is responsible": the side before; "blamed Russia": the side after
        if (w === 'blame' || w === 'responsible') {
          const side = sideIn(words, Math.max(0, i - 4), i, true);
          const neg = words.slice(Math.max(0, i - 3), i).some((x) => l.negation.has(x.w));
          if (side) push(side, neg ? -1 : 1, words[Math.max(0, i - 3)]!, words[i]!);
        } else {
          const side = sideIn(words, i + 1, Math.min(words.length, i + 3), false);
          if (side) push(side, 1, words[i]!, words[Math.min(words.length - 1, i + 2)]!);
        }
      }
    }
  }
  return out;
}

/** The side a Russian or Ukrainian phrase names ("российских военнослужащих" → RU), or null: the first side row in it. */
export function ruukSideIn(text: string, start: number, end: number): Side | null {
  if (!CYRILLIC.test(text.slice(start, end))) return null;
  const words = wordsOf(text, start, end);
  for (let i = 0; i < words.length; i++) {
    const m = matchAt(words, i);
    if (m && m.row.cls === 'side' && m.row.value) return m.row.value;
  }
  return null;
}

let vesselWords: Set<string> | null = null;
/** Words that name a vessel before its name ("the cruiser Moskva"): rows "before ... vessel" of data/place-name-clues.tsv. */
function vesselClues(): Set<string> {
  return (vesselWords ??= new Set(table('place-name-clues.tsv').filter((r) => r[1] === 'before' && r[2] === 'vessel').map((r) => r[0]!.toLowerCase())));
}

/**
 * The vessels a text names ("the cruiser Moskva", "the flagship «Moskva»"), as [name, start, end],
 * in text order: a vessel word of data/place-name-clues.tsv, then (over quotation marks) a
 * capitalised name. An event at sea has no town: the ship is where it happened.
 */
export function vesselsIn(text: string, start = 0, end = text.length): [string, number, number][] {
  const out: [string, number, number][] = [];
  const clues = vesselClues();
  const re = /([\p{L}-]+)\s+(?:the\s+)?["“«']?(\p{Lu}[\p{L}-]+)/gu;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    if (!clues.has(m[1]!.toLowerCase())) {
      re.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const s = m.index + m[0].length - m[2]!.length;
    if (s + m[2]!.length <= end) out.push([m[2]!, s, s + m[2]!.length]);
  }
  return out;
}
