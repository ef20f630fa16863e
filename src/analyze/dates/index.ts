/**
 * Stage `dates`: date mentions, resolved against the publication date.
 *
 * How it works
 * - A cheap prefilter over each sentence's tokens (a token wink types DATE or TIME, a word from
 *   data/date-words.tsv `trigger`, a number with `/ . -` or of four digits) decides which sentences
 *   go to chrono-node; the rest are skipped. chrono runs on the sentence's slice of `doc.norm`
 *   (same offsets as `doc.text`) with the publication's wall-clock time as reference.
 * - chrono's hits are then corrected for news copy (see the rules below); a few mentions chrono
 *   does not know are found on the tokens: bare years after a preposition ("in 2022") and casual
 *   phrases from data/date-casual.tsv ("overnight", "this morning").
 *
 * Decisions (documented here because callers depend on them)
 * - Time zone: dates are calendar dates, no zone. The publication day is the date as written in
 *   `published`, in the publication's own offset (`2024-08-07T01:30:00+03:00` is 7 August, though
 *   the instant is 6 August in UTC); chrono is given that wall-clock time as if it were UTC. A
 *   date-only `published` is noon of that day; an invalid one counts as none (see `parsePublished`).
 * - Spans: the date expression itself. Prepositions are left out ("on Tuesday" → "Tuesday",
 *   "by August 20" → "August 20", "between 5 and 7 August" → "5 and 7 August"); a modifier just
 *   before is included ("earlier this month").
 * - Precision and `date`: `day` → that day; `week` ("last week", "this week") → the Monday of that
 *   ISO week; `month` → the first of the month; `year` → 1 January.
 * - "The weekend" is its Saturday with precision `day` (not `week`, whose date is a Monday, a day
 *   outside the weekend); past or upcoming like a bare weekday.
 * - Bare weekday (also "this Tuesday", "coming Friday", "the weekend"): news is past tense, so it
 *   is the latest such day on or before the publication day (`weekday-past`), unless the clause
 *   speaks of the future; then it is the earliest such day on or after it (`weekday-future`).
 *   Future: a cue from data/date-words.tsv `future` in the nearest verb group ("will", "due",
 *   "likely", "could", "may" …; not "may have struck"), or, when no verb group decides, a
 *   `toward` preposition right before the date ("by", "until", "before": "Kyiv has until the
 *   weekend", "likely before the weekend"). "last/next/past Tuesday" is left to chrono.
 * - Ranges ("5 to 7 August", "5-7 August", "from Monday to Wednesday", "between 5 and 7 August",
 *   "between August 5 and 7", "between July and September"): one mention; `date` is the first
 *   day (month, …) and `endDate` the last, at the same precision. chrono joins "from … to"; the
 *   "between" forms are joined here (`range`, pairs in data/date-words.tsv). Only ranges carry
 *   `endDate`.
 * - "August 20" is 20 August (chrono's day-first mode would read August 2020; see chrono.ts), but
 *   "August, 30 died" and "in August 20 people died" are the month alone; ", 40" after a date
 *   ("On 3 January, 40 people died") is not a year.
 * - Day or month without a year: chrono picks the year closest to the publication date. A date
 *   that lands after the publication day (by more than one day, allowing for time zones) moves
 *   back a year unless the clause has a future cue; one that lands before it moves forward a
 *   year when the clause has a future cue (`year-past`, `year-future`).
 * - Numeric dates are day-first ("06/08/2024" = 6 August 2024): the sources sitrep is built for
 *   (Ukrainian, Russian, British and European outlets) write dates that way. When the first number
 *   cannot be a day-first reading ("08/13/2024") chrono falls back to month-first. Numeric dates
 *   without a year ("24/7") are dropped.
 * - Not date mentions: a time of day alone ("at 3 a.m."; with a date only the date is kept),
 *   durations ("for two days", "within 24 hours", "the past two days"; chrono hits that wink
 *   types DURATION and not DATE), "now", lower-case "march"/"may", lone abbreviations ("Sun").
 * - Relative to the story, not to publication ("two days later", "the next day"): kept with
 *   `date: null` (`anaphoric`).
 * - No publication date: absolute dates with a year still resolve; everything relative to the
 *   publication date (weekdays, "yesterday", dates without a year) gets `date: null`.
 */
