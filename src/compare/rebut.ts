/**
 * Blanket denials of a report (lane rebut, issue 9): "another canard, nothing of the kind", "None of
 * the HIMARS has been destroyed", "claims of Russian involvement are absurd", «фейк», «не
 * соответствует действительности», «вигадка». Such a denial names no figure and often no place, so
 * the figure, status and event rules cannot set it against anything. Here it is linked to the
 * claims it rejects by what both are about: a topic of data/rebut-topics.tsv (a third country, a
 * weapon system, the pipelines, ammunition) named in the denial's own sentence or the sentences
 * around it, and in the claim's sentence. The words of the denial are data/rebut-cues.tsv.
 *
 * Facts (`rebutFacts`, `claimTopics`) are read at ingest; `compareRebuttals` sets denials against
 * claims of another side (or of an unofficial voice of the denier's side) sharing a topic, from a
 * day before the claim to `denial_window_days` (data/compare.tsv) after it, and gives a dispute of
 * the kind of the claim denied: figures when it counts something, responsibility when it blames a
 * side, control when it says who holds a place, else status.
 */
import { lowerBound } from '../analyze/doc.js';
import type { Analysis, Claim, Span } from '../analyze/types.js';
import { table } from '../lexicon/index.js';
import { compareLexicon, NEGATIONS, stemPhrase, stemPhraseAt, wordsOf, type StemWord } from './lexicon.js';
import { sideOfPhrase } from './speaker.js';
import { scanPhrase } from '../lexicon/sides.js';
import { dayNumber, disputeId, sideOf, isoDay } from './compare.js';
import { voiceKey } from './identity.js';
import { SpanIndex, memo } from './docindex.js';
import type { ClaimRecord, Dispute, DisputeKind, PlaceRef, QuantityFact, RebutFact, Side, TopicWhat } from './types.js';

const CYRILLIC = /[\u0400-\u04FF]/;

/** One row of a stem-phrase table, indexed by the first letter of its first word. */
interface Row { words: StemWord[]; value: string }

/** The rows of the rebut tables, by type. */
interface RebutLexicon {
  cues: Map<string, Row[]>;
  reports: Map<string, Row[]>;
  losses: Map<string, Row[]>;
  agents: Map<string, Row[]>;
  deniers: Map<string, Row[]>;
  contrasts: Map<string, Row[]>;
  topics: Map<string, Row[]>;
  /** data/death-words.tsv: death words, doer words (after/before the doer) and "had". */
  deaths: Map<string, Row[]>;
  doersAfter: Map<string, Row[]>;
  doersBefore: Map<string, Row[]>;
  causatives: Map<string, Row[]>;
}

let lexicon: RebutLexicon | null = null;

function addRow(m: Map<string, Row[]>, phrase: string, value: string): void {
  const words = stemPhrase(phrase.toLowerCase());
  if (words.length === 0 || words[0]!.stem === '') return;
  const k = words[0]!.stem[0]!;
  const l = m.get(k);
  if (l) l.push({ words, value });
  else m.set(k, [{ words, value }]);
}

/** The tables of data/rebut-cues.tsv and data/rebut-topics.tsv, read once. */
function rebutLexicon(): RebutLexicon {
  if (lexicon) return lexicon;
  const lx: RebutLexicon = { cues: new Map(), reports: new Map(), losses: new Map(), agents: new Map(), deniers: new Map(), contrasts: new Map(), topics: new Map(), deaths: new Map(), doersAfter: new Map(), doersBefore: new Map(), causatives: new Map() };
  for (const r of table('rebut-cues.tsv')) {
    const [type, phrase, needs] = r;
    if (!phrase) continue;
    const m = type === 'cue' ? lx.cues : type === 'report' ? lx.reports : type === 'loss' ? lx.losses : type === 'agent' ? lx.agents
      : type === 'denier' ? lx.deniers : type === 'contrast' ? lx.contrasts : null;
    if (m) addRow(m, phrase, needs ?? '');
  }
  for (const r of table('rebut-topics.tsv')) if (r[0] && r[1]) addRow(lx.topics, r[0], r[1]);
  for (const [type, phrase] of table('death-words.tsv')) {
    if (!phrase) continue;
    const m = type === 'death' ? lx.deaths : type === 'after' ? lx.doersAfter : type === 'before' ? lx.doersBefore : type === 'causative' ? lx.causatives : null;
    if (m) addRow(m, phrase, '');
  }
  return (lexicon = lx);
}

