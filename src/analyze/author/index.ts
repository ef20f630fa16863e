/**
 * Stage `author`: claims in the document's own voice.
 *
 * Attribution finds statements a text reports ("X said ..."). Many documents are themselves a
 * statement: a Telegram channel's post, a defence ministry's daily summary, a governor's address.
 * Their sentences are claims of the document's author. This stage decides whether a document
 * speaks in its author's own voice (`decideVoice`) and, if it does, turns each claimable sentence
 * outside every attributed claim into a claim whose speaker is the author.
 *
 * Own voice (first rule that applies):
 * 1. `Document.ownVoice` true or false: as declared (rule 'declared').
 * 2. `authorType` 'channel' (a Telegram post, or the original poster of a forward): own voice.
 * 3. `authorType` 'outlet': narration (news copy is the outlet's reporting, not its claims).
 * 4. An author name with a word of data/outlet-words.txt ("Meridian Press Agency", "TASS (Russian
 *    state news agency)" by its actors.tsv affiliation): narration; an author naming an actor of
 *    data/actors.tsv (a named person or body, or an official body word such as "ministry of
 *    defence", "general staff", "governor"): own voice (rule 'actor'). Anything else (a reporter's
 *    byline, an unknown site): narration.
 *    A document with no publication date from its source takes the day-precise date of its heading
 *    or signature paragraph ("(17 October 2025)") as its publication day.
 * 5. No author from the reader: the text's first line is a heading "<noun> of|by|from <author>"
 *    (nouns in data/author-headings.txt: "Statement of the Ministry of Defence ...") or its last
 *    paragraph is a short signature line (one line, no sentence break or final period, no colon:
 *    "Source: NATO" is a caption), and the author named there is an actor (rule 4):
 *    own voice (rules 'heading', 'signature').
 *
 * Claimable sentence (documented criterion): a sentence of an own-voice document that overlaps no
 * attributed claim (speaker, cue or content), is not the heading or signature line, has text
 * outside quotation marks, has no reporting verb of data/cue-verbs.tsv that takes a clause
 * (unresolved reported speech such as "The MoD reports that ..." is someone else's claim), and
 * outside quotation marks carries
 * - a quantity with a unit (rule 'quantity': "more than 40 armoured vehicles"), or a Russian or
 *   Ukrainian zero toll of data/zero-figures.tsv («Предварительно, жертв нет»: a figure of zero), or
 * - a status phrase of data/status-phrases.tsv (rule 'status': "remains fluid", "continue to
 *   advance", "did not carry out any strikes"), or
 * - an event verb of data/event-verbs.txt together with a place, a side word ("Russian",
 *   "Ukrainians") or a named organisation or group (rule 'event': "Our artillery struck enemy
 *   positions near Tetkino"); (lane own13) an English strike noun counts as the event word when
 *   its object follows ("A precise hit on ...") or a light verb of data/own-voice-words.tsv carries
 *   it ("A strike ... was carried out on ..."), so does a praise of the units that strike for their
 *   work ("Thank you to the Air Force pilots for the precise work in Berdiansk"), and "the enemy",
 *   "the occupiers" anchor the sentence as a side word does.
 * The claim's content is the sentence without its quotations (scare quotes and quoted words of
 * others are not the author's), so it may have several fragments.
 */
import type { Doc, ClaimDraft } from '../doc.js';
import { P, lowerBound } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { AuthorType, AuthorVoice, Span, Speaker, SpeakerType, TextSpan } from '../types.js';
import { authorLexicon, classifyName } from './lexicon.js';
import { escapeRegExp, hasCyrillic } from '../../util/index.js';
import { ownVoiceWord, praiseIn } from '../../lexicon/own-voice.js';
import { wordsOf, type Word } from '../../lexicon/phrases.js';

export { classifyName } from './lexicon.js';

const SPEAKER_TYPE: Record<AuthorType, SpeakerType> = {
  channel: 'channel',
  organisation: 'organisation',
  person: 'person',
  outlet: 'organisation',
};

