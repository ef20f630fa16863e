/**
 * Stage `attribution`: who said what. Finds attribution cues (reporting verbs from
 * data/cue-verbs.tsv, "according to" and nominal cues from data/cue-phrases.tsv), then, for each
 * cue, its source (the speaker phrase) and content (what was said), by the shape of the clause:
 *
 * - preposed:   `X said (that) ...`, `X wrote: "..."`, `X told reporters ...`
 * - postposed:  `"...," X said.`, `..., the ministry said.`
 * - inverted:   `"...," said X, the deputy chairman.`
 * - split:      `"...," she said. "..."` / `"...," she said, "..."`
 * - according:  `..., according to officials.` / `According to X, ...`
 * - nominal:    `claims by X that ...`, `X's claim that ...`, `Russian claims that ...` (a national
 *               adjective owns the claim), also inside another claim's content ("rejecting X's claims
 *               that ...": the rejecting speaker keeps the outer claim, the embedded one is X's)
 * - colon:      `X wrote:` or `X issued a statement:` ending a paragraph, the quotation in the next one
 *
 * Spans follow the conventions of news attribution corpora: a direct quotation's content keeps
 * its quotation marks; a comma that separates content from a postposed cue is not content; the
 * cue includes auxiliaries ("has said"); the source includes determiners and an apposition.
 * Each speaker is then resolved to a named actor where the document allows (see resolve.ts).
 */
import { Doc, Kind, P, isCapitalAt, lowerBound, type ClaimDraft, type QuoteIndex, type QuoteSpan } from '../doc.js';
import type { ClaimKind, Span, TextSpan } from '../types.js';
import type { Stage } from '../pipeline.js';
import { cueLexicon, type CueInfo } from './lexicon.js';
import { actorFullName, resolveSpeaker } from './resolve.js';
import { findClaimsRuUk } from './patterns-ruuk.js';
import { datelineAt, isDatelineClose } from './dateline.js';
import { creditSpans, inCredit } from './credits.js';
import { entityLexicon } from '../entities/lexicon.js';
import { cueParticles, grammarSet, titleAbbreviationsEn } from '../../lexicon/grammar.js';
import { table, wordSet } from '../../lexicon/index.js';

const AUX_ADV = grammarSet('cue-adverb');
const CLAUSE_START = new Set([P.PRON, P.PROPN, P.DET, P.NOUN, P.ADJ, P.NUM]);
const SENT_END = new Set(['.', '!', '?', '...', '…']);
const OPEN_Q = new Set(['"', "'"]);
/** Particles and prepositions that belong to the cue: "called for", "pointed to", "referring to". */
const PARTICLES = cueParticles();
/** Words that open a clause with a quantity: "said at least 4 civilians ...", "said more than 20 ...". */
const QUANT_START = grammarSet('quantity-opener');
/** Final punctuation that is not part of a content span (a question or exclamation mark is kept). */
const TRIM_END = new Set(['.', '...', '…', '!', '?']);
/** Adverbs that begin a clause rather than modify its cue verb. */
const NOT_CUE_ADV = grammarSet('not-cue-adverb');
const POSSESSIVES = grammarSet('possessive');
/** Prepositions that belong to a cue with a noun-phrase content: "talked about X", "complained of X". */
const CUE_PREPS = grammarSet('cue-preposition');
/** Platforms and media after "on"/"in" ("claimed on Telegram"): a circumstance, no content (data/grammar-words.tsv `platform`). */
const PLATFORMS = grammarSet('platform');
const DET_HEADS = grammarSet('determiner-head');
const PREPS = grammarSet('adverbial-start');
const PARTICIPLE_LINKS = grammarSet('participle-link');
const CLAUSE_LINKS = grammarSet('clause-link');
/** Adverbs that may close a noun phrase used as a description ("the commander there"). */
const NP_TAIL_ADV = grammarSet('np-tail-adverb');
const NP_POS = new Set([P.PROPN, P.NOUN, P.ADJ, P.DET, P.NUM, P.PRON]);
/** Prepositions of a subject's post-modifier that only a sentence-opening subject takes ("Experts on X say"). */
const POSTMOD_PREPS = grammarSet('subject-postmodifier');

/** `Ctx.used` values: a token inside a claim's content, and a token of a claim's cue or source. */
const USED_CONTENT = 1;
const USED_ROLE = 2;

interface Ctx {
  doc: Doc;
  /** content/source/cue tokens already used by a claim (USED_CONTENT or USED_ROLE) */
  used: Uint8Array;
  quoteAt: (offset: number) => QuoteSpan | null;
}

/** Finds attributed statements and fills `doc.claims`. */
export function findClaims(doc: Doc): void {
  // picture credits, captions and bylines are no one's statement (credits.ts)
  doc.credits = creditSpans(doc.text);
  // Russian and Ukrainian paragraphs: patterns of their own (patterns-ruuk.ts); a document with no
  // other language needs nothing more
  if (doc.paraLangs.some((l) => l === 'ru' || l === 'uk')) {
    findClaimsRuUk(doc, doc.paraLangs);
    if (doc.paraLangs.every((l) => l === 'ru' || l === 'uk' || l === 'und')) {
      dropCredits(doc);
      return;
    }
  }
  const t = doc.tokens;
  const ctx: Ctx = { doc, used: new Uint8Array(t.n), quoteAt: (off) => quoteCovering(doc, off) };
  // Speaker labels first ("SHOIGU: ..."): a label that names a person is never content of another claim
  const labels = doc.paragraphs.map((p) => turnLabel(ctx, p));
  for (const l of labels) if (l?.person) for (let k = l.a; k <= l.colon; k++) ctx.used[k] = USED_ROLE;
  // The tokens tryCue may act on, each with the quotation covering it, found once: the four
  // passes below visit only these (a few per cent of the tokens), not every token four times.
  const cand = cueCandidates(doc);
  const candQuote = cand.map((i) => ctx.quoteAt(t.start[i]!));
  // Pass 1: cues outside quotations; pass 2: cues inside unclosed quotations not already claimed.
  // Within a sentence, cues that close it ("..., X said", "..., according to Y") are tried first:
  // they own the whole sentence, so a reporting verb inside their content is not a claim of its own.
  for (const inside of [false, true]) {
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si]!;
      const k0 = lowerBound(cand.length, (k) => cand[k]! < s.t0);
      for (const postOnly of [true, false]) {
        for (let k = k0; k < cand.length && cand[k]! < s.t1; k++) {
          doc.budget.tick();
          const i = cand[k]!;
          if (ctx.used[i]) continue;
          const q = candQuote[k]!;
          if ((q !== null) !== inside) continue;
          // A cue inside a quotation belongs to the quoted speaker's own words ("I think ...") and is
          // part of the quotation's content, so it is not a claim of its own; only an unclosed
          // (unbalanced) quotation is searched, since its extent is a guess.
          if (q !== null && q.closed) continue;
          tryCue(ctx, si, i, q, inside, postOnly);
        }
      }
    }
  }
  nestedNominals(ctx);
  signatures(ctx);
  const turns = transcript(ctx, labels);
  continueQuotes(ctx);
  dropCredits(doc);
  doc.claims.sort((a, b) => a.anchor - b.anchor);
  for (const c of doc.claims) {
    if (c.speaker && !c.why.rule.startsWith('ruuk-')) resolveSpeaker(doc, c);
  }
  // a description met before its name ("Governor says ..." in a headline, the governor named in the
  // lead): once every speaker has been read, the descriptions they gave resolve the earlier ones
  for (const c of doc.claims) {
    if (c.speaker && !c.speaker.name && c.speaker.type === 'person') resolveSpeaker(doc, c);
  }
  labelNames(doc, labels);
  firstPersonInTurns(doc, turns);
  dropUnverified(doc);
}

let creditWords: Set<string> | null = null;
/**
 * Drops claims whose speaker is a photo credit, caption or byline (data/credit-words.txt): "File
 * photo shows ...", a speaker right after "Photo/" or "Photo:", a paragraph opening "By NAME, ...";
 * and every claim whose speaker or cue stands in a credit, caption or byline line (credits.ts).
 */
function dropCredits(doc: Doc): void {
  creditWords ??= wordSet('credit-words.txt');
  const credit = creditWords;
  const t = doc.tokens;
  const isCredit = (c: ClaimDraft): boolean => {
    if (c.cue && inCredit(doc, c.cue.start)) return true;
    const sp = c.speaker;
    if (!sp) return false;
    if (inCredit(doc, sp.start)) return true;
    const a = doc.tokenAt(sp.start);
    for (let k = a; k < t.n && t.start[k]! < sp.end; k++) if (credit.has(t.lower[k]!)) return true;
    // "AP Photo/Efrem Lukatsky", "Photo: Reuters": the token before the speaker is "/" or ":" after a credit word
    let b = a - 1;
    while (b >= 0 && t.kind[b] === Kind.Space) b--;
    if (b > 0 && (t.lower[b] === '/' || t.lower[b] === ':') && credit.has(t.lower[b - 1]!)) return true;
    return false;
  };
  if (doc.claims.some(isCredit)) doc.claims = doc.claims.filter((c) => !isCredit(c));
}

let unverified: { verbs: Set<string>; negators: Set<string>; skip: Set<string>; refusal: Set<string>; withheld: Set<string> } | null = null;
/** Longest run of adverbs and auxiliaries between a negation and its verification verb. */
const UNVERIFIED_GAP = 4;
/**
 * Whether the claim's cue is a negated verification verb (data/unverified-cues.tsv): "Reuters could
 * not independently verify the battlefield accounts", "Ukraine did not confirm the figure", or a
 * refusal to verify or tell ("Kyiv declined to confirm ...", "refused to comment"). The speaker asserts
 * nothing of its content: no claim.
 */
function isUnverified(doc: Doc, c: ClaimDraft): boolean {
  if (!c.cue) return false;
  if (!unverified) {
    const by = (role: string): Set<string> => new Set(table('unverified-cues.tsv').filter((r) => r[0] === role && r[1]).map((r) => r[1]!.toLowerCase()));
    unverified = { verbs: by('verb'), negators: by('negator'), skip: by('skip'), refusal: by('refusal'), withheld: by('withheld') };
  }
  const u = unverified;
  const t = doc.tokens;
  // a refusal cue, "to" and a verb of verifying or telling ("declined to confirm that ...", "refused
  // to comment"): no claim; "declined to take sides, saying ..." stays
  for (let k = doc.tokenAt(c.cue.start); k < t.n && t.start[k]! < c.cue.end; k++) {
    if (!u.refusal.has(t.lower[k]!) && !u.refusal.has(t.lemma[k]!)) continue;
    let n = k + 1;
    while (n < t.n && t.kind[n] === Kind.Space) n++;
    if (n >= t.n || t.lower[n] !== 'to') continue;
    for (n++; n < t.n && t.kind[n] === Kind.Space; n++);
    if (n < t.n && (u.verbs.has(t.lemma[n]!) || u.withheld.has(t.lemma[n]!) || u.withheld.has(t.lower[n]!))) return true;
  }
  // the verification verb: the last token of the cue whose lemma is one
  let v = -1;
  for (let k = doc.tokenAt(c.cue.start); k < t.n && t.start[k]! < c.cue.end; k++) if (u.verbs.has(t.lemma[k]!)) v = k;
  if (v < 0) return false;
  let gap = 0;
  for (let k = v - 1; k >= 0; k--) {
    if (t.kind[k] === Kind.Space) continue;
    const w = t.lower[k]!; // (doc.ts folds ’ to ' in norm, which the tokens are cut from)
    if (u.negators.has(w) || w.endsWith("n't")) return true;
    if (!u.skip.has(w) || ++gap > UNVERIFIED_GAP) return false;
  }
  return false;
}

/**
 * Drops the claims whose cue is a negated verification verb (`isUnverified`), keeping them in
 * `doc.unclaimed`: their speaker still speaks ("Halcyon could not independently verify" is an outlet,
 * no place), which the places stage reads.
 */
function dropUnverified(doc: Doc): void {
  const gone = doc.claims.filter((c) => isUnverified(doc, c));
  if (gone.length === 0) return;
  doc.unclaimed.push(...gone);
  doc.claims = doc.claims.filter((c) => !gone.includes(c));
}

/**
 * The tokens `tryCue` may act on, in text order: its word opens an "according to" phrase, is a
 * nominal or adjectival cue or "asked", or its lemma is a cue verb. `tryCue` does nothing on any
 * other token, so the four passes (two of two kinds) call it on these tokens only.
 */
function cueCandidates(doc: Doc): number[] {
  const t = doc.tokens;
  const lex = cueLexicon();
  const out: number[] = [];
  const { byForm, byFormOrLemma, verbs } = lex;
  const lower = t.lower;
  const lemma = t.lemma;
  for (let i = 0; i < t.n; i++) {
    const w = lower[i]!;
    const l = lemma[i]!;
    if (!(w === l ? byFormOrLemma.has(w) : byForm.has(w) || verbs.has(l))) continue;
    // the second half of a hyphen compound is no cue ("the self-proclaimed republic", "so-called")
    if (i >= 2 && lower[i - 1] === '-' && t.end[i - 1] === t.start[i] && t.end[i - 2] === t.start[i - 1] && t.kind[i - 2] === Kind.Word) continue;
    out.push(i);
  }
  return out;
}

/** Try token `i` as a cue; with `postOnly`, only as a cue that closes its sentence. */
function tryCue(ctx: Ctx, si: number, i: number, q: QuoteSpan | null, inside: boolean, postOnly: boolean): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const s = doc.sentences[si]!;
  const lex = cueLexicon();
  const lower = t.lower[i]!;
  const phrase = phraseAt(t.lower, i, s.t1, lex.according);
  if (phrase > i) {
    if (postOnly) according(ctx, si, i, phrase, q);
    return;
  }
  if (postOnly) {
    const info = cueVerb(doc, i, s.t0, s.t1);
    if (info && info.frames.has('post')) verbCue(ctx, si, i, info, q, true);
    return;
  }
  // a nominal cue: a noun ("his claim that"), or a word the tagger took for a verb or a name but
  // that "by" follows ("there were claims by X that", sentence-initial "Allegations by X that")
  if (lex.nominal.has(lower) && ((t.pos[i] === P.NOUN && !verbLikeNoun(doc, i, s.t0, s.t1)) || (i + 1 < s.t1 && t.lower[i + 1] === 'by' && (t.pos[i] === P.VERB || t.pos[i] === P.PROPN) && lower.endsWith('s')))) {
    nominal(ctx, si, i, q);
    return;
  }
  if (lower === 'asked' && !inside && askedClause(ctx, si, i)) return;
  const pos = t.pos[i]!;
  if ((pos === P.ADJ || pos === P.ADP || pos === P.VERB) && lex.adjectives.has(lower) && i > s.t0 && (t.pos[i - 1] === P.AUX || t.pos[i - 1] === P.ADV || t.pos[i - 1] === P.PART)) {
    if (adjectiveCue(ctx, si, i, lex.adjectives.get(lower)!, q)) return;
  }
  const info = cueVerb(doc, i, s.t0, s.t1);
  if (info) verbCue(ctx, si, i, info, q, false);
}