/** The rows of `m` that match the words `ws` at `i`, longest first. */
function rowsAt(m: Map<string, Row[]>, ws: readonly string[], i: number): Row[] {
  const w = ws[i];
  if (!w) return [];
  const l = m.get(w[0]!);
  if (!l) return [];
  return l.filter((r) => stemPhraseAt(ws, i, r.words));
}

/** Whether some row of `m` matches anywhere in `ws`. */
function anyAt(m: Map<string, Row[]>, ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) if (rowsAt(m, ws, i).length > 0) return true;
  return false;
}

/** Topic keys of data/rebut-topics.tsv named in `text[from, to)`. */
function topicsOf(text: string, from: number, to: number): Set<string> {
  const ws = wordsOf(text, from, to).map((w) => w.w);
  const out = new Set<string>();
  const m = rebutLexicon().topics;
  for (let i = 0; i < ws.length; i++) for (const r of rowsAt(m, ws, i)) out.add(r.value);
  return out;
}

/** The side a single word names ("Russian", «росіян», "Kremlin"), or null. */
function sideWord(w: string | undefined): Side | null {
  if (!w || w.length < 3) return null;
  return sideOfPhrase(w).side ?? null;
}

/** Indexes of the document's sentences (sorted, not overlapping) that overlap one of `spans`, by binary search. */
export function sentencesOf(analysis: Analysis, spans: readonly Span[]): number[] {
  const ss = analysis.sentences;
  const out = new Set<number>();
  for (const f of spans) {
    for (let i = lowerBound(ss.length, (m) => ss[m]!.end <= f.start); i < ss.length && ss[i]!.start < f.end; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** Whether a topic key names a topic itself, not only who did it (`kind:`) or what of a country (`what:`). */
function isTopic(t: string): boolean {
  return !t.startsWith('kind:') && !t.startsWith('what:') && !t.startsWith('accuse:');
}

/** Whether a topic key names what a claim is about by itself, not a person whose death it names (`person:`) nor who is blamed for it. */
function isPlainTopic(t: string): boolean {
  return isTopic(t) && !t.startsWith('person:');
}

/**
 * The key of a person a capitalised word names (`prigozhin`), resolved through data/actors.tsv and
 * data/actors-cyrillic.tsv (a Cyrillic word with up to three letters of its case ending cut:
 * «Пригожина» → «Пригожин» → Yevgeny Prigozhin); the surname of the Latin name, lower case. Office
 * holders (Putin, Peskov: officials) and organisations are no victims here: null.
 */
function personKey(word: string): string | null {
  if (word.length < 4 || word[0] === word[0]!.toLowerCase()) return null;
  const cyr = CYRILLIC.test(word);
  for (let cut = 0; cut <= (cyr ? 3 : 0) && word.length - cut >= 4; cut++) {
    const w = word.slice(0, word.length - cut);
    const row = scanPhrase(w).rows.find((r) => r.kind === 'name' && !r.country && r.unit !== true);
    if (!row) continue;
    if (row.official !== false) return null;
    const name = cyr ? row.affiliation : row.phrase;
    if (!name) return null;
    const last = name.toLowerCase().split(/\s+/).pop()!;
    return /^[a-z][a-z'-]+$/.test(last) ? last : null;
  }
  return null;
}

/**
 * Person topics of `text[from, to)`: when it names a death or killing (data/death-words.tsv), a
 * `person:` key for each person it names who holds no office (`personKey`), and an `accuse:` key
 * for the side a word of doing names ("Putin was behind", «яку влаштував Путін», "Putin had ...
 * killed"), not right after a negation ("was not behind"), within its clause.
 */
function deathTopicsOf(text: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  const lx = rebutLexicon();
  const words = wordsOf(text, from, to);
  const ws = words.map((w) => w.w);
  if (!anyAt(lx.deaths, ws)) return out;
  const persons = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const k = personKey(text.slice(words[i]!.start, words[i]!.end));
    if (k !== null) {
      out.add(`person:${k}`);
      persons.add(i);
    }
  }
  const open = (a: number, b: number): boolean => !/[,;:.!?—–()]/.test(text.slice(words[a]!.end, words[b]!.start));
  const doer = (k: number): Side | null => (persons.has(k) ? null : sideWord(ws[k]));
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && NEGATIONS.has(ws[i - 1]!)) continue;
    for (const r of rowsAt(lx.doersAfter, ws, i)) {
      const e = i + r.words.length;
      for (let k = e; k < Math.min(ws.length, e + 3) && open(e - 1, k); k++) {
        const side = doer(k);
        if (side !== null) { out.add(`accuse:${side}`); break; }
      }
    }
    const before = rowsAt(lx.doersBefore, ws, i).length > 0;
    const causative = !before && rowsAt(lx.causatives, ws, i).length > 0
      && ws.slice(i + 1, i + 4).some((_, d) => rowsAt(lx.deaths, ws, i + 1 + d).length > 0);
    if (!before && !causative) continue;
    for (let k = i - 1; k >= Math.max(0, i - 3) && open(k, i); k--) {
      const side = doer(k);
      if (side !== null) { out.add(`accuse:${side}`); break; }
    }
  }
  return out;
}

/** What a country's report is about (`what:` keys: troops, shells, ...), as a set. */
function whatsOf(topics: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of topics) if (t.startsWith('what:')) out.add(t);
  return out;
}

