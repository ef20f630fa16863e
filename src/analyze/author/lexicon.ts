/**
 * The author stage's data: actor names and official bodies (data/actors.tsv), outlet words
 * (data/outlet-words.txt), heading nouns (data/author-headings.txt), status phrases
 * (data/status-phrases.tsv, status-phrases-ruuk.tsv, control-phrases.tsv) and event verbs (data/event-verbs.txt). Loaded once, read-only.
 */
import { morph, morphologyLoaded } from '../ruuk/morph.js';
import { table, wordSet } from '../../lexicon/index.js';
import { PhraseMatcher, stemPhrase, stemWord, wordsOf } from '../../lexicon/phrases.js';
import { escapeRegExp } from '../../util/index.js';
import { zeroTollAt } from '../../lexicon/zero-toll.js';

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
  /** The Russian and Ukrainian zero tolls of data/zero-figures.tsv («пострадавших нет», «жертв немає»): a figure of zero, so a claimable sentence. */
  zeroToll: { test(text: string): boolean };
  /** The Russian and Ukrainian no-damage phrases of data/outcome-words.tsv (`nodamage`: «суттєвих наслідків не спричинили», «объект не разрушен»): a strike's outcome, so a claimable sentence (lane outcome); and an object word with an outcome word of data/object-outcomes.tsv («экипаж жив», «корабль получил повреждения»; lane fate10). */
  noDamage: { test(text: string): boolean };
  eventVerbs: Set<string>;
  /** Russian and Ukrainian attack, blowing-up and weapon stems (data/responsibility-ruuk.tsv), tested on lower-cased Cyrillic text. */
  eventStems: RegExp;
  /** Russian and Ukrainian side words of data/ruuk-own-voice.tsv ("украинское руководство", "киевского режима"), tested like `eventStems`: they anchor a sentence as a place does. */
  sideStems: RegExp;
  /** Reporting verbs of data/cue-verbs.tsv that take a clause ("says", "reports that"). */
  reportVerbs: Set<string>;
  /**
   * A sentence's closing source tail in Russian or Ukrainian ("… – источник 112.", "… — джерела
   * видання"): a dash and a source noun of data/ruuk-own-voice.tsv (kind `tail`) to the end of the
   * sentence. It names who told the author, so it is no part of the author's claim.
   */
  sourceTail: RegExp;
  /**
   * A blanket denial of a report (data/rebut-cues.tsv `cue` rows that need nothing else: "another
   * canard", «ничего общего с действительностью не имеют»), tested on lower-cased text: an own-voice
   * sentence that says one is the author's claim (src/compare/rebut.ts sets it against the report).
   */
  denial: { test(text: string): boolean };
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
  // English, Russian and Ukrainian status and control phrases (not the qualifier rows of
  // control-phrases.tsv), matched word by word as compare matches them (src/lexicon/phrases.ts).
  // One regular expression over these ~1,600 phrases with their "*" gaps backtracked for seconds on
  // a long post.
  const control = table('control-phrases.tsv').filter((r) => r[2] !== 'full' && r[2] !== 'exclude' && r[2] !== 'partial');
  const matcher = new PhraseMatcher<true>();
  for (const phrase of [...table('status-phrases.tsv').map((r) => r[0]), ...table('status-phrases-ruuk.tsv').map((r) => r[1]), ...control.map((r) => r[1])]) {
    if (phrase) matcher.add(phrase, true);
  }
  // Russian predicates by lemma (data/status-lemmas-ruuk.tsv), as compare reads them: "попали в
  // окружение", "уходят из деревни" make a sentence the author's claim as the phrases do
  const lemmaMatcher = new PhraseMatcher<true>();
  for (const r of table('status-lemmas-ruuk.tsv')) if (r[1]) lemmaMatcher.add(r[1], true);
  const status = {
    test: (text: string): boolean => {
      const words = wordsOf(text);
      for (let i = 0; i < words.length; i++) if (matcher.matchAt(words, i)) return true;
      if (!morphologyLoaded() || !/[\u0400-\u04ff]/.test(text)) return false;
      const lemmas = words.map((w) => ({ ...w, w: (/^[а-яё]+(?:-[а-яё]+)*$/.test(w.w) ? morph(w.w)?.lemma : null) ?? w.w }));
      for (let i = 0; i < lemmas.length; i++) if (lemmaMatcher.matchAt(lemmas, i)) return true;
      return false;
    },
  };
  // a zero toll read as compare's figures read it (src/lexicon/zero-toll.ts): not «информации о
  // погибших нет» (nothing known) nor «тяжело раненых нет» (a narrower tally); the caller tests
  // Cyrillic text only
  const zeroToll = {
    test: (text: string): boolean => {
      const words = wordsOf(text.toLowerCase().replace(/ё/g, 'е'));
      // (past a phrase found, as figures.ts reads it: «погибших и пострадавших нет» is not tried again at «пострадавших»)
      for (let i = 0; i < words.length; i++) {
        const t = zeroTollAt(words, i);
        if (t?.zero) return true;
        if (t) i = t.end - 1;
      }
      return false;
    },
  };
  // the Cyrillic `nodamage` rows of compare's outcome cues, read as compare reads them (a "~" word
  // is a stem, any other a whole word), on lower-cased text with ё folded to е
  const noDamageRows = table('outcome-words.tsv')
    .filter((r) => r[1] === 'nodamage' && /[\u0400-\u04ff]/.test(r[0] ?? ''))
    .map((r) => r[0]!.toLowerCase().replace(/ё/g, 'е').split(/\s+/));
  // (lane fate10) and what an attack did to one object, of data/object-outcomes.tsv: an object word
  // and an outcome word in one sentence («По нашим данным, экипаж жив», «корабль получил
  // повреждения», «корабель знищено»), the object outcome compare reads
  const objectRows = table('object-outcomes.tsv').filter((r) => /[\u0400-\u04ff]/.test(r[0] ?? ''));
  const crewRows = objectRows.filter((r) => r[1] === 'object').map((r) => r[0]!.toLowerCase().replace(/ё/g, 'е').split(/\s+/));
  // (not with a weapon word: «все катера уничтожены огнём корабля» is an interception)
  const weaponRows = objectRows.filter((r) => r[1] === 'weapon').map((r) => r[0]!.toLowerCase().replace(/ё/g, 'е').split(/\s+/));
  const fateRows = objectRows.filter((r) => r[1] === 'alive' || r[1] === 'lost' || r[1] === 'destroyed' || r[1] === 'damaged' || r[1] === 'none').map((r) => r[0]!.toLowerCase().replace(/ё/g, 'е').split(/\s+/));
  const noDamage = {
    test: (text: string): boolean => {
      const words = wordsOf(text.toLowerCase().replace(/ё/g, 'е')).map((w) => w.w);
      const at = (rows: string[][]): boolean => words.some((_, i) => rows.some((row) => row.every((p, k) => {
        const w = words[i + k];
        return w !== undefined && (p.endsWith('~') ? w.startsWith(p.slice(0, -1)) : w === p);
      })));
      return at(noDamageRows) || (at(crewRows) && at(fateRows) && !at(weaponRows));
    },
  };
  const reportVerbs = new Set<string>();
  for (const [lemma, cls, frames] of table('cue-verbs.tsv')) {
    if (lemma && cls !== 'thought' && (frames ?? '').split(',').includes('that')) reportVerbs.add(lemma.toLowerCase());
  }
  const officePhrases = [...wordSet('outlet-exceptions.txt')].map((p) => p.split(' '));
  // a word starting with a stem ("обстрел" → "обстреляли"), or the whole word for a row ending in "="
  const stems = table('responsibility-ruuk.tsv').filter((r) => r[1] === 'attack' || r[1] === 'blast' || r[1] === 'weapon').map((r) => r[0]!.split(' ')[0]!.replace(/ё/g, 'е'));
  // and the own-voice event words of data/ruuk-own-voice.tsv (shooting down, destroying, casualties, terror)
  const own = table('ruuk-own-voice.tsv');
  for (const [stem, kind] of own) {
    if (kind !== 'event' && kind !== 'anchor' && kind !== 'tail') throw new Error(`sitrep: data/ruuk-own-voice.tsv: bad kind "${kind}" for "${stem}"`);
    if (kind === 'event') stems.push(stem!.replace(/ё/g, 'е'));
  }
  const alternation = (list: string[]): string =>
    [...new Set(list)].map(stemWord).map((s) => `${escapeRegExp(s.stem).replace(/ /g, '\\s+')}${s.whole ? '(?![\\u0400-\\u04ff])' : ''}`).join('|');
  const eventStems = new RegExp(`(?<![\\u0400-\\u04ff])(?:${alternation(stems)})`);
  const sideStems = new RegExp(`(?<![\\u0400-\\u04ff])(?:${alternation(own.filter((r) => r[1] === 'anchor').map((r) => r[0]!.replace(/ё/g, 'е')))})`);
  const tails = own.filter((r) => r[1] === 'tail').map((r) => escapeRegExp(r[0]!));
  const sourceTail = new RegExp(`\\s*,?\\s+[-–—]\\s+(?:${tails.join('|')})[\\u0400-\\u04ff]*(?![\\u0400-\\u04ff])[^.!?\\n]{0,60}[.!?]?\\s*$`, 'iu');
  // each row's words: a stem with any ending, or a whole word ("canard="); words apart by white space
  const denialWords = table('rebut-cues.tsv').filter((r) => r[0] === 'cue' && r[1] && !r[2]).map((r) => stemPhrase(r[1]!.toLowerCase()));
  const denialRows = denialWords.map((ws) => ws.map((s) => `${escapeRegExp(s.stem)}${s.whole ? '(?![\\p{L}\\p{N}])' : '[\\p{L}\\p{N}]*'}`).join('\\s+'));
  const denialRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${denialRows.join('|')})`, 'u');
  // Fast path, same answers: a match holds every word of its row as written (a stem, or a whole
  // word without its "="), so a text holding no row's longest word cannot match. The expression
  // (a look-behind tried at every position, then every row) runs only on the few texts that hold one.
  const denialKeys = [...new Set(denialWords.map((ws) => ws.map((s) => s.stem).reduce((a, b) => (b.length > a.length ? b : a))))];
  const denial = { test: (text: string): boolean => denialKeys.some((k) => text.includes(k)) && denialRe.test(text) };
  cached = { actors, maxWords, outletWords, officePhrases, headings, status, zeroToll, noDamage, eventVerbs: wordSet('event-verbs.txt'), eventStems, sideStems, reportVerbs, sourceTail, denial };
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
