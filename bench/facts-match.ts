/**
 * The scorer of bench/facts.ts (claim facts against bench/gold/facts): pure functions over the
 * analyzer's output, so test/unit/facts-match.test.ts can check them on small hand-made cases.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze/index.js';
import { extractClaimFacts } from '../src/compare/index.js';
import { stateOf } from '../src/compare/control.js';
import type { ClaimFacts } from '../src/compare/types.js';
import type { Analysis } from '../src/analyze/types.js';

/** One expected fact of a gold claim. */
export interface GoldFact {
  kind: 'responsibility' | 'cause' | 'control' | 'status' | 'figures';
  /** responsibility: the side that did it (null: the text does not say whose); status/control: the subject side, optional. */
  agent?: string | null;
  side?: string | null;
  /** responsibility/status: 1 affirms, -1 denies or negates; control: only when given (a denied capture is holds, -1; "not encircled" is encircled, -1). */
  polarity?: 1 | -1;
  /** cause: attack or accident. */
  cause?: 'attack' | 'accident';
  /** control: holds, lost, part, contested, encircled (as src/compare/types.ts ControlState). */
  state?: string;
  /** status: advance, situation, attack. */
  topic?: string;
  /** figures: the number and the unit id (data/units.tsv), optionally the frame. */
  value?: number;
  unit?: string;
  frame?: string;
  /** figures, checked when given: the bound (exact, approx, more_than, at_least, less_than, at_most, range) and a range's upper value. */
  bound?: string;
  high?: number;
  /**
   * figures, checked when the key is present: which tally the figure is (src/compare/figures.ts
   * `figureScope`): null for the place's or one strike's own toll, `day`, `total`, `country`,
   * `site`, `hospital`, or `span` for any span (`span:<words>`).
   */
  scope?: string | null;
}

/** One gold claim of an item. */
export interface GoldClaim {
  /** A substring of the claim's content as the analyzer should give it (whitespace-normalised). */
  content: string;
  /** A substring of the speaker's name or text (case-insensitive; alternatives split by "|": "Гладков|Gladkov", names are given in Latin); null when the author speaks. */
  speaker: string | null;
  /** The speaker's side, or null when the text does not tell. */
  side: string | null;
  facts: GoldFact[];
  /** true: the gold lists every figure of the claim, so extra figures count against precision. */
  allFigures?: boolean;
}

/** One gold item: a short text and its claims. */
export interface GoldItem {
  id: string;
  lang: string;
  published: string;
  source?: string;
  author?: string;
  /** 'channel' for a Telegram post (set by `fillFromCorpus`): its sentences are the channel's own claims. */
  authorType?: 'channel' | 'person' | 'organisation' | 'outlet';
  ownVoice?: boolean;
  text: string;
  claims: GoldClaim[];
  why?: string;
  /** A post of ../shared/corpora/ru-telegram-2024 (its `id`): the item's text, `published` and
   *  `source` are read from the corpus in place (never committed); see `fillFromCorpus`. */
  post?: string;
}

/** Text as the gold is matched: whitespace runs as one space, curly apostrophes straight, lower case. */
export const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').replace(/[’ʼ]/g, "'").trim().toLowerCase();