import { Kind, P, sentenceInCyrillicParagraph, type Doc, type SentenceSpan } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { findDatesRuUk } from './ruuk.js';
import type { DateMention } from '../types.js';
import { chronoParser, type ChronoResult } from './chrono.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import { dayNumber, dayOf, isoDate, isoDay, mondayOf, weekdayOf } from './calendar.js';

/** Reference instant given to chrono when there is no publication date (its output is then only
 *  used where the year is written out). */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Longest piece of text handed to chrono in one call (characters). */
const MAX_PIECE = 1000;

/** Tokens looked at either side of a date for a future cue. */
const CUE_WINDOW = 10;

type Precision = DateMention['precision'];

/** Finds and resolves date mentions in `doc`, filling `doc.dates` in text order. */
export function findDates(doc: Doc): void {
  const lex = dateLexicon();
  // The publication's wall clock as written: "today" is its own calendar day, not the UTC one.
  const local = doc.publishedLocal ?? doc.published;
  const refDay = local ? dayOf(local) : null;
  const instant = local ?? NO_REFERENCE;
  const out: DateMention[] = [];
  const chrono = chronoParser();
  // Russian and Ukrainian paragraphs get their own rules below, which drop every mention found
  // inside them: a sentence wholly inside one (its text and its tokens) is not read here at all
  // (its own paragraph is looked at: one test per sentence)
  for (const s of doc.sentences) {
    if (sentenceInCyrillicParagraph(doc, s)) continue;
    if (!fires(doc, s, lex)) continue;
    const first = out.length;
    // chrono's cost grows faster than linearly with the length of its input, so very long
    // "sentences" (unpunctuated posts, lists) go in pieces cut at a space.
    for (let cs = s.start; cs < s.end; ) {
      const ce = cutAt(doc.norm, cs, s.end);
      const results = chrono.parse(doc.norm.slice(cs, ce), { instant, timezone: 0 });
      for (const r of results) {
        const m = fromChrono(doc, s, cs + r.index, r, refDay, lex);
        // chrono's own hits do not overlap; a modifier added in front might reach the previous one.
        if (m && (out.length === first || out[out.length - 1]!.end <= m.start)) out.push(m);
      }
      cs = ce;
    }
    if (out.length - first > 1) joinRanges(doc, s, lex, out, first);
    tokenRules(doc, s, refDay, lex, out, first);
  }
  // Russian and Ukrainian paragraphs: their own date words (dates/ruuk.ts)
  if (doc.paraLangs.some((l) => l === 'ru' || l === 'uk')) {
    const cyr = doc.paragraphs.filter((_p, i) => doc.paraLangs[i] === 'ru' || doc.paraLangs[i] === 'uk');
    const kept = out.filter((d) => !cyr.some((p) => p.start <= d.start && d.end <= p.end));
    out.length = 0;
    out.push(...kept, ...findDatesRuUk(doc, doc.paraLangs, local ?? null));
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  doc.dates = out;
}

/**
 * Joins two neighbouring mentions of the sentence (`out[first..]`) written as a range, "between
 * 5 August and 7 August", "between Monday and Wednesday", into one mention whose `endDate` is
 * the second's date. Only when both have the same precision and the second does not come first.
 */
function joinRanges(doc: Doc, s: SentenceSpan, lex: DateLexicon, out: DateMention[], first: number): void {
  const t = doc.tokens;
  let w = first;
  for (let k = first; k < out.length; k++) {
    const m1 = out[k]!;
    const m2 = out[k + 1];
    let last = m2?.date ?? null;
    // "between July and September" in a story of August: September alone went back a year.
    if (m2 && last !== null && m1.date !== null && last < m1.date && m2.why.rule === 'year-past') last = addYears(last, 1);
    // "between July and September 2023": July takes the year written for September.
    let from = m1.date;
    if (m2 && last !== null && from !== null && last < from && !hasYear(m1.text)) {
      from = last.slice(0, 4) + from.slice(4);
      if (from > last) from = addYears(from, -1);
    }
    if (m2 && m1.endDate === undefined && m2.endDate === undefined && m1.precision === m2.precision &&
        (from === null || last === null || from <= last)) {
      const o = prevTok(doc, s, doc.tokenAt(m1.start));
      const j = nextTok(doc, s, doc.tokenAt(m1.end - 1));
      const n = j >= 0 ? nextTok(doc, s, j) : -1;
      if (o >= 0 && n >= 0 && t.start[n] === m2.start && rangePair(lex, t.lower[o]!, t.lower[j]!)) {
        out[w++] = mention(doc, m1.start, m2.end, from, m1.precision, 'range', last);
        k++;
        continue;
      }
    }
    out[w++] = m1;
  }
  out.length = w;
}

/** `YYYY-MM-DD` moved by `n` years (29 February becomes 1 March in a common year). */
function addYears(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4)) + n;
  return isoDay(dayNumber(y, Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));
}

