/**
 * Speaker resolution: give each speaker span a type and, where the document allows, the canonical
 * name of the actor it stands for.
 *
 * - A span holding a named entity takes that entity's name and type.
 * - A pronoun ("he", "she") takes the subject of the nearest sentence before it that names a person
 *   (not a name inside a quotation or a prepositional phrase), else the most recent person.
 * - A description or title ("the deputy chairman", "Russia's military boss") takes the person it
 *   was attached to earlier (apposition or title), else a person named in the two sentences before
 *   whose title or actors.tsv affiliation holds its head word ("the Ukrainian president", "the head
 *   of state" by data/role-synonyms.tsv), else a person named in the next two sentences whose title
 *   or apposition shares its head word.
 * - A national adjective alone ("Russian" of "Russian claims that") is its country.
 * - Group nouns ("pro-war bloggers", "officials") are groups with no name.
 */
import { Kind, P, lowerBound, type ClaimDraft, type Doc } from '../doc.js';
import type { Entity, SpeakerType } from '../types.js';
import { entityLexicon } from '../entities/lexicon.js';
import { inCredit } from './credits.js';
import { isDatelineClose } from './dateline.js';
import { cueLexicon } from './lexicon.js';
import { table } from '../../lexicon/index.js';
import { grammarSet } from '../../lexicon/grammar.js';
import { genderFits, nameGender, pronounGender, type Gender } from './gender.js';