/** Trimmed sub-span of `text` in `[start, end)` (leading/trailing spaces and some punctuation cut). */
function trimSpan(text: string, start: number, end: number, punct = /[\s]/u): Span {
  while (start < end && punct.test(text[start]!)) start++;
  while (end > start && punct.test(text[end - 1]!)) end--;
  return { start, end };
}

let headingRe: RegExp | null = null;
/** "<heading noun> of|by|from [the] <author>", the author cut at a date, a bracket or "on". */
function heading(): RegExp {
  if (headingRe) return headingRe;
  const nouns = authorLexicon().headings.map((ws) => ws.map((w) => escapeRegExp(w)).join('\\s+'));
  headingRe = new RegExp(
    `^[^\\p{L}\\p{N}]*(?:(?:official|joint|daily|special)\\s+)?(?:${nouns.join('|')})\\s+(?:of|by|from)\\s+(?:the\\s+)?` +
      `(\\p{L}[^\\n]*?)(?=\\s+(?:on|about|regarding|concerning|as\\s+of|in\\s+connection\\s+with|for)\\s|\\s*[(,:;.\\u2013\\u2014]|\\s+-\\s|\\s*$)`,
    'iud',
  );
  return headingRe;
}

/**
 * Decides whether `doc` speaks in its author's own voice, and who the author is (see the rules in
 * this file's header). Pure: reads `doc.author`, `doc.text` and `doc.paragraphs`.
 */