/** A country topic key (`KP`, `IR`), whose `what:` must agree between a denial and a claim. */
const COUNTRY = /^[A-Z]{2}$/;

/** Topic keys of sentence `i` of the analysis, cached per analysis. */
export function sentenceTopics(analysis: Analysis, i: number): Set<string> {
  const cache = memo(analysis, 'rebut:topics', () => new Map<number, Set<string>>());
  let t = cache.get(i);
  if (!t) {
    const s = analysis.sentences[i]!;
    t = topicsOf(analysis.text, s.start, s.end);
    for (const k of deathTopicsOf(analysis.text, s.start, s.end)) t.add(k);
    cache.set(i, t);
  }
  return t;
}

/**
 * Topic keys of a claim (data/rebut-topics.tsv): those named in its content and the sentences its
 * content sits in; `kind:` keys say what the claim is about (who did it). Empty when it names none.
 */
export function claimTopics(analysis: Analysis, claim: Claim): string[] {
  const frags = claim.content;
  if (frags.length === 0) return [];
  const sents = sentencesOf(analysis, frags);
  const out = new Set<string>();
  if (sents.length > 0) for (const i of sents) for (const k of sentenceTopics(analysis, i)) out.add(k);
  else for (const f of frags) for (const k of topicsOf(analysis.text, f.start, f.end)) out.add(k);
  // a side blamed for a death whose sentence names no victim ("Asked about the crash, Biden said little
  // happens in Russia without Putin being behind it"): the person of the nearest of the five sentences
  // before that names a death and a person
  if (sents.length > 0 && [...out].some((k) => k.startsWith('accuse:')) && ![...out].some((k) => k.startsWith('person:'))) {
    for (let i = sents[0]! - 1; i >= Math.max(0, sents[0]! - 5); i--) {
      const ps = [...sentenceTopics(analysis, i)].filter((k) => k.startsWith('person:'));
      if (ps.length === 0) continue;
      for (const k of ps) out.add(k);
      break;
    }
  }
  return [...out].sort();
}

/**
 * The blanket denials of a claim: a cue of data/rebut-cues.tsv in its content or cue, or in its
 * sentence outside every other claim's content ("..., rejecting Russian claims"), not right after a
 * negation ("not fake") nor answered in its sentence ("a fake, but ..."); "none of" and the like
 * only with a word of loss in the sentence. Each carries the topics named in its sentence (when it
 * names nothing it is about, in the sentence before and the next one of its paragraph), the side that denies
 * when a side word is the subject of a denying verb in its clause ("Moscow has called it a fake"),
 * whose report it rejects when a side word stands at a report noun ("Russian claims", «заяви
 * російської сторони») or as the subject before the cue ("the Russians are spreading lies"), and
 * the side it clears when a side word stands at an agent noun ("claims of Russian involvement").
 */