/** Does a mention's text hold a written four-digit year? */
function hasYear(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/** End of the piece of `text` starting at `from` that goes to chrono in one call. */
function cutAt(text: string, from: number, end: number): number {
  if (end - from <= MAX_PIECE) return end;
  const limit = from + MAX_PIECE;
  // Prefer a clause break (", " or "; ") in the last third, else the last space.
  for (let i = limit; i > from + (MAX_PIECE * 2) / 3; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 44 || c === 59) && text.charCodeAt(i) === 32) return i + 1;
  }
  const sp = text.lastIndexOf(' ', limit);
  return sp > from ? sp + 1 : limit;
}

/** Does the sentence hold anything that could be a date? (the prefilter) */
function fires(doc: Doc, s: SentenceSpan, lex: DateLexicon): boolean {
  const t = doc.tokens;
  for (let i = s.t0; i < s.t1; i++) {
    const e = t.ent[i];
    if (e === 'DATE' || e === 'TIME') return true;
    const k = t.kind[i];
    if (k === Kind.Word) {
      if (lex.trigger.has(t.lower[i]!)) return true;
    } else if (k === Kind.Number) {
      const w = t.lower[i]!;
      if (w.length === 4 || w.includes('/') || w.includes('-') || w.includes('.')) return true;
    }
  }
  return false;
}

/**
 * Overlap test against the sentence's chrono mentions `out[from, to)` (sorted, disjoint) for
 * spans visited left to right: `cursor.i` only moves forward, so a sentence costs linear time.
 */
function overlapsChrono(out: DateMention[], cursor: { i: number; to: number }, start: number, end: number): boolean {
  while (cursor.i < cursor.to && out[cursor.i]!.end <= start) cursor.i++;
  return cursor.i < cursor.to && out[cursor.i]!.start < end;
}

/** Previous / next non-space token within the sentence, or -1. */
function prevTok(doc: Doc, s: SentenceSpan, i: number): number {
  for (let j = i - 1; j >= s.t0; j--) if (doc.tokens.kind[j] !== Kind.Space) return j;
  return -1;
}
function nextTok(doc: Doc, s: SentenceSpan, i: number): number {
  for (let j = i + 1; j < s.t1; j++) if (doc.tokens.kind[j] !== Kind.Space) return j;
  return -1;
}

/**
 * Is the clause around tokens [a, b] about the future? Looks back from the date, then forward,
 * at most CUE_WINDOW words each way and not past a clause boundary. The nearest verb group
 * decides: a future cue ("will", "due", "likely", "could" …) anywhere in it means future; a past
 * form ("visited", "was") with no future cue in its group means past ("who visited on Friday, will
 * return" is past; "will be held on Friday" is future); a modal with "have" ("may have struck")
 * is past. When neither side decides and a `toward` preposition stands right before the date
 * ("by August 20", "until the weekend"), the date is read as upcoming.
 */
function futureCue(doc: Doc, s: SentenceSpan, a: number, b: number, lex: DateLexicon): boolean {
  const t = doc.tokens;
  let p = prevTok(doc, s, a);
  if (p >= 0 && t.lower[p] === 'the') p = prevTok(doc, s, p);
  const toward = p >= 0 && lex.toward.has(t.lower[p]!);
  const back = scanCue(doc, s, (toward ? p : a) - 1, -1, lex);
  if (back !== 0) return back > 0;
  const fwd = scanCue(doc, s, b + 1, 1, lex);
  if (fwd !== 0) return fwd > 0;
  return toward;
}

