/**
 * The author stage's data: actor names and official bodies (data/actors.tsv), outlet words
 * (data/outlet-words.txt), heading nouns (data/author-headings.txt), status phrases
 * (data/status-phrases.tsv, status-phrases-ruuk.tsv, control-phrases.tsv) and event verbs (data/event-verbs.txt). Loaded once, read-only.
 */
import { table, wordSet } from '../../lexicon/index.js';

/** Lower-case words of a name or phrase, possessive 's removed (as data/actors.tsv is written). */
export function nameWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().replace(/’/g, "'").matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
    let w = m[0];
    if (w.endsWith("'s") && w.length > 2) w = w.slice(0, -2);
    out.push(w);
  }
  return out;
}

interface AuthorLexicon {
  /** actors.tsv phrases that make a name an actor: every `name` row that is not an outlet, and
   *  `role` rows of official bodies (official = yes). Value: the row's kind. */
  actors: Map<string, 'name' | 'role'>;
  /** Longest actor phrase, in words. */
  maxWords: number;
  outletWords: Set<string>;
  /** Phrases of data/outlet-exceptions.txt ("press service"), as word arrays. */
  officePhrases: string[][];
  /** Heading nouns, longest first, as word arrays. */
  headings: string[][];
  /** Status phrases as one case-insensitive regular expression over words. */
  /** Whether a text holds a status or control phrase (English, Russian or Ukrainian). */
  status: { test(text: string): boolean };
  eventVerbs: Set<string>;
  /** Russian and Ukrainian attack, blowing-up and weapon stems (data/responsibility-ruuk.tsv), tested on lower-cased Cyrillic text. */
  eventStems: RegExp;
  /** Reporting verbs of data/cue-verbs.tsv that take a clause ("says", "reports that"). */
  reportVerbs: Set<string>;
}

/** A Cyrillic letter. */
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The pattern source of a phrase list: `(?<![letter])(?:phrase|…)(?![letter])`, longest phrase
 * first, words joined by `\s+`. A word `*` stands for one or two words; a word ending in "~" is a
 * stem ("освобо~"). `letter` is the class of a word letter: all of Unicode (`\p{L}\p{N}`, for the
 * `u` flag) for English, the Cyrillic block (and Latin letters and digits) for Russian and
 * Ukrainian, which compiles and runs far faster.
 */