/** End of the longest phrase of `phrases` (lower-case words) starting at token `i`, or `i`. */
function phraseAt(lower: string[], i: number, hi: number, phrases: string[][]): number {
  for (const words of phrases) {
    if (i + words.length > hi) continue;
    let k = 0;
    while (k < words.length && lower[i + k] === words[k]) k++;
    if (k === words.length) return i + k;
  }
  return i;
}

/** The cue-verb entry of token `i` when it is a reporting verb (or a cue verb mis-tagged as a noun). */
function cueVerb(doc: Doc, i: number, lo: number, hi: number): CueInfo | null {
  const t = doc.tokens;
  const pos = t.pos[i]!;
  if (pos !== P.VERB && !(pos === P.NOUN && verbLikeNoun(doc, i, lo, hi))) return null;
  return cueLexicon().verbs.get(t.lemma[i]!) ?? null;
}

/** A paragraph's speaker label: tokens [a, k) before the colon token k. */
interface TurnLabel {
  a: number;
  k: number;
  /** the colon token */
  colon: number;
  key: string;
  /** The person a label in capitals names ("SHOIGU" → Sergei Shoigu), or null. */
  person: string | null;
}

/**
 * The label of a paragraph that opens with a short name and a colon ("PENCE: Well, ...",
 * "Rybar: ...", "QUESTION (Meridian Press Agency): ..."), or null. A parenthetical after the name
 * (who asks, which outlet) belongs to the label, not to the speaker span.
 */
function turnLabel(ctx: Ctx, p: Span): TurnLabel | null {
  const { doc } = ctx;
  const t = doc.tokens;
  const nameLike = (k: number): boolean =>
    t.pos[k] === P.PROPN || (t.kind[k] === Kind.Word && (isUpperWord(doc, k) || isTitleWord(doc, k))) || t.lower[k] === '.';
  let a = doc.tokenAt(p.start);
  // a transcript quoted paragraph by paragraph, each opening with a quotation mark ('"PENCE: Well, ...')
  if (doc.norm[p.start] === '"' && a + 1 < t.n && t.kind[a + 1] === Kind.Word && isUpperWord(doc, a + 1)) a++;
  let k = a;
  while (k < t.n && k - a < 6 && t.start[k]! < p.end && nameLike(k)) k++;
  if (k === a || k >= t.n) return null;
  let colon = k;
  // "NAME (Outlet):" — skip a short parenthetical between the name and the colon.
  if (t.lower[k] === '(') {
    let m = k + 1;
    while (m < t.n && m - k < 8 && t.start[m]! < p.end && t.lower[m] !== ')') m++;
    if (m < t.n && t.lower[m] === ')' && m + 1 < t.n && t.lower[m + 1] === ':') colon = m + 1;
  }
  if (t.lower[colon] !== ':' || ctx.used[colon]) return null;
  if (!isUpperWord(doc, a) && !t.pos.subarray(a, k).every((x) => x === P.PROPN) && k - a > 4) return null;
  let key = '';
  for (let m = a; m < k; m++) key += `${t.lower[m]} `;
  return { a, k, colon, key, person: labelPerson(doc, a, k) };
}

/**
 * The person a speaker label in capitals names ("SHOIGU", "SUROVIKIN"): a person of the document
 * with that surname (the nearest mention before the label first), else a name of data/actors.tsv
 * that ends with it. Null for anything else ("KUPYANSK DIRECTION", "BREAKING").
 */
function labelPerson(doc: Doc, a: number, k: number): string | null {
  const t = doc.tokens;
  if (k - a > 3) return null;
  for (let m = a; m < k; m++) if (!isUpperWord(doc, m) || t.kind[m] !== Kind.Word) return null;
  const surname = t.lower[k - 1]!;
  if (surname.length < 3) return null;
  const at = t.start[a]!;
  let found: string | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'person' || !e.name || (e.start < t.end[k - 1]! && e.end > at)) continue; // (not the label itself)
    const words = e.name.toLowerCase().split(/\s+/);
    if (words.length < 2 || words[words.length - 1] !== surname) continue;
    if (e.start < at || !found) found = e.name;
    if (e.start > at) break;
  }
  return found ?? actorFullName(surname);
}

/** Transcript claims of a label that names a person take that person's name ("SHOIGU" → Sergei Shoigu). */
function labelNames(doc: Doc, labels: (TurnLabel | null)[]): void {
  const byStart = new Map<number, string>();
  for (const l of labels) if (l?.person) byStart.set(doc.tokens.start[l.a]!, l.person);
  if (byStart.size === 0) return;
  for (const c of doc.claims) {
    const sp = c.speaker;
    const name = sp && c.why.rule === 'transcript' ? byStart.get(sp.start) : undefined;
    if (!sp || !name) continue;
    sp.name = name;
    sp.type = 'person';
  }
}

/**
 * Interview transcripts and channel posts: a paragraph that opens with a short name and a colon
 * ("PENCE: Well, ...", "VERBYTSKYI: ...", "Rybar: ...") attributes the rest of the paragraph to
 * that name. A label met once may be a heading ("KUPYANSK DIRECTION: ...") and takes its paragraph
 * only when nothing in it is attributed otherwise. In a transcript (a label that recurs), what
 * other rules found inside a turn ("I will say only that ...") keeps its own claim and the rest of
 * the turn is the labelled speaker's, and the unlabelled paragraphs after a turn continue it until
 * the next label.
 * A turn that is only a question ("QUESTION (Outlet): Is the garrison surrounded?") asserts
 * nothing and gives no claim, but it ends the previous turn.
 */
function transcript(ctx: Ctx, labels: (TurnLabel | null)[]): (TurnLabel | null)[] {
  const { doc } = ctx;
  const t = doc.tokens;
  // (labels are read before the cues; a colon another rule has since taken is no label)
  labels = labels.map((l) => (l && !l.person && ctx.used[l.colon] ? null : l));
  const turns: (TurnLabel | null)[] = labels.map(() => null);
  const count = new Map<string, number>();
  for (const l of labels) if (l) count.set(l.key, (count.get(l.key) ?? 0) + 1);
  // labels that name people count as recurring: two of them make a transcript ("SUROVIKIN: ...",
  // "SHOIGU: ..."), and one is a turn even when something inside it is attributed otherwise
  const people = labels.filter((l) => l?.person).length;
  for (const l of labels) if (l?.person) count.set(l.key, Math.max(count.get(l.key) ?? 0, people >= 2 ? 2 : 1));
  const isTurn = (l: TurnLabel): boolean => (count.get(l.key) ?? 0) >= 2 || l.person !== null;
  let current: TurnLabel | null = null;
  doc.paragraphs.forEach((p, i) => {
    const l = labels[i];
    if (!l) {
      inlineColons(ctx, doc.tokenAt(p.start), p.end);
      if (current && (count.get(current.key) ?? 0) >= 2) {
        turns[i] = current;
        turn(ctx, current, doc.tokenAt(p.start), p.end);
      }
      return;
    }
    current = l;
    turns[i] = l;
    const colon = l.colon;
    // A label met once may be a heading ("KUPYANSK DIRECTION: ...", "BREAKING: ..."): it takes the
    // paragraph only when nothing in it is attributed otherwise. A recurring label is a transcript.
    if (!isTurn(l)) {
      for (let m = colon + 1; m < t.n && t.start[m]! < p.end; m++) if (ctx.used[m]) { turns[i] = null; return; }
    }
    turn(ctx, l, colon + 1, p.end, colon);
  });
  return turns;
}

const FIRST_PERSON = new Set(['i', 'we']);
/**
 * In a transcript turn, "I" and "we" are the labelled speaker ("VERBYTSKYI: ... I will say only
 * that ..."): such speakers take the name and type the label resolved to.
 */
function firstPersonInTurns(doc: Doc, turns: (TurnLabel | null)[]): void {
  const t = doc.tokens;
  if (!turns.some((x) => x)) return;
  // (the labelled claims by where their speaker starts, and the paragraph by binary search: one
  // look-up per claim, not a scan of every claim and paragraph)
  const owners = new Map<number, ClaimDraft>();
  for (const o of doc.claims) if (o.why.rule === 'transcript' && o.speaker && !owners.has(o.speaker.start)) owners.set(o.speaker.start, o);
  const ps = doc.paragraphs;
  for (const c of doc.claims) {
    const sp = c.speaker;
    if (!sp || !FIRST_PERSON.has(sp.text.toLowerCase())) continue;
    const k = lowerBound(ps.length, (i) => ps[i]!.start <= sp.start) - 1; // (paragraphs follow each other)
    const pi = k >= 0 && sp.end <= ps[k]!.end ? k : -1;
    const l = pi >= 0 ? turns[pi] : null;
    if (!l) continue;
    const at = t.start[l.a]!;
    const owner = owners.get(at);
    if (!owner?.speaker) continue;
    sp.name = owner.speaker.name;
    sp.type = owner.speaker.type;
    sp.resolvedFrom = owner.speaker.resolvedFrom ?? { start: owner.speaker.start, end: owner.speaker.end };
  }
}

/** Emits the stretches of tokens [from, end) that no other claim holds as claims of label `l`. */
function turn(ctx: Ctx, l: TurnLabel, from: number, end: number, colon = l.k): void {
  const { doc } = ctx;
  const t = doc.tokens;
  let e = from;
  while (e < t.n && t.end[e]! <= end) e++;
  const raw = e;
  e = trimEnd(doc, from, e);
  const runs: [number, number][] = [];
  for (let m = from; m < e; ) {
    while (m < e && (ctx.used[m] || t.kind[m] === Kind.Space || (t.kind[m] === Kind.Punct && !isOpenQuote(doc, m)))) m++;
    let r = m;
    while (r < e && !ctx.used[r]) r++;
    const b = trimEnd(doc, m, r);
    let last = r === e ? raw : r;
    while (last > m && t.kind[last - 1] === Kind.Space) last--;
    let words = 0;
    for (let x = m; x < b; x++) if (t.kind[x] === Kind.Word || t.kind[x] === Kind.Number) words++;
    if (words >= 3 && t.lower[last - 1] !== '?') runs.push([m, b]);
    m = r;
  }
  for (const [m, b] of runs) {
    const fr = doc.span(t.start[m]!, t.end[b - 1]!);
    const before = doc.claims.length;
    emit(ctx, m, [l.a, l.k], [colon, colon + 1], [fr], 'transcript');
    // A transcript gives the speaker's words verbatim.
    const c = doc.claims[before];
    if (c) c.kind = 'direct';
  }
}

/** "... - Carl Bialik: “...”": a short name, a colon and a quotation inside a paragraph. */
function inlineColons(ctx: Ctx, a: number, end: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  for (let k = a + 1; k + 1 < t.n && t.start[k]! < end; k++) {
    if (t.lower[k] !== ':' || ctx.used[k] || !isOpenQuote(doc, k + 1) || ctx.used[k + 1]) continue;
    let b = k;
    while (b - 1 >= a && k - b < 4 && t.pos[b - 1] === P.PROPN) b--;
    if (b === k || !(b === a || t.lower[b - 1] === '-' || t.lower[b - 1] === '—' || t.kind[b - 1] === Kind.Space)) {
      leadColon(ctx, a, k);
      continue;
    }
    const q = ctx.quoteAt(t.start[k + 1]!);
    if (!q) continue;
    emit(ctx, k, [b, k], [k, k + 1], [doc.span(q.start, q.end)], 'transcript-inline');
  }
}

/** Words that open a short topic or apposition between a paragraph's leading name and its colon. */
const LEAD_JOINS = new Set(['on', 'about', ',', 'in']);
/** Tokens a leading name's topic or apposition may take before the colon. */
const LEAD_REACH = 16;

/**
 * A post that opens with a name, a short topic or apposition and a colon before a quotation
 * ("Yevgeny Prigozhin on the situation on the flanks of Bakhmut: "..."", "Prigozhin, in a video
 * recorded in the city: "...""): the name says the quotation. The name is the paragraph's first
 * two to four proper nouns (or one, when the entities stage types it a person or leaves it unknown); the colon at `k`.
 */
function leadColon(ctx: Ctx, a: number, k: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  if (k - a > LEAD_REACH + 4) return;
  let e = a;
  while (e < k && e - a < 4 && t.pos[e] === P.PROPN) e++;
  if (e === a || e >= k || !LEAD_JOINS.has(t.lower[e]!)) return;
  if (e - a === 1 && !doc.entities.some((x) => (x.type === 'person' || x.type === 'unknown') && x.start <= t.start[a]! && x.end >= t.end[a]!)) return;
  for (let m = e; m < k; m++) if (ctx.used[m] || SENT_END.has(t.lower[m]!) || isOpenQuote(doc, m)) return;
  const q = ctx.quoteAt(t.start[k + 1]!);
  if (!q) return;
  emit(ctx, k, [a, e], [k, k + 1], [doc.span(q.start, q.end)], 'lead-colon');
}

/** Dashes that introduce the signature after a quotation ('"..." ― Rosa Delgado'). */
const SIGNATURE_DASHES = new Set(['―', '—', '–', '--']);
/** Longest signature, in tokens (a name and a short description). */
const SIGNATURE_REACH = 24;

/**
 * A paragraph that is a quotation and a signature after a dash: `“...” ― Rosa Delgado`, `"..." — Tom
 * Baker, a parent in Leeds`. The quotation opens the paragraph, the dash follows its closing mark, and
 * a capitalised name (with an optional description after a comma) ends the paragraph: the name's
 * holder said the quotation, the dash is the cue.
 */
function signatures(ctx: Ctx): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const outer = doc.quoteIndex().outer;
  for (const p of doc.paragraphs) {
    const q = outer[lowerBound(outer.length, (x) => outer[x]!.start < p.start)];
    if (!q || q.start !== p.start || !q.closed || q.end >= p.end) continue;
    let d = doc.tokenAt(q.end);
    while (d < t.n && t.kind[d] === Kind.Space) d++;
    if (d >= t.n || t.start[d]! >= p.end || !SIGNATURE_DASHES.has(t.lower[d]!)) continue;
    let a = d + 1;
    while (a < t.n && t.kind[a] === Kind.Space) a++;
    const last = doc.tokenAt(p.end - 1);
    const e = trimEnd(doc, a, last + 1);
    if (a >= e || e - a > SIGNATURE_REACH || !isTitleWord(doc, a)) continue;
    // the name: capitalised words and initials up to a comma or the end
    let k = a;
    while (k < e && t.lower[k] !== ',' && (t.kind[k] === Kind.Space || isTitleWord(doc, k) || t.lower[k] === '.' || t.lower[k] === '-')) k++;
    if (k < e && t.lower[k] !== ',') continue;
    if (ctx.used[doc.tokenAt(q.start)] || ctx.used[d]) continue;
    emit(ctx, d, [a, e], [d, d + 1], [doc.span(q.start, q.end)], 'signature');
  }
}

function isTitleWord(doc: Doc, k: number): boolean {
  return isCapitalAt(doc.text, doc.tokens.start[k]!);
}