/** Whether program fact `f` (of claim facts `cf`) is the gold fact `g`. */
export function factMatches(g: GoldFact, cf: ClaimFacts, which: { kind: string; i: number }): boolean {
  if (g.kind === 'responsibility' || g.kind === 'cause') {
    if (which.kind !== 'event') return false;
    const e = cf.events![which.i]!;
    // an attack whose doer the text does not name is one fact in two spellings: the gold may write
    // it as cause attack or as responsibility of agent null, the program may give either
    if (unnamedAttack(g) && (e.topic === 'cause' ? e.cause === 'attack' : e.agentSide === null && e.polarity > 0)) return true;
    if (e.topic !== g.kind) return false;
    if (g.kind === 'cause') return e.cause === g.cause;
    if ((g.polarity ?? 1) !== e.polarity) return false;
    return g.agent === undefined || g.agent === e.agentSide;
  }
  if (g.kind === 'control' || g.kind === 'status') {
    if (which.kind !== 'status') return false;
    const s = cf.statuses[which.i]!;
    if (g.kind === 'control') {
      if (s.topic !== 'control') return false;
      if (g.state !== undefined && stateOf(s) !== g.state) return false;
      // a control fact's polarity is checked only when the gold gives one (a denial: "the claim
      // that X was taken is untrue" is holds with polarity -1)
      // (the gold's polarity says whether the state is asserted (1) or denied (-1); the program stores
      // a loss with polarity -1 and "did not withdraw" with +1, so a loss is read turned round)
      if (g.polarity !== undefined && (stateOf(s) === 'lost' ? -s.polarity : s.polarity) !== g.polarity) return false;
    } else {
      if (s.topic === 'control' || s.topic === 'event') return false;
      if (g.topic !== undefined && s.topic !== g.topic) return false;
      if (g.polarity !== undefined && s.polarity !== g.polarity) return false;
    }
    return g.side === undefined || g.side === s.subjectSide;
  }
  if (which.kind !== 'figure') return false;
  const q = cf.quantities[which.i]!;
  if (q.value !== g.value || (g.unit !== undefined && q.unit !== g.unit) || (g.frame !== undefined && q.frame !== g.frame)) return false;
  if (g.bound !== undefined && q.bound !== g.bound) return false;
  if (g.high !== undefined && q.high !== g.high) return false;
  // the counted subject's side ("25 Ukrainian drones" are UA's), when the gold gives one
  if (g.side !== undefined && (q.subjectSide ?? null) !== g.side) return false;
  if (g.scope !== undefined && !scopeMatches(g.scope, q.scope ?? null)) return false;
  return true;
}

/** Whether a program figure's scope is the gold's: `span` stands for any `span:<words>`. */
export function scopeMatches(gold: string | null, got: string | null): boolean {
  return gold === 'span' ? got !== null && got.startsWith('span:') : gold === got;
}

/** Whether gold fact `g` says only that an attack happened, its doer unnamed (cause attack, or responsibility of agent null). */
export function unnamedAttack(g: GoldFact): boolean {
  return g.kind === 'cause' ? g.cause === 'attack' : g.kind === 'responsibility' && g.agent === null && (g.polarity ?? 1) > 0;
}

/** The program facts of a claim that precision counts, as {kind, i} references. */
export function countedFacts(cf: ClaimFacts, figures: boolean): { kind: string; i: number; label: string }[] {
  const out: { kind: string; i: number; label: string }[] = [];
  (cf.events ?? []).forEach((e, i) => out.push({ kind: 'event', i, label: `${e.topic} ${e.topic === 'cause' ? e.cause : `${e.polarity > 0 ? 'done' : 'not done'} by ${e.agentSide ?? '?'}`} "${e.text}"` }));
  cf.statuses.forEach((s, i) => {
    if (s.topic !== 'event') out.push({ kind: 'status', i, label: `${s.topic === 'control' ? `control ${stateOf(s)}` : `status ${s.topic} ${s.polarity}`} of ${s.subjectSide ?? '?'} "${s.text}"` });
  });
  if (figures) cf.quantities.forEach((q, i) => out.push({ kind: 'figure', i, label: `figure ${q.value} ${q.unit} (${q.frame}) ${q.bound}${q.high !== null ? ` to ${q.high}` : ''} of ${q.subjectSide ?? '?'}${q.scope ? ` scope ${q.scope}` : ''} "${q.text}"` }));
  return out;
}

/** Whether unmatched program fact `p` only restates a gold responsibility fact of the claim. */
export function restates(cf: ClaimFacts, p: { kind: string; i: number }, gold: readonly GoldFact[]): boolean {
  const resp = gold.filter((g) => g.kind === 'responsibility');
  if (p.kind === 'event') {
    const e = cf.events![p.i]!;
    // the program's agentless strike beside a gold attack of a named or unnamed doer says nothing more
    if (e.topic === 'responsibility' && e.agentSide === null && e.polarity > 0) return gold.some((g) => unnamedAttack(g) || (g.kind === 'responsibility' && (g.polarity ?? 1) > 0));
    if (resp.length === 0) return false;
    return e.topic === 'cause' && e.cause === 'attack' && !gold.some((g) => g.kind === 'cause') && resp.some((g) => (g.polarity ?? 1) > 0);
  }
  if (resp.length === 0) return false;
  if (p.kind === 'status') {
    const s = cf.statuses[p.i]!;
    return s.topic === 'attack' && !gold.some((g) => g.kind === 'status' && g.topic === 'attack') && resp.some((g) => (g.polarity ?? 1) === s.polarity);
  }
  return false;
}

