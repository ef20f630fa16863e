/**
 * Fighting for a place said to go on, by its two parts in either order ("бої точаться", "точаться
 * бої", "оборона триває", "its defence was continuing"): the place is contested. The words are data
 * (data/control-contest.tsv); this module finds a noun of fighting and a verb of going on within a
 * few words of each other in one clause, with only auxiliaries, adverbs of still, adjectives of
 * fighting and one locative phrase naming a place ("Бои в Часовом Яре продолжаются", «Бои на окраинах
 * Торецка продолжаются»: area nouns may stand before the place) between them. A
 * verb in the past tense ("fighting raged", «бои шли») counts only with an adverb of still and no
 * length of time or word of an end in its clause ("fighting raged for ten months", «бои шли десять
 * месяцев, прежде чем ...» look back on a battle); "continues to" with a verb other than a verb of
 * fighting ("the city's defence continues to be funded") is no fighting going on. Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { clauseBreakBetween, PhraseMatcher, wordsOf, type Word } from './lexicon.js';

type ContestClass = 'fight' | 'defence' | 'goes-on' | 'between' | 'possessive' | 'locative' | 'area';
const CLASSES = new Set<ContestClass>(['fight', 'defence', 'goes-on', 'between', 'possessive', 'locative', 'area']);
/** Classes of the second matcher: words that tell the time of a verb of going on. */
type TimeClass = 'past' | 'still' | 'duration' | 'end' | 'infinitive' | 'after-infinitive' | 'negation' | 'no-longer' | 'contrast' | 'complementizer' | 'coordinator';
const TIME_CLASSES = new Set<TimeClass>(['past', 'still', 'duration', 'end', 'infinitive', 'after-infinitive', 'negation', 'no-longer', 'contrast', 'complementizer', 'coordinator']);

/** Words at most between the noun of fighting and the verb of going on ("бої ще тривають", "fighting has still been raging"), besides a locative phrase's place. */
const GAP_MAX = 3;
/** Words before the pair an adverb of still may stand («ещё шли бои»). */
const STILL_BEFORE = 2;
/** Words after a phrase of fighting within which a negated verb of going on turns it round («бои за Курахово больше не ведутся»). */
const NEGATED_REACH = 5;

interface ContestLexicon {
  words: PhraseMatcher<ContestClass>;
  time: PhraseMatcher<TimeClass>;
}

let lexicon: ContestLexicon | null = null;
/** The rows of data/control-contest.tsv, as two matchers (the parts and what may stand between; the words of time). */
function contestLexicon(): ContestLexicon {
  if (lexicon) return lexicon;
  const words = new PhraseMatcher<ContestClass>();
  const time = new PhraseMatcher<TimeClass>();
  for (const r of table('control-contest.tsv')) {
    const cls = r[1]!;
    if (!r[2] || !(CLASSES.has(cls as ContestClass) || TIME_CLASSES.has(cls as TimeClass))) throw new Error(`sitrep: data/control-contest.tsv: bad row "${r.join('\t')}"`);
    if (CLASSES.has(cls as ContestClass)) words.add(r[2], cls as ContestClass);
    else time.add(r[2], cls as TimeClass);
  }
  return (lexicon = { words, time });
}

/** A span of the text a place name covers. */
export interface PlaceSpan {
  start: number;
  end: number;
}

/**
 * The spans `[from, to)` (indexes into `words`, one content fragment's words, offsets into `text`) of
 * statements that fighting for a place goes on. `places` are the place names the analyzer found
 * (offsets into `text`): a locative phrase naming one may stand between the two parts.
 */
export function contestStatements(text: string, words: Word[], places: readonly PlaceSpan[] = []): { from: number; to: number }[] {
  const lex = contestLexicon();
  const found = lex.words.scan(words);
  const time = lex.time.scan(words);
  const timeAt = (k: number, cls: TimeClass): boolean => time.some((t) => t.row === cls && t.from === k);
  const out: { from: number; to: number }[] = [];
  const clauseBreak = (a: number, b: number): boolean => clauseBreakBetween(text, words, a, b, 'paren');
  for (const n of found) {
    if (n.row !== 'fight' && n.row !== 'defence') continue;
    if (n.row === 'defence' && !(n.from > 0 && found.some((p) => p.row === 'possessive' && p.to === n.from))) continue;
    for (const v of found) {
      if (v.row !== 'goes-on') continue;
      const [a, b] = v.from >= n.to ? [n, v] : [v, n];
      if (b.from < a.to || clauseBreak(a.to - 1, b.from)) continue;
      // only words of the `between` class between the two parts, and one locative phrase before a place
      let ok = true;
      let gap = 0;
      let located = false;
      for (let k = a.to; k < b.from && ok; ) {
        if (found.some((f) => f.row === 'between' && f.from === k)) {
          gap++;
          k++;
          continue;
        }
        const loc = found.find((f) => f.row === 'locative' && f.from === k);
        // (an area noun between the locative and the place: «на окраинах Торецка», "on the outskirts of Vovchansk")
        let at = loc ? loc.to : -1;
        while (loc && at < b.from && found.some((f) => f.row === 'area' && f.from === at)) at++;
        const place = loc && at < b.from ? places.find((p) => p.start === words[at]!.start) : undefined;
        if (!located && place) {
          located = true;
          gap++;
          k = loc!.to;
          while (k < b.from && words[k]!.end <= place.end) k++;
          continue;
        }
        ok = false;
      }
      if (!ok || gap > GAP_MAX) continue;
      // "continues to be funded": a verb of going on with an infinitive that is no verb of fighting
      if (timeAt(v.to, 'infinitive') && !timeAt(v.to + 1, 'after-infinitive')) continue;
      // a past tense looks back on a battle unless it says the fighting still went on, and then
      // not for a length of time or up to an end ("fighting raged for ten months", «шли ..., прежде чем»)
      if (timeAt(v.from, 'past')) {
        let s = a.from;
        while (s > 0 && a.from - s < STILL_BEFORE && !clauseBreak(s - 1, s)) s--;
        if (!time.some((t) => t.row === 'still' && t.from >= s && t.to <= b.to)) continue;
        let c0 = a.from;
        while (c0 > 0 && !clauseBreak(c0 - 1, c0)) c0--;
        let c1 = b.to;
        while (c1 < words.length && !clauseBreak(c1 - 1, c1)) c1++;
        // (the words of an end may open the next clause: «..., прежде чем город взяли»)
        if (time.some((t) => (t.row === 'duration' && t.from >= c0 && t.to <= c1) || (t.row === 'end' && t.from >= c0 && t.from <= c1))) continue;
      }
      out.push({ from: a.from, to: b.to });
      break;
    }
  }
  return out;
}