/** 1 = future cue found, -1 = past verb group found, 0 = nothing before a boundary. */
function scanCue(doc: Doc, s: SentenceSpan, from: number, step: 1 | -1, lex: DateLexicon): number {
  const t = doc.tokens;
  let k = 0;
  let past = false;
  for (let i = from; i >= s.t0 && i < s.t1 && k < CUE_WINDOW; i += step) {
    if (t.kind[i] === Kind.Space) continue;
    k++;
    const w = t.lower[i]!;
    if (t.pos[i] !== P.PROPN && (lex.future.has(w) || lex.future.has(t.lemma[i]!))) return modalPerfect(doc, s, i) ? -1 : 1;
    if (past) {
      const p = t.pos[i];
      if (p === P.AUX || p === P.PART || p === P.ADV) continue;
      return -1;
    }
    if (lex.bound.has(w)) return 0;
    if (isPastForm(doc, i, lex)) past = true;
  }
  return past ? -1 : 0;
}

/** A modal followed by "have" and a participle ("may have struck"): past, not future.
 *  "will have to" is still future. */
function modalPerfect(doc: Doc, s: SentenceSpan, i: number): boolean {
  const n = nextTok(doc, s, i);
  if (n < 0 || doc.tokens.lower[n] !== 'have') return false;
  const n2 = nextTok(doc, s, n);
  return n2 < 0 || doc.tokens.lower[n2] !== 'to';
}

/** A past-tense or participle verb form: "visited", "met", "was". */
function isPastForm(doc: Doc, i: number, lex: DateLexicon): boolean {
  const t = doc.tokens;
  const w = t.lower[i]!;
  if (lex.past.has(w)) return true;
  if (t.pos[i] !== P.VERB) return false;
  const lem = t.lemma[i]!;
  return w !== lem && !w.endsWith('s') && !w.endsWith('ing');
}

function isUpper(ch: number): boolean {
  return ch >= 65 && ch <= 90;
}

function mention(doc: Doc, start: number, end: number, date: string | null, precision: Precision, rule: string, endDate?: string | null): DateMention {
  const m: DateMention = { text: doc.text.slice(start, end), start, end, date, precision, why: { stage: 'dates', rule } };
  if (endDate !== undefined) m.endDate = endDate;
  return m;
}

/** A day of the month written as digits ("5", "07", "5th"): 1–31, else 0. */
function dayValue(w: string): number {
  let v = 0;
  let i = 0;
  for (; i < w.length && i < 3; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) break;
    v = v * 10 + c - 48;
  }
  if (i === 0 || i > 2) return 0;
  const rest = w.slice(i);
  if (rest !== '' && rest !== 'st' && rest !== 'nd' && rest !== 'rd' && rest !== 'th') return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

/** Does `w` open a range whose joiner is `join` ("between" … "and")? */
function rangePair(lex: DateLexicon, open: string, join: string): boolean {
  const j = lex.range.get(open);
  return j !== undefined && j.has(join);
}

/** A word that would make a number after a month a count, not a day ("August 20 people"). */
function countsSomething(doc: Doc, i: number): boolean {
  const p = doc.tokens.pos[i];
  return p === P.NOUN || p === P.ADJ || p === P.NUM;
}

/** Trailing characters trimmed off chrono spans: space, comma, semicolon, colon. */
const TRAIL = new Set([32, 44, 59, 58, 9, 10, 13, 0xa0]);

/** Words a relative expression is made of, when no year is written and chrono computed one. */
const RELATIVE_WORDS = new Set(['this', 'last', 'next', 'past', 'previous', 'ago', 'coming']);

