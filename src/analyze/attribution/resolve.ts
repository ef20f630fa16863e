/**
 * Speaker resolution: give each speaker span a type and, where the document allows, the canonical
 * name of the actor it stands for.
 *
 * - A span holding a named entity takes that entity's name and type.
 * - A pronoun ("he", "she") takes the most recent person named or quoted before it.
 * - A description or title ("the deputy chairman", "Russia's military boss") takes the person it
 *   was attached to earlier (apposition or title), else a person named in the next two sentences
 *   whose title or apposition shares its head word.
 * - Group nouns ("pro-war bloggers", "officials") are groups with no name.
 */
import { P, lowerBound, type ClaimDraft, type Doc } from '../doc.js';
import type { Entity, SpeakerType } from '../types.js';
import { entityLexicon } from '../entities/lexicon.js';
import { inCredit } from './credits.js';

/** How far back (in sentences) a pronoun or description looks for the actor it stands for. */
const LOOKBACK_SENTENCES = 12;

/** Index of the first entity starting at or after `offset` (entities are in text order). */
function entityFrom(doc: Doc, offset: number): number {
  return lowerBound(doc.entities.length, (i) => doc.entities[i]!.start < offset);
}

/** Claims whose speaker starts in [from, to), newest first (claims are sorted by cue position). */
function* claimsBetween(doc: Doc, from: number, to: number): Generator<ClaimDraft> {
  const at = (c: ClaimDraft): number => c.cue?.start ?? c.content[0]!.start;
  const lo = lowerBound(doc.claims.length, (i) => at(doc.claims[i]!) < to);
  for (let k = Math.min(lo, doc.claims.length) - 1; k >= 0; k--) {
    const c = doc.claims[k]!;
    if (at(c) < from - 2000) break;
    if (c.speaker && c.speaker.start >= from && c.speaker.start < to) yield c;
  }
}