function isUpperWord(doc: Doc, k: number): boolean {
  const w = doc.text.slice(doc.tokens.start[k]!, doc.tokens.end[k]!);
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/**
 * A quotation split by its cue across sentences belongs to the same claim:
 * `"First part," she said. "Second part."` — when a claim's cue closes its sentence and the next
 * sentence in the same paragraph opens with a quotation nobody else claimed, that quotation is
 * added as another content fragment.
 */
function continueQuotes(ctx: Ctx): void {
  const { doc } = ctx;
  const t = doc.tokens;
  for (const c of doc.claims) {
    if (!c.cue || c.content.length !== 1) continue;
    const first = c.content[0]!;
    const q0 = ctx.quoteAt(first.start);
    // a paraphrase before its cue ("The budget will not pass, Ortiz said.") goes on with the
    // quotation that follows in the same paragraph, as a quotation split by its cue does
    const paraphrase = !q0 || q0.start !== first.start;
    if (paraphrase && (!c.why.rule.startsWith('postposed') || q0 || first.start !== doc.sentences[t.sent[doc.tokenAt(first.start)]!]!.start)) continue;
    const tail = Math.max(c.cue.end, c.speaker?.end ?? 0);
    if (first.end > c.cue.start) continue;
    // A speaker or cue that ends the text has no token after it: take the last token's sentence.
    let k = Math.min(doc.tokenAt(tail), t.n - 1);
    const si = t.sent[k]!;
    const s = doc.sentences[si]!;
    // the cue and source must end the sentence
    while (k < s.t1 && t.end[k]! <= tail) k++;
    const rest = trimEnd(doc, k, s.t1);
    if (rest > k && !quietTail(doc, k, rest)) continue;
    // the following quotations of the paragraph, while nobody else claims them; a paragraph that
    // ends with the claim and is followed by paragraphs that open with a quotation nobody claims
    // ('"...," he said.' then '"More."'): those quotations too (the reporter's convention for a
    // quotation that goes on)
    let sj = si + 1;
    let para = s.paragraph;
    for (;;) {
      const next = doc.sentences[sj];
      if (!next) break;
      if (next.paragraph !== para) {
        if (paraphrase || next.paragraph !== para + 1 || doc.sentences[sj - 1]!.paragraph !== para) break;
        const prev = doc.sentences[sj - 1]!;
        // the previous paragraph must end with this claim (its cue, speaker or a continuation)
        const k0 = doc.tokenAt(Math.max(tail, c.content[c.content.length - 1]!.end));
        if (trimEnd(doc, k0, prev.t1) > k0) break;
        para = next.paragraph;
      }
      const q = ctx.quoteAt(next.start);
      if (!q || q.start !== next.start || ctx.used[next.t0 + 1]) break;
      // (in a paragraph of its own, only a double quotation mark: 'Title Case.' is a subheading)
      if (para !== s.paragraph && doc.norm[q.start] !== '"') break;
      c.content.push(doc.span(q.start, q.end));
      markUsed(ctx, q.start, q.end);
      // skip the sentences inside this quotation
      while (sj < doc.sentences.length && doc.sentences[sj]!.start < q.end) sj++;
    }
  }
}

/** Paragraphs an unclosed quotation may run on over before its closing mark (a speech quoted at length). */
const RUN_ON_PARAGRAPHS = 4;

/**
 * The end of a quotation that runs on over paragraphs without re-opening marks: `He said:` then
 * `“First paragraph.` then `Second paragraph.”` — the quotation module closes the first at its
 * paragraph's end, so the quotation is carried on while the following paragraphs hold no quotation
 * mark, up to the first paragraph whose first mark is a closing one (`”`, or a straight `"` not
 * followed by a letter). Returns `q.end` when the quotation is closed or no such paragraph follows.
 */
function runOnQuoteEnd(doc: Doc, q: QuoteSpan): number {
  if (q.closed || q.style !== 'double') return q.end;
  const paras = doc.paragraphs;
  // the paragraph holding the quotation's start (paragraphs are sorted and disjoint)
  let pi = lowerBound(paras.length, (x) => paras[x]!.end <= q.start);
  if (pi >= paras.length || paras[pi]!.start > q.start || doc.text.slice(q.end, paras[pi]!.end).trim() !== '') return q.end;
  for (let n = 0; n < RUN_ON_PARAGRAPHS && ++pi < paras.length; n++) {
    const p = paras[pi]!;
    let k = p.start;
    while (k < p.end && doc.norm[k] !== '"') k++;
    if (k >= p.end) continue; // a paragraph with no mark: the quotation goes on
    const ch = doc.text[k]!;
    const closing = ch === '”' || (ch === '"' && !/\p{L}|\p{N}/u.test(doc.text[k + 1] ?? ''));
    if (!closing || k === p.start) return q.end;
    return k + 1;
  }
  return q.end;
}

/**
 * A cue verb mis-tagged as a noun ("The channel reports that ...", "Sources claim the attack ..."):
 * it follows a noun phrase and opens a clause.
 */
function verbLikeNoun(doc: Doc, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens;
  if (i - 1 < lo || i + 1 >= hi) return false;
  const prev = t.pos[i - 1]!;
  if (prev !== P.NOUN && prev !== P.PROPN && prev !== P.PRON) return false;
  // a national adjective is no subject: "Russian claims that" is a noun phrase ("Russia claims that" is not),
  // unless an article makes it a person ("a Russian claims that ...")
  if (cueLexicon().nations.has(t.lower[i - 1]!) && !(i - 2 >= lo && (t.lower[i - 2] === 'a' || t.lower[i - 2] === 'an'))) return false;
  const next = t.lower[i + 1]!;
  return next === 'that' || next === ':' || ((t.pos[i + 1] === P.DET || t.pos[i + 1] === P.PRON) && hasVerbOrAux(doc, i + 2, Math.min(hi, i + 12)));
}

/** Whether some token in [a, b) satisfies `test`. */
function someToken(a: number, b: number, test: (k: number) => boolean): boolean {
  for (let k = a; k < b; k++) if (test(k)) return true;
  return false;
}

function hasVerbOrAux(doc: Doc, a: number, b: number): boolean {
  return someToken(a, b, (k) => doc.tokens.pos[k] === P.VERB || doc.tokens.pos[k] === P.AUX);
}

/**
 * Whether the words after a claim's cue and speaker add no statement of their own: an addressee or
 * adverbials ("told POLITICO earlier this week"), a participle or relative clause about the speaker
 * (", who will address the convention"), but no quotation.
 */
function quietTail(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens;
  // a title in quotation marks after a preposition or a possessive ('on CBS's "Face the Nation."') is
  // a circumstance: the tail is read without it
  for (let k = a; k < b; k++) {
    const q = isOpenQuote(doc, k);
    if (!q) continue;
    if (!isQuotedTitle(doc, k, q)) return false;
    while (k + 1 < b && t.start[k + 1]! < q.end) k++;
    b = Math.min(b, k + 1);
    break;
  }
  // a base-form verb inside a noun phrase ("at a town hall stop") is a noun the tagger misread
  const clauseVerb = (k: number): boolean => (t.pos[k] === P.VERB || t.pos[k] === P.AUX) && !(t.pos[k] === P.VERB && t.lower[k] === t.lemma[k] && k > a && (t.pos[k - 1] === P.NOUN || t.pos[k - 1] === P.ADJ || t.pos[k - 1] === P.DET));
  if (t.lower[a] === ',' && a + 1 < b) {
    const w = t.lower[a + 1]!;
    if (w === 'who' || w === 'whose' || w === 'which' || t.pos[a + 1] === P.ADP || (t.pos[a + 1] === P.VERB && w.endsWith('ing'))) return true;
  }
  // a relative clause about the place or time of the cue: "said at the gala in Washington, where Mrs. Clinton also spoke"
  for (let k = a + 1; k + 1 < b; k++) {
    if (t.lower[k] === ',' && (t.lower[k + 1] === 'where' || t.lower[k + 1] === 'who' || t.lower[k + 1] === 'which')) {
      b = k;
      break;
    }
  }
  return !someToken(a, b, clauseVerb);
}

/** Words a quoted title may hold in lower case ("Face the Nation", "Meet the Press"; data/grammar-words.tsv `title-small`). */
const TITLE_SMALL = grammarSet('title-small');
/** Longest quoted title, in words. */
const TITLE_WORDS = 6;

/**
 * Whether the quotation opening at token `k` is a title (a programme, a book, a slogan) after a
 * preposition or a possessive: every word capitalised but small function words, at most a few words.
 */
function isQuotedTitle(doc: Doc, k: number, q: QuoteSpan): boolean {
  const t = doc.tokens;
  let b = k - 1;
  while (b >= 0 && t.kind[b] === Kind.Space) b--;
  if (b < 0 || !(t.pos[b] === P.ADP || t.lower[b] === "'s" || t.lower[b] === "'")) return false;
  let words = 0;
  for (let m = k + 1; m < t.n && t.end[m]! < q.end; m++) {
    if (t.kind[m] !== Kind.Word) continue;
    if (++words > TITLE_WORDS) return false;
    if (!isCapitalAt(doc.text, t.start[m]!) && !TITLE_SMALL.has(t.lower[m]!)) return false;
  }
  return words > 0;
}

/** Token range end (exclusive) of the sentence content, dropping final punctuation outside quotes. */
function trimEnd(doc: Doc, a: number, b: number): number {
  const t = doc.tokens;
  while (b > a && (t.kind[b - 1] === Kind.Space || TRIM_END.has(t.lower[b - 1]!) || t.lower[b - 1] === ',' || t.lower[b - 1] === ';' || t.lower[b - 1] === ':' || t.lower[b - 1] === '-')) b--;
  return b;
}

/** Index of the first outermost quotation starting at or after `offset`. */
function firstQuoteFrom(qi: QuoteIndex, offset: number): number {
  return lowerBound(qi.outer.length, (i) => qi.outer[i]!.start < offset);
}

function isOpenQuote(doc: Doc, i: number): QuoteSpan | null {
  const t = doc.tokens;
  const c = doc.norm[t.start[i]!];
  if (c !== '"' && c !== "'") return null;
  return doc.quoteIndex().byStart.get(t.start[i]!) ?? null;
}

/** Build a content fragment over tokens [a, b), extending to whole quotations at the edges. */
function fragment(ctx: Ctx, a: number, b: number, quote: QuoteSpan | null): TextSpan | null {
  const { doc } = ctx;
  const t = doc.tokens;
  if (b <= a) return null;
  // a second, coordinated cue ends the content: "called on X to stop Y and described Z as ..."
  const verbs = cueLexicon().verbs;
  for (let k = a + 1; k + 1 < b; k++) {
    if (t.pos[k] === P.CCONJ && t.pos[k + 1] === P.VERB && verbs.has(t.lemma[k + 1]!) && t.lower[k + 1] !== t.lemma[k + 1] && !ctx.quoteAt(t.start[k]!)) {
      b = k;
      break;
    }
    // ... and so does a new clause with its own speaker and cue: "..., and NBC News will accuse ...",
    // "... — the judge interrupted"
    if (CLAUSE_LINKS.has(t.lower[k]!) && k > a + 2 && !ctx.quoteAt(t.start[k]!)) {
      let m = k + 1;
      if (t.lower[k] === ',' && m < b && (t.pos[m] === P.CCONJ || t.lower[m] === 'while')) m++;
      const np = m;
      while (m < b && m - np < 6 && (NP_POS.has(t.pos[m]!) || t.lower[m] === "'s") && t.pos[m] !== P.VERB) m++;
      while (m < b && (t.pos[m] === P.AUX || t.pos[m] === P.ADV)) m++;
      // the verb must open content of its own ("NBC will accuse you", "he said that"), not end a phrase
      // ("power banks charged and ...")
      if (m > np && m + 1 < b && t.pos[m] === P.VERB && verbs.has(t.lemma[m]!) && !/ing$/.test(t.lower[m]!) && t.pos[m + 1] !== P.CCONJ && t.pos[m + 1] !== P.PUNCT) {
        b = k;
        break;
      }
    }
    // a relative clause with its own cue: "..., who said ...", "..., which reported that ..."
    if (t.lower[k] === ',' && k + 2 < b && (t.lower[k + 1] === 'who' || t.lower[k + 1] === 'which') && k > a + 2 && !ctx.quoteAt(t.start[k]!)) {
      let m = k + 2;
      while (m < b && (t.pos[m] === P.AUX || t.pos[m] === P.ADV)) m++;
      if (m < b && t.pos[m] === P.VERB && verbs.has(t.lemma[m]!)) {
        b = k;
        break;
      }
    }
  }
  let start = t.start[a]!;
  let end = t.end[b - 1]!;
  // Content that opens a quotation runs to the quotation's end (multi-sentence and multi-paragraph quotes).
  const qa = ctx.quoteAt(start);
  if (qa && qa.start === start && qa !== quote) end = Math.max(end, qa.end);
  // Content that ends inside a quotation started before it: include its closing mark.
  const qb = ctx.quoteAt(end - 1);
  if (qb && qb !== quote && qb.end > end && qb.end - end <= 2) end = qb.end;
  if (quote) {
    start = Math.max(start, quote.innerStart);
    end = Math.min(end, quote.innerEnd);
  }
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  if (end <= start) return null;
  return doc.span(start, end);
}

/** Marks the tokens of a content span as used (1: content; a cue or source token keeps its 2). */
function markUsed(ctx: Ctx, start: number, end: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  for (let k = doc.tokenAt(start); k < t.n && t.start[k]! < end; k++) if (!ctx.used[k]) ctx.used[k] = USED_CONTENT;
}

function kindOf(ctx: Ctx, content: TextSpan[]): ClaimKind {
  let quoted = 0;
  let chars = 0;
  let hasQuote = false;
  for (const f of content) {
    chars += f.end - f.start;
    const q = ctx.quoteAt(f.start);
    if (q && q.start === f.start && (q.end >= f.end - 1 || runOnQuoteEnd(ctx.doc, q) === f.end)) {
      quoted += f.end - f.start;
      hasQuote = true;
      continue;
    }
    const qi = ctx.doc.quoteIndex();
    for (let n = firstQuoteFrom(qi, f.start); n < qi.outer.length && qi.outer[n]!.start < f.end; n++) {
      const x = qi.outer[n]!;
      if (x.end <= f.end && x.end - x.start > 3) {
        hasQuote = true;
        quoted += x.end - x.start;
      }
    }
  }
  if (quoted >= chars * 0.9) return 'direct';
  return hasQuote ? 'mixed' : 'indirect';
}

/**
 * Tokens of a wire headline's version counter before the speaker ("UPDATE 2-Kremlin says ...": "2",
 * "-"), else 0: a number of one or two digits glued by a hyphen to a capitalised word, right after a
 * slug word in capitals (data/grammar-words.tsv `wire-slug`: "UPDATE"); a number that opens the line
 * is part of a name ("5-Star Movement").
 */
function slugCounter(doc: Doc, k: number, end: number): number {
  const t = doc.tokens;
  if (k + 2 >= end || t.kind[k] !== Kind.Number || t.end[k]! - t.start[k]! > 2 || t.lower[k + 1] !== '-') return 0;
  if (t.end[k] !== t.start[k + 1] || t.end[k + 1] !== t.start[k + 2] || !isCapitalAt(doc.text, t.start[k + 2]!)) return 0;
  let p = k - 1;
  while (p >= 0 && t.kind[p] === Kind.Space) p--;
  if (p < 0 || /[\n\r]/.test(doc.text.slice(t.end[p]!, t.start[k]!))) return 0;
  return /^\p{Lu}{3,}$/u.test(doc.text.slice(t.start[p]!, t.end[p]!)) && WIRE_SLUGS.has(t.lower[p]!) ? 2 : 0;
}

const WIRE_SLUGS = grammarSet('wire-slug');

function emit(
  ctx: Ctx, anchor: number, src: [number, number] | null, cue: [number, number], content: TextSpan[], rule: string,
): void {
  const { doc } = ctx;
  const t = doc.tokens;
  if (content.length === 0) return;
  // an infinitive marker right before the cue belongs to it ("to describe", "to discuss")
  if (cue[0] > 0 && t.lower[cue[0] - 1] === 'to' && t.pos[cue[0] - 1] === P.PART && !(src && src[1] > cue[0] - 1)) cue = [cue[0] - 1, cue[1]];
  if (src) src = afterDateline(doc, src);
  if (src) src = [src[0] + slugCounter(doc, src[0], src[1]), src[1]];
  if (src && src[0] >= src[1]) return;
  content = content.map((f) => contentAfterDateline(doc, f));
  const claim: ClaimDraft = {
    kind: kindOf(ctx, content),
    speaker: src ? { ...doc.span(t.start[src[0]]!, t.end[src[1] - 1]!), name: null, type: 'unknown' } : null,
    cue: doc.span(t.start[cue[0]]!, t.end[cue[1] - 1]!),
    content,
    why: { stage: 'attribution', rule },
    anchor,
  };
  doc.claims.push(claim);
  for (let k = cue[0]; k < cue[1]; k++) ctx.used[k] = USED_ROLE;
  if (src) for (let k = src[0]; k < src[1]; k++) ctx.used[k] = USED_ROLE;
  for (const f of content) markUsed(ctx, f.start, f.end);
}

/**
 * A wire dateline is not part of a speaker: "KYIV, Oct 15 (Meridian) - Russia's defence ministry
 * said" gives "Russia's defence ministry". The dateline is `PLACE, DATE (OUTLET) -`: a closing
 * bracket right before a dash; everything up to the dash is cut from the speaker's tokens.
 */
function afterDateline(doc: Doc, src: [number, number]): [number, number] {
  const t = doc.tokens;
  let s0 = src[0];
  for (let k = src[0] + 1; k < src[1] - 1; k++) {
    if (isDatelineClose(doc, k - 1)) s0 = k + 1;
  }
  return s0 === src[0] ? src : [s0, src[1]];
}

/**
 * Nor is a dateline part of a content: in "KYIV, Oct 17 (Meridian) - Russian artillery shelled a
 * market ..., police said" the content starts after the dash (see dateline.ts).
 */
function contentAfterDateline(doc: Doc, f: TextSpan): TextSpan {
  const t = doc.tokens;
  const k0 = lowerBound(t.n, (i) => t.start[i]! < f.start);
  for (let k = k0; k + 1 < t.n && t.end[k + 1]! < f.end; k++) {
    const d = datelineAt(doc, k);
    if (!d || d.places[0] < k0) continue;
    let b = k + 2;
    while (b < t.n && t.kind[b] === Kind.Space) b++;
    return b < t.n && t.start[b]! < f.end ? doc.span(t.start[b]!, f.end) : f;
  }
  return f;
}

/** A noun phrase ending just before token `e` (exclusive), not before `lo`. Returns its start or -1. */
function npLeft(doc: Doc, e: number, lo: number): number {
  const t = doc.tokens;
  let k = e - 1;
  if (k < lo) return -1;
  // Apposition: NAME , APPOS , <cue> — possibly several segments ("Jillian Chase, 27, a user in X,"),
  // and relative clauses ("Cruz, who has proposed repealing the mandate, said")
  if (t.lower[k] === ',') {
    let m = k - 1;
    let segVerb = false; // the current segment (since the last comma seen) holds a verb
    while (m >= lo && t.kind[m] !== Kind.Space && !OPEN_Q.has(t.lower[m]!) && k - m < 45) {
      const l = t.lower[m]!;
      // participles describe ("X, playing Sanders on TV,", "self-described"); a finite verb ends the search
      // (a capitalised word the tagger took for a verb is a name: "the Hoover Institution")
      if (t.pos[m] === P.AUX || (t.pos[m] === P.VERB && !/(ing|ed|en)$/.test(l) && !isCapitalAt(doc.text, t.start[m]!))) segVerb = true;
      if (l === 'who' || l === 'whose' || l === 'which') segVerb = false;
      if (l === ',' && m < k - 1 && m > lo) {
        if (segVerb) return -1;
        // a place or time adverb (tagged ADV or PRON) closing the description: "the general in charge of the offensive there, X,"
        let me = m;
        while (me - 1 > lo && NP_TAIL_ADV.has(t.lower[me - 1]!) && (t.pos[me - 2] === P.NOUN || t.pos[me - 2] === P.PROPN)) me--;
        const nameStart = npLeftPlain(doc, me, lo);
        const age = k - m === 2 && t.pos[m + 1] === P.NUM; // "Butz, 49, told ..."
        if (nameStart >= 0 && (hasNoun(doc, m + 1, k) || age) && (nameStart === lo || !NP_POS.has(t.pos[nameStart - 1]!))) {
          // the leftmost segment must be a name or a noun phrase, not a number or an age
          if (t.pos[m - 1] !== P.NUM) return nameStart;
        }
      }
      m--;
    }
    return -1;
  }
  return npLeftPlain(doc, e, lo);
}

/** An adjective used as a noun after a determiner: "The self-described democratic socialist said". */
function determinedAdjective(doc: Doc, k: number, lo: number): boolean {
  const t = doc.tokens;
  for (let m = k - 1; m >= lo && k - m <= 5; m--) {
    const p = t.pos[m]!;
    if (p === P.DET) return t.lower[m] === 'the' || t.lower[m] === 'a' || t.lower[m] === 'an';
    if (!(p === P.ADJ || p === P.NOUN || (p === P.VERB && t.lower[m]!.endsWith('ed')) || t.lower[m] === '-')) return false;
  }
  return false;
}

function hasNoun(doc: Doc, a: number, b: number): boolean {
  return someToken(a, b, (k) => doc.tokens.pos[k] === P.NOUN || doc.tokens.pos[k] === P.PROPN);
}

function npLeftPlain(doc: Doc, e: number, lo: number): number {
  const t = doc.tokens;
  let k = e - 1;
  if (k < lo) return -1;
  const headPos = t.pos[k]!;
  if (headPos === P.PRON) {
    const l = t.lower[k]!;
    if (l === 'that' || l === 'this' || l === 'there') return -1;
    // "all of them", "each" etc. are rare: just the pronoun
    return k;
  }
  if (headPos === P.DET && DET_HEADS.has(t.lower[k]!)) return k;
  if (headPos === P.NUM && k - 1 >= lo && (t.lower[k - 1] === 'the' || t.lower[k - 1] === 'all')) return k - 1;
  // a title mis-tagged as an adjective ("Russia's top general said") is the head noun
  const adjTitle = headPos === P.ADJ && (entityLexicon().titles.has(t.lower[k]!) || entityLexicon().groupNouns.has(t.lower[k]!) || determinedAdjective(doc, k, lo));
  if (t.ent[k] === 'DATE' || t.ent[k] === 'TIME') return -1;
  if (!adjTitle && headPos !== P.NOUN && headPos !== P.PROPN && !(headPos === P.PUNCT && t.lower[k] === ')')) return -1;
  let start = k;
  let paren = 0;
  // the rightmost preposition joined ("Experts on X", "talks in Geneva officials"), and whether a
  // joiner only a clause-opening subject takes ("on", "by", "from") was crossed
  let joiner = -1;
  let weak = false;
  while (k >= lo) {
    const p = t.pos[k]!;
    const l = t.lower[k]!;
    if (l === ')') {
      paren++;
      start = k;
      k--;
      continue;
    }
    if (paren > 0) {
      if (l === '(') paren--;
      start = k;
      k--;
      continue;
    }
    if (t.ent[k] === 'DATE' || t.ent[k] === 'TIME') break;
    if (p === P.VERB && k - 1 >= lo && t.lower[k - 1] === '-' && /(ed|ing)$/.test(l)) {
      // a compound adjective: "self-described", "Russian-installed", "long-awaited"
      start = k;
      k--;
      continue;
    }
    if (p === P.VERB && k < e - 1 && k - 1 >= lo && /(ed|ing)$/.test(l) && (t.pos[k + 1] === P.NOUN || t.pos[k + 1] === P.ADJ) &&
      (t.pos[k - 1] === P.DET || t.lower[k - 1] === "'s" || t.pos[k - 1] === P.ADJ)) {
      // a participle used as an adjective inside the phrase: "the region's acting governor", "the retired general"
      start = k;
      k--;
      continue;
    }
    if (NP_POS.has(p) && !(p === P.PRON && k !== e - 1 && !POSSESSIVES.has(l))) {
      if (p === P.DET && (l === 'that' || l === 'which') && k < e - 1) break;
      start = k;
      k--;
      continue;
    }
    if (POSTMOD_PREPS.has(l) && k - 1 >= lo && (t.pos[k - 1] === P.NOUN || t.pos[k - 1] === P.PROPN) && t.ent[k - 1] !== 'DATE') {
      // "Experts on nuclear energy say", "A report by the auditor found": kept only if the phrase opens the sentence (below)
      if (joiner < 0) joiner = k;
      weak = true;
      k--;
      continue;
    }
    if (l === "'s" || l === "'" || l === '-' || l === '.' || l === '&' || l === 'of' || l === 'for' || l === 'at' || l === 'to' || l === 'in' || (l === 'and' && k > lo && (t.pos[k - 1] === P.PROPN || t.pos[k - 1] === P.NOUN) && (t.pos[k + 1] === P.PROPN || t.pos[k + 1] === P.NOUN || t.pos[k + 1] === P.ADJ || t.pos[k + 1] === P.DET))) {
      // joiners: only inside a noun phrase (a noun on the left)
      if (k - 1 >= lo && (NP_POS.has(t.pos[k - 1]!) || t.lower[k - 1] === ')')) {
        if (joiner < 0 && l !== "'s" && l !== "'" && l !== '-' && l !== '.' && l !== '&') joiner = k;
        k--;
        continue;
      }
      break;
    }
    if (p === P.ADV && (l === 'many' || l === 'most' || l === 'only')) {
      start = k;
      k--;
      continue;
    }
    break;
  }
  // A phrase after a preposition is that preposition's object ("After talks in Geneva officials
  // said"), and a post-modifier of "on", "by" or "from" belongs only to a subject that opens the
  // sentence: the subject is then what follows the rightmost joiner.
  // (a preposition after a noun is that noun's post-modifier: "a blogger with close ties to the air force")
  const fronted = (t.pos[start - 1] === P.ADP || t.pos[start - 1] === P.SCONJ) && !(start - 2 >= lo && (t.pos[start - 2] === P.NOUN || t.pos[start - 2] === P.PROPN || t.pos[start - 2] === P.ADJ));
  if (joiner > start && start > lo && (fronted || (weak && !OPEN_Q.has(doc.norm[t.start[start - 1]!]!)))) start = joiner + 1;
  // Do not begin with a joiner or a possessive marker.
  while (start < e && (t.lower[start] === "'s" || t.lower[start] === 'of' || t.lower[start] === 'and' || t.lower[start] === 'to' || t.lower[start] === 'in' || t.lower[start] === 'at' || t.lower[start] === 'for')) start++;
  return start < e ? start : -1;
}

/** A noun phrase starting at `a`, not past `hi`; with `appos`, a following apposition to the clause end. Returns its end (exclusive) or -1. */
function npRight(doc: Doc, a: number, hi: number, appos: boolean): number {
  const t = doc.tokens;
  let k = a;
  // a participle modifying the noun: "captured Ukrainian servicemen"
  if (k + 1 < hi && t.pos[k] === P.VERB && t.lower[k]!.endsWith('ed') && (t.pos[k + 1] === P.ADJ || t.pos[k + 1] === P.NOUN || t.pos[k + 1] === P.PROPN)) k++;
  let lastNoun = -1;
  while (k < hi) {
    const p = t.pos[k]!;
    const l = t.lower[k]!;
    // a participle inside the phrase: "a televised meeting", "the so-called republics"
    const participleMod = p === P.VERB && (l.endsWith('ed') || l.endsWith('en')) && k + 1 < hi && (t.pos[k + 1] === P.NOUN || t.pos[k + 1] === P.ADJ || t.pos[k + 1] === P.PROPN) && k > a && (t.pos[k - 1] === P.DET || t.pos[k - 1] === P.ADJ);
    // a compound's head the tagger read as a base-form verb, in an inverted speaker ("said one election
    // monitor in the capital"): a noun before it, a preposition or the end of the clause after it
    const nounAsVerb = appos && p === P.VERB && l === t.lemma[k] && k > a && t.pos[k - 1] === P.NOUN && (k + 1 >= hi || t.pos[k + 1] === P.ADP || t.pos[k + 1] === P.PUNCT);
    if (nounAsVerb) {
      lastNoun = k;
      k++;
      continue;
    }
    // a slash written between two words with no space joins them into one name ("RFE/RL", "Radio Free
    // Europe/Radio Liberty"); spaced, it separates alternatives
    const slash = l === '/' && k > a && k + 1 < hi && t.start[k] === t.end[k - 1] && t.start[k + 1] === t.end[k] && NP_POS.has(t.pos[k - 1]!) && NP_POS.has(t.pos[k + 1]!);
    if (NP_POS.has(p) || participleMod || slash || l === "'s" || l === '-' || l === '&' || (l === '.' && (t.kind[k] !== Kind.Punct || titleDot(doc, k, hi)))) {
      if (p === P.PRON && k > a) break; // a pronoun after a noun starts the next clause
      if (p === P.NOUN || p === P.PROPN || p === P.PRON) lastNoun = k;
      if (k > a && (l === 'that' || l === 'which' || l === 'who')) break;
      // a determiner after a noun starts a new phrase: "told POLITICO Florida the state's standards ..."
      if (p === P.DET && lastNoun >= 0 && lastNoun === k - 1) break;
      k++;
      continue;
    }
    // a preposition continues the phrase after a common noun ("an adviser to the group"), but after a
    // name only "of" does ("Ganguly of Human Rights Watch"; "Smith in a statement" ends at "Smith")
    if ((l === 'of' || ((l === 'for' || l === 'at' || l === 'to' || l === 'in' || l === 'on') && t.pos[lastNoun] !== P.PROPN)) && lastNoun >= 0 && k + 1 < hi && NP_POS.has(t.pos[k + 1]!)) {
      k++;
      continue;
    }
    if (l === '(' ) {
      const close = findTok(doc, k, hi, ')');
      if (close > 0) {
        // a label after a name belongs to it: "Sen. Paul Grady (R-S.D.)"
        if (lastNoun === k - 1 && t.pos[lastNoun] === P.PROPN) lastNoun = close;
        k = close + 1;
        continue;
      }
    }
    break;
  }
  if (lastNoun < 0) return -1;
  let end = lastNoun + 1;
  if (appos && end < hi && t.lower[end] === ',') {
    // apposition after an inverted source: ", a senior adviser to the group" to the clause end
    let m = end + 1;
    let nouns = 0;
    while (m < hi && t.lower[m] !== ',' && !SENT_END.has(t.lower[m]!) && t.pos[m] !== P.VERB && t.pos[m] !== P.AUX) {
      if (t.pos[m] === P.NOUN || t.pos[m] === P.PROPN) nouns++;
      m++;
    }
    if (nouns > 0 && (m >= hi || SENT_END.has(t.lower[m]!) || (t.lower[m] === ',' && m + 1 < hi && isOpenQuote(doc, m + 1)))) end = trimEnd(doc, end, m);
  }
  return end;
}

/** Whether token `k` is the full stop of a title abbreviation before a name ("the Rev. Maria Okafor"; data/title-abbreviations-en.tsv). */
function titleDot(doc: Doc, k: number, hi: number): boolean {
  const t = doc.tokens;
  return k > 0 && k + 1 < hi && titleAbbreviationsEn().has(t.lower[k - 1]!) && t.end[k - 1] === t.start[k] && t.pos[k + 1] !== P.PUNCT && isCapitalAt(doc.text, t.start[k + 1]!);
}

function findTok(doc: Doc, a: number, hi: number, s: string): number {
  for (let k = a; k < hi; k++) if (doc.tokens.lower[k] === s) return k;
  return -1;
}

/** Skip adverbials after a cue: adverbs, dates, "in a statement", "on Telegram", "last week". */
function skipAdverbials(doc: Doc, r: number, hi: number): number {
  const t = doc.tokens;
  for (let guard = 0; guard < 6 && r < hi; guard++) {
    const l = t.lower[r]!;
    const p = t.pos[r]!;
    // a parenthetical between the cue and its content: "says, however, that", "said — on Twitter — that"
    if ((l === ',' || l === '—' || l === '–' || l === '--' || l === '-') && r + 2 < hi) {
      let m = r + 1;
      while (m < hi && m - r <= 8 && t.lower[m] !== l && t.pos[m] !== P.VERB && t.pos[m] !== P.AUX && !isOpenQuote(doc, m)) m++;
      if (m < hi && m > r + 1 && t.lower[m] === l && m + 1 < hi && (t.lower[m + 1] === 'that' || isOpenQuote(doc, m + 1))) {
        r = m + 1;
        continue;
      }
    }
    // an adverb between the cue and its content is skipped, but not a quantity that opens the clause
    // ("said nearly 20 ...", "said none of the drones ...": the tagger reads "none" as an adverb)
    if (p === P.ADV && l !== 'not' && l !== 'there' && l !== 'how' && l !== 'why' && l !== 'when' && l !== 'where' && !(QUANT_START.has(l) && r + 1 < hi && (t.pos[r + 1] === P.NUM || t.lower[r + 1] === 'of'))) {
      r++;
      continue;
    }
    if (t.ent[r] === 'DATE' || t.ent[r] === 'TIME') {
      while (r < hi && (t.ent[r] === 'DATE' || t.ent[r] === 'TIME')) r++;
      continue;
    }
    if ((l === 'in' || l === 'on' || l === 'during' || l === 'at' || l === 'via' || l === 'through' || l === 'late' || l === 'early' || l === 'last' || l === 'earlier') && r + 1 < hi) {
      // a short prepositional phrase followed by a content opener
      let m = r + 1;
      // a noun the tagger read as a verb closes the phrase when "that", a comma or a date follows it
      // ("in his evening address that …", "in a video address on Sunday that …"): no finite verb stands there
      const nounAsVerb = (k: number): boolean => t.pos[k] === P.VERB && k > r + 1 && k + 1 < hi && (NP_POS.has(t.pos[k - 1]!) && t.pos[k - 1] !== P.NUM) &&
        (t.pos[k - 1] !== P.PRON || POSSESSIVES.has(t.lower[k - 1]!)) && (t.lower[k + 1] === 'that' || t.lower[k + 1] === ',' || (t.pos[k + 1] === P.ADP && t.ent[k + 2] === 'DATE')) && !/(?:ing|ed)$/.test(t.lower[k]!);
      // "on the evening of May 3", "on the morning of June 2": a time of day "of" a date is one adverbial
      const timeOf = (k: number): boolean => t.lower[k] === 'of' && k > r + 1 && t.ent[k - 1] === 'TIME' && k + 1 < hi && t.ent[k + 1] === 'DATE';
      while (m < hi && m - r <= 6 && (((NP_POS.has(t.pos[m]!) || t.lower[m] === "'s") && (t.pos[m] !== P.PRON || POSSESSIVES.has(t.lower[m]!))) || nounAsVerb(m) || timeOf(m)) && t.ent[m] !== 'DATE') m++;
      if (m > r + 1 && (m >= hi || t.lower[m] === ':' || t.lower[m] === ',' || t.lower[m] === 'that' || isOpenQuote(doc, m) || SENT_END.has(t.lower[m]!) || PREPS.has(t.lower[m]!) || t.ent[m] === 'DATE' || t.pos[m] === P.PRON)) {
        r = m;
        continue;
      }
      if (t.ent[r + 1] === 'DATE') {
        r++;
        continue;
      }
    }
    break;
  }
  return r;
}

/** The cue span: the verb with auxiliaries and adverbs directly before it, and particles after. */
function cueSpan(doc: Doc, i: number, lo: number, info: CueInfo): [number, number] {
  const t = doc.tokens;
  const chain = (a: number): number => {
    while (a - 1 >= lo && (t.pos[a - 1] === P.AUX || (t.pos[a - 1] === P.ADV && !NOT_CUE_ADV.has(t.lower[a - 1]!)) || (AUX_ADV.has(t.lower[a - 1]!) && t.pos[a - 1] !== P.NOUN) || (t.lower[a - 1] === 'both' && a - 1 > lo))) a--;
    return a;
  };
  let a = chain(i);
  // a catenative chain before an infinitive cue: "tried to explain", "went on to say", "was quick to deny"
  if (a === i && a - 1 > lo && t.lower[a - 1] === 'to' && t.pos[a - 1] === P.PART) {
    let m = a - 2;
    if (m > lo && (t.lower[m] === 'on' || t.lower[m] === 'out')) m--;
    if (m >= lo && (t.pos[m] === P.VERB || (t.pos[m] === P.ADJ && m - 1 >= lo && t.pos[m - 1] === P.AUX))) a = chain(m);
  }
  let b = i + 1;
  const l = t.lemma[i]!;
  if (b < t.n && (PARTICLES.get(l)?.has(t.lower[b]!) || ((info.frames.has('np') || t.lower[b] === 'about') && CUE_PREPS.has(t.lower[b]!) && b + 1 < t.n && NP_POS.has(t.pos[b + 1]!) && t.pos[b + 1] !== P.NUM && t.pos[b] === P.ADP &&
    !PLATFORMS.has(t.lower[b + 1]!) && !(b + 2 < t.n && PLATFORMS.has(t.lower[b + 2]!) && t.lower[b + 1] !== 'the')))) b++;
  return [a, b];
}

function sentenceBounds(doc: Doc, si: number, quote: QuoteSpan | null): [number, number] {
  const s = doc.sentences[si]!;
  let a = s.t0;
  let b = s.t1;
  if (quote) {
    const t = doc.tokens;
    while (a < b && t.start[a]! < quote.innerStart) a++;
    while (b > a && t.end[b - 1]! > quote.innerEnd) b--;
  }
  return [a, b];
}

/** The end of the clause that starts at `a`: a semicolon outside quotation marks ends it. */
function clauseEnd(doc: Doc, a: number, b: number): number {
  // (performance) a table of the next clause break from each token, not a scan to the end of a
  // sentence per cue: a text without punctuation is one sentence, and the scans were quadratic.
  const next = clauseBreaks(doc).next;
  return a + 1 < b ? Math.min(next[a + 1]!, b) : b;
}

/** The start of the clause that ends at `e`: just after the last semicolon outside quotation marks. */
function clauseStart(doc: Doc, a: number, e: number): number {
  if (e - 2 <= a) return a;
  const p = clauseBreaks(doc).prev[e - 2]!;
  return p > a ? p + 1 : a;
}

const breakTables = new WeakMap<Doc, { next: Int32Array; prev: Int32Array }>();
/** For each token, the next clause break at or after it (n when none) and the last at or before it (-1). */
function clauseBreaks(doc: Doc): { next: Int32Array; prev: Int32Array } {
  let tb = breakTables.get(doc);
  if (tb) return tb;
  const n = doc.tokens.n;
  const next = new Int32Array(n + 1), prev = new Int32Array(n + 1);
  next[n] = n;
  for (let k = n - 1; k >= 0; k--) next[k] = isClauseBreak(doc, k) ? k : next[k + 1]!;
  let last = -1;
  for (let k = 0; k < n; k++) prev[k] = last = isClauseBreak(doc, k) ? k : last;
  tb = { next, prev };
  breakTables.set(doc, tb);
  return tb;
}

function isClauseBreak(doc: Doc, k: number): boolean {
  return doc.tokens.lower[k] === ';' && quoteCovering(doc, doc.tokens.start[k]!) === null;
}

/** The outermost quotation covering character `off`, or null. */
function quoteCovering(doc: Doc, off: number): QuoteSpan | null {
  const qi = doc.quoteIndex();
  const q = qi.outer[firstQuoteFrom(qi, off + 1) - 1];
  return q && off < q.end ? q : null;
}

/** Content to the left of a postposed cue: from the clause start (or the quotation's start) to `e`. */
function leftContent(ctx: Ctx, a: number, e: number, quote: QuoteSpan | null): TextSpan | null {
  const { doc } = ctx;
  const t = doc.tokens;
  a = clauseStart(doc, a, e);
  // a speaker label ("SHOIGU:") opens the paragraph: the content starts after it
  if (ctx.used[a] === USED_ROLE) {
    while (a < e && (ctx.used[a] === USED_ROLE || t.kind[a] === Kind.Space)) a++;
  }
  let b = e;
  // drop the separating comma (outside quotation marks)
  while (b > a && (t.lower[b - 1] === ',' || t.lower[b - 1] === '-' || t.lower[b - 1] === ':' || t.kind[b - 1] === Kind.Space)) b--;
  if (b <= a) return null;
  // a closing quote mark right before: content is the whole quotation (it may start sentences earlier)
  const endOff = t.end[b - 1]!;
  const q = ctx.quoteAt(endOff - 1);
  if (q && q !== quote && q.end === endOff) {
    const fa = t.start[a]!;
    const start = q.start < fa ? q.start : fa;
    return doc.span(start, q.end);
  }
  return fragment(ctx, a, b, quote);
}

function verbCue(ctx: Ctx, si: number, i: number, info: CueInfo, quote: QuoteSpan | null, postOnly: boolean, noInverted = false): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const [lo, hi] = sentenceBounds(doc, si, quote);
  const [c0, c1] = cueSpan(doc, i, lo, info);
  const f = info.frames;
  // Gerund after a comma ("..., saying that ...", "..., adding: ...") takes the clause's subject.
  const participle = t.lower[i]!.endsWith('ing') && c0 === i;
  let r = skipAdverbials(doc, c1, hi);
  // adverbials right after the verb belong to the cue ("said in a statement"), but not a date
  // ("said Tuesday" has the cue "said") nor punctuation
  let cueEnd = c1;
  // (a preposition before a date or a time of day, "on Tuesday", "on the evening of May 3", ends the cue too)
  const timeAfter = (k: number): boolean => k < r && (t.ent[k] === 'DATE' || t.ent[k] === 'TIME');
  while (cueEnd < r && t.pos[cueEnd] !== P.PUNCT && t.ent[cueEnd] !== 'DATE' && t.ent[cueEnd] !== 'TIME' && !(t.pos[cueEnd] === P.ADP && (timeAfter(cueEnd + 1) || (t.pos[cueEnd + 1] === P.DET && timeAfter(cueEnd + 2)))) && !(t.lower[cueEnd] === 'last' || t.lower[cueEnd] === 'earlier' || t.lower[cueEnd] === 'this')) cueEnd++;
  while (cueEnd > c1 && (t.pos[cueEnd - 1] === P.PUNCT)) cueEnd--;
  // addressee object: "told reporters", "warned Kyiv", "urged the West"
  const particle = c1 > i + 1 && PARTICLES.get(t.lemma[i]!)?.has(t.lower[i + 1]!) === true; // "called for", "called on", "pointed to": what follows is the content
  let addressee = -1; // where an addressee object starts ("urged Kyiv to ...")
  if (!particle && (f.has('obj') || f.has('inf')) && r < hi && NP_POS.has(t.pos[r]!) && t.lower[r] !== 'that') {
    const e = npRight(doc, r, hi, false);
    if (e > r) {
      addressee = r;
      r = skipAdverbials(doc, e, hi);
    }
  }
  const tokR = r < hi ? t.lower[r]! : '';
  // the subject may stand before an adverb or a dashed aside: "Facebook regularly discloses", "X - in a speech - declared"
  const sb = subjectStart(doc, c0, lo);
  let s0 = npLeft(doc, sb, lo);
  // a sentence-opening subject with a relative clause: "A close ally of X who founded the group has urged"
  if (s0 > lo + 2) s0 = relativeSubject(doc, s0, lo);
  // ---- passive with an agent: "was warned by the Russian government that ...", "was first reported by X"
  if (c0 < i && r < hi && tokR === 'by' && hasBeAux(doc, c0, i) && t.lower[i]!.endsWith('ed')) {
    const e = npRight(doc, r + 1, hi, false);
    if (e > r + 1) {
      const after = skipAdverbials(doc, e, hi);
      let content: TextSpan | null = null;
      if (after < hi && (t.lower[after] === 'that' || isOpenQuote(doc, after))) content = fragment(ctx, after, trimEnd(doc, after, clauseEnd(doc, after, hi)), quote);
      else {
        const subj = npLeft(doc, c0, lo);
        if (subj >= 0) content = fragment(ctx, subj, c0, quote);
      }
      if (content) {
        emit(ctx, i, [r + 1, e], [c0, c1], [content], 'passive-agent');
        return;
      }
    }
  }
  // ---- "..., as X said, ...": the cue comments on what precedes it
  if (!participle && f.has('post') && s0 > lo + 1 && sb === c0 && t.lower[s0 - 1] === 'as' && isSeparator(doc, s0 - 2)) {
    const pq = ctx.quoteAt(t.end[s0 - 2]! - 1);
    const left = pq && pq !== quote && pq.end <= t.start[s0 - 1]! && pq.start >= t.start[lo]! ? doc.span(pq.start, pq.end) : leftContent(ctx, lo, s0 - 1, quote);
    if (left) {
      emit(ctx, i, [s0, c0], [c0, c1], [left], 'postposed:as');
      return;
    }
  }
  // ---- fronted cue: "Said Comey, “...”", "Stated Stone: “...”"
  if (!postOnly && c0 === lo && f.has('quote') && r < hi) {
    const e = npRight(doc, r, hi, false);
    if (e > r && e + 1 < hi && (t.lower[e] === ',' || t.lower[e] === ':') && isOpenQuote(doc, e + 1)) {
      const fr = fragment(ctx, e + 1, trimEnd(doc, e + 1, hi), quote);
      if (fr) {
        emit(ctx, i, [r, e], [c0, c1], [fr], 'fronted');
        return;
      }
    }
  }
  // ---- passive with no agent: "It was reported that ...", "X is expected to ..." — no source is named
  if (!postOnly && c0 < i && hasBeAux(doc, c0, i) && /(ed|en|wn|id|ld)$/.test(t.lower[i]!) && tokR !== 'by' && !participle) {
    if (tokR === 'that' && f.has('that')) {
      const fr = fragment(ctx, r, trimEnd(doc, r, clauseEnd(doc, r, hi)), quote);
      if (fr) {
        emit(ctx, i, null, [c0, c1], [fr], 'passive:that');
        return;
      }
    } else if (tokR === 'to' && r + 1 < hi && (t.pos[r + 1] === P.VERB || t.pos[r + 1] === P.AUX)) {
      const subj = npLeft(doc, c0, lo);
      const inf = fragment(ctx, r, trimEnd(doc, r, clauseEnd(doc, r, hi)), quote);
      const sf = subj >= 0 ? fragment(ctx, subj, c0, quote) : null;
      if (inf && sf && !/^(it|there)$/i.test(sf.text)) {
        emit(ctx, i, null, [c0, c1], [sf, inf], 'passive:infinitive');
        return;
      }
    }
  }
  // ---- inverted: "..., said X" / "..." said X
  if (!noInverted && !participle && f.has('post') && c0 > lo && isSeparator(doc, c0 - 1) && r < hi && (t.pos[r] === P.PROPN || t.pos[r] === P.DET || t.pos[r] === P.NOUN || t.pos[r] === P.ADJ || t.pos[r] === P.PRON || (t.pos[r] === P.NUM && r + 1 < hi && t.pos[r + 1] !== P.PUNCT))) {
    const e = invertedSource(doc, r, hi);
    const after = e > r ? skipAdverbials(doc, e, hi) : -1;
    // "X, <role>, said the region's minister, Y, was among those killed": a comma and a finite verb after
    // the phrase make it the subject of the reported clause, not an inverted speaker
    const clauseGoesOn = after < hi && t.lower[after] === ',' && after + 1 < hi && (t.pos[after + 1] === P.AUX || (t.pos[after + 1] === P.VERB && !/(ing|ed)$/.test(t.lower[after + 1]!)));
    if (e > r && !clauseGoesOn && (after >= hi || SENT_END.has(t.lower[after]!) || t.lower[after] === ',' || t.lower[after] === ';')) {
      const left = leftContent(ctx, lo, c0, quote);
      if (!left) return;
      // "Vladimir Saldo, the governor of the region, said troops who had crossed were trapped": a
      // name with its apposition and no verb nor quotation is the speaker of a preposed cue, not content
      const appositive = !quote && s0 === lo && sb === c0 && !/["“”«»]/.test(left.text);
      if (appositive) return verbCue(ctx, si, i, info, quote, postOnly, true);
      const content2 = splitSecond(ctx, after, hi, quote);
      emit(ctx, i, [r, e], [c0, c1], content2 ? [left, content2] : [left], content2 ? 'inverted:split' : 'inverted');
      return;
    }
  }
  // ---- postposed: "..., X said" / "..." X said
  if (!participle && f.has('post') && s0 > lo && sb === c0 && isSeparator(doc, s0 - 1)) {
    const afterQuote = doc.norm[t.start[s0 - 1]!] === '"' || doc.norm[t.start[s0 - 1]!] === "'" || isClosingQuoteBefore(ctx, s0 - 1);
    const trailingPP = r < hi && t.pos[r] === P.ADP && tokR !== 'that' && !hasClauseVerb(doc, r, hi);
    // "The trouble, Frank writes, began in the 1970s": the cue interrupts a subject and its verb
    const interrupting = tokR === ',' && r + 1 < hi && (t.pos[r + 1] === P.VERB || t.pos[r + 1] === P.AUX) && !hasVerbOrAux(doc, lo, s0);
    const rightEmpty = r >= hi || SENT_END.has(tokR) || tokR === ';' || tokR === '-' || trailingPP || interrupting || (tokR === ',' && !(r + 1 < hi && t.pos[r + 1] === P.VERB && !t.lower[r + 1]!.endsWith('ing')));
    // a quoted title at the end of an opening adverbial is no content: 'In an interview on CBS's "Face
    // the Nation," Paul Ryan (R-Wis.) said the ...' (the content is on the right)
    const adverbialTitle = !rightEmpty && afterQuote && t.pos[lo] === P.ADP && !isOpenQuote(doc, lo);
    if ((rightEmpty || afterQuote) && !adverbialTitle) {
      const left = leftContent(ctx, lo, s0, quote);
      if (!left || isVocative(ctx, left)) return;
      let content2 = splitSecond(ctx, r, hi, quote);
      let rule2 = 'postposed:split';
      if (!content2 && tokR === ',' && trimEnd(doc, r + 1, hi) - (r + 1) >= 3 && !(t.pos[r + 1] === P.VERB && t.lower[r + 1]!.endsWith('ing')) && t.pos[r + 1] !== P.ADP) {
        // parenthetical cue: "It is no surprise, X said, that ..."
        content2 = fragment(ctx, r + 1, trimEnd(doc, r + 1, hi), quote);
        rule2 = 'postposed:parenthetical';
      }
      emit(ctx, i, [s0, c0], [c0, c1], content2 ? [left, content2] : [left], content2 ? rule2 : 'postposed');
      return;
    }
  }
  // ---- "Question?" Mr. X asked. — the tokenizer ended the sentence inside the quotation
  if (!participle && f.has('post') && s0 === lo && sb === c0 && si > 0 && !quote) {
    const prev = doc.sentences[si - 1]!;
    const pq = ctx.quoteAt(prev.end - 1);
    const rightEmpty = r >= hi || SENT_END.has(tokR) || tokR === ',' || (r < hi && t.pos[r] === P.ADP && !hasVerb(doc, r, hi));
    if (pq && pq.end === prev.end && prev.paragraph === doc.sentences[si]!.paragraph && rightEmpty && !ctx.used[prev.t1 - 1]) {
      emit(ctx, i, [s0, c0], [c0, c1], [doc.span(pq.start, pq.end)], 'postposed:previous-quote');
      return;
    }
  }
  if (postOnly) return;
  preposedCue(ctx, i, info, quote, lo, hi, c0, c1, r, tokR, s0, sb, cueEnd, addressee, particle, participle);
}

/**
 * The preposed readings of a cue verb ("X said that ...", "X told Y: ...", "X urged Y to ..."):
 * content on the right of the cue, source on its left. The rest of `verbCue`, in its own function so
 * that each compiles on its own.
 */
function preposedCue(ctx: Ctx, i: number, info: CueInfo, quote: QuoteSpan | null, lo: number, hi: number, c0: number, c1: number, r: number, tokR: string, s0: number, sb: number, cueEnd: number, addressee: number, particle: boolean, participle: boolean): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const f = info.frames;
  let content: TextSpan[] = [];
  let rule = '';
  let stance: [number, number] | null = null;
  let stanceEnd = -1;
  let endRight = trimEnd(doc, r, clauseEnd(doc, r, hi));
  // a cue inside a relative clause set off by commas ("Zelensky, who posted a video, wrote that
  // ..."): its content ends at the comma that gives way to the main clause's verb
  if (s0 > lo && t.lower[s0] === 'who' && t.lower[s0 - 1] === ',') {
    for (let k = r; k + 1 < endRight; k++) {
      if (isOpenQuote(doc, k)) break;
      if (t.lower[k] === ',' && (t.pos[k + 1] === P.VERB || t.pos[k + 1] === P.AUX) && !t.lower[k + 1]!.endsWith('ing')) {
        endRight = k;
        break;
      }
    }
  }
  // ---- content on the right
  const objColon = tokR === ':' ? -1 : speechObjectColon(doc, r, hi);
  const objQuote = objColon >= 0 && (f.has('np') || f.has('light') || f.has('quote')) ? quoteAfter(doc, objColon) : null;
  if (objQuote) {
    // "issued a statement on Sunday:" at the end of a paragraph: the statement is the next paragraph's quotation
    content = [objQuote];
    rule = 'colon-next-paragraph';
    stanceEnd = objColon + 1;
  } else if (tokR === ':' && f.has('quote')) {
    if (r + 1 < hi) {
      const fr = fragment(ctx, r + 1, endRight, quote);
      if (fr) content = [fr];
      rule = 'colon';
    } else {
      // "He wrote:" at the end of a paragraph: the next paragraph's quotation
      const next = quoteAfter(doc, r, false);
      if (next) {
        content = [next];
        rule = 'colon-next-paragraph';
      }
    }
  } else if ((tokR === ',' && r + 1 < hi && isOpenQuote(doc, r + 1)) || (isOpenQuote(doc, r) && r < hi)) {
    const qa = tokR === ',' ? r + 1 : r;
    const fr = fragment(ctx, qa, endRight, quote);
    if (fr) content = [fr];
    rule = 'quote-after-cue';
  } else if (tokR === 'that' && f.has('that')) {
    const fr = fragment(ctx, r, endRight, quote);
    if (fr) content = [fr];
    rule = 'that-clause';
  } else if (f.has('inf') && ((tokR === 'to' && r + 1 < hi && infinitiveAt(doc, r + 1, hi)) || (tokR === 'not' && t.lower[r + 1] === 'to'))) {
    // the addressee is part of what is asked: "urged [Kyiv to negotiate]", as with "called on [Moscow to stop]";
    // "asked not to be named" is about the speaker's anonymity, not a statement
    const anonymity = tokR === 'not' && t.lemma[r + 2] === 'be' && r + 3 < hi && /(named|identified|quoted)$/.test(t.lower[r + 3]!);
    const fr = anonymity ? null : fragment(ctx, addressee >= 0 ? addressee : r, endRight, quote);
    if (fr) content = [fr];
    rule = 'infinitive';
  } else if ((tokR === 'whether' || tokR === 'if' || tokR === 'why' || tokR === 'how' || tokR === 'what' || tokR === 'when') && (f.has('wh') || f.has('that'))) {
    const fr = fragment(ctx, r, endRight, quote);
    if (fr) content = [fr];
    rule = 'wh-clause';
  } else if (particle && r < hi && !SENT_END.has(tokR) && tokR !== ',' && endRight > r) {
    const fr = fragment(ctx, r, endRight, quote);
    if (fr) content = [fr];
    rule = 'particle-object';
  } else if ((f.has('np') || f.has('light')) && (stance = stanceObject(doc, r, hi)) !== null) {
    // "expressed frustration with X", "offered kind words about X": the noun and its preposition join the cue
    const [k2, ce2] = stance;
    const fr = fragment(ctx, ce2, trimEnd(doc, ce2, clauseEnd(doc, ce2, hi)), quote);
    if (fr) {
      content = [fr];
      stanceEnd = k2;
    }
    rule = 'stance-object';
  } else if (r < hi && !f.has('nobare') && (CLAUSE_START.has(t.pos[r]!) || (t.pos[r] === P.VERB && tokR.endsWith('ing') && (f.has('np') || hasVerbOrAux(doc, r + 1, endRight))) || (tokR === 'at' && (t.lower[r + 1] === 'least' || t.lower[r + 1] === 'most')) || QUANT_START.has(tokR)) && (f.has('that') || f.has('np')) && !SENT_END.has(tokR) && endRight - r >= 2 && (f.has('np') || hasVerbOrAux(doc, r, endRight) || (info.cls === 'speech' && endRight - r >= 5))) {
    const fr = fragment(ctx, r, endRight, quote);
    if (fr) content = [fr];
    rule = f.has('that') ? 'bare-clause' : 'np-object';
  }
  if (content.length === 0 && f.has('quote') && r < hi && !SENT_END.has(tokR)) {
    // "told the mayors who gathered in the city, “...”", "said about its platform: “...”": the
    // quotation that follows a short phrase after the cue
    for (let k = r; k + 1 < hi && k - r < 25; k++) {
      if ((t.pos[k] === P.VERB && (cueLexicon().verbs.has(t.lemma[k]!) || (addressee < 0 && !/(ing|ed)$/.test(t.lower[k]!)))) || (addressee < 0 && t.pos[k] === P.AUX)) break;
      if ((t.lower[k] === ',' || t.lower[k] === ':') && isOpenQuote(doc, k + 1)) {
        const fr = fragment(ctx, k + 1, endRight, quote);
        if (fr) content = [fr];
        rule = 'quote-after-addressee';
        break;
      }
    }
  }
  if (content.length === 0) return;
  // source on the left (preposed); participles borrow the subject of their clause
  let src: [number, number] | null = null;
  if (participle) {
    // "..., saying that ...", "by claiming that ...": a participial clause set off from its main clause
    if (c0 > lo && PARTICIPLE_LINKS.has(t.lower[c0 - 1]!)) src = subjectOfClause(doc, lo, c0);
  } else if (s0 >= 0) {
    src = [s0, sb];
  } else {
    // the subject may be further left across an adverbial ("X on Tuesday said")
    src = subjectOfClause(doc, lo, c0);
  }
  if (src === null) return; // a reporting verb with no speaker in reach is more often not a report
  // the cue runs over its adverbials and a colon that opens the content ("said in a statement:")
  const ce = stanceEnd > 0 ? stanceEnd : rule.startsWith('colon') && cueEnd === r ? r + 1 : cueEnd;
  emit(ctx, i, src, [c0, Math.max(c1, ce)], content, `preposed:${rule}`);
}

