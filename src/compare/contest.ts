/**
 * Fighting for a place said to go on, by its two parts in either order ("бої точаться", "точаться
 * бої", "оборона триває", "its defence was continuing"): the place is contested. The words are data
 * (data/control-contest.tsv); this module finds a noun of fighting and a verb of going on within a
 * few words of each other in one clause, with only auxiliaries, adverbs of still and adjectives of
 * fighting between them. Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { PhraseMatcher, type Word } from './lexicon.js';

type ContestClass = 'fight' | 'defence' | 'goes-on' | 'between' | 'possessive';
const CLASSES = new Set<ContestClass>(['fight', 'defence', 'goes-on', 'between', 'possessive']);

/** Words at most between the noun of fighting and the verb of going on ("бої ще тривають", "fighting has still been raging"). */
const GAP_MAX = 3;

let matcher: PhraseMatcher<ContestClass> | null = null;
/** The rows of data/control-contest.tsv. */
function contestMatcher(): PhraseMatcher<ContestClass> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<ContestClass>();
  for (const r of table('control-contest.tsv')) {
    const cls = r[1] as ContestClass;
    if (!CLASSES.has(cls) || !r[2]) throw new Error(`sitrep: data/control-contest.tsv: bad row "${r.join('\t')}"`);
    m.add(r[2], cls);
  }
  return (matcher = m);
}

/**
 * The spans `[from, to)` (indexes into `words`, one content fragment's words, offsets into `text`) of
 * statements that fighting for a place goes on.
 */
export function contestStatements(text: string, words: Word[]): { from: number; to: number }[] {
  const found = contestMatcher().scan(words);
  const out: { from: number; to: number }[] = [];
  const clauseBreak = (a: number, b: number): boolean => /[,;:.!?()]/.test(text.slice(words[a]!.end, words[b]!.start));
  for (const n of found) {
    if (n.row !== 'fight' && n.row !== 'defence') continue;
    if (n.row === 'defence' && !(n.from > 0 && found.some((p) => p.row === 'possessive' && p.to === n.from))) continue;
    for (const v of found) {
      if (v.row !== 'goes-on') continue;
      const [a, b] = v.from >= n.to ? [n, v] : [v, n];
      if (b.from < a.to || b.from - a.to > GAP_MAX || clauseBreak(a.to - 1, b.from)) continue;
      // only words of the `between` class between the two parts
      let ok = true;
      for (let k = a.to; k < b.from; k++) if (!found.some((f) => f.row === 'between' && f.from === k)) ok = false;
      if (!ok) continue;
      out.push({ from: a.from, to: b.to });
      break;
    }
  }
  return out;
}
