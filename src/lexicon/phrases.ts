/**
 * A word scanner and a longest-match phrase matcher keyed by first word, for the phrase tables of
 * data/ (status and control phrases, actor names). Used by compare and by the author stage, so both
 * read a phrase table the same way. Matching is word by word: a pattern's "*" takes one or two
 * words, a word ending in "~" is a stem; there is no regular expression to backtrack.
 */
/** One word of a text: lower-cased, a trailing possessive 's removed, with its span. */
export interface Word {
  w: string;
  start: number;
  end: number;
}

// Letters/digits, with inner apostrophes and hyphens ("didn't", "pro-war", "Russia's").
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Words of `text[from, to)`, offsets into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let w = m[0].toLowerCase().replace(/’/g, "'");
    if (w.endsWith("'s") && w.length > 2) w = w.slice(0, -2);
    out.push({ w, start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  return out;
}

/** A Latin abbreviation written with full stops ("u.s.", "u.k."). */
const DOTTED_LATIN = /^(?:[a-z]\.)+[a-z]?$/;

/** The punctuation that ends a clause between two words, by set: `plain` ,;:.!? ; `paren` and brackets; `dash` and dashes. */
const CLAUSE_BREAKS = { plain: /[,;:.!?]/, paren: /[,;:.!?()]/, dash: /[,;:.!?—–]/ } as const;

/**
 * Whether a clause ends between words `a` and `b` of `text` (a punctuation mark of the set `marks`
 * stands between the end of `words[a]` and the start of `words[b]`).
 */
export function clauseBreakBetween(text: string, words: readonly Word[], a: number, b: number, marks: keyof typeof CLAUSE_BREAKS = 'plain'): boolean {
  return CLAUSE_BREAKS[marks].test(text.slice(words[a]!.end, words[b]!.start));
}

/** A phrase of a data file: its words ("*" = one or two words) and its row. */
interface Phrase<T> {
  words: string[];
  row: T;
}

/** Characters a stem word ("освобо~") must have before its "~", and the key length of the stem index. */
const STEM_KEY = 3;

/**
 * Longest-match phrase matcher keyed by first word. A pattern word ending in "~" is a stem: it
 * matches every word that starts with it ("освобо~" matches освободили, освобождён, освобождение),
 * for the inflected words of Russian and Ukrainian.
 */
export class PhraseMatcher<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  /** Phrases whose first word is a stem, keyed by the stem's first STEM_KEY characters. */
  private byStem = new Map<string, Phrase<T>[]>();

  add(phrase: string, row: T): void {
    // A Latin abbreviation written with full stops ("u.s.", "u.k.") splits as the word scanner splits it
    // ("U.S." → "u", "s"), so it matches; other words (stems, wildcards, Cyrillic "т.в.о.") are kept whole.
    const words = phrase.toLowerCase().split(/\s+/).flatMap((w) => (DOTTED_LATIN.test(w) ? w.split('.') : [w])).filter(Boolean);
    if (words.length === 0 || words[0] === '*') return;
    const first = words[0]!;
    const stem = first.endsWith('~');
    if (stem && first.length - 1 < STEM_KEY) throw new Error(`sitrep: stem "${first}" of "${phrase}" is shorter than ${STEM_KEY} letters`);
    const map = stem ? this.byStem : this.byFirst;
    const key = stem ? first.slice(0, STEM_KEY) : first;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    // longest first; among equal lengths in the order added (what a stable sort after each push
    // gave, without sorting the whole list again on every add: a common first word has hundreds)
    let at = list.length;
    while (at > 0 && list[at - 1]!.words.length < words.length) at--;
    list.splice(at, 0, { words, row });
  }

  /** Matches at word `i`: the longest phrase and the index after its last word, or null. */
  matchAt(words: Word[], i: number): { row: T; end: number } | null {
    const w = words[i]!.w;
    const list = this.byFirst.get(w);
    const stems = this.byStem.size > 0 && w.length >= STEM_KEY ? this.byStem.get(w.slice(0, STEM_KEY)) : undefined;
    if (!list && !stems) return null;
    let best: { row: T; end: number } | null = null;
    for (const l of [list, stems]) {
      if (!l) continue;
      for (const p of l) {
        const end = matchWords(words, i, p.words, 0);
        if (end >= 0 && (!best || end > best.end)) best = { row: p.row, end };
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(words: Word[]): { row: T; from: number; to: number }[] {
    const out: { row: T; from: number; to: number }[] = [];
    for (let i = 0; i < words.length; ) {
      const m = this.matchAt(words, i);
      if (m) {
        out.push({ row: m.row, from: i, to: m.end });
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** Index after matching `pat[k..]` at `words[i..]`, or -1 ("*" takes one or two words, longest first). */
function matchWords(words: Word[], i: number, pat: string[], k: number): number {
  if (k === pat.length) return i;
  if (i >= words.length) return -1;
  if (pat[k] === '*') {
    for (const n of [2, 1]) {
      if (i + n > words.length) continue;
      const r = matchWords(words, i + n, pat, k + 1);
      if (r >= 0) return r;
    }
    return -1;
  }
  const p = pat[k]!;
  const hit = p.endsWith('~') ? words[i]!.w.startsWith(p.slice(0, -1)) : words[i]!.w === p;
  return hit ? matchWords(words, i + 1, pat, k + 1) : -1;
}


/**
 * One word of the data files' other stem convention (weapon kinds, frames, subject and
 * responsibility rows, …): a STEM that any word starting with it matches, or, written with a
 * trailing "=", a whole word.
 */
export interface StemWord { stem: string; whole: boolean }

/** Reads one word of that convention: "вырос=" is the whole word «вырос», "ракет" a stem. */
export function stemWord(w: string): StemWord {
  return w.endsWith('=') ? { stem: w.slice(0, -1), whole: true } : { stem: w, whole: false };
}

/** Reads a stem phrase of that convention ("по последним данным", "вырос="): words separated by spaces. */
export function stemPhrase(phrase: string): StemWord[] {
  return phrase.split(' ').filter(Boolean).map(stemWord);
}

/** Whether the lower-case word `w` matches the stem word `p` (starts with it, or is it when whole). */
export function stemWordHit(w: string, p: StemWord): boolean {
  return p.whole ? w === p.stem : w.startsWith(p.stem);
}

/** Whether the stem phrase `row` matches the words `ws` from index `i` on. */
export function stemPhraseAt(ws: readonly string[], i: number, row: readonly StemWord[]): boolean {
  return row.every((p, k) => {
    const w = ws[i + k];
    return w !== undefined && stemWordHit(w, p);
  });
}