const SPEECH_OBJECTS = grammarSet('speech-object');

/**
 * The colon that ends a cue's object naming what was said ("issued a statement on Sunday:", "posted
 * a video message:") as the last token of its sentence, with no verb before it; else -1.
 */
function speechObjectColon(doc: Doc, r: number, hi: number): number {
  const t = doc.tokens;
  let kc = hi - 1;
  while (kc > r && t.kind[kc] === Kind.Space) kc--;
  if (kc <= r || t.lower[kc] !== ':' || kc - r > 10) return -1;
  if (hasVerbOrAux(doc, r, kc) || !someToken(r, kc, (k) => SPEECH_OBJECTS.has(t.lower[k]!))) return -1;
  return kc;
}

/**
 * The quotation that opens the paragraph after the colon at token k (over its run-on paragraphs), or
 * null; also null when anything but a full stop follows it in its paragraph (a quotation with its
 * own speaker: '"We hold the line," a soldier said').
 */
function quoteAfter(doc: Doc, k: number, needBreak = true): TextSpan | null {
  const t = doc.tokens;
  const qi = doc.quoteIndex();
  const next = qi.outer[firstQuoteFrom(qi, t.end[k]!)];
  if (!next) return null;
  const gap = doc.text.slice(t.end[k]!, next.start);
  if (gap.length > 6 || (needBreak && !/\n/.test(gap)) || /\S/.test(gap)) return null;
  const end = runOnQuoteEnd(doc, next);
  const nl = doc.text.indexOf('\n', end);
  if (!/^[\s.]*$/.test(doc.text.slice(end, nl < 0 ? doc.text.length : nl))) return null;
  return doc.span(next.start, end);
}

