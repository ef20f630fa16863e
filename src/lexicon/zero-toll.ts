/**
 * Zero tolls («погибших нет», "no one was killed"): the rows of data/zero-figures.tsv of kind `toll`
 * and the rules that decide when such a phrase says that none died or were hurt. Shared by compare's
 * figures (src/compare/figures.ts: a toll of zero set against a count) and by the analyzer's own-voice
 * claims (src/analyze/author: a sentence with a zero toll is a figure), so that both read one phrase
 * the same way. Loads only the lexicon (no compare state), so the analyzer can import it.
 */
import { table } from './index.js';
import { PhraseMatcher, type Word } from './phrases.js';
import { grammarSet } from './grammar.js';

/** The toll phrases (unit killed or wounded) and the words that make one a narrower tally. */
let lex: { tolls: PhraseMatcher<string>; narrow: Set<string>; nouns: Set<string> } | null = null;

function load(): NonNullable<typeof lex> {
  if (lex) return lex;
  const tolls = new PhraseMatcher<string>();
  const narrow = new Set<string>();
  // the toll nouns: the first word of a toll phrase said with «нет»/«немає» («погибших нет» → погибших)
  const nouns = new Set<string>();
  for (const [phrase, kind, unit] of table('zero-figures.tsv')) {
    if (!phrase) continue;
    if (kind === 'narrow') narrow.add(phrase);
    else if (kind === 'toll') {
      if (unit !== 'killed' && unit !== 'wounded') throw new Error(`sitrep: data/zero-figures.tsv: bad toll unit for "${phrase}"`);
      tolls.add(phrase, unit);
      const ws = phrase.split(' ');
      if (ws.length > 1 && /^(?:нет|немає|нема)$/.test(ws[ws.length - 1]!)) nouns.add(ws[0]!);
    }
  }
  return (lex = { tolls, narrow, nouns });
}

/** Words after which a zero toll phrase says that nothing is known, not that no one died (data/grammar-words.tsv `toll-about`). */
const ABOUT = grammarSet('toll-about');

/** Words that join a list of toll nouns (data/grammar-words.tsv `toll-list-join`: «погибших и пострадавших»). */
const LIST = grammarSet('toll-list-join');
/** How many words before a toll phrase a list of toll nouns may reach back to «о»/«про». */
const LIST_REACH = 6;

/**
 * Whether the toll phrase at `words[i]` follows "of"/«о»/«про», right before it or across a list of
 * toll nouns joined by «и»/«і» («данных о погибших и пострадавших нет»: the phrase «пострадавших
 * нет» starts after «и», and the list goes back to «о»).
 */
function aboutBefore(words: readonly Word[], i: number, nouns: Set<string>): boolean {
  if (i === 0) return false;
  if (ABOUT.has(words[i - 1]!.w)) return true;
  if (!LIST.has(words[i - 1]!.w)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - LIST_REACH); k--) {
    const w = words[k]!.w;
    if (ABOUT.has(w)) return true;
    if (!LIST.has(w) && !nouns.has(w)) return false;
  }
  return false;
}

/**
 * The zero toll phrase that starts at `words[i]` (lower-case words, as `wordsOf` gives them): its end
 * (exclusive word index), its unit (killed or wounded) and whether it says a toll of zero. It does
 * not after "reports of" / «информации о», nor after a list of toll nouns that follows one («данных о
 * погибших и пострадавших нет»: nothing known is no zero), nor with a narrowing word in it
 * or right before it ("no one was seriously hurt", «тяжело раненых нет»: a narrower tally). Null when
 * no toll phrase starts there.
 */
export function zeroTollAt(words: readonly Word[], i: number): { end: number; unit: string; zero: boolean } | null {
  const { tolls, narrow, nouns } = load();
  const m = tolls.matchAt(words as Word[], i);
  if (!m) return null;
  const about = aboutBefore(words, i, nouns);
  const narrower = words.slice(Math.max(0, i - 1), m.end).some((w) => narrow.has(w.w) || narrow.has(w.w.replace(/ё/g, 'е')));
  return { end: m.end, unit: m.row, zero: !about && !narrower };
}