/** Fill `claim.speaker.name`, `.type` and `.resolvedFrom`. */
export function resolveSpeaker(doc: Doc, claim: ClaimDraft): void {
  const sp = claim.speaker!;
  const lex = entityLexicon();
  const t = doc.tokens;
  const a = doc.tokenAt(sp.start);
  let b = a;
  while (b < t.n && t.end[b]! <= sp.end) b++;
  // 1. a named entity inside the span (the first person or organisation; else any)
  let best = -1;
  for (let k = a; k < b; k++) {
    const e = doc.entityAt[k]!;
    if (e < 0) continue;
    const ent = doc.entities[e]!;
    if (ent.type === 'person' || ent.type === 'organisation' || ent.type === 'channel') {
      best = e;
      break;
    }
    if (best < 0) best = e;
  }
  // The head of the phrase decides between "Russia's military boss" (a person) and "Russia" (a government).
  const headTok = headOf(doc, a, b);
  const head = headTok >= 0 ? t.lower[headTok]! : '';
  if (best >= 0) {
    const ent = doc.entities[best]!;
    const [e0, e1] = doc.entityTok[best]!;
    const headInside = headTok >= e0 && headTok < e1;
    const headType = headInside ? undefined : lex.groupNouns.get(head);
    if ((headType === 'channel' || headType === 'organisation') && ent.type !== 'unknown') {
      // "The Shturm Z channel": the head noun types the name; "Russia's defence ministry" keeps its phrase
      sp.name = ent.type === 'place' ? sp.text.replace(/^(the|a|an)\s+/i, '').replace(/[\s,]+$/, '') : ent.name ?? ent.text;
      sp.type = headType;
      return;
    }
    if (headInside && ent.type === 'unknown' && lex.groupNouns.has(head)) {
      sp.type = toSpeakerType(lex.groupNouns.get(head)!);
      return;
    }
    if (headInside && ent.type === 'unknown' && e1 - e0 === 1 && a === e0 && b === e1) {
      // a bare unknown name that speaks ("Peskov said", "Syrskyi wrote") is most often a person
      ent.type = 'person';
      ent.name = ent.text;
      ent.why = { stage: 'attribution', rule: 'speaking-name' };
      sp.name = ent.text;
      sp.type = 'person';
      return;
    }
    if ((headInside && ent.type !== 'unknown') || ent.type === 'person') {
      // "the acting governor of the Kursk region, Alexei Smirnov": the description before the name
      // describes the person, so that "the governor" later (or in the headline) is Alexei Smirnov too
      if (ent.type === 'person' && ent.name && e0 > a) {
        const h = headOf(doc, a, e0);
        if (h >= 0 && (t.pos[h] === P.NOUN || lex.titles.has(t.lower[h]!)) && isPersonWord(t.lower[h]!)) {
          const list = doc.descriptions.get(t.lower[h]!) ?? [];
          if (!list.some((d) => d.start === ent.start)) list.push({ name: ent.name, start: ent.start, type: 'person' });
          doc.descriptions.set(t.lower[h]!, list);
        }
      }
      sp.name = ent.name ?? ent.text;
      sp.type = toSpeakerType(ent.type === 'place' ? 'organisation' : ent.type);
      return;
    }
  }
  // 2. pronouns
  const pron = lex.pronouns.get(head);
  if (pron && b - a === 1) {
    if (pron.refers === 'person') {
      const p = lastPerson(doc, sp.start, claim);
      if (p) {
        sp.name = p.name;
        sp.type = 'person';
        sp.resolvedFrom = { start: p.start, end: p.end };
      } else sp.type = 'person';
    } else if (head === 'we' || head === 'they') {
      sp.type = 'group';
    } else if (head === 'it') {
      const o = lastOrganisation(doc, sp.start, claim, null);
      sp.type = 'organisation';
      if (o) {
        sp.name = o.name;
        sp.type = o.type;
        sp.resolvedFrom = { start: o.start, end: o.end };
      }
    }
    return;
  }
  // 2b. a definite description of an organisation ("the ministry", "the company") → the last one named
  const group0 = lex.groupNouns.get(head);
  if (t.lower[a] === 'the' && (group0 === 'organisation' || group0 === 'channel' || lex.orgHeads.has(head))) {
    const o = lastOrganisation(doc, sp.start, claim, head) ?? lastOrganisation(doc, sp.start, claim, null);
    sp.type = toSpeakerType(group0 ?? 'organisation');
    if (o) {
      sp.name = o.name;
      sp.type = o.type;
      sp.resolvedFrom = { start: o.start, end: o.end };
    }
    return;
  }
  // 3. descriptions and titles
  const title = lex.titles.get(head) ?? lex.titles.get(phraseOf(doc, a, b));
  const desc = doc.descriptions.get(phraseOf(doc, Math.max(a, b - 2), b)) ?? doc.descriptions.get(head);
  if (desc && desc.length > 0) {
    const before = desc.filter((d) => d.start < sp.start);
    const pick = before.length > 0 ? before[before.length - 1]! : desc[0]!;
    const distinct = new Set(desc.map((d) => d.name));
    if (before.length > 0 || distinct.size === 1) {
      sp.name = pick.name;
      sp.type = toSpeakerType(pick.type);
      return;
    }
  }
  const group = lex.groupNouns.get(head);
  if (group) {
    sp.type = toSpeakerType(group);
    if (group !== 'person') return;
  }
  if (title || group === 'person' || isPersonNoun(head)) {
    sp.type = 'person';
    // a person named in the next sentence or two (the press convention "... said the general. Gen. X ...")
    const si = t.sent[a]!;
    const until = doc.sentences[Math.min(doc.sentences.length - 1, si + 2)]!.end;
    let pick: Entity | undefined;
    for (let n = entityFrom(doc, sp.end); n < doc.entities.length && doc.entities[n]!.start < until && !pick; n++) {
      const e = doc.entities[n]!;
      if (e.type === 'person' && e.start > sp.end && e.title && e.title.text.toLowerCase().includes(head)) pick = e;
    }
    if (pick) {
      sp.name = pick.name;
      sp.resolvedFrom = { start: pick.start, end: pick.end };
    }
    return;
  }
  if (best >= 0) {
    const ent = doc.entities[best]!;
    if (ent.type === 'organisation' || ent.type === 'channel') {
      sp.type = ent.type;
      sp.name = ent.name;
      return;
    }
  }
  if (t.pos[headTok] === P.NOUN && head.endsWith('s')) sp.type = 'group';
}

/** A title or a noun for one person ("governor", "ally", "spokesman"): titles.tsv or group-nouns.tsv type person. */
function isPersonWord(w: string): boolean {
  return entityLexicon().titles.has(w) || isPersonNoun(w);
}

/** A noun that describes one person ("the general", "Putin's close ally"): group-nouns.tsv type person. */
function isPersonNoun(w: string): boolean {
  return entityLexicon().groupNouns.get(w) === 'person';
}

function toSpeakerType(t: string): SpeakerType {
  if (t === 'person' || t === 'organisation' || t === 'group' || t === 'channel') return t;
  return 'unknown';
}

