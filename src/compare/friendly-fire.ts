/**
 * Friendly fire (lane resp11): an aircraft, drone or ship said to have been brought down by its own
 * side ("the Su-34 had been downed by friendly fire", "shot down by its own air defence", «сбит
 * собственной ПВО», «сбили свои же зенитчики», «збила власна ППО») was brought down by the side it
 * belongs to. The words are data/friendly-fire.tsv: an `own` phrase and a `down` word within eight
 * words of each other in one clause, neither negated. The side is the one a side word of the clause
 * names (outside the `own` phrase and not after a preposition of place: "over Belgorod", «над
 * Белгородом»), else the side of an aircraft type only one side flies (data/weapon-sides.tsv), else
 * the speaker's. Pure.
 */
import { table } from '../lexicon/index.js';
import { grammarSet } from '../lexicon/grammar.js';
import { PhraseMatcher } from '../lexicon/phrases.js';
import { clauseBreakBetween, wordsOf, type Word } from './lexicon.js';
import { sideIn } from './speaker.js';
import { weaponSystemAt } from './weapon-sides.js';
import type { EventFact, Side } from './types.js';

type Cls = 'own' | 'down' | 'negation';
let matcher: PhraseMatcher<Cls> | null = null;
function rows(): PhraseMatcher<Cls> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<Cls>();
  for (const [phrase, cls] of table('friendly-fire.tsv')) {
    if (!phrase) continue;
    if (cls !== 'own' && cls !== 'down' && cls !== 'negation') throw new Error(`sitrep: data/friendly-fire.tsv: bad class "${cls}" for "${phrase}"`);
    m.add(phrase, cls);
  }
  return (matcher = m);
}

/** How many words may stand between a `down` word and an `own` phrase. */
const NEAR = 8;
/** Prepositions of where something was brought down: a side word after one is a place, not the aircraft's side (data/grammar-words.tsv `downed-place-preposition`). */
const PLACE_PREPS = grammarSet('downed-place-preposition');

/**
 * The friendly-fire responsibility fact of a claim whose content is `frags` of `text` (see the
 * module comment), said by a speaker of side `speakerSide`, or null.
 */
export function friendlyFire(text: string, frags: readonly { start: number; end: number }[], speakerSide: Side | null): EventFact | null {
  const m = rows();
  for (const f of frags) {
    const words = wordsOf(text, f.start, f.end);
    const found = m.scan(words);
    const negated = (from: number): boolean => found.some((x) => x.row === 'negation' && x.from < from && from - x.from <= 3);
    for (const own of found) {
      if (own.row !== 'own' || negated(own.from)) continue;
      const down = found.find((x) => x.row === 'down' && Math.abs(x.from - own.from) <= NEAR && !clauseBreakBetween(text, words, Math.min(x.from, own.from), Math.max(x.from, own.from)));
      if (!down || negated(down.from)) continue;
      const side = victimSide(text, words, own, down) ?? speakerSide;
      if (!side) continue;
      const a = words[Math.min(own.from, down.from)]!;
      const b = words[Math.max(own.to, down.to) - 1]!;
      return { topic: 'responsibility', agentSide: side, polarity: 1, cause: null, text: text.slice(a.start, b.end), start: a.start, end: b.end };
    }
  }
  return null;
}

/** The side of what was brought down: a side word of the clause outside the `own` phrase, else a type only one side flies. */
function victimSide(text: string, words: Word[], own: { from: number; to: number }, down: { from: number }): Side | null {
  let a = Math.min(own.from, down.from);
  let b = Math.max(own.to, down.from + 1);
  while (a > 0 && !clauseBreakBetween(text, words, a - 1, a)) a--;
  while (b < words.length && !clauseBreakBetween(text, words, b - 1, b)) b++;
  let system: Side | null = null;
  for (let k = a; k < b; k++) {
    if (k >= own.from && k < own.to) continue;
    if (k > 0 && PLACE_PREPS.has(words[k - 1]!.w)) continue;
    const s = sideIn(words, k, k + 1, null, false);
    if (s) return s;
    system ??= weaponSystemAt(words, k, text)?.side ?? null;
  }
  return system;
}
