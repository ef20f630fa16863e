/**
 * Where a weapon was launched from (lane facts9): a place right after a launch word and its
 * preposition of origin ("launched from Russia's Astrakhan region", «запущеною з Астраханської
 * області», «выпущенной из Белгородской области») is the launch site, not the place of the strike a
 * claim tells of; claim places leave it out (src/compare/facts.ts). Words: data/launch-words.tsv.
 * Pure.
 */
import { table } from '../lexicon/index.js';
import { wordsOf } from './lexicon.js';

let words: { launch: string[]; from: Set<string> } | null = null;

/** The rows of data/launch-words.tsv, read once. */
function load(): NonNullable<typeof words> {
  if (words) return words;
  const launch: string[] = [];
  const from = new Set<string>();
  for (const [w, cls] of table('launch-words.tsv')) {
    if (!w) continue;
    if (cls === 'launch') launch.push(w.toLowerCase());
    else if (cls === 'from') from.add(w.toLowerCase());
    else throw new Error(`sitrep: data/launch-words.tsv: bad class "${cls}" for "${w}"`);
  }
  return (words = { launch, from });
}

/** Whether a word is a launch word of data/launch-words.tsv (a "~" row matches every word it starts). */
function launchWord(w: string): boolean {
  return load().launch.some((x) => (x.endsWith('~') ? w.startsWith(x.slice(0, -1)) : w === x));
}

/**
 * Whether the place name starting at `start` of `text` is a launch site: a preposition of origin at
 * most two words before it, right after a launch word (or after one word more: "launched it from"),
 * with no sentence or clause break (. ; : ! ? or a line end) between the launch word and the place.
 */
export function launchOrigin(text: string, start: number): boolean {
  const ws = wordsOf(text, Math.max(0, start - 80), start).slice(-5);
  const { from } = load();
  for (let f = ws.length - 1; f >= 1 && ws.length - 1 - f <= 2; f--) {
    if (!from.has(ws[f]!.w)) continue;
    for (let l = f - 1; l >= Math.max(0, f - 2); l--) {
      if (!launchWord(ws[l]!.w)) continue;
      if (/[.;:!?\n]/.test(text.slice(ws[l]!.end, start))) return false;
      return true;
    }
    return false;
  }
  return false;
}
