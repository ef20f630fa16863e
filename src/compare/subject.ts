/**
 * The subject gate of compare's facts (issue 10 for Russian and Ukrainian, issue 9 item 4 for
 * English): real channel posts and real news mix the war between Russia and Ukraine with fires,
 * crashes, crimes, campaigns, strikes of workers, sports and other wars, and the ledger's disputes
 * are about this war only. One loader reads one list per language, in one format:
 * data/war-subject-ruuk.tsv for Cyrillic text, data/war-subject-en.tsv for the rest. A claim is
 * about the war when its paragraph or its document's first line (and, in English, the lede after
 * a headline) holds an anchor word (ВСУ, Украина,
 * Минобороны; Ukraine, Kyiv, defence ministry ...), or enough military words (беспилотник, ракета;
 * drone, missile, shelling: one in Russian and Ukrainian, two in English, whose political prose
 * uses single war words as metaphors) and no word of another war (Израиль, сектор Газа; Gaza,
 * Syria), or its speaker is named with an anchor word (Минобороны России, Ukraine's military). A
 * claim placed in Ukraine passes without this gate (src/compare/facts.ts), and so does an English
 * one placed in a Russian border region of the theatre (data/place-war-theatre.tsv); a Russian or
 * Ukrainian one placed there, or an English one in a document with an anchor word elsewhere, needs
 * one military word fewer (never none).
 * Pure; `warSubjectIn` scans each paragraph and the document's first line once per analysis.
 */
import type { Analysis } from '../analyze/types.js';
import { table } from '../lexicon/index.js';
import { memo } from './docindex.js';
import { stemPhrase, stemPhraseAt, wordsOf, type StemWord } from './lexicon.js';
import { hasCyrillic } from '../util/index.js';

/**
 * `body`: a body of a state's forces ("Минобороны", "генштаб"), an anchor unless the next two words
 * name another war's country («Минобороны Сирии»);
 * `weapon` (English): a military word with no everyday sense, enough alone (counts as `MILITARY_NEEDED`);
 * `none`: a phrase whose war word has an everyday sense ("bricks and mortar"): it counts as nothing
 * and its words are not read again.
 */
type SubjectClass = 'anchor' | 'body' | 'military' | 'weapon' | 'other' | 'none';
/** The lists by script: Cyrillic text is read with the Russian and Ukrainian list, other text with the English one. */
type SubjectLang = 'ruuk' | 'en';
interface SubjectRow { words: StemWord[]; cls: SubjectClass }

/** The data file of each list. */
const FILES: Record<SubjectLang, string> = { ruuk: 'war-subject-ruuk.tsv', en: 'war-subject-en.tsv' };
/**
 * How many military words (paragraph and first line together) make a text about the war when it
 * names no other war: one in Russian and Ukrainian posts (data/war-subject-ruuk.tsv), two in
 * English (see data/war-subject-en.tsv: "a long counteroffensive by the governor").
 */
const MILITARY_NEEDED: Record<SubjectLang, number> = { ruuk: 1, en: 2 };
/**
 * Whether the document's lede (the paragraph right after a first line that stands alone) counts
 * with its first line: a news story's headline is often a teaser ("Mothers of conscripts ask where
 * their sons are") and its lede states the subject. Channel posts (Russian, Ukrainian) have no
 * lede: their first line only, as measured on real posts (docs/ru-corpus-disputes-check.md).
 */
const LEDE: Record<SubjectLang, boolean> = { ruuk: false, en: true };
/**
 * Whether a claim placed in a Russian border region of the theatre is about the war without any
 * word of it: in English, yes (the English-language press reports on Tetkino or Sudzha because of
 * the war: "Officials said 40 civilians were killed near Sudzha"); in Russian and Ukrainian, no
 * (local channels report fires and crashes there every day): one military word fewer, never none.
 */
const THEATRE_SUFFICES: Record<SubjectLang, boolean> = { ruuk: false, en: true };