let unnamed: Set<string> | null = null;
/** Nouns of an unnamed source (data/grammar-words.tsv `unnamed-source`). */
function unnamedSources(): Set<string> {
  return (unnamed ??= grammarSet('unnamed-source'));
}
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
  // a relative clause set off by a comma inside the phrase ("The DeepState project, which is close to
  // Ukraine's Defense Ministry,") describes the speaker: the names in it are not who speaks
  for (let k = a + 1; k + 1 < b; k++) {
    if (t.lower[k] === ',' && (t.lower[k + 1] === 'which' || t.lower[k + 1] === 'who' || t.lower[k + 1] === 'whose')) {
      b = k;
      break;
    }
  }
  // 0. a national adjective alone owns a nominal claim ("Russian claims that ..."): the country speaks
  const nation = b === a + 1 ? cueLexicon().nations.get(t.lower[a]!) : undefined;
  if (nation) {
    sp.name = nation;
    sp.type = 'organisation';
    return;
  }
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
    const chosen = personOfPhrase(doc, a, b, headTok);
    if (chosen === -2) best = -1;
    else if (chosen >= 0) best = chosen;
  }
  if (best >= 0) {
    const ent = doc.entities[best]!;
    const [e0, e1] = doc.entityTok[best]!;
    const headInside = headTok >= e0 && headTok < e1;
    const headType = headInside ? undefined : lex.groupNouns.get(head);
    // (an unknown name right after the article before a channel's head, "The DeepState monitoring project",
    // is that channel's name)
    if ((headType === 'channel' || headType === 'organisation') && (ent.type !== 'unknown' || (headType === 'channel' && t.lower[a] === 'the' && e0 === a + 1 + (t.kind[a + 1] === Kind.Space ? 1 : 0)))) {
      // "The Shturm Z channel": the head noun types the name; "Russia's defence ministry" keeps its
      // phrase; a demonym (a group entity) says whose organisation it is but is not its name: "the
      // Russian defence ministry" is not named "Russian" (no name: the phrase is shown)
      sp.name = ent.type === 'place' ? sp.text.replace(/^(the|a|an)\s+/i, '').replace(/[\s,]+$/, '') : ent.type === 'group' ? null : ent.name ?? ent.text;
      sp.type = toSpeakerType(headType);
      return;
    }
    if (headInside && ent.type === 'unknown' && lex.groupNouns.has(head)) {
      sp.type = toSpeakerType(lex.groupNouns.get(head)!);
      return;
    }
    // a short name for the full one given earlier in the document ("Maxar Technologies ... Maxar
    // said"; "Volodymyr Zelensky ... Zelensky said"): the full name
    if (headInside && e1 - e0 === 1 && a === e0 && b === e1 && (ent.type === 'unknown' || ent.type === 'person' || ent.type === 'organisation')) {
      const full = fullNameBefore(doc, best);
      if (full) {
        sp.name = full.name;
        sp.type = full.type;
        sp.resolvedFrom = { start: full.start, end: full.end };
        return;
      }
    }
    if (headInside && ent.type === 'unknown' && e1 - e0 === 1 && a === e0 && (b === e1 || (t.lower[e1] === ',' && t.lower[e1 + 1] === 'who'))) {
      // a bare unknown name that speaks ("Peskov said", "Syrskyi wrote", "Zelensky, who posted a
      // video, wrote") is most often a person
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
      sp.name = ent.type === 'organisation' && headInside ? ownedName(doc, a, e0, ent) ?? ent.name ?? ent.text : ent.name ?? ent.text;
      sp.type = toSpeakerType(ent.type === 'place' ? 'organisation' : ent.type);
      return;
    }
  }
  // 2a. the relative pronoun of a clause set off by a comma takes the name before it ("Zelensky, who posted ...")
  let comma = a - 1;
  while (comma >= 0 && t.kind[comma] === Kind.Space) comma--;
  if (t.lower[a] === 'who' && b - a === 1 && comma >= 1 && t.lower[comma] === ',') {
    const e = doc.entityAt[comma - 1]!;
    const ent = e >= 0 ? doc.entities[e]! : null;
    if (ent && (ent.type === 'person' || ent.type === 'unknown') && doc.entityTok[e]![1] === comma) {
      sp.name = ent.name ?? ent.text;
      sp.type = 'person';
      sp.resolvedFrom = { start: ent.start, end: ent.end };
      return;
    }
  }
  // 2c. "who" opening a description before the name ("A former banker who became finance minister
  // in March, Olga Petrenko, said"): the person in apposition right before the cue
  if (t.lower[a] === 'who' && b - a === 1 && claim.cue) {
    const p = appositionBeforeCue(doc, sp.end, claim.cue.start);
    if (p) {
      sp.name = p.name;
      sp.type = 'person';
      sp.resolvedFrom = { start: p.start, end: p.end };
      return;
    }
  }
  // 2. pronouns
  const pron = lex.pronouns.get(head);
  if (pron && b - a === 1) {
    if (pron.refers === 'person') {
      const p = lastPerson(doc, sp.start, claim, pronounGender(head));
      if (p) {
        sp.name = p.name;
        sp.type = 'person';
        sp.resolvedFrom = { start: p.start, end: p.end };
      } else sp.type = 'person';
    } else if (head === 'we' || head === 'they') {
      sp.type = 'group';
    } else if (head === 'it') {
      // the body that is the subject of the sentence before ("Russia's defence ministry made no
      // mention of a loss. It said ..."); else the body that spoke a claim of the sentence before
      // ("Two drones crashed ..., the regional police said. Soldiers found ..., it said."), even one
      // with no name, before any body merely named (the agency of the dateline is no speaker of it);
      // else the last body named
      sp.type = 'organisation';
      const body = subjectBody(doc, sp.start, claim) ?? bodySpeakerBefore(doc, sp.start, claim) ?? lastOrganisation(doc, sp.start, claim, null);
      if (body) {
        sp.name = body.name;
        sp.type = body.type;
        sp.resolvedFrom = { start: body.start, end: body.end };
      }
    }
    return;
  }
  // 2b. a definite description of an organisation ("the ministry", "the company") → the last one named
  const group0 = lex.groupNouns.get(head);
  // a bare body noun ("..., police said"): the last body named whose name holds it ("Ukraine's National
  // Police"), else no name
  if (b - a === 1 && group0 === 'organisation' && t.pos[a] === P.NOUN) {
    sp.type = 'organisation';
    const o = lastOrganisation(doc, sp.start, claim, head);
    if (o) {
      sp.name = o.name;
      sp.type = o.type;
      sp.resolvedFrom = { start: o.start, end: o.end };
    }
    return;
  }
  // "The Tavria group of forces", "the Khortytsia group of Ukraine's forces": a proper name (no nation's
  // adjective) before the head of a body's description names that body; the phrase is its name
  if (t.lower[a] === 'the' && (group0 === 'organisation' || lex.orgHeads.has(head)) && headTok > a + 1 &&
    properBefore(doc, a + 1, headTok) && /\bof\b/.test(doc.text.slice(t.end[headTok]!, sp.end))) {
    sp.name = doc.text.slice(t.start[a + 1]! + (t.kind[a + 1] === Kind.Space ? 1 : 0), sp.end).trim().replace(/[\s,]+$/, '');
    sp.type = 'organisation';
    return;
  }
  if (t.lower[a] === 'the' && (group0 === 'organisation' || group0 === 'channel' || lex.orgHeads.has(head))) {
    // the description's own words ("French", "foreign" of "the French foreign ministry") must fit the
    // body it points back to: "the French foreign ministry" is not Russia's defence ministry named
    // before (a nation's adjective by its country). Capitalised words of a name ("The Khortytsia
    // group of forces", "the State Emergency Service") are not weighed: left as they were (naming
    // such a body by its phrase exposed two false disputes on dev, see the lane's report)
    const mods = descriptionModifiers(doc, a, b, headTok).filter((m) => !/^\p{Lu}/u.test(m.text) || cueLexicon().nations.has(m.lower));
    const fit = (o: Actor | null): Actor | null => (o && mods.every((m) => fitsName(o.name, m)) ? o : null);
    // "the country's air force": the body of the dateline's country, else of the country named last before it
    const country = t.lower[a + 1] === 'country' && (t.lower[a + 2] === "'s" || t.lower[a + 2] === '’s') ? countryMeant(doc, a) : null;
    const o = country ? null : fit(lastOrganisation(doc, sp.start, claim, head)) ?? fit(lastOrganisation(doc, sp.start, claim, null));
    sp.type = toSpeakerType(group0 ?? 'organisation');
    if (country) {
      sp.name = `${country}'s ${doc.text.slice(t.end[a + 2]!, sp.end).trim()}`;
      return;
    }
    if (o) {
      sp.name = o.name;
      sp.type = o.type;
      sp.resolvedFrom = { start: o.start, end: o.end };
    }
    return;
  }
  // 3. descriptions and titles
  const title = lex.titles.get(head) ?? lex.titles.get(phraseOf(doc, a, b));
  // a description given in a credit line ("Photographer Zohra Bensemra/Reuters") names nobody's speaker
  const desc = (doc.descriptions.get(phraseOf(doc, Math.max(a, b - 2), b)) ?? doc.descriptions.get(head))?.filter((d) => !inCredit(doc, d.start));
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
    // a definite description of a person named just before in that role ("Volodymyr Zelenskiy has
    // accused Russia ... In his nightly address, the Ukrainian president said ...")
    const back = namedBefore(doc, a, b, head);
    if (back) {
      sp.name = back.name;
      sp.resolvedFrom = { start: back.start, end: back.end };
      return;
    }
    // a person named in the next sentence or two (the press convention "... said the general. Gen. X ...");
    // not for an unnamed source ("A source in Ukraine's security services told ...": not the president
    // named in the next paragraph; data/grammar-words.tsv `unnamed-source`; lane place)
    if ((t.lower[a] === 'a' || t.lower[a] === 'an') && unnamedSources().has(head)) return;
    const si = t.sent[a]!;
    const until = doc.sentences[Math.min(doc.sentences.length - 1, si + 2)]!.end;
    let pick: Entity | undefined;
    for (let n = entityFrom(doc, sp.end); n < doc.entities.length && doc.entities[n]!.start < until && !pick; n++) {
      const e = doc.entities[n]!;
      if (inCredit(doc, e.start)) continue; // a photographer named in a credit below is not "a Reuters reporter"
      if (e.type === 'person' && e.start > sp.end && e.title && e.title.text.toLowerCase().includes(head)) pick = e;
    }
    // ... or in the same role: a word of the description ("who founded the Wagner group", "who runs
    // the presidential office") in the title or apposition of that person, or in their actors.tsv
    // affiliation ("Yevgeny Prigozhin": Wagner Group)
    if (!pick && b - a >= 3) pick = sameRole(doc, a, b, until);
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