/**
 * Where the subject before the cue verb at `c0` may end: over adverbs, a date ("The ministry Tuesday
 * said"), a parenthetical adverb or phrase set off by commas, and a dashed or bracketed aside.
 */
function subjectStart(doc: Doc, c0: number, lo: number): number {
  const t = doc.tokens;
  let sb = c0;
  for (let guard = 0; guard < 3; guard++) {
    const before = sb;
    while (sb - 1 > lo && t.pos[sb - 1] === P.ADV) sb--;
    // a date between subject and verb: "Two committees on Monday asked", "The ministry Tuesday said"
    while (sb - 1 > lo && (t.ent[sb - 1] === 'DATE' || t.ent[sb - 1] === 'TIME')) sb--;
    if (sb - 1 > lo && (t.lower[sb - 1] === 'on' || t.lower[sb - 1] === 'late' || t.lower[sb - 1] === 'early') && sb < before) sb--;
    // a parenthetical adverb: "Democrats, meanwhile, blasted"
    if (sb - 3 >= lo && t.lower[sb - 1] === ',' && t.pos[sb - 2] === P.ADV && t.lower[sb - 3] === ',') sb -= 3;
    // a parenthetical phrase: "Gates, in contrast, told", "The ministry, in a statement, said"
    else if (sb - 3 >= lo && t.lower[sb - 1] === ',') {
      let m = sb - 2;
      while (m > lo && sb - m < 9 && t.lower[m] !== ',' && !(t.pos[m] === P.VERB && !(t.lower[m - 1] === ',' && t.lower[m]!.endsWith('ing'))) && t.pos[m] !== P.AUX) m--;
      if (m > lo && t.lower[m] === ',' && (t.pos[m + 1] === P.ADP || t.pos[m + 1] === P.ADV || (t.pos[m + 1] === P.VERB && t.lower[m + 1]!.endsWith('ing'))) && t.lower[m + 1] !== 'of') sb = m;
    }
    if (sb === before) break;
  }
  if (sb - 1 > lo && (t.lower[sb - 1] === '-' || t.lower[sb - 1] === '--' || t.lower[sb - 1] === '—' || t.lower[sb - 1] === '–' || t.lower[sb - 1] === ')')) {
    const open = t.lower[sb - 1] === ')' ? '(' : t.lower[sb - 1]!;
    for (let m = sb - 2; m > lo && sb - m < 30; m--) {
      if (t.lower[m] === open) {
        // a short tag in brackets belongs to the name before it: "Jason Chaffetz (R-Utah) said"
        if (open === '(' && sb - m <= 8 && !hasVerbOrAux(doc, m + 1, sb - 1) && NP_POS.has(t.pos[m - 1]!)) break;
        sb = m;
        break;
      }
    }
  }
  return sb;
}

