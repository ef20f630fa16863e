/**
 * How the situation stands, read by its parts (data/situation-words.tsv): a subject noun ("the
 * situation", «обстановка», «ситуація»), then in its clause, past a place or a direction, a link verb
 * ("is", "remains", "was becoming", «остаётся», «залишається», «є») and an evaluation word with its
 * polarity ("critical" -, "under control" +). A negation between them turns it round ("is not
 * critical", «не є критичною»); a second evaluation after a contrast word is the one the claim states
 * ("tense but controlled", «сложная, но контролируемая»); a word of another topic in the clause ("the
 * situation on the roads", «паводковая обстановка») makes it none of the front's. English needs a
 * link verb; Russian and Ukrainian state it with none («ситуация сложная»), then the evaluation is in
 * the nominative (a feminine ending in -а/-я), not an oblique case of another noun phrase.
 * Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { hasCyrillic } from '../util/index.js';
import { clauseBreakBetween, PhraseMatcher, type Word } from './lexicon.js';

type SituationClass = 'subject' | 'link' | 'evaluation' | 'negation' | 'contrast' | 'coordination' | 'other';
const CLASSES = new Set<SituationClass>(['subject', 'link', 'evaluation', 'negation', 'contrast', 'coordination', 'other']);

interface SituationRow {
  cls: SituationClass;
  polarity: 1 | -1;
}

/** Words at most between the subject and its (first) evaluation. */
const GAP_MAX = 10;
/** Words at most between a first evaluation and a contrast word that joins a second one. */
const CONTRAST_REACH = 1;

let matcher: PhraseMatcher<SituationRow> | null = null;
/** The rows of data/situation-words.tsv as one matcher. */
function situationLexicon(): PhraseMatcher<SituationRow> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<SituationRow>();
  for (const [lang, cls, words, pol] of table('situation-words.tsv')) {
    if (!['en', 'ru', 'uk'].includes(lang ?? '') || !CLASSES.has(cls as SituationClass) || !words) throw new Error(`sitrep: data/situation-words.tsv: bad row "${lang} ${cls} ${words}"`);
    if (cls === 'evaluation' && pol !== '+' && pol !== '-') throw new Error(`sitrep: data/situation-words.tsv: bad polarity "${pol}" for "${words}"`);
    m.add(words, { cls: cls as SituationClass, polarity: pol === '+' ? 1 : -1 });
  }
  return (matcher = m);
}

/** A situation statement found: words `[from, to)`, its polarity, or `other` when it is about another topic than the front. */
export interface SituationStatement {
  from: number;
  to: number;
  polarity: 1 | -1;
  other: boolean;
}

/**
 * The situation statements of one fragment's `words` (offsets into `text`): from each subject noun,
 * its evaluation in the same clause, with the negation and contrast read as the module comment says.
 * A statement of another topic is returned with `other` set (what the phrase tables read there is no
 * situation at the front either).
 */
export function situationStatements(text: string, words: Word[]): SituationStatement[] {
  const hits = situationLexicon().scan(words);
  const at = new Map(hits.map((h) => [h.from, h]));
  const out: SituationStatement[] = [];
  for (const s of hits) {
    if (s.row.cls !== 'subject') continue;
    const cyr = hasCyrillic(words[s.from]!.w);
    let other = s.from > 0 && at.get(s.from - 1)?.row.cls === 'other';
    let link = false;
    let negated = false;
    let result: { to: number; polarity: 1 | -1 } | null = null;
    let contrasted = false;
    let sinceResult = 0;
    for (let j = s.to; j < words.length; ) {
      if (result === null && j - s.to >= GAP_MAX) break;
      const h = at.get(j);
      // a clause mark ends the statement, unless a contrast word right after it joins a second evaluation
      if (j > s.to && clauseBreakBetween(text, words, j - 1, j) && !(result !== null && !contrasted && h?.row.cls === 'contrast')) break;
      if (result !== null && !contrasted && (!h || (h.row.cls !== 'contrast' && h.row.cls !== 'coordination')) && ++sinceResult > CONTRAST_REACH) break;
      if (!h) {
        j++;
        continue;
      }
      const cls = h.row.cls;
      if (cls === 'subject') break;
      if (cls === 'other') other = true;
      else if (cls === 'link') link = true;
      else if (cls === 'negation') {
        negated = true;
        // «не є», «не является»: the negation holds the link verb
        if (h.to - h.from > 1) link = true;
      }
      else if (cls === 'contrast') {
        if (result === null) break;
        contrasted = true;
        negated = false;
      } else if (cls === 'coordination') {
        // "calm and under control": a second evaluation of the same polarity extends the statement
        if (result === null || contrasted) break;
        const next = at.get(h.to);
        if (next?.row.cls !== 'evaluation' || next.row.polarity !== (negated ? -result.polarity : result.polarity)) break;
        result = { to: next.to, polarity: result.polarity };
        j = next.to;
        sinceResult = 0;
        continue;
      } else if (cls === 'evaluation') {
        const last = words[h.to - 1]!.w;
        // English states it with a link verb; Russian and Ukrainian without one in the nominative
        const stated = result !== null || (cyr ? link || h.to - h.from > 1 || /[ая]$/.test(last) : link);
        if (!stated) break;
        result = { to: h.to, polarity: negated ? (h.row.polarity === 1 ? -1 : 1) : h.row.polarity };
        if (contrasted) break;
        sinceResult = 0;
      }
      j = h.to;
    }
    if (!result) continue;
    // ... or after it, in its clause ("remains difficult after heavy snowfall")
    for (let j = result.to; j < Math.min(words.length, result.to + GAP_MAX) && !other; j++) {
      if (clauseBreakBetween(text, words, j - 1, j)) break;
      if (at.get(j)?.row.cls === 'other') other = true;
    }
    out.push({ from: s.from, to: result.to, polarity: result.polarity, other });
  }
  return out;
}