/**
 * The name of a body written with its owner before it ("Ukraine's National Police", "the Air Assault
 * Forces' 7th Rapid Response Corps"): from the owner (a named entity or capitalised words ending in a
 * possessive, within the speaker phrase from `a`) to the body's end, an ordinal between them kept; the
 * body alone ("National Police") names many forces. Null when no owner stands right before it.
 */
function ownedName(doc: Doc, a: number, e0: number, ent: Entity): string | null {
  const t = doc.tokens;
  let k = e0 - 1;
  const skip = (): void => { while (k >= a && t.kind[k] === Kind.Space) k--; };
  skip();
  // an ordinal ("7th", "3rd") belongs to the body
  if (k >= a && /^\d+(st|nd|rd|th)$/.test(t.lower[k]!)) { k--; skip(); }
  if (k < a || !/^['’]s?$/.test(t.lower[k]!)) return null;
  k--;
  if (k < a || t.kind[k] !== Kind.Word || !/^\p{Lu}/u.test(doc.text.slice(t.start[k]!, t.end[k]!))) return null;
  // the owner: the entity ending there, else the run of capitalised words
  const oe = doc.entityAt[k]!;
  let o = oe >= 0 ? doc.entityTok[oe]![0] : k;
  if (oe < 0) {
    let m = k - 1;
    while (m >= a && (t.kind[m] === Kind.Space || (t.kind[m] === Kind.Word && /^\p{Lu}/u.test(doc.text.slice(t.start[m]!, t.end[m]!))))) {
      if (t.kind[m] === Kind.Word) o = m;
      m--;
    }
  }
  // a sentence's first "The" is the article, no word of the owner's name
  while (o < k && t.lower[o] === 'the') { o++; while (o < k && t.kind[o] === Kind.Space) o++; }
  if (o < a) return null;
  return doc.text.slice(t.start[o]!, ent.end);
}

/** Whether a capitalised word that is no nation's adjective stands in tokens [a, e) (a proper name before a head). */
function properBefore(doc: Doc, a: number, e: number): boolean {
  const t = doc.tokens;
  for (let k = a; k < e; k++) {
    if (t.kind[k] !== Kind.Word) continue;
    if (/^\p{Lu}/u.test(doc.text.slice(t.start[k]!, t.end[k]!)) && !cueLexicon().nations.has(t.lower[k]!)) return true;
  }
  return false;
}

let countryNames: Map<string, string> | null = null;
/** Country names as written (data/demonyms.tsv: the country of each national adjective), by lower case. */
function countriesByName(): Map<string, string> {
  return (countryNames ??= new Map([...cueLexicon().nations.values()].filter((n) => !n.includes(' ')).map((n) => [n.toLowerCase(), n])));
}

/**
 * The country "the country's" at token `a` stands for: a country named in the document's dateline
 * ("KYIV, Ukraine (AP) —"), else the country named last before it in its sentence or the one before
 * (outside quotations); null when none is.
 */
function countryMeant(doc: Doc, a: number): string | null {
  const t = doc.tokens;
  const names = countriesByName();
  const first = doc.sentences[0];
  if (first) {
    for (let k = first.t0; k < Math.min(first.t1, a); k++) {
      if (!isDatelineClose(doc, k)) continue;
      for (let j = first.t0; j < k; j++) if (names.has(t.lower[j]!)) return names.get(t.lower[j]!)!;
      break;
    }
  }
  const si = t.sent[a]!;
  const lo = doc.sentences[Math.max(0, si - 1)]!.t0;
  for (let k = a - 1; k >= lo; k--) if (names.has(t.lower[k]!) && !doc.inClosedQuote(t.start[k]!)) return names.get(t.lower[k]!)!;
  return null;
}

/** The words of a description between its article and its head ("French", "foreign" of "the French foreign ministry"), and after "of" up to its end ("forces" is not one: only capitalised words there). */
function descriptionModifiers(doc: Doc, a: number, b: number, headTok: number): { text: string; lower: string }[] {
  const t = doc.tokens;
  const out: { text: string; lower: string }[] = [];
  for (let k = a + 1; k < b; k++) {
    if (t.kind[k] !== Kind.Word || k === headTok) continue;
    const p = t.pos[k]!;
    const text = doc.text.slice(t.start[k]!, t.end[k]!);
    if (k > headTok && headTok >= 0 && !/^\p{Lu}/u.test(text)) continue;
    if (p !== P.ADJ && p !== P.NOUN && p !== P.PROPN) continue;
    out.push({ text, lower: t.lower[k]! });
  }
  return out;
}

/** Whether a body's name fits a word of a description of it: the word or, for a nation's adjective, its country. */
function fitsName(name: string, m: { lower: string }): boolean {
  const n = name.toLowerCase();
  if (n.includes(m.lower)) return true;
  const country = cueLexicon().nations.get(m.lower);
  return country !== undefined && n.includes(country.toLowerCase());
}

/**
 * The full name of a one-word name given earlier in the document: a longer name that starts with it
 * (a company, "Maxar" of "Maxar Technologies"; not a person's first name) or a person's name that
 * ends with it ("Zelensky" of "Volodymyr Zelensky"); null when none or two different ones fit.
 */
function fullNameBefore(doc: Doc, e: number): Actor | null {
  const ent = doc.entities[e]!;
  const w = ent.text.toLowerCase();
  if (w.length < 3 || ent.text.includes(' ')) return null;
  const firstNames = entityLexicon().firstNames;
  let found: Actor | null = null;
  for (let n = e - 1; n >= 0; n--) {
    const o = doc.entities[n]!;
    if (!o.name || !o.text.includes(' ') || inCredit(doc, o.start) || doc.inClosedQuote(o.start)) continue;
    if (o.type !== 'person' && o.type !== 'organisation' && o.type !== 'channel' && o.type !== 'unknown') continue;
    const words = o.text.toLowerCase().split(/\s+/);
    const first = words[0] === w && (o.type !== 'person' || !firstNames.has(w));
    const last = o.type === 'person' && words[words.length - 1] === w;
    if (!first && !last) continue;
    if (found && found.name !== o.name) return null;
    found ??= { name: o.name, start: o.start, end: o.end, type: toSpeakerType(o.type === 'unknown' ? 'organisation' : o.type) };
  }
  return found;
}

/** The person named in apposition right before a cue (", Olga Petrenko, said"), after `from`. */
function appositionBeforeCue(doc: Doc, from: number, cue: number): Actor | null {
  const t = doc.tokens;
  let k = doc.tokenAt(cue) - 1;
  while (k >= 0 && t.kind[k] === Kind.Space) k--;
  if (k < 0 || t.lower[k] !== ',') return null;
  k--;
  while (k >= 0 && t.kind[k] === Kind.Space) k--;
  const e = k >= 0 ? doc.entityAt[k]! : -1;
  if (e < 0) return null;
  const ent = doc.entities[e]!;
  if (ent.type !== 'person' || !ent.name || ent.start < from) return null;
  const [e0] = doc.entityTok[e]!;
  let m = e0 - 1;
  while (m >= 0 && t.kind[m] === Kind.Space) m--;
  if (m < 0 || t.lower[m] !== ',') return null;
  return { name: ent.name, start: ent.start, end: ent.end, type: 'person' };
}

/**
 * The body that is the grammatical subject of the sentence before the one at `offset` (the words
 * before its first verb, after a dateline): an organisation named there, or a description of one
 * ("The defence ministry answered within hours."), which is given the body it points back to or its
 * own phrase. Null when that sentence's subject is no body.
 */
function subjectBody(doc: Doc, offset: number, self: ClaimDraft): Actor | null {
  const t = doc.tokens;
  const lex = entityLexicon();
  const si = t.sent[doc.tokenAt(offset)]!;
  if (si < 1) return null;
  const s = doc.sentences[si - 1]!;
  if (doc.inClosedQuote(s.start)) return null;
  let a = s.t0;
  let v = -1;
  for (let k = s.t0; k < s.t1; k++) {
    if (t.pos[k] === P.VERB || t.pos[k] === P.AUX) { v = k; break; }
    if (t.lower[k] === '-' || t.lower[k] === '—' || t.lower[k] === '–') a = k + 1;
  }
  while (a < v && t.kind[a] !== Kind.Word) a++;
  if (v < 0 || v - a > 10 || v <= a) return null;
  const h = headOf(doc, a, v);
  if (h < 0) return null;
  const head = t.lower[h]!;
  const e = doc.entityAt[h]!;
  const ent = e >= 0 ? doc.entities[e]! : null;
  if (ent && (ent.type === 'organisation' || ent.type === 'channel') && ent.name) return { name: ent.name, start: ent.start, end: ent.end, type: toSpeakerType(ent.type) };
  const g = lex.groupNouns.get(head);
  if (g !== 'organisation' && !lex.orgHeads.has(head)) return null;
  const start = t.start[a]!;
  let end = t.end[h]!;
  // the phrase up to its head, "of" and its object included ("The Ministry of Defence")
  for (let k = h + 1; k < v; k++) if (t.kind[k] === Kind.Word) end = t.end[k]!;
  const phrase = doc.text.slice(start, end);
  if (t.lower[a] === 'the') {
    const mods = descriptionModifiers(doc, a, h + 1, h);
    const back = lastOrganisation(doc, start, self, head);
    if (back && mods.every((m) => fitsName(back.name, m))) return back;
    return { name: phrase.replace(/^the\s+/i, ''), start, end, type: 'organisation' };
  }
  return { name: phrase, start, end, type: 'organisation' };
}

/**
 * The body (an organisation or channel, named or given by its phrase alone) that is the speaker of a
 * claim whose cue stands in the sentence before the one at `offset`: the first such, by position.
 * Null when that sentence has no claim spoken by a body.
 */
function bodySpeakerBefore(doc: Doc, offset: number, self: ClaimDraft): { name: string | null; start: number; end: number; type: SpeakerType } | null {
  const t = doc.tokens;
  const si = t.sent[doc.tokenAt(offset)]!;
  if (si < 1) return null;
  const s = doc.sentences[si - 1]!;
  let best: { name: string | null; start: number; end: number; type: SpeakerType } | null = null;
  for (const c of claimsBetween(doc, s.start, s.end)) {
    const sp = c.speaker;
    if (c === self || !sp || !c.cue || c.cue.start < s.start || c.cue.start >= s.end) continue;
    if (sp.type !== 'organisation' && sp.type !== 'channel') continue;
    if (doc.inClosedQuote(sp.start)) continue;
    const at = sp.resolvedFrom ?? sp;
    if (!best || at.start < best.start) best = { name: sp.name ?? null, start: at.start, end: at.end, type: sp.type };
  }
  return best;
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
  // the literals, not `t`: a type read from a data file is a string of its own, and comparing it
  // with a literal in optimised code deoptimised the attribution stage again and again
  switch (t) {
    case 'person': return 'person';
    case 'organisation': return 'organisation';
    case 'group': return 'group';
    case 'channel': return 'channel';
    default: return 'unknown';
  }
}

/**
 * Which entity of a speaker phrase [a, b) is the speaker: the entity holding the phrase's head
 * ("UN Secretary-General Antonio Guterres": Antonio Guterres), a person in apposition ("The head of
 * the UN nuclear watchdog, Rafael Grossi,"); -2 when the head is a person word outside every name
 * and the names are someone else's ("A close ally of President Vladimir Putin", "Putin's aide");
 * -1 when nothing decides.
 */
function personOfPhrase(doc: Doc, a: number, b: number, headTok: number): number {
  const t = doc.tokens;
  if (headTok >= 0) {
    const h = doc.entityAt[headTok]!;
    if (h >= 0 && doc.entities[h]!.type !== 'unknown') return h;
  }
  // a person set off by commas, or ending the phrase after a comma
  for (let k = a + 1; k < b; k++) {
    if (t.lower[k - 1] !== ',') continue;
    let m = k;
    while (m < b && t.kind[m] === Kind.Space) m++;
    const e = doc.entityAt[m]!;
    if (e < 0 || doc.entities[e]!.type !== 'person') continue;
    const [, e1] = doc.entityTok[e]!;
    let r = e1;
    while (r < b && t.kind[r] === Kind.Space) r++;
    if (r >= b || t.lower[r] === ',') return e;
  }
  if (headTok >= 0 && doc.entityAt[headTok]! < 0 && isPersonWord(t.lower[headTok]!) && t.pos[headTok] === P.NOUN) {
    // the names stand before the head with "'s" or after it with "of"/"to": "Putin's close ally", "an aide to Zelensky"
    let owned = false;
    for (let k = a; k < b; k++) {
      const e = doc.entityAt[k]!;
      if (e < 0) continue;
      const [e0, e1] = doc.entityTok[e]!;
      if (e1 <= headTok && (t.lower[e1] === "'s" || t.lower[e1] === "'")) owned = true;
      else if (e0 > headTok && (t.lower[e0 - 1] === 'of' || t.lower[e0 - 1] === 'to' || t.pos[e0 - 1] === P.DET)) owned = true;
      else if (e0 > headTok && doc.entities[e]!.title && e0 >= 1) {
        const before = t.lower[doc.tokenAt(doc.entities[e]!.title!.start) - 1];
        if (before === 'of' || before === 'to') owned = true;
      } else return -1;
      k = e1 - 1;
    }
    if (owned) return -2;
  }
  return -1;
}

/** Words that describe too many people to link a description to a name ("senior", "official"). */
const GENERIC_ROLE = grammarSet('generic-role');

/** The words of [a, b) outside names that can tie a description to a role: capitalised words whole, other words by a 5-letter stem. */
function roleWords(doc: Doc, a: number, b: number, skipNames: boolean): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    if (t.kind[k] !== Kind.Word) continue;
    if (skipNames && doc.entityAt[k]! >= 0 && doc.entities[doc.entityAt[k]!]!.type === 'person') continue;
    const p = t.pos[k]!;
    if (p !== P.NOUN && p !== P.PROPN && p !== P.ADJ && p !== P.VERB) continue;
    const l = t.lower[k]!;
    if (GENERIC_ROLE.has(l) || l.length < 4) continue;
    // a national adjective says whose side, not which role ("the Ukrainian president" is not the
    // foreign minister of the "Ukrainian Ministry of Foreign Affairs")
    if (cueLexicon().nations.has(l)) continue;
    out.add(p === P.PROPN || /^\p{Lu}/u.test(doc.text[t.start[k]!]!) ? l : l.slice(0, 5));
  }
  return out;
}