/**
 * Whether a content span is only a name outside quotation marks: someone addressed ("Valery
 * Vasilyevich, I agree."), not something said.
 */
function isVocative(ctx: Ctx, f: TextSpan): boolean {
  const { doc } = ctx;
  const t = doc.tokens;
  if (ctx.quoteAt(f.start)) return false;
  let words = 0;
  for (let k = doc.tokenAt(f.start); k < t.n && t.start[k]! < f.end; k++) {
    if (t.kind[k] === Kind.Space || t.kind[k] === Kind.Punct) continue;
    if (t.pos[k] !== P.PROPN || ++words > 4) return false;
  }
  return words > 0;
}

/**
 * The start of a sentence-opening noun phrase whose relative clause ends at `s0` ("A senior aide to
 * the president [who runs the office] has said"), or `s0` itself: the clause opens with "who" and
 * its verb, and the phrase before "who" runs from the sentence start.
 */
function relativeSubject(doc: Doc, s0: number, lo: number): number {
  const t = doc.tokens;
  let m = s0 - 1;
  while (m > lo && s0 - m <= 10 && t.lower[m] !== 'who' && t.kind[m] !== Kind.Punct) m--;
  if (t.lower[m] !== 'who' || m <= lo) return s0;
  let v = m + 1;
  while (v < s0 && (t.kind[v] === Kind.Space || t.pos[v] === P.ADV || t.pos[v] === P.AUX)) v++;
  if (v >= s0 || (t.pos[v] !== P.VERB && t.pos[v - 1] !== P.AUX)) return s0;
  let e = m;
  while (e > lo && t.kind[e - 1] === Kind.Space) e--;
  return npLeftPlain(doc, e, lo) === lo ? lo : s0;
}