export function phrasePattern(list: readonly (string | undefined)[], letter: string): string {
  const alts: string[] = [];
  for (const phrase of list) {
    if (!phrase) continue;
    const words = phrase.split(' ').map((w) =>
      w === '*' ? `[${letter}'ʼ-]+(?:\\s+[${letter}'ʼ-]+)?` : w.endsWith('~') ? `${w.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[${letter}]*` : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    alts.push(words.join('\\s+'));
  }
  alts.sort((a, b) => b.length - a.length);
  return `(?<![${letter}])(?:${alts.join('|')})(?![${letter}])`;
}

/**
 * Characters that case-insensitive Unicode matching (`iu`) equates with an ASCII letter, or whose
 * lower case is ASCII or longer: long s (= s), the Kelvin sign (= k), dotted and dotless I. A text
 * holding one is tested with the whole `iu` pattern.
 */
const ODD_CASE = /[\u017f\u212a\u0130\u0131]/;

/**
 * A test equal to `new RegExp(phrasePattern(phrases, '\\p{L}\\p{N}'), 'iu').test(text)` for phrases
 * of ASCII words, that never compiles that pattern for ordinary text: compiling it (480 phrases, case-insensitive Unicode)
 * cost each analysis thread 1–4 s of CPU on its first own-voice sentence, in the middle of a
 * document's time budget. Instead the phrases are grouped by their first word; the lower-cased text
 * is scanned for first words (after no ASCII letter or digit), and only there the small,
 * case-sensitive pattern of that word's phrases runs, anchored (compiled on first use, well under a
 * millisecond each). Exact: every match starts with a phrase's first word, no character but an
 * ASCII letter's own two cases matches it under `iu` or lower-cases to it except `ODD_CASE`, and
 * lower-casing keeps the text's length and which characters are letters.
 */
export function englishStatusTest(phrases: readonly (string | undefined)[]): (text: string) => boolean {
  const LETTER = '\\p{L}\\p{N}';
  let whole: RegExp | null = null;
  const wholeTest = (text: string): boolean => (whole ??= new RegExp(phrasePattern(phrases, LETTER), 'iu')).test(text);
  const groups = new Map<string, string[]>(); // first word (lower case) → its phrases (lower case)
  for (const p of phrases) {
    if (!p) continue;
    const lower = p.toLowerCase();
    const first = lower.split(' ')[0]!;
    if (!/^[a-z][a-z'-]*$/.test(first) || /[^\x20-\x7e]/.test(lower)) return wholeTest; // a phrase the scan cannot check
    const list = groups.get(first) ?? [];
    list.push(lower);
    groups.set(first, list);
  }
  const byChar = new Map<number, { word: string; re: RegExp | null; phrases: string[] }[]>();
  for (const [word, list] of groups) {
    const c = word.charCodeAt(0);
    const entries = byChar.get(c) ?? [];
    entries.push({ word, re: null, phrases: list });
    byChar.set(c, entries);
  }
  const asciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (text: string): boolean => {
    if (ODD_CASE.test(text)) return wholeTest(text);
    const low = text.toLowerCase();
    const n = low.length;
    for (let p = 0; p < n; p++) {
      const entries = byChar.get(low.charCodeAt(p));
      if (entries === undefined || (p > 0 && asciiWordChar(low.charCodeAt(p - 1)))) continue;
      for (const e of entries) {
        if (!low.startsWith(e.word, p)) continue;
        e.re ??= new RegExp(phrasePattern(e.phrases, LETTER), 'uy');
        e.re.lastIndex = p;
        if (e.re.test(low)) return true;
      }
    }
    return false;
  };
}

let cached: AuthorLexicon | null = null;

/** The author stage's lexicon (built on first use). */
export function authorLexicon(): AuthorLexicon {
  if (cached) return cached;
  const outletWords = wordSet('outlet-words.txt');
  const actors = new Map<string, 'name' | 'role'>();
  let maxWords = 1;
  for (const [phrase, kind, , official, affiliation] of table('actors.tsv')) {
    if (!phrase) continue;
    const outlet = nameWords(`${phrase} ${affiliation ?? ''}`).some((w) => outletWords.has(w));
    if (outlet) continue;
    if (kind === 'name' || ((kind === 'role' || kind === 'office') && official === 'yes')) {
      actors.set(phrase, kind === 'name' ? 'name' : 'role');
      maxWords = Math.max(maxWords, phrase.split(' ').length);
    }
  }
  const headings = [...wordSet('author-headings.txt')].map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
  // English status phrases and English control phrases, tested case-insensitively (englishStatusTest);
  // Russian and Ukrainian status and control phrases (not the qualifier rows of control-phrases.tsv)
  // in a case-sensitive pattern that is tested on lower-cased Cyrillic text only: a case-insensitive
  // Unicode pattern over Cyrillic alternatives is slow to compile and to run.
  const control = table('control-phrases.tsv').filter((r) => r[2] !== 'full' && r[2] !== 'exclude');
  const englishPhrases = [...table('status-phrases.tsv').map((r) => r[0]), ...control.filter((r) => r[0] === 'en').map((r) => r[1])];
  const cyrillic = new RegExp(phrasePattern([...table('status-phrases-ruuk.tsv').map((r) => r[1]), ...control.filter((r) => r[0] !== 'en').map((r) => r[1])], '\\u0400-\\u04ffa-z0-9'));
  const englishTest = englishStatusTest(englishPhrases);
  const status = { test: (text: string): boolean => englishTest(text) || (CYRILLIC.test(text) && cyrillic.test(text.toLowerCase())) };
  const reportVerbs = new Set<string>();
  for (const [lemma, cls, frames] of table('cue-verbs.tsv')) {
    if (lemma && cls !== 'thought' && (frames ?? '').split(',').includes('that')) reportVerbs.add(lemma.toLowerCase());
  }
  const officePhrases = [...wordSet('outlet-exceptions.txt')].map((p) => p.split(' '));
  // a word starting with a stem ("обстрел" → "обстреляли"), or the whole word for a row ending in "="
  const stems = table('responsibility-ruuk.tsv').filter((r) => r[1] === 'attack' || r[1] === 'blast' || r[1] === 'weapon').map((r) => r[0]!.split(' ')[0]!.replace(/ё/g, 'е'));
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const eventStems = new RegExp(`(?<![\\u0400-\\u04ff])(?:${[...new Set(stems)].map((w) => (w.endsWith('=') ? `${esc(w.slice(0, -1))}(?![\\u0400-\\u04ff])` : esc(w))).join('|')})`);
  cached = { actors, maxWords, outletWords, officePhrases, headings, status, eventVerbs: wordSet('event-verbs.txt'), eventStems, reportVerbs };
  return cached;
}

/** How a name relates to the actor lists: 'outlet' (a word of outlet-words.txt), 'actor' (an
 *  actors.tsv name or official body), or null (neither: a person's byline, an unknown site). */
export function classifyName(name: string): 'outlet' | 'actor' | null {
  const lex = authorLexicon();
  const words = nameWords(name);
  // Words of an office phrase ("press service") are not outlet words.
  const office = new Set<number>();
  for (const ex of lex.officePhrases) {
    for (let i = 0; i + ex.length <= words.length; i++) {
      if (ex.every((w, j) => words[i + j] === w)) for (let j = 0; j < ex.length; j++) office.add(i + j);
    }
  }
  if (words.some((w, i) => !office.has(i) && lex.outletWords.has(w))) return 'outlet';
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(lex.maxWords, words.length - i); n >= 1; n--) {
      if (lex.actors.has(words.slice(i, i + n).join(' '))) return 'actor';
    }
  }
  return null;
}