/** The head token of a speaker phrase: the last noun before a comma, "of" or a parenthesis. */
function headOf(doc: Doc, a: number, b: number): number {
  const t = doc.tokens;
  let head = -1;
  for (let k = a; k < b; k++) {
    const l = t.lower[k]!;
    if (l === ',' || l === 'of' || l === '(' || l === 'who' || l === 'at' || l === 'in' || l === 'for') break;
    const p = t.pos[k]!;
    if (p === P.NOUN || p === P.PROPN || p === P.PRON || (p === P.ADJ && entityLexicon().titles.has(l))) head = k;
  }
  return head;
}

function phraseOf(doc: Doc, a: number, b: number): string {
  const t = doc.tokens;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const l = t.lower[k]!;
    if (l === ',' || l === 'of') break;
    if (t.pos[k] === P.DET || l === "'s") continue;
    words.push(l.replace(/\.$/, ''));
  }
  return words.join(' ');
}

interface Actor {
  name: string;
  start: number;
  end: number;
  type: SpeakerType;
}

/**
 * The most recent actor of one of `types` before `offset`, within `lookback` sentences: a named
 * entity (whose text contains `head`, when given) or, when it is later, the resolved speaker of an
 * earlier claim (unless `head` is given). A person speaker points at the name it was resolved from.
 */
function lastActor(doc: Doc, offset: number, self: ClaimDraft, types: readonly string[], lookback: number, head: string | null): Actor | null {
  const si = doc.tokens.sent[doc.tokenAt(offset)]!;
  const from = doc.sentences[Math.max(0, si - lookback)]!.start;
  let best: Actor | null = null;
  for (let n = entityFrom(doc, offset) - 1; n >= 0; n--) {
    const e = doc.entities[n]!;
    if (e.start < from) break;
    if (inCredit(doc, e.start)) continue; // a photographer or a byline's writer is nobody's antecedent
    if (types.includes(e.type) && e.name && (head === null || e.text.toLowerCase().includes(head))) {
      best = { name: e.name, start: e.start, end: e.end, type: toSpeakerType(e.type) };
      break;
    }
  }
  if (head !== null) return best;
  for (const c of claimsBetween(doc, from, offset)) {
    const sp = c.speaker;
    if (c === self || !sp || !types.includes(sp.type) || !sp.name || (best && sp.start <= best.start)) continue;
    const at = sp.type === 'person' ? sp.resolvedFrom ?? sp : sp;
    best = { name: sp.name, start: at.start, end: at.end, type: sp.type };
  }
  return best;
}

const ORGANISATIONS = ['organisation', 'channel'] as const;

/** The organisation or channel a description or "it" stands for (see lastActor). */
function lastOrganisation(doc: Doc, offset: number, self: ClaimDraft, head: string | null): Actor | null {
  return lastActor(doc, offset, self, ORGANISATIONS, head === null ? 3 : LOOKBACK_SENTENCES, head);
}

/**
 * The person a pronoun subject ("he said", "She wrote:") stands for: in the nearest sentence before
 * `offset` that names a person, its subject rather than its object. "Smirnov told President Putin
 * ... He said" is Smirnov: a speaker of a claim of that sentence first (the subject of its reporting
 * verb), else the first person named in it. Falls back to the most recent person (lastActor).
 */
function lastPerson(doc: Doc, offset: number, self: ClaimDraft): Actor | null {
  const recent = lastActor(doc, offset, self, ['person'], LOOKBACK_SENTENCES, null);
  if (!recent) return null;
  const t = doc.tokens;
  const si = t.sent[doc.tokenAt(recent.start)]!;
  const s = doc.sentences[si]!;
  const to = Math.min(s.end, offset);
  // a claim of that sentence whose cue stands in it: its person speaker is the sentence's subject
  let subject: Actor | null = null;
  for (const c of claimsBetween(doc, s.start, to)) {
    const sp = c.speaker;
    if (c === self || !sp || sp.type !== 'person' || !sp.name || !c.cue || c.cue.start < s.start || c.cue.start >= s.end) continue;
    const at = sp.resolvedFrom ?? sp;
    if (!subject || at.start < subject.start) subject = { name: sp.name, start: at.start, end: at.end, type: 'person' };
  }
  if (subject) return subject;
  // else the first person named in the sentence
  for (let n = entityFrom(doc, s.start); n < doc.entities.length && doc.entities[n]!.start < to; n++) {
    const e = doc.entities[n]!;
    if (e.type === 'person' && e.name && !inCredit(doc, e.start)) return { name: e.name, start: e.start, end: e.end, type: 'person' };
  }
  return recent;
}