let theatreRegions: Set<string> | null = null;
/** The Russian regions of the war's theatre (`region` rows of data/place-war-theatre.tsv: the border regions, Krasnodar). */
function theatre(): Set<string> {
  return (theatreRegions ??= new Set(table('place-war-theatre.tsv').filter((r) => r[0] === 'region' && r[1]).map((r) => r[1]!)));
}

/**
 * Whether one of `places` lies in the war's theatre outside Ukraine (a Russian border region of
 * data/place-war-theatre.tsv: "Tetkino", "the Kursk region"): in English such a claim is about the
 * war; in Russian and Ukrainian it needs one military word fewer, never none (`THEATRE_SUFFICES`).
 */
export function inWarTheatre(places: readonly { admin1: string | null }[]): boolean {
  const t = theatre();
  return places.some((p) => p.admin1 !== null && t.has(p.admin1));
}


/** Rows of one list, indexed by the first two letters of their first word. */
const lists = new Map<SubjectLang, Map<string, SubjectRow[]>>();
function subjectRows(lang: SubjectLang): Map<string, SubjectRow[]> {
  const have = lists.get(lang);
  if (have) return have;
  const out = new Map<string, SubjectRow[]>();
  const file = FILES[lang];
  for (const [stem, cls] of table(file)) {
    if (!stem || stem.length < 2 || (cls !== 'anchor' && cls !== 'body' && cls !== 'military' && cls !== 'weapon' && cls !== 'other' && cls !== 'none')) throw new Error(`sitrep: data/${file}: bad row "${stem}"`);
    const row: SubjectRow = { words: stemPhrase(stem), cls };
    const key = row.words[0]!.stem.slice(0, 2);
    const l = out.get(key);
    if (l) l.push(row);
    else out.set(key, [row]);
  }
  lists.set(lang, out);
  return out;
}

/** What a span of text holds: an anchor word, how many military words, a word of another war. */
interface Scan { anchor: boolean; military: number; other: boolean }

/** Scans text[from, to) with the list of its script (see `FILES`). */
function scan(text: string, from: number, to: number): Scan {
  const out: Scan = { anchor: false, military: 0, other: false };
  const lang: SubjectLang = hasCyrillic(text.slice(from, to)) ? 'ruuk' : 'en';
  const rows = subjectRows(lang);
  // "pro-Ukrainian channels", "anti-Russian": the word after a pro-/anti- prefix is read (lane respEN)
  const ws = wordsOf(text, from, to).map((w) => (lang === 'ruuk' ? w.w.replace(/ё/g, 'е') : w.w.replace(/^(?:pro|anti)-(?=\p{L}{3})/u, '')));
  /** Whether the rows of the phrase at word `k` include an `other` one (another war's word). */
  const otherAt = (k: number): boolean => (rows.get(ws[k]?.slice(0, 2) ?? '') ?? []).some((r) => r.cls === 'other' && stemPhraseAt(ws, k, r.words));
  for (let i = 0; i < ws.length; i++) {
    let military = 0; // the words of the longest military or weapon row matched here
    let weapon = false;
    let none = 0; // the words of a `none` phrase matched here
    for (const r of rows.get(ws[i]!.slice(0, 2)) ?? []) {
      if (!stemPhraseAt(ws, i, r.words)) continue;
      if (r.cls === 'none') none = Math.max(none, r.words.length);
      else if (r.cls === 'anchor') out.anchor = true;
      // «генштаба сирийской армии», «Минобороны Сирии»: another country's body, not this war's
      else if (r.cls === 'body') out.anchor ||= !otherAt(i + r.words.length) && !otherAt(i + r.words.length + 1);
      else if (r.cls === 'other') out.other = true;
      else {
        military = Math.max(military, r.words.length);
        if (r.cls === 'weapon') weapon = true;
      }
    }
    // an everyday phrase ("bricks and mortar") counts as nothing, and its words are not read again
    if (none > 0) {
      i += none - 1;
      continue;
    }
    // a phrase counts once, and its words are not counted again ("glide bomb", "air defence");
    // a weapon word is enough alone
    if (military > 0) {
      out.military += weapon ? MILITARY_NEEDED[lang] : 1;
      i += military - 1;
    }
  }
  return out;
}