/**
 * The index after a negated verb of going on that follows a phrase of fighting ending at `words[to]`
 * in its clause («Бои за Курахово больше не ведутся», "fighting is no longer ongoing"): the fighting
 * has stopped, so the phrase states no contested place. -1 when none.
 */
export function goesOnNegatedAfter(text: string, words: Word[], to: number): number {
  const lex = contestLexicon();
  const end = Math.min(words.length, to + NEGATED_REACH);
  for (let k = to; k < end; k++) {
    if (k > 0 && clauseBreakBetween(text, words, k - 1, k, 'paren')) return -1;
    const neg = lex.time.matchAt(words, k);
    if (neg?.row !== 'negation') continue;
    let j = neg.end;
    const adv = j < words.length ? lex.time.matchAt(words, j) : null;
    if (adv?.row === 'no-longer') j = adv.end;
    const verb = j < words.length ? lex.words.matchAt(words, j) : null;
    if (verb?.row === 'goes-on') return verb.end;
  }
  return -1;
}

/**
 * The index after a negated verb of going on inside a phrase of fighting `words[from, to)` whose verb
 * is its own last word («Бои за Угледар не ведутся», «Бої за Вугледар не тривають»: the `*` of
 * «бои за * ведутся» took the negation in), so the fighting has stopped. -1 when none.
 */
export function goesOnNegatedWithin(words: Word[], from: number, to: number): number {
  const lex = contestLexicon();
  for (let k = from; k < to; k++) {
    const neg = lex.time.matchAt(words, k);
    if (neg?.row !== 'negation') continue;
    let j = neg.end;
    const adv = j < to ? lex.time.matchAt(words, j) : null;
    if (adv?.row === 'no-longer') j = adv.end;
    const verb = j < to ? lex.words.matchAt(words, j) : null;
    if (verb?.row === 'goes-on' && verb.end <= to) return verb.end;
  }
  return -1;
}

/** Whether `ws` (the words between a denial and a later fact) hold a coordinator right before a complementizer ("and that", «и что», «і що»; data/control-contest.tsv `coordinator`). */
function coordinatedComplement(ws: Word[]): boolean {
  const lex = contestLexicon();
  for (let k = 0; k + 1 < ws.length; k++) if (lex.time.matchAt(ws, k)?.row === 'coordinator' && lex.time.matchAt(ws, k + 1)?.row === 'complementizer') return true;
  return false;
}

/** Marks that end a clause, for a denial and the fighting said apart from it. */
const CLAUSE_MARK = /[,;:.!?—–]/;

/**
 * Whether fighting said to go on at `fact` stands in a clause of its own apart from the denial at
 * `denial` (offsets into `text`), so the denial does not turn it round: after the denial's clause and
 * not its complement («Заява ... про захоплення Торецька — неправда, місто не захоплене, бої в Торецьку
 * тривають»; not «— неправда, що бої тривають»), or before it with the denial's clause opened by a
 * word of contrast («Бои за Клещеевку продолжаются, ..., а заявления Киева о его взятии не
 * соответствуют действительности»; not «Сообщения о том, что бои продолжаются, не соответствуют ...»).
 */
export function fightingApartFromDenial(text: string, denial: { start: number; end: number }, fact: { start: number; end: number }): boolean {
  const lex = contestLexicon();
  if (fact.start >= denial.end) {
    // "said the report was false and that heavy fighting was still going on", «заявили, что это ложь и
    // что бои продолжаются»: a second complement of the cue, coordinated with the denial, is the
    // speaker's own statement (a coordinator right before a complementizer)
    if (coordinatedComplement(wordsOf(text, denial.end, fact.start))) return true;
    const m = CLAUSE_MARK.exec(text.slice(denial.end, fact.start));
    if (!m) return false;
    const ws = wordsOf(text, denial.end + m.index, fact.start);
    return !(ws.length > 0 && lex.time.matchAt(ws, 0)?.row === 'complementizer');
  }
  if (fact.end <= denial.start) {
    const between = text.slice(fact.end, denial.start);
    let k = between.length - 1;
    while (k >= 0 && !CLAUSE_MARK.test(between[k]!)) k--;
    if (k < 0) return false;
    const ws = wordsOf(text, fact.end + k, denial.start);
    return ws.length > 0 && lex.time.matchAt(ws, 0)?.row === 'contrast';
  }
  return false;
}