export function rebutFacts(analysis: Analysis, claim: Claim): RebutFact[] {
  const text = analysis.text;
  const own: Span[] = [...claim.content, ...(claim.cue ? [claim.cue] : [])];
  if (own.length === 0) return [];
  const sents = sentencesOf(analysis, own);
  if (sents.length === 0) return [];
  const lx = rebutLexicon();
  const contents = memo(analysis, 'rebut:contents', () => new SpanIndex(analysis.claims.flatMap((c) => c.content)));
  const out: RebutFact[] = [];
  for (const si of sents) {
    const s = analysis.sentences[si]!;
    const words = wordsOf(text, s.start, s.end);
    const ws = words.map((w) => w.w);
    // whose report (a side word at a report noun) and whom cleared (at an agent noun): once per sentence
    let scanned = false;
    let reportOf: Side | null = null;
    let agent: Side | null = null;
    for (let i = 0; i < ws.length; i++) {
      const rows = rowsAt(lx.cues, ws, i);
      if (rows.length === 0) continue;
      const row = rows.reduce((a, b) => (b.words.length > a.words.length ? b : a));
      const at = words[i]!.start;
      const inOwn = own.some((f) => f.start <= at && at < f.end);
      // (outside its own words, a cue inside any claim's content is that other claim's)
      if (!inOwn && contents.covers(at)) continue;
      if (i > 0 && NEGATIONS.has(ws[i - 1]!) && !/[,;:.!?]/.test(text.slice(words[i - 1]!.end, at))) continue;
      if (row.value === 'loss' && !anyAt(lx.losses, ws)) continue;
      const endWord = i + row.words.length;
      // a denial answered by the speaker ("a fake, but 11,000 soldiers are already there", «утка, но»): not theirs
      let answered = false;
      for (let k = endWord; k < ws.length - 1 && !answered; k++) answered = rowsAt(lx.contrasts, ws, k).length > 0;
      if (answered) continue;
      if (!scanned) {
        scanned = true;
        for (let k = 0; k < ws.length && reportOf === null; k++) {
          if (rowsAt(lx.reports, ws, k).length === 0) continue;
          // ("reports of Iranian drones": a side word after "of" is what is reported, not whose report)
          reportOf = sideWord(ws[k - 1]) ?? (CYRILLIC.test(ws[k + 1] ?? '') ? sideWord(ws[k + 1]) : null);
        }
        for (let k = 0; k < ws.length && agent === null; k++) {
          if (rowsAt(lx.agents, ws, k).length === 0) continue;
          agent = sideWord(ws[k - 1]) ?? sideWord(ws[k + 1]) ?? (ws[k + 1] === 'of' ? sideWord(ws[k + 2]) : null);
        }
      }
      // whose report: a side word at a report noun of the sentence, else the subject of the cue
      let of: Side | null = reportOf;
      if (of === null) {
        for (let k = Math.max(0, i - 5); k < i && of === null; k++) {
          if (k > 0 && ws[k - 1] !== 'the') continue;
          if (/[,;:.!?]/.test(text.slice(words[k]!.end, at))) continue;
          of = sideWord(ws[k]);
        }
      }
      // who denies: a side word that is the subject of a denying verb in the cue's own clause ("Moscow has
      // called the reports a fake", «у Кремлі називають ... фейком»)
      let clause = i;
      while (clause > 0 && !/[,;:.!?—–]/.test(text.slice(words[clause - 1]!.end, words[clause]!.start))) clause--;
      let by: Side | null = null;
      for (let k = clause; k < i && by === null; k++) {
        const side = sideWord(ws[k]);
        if (side === null) continue;
        for (let v = k + 1; v < i; v++) {
          if (rowsAt(lx.deniers, ws, v).length > 0) {
            by = side;
            break;
          }
        }
        if (by === null) break; // the first side word of the clause denies nothing: it is no subject of a denial
      }
      if (of !== null && of === agent) of = null;
      // topics: this sentence's; only when it names nothing it is about (no topic, and no `what:` as "missiles"
      // alone), the one before (wire copy gives each sentence its paragraph) and the next one of its paragraph
      const topics = new Set<string>(sentenceTopics(analysis, si));
      if (![...topics].some((t) => !t.startsWith('kind:') && !t.startsWith('person:') && !t.startsWith('accuse:'))) {
        for (const k of [si - 1, si + 1]) {
          if (k < 0 || k >= analysis.sentences.length || (k === si + 1 && analysis.sentences[k]!.paragraph !== s.paragraph)) continue;
          for (const t of sentenceTopics(analysis, k)) topics.add(t);
        }
      }
      if (![...topics].some(isTopic)) continue;
      // a denial about a person's death only (no other topic) is one of the accused: it clears a side
      if (![...topics].some(isPlainTopic) && agent === null) continue;
      const last = words[endWord - 1] ?? words[i]!;
      out.push({ topics: [...topics].sort(), of, agent, ...(by !== null ? { by } : {}), text: text.slice(at, last.end), start: at, end: last.end });
      break; // one denial per sentence
    }
  }
  return out;
}