/** The paragraph of `text` around [start, end): from the blank line before to the blank line after. */
function paragraphOf(text: string, start: number, end: number): [number, number] {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after];
}

/** The verdict, with `scanOf` giving the scan of a span (memoised or not). */
function verdict(text: string, start: number, end: number, speaker: string, theatrePlace: boolean, scanOf: (a: number, b: number) => Scan, docAnchor: () => boolean): 'war' | 'other' | 'unknown' {
  const [a, b] = paragraphOf(text, start, Math.max(start, end));
  // a speaker of this war's forces ("Минобороны России", "Ukraine's military") says it
  if (speaker && scan(speaker, 0, speaker.length).anchor) return 'war';
  const lang: SubjectLang = hasCyrillic(text.slice(a, b)) ? 'ruuk' : 'en';
  if (theatrePlace && THEATRE_SUFFICES[lang]) return 'war';
  const parts = [scanOf(a, b)];
  const nl = text.indexOf('\n');
  if (nl >= 0 && nl < a) {
    parts.push(scanOf(0, nl));
    // the lede: the paragraph after a first line that stands alone, when the claim is after it
    if (LEDE[lang] && text.startsWith('\n', nl + 1)) {
      const [la, lb] = paragraphOf(text, nl + 2, nl + 2);
      if (lb < a) parts.push(scanOf(la, lb));
    }
  }
  const anchor = parts.some((p) => p.anchor);
  const other = parts.some((p) => p.other);
  const military = parts.reduce((n, p) => n + p.military, 0);
  if (anchor) return 'war';
  if (!other && military > 0) {
    // one military word fewer in the theatre outside Ukraine, or in a story that names the war
    // elsewhere ("Russian drones crossed into Poland" in a story quoting Zelensky), never none
    let needed = MILITARY_NEEDED[lang] - (theatrePlace ? 1 : 0);
    if (military < needed && needed > 1 && docAnchor()) needed--;
    if (military >= Math.max(1, needed)) return 'war';
  }
  return other ? 'other' : 'unknown';
}

/**
 * Whether a claim whose content spans [start, end) of `text` is about the war (see the module
 * comment); `speaker` (the speaker's name, words and affiliation) counts too: an anchor word in it
 * ("Минобороны России", "Ukraine's military") says so.
 */
export function aboutTheWar(text: string, start: number, end: number, speaker = ''): boolean {
  return warSubject(text, start, end, speaker) === 'war';
}

/**
 * As `aboutTheWar`, in three answers: `war`; `other` when the claim names another war or conflict
 * and nothing of this one; `unknown` when it names neither (a lone "Обстановка стабильная", a
 * campaign's "counteroffensive"). `theatrePlace`: the claim is placed in the war's theatre outside
 * Ukraine (`inWarTheatre`).
 */
export function warSubject(text: string, start: number, end: number, speaker = '', theatrePlace = false): 'war' | 'other' | 'unknown' {
  return verdict(text, start, end, speaker, theatrePlace, (a, b) => scan(text, a, b), () => scan(text, 0, text.length).anchor);
}

/**
 * `warSubject` for a claim of `analysis`: each paragraph and the first line are scanned once per
 * analysis, however many claims they hold.
 */
export function warSubjectIn(analysis: Analysis, start: number, end: number, speaker = '', theatrePlace = false): 'war' | 'other' | 'unknown' {
  const scans = memo(analysis, 'subject:scans', () => new Map<number, Scan>());
  const text = analysis.text;
  return verdict(text, start, end, speaker, theatrePlace, (a, b) => {
    const key = a * (text.length + 1) + b;
    let s = scans.get(key);
    if (!s) scans.set(key, (s = scan(text, a, b)));
    return s;
  }, () => documentScan(analysis).anchor);
}

/** The scan of a whole document, once per analysis. */
function documentScan(analysis: Analysis): Scan {
  return memo(analysis, 'subject:document', () => scan(analysis.text, 0, analysis.text.length));
}