/**
 * A person named after a description (before `until`) in the same role: the title and apposition
 * around the name, or the name's data/actors.tsv affiliation, share a word with the description
 * (names inside the description are not the speaker and do not count).
 */
function sameRole(doc: Doc, a: number, b: number, until: number): Entity | undefined {
  const t = doc.tokens;
  const desc = roleWords(doc, a, b, true);
  if (desc.size === 0) return undefined;
  const inside = new Set<string>();
  for (let k = a; k < b; k++) {
    const e = doc.entityAt[k]!;
    if (e >= 0 && doc.entities[e]!.name) inside.add(doc.entities[e]!.name!);
  }
  const end = t.end[b - 1]!;
  for (let n = entityFrom(doc, end); n < doc.entities.length && doc.entities[n]!.start < until; n++) {
    const e = doc.entities[n]!;
    if (e.type !== 'person' || !e.name || inside.has(e.name) || inCredit(doc, e.start)) continue;
    const [e0, e1] = doc.entityTok[n]!;
    const s = doc.sentences[t.sent[e0]!]!;
    // the title before the name, and an apposition after it up to the next comma or verb
    let l = e0;
    while (l - 1 >= s.t0 && e0 - l < 6 && t.pos[l - 1] !== P.VERB && t.pos[l - 1] !== P.AUX && t.lower[l - 1] !== ',') l--;
    let r = e1;
    if (r < s.t1 && t.lower[r] === ',') {
      r++;
      while (r < s.t1 && r - e1 < 12 && t.lower[r] !== ',' && t.pos[r] !== P.AUX && !(t.pos[r] === P.VERB && r > e1 + 2 && t.lower[r - 1] !== 'who')) r++;
    }
    const role = roleWords(doc, l, r, false);
    const aff = actorAffiliation(e.name);
    if (aff) for (const w of aff.split(/[^\p{L}]+/u)) if (w.length >= 4) role.add(/^\p{Lu}/u.test(w) ? w.toLowerCase() : w.toLowerCase().slice(0, 5));
    for (const w of desc) if (role.has(w)) return e;
  }
  return undefined;
}