function goldLabel(g: GoldFact): string {
  switch (g.kind) {
    case 'responsibility': return `responsibility ${(g.polarity ?? 1) > 0 ? 'done' : 'not done'} by ${g.agent ?? 'any'}`;
    case 'cause': return `cause ${g.cause}`;
    case 'control': return `control ${g.state ?? 'any'}${g.side !== undefined ? ` of ${g.side}` : ''}`;
    case 'status': return `status ${g.topic ?? 'any'} ${g.polarity ?? ''}${g.side !== undefined ? ` of ${g.side}` : ''}`;
    default: return `figure ${g.value} ${g.unit ?? ''}${g.frame ? ` (${g.frame})` : ''}${g.bound ? ` ${g.bound}` : ''}${g.high !== undefined ? ` to ${g.high}` : ''}${g.side !== undefined ? ` of ${g.side}` : ''}${g.scope !== undefined ? ` scope ${g.scope}` : ''}`;
  }
}

/** Per-kind tallies. */
interface Tally { gold: number; found: number; predicted: number; correct: number }

/** Scores the items of one file; returns tallies and error lines. */
export function scoreItems(items: readonly GoldItem[]): { kinds: Map<string, Tally>; claims: { gold: number; found: number; speaker: number; side: number }; errors: string[] } {
  const kinds = new Map<string, Tally>();
  const tally = (k: string): Tally => { let t = kinds.get(k); if (!t) kinds.set(k, (t = { gold: 0, found: 0, predicted: 0, correct: 0 })); return t; };
  const claims = { gold: 0, found: 0, speaker: 0, side: 0 };
  const errors: string[] = [];
  for (const item of items) {
    const a: Analysis = analyze({ id: item.id, text: item.text, published: item.published, source: item.source ?? null, author: item.author ?? null, authorType: item.authorType ?? null, ownVoice: item.ownVoice ?? null, lang: null });
    const facts = a.claims.map((_, i) => extractClaimFacts(a, i));
    const contents = facts.map((f) => norm(f.content));
    const used = new Set<number>();
    for (const gc of item.claims) {
      claims.gold++;
      const want = norm(gc.content);
      // nested claims ("rejecting Russian claims that the town had fallen" holds the nominal claim
      // "that the town had fallen"): the tightest content that holds the gold content is its claim
      let ci = -1;
      facts.forEach((f, i) => {
        if (!used.has(i) && contents[i]!.includes(want) && (ci < 0 || f.content.length < facts[ci]!.content.length)) ci = i;
      });
      for (const g of gc.facts) tally(g.kind).gold++;
      if (ci < 0) {
        errors.push(`${item.id}: claim not found: "${gc.content}" (${gc.facts.map(goldLabel).join('; ') || 'no facts'})`);
        continue;
      }
      used.add(ci);
      claims.found++;
      const cf = facts[ci]!;
      const who = `${cf.speaker.name ?? ''} | ${cf.speaker.text ?? ''}`;
      const whoNorm = norm(who);
      if (gc.speaker === null ? cf.speaker.name === null && cf.speaker.text === null || a.claims[ci]!.cue === null : gc.speaker.split('|').some((alt) => whoNorm.includes(norm(alt)))) claims.speaker++;
      else errors.push(`${item.id}: speaker of "${gc.content}": want ${JSON.stringify(gc.speaker)}, got "${who}"`);
      if (gc.side === cf.speaker.side) claims.side++;
      else errors.push(`${item.id}: side of "${gc.content}": want ${gc.side}, got ${cf.speaker.side} (speaker "${who}")`);
      const predicted = countedFacts(cf, gc.allFigures === true || gc.facts.some((g) => g.kind === 'figures'));
      const matched = new Set<number>();
      for (const g of gc.facts) {
        const j = predicted.findIndex((p, k) => !matched.has(k) && factMatches(g, cf, p));
        if (j >= 0) { matched.add(j); tally(g.kind).found++; }
        else errors.push(`${item.id}: missed ${goldLabel(g)} in "${gc.content}"; program gave: ${predicted.map((p) => p.label).join('; ') || 'nothing'}`);
      }
      predicted.forEach((p, k) => {
        const kind = p.kind === 'event' ? cf.events![p.i]!.topic : p.kind === 'status' ? (cf.statuses[p.i]!.topic === 'control' ? 'control' : 'status') : 'figures';
        if (kind === 'figures' && !(gc.allFigures === true)) { if (matched.has(k)) { tally(kind).predicted++; tally(kind).correct++; } return; }
        // a strike the gold gives a side for is also an attack (cause attack, status attack of the
        // same sense): those restate the responsibility fact and are not counted unless listed
        if (!matched.has(k) && restates(cf, p, gc.facts)) return;
        tally(kind).predicted++;
        if (matched.has(k)) tally(kind).correct++;
        else errors.push(`${item.id}: extra ${p.label} in "${gc.content}"`);
      });
    }
    // facts in claims the gold does not list: false unless the gold item lists every claim with facts
    facts.forEach((cf, i) => {
      if (used.has(i)) return;
      for (const p of countedFacts(cf, false)) {
        const kind = p.kind === 'event' ? cf.events![p.i]!.topic : cf.statuses[p.i]!.topic === 'control' ? 'control' : 'status';
        tally(kind).predicted++;
        errors.push(`${item.id}: extra ${p.label} in an unlisted claim "${cf.content.slice(0, 80)}"`);
      }
    });
  }
  return { kinds, claims, errors };
}