export function decideVoice(doc: Doc): AuthorVoice {
  const { name, type, ownVoice } = doc.author;
  const text = doc.text;
  // Where the text writes the name: only for the outcomes that report it (not on the news-copy path).
  const named = (): TextSpan | null => (name ? nameSpan(text, name) : null);
  if (ownVoice !== false && name && type === 'channel') return { name, type, ownVoice: true, rule: 'channel', span: named() };
  if (ownVoice === true || ownVoice === false) return { name, type, ownVoice, rule: 'declared', span: named() };
  if (name && type === 'outlet') return { name, type, ownVoice: false, rule: 'outlet', span: null };
  if (name) {
    const cls = classifyName(name);
    if (cls === 'actor') return { name, type: type ?? 'organisation', ownVoice: true, rule: 'actor', span: named() };
    return { name, type: type ?? (cls === 'outlet' ? 'outlet' : null), ownVoice: false, rule: cls === 'outlet' ? 'outlet' : 'none', span: null };
  }
  // No author from the reader: a heading on the first line, or a signature as the last paragraph.
  const first = doc.paragraphs[0];
  if (first) {
    const line = text.slice(first.start, first.end);
    const nl = line.indexOf('\n');
    const head = nl >= 0 ? line.slice(0, nl) : line;
    if (head.length <= 300) {
      const m = heading().exec(head);
      const g = m?.indices?.[1];
      if (m && g) {
        const sp = trimSpan(text, first.start + g[0], first.start + g[1], /[\s'"’]/u);
        const who = text.slice(sp.start, sp.end);
        if (classifyName(who) === 'actor') {
          return { name: who, type: 'organisation', ownVoice: true, rule: 'heading', span: { ...sp, text: who } };
        }
      }
    }
  }
  const last = doc.paragraphs[doc.paragraphs.length - 1];
  if (last && doc.paragraphs.length > 1) {
    const sp = trimSpan(text, last.start, last.end, /[\s.\-–—]/u);
    const who = text.slice(sp.start, sp.end);
    // A signature is a name line: no sentence break, no "Label:" (a caption such as "Source: NATO").
    const ended = /[.!?]\s*$/u.test(text.slice(last.start, last.end)); // a sentence, not a name line
    if (!ended && who.length > 0 && who.length <= 120 && !/[.!?:]\s|:/u.test(who) && !who.includes('\n') && classifyName(who) === 'actor') {
      return { name: who, type: 'organisation', ownVoice: true, rule: 'signature', span: { ...sp, text: who } };
    }
  }
  return { name: null, type: null, ownVoice: false, rule: 'none', span: null };
}

/** Where the text writes the author's name (case-insensitive, whole words), or null. */
function nameSpan(text: string, name: string): TextSpan | null {
  const n = name.trim();
  if (n.length < 3 || n.length > 200) return null; // a name, not a paragraph pasted into `author`
  const esc = escapeRegExp(n).replace(/\s+/g, '\\s+');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const within = (x: Span, frags: readonly Span[]): boolean => frags.some((f) => x.start >= f.start && x.end <= f.end);

/**
 * Spans sorted by start, with a running maximum of their ends, so the spans that can overlap or lie
 * inside [start, end) are found by binary search: each sentence looks at its neighbours, not at
 * every span of the document (which made long own-voice texts quadratic).
 */
class SpanIndex<T extends Span> {
  private readonly xs: T[];
  private readonly maxEnd: number[] = [];
  constructor(spans: readonly T[]) {
    this.xs = [...spans].sort((a, b) => a.start - b.start);
    for (const x of this.xs) this.maxEnd.push(Math.max(this.maxEnd[this.maxEnd.length - 1] ?? -Infinity, x.end));
  }
  /** The spans with start in [.., end) and an end after `start` (a superset of those overlapping it), in start order. */
  *near(start: number, end: number): Generator<T> {
    const maxEnd = this.maxEnd;
    const lo = lowerBound(this.xs.length, (i) => maxEnd[i]! <= start); // first span whose running end passes `start`
    for (let i = lo; i < this.xs.length && this.xs[i]!.start < end; i++) yield this.xs[i]!;
  }
  /** Whether some span satisfies `test` among those that can touch [start, end). */
  some(start: number, end: number, test: (x: T) => boolean): boolean {
    for (const x of this.near(start, end)) if (test(x)) return true;
    return false;
  }
}

/** The document's spans that `claimable` asks about, indexed once per document. */
interface Anchors { quantities: SpanIndex<Doc['quantities'][number]>; places: SpanIndex<Doc['places'][number]>; sides: SpanIndex<Doc['sides'][number]>; entities: SpanIndex<Doc['entities'][number]> }

/** Why a sentence (its fragments outside quotations) is claimable, or null. */
function claimable(doc: Doc, ix: Anchors, frags: readonly Span[], t0: number, t1: number): string | null {
  const lo = frags[0]!.start - 1, hi = frags[frags.length - 1]!.end + 1; // (a span within frags lies in [lo, hi), even an empty one)
  const t = doc.tokens;
  const lex = authorLexicon();
  // Reported speech the attribution stage did not resolve ("The MoD reports that ...") is someone
  // else's claim, not the author's: leave it out rather than give it to the wrong speaker.
  for (let i = t0; i < t1; i++) {
    const verbal = t.pos[i] === P.VERB || (i + 1 < t1 && t.lower[i + 1] === 'that'); // "reports that", tagged a noun
    if (verbal && lex.reportVerbs.has(t.lemma[i]!) && within({ start: t.start[i]!, end: t.end[i]! }, frags)) return null;
  }
  if (ix.quantities.some(lo, hi, (q) => q.unit !== null && within(q, frags))) return 'quantity';
  // a Russian or Ukrainian zero toll («Предварительно, жертв нет», «постраждалих немає») is a figure of zero
  if (frags.some((f) => hasCyrillic(doc.text.slice(f.start, f.end)) && lex.zeroToll.test(doc.norm.slice(f.start, f.end)))) return 'quantity';
  // so is a strike's no-damage outcome («Решта ракет суттєвих наслідків не спричинили»; lane outcome)
  // (read over the sentence's fragments together: an object outcome's object and word may stand on
  // both sides of a quoted name, «корабль «Ямал» получил повреждения»; lane fate10)
  const joined = frags.map((f) => doc.text.slice(f.start, f.end)).join(' ');
  if (hasCyrillic(joined) && lex.noDamage.test(joined)) return 'quantity';
  if (frags.some((f) => lex.status.test(doc.norm.slice(f.start, f.end)))) return 'status';
  // a blanket denial of a report («Сообщения о ... ничего общего с действительностью не имеют»)
  if (frags.some((f) => lex.denial.test(doc.text.slice(f.start, f.end).toLowerCase()))) return 'denial';
  let verb = false;
  // (lane own13) an English strike noun carried by a light verb of data/own-voice-words.tsv ("A strike
  // ... was carried out on", "The strike was delivered near")
  let light = false;
  for (let i = t0; i < t1 && !light; i++) light = ownVoiceWord(t.lower[i]!, 'light') && within({ start: t.start[i]!, end: t.end[i]! }, frags);
  for (let i = t0; i < t1 && !verb; i++) {
    if ((t.pos[i] === P.VERB || t.pos[i] === P.NOUN || t.pos[i] === P.ADJ) && lex.eventVerbs.has(t.lemma[i]!) && within({ start: t.start[i]!, end: t.end[i]! }, frags)) {
      // POS tags are unreliable on headline-style posts; lemma + position is the test, but a noun
      // reading only counts for past participles used as adjectives ("destroyed") and verbs,
      // (lane own13) and for a strike noun told with its object ("A precise hit on the depot") or a light verb
      verb = t.pos[i] === P.VERB || /ed$/.test(t.lower[i]!) || (t.pos[i] === P.NOUN && (light || (i + 1 < t1 && /^(?:on|against)$/.test(t.lower[i + 1]!))));
    }
  }
  // (lane own13) a praise of the units that strike, for their work ("Thank you to the Air Force pilots
  // for the precise work in Berdiansk", «Дякую пілотам ... за ювелірну роботу на Чонгарі»)
  // (the words of each fragment, read once for the praise and the English anchor words below)
  let fragWords: Word[][] | undefined;
  const wordsOfFrag = (k: number): Word[] => (fragWords ??= frags.map((f) => wordsOf(doc.text, f.start, f.end)))[k]!;
  if (!verb) verb = frags.some((_, k) => praiseIn(wordsOfFrag(k)) !== null);
  // Russian and Ukrainian: an attack, blowing-up or weapon word ("нанесли удар", "був збитий", "російські дрони")
  // (and the shooting-down, destroying, casualty and terror words of data/ruuk-own-voice.tsv)
  const cyr = frags.filter((f) => hasCyrillic(doc.text.slice(f.start, f.end))).map((f) => doc.text.slice(f.start, f.end).toLowerCase().replace(/ё/g, 'е'));
  if (!verb) verb = cyr.some((s) => lex.eventStems.test(s));
  if (!verb) return null;
  const anchored =
    ix.places.some(lo, hi, (p) => p.role !== 'name' && p.role !== 'speaker' && within(p, frags)) ||
    ix.sides.some(lo, hi, (s) => within(s, frags)) ||
    cyr.some((s) => lex.sideStems.test(s)) ||
    // (lane own13) "the enemy", "the occupiers" (data/own-voice-words.tsv `anchor`)
    frags.some((f, k) => !hasCyrillic(doc.text.slice(f.start, f.end)) && wordsOfFrag(k).some((w) => ownVoiceWord(w.w, 'anchor'))) ||
    ix.entities.some(lo, hi, (e) => (e.type === 'place' || e.type === 'organisation' || e.type === 'group') && within(e, frags));
  return anchored ? 'event' : null;
}

/** Adds own-voice claims to `doc` (see the file header), re-linking quantities to claims. */
export function findAuthorClaims(doc: Doc): void {
  const voice = decideVoice(doc);
  doc.voice = voice;
  if (!voice.ownVoice || !voice.name) return;
  const text = doc.text;
  const taken: Span[] = [];
  for (const c of doc.claims) {
    for (const f of c.content) taken.push(f);
    if (c.cue) taken.push(c.cue);
    if (c.speaker && !c.speaker.fromDocument) taken.push(c.speaker);
  }
  // The heading or signature paragraph names the author; it is not a claim.
  if (voice.span && (voice.rule === 'heading' || voice.rule === 'signature')) {
    const para = doc.paragraphs.find((p) => p.start <= voice.span!.start && voice.span!.end <= p.end);
    if (para) {
      taken.push(para);
      // A statement without a publication date from its source is dated by its heading
      // ("Statement of the Ministry of Defence (17 October 2025)", "... as of 15 October 2025").
      const d = doc.published === null ? doc.dates.find((x) => x.date && x.precision === 'day' && x.start >= para.start && x.end <= para.end) : undefined;
      if (d?.date) {
        doc.published = new Date(`${d.date}T00:00:00Z`);
        doc.publishedLocal = doc.published;
      }
    }
  }
  const quotes = new SpanIndex(doc.quoteIndex().outer);
  const takenIx = new SpanIndex(taken);
  const ix: Anchors = { quantities: new SpanIndex(doc.quantities), places: new SpanIndex(doc.places), sides: new SpanIndex(doc.sides), entities: new SpanIndex(doc.entities) };
  const speakerBase: Omit<Speaker, 'start' | 'end' | 'text'> = {
    name: voice.name,
    type: voice.type ? SPEAKER_TYPE[voice.type] : 'unknown',
    fromDocument: true,
  };
  const speakerSpan: TextSpan = voice.span ?? { start: 0, end: 0, text: '' };
  const added: ClaimDraft[] = [];
  for (const s of doc.sentences) {
    if (takenIx.some(s.start, s.end, (x) => overlaps(x, s))) continue;
    // The sentence minus its quotations.
    const frags: Span[] = [];
    let at = s.start;
    for (const q of quotes.near(s.start, s.end)) {
      if (q.end <= at || q.start >= s.end) continue;
      if (q.start > at) frags.push({ start: at, end: q.start });
      at = Math.max(at, q.end);
    }
    if (at < s.end) frags.push({ start: at, end: s.end });
    // Russian and Ukrainian: a question asks, it claims nothing ("Какие уязвимости …?"); a closing
    // source tail ("… – источник 112.") names who told the author and stays out of the content
    const sentence = text.slice(s.start, s.end);
    if (hasCyrillic(sentence)) {
      if (/\?[\s)»"]*$/u.test(sentence)) continue;
      const last = frags[frags.length - 1];
      if (last) {
        const m = authorLexicon().sourceTail.exec(text.slice(last.start, last.end));
        if (m) last.end = last.start + m.index;
      }
    }
    const content: TextSpan[] = [];
    for (const f of frags) {
      const sp = trimSpan(text, f.start, f.end);
      if (/[\p{L}\p{N}]/u.test(text.slice(sp.start, sp.end))) content.push({ ...sp, text: text.slice(sp.start, sp.end) });
    }
    if (content.length === 0) continue;
    const rule = claimable(doc, ix, content, s.t0, s.t1);
    if (!rule) continue;
    added.push({
      kind: 'direct',
      speaker: { ...speakerBase, ...speakerSpan },
      cue: null,
      content,
      why: { stage: 'author', rule },
      anchor: s.t0,
    });
  }
  if (added.length === 0) return;
  // Merge in text order; keep quantity links pointing at the same claims.
  const old = doc.claims;
  const all = [...old.map((c, i) => ({ c, i })), ...added.map((c) => ({ c, i: -1 }))];
  all.sort((a, b) => a.c.anchor - b.c.anchor);
  const remap = new Map<number, number>();
  all.forEach((x, k) => { if (x.i >= 0) remap.set(x.i, k); });
  doc.claims = all.map((x) => x.c);
  const mine: number[] = []; // positions in `all` of the own-voice claims, in text order
  all.forEach((x, k) => { if (x.i < 0) mine.push(k); });
  for (const q of doc.quantities) {
    if (q.claim !== null) q.claim = remap.get(q.claim) ?? null;
    else {
      // the one own-voice claim that can hold q: the last to start at or before it (they follow the sentences)
      const lo = lowerBound(mine.length, (i) => all[mine[i]!]!.c.content[0]!.start <= q.start);
      const k = lo > 0 ? mine[lo - 1]! : -1;
      if (k >= 0 && within(q, all[k]!.c.content)) q.claim = k;
    }
  }
}

export const authorStage: Stage = {
  name: 'author',
  requires: ['tokens', 'sentences', 'paragraphs', 'quotes', 'entities', 'claims', 'places', 'quantities', 'dates'],
  assigns: ['author'],
  run: findAuthorClaims,
};