let actorNames: Map<string, string> | null = null;
/** A person's full name in data/actors.tsv from the surname ("shoigu" → "Sergei Shoigu"), or null. */
export function actorFullName(surname: string): string | null {
  if (!actorNames) {
    actorNames = new Map();
    const rows = table('actors.tsv').filter((r) => r[1] === 'name' && r[0]);
    const single = new Set(rows.map((r) => r[0]!).filter((p) => !p.includes(' ')));
    for (const [phrase] of rows) {
      const words = phrase!.split(' ');
      const last = words[words.length - 1]!;
      // a two-word name whose surname is listed alone as well: a person ("sergei shoigu", "shoigu")
      if (words.length === 2 && single.has(last) && !actorNames.has(last)) {
        actorNames.set(last, words.map((w) => w.replace(/(^|-)(\p{L})/gu, (_, d: string, c: string) => d + c.toUpperCase())).join(' '));
      }
    }
  }
  return actorNames.get(surname) ?? null;
}

let affiliations: Map<string, string> | null = null;
/** The data/actors.tsv affiliation of a name (full name or surname), or null. */
function actorAffiliation(name: string): string | null {
  if (!affiliations) {
    affiliations = new Map();
    for (const [phrase, kind, , , aff] of table('actors.tsv')) if (phrase && kind === 'name' && aff) affiliations.set(phrase, aff);
  }
  const l = name.toLowerCase();
  return affiliations.get(l) ?? affiliations.get(l.split(/\s+/).pop()!) ?? null;
}