/**
 * Fills the items that name a corpus `post` with its text, publication time and channel, read from
 * the corpus' JSON Lines file, the channel as the post's author in its own voice (as ingest reads a
 * Telegram post); returns the items whose post is not there (the caller skips them, with
 * a message). Items with their own `text` are left as they are.
 */
export function fillFromCorpus(items: GoldItem[], corpusFile: string): string[] {
  const want = new Set(items.filter((i) => i.post !== undefined).map((i) => i.post!));
  if (want.size === 0) return [];
  const posts = new Map<string, { text: string; published: string; source?: string }>();
  let raw = '';
  try { raw = readFileSync(corpusFile, 'utf8'); } catch { /* absent: every post item is missing */ }
  for (const line of raw.split('\n')) {
    const m = /^\{"id":\s*"([^"]+)"/.exec(line);
    if (!m || !want.has(m[1]!)) continue;
    const o = JSON.parse(line) as { text: string; published: string; source?: string };
    posts.set(m[1]!, o);
  }
  const missing: string[] = [];
  for (const item of items) {
    if (item.post === undefined) continue;
    const p = posts.get(item.post);
    if (!p) { missing.push(item.id); continue; }
    item.text = p.text;
    item.published ??= p.published;
    item.source ??= p.source;
    // as `sitrep ingest` reads a Telegram channel post (src/ingest/document.ts documentAuthor): the
    // channel is its author, speaking in its own voice (the gold's `speaker: null` claims)
    if (item.author === undefined && item.source !== undefined) {
      item.author = item.source;
      item.ownVoice ??= true;
    }
    if (item.author === item.source) item.authorType ??= 'channel';
  }
  return missing;
}

/** Reads a gold JSON Lines file (lines starting with // are comments); names file and line on a bad line. */
export function readGold(file: string): GoldItem[] {
  const out: GoldItem[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
    if (line.trim() === '' || line.trimStart().startsWith('//')) return;
    try { out.push(JSON.parse(line) as GoldItem); } catch (e) { throw new Error(`${file}:${n + 1}: ${(e as Error).message}`); }
  });
  return out;
}