/**
 * The topics a claim is about for `compareRebuttals`: its own; when it names none but says who did a
 * sabotage or an attack (a `kind:responsibility` word, a side blamed: "called it a terrorist attack
 * planned by Russia"), also those the other claims of its document name ("the Nord Stream pipelines
 * had been damaged by blasts"): its "it" is what its document is about (lane miss9).
 */
function topicsOfClaim(r: ClaimRecord, docTopics: ReadonlyMap<string, ReadonlySet<string>>): readonly string[] {
  const own = r.topics ?? [];
  if (own.some(isTopic) || !own.includes('kind:responsibility') || typeof r.documentId !== 'string') return own;
  if (!(r.events ?? []).some((e) => e && e.topic === 'responsibility' && e.polarity === 1 && e.agentSide)) return own;
  const doc = docTopics.get(r.documentId);
  return doc && doc.size > 0 ? [...own, ...doc] : own;
}

/** Whether a record says a side did something (a responsibility fact of polarity 1 by `side`). */
function blames(r: ClaimRecord, side: Side): boolean {
  return (r.events ?? []).some((e) => e && e.topic === 'responsibility' && e.polarity === 1 && e.agentSide === side);
}

/**
 * Whether a figure is one compare sets against others: a count, not a vague one, and a plain count
 * ("bodies" seen in a photo) only of the units data/compare.tsv `count_units` compares (troops).
 */
function counted(q: QuantityFact | null | undefined): boolean {
  return !!q && q.value > 0 && !q.vague && (q.frame !== 'count' || compareLexicon().countUnits.has(q.unit));
}

/**
 * The kind of a rebuttal dispute: the kind of the claims denied. A figure compare does not compare
 * (`counted`) makes no figures dispute; a claim that a side holds a place, a control one.
 */
function kindOfClaims(claims: readonly ClaimRecord[], rebuts: readonly RebutFact[]): DisputeKind {
  if (claims.some((r) => (r.quantities ?? []).some(counted) || (r.fates ?? []).length > 0)) return 'figures';
  if (claims.some((r) => (r.events ?? []).some((e) => e && e.topic === 'responsibility' && e.polarity === 1))) return 'responsibility';
  if (claims.some((r) => (r.statuses ?? []).some((x) => x && x.topic === 'control' && !x.denial))) return 'control';
  if (claims.some((r) => (r.topics ?? []).includes('kind:responsibility')) || rebuts.some((b) => b.agent !== null)) return 'responsibility';
  return 'status';
}