/** Whether an adjective is also a group noun for an organisation or a group ("military"). */
function isBodyAdjective(l: string): boolean {
  const g = entityLexicon().groupNouns.get(l);
  return g === 'organisation' || g === 'group';
}

/** The head token of a speaker phrase: the last noun before a comma, "of" or a parenthesis. */
function headOf(doc: Doc, a: number, b: number): number {
  const t = doc.tokens;
  let head = -1;
  for (let k = a; k < b; k++) {
    const l = t.lower[k]!;
    if (l === ',' || l === 'of' || l === 'to' || l === '(' || l === 'who' || l === 'at' || l === 'in' || l === 'for' || ((l === 'and' || (l === 'close' && t.lower[k + 1] === 'to')) && head >= 0)) break;
    const p = t.pos[k]!;
    // an adjective that names a body when it stands as a noun: "Russia's military said", "the military"
    if (p === P.NOUN || p === P.PROPN || p === P.PRON || (p === P.ADJ && (entityLexicon().titles.has(l) || isBodyAdjective(l)))) head = k;
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
function lastActor(doc: Doc, offset: number, self: ClaimDraft, types: readonly string[], lookback: number, head: string | null, skipQuoted = false): Actor | null {
  const si = doc.tokens.sent[doc.tokenAt(offset)]!;
  const from = doc.sentences[Math.max(0, si - lookback)]!.start;
  let best: Actor | null = null;
  for (let n = entityFrom(doc, offset) - 1; n >= 0; n--) {
    const e = doc.entities[n]!;
    if (e.start < from) break;
    if (inCredit(doc, e.start)) continue; // a photographer or a byline's writer is nobody's antecedent
    if (skipQuoted && doc.inClosedQuote(e.start)) continue; // a name a speaker quotes is not who "he" is
    if (types.includes(e.type) && e.name && (head === null || e.text.toLowerCase().includes(head))) {
      best = { name: e.name, start: e.start, end: e.end, type: toSpeakerType(e.type) };
      break;
    }
    // a surname the entity stage left untyped that data/actors.tsv knows as a person's ("Zelensky")
    if (e.type === 'unknown' && types.includes('person') && head === null && !e.text.includes(' ') && actorFullName(e.text.toLowerCase())) {
      best = { name: e.name ?? e.text, start: e.start, end: e.end, type: 'person' };
      break;
    }
  }
  if (head !== null) {
    // "Russia's defence ministry said ... <a body named inside the claim> ..., the ministry said": a
    // speaker of an earlier claim whose name holds the head, when it stands later than that entity
    for (const c of claimsBetween(doc, from, offset)) {
      const sp = c.speaker;
      if (c === self || !sp || !types.includes(sp.type) || !sp.name || !sp.name.toLowerCase().includes(head) || doc.inClosedQuote(sp.start)) continue;
      const at = sp.resolvedFrom ?? sp;
      // (a speaker that holds the entity, "the Ground Forces' 3rd Army Corps" over "Army Corps", ends with it)
      if (!best || at.end >= best.end) best = { name: sp.name, start: at.start, end: at.end, type: sp.type };
    }
    return best;
  }
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
function lastPerson(doc: Doc, offset: number, self: ClaimDraft, gender: Gender = null): Actor | null {
  const recent = lastActor(doc, offset, self, ['person'], LOOKBACK_SENTENCES, null, true);
  if (!recent) return null;
  const si = doc.tokens.sent[doc.tokenAt(recent.start)]!;
  // the sentence's subject: a person speaker of one of its claims, else the first person named outside a
  // prepositional phrase, else the first person named (the first of sentencePersons' order)
  const persons = sentencePersons(doc, si, offset, self);
  const pick = persons[0] ?? recent;
  if (genderFits(gender, pick.name)) return pick;
  // (lane speak14) "According to her" after "Governor X met Hanna Maliar": the subject is a man, so the
  // pronoun is the person of its gender named in that sentence, else in the sentences before it (a
  // speaker's subject first, then the persons named outside a prepositional phrase, then the others)
  for (let k = si; k >= Math.max(0, si - LOOKBACK_SENTENCES); k--) {
    const hit = (k === si ? persons : sentencePersons(doc, k, offset, self)).find((p) => nameGender(p.name) === gender);
    if (hit) return hit;
  }
  return pick;
}

/** The persons of sentence `si` before `offset`, in the order a pronoun looks at them (see lastPerson). */
function sentencePersons(doc: Doc, si: number, offset: number, self: ClaimDraft): Actor[] {
  const s = doc.sentences[si]!;
  const to = Math.min(s.end, offset);
  const out: Actor[] = [];
  for (const c of claimsBetween(doc, s.start, to)) {
    const sp = c.speaker;
    if (c === self || !sp || sp.type !== 'person' || !sp.name || !c.cue || c.cue.start < s.start || c.cue.start >= s.end) continue;
    const at = sp.resolvedFrom ?? sp;
    out.push({ name: sp.name, start: at.start, end: at.end, type: 'person' });
  }
  out.sort((x, y) => x.start - y.start);
  const inPP: Actor[] = [];
  for (let n = entityFrom(doc, s.start); n < doc.entities.length && doc.entities[n]!.start < to; n++) {
    const e = doc.entities[n]!;
    const known = e.type === 'unknown' && !e.text.includes(' ') && actorFullName(e.text.toLowerCase()) !== null;
    if ((e.type !== 'person' || !e.name) && !known) continue;
    if (inCredit(doc, e.start) || doc.inClosedQuote(e.start)) continue;
    const actor: Actor = { name: e.name ?? e.text, start: e.start, end: e.end, type: 'person' };
    (inPrepPhrase(doc, doc.tokenAt(e.start), s.t0) ? inPP : out).push(actor);
  }
  return [...out, ...inPP];
}

/** Whether the noun phrase that ends with the name at token k (titles, adjectives before it) is the object of a preposition. */
function inPrepPhrase(doc: Doc, k: number, lo: number): boolean {
  const t = doc.tokens;
  let m = k - 1;
  while (m >= lo && (t.kind[m] === Kind.Space || t.pos[m] === P.PROPN || t.pos[m] === P.ADJ || t.pos[m] === P.NOUN || t.pos[m] === P.DET || t.lower[m] === "'s")) m--;
  return m >= lo && t.pos[m] === P.ADP;
}

/**
 * The person a definite description ("the Ukrainian president", "the foreign minister") stands for
 * when that person was named in the same or the two sentences before: the one person whose
 * title in the text or data/actors.tsv affiliation holds the description's head word, and the
 * country of its national adjective when it has one ("President of Ukraine"). Null otherwise, and null
 * when two different people fit.
 */
function namedBefore(doc: Doc, a: number, b: number, head: string): Actor | null {
  const t = doc.tokens;
  if (t.lower[a] !== 'the' || head.length < 4) return null;
  // "the head of state": another name of an office (data/role-synonyms.tsv)
  const words: string[] = [];
  for (let k = a + 1; k < b; k++) if (t.kind[k] !== Kind.Space) words.push(t.lower[k]!);
  const synonym = roleSynonym(words.join(' ').replace(/ 's\b/g, "'s"));
  if (synonym) head = synonym;
  // the description's other words (a country's adjective, "foreign", "US") must each fit the role
  const mods: string[] = [];
  for (let k = synonym ? b : a; k < b; k++) {
    const e = doc.entityAt[k]!;
    if (e >= 0 && doc.entities[e]!.type === 'person') return null;
    const p = t.pos[k]!;
    if (t.lower[k] !== head && (p === P.ADJ || p === P.PROPN || p === P.NOUN)) mods.push(t.lower[k]!);
  }
  // whole-word comparison: the role's words joined by single spaces, padded
  const hasWords = (role: string, x: string): boolean => {
    const w = x.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
    return w !== '' && role.includes(` ${w} `);
  };
  const fits = (role: string, w: string): boolean => hasWords(role, cueLexicon().nations.get(w) ?? w) || role.includes(w);
  const si = t.sent[a]!;
  const from = doc.sentences[Math.max(0, si - 2)]!.start;
  // every person in the window who fits; resolved only when exactly one does and no person of
  // unknown office could ("Joe Biden met Volodymyr Zelensky. The president said" is either)
  let found: Actor | null = null;
  const unknown = new Set<string>();
  for (let n = entityFrom(doc, t.start[a]!) - 1; n >= 0; n--) {
    const e = doc.entities[n]!;
    if (e.start < from) break;
    const known = e.type === 'unknown' && !e.text.includes(' ') && actorFullName(e.text.toLowerCase()) !== null;
    if ((e.type !== 'person' || !e.name) && !known) continue;
    if (inCredit(doc, e.start)) continue;
    const name = e.name ?? e.text;
    const raw = `${e.title?.text ?? ''} ${actorAffiliation(name) ?? ''}`.toLowerCase();
    const role = ` ${raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
    // a person of no known office (no title in the text, none in the data) may hold this one too
    if (role.trim() === '') {
      unknown.add(name);
      continue;
    }
    if (!hasWords(role, head) || !mods.every((w) => fits(role, w) || raw.includes(w))) continue;
    if (!found) found = { name, start: e.start, end: e.end, type: 'person' };
    else if (found.name !== name) return null;
  }
  if (!found) return null;
  for (const u of unknown) if (u !== found.name) return null;
  return found;
}

let roleSynonyms: Map<string, string> | null = null;
/** The title a description stands for by data/role-synonyms.tsv ("head of state" → "president"), or null. */
function roleSynonym(phrase: string): string | null {
  if (!roleSynonyms) {
    roleSynonyms = new Map();
    for (const [p, title] of table('role-synonyms.tsv')) if (p && title) roleSynonyms.set(p, title);
  }
  return roleSynonyms.get(phrase) ?? null;
}