function hasBeAux(doc: Doc, a: number, b: number): boolean {
  return someToken(a, b, (k) => doc.tokens.lemma[k] === 'be');
}

/** A verb that makes [a, b) a clause: not a noun mis-tagged as a verb at the phrase's end ("its morning update."). */
function hasClauseVerb(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens;
  for (let k = a; k < b; k++) {
    if (t.pos[k] === P.AUX) return true;
    if (t.pos[k] === P.VERB && !(k + 1 < b && SENT_END.has(t.lower[k + 1]!) && k - 1 >= a && t.pos[k - 1] === P.NOUN) && !(k + 1 >= b)) return true;
  }
  return false;
}

function hasVerb(doc: Doc, a: number, b: number): boolean {
  return someToken(a, b, (k) => doc.tokens.pos[k] === P.VERB);
}

/** Whether token k (a comma) directly follows a closing quotation mark. */
function isClosingQuoteBefore(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens;
  const q = ctx.quoteAt(t.start[k]! - 1);
  return q !== null && q.end === t.start[k]!;
}

/**
 * The source after an inverted cue ("..., said former Gov. Ed Rendell, a surrogate", "said Oversight
 * ranking Democrat Elijah Cummings (D-Md.)"): a noun phrase, then anything up to the clause end that
 * holds no finite verb (titles, appositions, participles), or a relative clause ("who ...").
 */
function invertedSource(doc: Doc, r: number, hi: number): number {
  const t = doc.tokens;
  const e = npRight(doc, r, hi, true);
  if (e <= r) return e;
  let k = e;
  let end = e;
  while (k < hi && !SENT_END.has(t.lower[k]!) && t.lower[k] !== ';' && !(t.lower[k] === ',' && k + 1 < hi && isOpenQuote(doc, k + 1))) {
    const p = t.pos[k]!;
    if (t.lower[k] === 'who' || t.lower[k] === 'whose') {
      end = trimEnd(doc, k, hi);
      return end;
    }
    if (p === P.AUX || (p === P.VERB && !/(ing|ed)$/.test(t.lower[k]!))) return end;
    // "said Smith in a statement": an adverbial right after the name is not part of the speaker
    if (k === e && p === P.ADP && t.lower[k] !== 'of') return end;
    if (t.lower[k] === ',' ) {
      // an apposition must follow
      if (!(k + 1 < hi && (t.pos[k + 1] === P.DET || t.pos[k + 1] === P.ADJ || t.pos[k + 1] === P.NOUN || t.pos[k + 1] === P.PROPN))) return end;
    }
    k++;
    if (t.pos[k - 1] === P.NOUN || t.pos[k - 1] === P.PROPN || t.lower[k - 1] === ')') end = k;
  }
  return end;
}

/**
 * A stance noun as the object of a light verb: "frustration with", "some kind words about",
 * "sympathy for". Returns [end of the cue (after the preposition), start of the content] or null.
 */
function stanceObject(doc: Doc, r: number, hi: number): [number, number] | null {
  const t = doc.tokens;
  const nominal = cueLexicon().nominal;
  let k = r;
  while (k < hi && k - r < 5 && (t.pos[k] === P.DET || t.pos[k] === P.ADJ || t.pos[k] === P.ADV)) k++;
  if (k >= hi || t.pos[k] !== P.NOUN) return null;
  const preps = nominal.get(t.lower[k]!);
  if (!preps || k + 1 >= hi) return null;
  const p = t.lower[k + 1]!;
  if (!preps.has(p)) return null;
  if (p === 'that') return [k + 1, k + 1];
  return k + 2 < hi ? [k + 2, k + 2] : null;
}

/** Whether token k separates content from a postposed source: a comma, or a closing quote mark. */
function isSeparator(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const l = t.lower[k]!;
  if (l === ',' || l === '-' || l === '--' || l === ':') return true;
  const c = doc.norm[t.start[k]!];
  if (c === '"' || c === "'") {
    return doc.quoteIndex().ends.has(t.end[k]!);
  }
  return false;
}

/** The second half of a split quotation: `"A," she said, "B."` */
function splitSecond(ctx: Ctx, r: number, hi: number, quote: QuoteSpan | null): TextSpan | null {
  const { doc } = ctx;
  const t = doc.tokens;
  if (r < hi && t.lower[r] === ',' && r + 1 < hi && isOpenQuote(doc, r + 1)) return fragment(ctx, r + 1, trimEnd(doc, r + 1, hi), quote);
  return null;
}

/**
 * The subject of a free relative right before a cue ("in what the regional governor, Ivan Petrov,
 * called …", "in what Mayor X described as …"), as tokens [start, end), or null: the nearest "what"
 * after a preposition within 14 tokens before `e`, followed by a noun phrase (no verb, no
 * auxiliary; an apposition set off by commas may sit inside) that runs up to the cue.
 */
function whatSubject(doc: Doc, lo: number, e: number): [number, number] | null {
  const t = doc.tokens;
  for (let k = e - 1; k >= lo && k >= e - 14; k--) {
    if (t.lower[k] !== 'what') {
      if (t.pos[k] === P.AUX || (t.pos[k] === P.VERB && !/-/.test(doc.text.slice(t.start[k - 1] ?? 0, t.end[k + 1] ?? 0)))) return null;
      continue;
    }
    let p = k - 1;
    while (p >= lo && t.kind[p] === Kind.Space) p--;
    if (p < lo || t.pos[p] !== P.ADP) return null;
    let a = k + 1;
    while (a < e && t.kind[a] === Kind.Space) a++;
    let b = e;
    while (b > a && (t.kind[b - 1] === Kind.Space || t.lower[b - 1] === ',')) b--;
    return b > a ? [a, b] : null;
  }
  return null;
}

/** The subject of the clause containing token `e`: the first noun phrase from `lo` that is followed by a verb. */
function subjectOfClause(doc: Doc, lo: number, e: number): [number, number] | null {
  const t = doc.tokens;
  // a free relative "in what X called Y" (lane speak10b): the speaker is the noun phrase between
  // "what" and the cue ("in what the city's governor, Ivan Petrov, called ..."), not the speaker of a
  // claim earlier in the sentence ("..., officials said, in what ...")
  const rel = whatSubject(doc, lo, e);
  if (rel) return rel;
  // nearest claim in the same sentence gives its speaker
  for (let k = doc.claims.length - 1; k >= 0 && k >= doc.claims.length - 8; k--) {
    const c = doc.claims[k]!;
    if (c.speaker && c.speaker.start >= t.start[lo]! && c.speaker.end <= t.start[e]!) {
      const a = doc.tokenAt(c.speaker.start);
      const b = doc.tokenAt(c.speaker.end - 1) + 1;
      return [a, b];
    }
  }
  // otherwise the first noun phrase directly followed by a verb or auxiliary
  for (let k = lo; k < e; k++) {
    if (t.pos[k] === P.VERB || t.pos[k] === P.AUX) {
      const s0 = npLeft(doc, k, lo);
      if (s0 >= 0) return [s0, k];
      return null;
    }
  }
  return null;
}

function according(ctx: Ctx, si: number, i: number, j: number, quote: QuoteSpan | null): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const [lo, hi] = sentenceBounds(doc, si, quote);
  let e = npRight(doc, j, hi, false);
  if (e <= j) return;
  // "according to available information, ...": what is known, not who says it (data/cue-phrases.tsv `nosource`)
  let a = j;
  while (a < e && (t.lower[a] === 'the' || t.lower[a] === 'our' || doc.tokens.kind[a] === Kind.Space)) a++;
  if (cueLexicon().nosource.has(doc.text.slice(t.start[a]!, t.end[e - 1]!).toLowerCase().replace(/\s+/g, ' '))) {
    // ... unless a source is named after it: a past participle and "by" ("data collected by the U.N.
    // mission", "information obtained by Reuters", "provided by the police"), or "from"/"of"/"by" with
    // a name up to three words on ("data from the Ukrainian air force"); the source phrase then runs
    // to the end of that noun phrase (lane fixA, finding 8)
    const next = (k: number): number => {
      while (k < hi && t.kind[k] === Kind.Space) k++;
      return k;
    };
    const after = next(e);
    let src = -1;
    let name = false;
    if (after < hi && /^(?:from|of|by)$/.test(t.lower[after]!)) src = next(after + 1);
    else if (after < hi && t.pos[after] === P.VERB && /(?:ed|en|wn)$/.test(t.lower[after]!) && t.lower[next(after + 1)] === 'by') {
      src = next(next(after + 1) + 1);
      name = true; // the agent of the participle is the source ("provided by the police")
    }
    if (src < 0 || src >= hi) return;
    for (let k = src, n = 0; k < hi && n < 3 && !name; k = next(k + 1), n++) name = /^\p{Lu}/u.test(doc.text.slice(t.start[k]!, t.end[k]!));
    if (!name) return;
    const ne = npRight(doc, src, hi, false);
    if (ne <= src) return;
    e = ne;
  }
  let content: TextSpan | null = null;
  const leftEnd = i;
  if (leftEnd - lo >= 3) {
    content = leftContent(ctx, lo, leftEnd, quote);
  }
  if (!content) {
    let r = e;
    if (r < hi && t.lower[r] === ',') r++;
    content = fragment(ctx, r, trimEnd(doc, r, hi), quote);
  } else if (e < hi && t.lower[e] === ',' && trimEnd(doc, e + 1, hi) - (e + 1) >= 3) {
    const re = trimEnd(doc, e + 1, hi);
    // "..., according to Roman Mrochko, the head of the city's administration.": a noun phrase with no
    // verb after the name is its apposition, part of the source
    if (!quote && !hasVerbOrAux(doc, e + 1, re) && t.pos[e + 1] === P.DET && hasNoun(doc, e + 1, re)) {
      emit(ctx, i, [j, re], [i, j], [content], 'according');
      return;
    }
    // "X, according to officials, said ..." : the rest of the sentence belongs to the claim too
    const rest = fragment(ctx, e + 1, re, quote);
    if (rest) {
      emit(ctx, i, [j, e], [i, j], [content, rest], 'according:wrapped');
      return;
    }
  }
  if (!content) return;
  emit(ctx, i, [j, e], [i, j], [content], 'according');
}

/**
 * "Asked about X, she said ..." / "When asked whether ...": a question put to the speaker, recorded
 * as an attribution with no source (the asker is not named) and the question as its content.
 */
