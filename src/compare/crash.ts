/**
 * `crashCause`: what a claim says brought an aircraft down or damaged it (data/cause-crash.tsv), for
 * compare's cause facts (lane cause, issue 9). A civil airliner's crash is told with no war word
 * ("after a bird strike the captain diverted to Aktau"; "damaged by external interference and shot at
 * from the ground"; «никакого внешнего воздействия на самолёт не было»): the subject gate would drop
 * it, and the claim's cause is what the other side disputes. Read in English, Russian and Ukrainian:
 * - an `accident` phrase (a bird strike, an engine failure, pilot error): an accident;
 * - an `external` phrase (external interference, fire from the ground): an attack; negated ("no
 *   external impact", «без внешнего воздействия»): the loss came from within, an accident;
 * - a `downed` passive («был сбит», «було збито») with an aircraft word in its clause: an attack.
 * A negation up to three words before a phrase turns an attack round as above and cancels an
 * accident or a shooting-down; a word of a version before it in its fragment ("absurd versions such
 * as a bird strike", «рассматривают версии») makes it no cause given. Pure.
 */
import { table } from '../lexicon/index.js';
import { clauseBreakBetween, NEGATIONS, PhraseMatcher, wordsOf, type Word } from './lexicon.js';
import type { EventFact } from './types.js';

/**
 * A class of data/cause-crash.tsv (`drone`: an aircraft word naming a drone, «самолётного типа», which is no
 * aircraft; `weather`: an accident only in a claim that names a crash, a word of class `crash`).
 */
type CrashClass = 'aircraft' | 'accident' | 'weather' | 'crash' | 'external' | 'downed' | 'negation' | 'version' | 'drone';
const CLASSES = new Set<CrashClass>(['aircraft', 'accident', 'weather', 'crash', 'external', 'downed', 'negation', 'version', 'drone']);

let matcher: PhraseMatcher<CrashClass> | null = null;
/** Phrases of data/cause-crash.tsv (loaded once; a bad class is an error naming the row). */
function crashMatcher(): PhraseMatcher<CrashClass> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<CrashClass>();
  for (const [phrase, cls] of table('cause-crash.tsv')) {
    if (!phrase) continue;
    if (!CLASSES.has(cls as CrashClass)) throw new Error(`sitrep: data/cause-crash.tsv: bad class "${cls}" for "${phrase}"`);
    m.add(phrase, cls as CrashClass);
  }
  return (matcher = m);
}

/** The words and matches of each fragment of a claim. */
function scans(text: string, frags: readonly { start: number; end: number }[]): { words: Word[]; found: { row: CrashClass; from: number; to: number }[] }[] {
  const m = crashMatcher();
  return frags.map((f) => {
    const words = wordsOf(text, f.start, f.end);
    return { words, found: m.scan(words) };
  });
}

/** Whether a claim's content (`frags` of `text`) names an aircraft (data/cause-crash.tsv class aircraft). */
export function aircraftNamed(text: string, frags: readonly { start: number; end: number }[]): boolean {
  return scans(text, frags).some((s) => s.found.some((x) => x.row === 'aircraft'));
}

/**
 * The cause a claim gives for an aircraft's loss (see the module comment), or null: none named, a
 * version weighed, or no aircraft named in the claim. The fact's doer is left open.
 */
export function crashCause(text: string, frags: readonly { start: number; end: number }[]): EventFact | null {
  const all = scans(text, frags);
  if (!all.some((s) => s.found.some((x) => x.row === 'aircraft'))) return null;
  // weather is a cause of a loss only when a crash is named: a flight diverted by icing lost nothing
  const crashed = all.some((s) => s.found.some((x) => x.row === 'crash'));
  for (const { words, found } of all) {
    const fact = (cause: 'attack' | 'accident', a: number, b: number): EventFact => ({ topic: 'cause', agentSide: null, polarity: 1, cause, text: text.slice(words[a]!.start, words[b - 1]!.end), start: words[a]!.start, end: words[b - 1]!.end });
    for (const x of found) {
      if (x.row === 'weather' && !crashed) continue;
      if (x.row !== 'accident' && x.row !== 'weather' && x.row !== 'external' && x.row !== 'downed') continue;
      // a version weighed or dismissed before it in its fragment ("such as a bird strike")
      if (found.some((v) => v.row === 'version' && v.to <= x.from)) return null;
      const lo = Math.max(0, x.from - 3);
      // the first negation up to three words before it (a shared one, or a row of class negation)
      let neg = -1;
      for (let k = lo; k < x.from && neg < 0; k++) if (NEGATIONS.has(words[k]!.w) || found.some((n) => n.row === 'negation' && n.from === k)) neg = k;
      const negated = neg >= 0;
      if (x.row === 'external') return negated ? fact('accident', neg, x.to) : fact('attack', x.from, x.to);
      if (negated) continue;
      if (x.row === 'accident' || x.row === 'weather') return fact('accident', x.from, x.to);
      // a shooting-down of an aircraft named in its clause («борт ... был сбит средствами ПВО»)
      const craft = found.find((c) => c.row === 'aircraft' && !clauseBreakBetween(text, words, Math.min(c.from, x.from), Math.max(c.to - 1, x.from), 'dash'));
      if (craft) return fact('attack', Math.min(craft.from, x.from), Math.max(craft.to, x.to));
    }
  }
  return null;
}