/** Turns one chrono hit into a mention (or null when it is not a date mention). */
function fromChrono(doc: Doc, s: SentenceSpan, at: number, r: ChronoResult, refDay: number | null, lex: DateLexicon): DateMention | null {
  const t = doc.tokens;
  let start = at;
  let end = start + r.text.length;
  // chrono may keep a trailing comma or space ("Last Tuesday,").
  while (end > start && TRAIL.has(doc.text.charCodeAt(end - 1))) end--;
  let a = doc.tokenAt(start);
  let b = Math.max(a, doc.tokenAt(end - 1));
  // Leading "on": not part of the date.
  if (t.start[a] === start && lex.strip.has(t.lower[a]!)) {
    const n = nextTok(doc, s, a);
    if (n > a && n <= b) {
      a = n;
      start = t.start[n]!;
    }
  }
  // Words of the span and what they hold.
  const words: string[] = [];
  let hasNum = false;
  let hasDate = false;
  let hasDuration = false;
  for (let i = a; i <= b; i++) {
    if (t.kind[i] === Kind.Space) continue;
    words.push(t.lower[i]!);
    if (t.kind[i] === Kind.Number || t.pos[i] === P.NUM) hasNum = true;
    if (t.ent[i] === 'DATE') hasDate = true;
    else if (t.ent[i] === 'DURATION') hasDuration = true;
  }
  const c = r.start;
  const tags = r.tags();
  const relTag = tags.has('result/relativeDate');
  let casualTag = false;
  for (const tag of tags) {
    if (tag === 'casualReference/now') return null;
    if (tag.startsWith('casualReference/')) casualTag = true;
  }
  let yearCertain = c.isCertain('year');
  let hasDay = c.isCertain('day');
  // "On 3 January, 40 people died": chrono reads ", 40" as the year 2040. Cut it off; the year is
  // then inferred from the publication date like any date without one.
  let shortYear = false;
  if (yearCertain && hasDay && b > a && t.kind[b] === Kind.Number && t.lower[b]!.length === 2) {
    const comma = prevTok(doc, s, b);
    const before = comma > a && t.lower[comma] === ',' ? prevTok(doc, s, comma) : -1;
    if (before >= a) {
      b = before;
      end = t.end[b]!;
      words.length -= 2;
      yearCertain = false;
      shortYear = true;
    }
  }
  // "During the first week of August, 30 died", "In August 20 people died": a number after the
  // month that is not its day (a comma between, or a noun after). Keep the month alone.
  if (hasDay && !yearCertain && !r.end && t.kind[a] === Kind.Word && t.kind[b] === Kind.Number && b > a) {
    const n = nextTok(doc, s, b);
    let comma = false;
    for (let i = a + 1; i < b; i++) if (t.lower[i] === ',') comma = true;
    if (comma || (n >= 0 && countsSomething(doc, n))) {
      b = a;
      end = t.end[a]!;
      words.length = 1;
      hasNum = false;
      hasDay = false;
    }
  }
  // Ranges chrono does not join: "between 5 and 7 August" (chrono finds "7 August") and
  // "between August 5 and 7" (chrono finds "August 5"). `firstDay`/`lastDay` are days of the
  // month chrono found.
  let firstDay = c.get('day')!;
  let lastDay = 0;
  let ownRange = false;
  if (hasDay && !r.end && words.length > 1) {
    if (t.kind[a] === Kind.Number) {
      const j = prevTok(doc, s, a);
      const d0 = j >= 0 ? prevTok(doc, s, j) : -1;
      const o = d0 >= 0 ? prevTok(doc, s, d0) : -1;
      const v = d0 >= 0 && t.kind[d0] === Kind.Number ? dayValue(t.lower[d0]!) : 0;
      if (o >= 0 && v > 0 && v < firstDay && rangePair(lex, t.lower[o]!, t.lower[j]!)) {
        lastDay = firstDay;
        firstDay = v;
        a = d0;
        start = t.start[d0]!;
        ownRange = true;
      }
    } else if (t.kind[b] === Kind.Number) {
      const o = prevTok(doc, s, a);
      const j = nextTok(doc, s, b);
      const d1 = j >= 0 ? nextTok(doc, s, j) : -1;
      const after = d1 >= 0 ? nextTok(doc, s, d1) : -1;
      const v = d1 >= 0 && t.kind[d1] === Kind.Number ? dayValue(t.lower[d1]!) : 0;
      if (o >= 0 && v > firstDay && rangePair(lex, t.lower[o]!, t.lower[j]!) && (after < 0 || (!countsSomething(doc, after) && t.pos[after] !== P.PROPN))) {
        lastDay = v;
        b = d1;
        end = t.end[d1]!;
        ownRange = true;
      }
    }
  }
  const range = ownRange || !!r.end;
  // A lone word that is rarely a date on its own.
  if (words.length === 1) {
    const w = words[0]!.endsWith('.') ? words[0]!.slice(0, -1) : words[0]!;
    if (lex.abbrev.has(w)) return null;
    const ch = doc.text.charCodeAt(start);
    if (lex.weak.has(w) && ch >= 97 && ch <= 122) return null;
    // A bare month name right after a proper noun is a name ("Theresa May").
    if (c.isCertain('month') && !hasDay) {
      const p = prevTok(doc, s, a);
      if (p >= 0 && t.pos[p] === P.PROPN) return null;
    }
  }
  // A named day: "Good Friday", "Bloody Sunday", "The Sunday Times".
  if (c.isCertain('weekday') && !hasDay && words.length === 1) {
    const p = prevTok(doc, s, a);
    if (p >= 0 && t.pos[p] !== P.ADP && isUpper(doc.text.charCodeAt(t.start[p]!))) {
      if (lex.dayName.has(t.lower[p]!) || (p > s.t0 && t.pos[p] === P.PROPN)) return null;
      const n = nextTok(doc, s, b);
      if (t.lower[p] === 'the' && n >= 0 && isUpper(doc.text.charCodeAt(t.start[n]!))) return null;
    }
  }
  // Numeric day/month without a year ("24/7").
  if (tags.has('parser/SlashDateFormatParser') && !yearCertain) return null;
  // Relative to an event in the story: keep, unresolved.
  if (relTag && isAnaphoric(words, lex)) return mention(doc, start, end, null, 'day', 'anaphoric');
  // A period, not a point: "the past two days".
  if (relTag && hasNum && lex.period.has(words[0]!)) return null;
  // wink says duration. It also types "until 20 August", "from Monday to Wednesday" and
  // "between July and September" that way: a hit naming a day, weekday or month stays.
  if (hasDuration && !hasDate && !range && !(c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month'))) return null;

  start = extendModifier(doc, s, a, start, lex);
  const relWord = words.some((w) => RELATIVE_WORDS.has(w));
  const noEnd = range ? null : undefined;

  // Bare weekday (also "this Tuesday", "coming Friday", "the weekend" = its Saturday).
  if (c.isCertain('weekday') && !hasDay && !c.isCertain('month') && !relTag) {
    const mod = words[0]!;
    if (mod !== 'last' && mod !== 'next' && mod !== 'past') {
      if (refDay === null) return mention(doc, start, end, null, 'day', 'weekday', noEnd);
      const wd = c.get('weekday')!;
      const rd = weekdayOf(refDay);
      const future = futureCue(doc, s, a, b, lex);
      const day = future ? refDay + ((wd - rd + 7) % 7) : refDay - ((rd - wd + 7) % 7);
      // "from Monday to Wednesday": the end is the first such weekday from the start on.
      const last = r.end?.isCertain('weekday') ? isoDay(day + ((r.end.get('weekday')! - wd + 7) % 7)) : noEnd;
      return mention(doc, start, end, isoDay(day), 'day', future ? 'weekday-future' : 'weekday-past', last);
    }
  }

  const relative = relTag || casualTag || relWord || !yearCertain;
  let precision: Precision;
  if (words.includes('week') && !hasNum && !words.includes('ago')) precision = 'week';
  else if (hasDay || c.isCertain('weekday')) precision = 'day';
  else if (c.isCertain('month')) precision = 'month';
  else if (yearCertain) precision = 'year';
  else precision = 'day';
  if (relative && refDay === null) return mention(doc, start, end, null, precision, 'chrono', noEnd);

  const y0 = shortYear ? new Date(refDay! * 86_400_000).getUTCFullYear() : c.get('year')!;
  let y = y0;
  const m = c.get('month')!;
  const d = firstDay;
  let rule = ownRange ? 'range' : 'chrono';
  // A day or month whose year chrono guessed: past unless the clause speaks of the future.
  if (!yearCertain && !relTag && !casualTag && !relWord && refDay !== null && c.isCertain('month')) {
    const ref = new Date(refDay * 86_400_000);
    const future = futureCue(doc, s, a, b, lex);
    let after: boolean;
    let before: boolean;
    if (precision === 'day') {
      const dn = dayNumber(y, m, d);
      after = dn > refDay + 1;
      before = dn < refDay - 1;
    } else {
      const mi = y * 12 + m;
      const ri = ref.getUTCFullYear() * 12 + ref.getUTCMonth() + 1;
      after = mi > ri;
      before = mi < ri;
    }
    if (after && !future) {
      y -= 1;
      if (!ownRange) rule = 'year-past';
    } else if (before && future) {
      y += 1;
      if (!ownRange) rule = 'year-future';
    }
  }
  const date = resolve(precision, words.includes('this') ? refDay : null, y, m, d);
  let endDate: string | null | undefined;
  if (ownRange) endDate = resolve(precision, null, y, m, lastDay);
  else if (r.end) {
    // The end moves with the start when the start's year was inferred and shifted.
    const e = r.end;
    const ey = e.isCertain('year') || yearCertain ? e.get('year')! : e.get('year')! + (y - c.get('year')!);
    endDate = resolve(precision, null, ey, e.get('month')!, e.get('day')!);
  }
  return mention(doc, start, end, date, precision, rule, endDate);
}

/** The `date` of a mention of `precision` from calendar parts. A week is the Monday of its ISO
 *  week; "this week" (`thisWeekOf` = the publication day) is the publication day's week (chrono's
 *  "this week" starts on Sunday). */
function resolve(precision: Precision, thisWeekOf: number | null, y: number, m: number, d: number): string {
  if (precision === 'week') return isoDay(mondayOf(thisWeekOf ?? dayNumber(y, m, d)));
  if (precision === 'month') return isoDate(y, m, 1);
  if (precision === 'year') return isoDate(y, 1, 1);
  return isoDay(dayNumber(y, m, d));
}

/** "two days later", "the day before", "the next day". */
function isAnaphoric(words: string[], lex: DateLexicon): boolean {
  if (lex.anaphoricWord.has(words[words.length - 1]!)) return true;
  for (const ph of lex.anaphoricPhrase) {
    for (let i = 0; i + ph.length <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < ph.length && ok; j++) ok = words[i + j] === ph[j];
      if (ok) return true;
    }
  }
  return false;
}

/** Start of the mention including a modifier right before it ("earlier this month"). */
function extendModifier(doc: Doc, s: SentenceSpan, a: number, start: number, lex: DateLexicon): number {
  const t = doc.tokens;
  if (t.start[a] !== start) return start;
  const p = prevTok(doc, s, a);
  if (p >= 0 && lex.modifier.has(t.lower[p]!) && a - p <= 2) return t.start[p]!;
  return start;
}

/** Mentions found on the tokens: casual phrases ("overnight") and bare years ("in 2022"). */
function tokenRules(doc: Doc, s: SentenceSpan, refDay: number | null, lex: DateLexicon, out: DateMention[], first: number): void {
  const t = doc.tokens;
  const cursor = { i: first, to: out.length };
  for (let i = s.t0; i < s.t1; i++) {
    const k = t.kind[i];
    if (k === Kind.Word && lex.casualFirst.has(t.lower[i]!)) {
      for (const c of lex.casual) {
        let j = i;
        let last = -1;
        let ok = true;
        for (const w of c.words) {
          if (j < 0 || t.lower[j] !== w) {
            ok = false;
            break;
          }
          last = j;
          j = nextTok(doc, s, j);
        }
        if (!ok) continue;
        const st = t.start[i]!;
        const en = t.end[last]!;
        if (overlapsChrono(out, cursor, st, en)) break;
        out.push(mention(doc, st, en, refDay === null ? null : isoDay(refDay + c.offset), 'day', 'casual'));
        break;
      }
    } else if (k === Kind.Number && isYearToken(t.lower[i]!)) {
      const p = prevTok(doc, s, i);
      if (p < 0 || !lex.yearPrep.has(t.lower[p]!)) continue;
      const n = nextTok(doc, s, i);
      if (n >= 0) {
        const np = t.pos[n];
        // "a total of 2000 people": a count, not a year.
        if (np === P.NOUN || np === P.ADJ || np === P.NUM) continue;
      }
      const st = t.start[i]!;
      const en = t.end[i]!;
      if (overlapsChrono(out, cursor, st, en)) continue;
      out.push(mention(doc, st, en, `${t.lower[i]}-01-01`, 'year', 'year'));
    }
  }
}

/** Four digits from 1900 to 2099. */
function isYearToken(w: string): boolean {
  if (w.length !== 4) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return false;
  const c2 = w.charCodeAt(2);
  const c3 = w.charCodeAt(3);
  return c2 >= 48 && c2 <= 57 && c3 >= 48 && c3 <= 57;
}

export const datesStage: Stage = {
  name: 'dates',
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  run: findDates,
};
