/**
 * Word lists of the `dates` stage, read once from data/date-words.tsv and data/date-casual.tsv.
 */
import { table } from '../../lexicon/index.js';

export interface DateLexicon {
  trigger: Set<string>;
  future: Set<string>;
  bound: Set<string>;
  strip: Set<string>;
  /** Prepositions that point ahead to the date after them ("by", "until"). */
  toward: Set<string>;
  /** Range opener → joiners that may follow the first date ("between" → "and"). */
  range: Map<string, Set<string>>;
  modifier: Set<string>;
  yearPrep: Set<string>;
  /** Single anaphoric words (matched as the last word of a relative span). */
  anaphoricWord: Set<string>;
  /** Multi-word anaphoric phrases (matched anywhere in a relative span). */
  anaphoricPhrase: string[][];
  period: Set<string>;
  weak: Set<string>;
  abbrev: Set<string>;
  past: Set<string>;
  dayName: Set<string>;
  /** Casual phrases (as word lists) with their offset in days from the publication day. */
  casual: { words: string[]; offset: number }[];
  /** First words of the casual phrases, for a cheap check per token. */
  casualFirst: Set<string>;
}

let lex: DateLexicon | null = null;

/** The date word lists (loaded on first use). */
export function dateLexicon(): DateLexicon {
  if (lex) return lex;
  const l: DateLexicon = {
    trigger: new Set(), future: new Set(), bound: new Set(), strip: new Set(), toward: new Set(), range: new Map(), modifier: new Set(),
    yearPrep: new Set(), anaphoricWord: new Set(), anaphoricPhrase: [], period: new Set(),
    weak: new Set(), abbrev: new Set(), past: new Set(), dayName: new Set(), casual: [], casualFirst: new Set(),
  };
  const sets: Record<string, Set<string>> = {
    trigger: l.trigger, future: l.future, bound: l.bound, strip: l.strip, toward: l.toward, modifier: l.modifier,
    'year-prep': l.yearPrep, period: l.period, weak: l.weak, abbrev: l.abbrev,
    past: l.past, 'day-name': l.dayName,
  };
  for (const [word, cat] of table('date-words.tsv')) {
    const w = word!.toLowerCase();
    if (cat === 'anaphoric') {
      const parts = w.split(/\s+/);
      if (parts.length === 1) l.anaphoricWord.add(w);
      else l.anaphoricPhrase.push(parts);
      continue;
    }
    if (cat === 'range') {
      const [open, join] = w.split(/\s+/);
      if (!open || !join) throw new Error(`sitrep: data/date-words.tsv: range row '${word}' needs two words`);
      let joins = l.range.get(open);
      if (!joins) l.range.set(open, (joins = new Set()));
      joins.add(join);
      continue;
    }
    const set = sets[cat ?? ''];
    if (!set) throw new Error(`sitrep: data/date-words.tsv: unknown category '${cat}' for '${word}'`);
    set.add(w);
  }
  for (const [phrase, off] of table('date-casual.tsv')) {
    const words = phrase!.toLowerCase().split(/\s+/);
    const offset = Number(off);
    if (!Number.isInteger(offset)) throw new Error(`sitrep: data/date-casual.tsv: bad offset '${off}' for '${phrase}'`);
    l.casual.push({ words, offset });
    l.casualFirst.add(words[0]!);
  }
  lex = l;
  return l;
}