/** A short quotation of a claim's content for a label. */
function snippet(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

/**
 * The place finer than a country most often given by the claims `topicClaims` of a person's death
 * (sorted by day) within `reach` days of the claims `claims` accusing someone of it; the earliest on a tie.
 */
function deathPlace(records: readonly ClaimRecord[], topicClaims: readonly number[], days: readonly number[], claims: readonly number[], reach: number): PlaceRef | null {
  const ds = claims.map((k) => days[k]!).filter(Number.isFinite);
  if (ds.length === 0) return null;
  const lo = Math.min(...ds) - reach;
  const hi = Math.max(...ds) + reach;
  const counts = new Map<string, { p: PlaceRef; n: number }>();
  for (const j of topicClaims) {
    if (days[j]! < lo || days[j]! > hi) continue;
    const seen = new Set<string>();
    for (const p of records[j]!.places ?? []) {
      if (!p || p.level === 'country' || seen.has(p.id)) continue;
      seen.add(p.id);
      const c = counts.get(p.id);
      if (c) c.n++;
      else counts.set(p.id, { p, n: 1 });
    }
  }
  let best: { p: PlaceRef; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.p ?? null;
}

/**
 * Disputes between blanket denials and the claims they reject (see the module comment). Pairs that
 * a dispute of `existing` already sets against each other are not repeated. Cost: one pass over the
 * records to index the claims by topic, each topic's list sorted by day, then for each denial's
 * topics only the claims of its window (binary search).
 */
export function compareRebuttals(records: readonly ClaimRecord[], existing: readonly Dispute[]): Dispute[] {
  const lex = compareLexicon();
  const before = 1;
  const after = Math.max(lex.denialWindowDays, lex.eventWindowDays);
  const byTopic = new Map<string, number[]>(); // claims of a topic, sorted by day below
  const deniers: number[] = [];
  const days: number[] = records.map((r) => (r && typeof r.date === 'string' ? dayNumber(r.date) : NaN));
  // the plain topics each document's claims name, for an accusation that names none (`topicsOf`)
  const docTopics = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r || typeof r.documentId !== 'string' || !Array.isArray(r.topics)) continue;
    for (const t of r.topics) if (isPlainTopic(t)) (docTopics.get(r.documentId) ?? docTopics.set(r.documentId, new Set()).get(r.documentId)!).add(t);
  }
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!r || typeof r !== 'object' || typeof r.id !== 'string') continue;
    if (Array.isArray(r.rebuts) && r.rebuts.length > 0) {
      deniers.push(i);
      continue;
    }
    // a claim that denies something itself ("the reports are fake") is no report to deny
    if (!Array.isArray(r.topics) || (r.statuses ?? []).some((s) => s?.denial)) continue;
    if (!Number.isFinite(days[i])) continue; // (no day: outside every window)
    for (const t of topicsOfClaim(r, docTopics)) {
      if (!isTopic(t)) continue;
      const l = byTopic.get(t);
      if (l) l.push(i);
      else byTopic.set(t, [i]);
    }
  }
  if (deniers.length === 0) return [];
  for (const l of byTopic.values()) l.sort((a, b) => days[a]! - days[b]! || a - b);
  const whats = new Map<number, Set<string>>();
  const whatOf = (j: number): Set<string> => {
    let w = whats.get(j);
    if (!w) whats.set(j, (w = whatsOf(records[j]!.topics ?? [])));
    return w;
  };
  /** The first index of sorted list `l` whose claim's day is at least `d`. */
  const firstFrom = (l: readonly number[], d: number): number => lowerBound(l.length, (m) => days[l[m]!]! < d);
  // a claim already set in a dispute against claims of a side: its denial of that side is shown there
  // (a ministry's "untrue" already against the other ministry's figure, beside a wire story's retelling of it)
  const paired = new Set<string>();
  for (const d of existing) {
    for (let a = 0; a < d.sides.length; a++) {
      for (let b = 0; b < d.sides.length; b++) {
        if (a === b) continue;
        for (const x of d.sides[a]!.claims) for (const sp of d.sides[b]!.speakers) if (sp.side) paired.add(`${x}\u0000${sp.side}`);
      }
    }
  }
  // one group per topic, denying side and side of the claims denied (one dispute per pair of sides, as
  // UA–RU and US–RU over one canard)
  const groups = new Map<string, { topic: string; claims: Set<number>; rebutters: Set<number>; rebuts: RebutFact[] }>();
  for (const i of deniers) {
    const r = records[i]!;
    const rs = r.speaker?.side ?? null;
    const rv = voiceKey(r);
    for (const b of r.rebuts!) {
      if (!b || !Array.isArray(b.topics)) continue;
      if (rs === null && b.of === null) continue;
      // a denial the speaker reports of another side ("Moscow has called ... a fake, Budanov said") is not theirs
      if (b.by !== undefined && b.by !== null && b.by !== rs) continue;
      const di = days[i]!;
      if (!Number.isFinite(di)) continue;
      const bw = whatsOf(b.topics);
      for (const t of b.topics) {
        if (!isTopic(t)) continue;
        const l = byTopic.get(t);
        if (!l) continue;
        // the claims from `after` days before the denial to `before` days after it (gap = denial day - claim day)
        for (let x = firstFrom(l, di - after); x < l.length && days[l[x]!]! <= di + before; x++) {
          const j = l[x]!;
          const c = records[j]!;
          // one country, another thing said of it (shells against troops): no match
          if (COUNTRY.test(t) && bw.size > 0) {
            const cw = whatOf(j);
            if (cw.size > 0 && ![...cw].some((w) => bw.has(w))) continue;
          }
          const cs = c.speaker?.side ?? null;
          if (cs === null) continue;
          // a person's death: only the accused's denial (a side cleared) of another side's accusation of it
          if (t.startsWith('person:') && (b.agent === null || cs === rs || !(c.topics!.includes(`accuse:${b.agent}`) || blames(c, b.agent)))) continue;
          if (b.of !== null && cs !== b.of) continue;
          if (b.of === null && cs === rs && !(r.speaker?.official === true && c.speaker?.official === false)) continue;
          if (rv && voiceKey(c) === rv) continue;
          if (b.agent !== null && !t.startsWith('person:') && !blames(c, b.agent)) continue;
          if (paired.has(`${r.id}\u0000${cs}`)) continue;
          const key = `${t}|${rs ?? b.of}|${cs}`;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { topic: t, claims: new Set(), rebutters: new Set(), rebuts: [] }));
          g.claims.add(j);
          g.rebutters.add(i);
          if (!g.rebuts.includes(b)) g.rebuts.push(b);
        }
      }
    }
  }
  const out: Dispute[] = [];
  const seen = new Set<string>();
  const dayCache = new Map<number, string>();
  const dayString = (n: number): string | null => {
    if (!Number.isFinite(n)) return null;
    let s = dayCache.get(n);
    if (s === undefined) dayCache.set(n, (s = isoDay(n)));
    return s;
  };
  for (const g of groups.values()) {
    const claims = [...g.claims].sort((a, b) => a - b);
    const rebutters = [...g.rebutters].sort((a, b) => a - b);
    const set = [...claims, ...rebutters].map((k) => records[k]!.id).sort().join(',');
    if (seen.has(set)) continue;
    seen.add(set);
    const claimRecs = claims.map((k) => records[k]!);
    const kind = g.topic.startsWith('person:') ? 'responsibility' : kindOfClaims(claimRecs, g.rebuts);
    const ds = [...claims, ...rebutters].map((k) => days[k]!).filter(Number.isFinite);
    const from = ds.length > 0 ? dayString(Math.min(...ds)) : null;
    const to = ds.length > 0 ? dayString(Math.max(...ds)) : null;
    const places = claimRecs.flatMap((r) => r.places ?? []);
    // a named person's death that neither the accusation nor the denial places is where the other
    // reports of that death in the window place it (the wire's "crashed near Bologoye", lane place)
    const place = places.find((p) => p && p.level !== 'country') ?? (g.topic.startsWith('person:') ? deathPlace(records, byTopic.get(g.topic) ?? [], days, claims, after) : null) ?? places[0] ?? null;
    const q = kind === 'figures' ? claimRecs.flatMap((r) => r.quantities ?? []).find(counted) : undefined;
    const what: TopicWhat =
      kind === 'figures' && q ? { type: 'quantity', unit: q.unit, subjectSide: q.subjectSide ?? null }
        : kind === 'responsibility' ? { type: 'event', topic: 'responsibility', subjectSide: g.rebuts.find((b) => b.agent)?.agent ?? null }
          : kind === 'control' ? { type: 'status', topic: 'control', subjectSide: null }
            : { type: 'status', topic: 'event', subjectSide: null };
    const topicKey = `${place?.id ?? '-'}|${from ?? '-'}..${to ?? '-'}|r|${g.topic}`;
    const cues = [...new Set(g.rebuts.map((b) => b.text))].slice(0, 3).map((x) => `"${x}"`).join(', ');
    const bySide = new Map<string, number[]>();
    for (const k of claims) {
      const cs = records[k]!.speaker!.side!;
      const l = bySide.get(cs);
      if (l) l.push(k);
      else bySide.set(cs, [k]);
    }
    const sides = [
      ...[...bySide.values()].map((ks) => sideOf(records, ks.map((rec) => ({ rec })), `reported (${g.topic}): ${[...new Set(ks.map((k) => snippet(records[k]!.content)))].slice(0, 2).map((x) => `"${x}"`).join(' / ')}`)),
      sideOf(records, rebutters.map((rec) => ({ rec })), `denied the reports (${cues})`),
    ];
    out.push({
      id: disputeId(topicKey, sides),
      topic: { key: topicKey, place: place?.id ?? null, placeName: place?.name ?? null, level: place ? 'place' : 'none', from, to, what },
      reason: 'denial',
      kind,
      sides,
      explanation: `A blanket denial against what other claims report about ${g.topic}: ${sides.map((s) => s.position).join(' vs ')}`,
    });
  }
  return out;
}