function askedClause(ctx: Ctx, si: number, i: number): boolean {
  const { doc } = ctx;
  const t = doc.tokens;
  const s = doc.sentences[si]!;
  // "Asked about X, ..." at the start of a sentence, or "..., when asked about X, ..." inside it
  let a = s.t0;
  if (i > s.t0 && (t.lower[i - 1] === 'when' || t.lower[i - 1] === 'if' || t.lower[i - 1] === 'once') && (i - 1 === s.t0 || t.lower[i - 2] === ',')) a = i;
  else if (t.lower[a] === 'when' || t.lower[a] === 'if' || t.lower[a] === 'once') a++;
  if (a !== i) return false;
  let r = i + 1;
  while (r < s.t1 && (t.ent[r] === 'DATE' || t.pos[r] === P.ADV)) r++;
  let e = r;
  while (e < s.t1 && t.lower[e] !== ',' && t.lower[e] !== ':' && !SENT_END.has(t.lower[e]!)) e++;
  if (e >= s.t1 || t.lower[e] !== ',' || e - r < 1) return false;
  const cs = t.lower[r] === 'about' || t.lower[r] === 'on' ? r + 1 : r;
  const fr = fragment(ctx, cs, e, null);
  if (!fr) return false;
  emit(ctx, i, null, [i, i + 1], [fr], 'asked-clause');
  return true;
}

/**
 * Adjective cues after "be": "X is confident that ...", "they're supportive of ...", "she was
 * critical of ...". The cue runs from the auxiliary to the preposition; the content follows it.
 */
function adjectiveCue(ctx: Ctx, si: number, i: number, preps: Set<string>, quote: QuoteSpan | null): boolean {
  const { doc } = ctx;
  const t = doc.tokens;
  const [lo, hi] = sentenceBounds(doc, si, quote);
  let a = i;
  while (a - 1 >= lo && (t.pos[a - 1] === P.AUX || t.pos[a - 1] === P.ADV || t.pos[a - 1] === P.PART)) a--;
  if (a === i) return false;
  // "be" must be among the auxiliaries ("is", "'re", "was", "have been")
  if (!hasBeAux(doc, a, i)) return false;
  const r = i + 1;
  if (r >= hi) return false;
  const nx = t.lower[r]!;
  let cueEnd: number;
  let cs: number;
  if (preps.has('that') && nx === 'that') {
    cueEnd = r;
    cs = r;
  } else if (preps.has(nx) && nx !== 'that') {
    cueEnd = r + 1;
    cs = r + 1;
  } else if (t.lower[i] === 'against') {
    cueEnd = i + 1;
    cs = i + 1;
  } else return false;
  const end = trimEnd(doc, cs, clauseEnd(doc, cs, hi));
  if (end - cs < 1) return false;
  const s0 = npLeft(doc, a, lo);
  if (s0 < 0) return false;
  const fr = fragment(ctx, cs, end, quote);
  if (!fr) return false;
  emit(ctx, i, [s0, a], [a, cueEnd], [fr], 'adjective');
  return true;
}

const NOMINAL_CONTRAST = grammarSet('nominal-contrast');

/**
 * Nominal claims inside the content of another claim ("Ukraine said its troops held part of the
 * town, despite claims by Prigozhin that it had been captured") are claims of their own. When a
 * contrast word introduces one ("despite", "contrary to", data/grammar-words.tsv), it is the
 * reporter's framing and not the outer speaker's words: the outer content ends before it.
 */
function nestedNominals(ctx: Ctx): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const lex = cueLexicon();
  if (doc.claims.length === 0) return;
  for (let i = 1; i + 2 < t.n; i++) {
    if (ctx.used[i] !== USED_CONTENT) continue;
    const preps = lex.nominal.get(t.lower[i]!);
    if (!preps || !preps.has('that')) continue;
    const by = t.lower[i + 1] === 'by';
    if (!by && t.pos[i] !== P.NOUN) continue;
    const q = ctx.quoteAt(t.start[i]!);
    if (q && q.closed) continue;
    const si = t.sent[i]!;
    const s = doc.sentences[si]!;
    if (!by && verbLikeNoun(doc, i, s.t0, s.t1)) continue;
    const before = doc.claims.length;
    nominal(ctx, si, i, q);
    const c = doc.claims[before];
    if (c) {
      cutBeforeContrast(ctx, c, before);
      cutAtObjectNominal(ctx, c, before);
    }
  }
}

/**
 * A nominal claim that is the object of another claim's cue ("rejecting Russian claims that the town
 * had fallen", "denied Moscow's claim that ..."): what the that-clause says is the owner's, not the
 * outer speaker's, whose content ends with the nominal cue ("Russian claims").
 */
function cutAtObjectNominal(ctx: Ctx, c: ClaimDraft, n: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  // a cue before its speaker ("said X") opens no nominal
  if (!c.speaker || !c.cue || c.cue.start < c.speaker.start) return;
  const head = c.speaker.start;
  for (let m = 0; m < n; m++) {
    const o = doc.claims[m]!;
    const fi = o.content.findIndex((f) => f.start <= head && f.end >= c.content[0]!.end);
    if (fi < 0) continue;
    const f = o.content[fi]!;
    // the outer content opens with the nominal's noun phrase: nothing but a determiner before its owner
    let k = doc.tokenAt(f.start);
    while (k < t.n && t.start[k]! < head && (t.kind[k] === Kind.Space || t.pos[k] === P.DET)) k++;
    if (t.start[k] !== head) return;
    // only the object of the outer cue ("denied Russian claims that ..."), not a subject ("Russian
    // claims that X were premature, the governor said"): the outer cue ends right before the content,
    // and the that-clause runs to the end of the outer content
    if (!o.cue || o.cue.end > f.start || /\S/.test(doc.text.slice(o.cue.end, f.start))) return;
    const last = c.content[c.content.length - 1]!;
    if (/[^\s.,;:!?"'”’)]/u.test(doc.text.slice(last.end, f.end))) return;
    o.content[fi] = doc.span(f.start, c.cue.end);
    return;
  }
}

/** Ends the content of the claim that holds nominal claim `c` before a contrast word that introduces `c`. */
function cutBeforeContrast(ctx: Ctx, c: ClaimDraft, n: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  let k = doc.tokenAt(Math.min(c.speaker?.start ?? c.cue!.start, c.cue!.start)) - 1;
  while (k > 0 && (t.kind[k] === Kind.Space || t.pos[k] === P.DET || t.pos[k] === P.ADJ)) k--;
  if (k <= 0) return;
  let a = -1;
  if (NOMINAL_CONTRAST.has(t.lower[k]!)) a = k;
  else if ((t.lower[k] === 'to' || t.lower[k] === 'of') && NOMINAL_CONTRAST.has(t.lower[k - 1]!)) a = t.lower[k - 2] === 'in' ? k - 2 : k - 1;
  if (a < 0) return;
  const at = t.start[a]!;
  for (let m = 0; m < n; m++) {
    const o = doc.claims[m]!;
    const fi = o.content.findIndex((f) => f.start < at && f.end >= c.content[0]!.end);
    if (fi < 0) continue;
    const f = o.content[fi]!;
    let e = a;
    const a0 = doc.tokenAt(f.start);
    e = trimEnd(doc, a0, e);
    while (e > a0 && t.kind[e - 1] === Kind.Space) e--;
    if (e - a0 < 2) return;
    o.content[fi] = doc.span(f.start, t.end[e - 1]!);
    return;
  }
}

/** Nominal cues: "claims by X that ...", "X's claim that ...". */
function nominal(ctx: Ctx, si: number, i: number, quote: QuoteSpan | null): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const [lo, hi] = sentenceBounds(doc, si, quote);
  const preps = cueLexicon().nominal.get(t.lower[i]!)!;
  let src: [number, number] | null = null;
  let r = i + 1;
  if (r < hi && t.lower[r] === 'by') {
    let e = npRight(doc, r + 1, hi, false);
    if (e > r + 1) {
      // coordinated sources: "claims by Wagner chief Yevgeny Prigozhin and Russia's defence ministry that"
      let m = e;
      while (m < hi && t.kind[m] === Kind.Space) m++;
      if (m + 1 < hi && t.lower[m] === 'and') {
        const e2 = npRight(doc, m + 1, hi, false);
        if (e2 > m + 1 && e2 < hi && t.lower[e2] === 'that') e = e2;
      }
      src = [r + 1, e];
      r = e;
    }
  } else {
    // the owner: "X's claim", "his opposition", "their harsh criticism"
    let m = i - 1;
    while (m > lo && t.pos[m] === P.ADJ) m--;
    if (m >= lo && t.lower[m] === "'s") {
      // a name owns the claim by itself ("Moscow disputes Kyiv's claim": Kyiv), a description with its words
      let s0 = m;
      while (s0 - 1 >= lo && t.pos[s0 - 1] === P.PROPN) s0--;
      if (s0 < m && s0 - 1 >= lo && t.lower[s0 - 1] === 'the') s0--; // "the Kremlin's claim"
      if (s0 === m) s0 = npLeftPlain(doc, m, lo);
      if (s0 >= 0) src = [s0, m];
    } else if (m >= lo && POSSESSIVES.has(t.lower[m]!)) src = [m, m + 1];
    else {
      // a national adjective that opens the noun phrase owns it: "rejecting Russian claims that",
      // "despite Ukrainian assertions that" (Russia's, Ukraine's); not inside a longer name
      // ("the Russian defence ministry's claim" has its owner above)
      const nations = cueLexicon().nations;
      let d = i - 1;
      while (d > lo && t.pos[d] === P.ADJ && !nations.has(t.lower[d]!)) d--;
      if (d >= lo && nations.has(t.lower[d]!) && (d === lo || !NP_POS.has(t.pos[d - 1]!) || t.pos[d - 1] === P.DET)) src = [d, d + 1];
    }
  }
  if (!src) return;
  if (r < hi && t.lower[r] === ',') r++;
  if (r >= hi) return;
  const w = t.lower[r]!;
  let fr: TextSpan | null = null;
  if (w === 'that' && preps.has('that')) {
    let end = clauseEnd(doc, r, hi);
    // the nominal is the sentence's subject ("X's assertion that no civilians were hurt was
    // rejected"): its that-clause ends before the main verb
    if (!someToken(lo, Math.min(src[0], i), (k) => t.pos[k] === P.VERB || t.pos[k] === P.AUX)) {
      // set before the main clause by a contrast word ("Despite X's assertion that ..., three
      // civilians were killed"): the that-clause ends at the comma that closes the phrase
      if (someToken(lo, Math.min(src[0], i), (k) => NOMINAL_CONTRAST.has(t.lower[k]!))) {
        for (let k = r + 1; k < end; k++) if (t.lower[k] === ',') { end = k; break; }
      }
      end = beforeMainVerb(doc, r + 1, end);
    }
    // inside a participle aside set off by commas ("Ukrainian forces, rejecting Russian claims that
    // they had retreated, said ..."): the that-clause ends at the comma that gives way to the main verb
    let d = src[0] - 1;
    while (d > lo && (t.kind[d] === Kind.Space || t.pos[d] === P.DET)) d--;
    if (d - 1 >= lo && t.pos[d] === P.VERB && t.lower[d]!.endsWith('ing') && t.lower[d - 1] === ',') {
      for (let k = r + 1; k + 1 < end; k++) {
        if (t.lower[k] === ',' && (t.pos[k + 1] === P.VERB || t.pos[k + 1] === P.AUX) && !t.lower[k + 1]!.endsWith('ing')) { end = k; break; }
      }
    }
    fr = fragment(ctx, r, trimEnd(doc, r, end), quote);
    // no comma or semicolon at its end (fragment cuts "reports that it had attacked the plant, and said" before "and")
    if (fr && /[\s,;]$/.test(fr.text)) {
      let e = fr.end;
      while (e > fr.start && /[\s,;]/.test(doc.text[e - 1]!)) e--;
      fr = e > fr.start ? doc.span(fr.start, e) : null;
    }
  }
  // a nominal cue with a noun-phrase content ("his opposition to the plan") names a stance more often
  // than a statement: only the that-clause counts here; the prepositions serve light verbs (stanceObject)
  if (!fr) return;
  emit(ctx, i, src, [i, i + 1], [fr], 'nominal');
}

/**
 * Whether token k (after "to") starts an infinitive: a verb, or a verb the tagger took for an
 * adverb, noun or adjective with its object right after it ("urged lawmakers to back the package").
 */
function infinitiveAt(doc: Doc, k: number, hi: number): boolean {
  const t = doc.tokens;
  const p = t.pos[k]!;
  if (p === P.VERB || p === P.AUX) return true;
  if ((p !== P.ADV && p !== P.NOUN && p !== P.ADJ) || k + 1 >= hi || isCapitalAt(doc.text, t.start[k]!)) return false;
  const n = t.pos[k + 1]!;
  return n === P.DET || n === P.PRON;
}

/** Tags before a verb that make it part of the clause's own verb group ("were going to attack", "had been"). */
const NOT_BEFORE_MAIN = new Set([P.AUX, P.PART, P.ADV, P.CCONJ, P.SCONJ, P.VERB]);

/** Whether token k looks like a finite verb: its form differs from its lemma ("came", "contradicts"), not a gerund. */
function finiteForm(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const w = t.lower[k]!;
  return w !== t.lemma[k] && !w.endsWith('ing');
}

/**
 * Where the that-clause [a, e) of a subject nominal ends: before a verb group that follows the
 * clause's own verb with no conjunction or comma between ("that the strike hit only military
 * targets | was disputed"), or before a finite verb after the clause's verb and its complement
 * ("that Moscow was preparing a new offensive | came a day later"), else `e`.
 */
function beforeMainVerb(doc: Doc, a: number, e: number): number {
  const t = doc.tokens;
  let seen = false; // the clause's own verb (or the word after its auxiliary: "were hurt") is behind
  let aux = false;
  for (let k = a; k < e; k++) {
    const p = t.pos[k]!;
    if (p === P.CCONJ || t.lower[k] === ',' || p === P.SCONJ || t.lower[k] === 'that' || t.lower[k] === 'which' || t.lower[k] === 'who') seen = aux = false;
    else if (p === P.AUX) {
      if (seen) return k;
      aux = true;
    } else if (seen && p === P.VERB && finiteForm(doc, k) && !NOT_BEFORE_MAIN.has(t.pos[k - 1]!)) return k;
    // a linking verb with its adjective right after the clause's verb ("that the town had fallen |
    // proved premature"), not a participle before its noun ("had seen burned villages")
    else if (seen && p === P.VERB && finiteForm(doc, k) && t.pos[k - 1] === P.VERB && t.pos[nextWord(doc, k + 1, e)] === P.ADJ) return k;
    else if (p === P.VERB || (aux && p !== P.ADV && p !== P.PART)) seen = true;
  }
  return e;
}

/** The first token from k before e that is not a space (e when none). */
function nextWord(doc: Doc, k: number, e: number): number {
  while (k < e && doc.tokens.kind[k] === Kind.Space) k++;
  return k;
}

export const attributionStage: Stage = {
  name: 'attribution',
  requires: ['tokens', 'sentences', 'quotes', 'entities'],
  assigns: ['claims'],
  run: findClaims,
};
