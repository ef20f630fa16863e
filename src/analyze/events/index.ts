/**
 * Stage `events`: event mentions, typed in PLOVER and ACLED terms, with agent, target, place, date,
 * figures, polarity, modality and the claim they belong to.
 *
 * Cheap by design: one hash look-up per token (its lemma, then its lower-case form) in the trigger
 * table of data/event-triggers.tsv; everything else runs only around a trigger, inside its sentence.
 *
 * Per trigger (rule names in `why.rule`):
 * - trigger: the longest phrase of data/event-triggers.tsv at the token (first word by lemma or
 *   form, POS checked: a V row needs a verb, an N row a noun); overlapping shorter matches are
 *   skipped. A light verb "launch" is dropped when another trigger follows it within 5 tokens
 *   ("launched a drone attack" is one attack); so are the other light verbs of data/event-triggers.tsv
 *   ("imposed a curfew", "gave an ultimatum") before a trigger that is not a verb row.
 * - type: the first row of data/event-types.tsv for the trigger's kind whose condition holds:
 *   an instrument word (data/event-instruments.tsv) within 8 tokens of the trigger in its sentence,
 *   the territory rule (gov=yes|no: the agent's side against the country of the event's place, see
 *   the header of data/event-types.tsv), or a civilian word in the target.
 * - agent and target (roles column): active verb → the noun phrase before it is the agent (across
 *   "to" + control verb: "threatened to ban"), the one after it (or after on/against/at/of) the
 *   target; passive ("was shelled by X") → the subject is the target and "by X" the agent; noun
 *   trigger → a side or name inside its compound ("Russian drone strike") or "by X" is the agent,
 *   "on|against|of X" the target; role `tgt` ("X came under fire") → the subject is the target.
 *   Actor and side: an entity's name; data/demonyms.tsv sides; the reading of data/actors.tsv and
 *   data/countries.tsv that compare uses too (src/lexicon/sides.ts `sideOfPhrase`); "the enemy" and
 *   "our/we" against the claim speaker's side.
 * - place: the target when it is a place, else the first place of the sentence after the trigger,
 *   else before it. date: the first date of the sentence. quantities: casualty figures (killed,
 *   wounded, casualties, missing) and, for strikes, interceptions and destruction, equipment counts
 *   of the sentence go to the nearest violent event.
 * - kill/injure mentions next to another violent event in the same sentence are folded into it
 *   ("a missile strike killed 5": one event, the strike).
 * - polarity (data/event-modifiers.tsv): a denial cue of the claim ("X denied ...") or a denial
 *   word before the trigger → denied; a "not true / false / fake" phrase in the sentence → denied;
 *   a negation within 4 words before it → not_happened; else happened.
 * - modality: a modifier before the trigger (plan to, threatened to, tried to, could, will ...),
 *   else the claim's cue ("claimed", "alleged") → alleged; else null.
 * - claim: the claim whose content holds the trigger, else null (narration).
 */
import { Kind, P, lowerBound, type Doc, type Tokens } from '../doc.js';
import { grammarSet } from '../../lexicon/grammar.js';
import { table } from '../../lexicon/index.js';
import type { Stage } from '../pipeline.js';
import type { EventActor, EventMention, EventPolarity, TextSpan } from '../types.js';
import { opponent, sideOfPhrase } from '../../lexicon/sides.js';
import { UNITS } from '../quantities/lexicon.js';
import { BoundedMemo } from '../../util/index.js';
import { CONDITIONALS, CONDITIONS, CUE_EFFECT, FUNCTION_FIRST, INSTRUMENTS, MODIFIERS, OBJECTS, TRIGGERS, TYPES, governorClass, isCyrillic, ruukPatMatches, ruukRows, rowsOf, type FirstWordTable, type RuukRow, type Trigger, type TypeRow } from './lexicon.js';

/** Casualty units of data/units.tsv that an event's figures count. */
const CASUALTY_UNITS = new Set(['killed', 'wounded', 'casualties', 'missing', 'bodies']);
/** Kinds whose figures may be equipment counts (what was hit, shot down or destroyed). */
const EQUIPMENT_KINDS = new Set(['strike', 'air_strike', 'shell', 'intercept', 'destroy', 'attack', 'fire', 'launch', 'repel', 'capture']);
/** Killing and wounding kinds that fold into another violent event of the sentence ('shoot_kill': "shot dead", "gunned down"). */
const FOLDABLE = new Set(['kill', 'shoot_kill', 'injure']);
/** Adverbial particles of phrasal verbs ("shut down", "blew up", "pulled out"). */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'over', 'away']);
/** Kinds whose object is the weapon used, not what was hit ("fired rockets", "threw a grenade", "dropped bombs", "used drones"). */
const WEAPON_OBJECT = new Set(['fire', 'launch', 'throw', 'drop', 'use']);
/** Kinds whose figures are the forces that moved (troops and equipment): "1,000 troops crossed the border". */
const FORCE_KINDS = new Set(['invade', 'advance', 'deploy', 'mobilize', 'withdraw']);
/** Modalities of a promised or announced act (see the "=future" rows of data/event-types.tsv). */
const FUTURE = new Set(['future', 'planned', 'possible', 'willing']);
/** (lane plover19) PLOVER types of a hostile act whose readiness (modality 'poised': "were poised to strike") is a threat. */
const POISED_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);
const CIVILIAN = /\b(civilians?|residents?|children|child|women|people|passengers?|refugees?|villagers?|hospital|school|homes?|apartment|residential)\b/i;
const ENEMY = /\b(enemy|enemy's|adversary|occupiers?|invaders?)\b/i;
/** First-person words, and a possessive that points back to the claim's speaker ("X said its troops ..."). */
const OWN = /^(we|us|our|its|their)\b/i;
const CLAUSE_STOP = new Set([',', ';', ':', '(', ')', '—', '–', '"']);
const NP_POS = new Set<number>([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM, P.PRON]);
const MAX_NP = 8;
/** Parts of speech a trigger's first word can have (the tagger's reading; see posOk; an adverb only opens a phrase: "sexually abuse"). */
const OPEN_CLASS: boolean[] = [];
for (const p of [P.VERB, P.NOUN, P.PROPN, P.ADJ, P.X, P.ADV]) OPEN_CLASS[p] = true;
const CAPITAL_OR_HYPHEN = /[A-Z\u0400-\u042F-]/;
const INDEFINITE = /^(every|any|some|no)(thing|one|body)$/;

interface Match {
  t: Trigger;
  start: number;
  /** token after the last word */
  end: number;
  /** the trigger's head token (first word) */
  head: number;
}

/**
 * Parts of speech a noun-phrase gap ("…" in a trigger row) may hold: a noun phrase with its
 * prepositional phrases ("placed its forces in the Balkans on alert"; the tagger reads "new" as an adverb).
 */
const GAP_POS = new Set<number>([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM, P.PRON, P.ADV, P.ADP]);
/** The most words a noun-phrase gap spans ("took in tens of thousands of refugees"). */
const MAX_GAP = 6;
/** (lane plover18) Comparatives before "than" in an amount inside a "…" noun phrase (see gapTok). */
const COMPARATIVE = new Set(['more', 'less', 'fewer']);
/** Currency signs, which may stand inside a trigger row's "…" noun phrase. */
const CURRENCY = new Set(['$', '€', '£', '¥']);

/**
 * Whether token k may stand inside a noun-phrase gap: a determiner, adjective, noun, name, number,
 * pronoun, adverb (not a particle) or preposition, a possessive 's, a hyphen joining two words, or any word joined to a hyphen before it
 * ("the rebel-held town").
 */
function gapTok(t: Tokens, k: number): boolean {
  const w = t.lower[k]!;
  // (lane plover, own12) a currency sign opens an amount inside the phrase ("extended a $200 million credit")
  if (CURRENCY.has(w)) return true;
  if (t.kind[k] === Kind.Punct) return w === '-' && k > 0 && t.end[k - 1] === t.start[k];
  if ((GAP_POS.has(t.pos[k]!) && !(t.pos[k] === P.ADV && PARTICLES.has(w))) || w === "'s" || w === '’s') return true;
  // (lane plover18) "than" of an amount ("more than 600,000 refugees", "fewer than 50 monitors"), and a
  // past participle used as an adjective between a number, determiner or adjective and a noun ("600,000
  // registered refugees", "the displaced families")
  if (w === 'than') return k > 0 && COMPARATIVE.has(t.lower[prevTok(t, k)] ?? '');
  // (lane plover19) the second part of a hyphenated compound modifier, a participle too ("a long-delayed
  // trade deal", "a UN-brokered truce"), before the participle test, which wants a determiner before it
  if (k > 0 && t.lower[k - 1] === '-' && t.end[k - 1] === t.start[k]) return true;
  if (t.pos[k] === P.VERB && /(?:ed|en)$/.test(w)) {
    const p = prevTok(t, k);
    const n = nextTok(t, k);
    return p >= 0 && n >= 0 && (t.pos[p] === P.NUM || t.pos[p] === P.DET || t.pos[p] === P.ADJ) && (t.pos[n] === P.NOUN || t.pos[n] === P.ADJ || t.pos[n] === P.PROPN);
  }
  return k > 0 && t.lower[k - 1] === '-' && t.end[k - 1] === t.start[k];
}

/** Whether the next word from token k is a verb (the verb of an infinitive after "to"). */
function infinitiveAt(t: Tokens, k: number, t1: number): boolean {
  while (k < t1 && t.kind[k] === Kind.Space) k++;
  return k < t1 && (t.pos[k] === P.VERB || t.pos[k] === P.AUX);
}

/**
 * Whether tokens from `i` match `words` (lemma or lower form; "_" any one word; "…" a noun phrase of
 * 1 to MAX_GAP words, see gapTok; one adverb may stand before a later word). `rest`: `words` continue
 * a phrase whose first word is before `i`. Returns the end or -1.
 */
function matchWords(t: Tokens, i: number, words: string[], t1: number, rest = false): number {
  let k = i;
  let skipped = false;
  for (let w = 0; w < words.length; w++) {
    while (k < t1 && t.kind[k] === Kind.Space) k++;
    if (k >= t1) return -1;
    const want = words[w]!;
    if (want === '…') {
      // the shortest noun phrase after which the rest of the row matches
      // (before an infinitive's "to", no prepositional phrase: "told reporters during a visit to",
      // "required by law to" are not "tell … to", "require … to"; and that "to" must open an infinitive)
      const tail = words.slice(w + 1);
      const inf = tail[0] === 'to';
      for (let g = 0; g < MAX_GAP && k < t1; g++) {
        if (!gapTok(t, k) || (g === 0 && t.kind[k] === Kind.Punct && !CURRENCY.has(t.lower[k]!)) || (inf && t.pos[k] === P.ADP && t.lower[k] !== 'of')) return -1;
        k++;
        while (k < t1 && t.kind[k] === Kind.Space) k++;
        if (tail.length === 0) return k;
        const e = matchWords(t, k, tail, t1, true);
        if (e > 0 && !(inf && tail.length === 1 && !infinitiveAt(t, e, t1))) return e;
      }
      return -1;
    }
    if (want !== '_' && t.lemma[k] !== want && t.lower[k] !== want) {
      // one adverb inside a phrasal verb ("pushing hard for", "called again for", "pulled quickly
      // back") when the next word is the one wanted
      // (or a bare adjective the tagger gave an adverb's place: "pushing hard for")
      if ((w > 0 || rest) && (t.pos[k] === P.ADV || (t.pos[k] === P.ADJ && t.lower[k] === t.lemma[k])) && !skipped) {
        let n = k + 1;
        while (n < t1 && t.kind[n] === Kind.Space) n++;
        if (n < t1 && (t.lemma[n] === want || t.lower[n] === want)) {
          skipped = true;
          k = n + 1;
          continue;
        }
      }
      // a hyphenated form may be split by the tokenizer: "cease-fire" = "cease", "-", "fire"
      return -1;
    }
    k++;
  }
  return k;
}

/** The longest phrase of `tab` starting at token i, or null. */
function longestAt<T extends { words: string[] }>(t: Tokens, tab: FirstWordTable<T>, i: number, t1: number): { row: T; end: number } | null {
  const a = rowsOf(tab, t.lemma[i]!);
  const b = t.lower[i] !== t.lemma[i] ? rowsOf(tab, t.lower[i]!) : undefined;
  if (!a && !b) return t.pos[i] === P.PROPN ? singularAt(t, tab, i, t1) : null;
  let best: { row: T; end: number } | null = null;
  if (a) best = longestIn(t, a, i, t1, best);
  if (b) best = longestIn(t, b, i, t1, best);
  return best;
}

/**
 * A plural that wink-nlp tagged as a proper noun keeps its -s in the lemma ("Prosecutors examined",
 * sentence-initial): its singular's rows, for a one-word row only (a capitalised name is no object).
 */
function singularAt<T extends { words: string[] }>(t: Tokens, tab: FirstWordTable<T>, i: number, t1: number): { row: T; end: number } | null {
  const w = t.lower[i]!;
  if (w.length < 5 || !w.endsWith('s') || w.endsWith('ss')) return null;
  const list = rowsOf(tab, w.slice(0, -1));
  const r = list?.find((x) => x.words.length === 1);
  return r && i + 1 <= t1 ? { row: r, end: i + 1 } : null;
}

function longestIn<T extends { words: string[] }>(t: Tokens, list: T[], i: number, t1: number, best: { row: T; end: number } | null): { row: T; end: number } | null {
  for (const r of list) {
    const e = matchWords(t, i, r.words, t1);
    if (e > 0 && (!best || e > best.end)) best = { row: r, end: e };
  }
  return best;
}

/**
 * Base forms to try when wink-nlp's lemma is the word itself (a participle or plural it tagged as
 * an adjective or proper noun: "striking"/ADJ, "Explosions"/PROPN): -ing, -ed, -s stripped.
 */
function fallbackBases(w: string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (n > 5 && w.endsWith('ing')) {
    const b = w.slice(0, -3);
    out.push(b, b + 'e');
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  } else if (n > 4 && w.endsWith('ed')) {
    const b = w.slice(0, -2);
    out.push(b, w.slice(0, -1));
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  } else if (n > 4 && w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) {
    // (lane plover17) -es after a sibilant is the plural or 3rd-person ending: "Clashes", "Marches"
    if (n > 5 && (w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('sses') || w.endsWith('zes'))) out.push(w.slice(0, -2));
    out.push(w.slice(0, -1));
  }
  return out;
}

/** Whether the token at i may be the first word of a trigger of part of speech `pos`. */
function posOk(t: Tokens, i: number, pos: Trigger['pos'], multi: boolean, word: string): boolean {
  const p = t.pos[i]!;
  if (pos === 'F') return multi;
  if (multi) return p !== P.ADP && p !== P.DET;
  const w = t.lower[i]!;
  // "long-threatened invasion": a participle inside a hyphenated adjective is no trigger
  if (p === P.ADJ && i > 0 && t.lower[i - 1] === '-' && t.end[i - 1] === t.start[i]) return false;
  // "Israeli-occupied", "Kremlin-backed", "Saudi-led": a participle closing a hyphenated compound
  // describes a noun, it does not report an act
  if (i > 1 && t.lower[i - 1] === '-' && t.end[i - 1] === t.start[i] && t.end[i - 2] === t.start[i - 1] && w.endsWith('ed')) return false;
  // "famine-stricken region", "war-torn", "drought-hit areas": an inflected word closing a hyphenated
  // compound before a noun describes that noun
  if (i > 1 && t.lower[i - 1] === '-' && t.end[i - 1] === t.start[i] && t.end[i - 2] === t.start[i - 1] && (w !== t.lemma[i] || p === P.ADJ)) {
    const n = nextTok(t, i);
    if (n >= 0 && (t.pos[n] === P.NOUN || t.pos[n] === P.PROPN || t.pos[n] === P.ADJ)) return false;
  }
  // "According to": a gerund is a noun trigger only when the row names the gerund itself ("shelling")
  if (pos === 'N' && p === P.VERB) return w === word;
  // a noun the tagger read as an adjective: "a new offensive in ..." (after DET/ADJ/ADV, before ADP or punctuation)
  if (pos !== 'V' && p === P.ADJ && i > 0 && i + 1 < t.n) {
    const prev = t.pos[i - 1 - (t.kind[i - 1] === Kind.Space ? 1 : 0)];
    const next = t.pos[i + 1 + (t.kind[i + 1] === Kind.Space ? 1 : 0)];
    // (or after a possessive: "its offensive against")
    if ((prev === P.DET || prev === P.ADJ || prev === P.ADV || POSSESSIVE.has(t.lower[prevTok(t, i)] ?? '')) && (next === P.ADP || next === P.PUNCT)) return true;
    // (lane plover, 12th version) or after a noun that modifies it, itself after a determiner or an
    // adjective: "a ground offensive against", "a new army offensive in"
    // (not a noun naming the side whose act it is, "the rebel offensive": see partyNoun)
    const b = prevTok(t, i);
    if (prev === P.NOUN && b > 0 && (t.pos[prevTok(t, b)] === P.DET || t.pos[prevTok(t, b)] === P.ADJ) && (next === P.ADP || next === P.PUNCT) && !partyNoun(t, b)) return true;
  }
  // (an irregular participle in -en after an auxiliary, which the tagger may read as a noun: "had retaken")
  const participle = w.endsWith('ing') || w.endsWith('ed') || (w.endsWith('en') && i > 0 && t.pos[prevTok(t, i)] === P.AUX);
  if (pos === 'V') {
    // (lane plover, 12th version) the bare form after a modal or an infinitive "to" is a verb, whatever
    // the tagger read ("would free the hostages", "to free them", "will not free")
    if ((p === P.ADJ || p === P.NOUN) && w === word && afterModal(t, i)) return true;
    // a bare verb form after a determiner is a noun the tagger read as a verb ("an apartment block",
    // "the drop", "a throw")
    if (p === P.VERB && w === t.lemma[i] && !participle) {
      const b = prevTok(t, i);
      const n = nextTok(t, i);
      // (a compound's modifier is singular and no particle follows: "the authorities shut down" stays a verb)
      const nounSlot = n < 0 || t.pos[n] === P.PUNCT || (t.pos[n] === P.ADP && !PARTICLES.has(t.lower[n]!));
      const modifier = (t.pos[b] === P.NOUN && !t.lower[b]!.endsWith('s')) || t.pos[b] === P.ADJ;
      if (b >= 0 && (t.pos[b] === P.DET || (nounSlot && modifier && t.pos[prevTok(t, b)] === P.DET))) return false;
    }
    if (p === P.VERB || (participle && (p === P.ADJ || p === P.NOUN || p === P.PROPN))) return true;
    // (lane events) a headline's bare verb after its plural subject: "Protesters storm parliament"
    if (w === word && headlineVerb(t, i)) return true;
    // a present-tense verb the tagger read as a plural noun: "Russia warns Kyiv", "Iran rejects the plan"
    if ((p === P.NOUN || p === P.PROPN) && w.endsWith('s') && i > 0) {
      let k = i - 1;
      while (k > 0 && t.kind[k] === Kind.Space) k--;
      const before = t.pos[k]!;
      let n = i + 1;
      while (n < t.n && t.kind[n] === Kind.Space) n++;
      const after = n < t.n ? t.pos[n]! : -1;
      const takesObject = after === P.DET || after === P.PROPN || after === P.PRON || after === P.NOUN || after === P.ADP;
      return (before === P.PROPN || before === P.PRON) && takesObject && t.lemma[i] === word;
    }
    return false;
  }
  if (pos === 'N') return p === P.NOUN || p === P.PROPN || (p === P.VERB && w.endsWith('ing'));
  return p === P.VERB || p === P.NOUN || p === P.PROPN || (participle && p === P.ADJ);
}

/** Classes of data/event-objects.tsv whose words name a party to an act (armed and governing bodies). */
const PARTY_CLASSES = new Set(['holder', 'combatant', 'force', 'police', 'official']);

/**
 * Whether the noun at token b names a party ("rebel", "army", "government": lane plover, 12th
 * version), by its plural form or itself in a party class of data/event-objects.tsv.
 */
function partyNoun(t: Tokens, b: number): boolean {
  const w = t.lower[b]!;
  for (const f of [w, w + 's']) {
    const r = rowsOf(OBJECTS, f);
    if (r && r.some((x) => x.words.length === 1 && PARTY_CLASSES.has(x.cls))) return true;
  }
  return false;
}

/** Modal auxiliaries after which a bare word is a verb (see afterModal). */
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);

/**
 * Whether token i follows a modal auxiliary or an infinitive "to" (lane plover, 12th version), past
 * "not" or "never": "would free", "will not free", "to free".
 */
function afterModal(t: Tokens, i: number): boolean {
  let b = prevTok(t, i);
  if (b >= 0 && (t.lower[b] === 'not' || t.lower[b] === 'never' || t.lower[b] === "n't")) b = prevTok(t, b);
  if (b < 0) return false;
  return (t.pos[b] === P.AUX && MODALS.has(t.lower[b]!)) || (t.lower[b] === 'to' && t.pos[b] === P.PART);
}

/** The longest trigger of `list` at token i (or `best` when none is longer). */
function bestOf(t: Tokens, i: number, t1: number, list: Trigger[], fromBase: boolean, best: Match | null): Match | null {
  for (const tr of list) {
    if (!posOk(t, i, tr.pos, tr.words.length > 1, tr.words[0]!)) continue;
    let end: number;
    if (fromBase) end = tr.words.length === 1 ? i + 1 : matchWords(t, i + 1, tr.words.slice(1), t1, true);
    else end = matchWords(t, i, tr.words, t1);
    // (lane plover, 12th version) what a description names is a noun phrase, not a prepositional phrase ("called for an end" is a call for)
    if (tr.kind === 'characterize' && t.pos[nextTok(t, i)] === P.ADP) continue;
    // (lane plover18) a verb row whose match skipped an adjective ("held joint drills" as "hold drills") yields
    // to a trigger of another kind that word opens ("joint drills"), as a "…" row does
    if (end > 0 && (!best || end > best.end) && !((tr.words.includes('…') || (tr.pos === 'V' && wordsBetween(t, i, end) > tr.words.length)) && innerTrigger(t, i + 1, end, t1, tr.kind)) && !(tr.noInf && infinitiveAfter(t, end, t1))) best = { t: tr, start: i, end, head: i };
  }
  return best;
}

/**
 * Whether "to" and a verb follow the noun phrase from token k ("... at the Security Council to halt
 * the strikes"): a row flagged "noinf" then yields to the reading that takes the infinitive.
 */
function infinitiveAfter(t: Tokens, k: number, t1: number): boolean {
  for (let g = 0; k < t1 && g <= MAX_GAP + 2; g++) {
    while (k < t1 && t.kind[k] === Kind.Space) k++;
    if (k >= t1) return false;
    if (t.lower[k] === 'to') return infinitiveAt(t, k + 1, t1);
    if (!gapTok(t, k)) return false;
    k++;
  }
  return false;
}

/**
 * Whether a trigger phrase of another kind than `kind` starts inside (a, end) and ends at `end`: then
 * a row with a noun-phrase gap does not reach over it ("staged a 24-hour hunger strike" is a hunger
 * strike, not "stage … strike"; "put on maximum alert" stays one phrase).
 */
function innerTrigger(t: Tokens, a: number, end: number, t1: number, kind: string): boolean {
  for (let k = a; k < end - 1; k++) {
    if (t.kind[k] !== Kind.Word) continue;
    const m = longestAt(t, TRIGGERS, k, t1);
    if (m && m.end === end && m.row.words.length > 1 && m.row.kind !== kind) return true;
  }
  return false;
}

const NO_MATCHES: Match[] = [];

/** Whether token i is a Cyrillic word (Russian and Ukrainian words go through data/event-ruuk.tsv). */
const cyr = (t: Tokens, i: number): boolean => isCyrillic(t.lower[i]!.charCodeAt(0));

/** The longest row of data/event-ruuk.tsv of table `tab` at the Cyrillic token i, or null. */
function ruukAt(t: Tokens, i: number, t1: number, tab: RuukRow['table']): { row: RuukRow; end: number } | null {
  const rows = ruukRows(t.lower[i]!);
  if (!rows) return null;
  let best: { row: RuukRow; end: number } | null = null;
  for (const r of rows) {
    if (r.table !== tab) continue;
    let k = i + 1;
    let ok = true;
    for (let w = 1; w < r.words.length && ok; w++) {
      while (k < t1 && t.kind[k] === Kind.Space) k++;
      if (k >= t1 || !ruukPatMatches(r.words[w]!, t.lower[k]!)) ok = false;
      else k++;
    }
    if (ok && (!best || k > best.end)) best = { row: r, end: k };
  }
  return best;
}

/** Whether a word ends in -ing, -ed or -s (what `fallbackBases` strips; string tests, not a regular expression, at every such token). */
const hasEnding = (w: string): boolean => w.endsWith('s') || w.endsWith('ed') || w.endsWith('ing');

/** Endings of nouns made from verbs (see nominalBases). */
const NOMINAL = /(?:[a-z]{3}(?:ation|ition|tion|sion|ment|ance|ence)|[a-z]{3}(?:wal|sal|val|ial|yal))$/;

/**
 * The verbs a noun made from a verb may come from, most likely first: "deportation" → deport,
 * "evacuation" → evacuate, "cancellation" → cancel, "ratification" → ratify, "mobilisation" →
 * mobilise, "prohibition" → prohibit, "demolition" → demolish, "persecution" → persecute,
 * "suspension" → suspend, "invasion" → invade, "intervention" → intervene, "deployment" → deploy,
 * "refusal" → refuse, "denial" → deny, "assistance" → assist, "defiance" → defy.
 */
export function nominalBases(w: string): string[] {
  const out: string[] = [];
  const undouble = (b: string): void => {
    if (b.length > 3 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  };
  if (w.endsWith('ification')) out.push(w.slice(0, -9) + 'ify');
  else if (w.endsWith('isation') || w.endsWith('ization')) out.push(w.slice(0, -5) + 'e');
  else if (w.endsWith('ation')) {
    const b = w.slice(0, -5);
    out.push(b, b + 'e', b + 'ate');
    undouble(b);
  } else if (w.endsWith('ition')) out.push(w.slice(0, -3), w.slice(0, -5) + 'ish', w.slice(0, -5) + 'e');
  else if (w.endsWith('vention')) out.push(w.slice(0, -4) + 'e');
  else if (w.endsWith('tion')) out.push(w.slice(0, -3) + 'e', w.slice(0, -3));
  else if (w.endsWith('sion')) out.push(w.slice(0, -4) + 'd', w.slice(0, -4) + 'de', w.slice(0, -3) + 'e');
  else if (w.endsWith('ment')) out.push(w.slice(0, -4));
  else if (w.endsWith('iance')) out.push(w.slice(0, -5) + 'y');
  else if (w.endsWith('ance') || w.endsWith('ence')) out.push(w.slice(0, -4), w.slice(0, -3) + 'e', w.slice(0, -4) + 'e');
  else if (w.endsWith('ial')) out.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('al')) {
    const b = w.slice(0, -2);
    out.push(b, b + 'e');
    undouble(b);
  }
  return out;
}

/**
 * The nouns a verb may make, for a verb with no row of its own: "intervene" → intervention,
 * "negotiate" → negotiation, "imprison" → imprisonment, "ratify" → ratification.
 */
export function verbalNouns(v: string): string[] {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const out = [v + 'ment', stem + 'ation', stem + 'ion', v + 'al'];
  if (v.endsWith('ene')) out.push(v.slice(0, -3) + 'ention');
  if (v.endsWith('y')) out.push(v.slice(0, -1) + 'ication', v.slice(0, -1) + 'ial');
  if (v.endsWith('de')) out.push(v.slice(0, -2) + 'sion');
  return out;
}

/** Verb triggers made from noun rows, by verb (see verbalAt). */
const VERBAL_ROWS = new Map<string, Trigger>();

/**
 * An inflected verb with no row whose noun has a one-word noun row of data/event-triggers.tsv ("NATO
 * intervened" as "intervention"): a verb trigger of that row's kind and roles, or null. Only a form
 * that differs from its lemma (a past or -ing or -s form), so that a bare noun the tagger read as a
 * verb is not taken.
 */
function verbalAt(t: Tokens, i: number, v: string): Match | null {
  return derivedAt(i, v, verbalNouns(v), 'V', VERBAL_ROWS);
}

/**
 * A trigger of part of speech `pos` for word `w` at token i, made from the first one-word English row
 * of another part of speech whose words are one of `bases` (a verb from its noun's row, a noun from its
 * verb's row); cached per word in `cache`; null when no base has such a row.
 */
function derivedAt(i: number, w: string, bases: Iterable<string>, pos: 'V' | 'N', cache: Map<string, Trigger>): Match | null {
  for (const base of bases) {
    const rows = rowsOf(TRIGGERS, base);
    if (!rows) continue;
    for (const r of rows) {
      if (r.words.length !== 1 || r.pos === pos || r.lang !== 'en') continue;
      let n = cache.get(w);
      if (!n) {
        n = { lang: r.lang, words: [w], pos, kind: r.kind, roles: r.roles };
        cache.set(w, n);
      }
      return { t: n, start: i, end: i + 1, head: i };
    }
  }
  return null;
}

/** Nominal triggers made from verb rows, by noun (see nominalAt). */
const NOMINAL_ROWS = new Map<string, Trigger>();

/**
 * Whether the noun at i stands where a noun names an act: before "of", "by", "against" or "on" ("the
 * deportation of", "the suspension by"), or after a possessive ("Russia's", "his resignation").
 */
function eventNominalSlot(t: Tokens, i: number, t1: number): boolean {
  const n = nextTok(t, i);
  if (n >= 0 && n < t1) {
    const w = t.lower[n]!;
    if (w === 'of' || w === 'by' || w === 'against' || w === 'on') return true;
  }
  const b = prevTok(t, i);
  if (b >= 0 && (t.lower[b] === "'s" || t.lower[b] === '’s' || POSSESSIVE.has(t.lower[b]!))) return true;
  // (lane plover19) the object of a verb of facing an act held out on a condition ("they faced deportation if they
  // filmed the protests", "face expulsion unless"): see conditionalBefore
  return conditionalBefore(t, i, 0, i + 1, t1) !== null;
}

/**
 * A noun made from the verb of a one-word verb row of data/event-triggers.tsv ("the deportation of
 * the suspect" as "deport", "his resignation" as "resign"): a noun trigger of that row's kind, or null.
 */
function nominalAt(t: Tokens, i: number, w: string): Match | null {
  return derivedAt(i, w, nominalBases(w), 'N', NOMINAL_ROWS);
}

/** Trigger matches of one sentence, longest first at each token, without overlaps. */
function findTriggers(t: Tokens, t0: number, t1: number): Match[] {
  let out: Match[] | null = null;
  const kind = t.kind;
  const pos = t.pos;
  for (let i = t0; i < t1; i++) {
    if (kind[i] === Kind.Space || kind[i] === Kind.Punct || kind[i] === Kind.Number) continue;
    if (cyr(t, i)) {
      const r = ruukAt(t, i, t1, 'trigger');
      if (r) {
        // kind "none": an adjective of a trigger's stem that names a unit or a weapon ("штурмовых групп")
        if (r.row.trigger) (out ??= []).push({ t: r.row.trigger, start: i, end: r.end, head: i });
        i = r.end - 1;
      }
      continue;
    }
    // (a function word opens a trigger only as the first word of a row of pos F: "out of the question")
    if (kind[i] !== Kind.Word || (!OPEN_CLASS[pos[i]!] && !FUNCTION_FIRST.has(t.lower[i]!))) continue;
    const lemma = t.lemma[i]!;
    const lower = t.lower[i]!;
    const a = rowsOf(TRIGGERS, lemma);
    const b = lower !== lemma ? rowsOf(TRIGGERS, lower) : undefined;
    let best: Match | null = null;
    if (a) best = bestOf(t, i, t1, a, false, best);
    if (b) best = bestOf(t, i, t1, b, false, best);
    if (!a && !b && lower.length > 3 && (lower === lemma ? hasEnding(lower) : lower.endsWith('ed'))) {
      // words whose lemma the tagger could not give (read as an adjective or a name) or gave wrong
      // ("raped" → "rap")
      for (const f of fallbackBases(lower)) {
        const c = rowsOf(TRIGGERS, f);
        if (c) {
          best = bestOf(t, i, t1, c, true, best);
          break;
        }
      }
    }
    if (!best && !a && !b) {
      if ((pos[i] === P.NOUN || pos[i] === P.PROPN) && NOMINAL.test(lower) && eventNominalSlot(t, i, t1)) best = nominalAt(t, i, lower);
      else if (pos[i] === P.VERB && lemma.length > 3 && lemma !== lower) best = verbalAt(t, i, lemma);
    }
    if (best && best.end - best.start === 1 && attributive(t, i) && !headlineVerb(t, i)) best = null;
    if (best && best.end - best.start === 1 && compoundModifier(t, i, t1)) best = null;
    if (best) {
      (out ??= []).push(best);
      i = best.end - 1;
    }
  }
  return out ?? NO_MATCHES;
}

/**
 * (lane plover14) Whether the one-word trigger at i is the first part of a hyphen compound that
 * modifies a noun, naming no event: "closed-door meetings", "the swearing-in ceremony", "bomb-making
 * equipment". A phrasal-verb noun keeps its event ("shoot-out", "break-in", "hand-over": a particle
 * after the hyphen) unless the first part is an -ing form ("swearing-in"). Or the second part of a compound
 * right before a noun ("the strike-hit port", "a US-brokered truce").
 */
function compoundModifier(t: Tokens, i: number, t1: number): boolean {
  // the second part of a hyphen compound before a noun: "the strike-hit port", "a US-brokered truce",
  // "Iran-backed militias" (a noun after the compound: it is a modifier)
  if (i >= 2 && t.lower[i - 1] === '-' && t.end[i - 1] === t.start[i] && t.end[i - 2] === t.start[i - 1] && t.kind[i - 2] === Kind.Word) {
    const n = nextTok(t, i);
    return n >= 0 && n < t1 && (t.pos[n] === P.NOUN || t.pos[n] === P.PROPN);
  }
  const h = i + 1;
  const w = i + 2;
  if (w >= t1 || t.lower[h] !== '-' || t.start[h] !== t.end[i] || t.start[w] !== t.end[h] || t.kind[w] !== Kind.Word) return false;
  const second = t.lower[w]!;
  if (PARTICLES.has(second) || second === 'in' || second === 'on') return t.lower[i]!.endsWith('ing');
  return true;
}

/** The instrument named within 8 tokens of the trigger, in its sentence (nearest first). */
function instrumentNear(t: Tokens, m: Match, t0: number, t1: number, target: [number, number] | null): string | null {
  // Russian and Ukrainian put the weapon further from the verb ("ракета попала в жилой дом, шесть
  // человек погибли"): twice the window
  const w = m.t.roles === 'none' && cyr(t, m.head) ? 16 : 8;
  const lo = Math.max(t0, m.start - w);
  const hi = Math.min(t1, m.end + w);
  let best: string | null = null;
  let bestD = Infinity;
  let chemical = false;
  for (let i = lo; i < hi; i++) {
    if (t.kind[i] === Kind.Space || t.kind[i] === Kind.Punct) continue;
    // what was hit is not what hit it ("destroyed 7 tanks")
    if (target && i >= target[0] && i < target[1] && (t.kind[i] !== Kind.Word || !rowsOf(INSTRUMENTS, t.lemma[i]!)?.some((x) => x.instrument === 'mine'))) continue;
    if (cyr(t, i)) {
      const c = ruukAt(t, i, t1, 'instrument');
      if (!c) continue;
      const d = i < m.start ? m.start - i : i >= m.end ? i - m.end + 1 : 0;
      if (d < bestD) {
        bestD = d;
        best = c.row.value;
      }
      continue;
    }
    if (t.kind[i] !== Kind.Word) continue;
    let r = longestAt(t, INSTRUMENTS, i, t1);
    // a mine is what one hits or steps on and still what exploded ("his car hit a mine")
    if (r && r.row.instrument !== 'mine' && target && i >= target[0] && i < target[1]) continue;
    if (!r) {
      // a plural the tagger left unlemmatised ("Drones"/PROPN)
      const w = t.lower[i]!;
      const one = w.length > 3 && w.endsWith('s') ? rowsOf(INSTRUMENTS, w.slice(0, -1)) : undefined;
      const row = one?.find((x) => x.words.length === 1);
      if (!row) continue;
      r = { row, end: i + 1 };
    }
    // a chemical agent names the attack whatever delivered it ("tear-gas grenades containing
    // chloropicrin": ACLED "Chemical weapon")
    if (r.row.instrument === 'chemical') chemical = true;
    const d = i < m.start ? m.start - i : i >= m.end ? i - m.end + 1 : 0;
    if (d < bestD) {
      bestD = d;
      best = r.row.instrument;
    }
  }
  return chemical ? 'chemical' : best;
}

/**
 * The classes of the object words (data/event-objects.tsv) in the trigger's target or within 6
 * words after it in its clause ("lifted the blockade", "cut food supplies", "opened fire on a bus").
 */
function objectClasses(t: Tokens, m: Match, t1: number, target: [number, number] | null): Set<string> {
  const out = new Set<string>();
  // a passive's target is its subject, before the trigger ("The talks were called off")
  if (target !== null && target[1] <= m.start) {
    for (let i = target[0]; i < target[1]; i++) {
      if (t.kind[i] !== Kind.Word || cyr(t, i)) continue;
      const r = longestAt(t, OBJECTS, i, target[1]);
      if (r) out.add(r.row.cls);
    }
  }
  // the noun phrase a trigger row's "…" gap holds is the act's object too ("let aid trucks into
  // Gaza"): the words between the head and the row's last word
  let last = m.end - 1;
  while (last > m.head && t.kind[last] === Kind.Space) last--;
  for (let i = m.head + 1; i < last; i++) {
    if (t.kind[i] !== Kind.Word || cyr(t, i)) continue;
    const r = longestAt(t, OBJECTS, i, last);
    if (r) out.add(r.row.cls);
  }
  const hi = Math.min(t1, Math.max(m.end + 12, target ? target[1] : 0));
  let words = 0;
  // the object is the trigger's own noun phrase: a subordinator opens another clause ("ended after
  // troops captured the district"), and a preposition after the object's noun a phrase about
  // something else ("suspended the search for survivors under the emergency decree"); "of" goes on
  // with the phrase ("a number of sanctions"), "at", "on" and "against" name the act's target as the
  // svo roles read it ("fired live ammunition at protesters"), and a preposition before any noun may
  // open the object ("opened fire on a bus")
  let noun = false;
  for (let i = m.end; i < hi; i++) {
    const kd = t.kind[i];
    if (kd === Kind.Space) continue;
    if (isStop(t, i)) break;
    if (kd === Kind.Word && !cyr(t, i)) {
      const pi = t.pos[i];
      if (pi === P.SCONJ || (SUBORDINATOR.has(t.lower[i]!) && (pi === P.ADP || pi === P.VERB))) break;
      // ("in" after an amount goes on with what the money is: "50 million euros in humanitarian aid";
      // "for" after a request's addressee names what is asked for: "asked Washington for more weapons")
      if (noun && pi === P.ADP && !OBJECT_PREPS.has(t.lower[i]!) && !(t.lower[i] === 'in' && AMOUNT_NOUNS.has(t.lower[prevTok(t, i)] ?? '')) && !(t.lower[i] === 'for' && m.t.kind === 'request')) break;
      if (pi === P.NOUN || pi === P.PROPN || pi === P.PRON) noun = true;
    }
    const inTarget = target !== null && i >= target[0] && i < target[1];
    if (!inTarget && ++words > 6) break;
    if (kd === Kind.Punct || kd === Kind.Number) continue;
    if (cyr(t, i)) {
      const c = ruukAt(t, i, t1, 'object');
      // a weapon in the instrumental case is what struck, not what was struck ("разбитого ракетой дома")
      if (c && !(c.row.value === 'munition' && INSTRUMENTAL.test(t.lower[i]!))) out.add(c.row.value);
      continue;
    }
    if (kd !== Kind.Word) continue;
    const r = longestAt(t, OBJECTS, i, t1);
    if (r && !(r.row.cls === 'combat' && !ownCombat(t, m, i))) out.add(r.row.cls);
  }
  return out;
}

/**
 * Whether the fighting named at token i after a trigger is the agent's own to stop (lane mendP): an
 * owner named before the word ("the Russian offensive", "the rebel offensive", "Russia's shelling")
 * makes it another side's, stopped by force, not a ceasefire; the fighting of one side (data/grammar-words.tsv
 * role combat-one-sided: "offensive", "airstrikes") with no owner is the agent's own only after a verb of
 * suspending ("would halt the shelling"), not after "stop" ("air defences stopped the airstrikes"); "its",
 * "their" and the fighting of both sides ("the fighting", "hostilities") are the agent's own.
 */
function ownCombat(t: Tokens, m: Match, i: number): boolean {
  let own = false;
  for (let k = m.end; k < i; k++) {
    if (t.kind[k] !== Kind.Word) continue;
    const w = t.lower[k]!;
    if (w === 'its' || w === 'their' || w === 'our') own = true;
    else if (t.pos[k] === P.PROPN || w === "'s" || w === '\u2019s' || NATIONS().has(w)) return false;
    else if (t.pos[k] === P.NOUN && !ONE_SIDED.has(w)) return false;
  }
  return own || !ONE_SIDED.has(t.lower[i]!) || m.t.kind === 'suspend';
}

let nations: Set<string> | undefined;
/** National adjectives and demonyms of data/demonyms.tsv, lower case (loaded once). */
function NATIONS(): Set<string> {
  return (nations ??= new Set(table('demonyms.tsv').map((r) => r[0]!.toLowerCase())));
}

/** Words for the fighting of one side (data/grammar-words.tsv role combat-one-sided). */
const ONE_SIDED = grammarSet('combat-one-sided');

/** Nouns of a sum of money after which "in" names what the money is (data/grammar-words.tsv role amount-noun). */
const AMOUNT_NOUNS = grammarSet('amount-noun');

/** Prepositions after an object's noun that go on with the object or name the act's target (see objectClasses). */
const OBJECT_PREPS = new Set(['of', 'at', 'on', 'against']);

const NO_CLASSES: Set<string> = new Set();

/** ", in the" / "in" / "of the" between a place and the larger place named after it. */
const WITHIN_GAP = /^,?\s+(in|of)\s+(the\s+)?$/i;

/**
 * The country of a place, read from the larger place named right after it when the text says the
 * one lies in the other ("Pogrebki in the Kursk region": the region's country, whatever country a
 * village of that name elsewhere belongs to).
 */
function countryWithin(doc: Doc, place: number, sentPlaces: readonly number[]): string | null {
  const pl = doc.places[place]!;
  let cur = pl;
  // (across a list of places: "Ploskoe and Nikolaevo-Darino in the Kursk region")
  for (const q of sentPlaces) {
    const o = doc.places[q]!;
    if (o.start <= cur.end) continue;
    if (o.start - cur.end > 12) break;
    const gap = doc.text.slice(cur.end, o.start);
    if (WITHIN_GAP.test(gap)) return o.country ?? pl.country;
    if (!LIST_GAP.test(gap)) break;
    cur = o;
  }
  return pl.country;
}

/** ", " / " and " / ", and " between two places of a list. */
const LIST_GAP = /^(,\s*|,?\s+and\s+)$/;

/**
 * The classes of the object words (data/event-objects.tsv) inside an active verb's subject, and
 * `state` when the subject ends in a place name: a country or capital standing for its government
 * ("Beijing protested", "China protested to Japan"). Rows with condition agent=CLASS read them.
 */
function agentClasses(doc: Doc, agentTok: [number, number], sentPlaces: readonly number[]): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (let i = agentTok[0]; i < agentTok[1]; i++) {
    if (t.kind[i] !== Kind.Word || cyr(t, i)) continue;
    const r = longestAt(t, OBJECTS, i, agentTok[1]);
    if (r) out.add(r.row.cls);
  }
  // the whole subject but its determiner is the place ("Tokyo", "the United States"; not "Residents of Kiev")
  let a = agentTok[0];
  while (a < agentTok[1] && (t.kind[a] === Kind.Space || t.pos[a] === P.DET)) a++;
  const end = t.end[agentTok[1] - 1]!;
  for (const p of sentPlaces) {
    const pl = doc.places[p]!;
    if (pl.end === end && a < agentTok[1] && pl.start === t.start[a]) out.add('state');
  }
  if (namesTwoParties(doc.text, t, agentTok)) out.add('pair');
  return out;
}

/**
 * (lane plover18) Whether a subject names two parties joined by "and": a capitalised name or adjective
 * right before the "and" and another right after it, past a determiner ("India and Bangladesh",
 * "Indian and Bangladeshi border guards", "The United States and the Philippines"; not "farmers and
 * students"). Rows with condition agent=pair read it (joint drills, CAMEO 062).
 */
function namesTwoParties(text: string, t: Tokens, agentTok: [number, number]): boolean {
  const named = (k: number) => k >= 0 && (t.pos[k] === P.PROPN || t.pos[k] === P.ADJ) && /^[A-Z]/.test(text.charAt(t.start[k]!));
  // (the subject read may be the last conjunct alone: "and" right before it joins it to a name)
  const before = prevTok(t, agentTok[0]);
  const from = before >= 0 && t.lower[before] === 'and' ? before : agentTok[0];
  for (let i = from; i < agentTok[1]; i++) {
    if (t.lower[i] !== 'and') continue;
    const p = prevTok(t, i);
    let n = nextTok(t, i);
    if (n >= 0 && n < agentTok[1] && t.pos[n] === P.DET) n = nextTok(t, n);
    if (n < 0 || n >= agentTok[1]) continue;
    if (named(p) && named(n)) return true;
  }
  return false;
}

const CROWD_NUMBER = grammarSet('crowd-number');

/**
 * (fix lane C, reviewer finding 8) The classes of data/event-objects.tsv of the head noun of an active
 * verb's subject: its last word before "of" or another preposition ("Families of soldiers" → families),
 * past a number noun of grammar role crowd-number ("Thousands of soldiers" → soldiers). A subject read
 * just after "of" (past up to three modifiers) is the tail of a longer one ("Wives of mobilised
 * soldiers"): no head is read. Rows with condition head=CLASS read them.
 */
function headClasses(t: Tokens, agentTok: [number, number]): Set<string> {
  const out = new Set<string>();
  let k = prevTok(t, agentTok[0]);
  for (let n = 0; n < 3 && k >= 0 && (t.pos[k] === P.ADJ || t.pos[k] === P.VERB || t.pos[k] === P.NUM || t.pos[k] === P.DET); n++) k = prevTok(t, k);
  if (k >= 0 && t.lower[k] === 'of') return out;
  let head = -1;
  for (let i = agentTok[0]; i < agentTok[1]; i++) {
    if (t.kind[i] !== Kind.Word || cyr(t, i)) continue;
    if (t.pos[i] === P.ADP) {
      if (head >= 0 && t.lower[i] === 'of' && CROWD_NUMBER.has(t.lower[head]!)) {
        head = -1;
        continue;
      }
      break;
    }
    head = i;
  }
  if (head < 0) return out;
  for (const f of new Set([t.lower[head]!, t.lemma[head]!])) for (const r of rowsOf(OBJECTS, f) ?? []) if (r.words.length === 1) out.add(r.cls);
  return out;
}

/** Russian and Ukrainian instrumental-case endings of nouns (ракетой, дроном, беспилотниками, ракетою). */
const INSTRUMENTAL = /(ой|ою|ом|ем|єм|ами|ями)$/;

/**
 * How many words stand in the tokens [a, b): tokens other than spaces, a hyphen and the token glued
 * right after a hyphen counting none ("a dusk-to-dawn" is two words).
 */
function wordsBetween(t: Tokens, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    if (t.kind[i] === Kind.Space || t.lower[i] === '-' || (i > a && t.lower[i - 1] === '-')) continue;
    n++;
  }
  return n;
}

/** The next non-space token after i, or -1. */
function nextTok(t: Tokens, i: number): number {
  let k = i + 1;
  while (k < t.n && t.kind[k] === Kind.Space) k++;
  return k < t.n && t.sent[k] === t.sent[i] ? k : -1;
}

/** The previous non-space token before i in its sentence, or -1. */
function prevTok(t: Tokens, i: number): number {
  let k = i - 1;
  while (k >= 0 && t.kind[k] === Kind.Space) k--;
  return k >= 0 && t.sent[k] === t.sent[i] ? k : -1;
}

const POSSESSIVE = grammarSet('possessive');
/** Nouns of a place built for an activity (data/grammar-words.tsv role facility-noun). */
const FACILITY = grammarSet('facility-noun');

/**
 * (lane events) Whether the bare word at i, tagged a noun, is a headline's present-tense verb after a
 * plural subject opening the line: "Rebels ambush army patrol near border", "Rights groups protest
 * army crackdown", or its -s form after a name ("Mexico probes army over ..."). The subject is one to three nouns, names or adjectives from the line's start, the
 * last a plural; the line has no final period and no word the tagger read as a verb or auxiliary, so a
 * noun compound in running text ("Rebel attack kills five", "... ambush army patrols.") keeps its reading.
 */
function headlineVerb(t: Tokens, i: number): boolean {
  if (t.pos[i] !== P.NOUN) return false;
  const w = t.lower[i]!;
  const lemma = t.lemma[i]!;
  // the bare form after a plural subject, or the -s form after a name ("Mexico probes army over ...")
  const bare = lemma === w;
  if (!bare && w !== lemma + 's' && w !== lemma + 'es') return false;
  const b = prevTok(t, i);
  if (b < 0) return false;
  const subj = t.lower[b]!;
  if (bare ? !(t.pos[b] === P.NOUN || t.pos[b] === P.PROPN) || subj.length < 4 || !subj.endsWith('s') || subj.endsWith('ss') : t.pos[b] !== P.PROPN) return false;
  let k = b;
  for (let words = 1; ; words++) {
    const p = prevTok(t, k);
    if (p < 0) break;
    if (words >= 3 || !(t.pos[p] === P.NOUN || t.pos[p] === P.PROPN || t.pos[p] === P.ADJ)) return false;
    k = p;
  }
  let last = i;
  for (let x = k; x >= 0; x = nextTok(t, x)) {
    if (t.pos[x] === P.VERB || t.pos[x] === P.AUX) return false;
    last = x;
  }
  return t.lower[last] !== '.';
}

/**
 * Whether the single-word trigger at i modifies the noun after it instead of naming an act:
 * a participle before its noun ("occupied villages", "Retreating Russian troops", "an attacking
 * force"), or a trigger noun compounded with a body of people ("occupation authorities") or with those who
 * lead or speak for it ("protest leaders", "strike organisers").
 */
function attributive(t: Tokens, i: number): boolean {
  const w = t.lower[i]!;
  const p = t.pos[i]!;
  let n = nextTok(t, i);
  if (n < 0) return false;
  if ((p === P.NOUN || p === P.PROPN) && !w.endsWith('ing')) {
    // (lane plover14) or with a facility noun: "a detention centre", "the launch site" name a place
    if (FACILITY.has(t.lower[n]!)) return true;
    const r = rowsOf(OBJECTS, t.lower[n]!);
    // (lane plover, own13) or with the people who lead or speak for it ("protest leaders", "strike committee")
    return r !== undefined && r.some((x) => (x.cls === 'holder' || x.cls === 'cadre') && x.words.length === 1);
  }
  const ed = w.endsWith('ed');
  // (a capitalised participle opening the sentence, which the tagger may read as a name: "Striking workers ...")
  const opening = p === P.PROPN && prevTok(t, i) < 0;
  if (!(ed || w.endsWith('ing')) || (p !== P.ADJ && p !== P.VERB && !opening)) return false;
  // (lane plover, own12) a word the tagger read as an adjective is the head noun when a verb follows it
  // ("A jailed dissident has refused food", "An exiled dissident urged ...")
  let headAdj = false;
  if (t.pos[n] === P.ADJ) {
    n = nextTok(t, n);
    headAdj = n >= 0 && (t.pos[n] === P.AUX || t.pos[n] === P.VERB);
  }
  if (!headAdj && (n < 0 || (t.pos[n] !== P.NOUN && t.pos[n] !== P.PROPN))) return false;
  const b = prevTok(t, i);
  if (b < 0) return true;
  const bp = t.pos[b]!;
  if (bp === P.DET || bp === P.ADJ || (bp === P.PRON && POSSESSIVE.has(t.lower[b]!))) return true;
  // (lane plover, own13) or a finite verb: a participle between a verb and a noun is no second verb ("to let
  // wounded Palestinians leave", "evacuated wounded civilians"); after an auxiliary it is the verb ("have wounded two")
  return ed && (bp === P.ADP || bp === P.VERB);
}

const isStop = (t: Tokens, i: number): boolean => t.kind[i] === Kind.Punct && CLAUSE_STOP.has(t.lower[i]!);
const isWordTok = (t: Tokens, i: number): boolean => t.kind[i] === Kind.Word || t.kind[i] === Kind.Number;

/** A noun phrase ending at token e-1 (walking left), as [a, e), or null. */
function npEndingAt(t: Tokens, e: number, t0: number): [number, number] | null {
  let a = e;
  let nouns = 0;
  while (a > t0 && e - a < MAX_NP) {
    const k = a - 1;
    if (t.kind[k] === Kind.Space) break;
    const p = t.pos[k]!;
    // agent/target resolution: a plural possessive ("the occupiers' drones") stays in the phrase like "'s"
    const pluralPossessive = (t.lower[k] === "'" || t.lower[k] === '’') && k > t0 && t.end[k - 1] === t.start[k] && /s$/.test(t.lower[k - 1]!);
    if (NP_POS.has(p) || (p === P.PART && t.lower[k] === "'s") || pluralPossessive || (t.lower[k] === '-' && t.end[k - 1] === t.start[k])) {
      if (p === P.NOUN || p === P.PROPN || p === P.PRON) nouns++;
      a = k;
      if (p === P.PRON && t.lower[k] !== 'our' && t.lower[k] !== 'their' && t.lower[k] !== 'its') break;
      continue;
    }
    break;
  }
  while (a < e && (t.pos[a] === P.PART || t.lower[a] === '-')) a++;
  return nouns > 0 && a < e ? [a, e] : null;
}

const LOCATIVE = new Set(['near', 'in', 'at', 'outside', 'around', 'on', 'along']);

/**
 * The subject noun phrase ending at token e-1: its head, past a locative phrase after it
 * ("Russian positions near Tetkino came under fire" → "Russian positions"); "X of Y" stays whole.
 */
function subjectNP(t: Tokens, e: number, t0: number): [number, number] | null {
  let np = npEndingAt(t, e, t0);
  if (!np) return null;
  // (lane events) up to three postmodifiers: a locative one leaves the phrase before it, which may itself
  // be an "of" complement ("The mayor of a town in Mexico's Guerrero state" → "The mayor of a town")
  for (let step = 0; step < 3; step++) {
    let k = np[0] - 1;
    while (k > t0 && t.kind[k] === Kind.Space) k--;
    if (k <= t0) return np;
    // (lane plover17) a participle clause after the head: "Demonstrators protesting against the results
    // clashed with police", "Rebels seeking independence attacked" → the head before the participle
    const head = participleHead(t, t.pos[k] === P.ADP ? k : np[0], t0);
    if (head) return head;
    if (t.pos[k] !== P.ADP) return np;
    const before = npEndingAt(t, k, t0);
    if (!before) return np;
    if (t.lower[k] === 'of') return [before[0], np[1]];
    if (!LOCATIVE.has(t.lower[k]!)) return np;
    np = before;
  }
  return np;
}

/**
 * (lane plover17) The noun phrase before an -ing participle that ends right before token b (past
 * spaces): "Demonstrators protesting [against ...]" → "Demonstrators"; null when no participle or no
 * noun phrase (a headed by a noun or name) precedes.
 */
function participleHead(t: Tokens, b: number, t0: number): [number, number] | null {
  let v = b - 1;
  while (v > t0 && t.kind[v] === Kind.Space) v--;
  if (v <= t0 || t.pos[v] !== P.VERB || !t.lower[v]!.endsWith('ing')) return null;
  const np = npEndingAt(t, v, t0);
  if (!np) return null;
  const hp = t.pos[np[1] - 1];
  return hp === P.NOUN || hp === P.PROPN ? np : null;
}

/** A noun phrase starting at token s (walking right), as [s, e), or null. */
function npStartingAt(t: Tokens, s: number, t1: number): [number, number] | null {
  let e = s;
  let lastNoun = -1;
  while (e < t1 && e - s < MAX_NP) {
    if (t.kind[e] === Kind.Space) break;
    // indefinite pronouns the tagger may read as verbs ("everything"/VERB)
    const p = INDEFINITE.test(t.lower[e]!) ? P.PRON : t.pos[e]!;
    if (NP_POS.has(p) || (p === P.PART && t.lower[e] === "'s") || (t.lower[e] === '-' && t.end[e - 1] === t.start[e])) {
      if (p === P.NOUN || p === P.PROPN || p === P.PRON || p === P.NUM) lastNoun = e;
      else if (lastNoun >= 0 && p === P.DET) break;
      e++;
      if (p === P.PRON && lastNoun === e - 1 && t.lower[e - 1] !== 'its' && t.lower[e - 1] !== 'their' && t.lower[e - 1] !== 'our') break;
      continue;
    }
    // "X of Y": keep the head with its "of" complement for places and units ("the town of Bakhmut")
    if (t.lower[e] === 'of' && lastNoun === e - 1 && e + 1 < t1 && (t.pos[e + 1] === P.PROPN)) {
      e++;
      continue;
    }
    break;
  }
  return lastNoun >= 0 ? [s, lastNoun + 1] : null;
}

/** Skips left over adverbs, auxiliaries, particles, "to"-infinitive control verbs and dates. */
function subjectEnd(t: Tokens, i: number, t0: number): number {
  let k = i;
  while (k > t0) {
    const j = k - 1;
    if (t.kind[j] === Kind.Space) {
      k = j;
      continue;
    }
    const p = t.pos[j]!;
    if (p === P.ADV || p === P.AUX || (p === P.PART && t.lower[j] !== "'s") || t.ent[j] === 'DATE' || t.ent[j] === 'TIME') {
      k = j;
      continue;
    }
    // "threatened to strike", "tried to capture", "continued shelling": cross the control verb
    if (p === P.VERB && (t.lower[j + 1] === 'to' || t.pos[j + 1] === P.PART || j + 1 < i || t.lower[i]!.endsWith('ing'))) {
      k = j;
      continue;
    }
    // "on Tuesday" between subject and verb
    if (p === P.ADP && (t.ent[j + 1] === 'DATE' || t.ent[j + 1] === 'TIME')) {
      k = j;
      continue;
    }
    // "reportedly", "also" are ADV; "," ends
    break;
  }
  return k;
}

/** Whether the verb at i is passive ("was shelled", "were killed", "has been captured"). */
function isPassive(t: Tokens, i: number, t0: number): boolean {
  // "is firing" is progressive, not passive
  if (t.lower[i]!.endsWith('ing')) return false;
  for (let k = i - 1, n = 0; k >= t0 && n < 4; k--) {
    if (t.kind[k] === Kind.Space) continue;
    n++;
    const p = t.pos[k]!;
    // ("were being attacked", "had been shelled": the tagger may not give "being" the lemma "be")
    if (t.lower[k] === 'being' || t.lower[k] === 'been') return true;
    if (p === P.AUX || p === P.VERB) return t.lemma[k] === 'be' || t.lemma[k] === 'get';
    if (p !== P.ADV && p !== P.PART) return false;
  }
  return false;
}

/** "by X" within 6 tokens after `e`: the NP after "by". */
function byPhrase(t: Tokens, e: number, t1: number): [number, number] | null {
  for (let k = e; k < t1 && k < e + 6; k++) {
    if (isStop(t, k)) return null;
    if (t.lower[k] === 'by') {
      let s = k + 1;
      while (s < t1 && t.kind[s] === Kind.Space) s++;
      return npStartingAt(t, s, t1);
    }
  }
  return null;
}

/** The object NP after a trigger: directly, or after on/against/at/of/in (nouns) within 4 tokens. */
function objectAfter(t: Tokens, e: number, t1: number, noun: boolean, preps: Set<string>): [number, number] | null {
  let k = e;
  while (k < t1 && t.kind[k] === Kind.Space) k++;
  if (k >= t1 || isStop(t, k)) return null;
  if (t.pos[k] === P.ADP || t.pos[k] === P.SCONJ) {
    if (!preps.has(t.lower[k]!)) return null;
    k++;
    while (k < t1 && t.kind[k] === Kind.Space) k++;
    return npStartingAt(t, k, t1);
  }
  if (noun) return null;
  if (t.pos[k] === P.PART || t.pos[k] === P.ADV) {
    // "shot down two drones": particle of a phrasal verb already in the trigger; "also" etc.
    k++;
    while (k < t1 && t.kind[k] === Kind.Space) k++;
  }
  return npStartingAt(t, k, t1);
}

const VERB_PREPS = new Set(['on', 'against', 'at', 'upon', 'of']);
const NOUN_PREPS = new Set(['on', 'against', 'at', 'of', 'upon', 'targeting']);
const WITHDRAW_PREPS = new Set(['from', 'out']);

/** Per-document context for actor resolution. */
interface Ctx {
  doc: Doc;
  /** side of each claim's speaker (cached) */
  speakerSide: (Array<string | null | undefined>);
  /** indices of places, dates, quantities and sides sorted by start */
  placeIdx: number[];
  dateIdx: number[];
  qtyIdx: number[];
  sideIdx: number[];
}

function sortedIdx(xs: readonly { start: number }[]): number[] {
  const idx = xs.map((_, i) => i);
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) if (xs[i]!.start < xs[i - 1]!.start) sorted = false;
  if (sorted) return idx;
  idx.sort((a, b) => xs[a]!.start - xs[b]!.start || a - b);
  return idx;
}

/** Position in `idx` (sorted by start) of the first span starting at or after `start`. */
function firstAt(xs: readonly { start: number }[], idx: number[], start: number): number {
  return lowerBound(idx.length, (i) => xs[idx[i]!]!.start < start);
}

/** Indices (of `idx`, sorted by start) of spans inside [start, end), in text order. */
function within(xs: readonly { start: number; end: number }[], idx: number[], start: number, end: number): number[] {
  const out: number[] = [];
  let k = lowerBound(idx.length, (i) => xs[idx[i]!]!.start < start);
  for (; k < idx.length; k++) {
    const x = xs[idx[k]!]!;
    if (x.start >= end) break;
    if (x.end <= end) out.push(idx[k]!);
  }
  return out;
}

/**
 * compare's side reading of a phrase, by phrase text, shared by every document: `sideOfPhrase`
 * reads only the phrase and the fixed side lexicon, so a phrase ("Trump", "the Kremlin") met in
 * another document reads the same; the entries are frozen, read-only.
 */
const PHRASE_SIDES = new BoundedMemo<string, { readonly side: string | null; readonly affiliation: string | null }>(50_000);

function phraseSideOnce(text: string): { readonly side: string | null; readonly affiliation: string | null } {
  const info = sideOfPhrase(text);
  return Object.freeze({ side: info.side, affiliation: info.affiliation });
}

/** compare's side reading of `text` (`PHRASE_SIDES`). */
function phraseSide(text: string): { readonly side: string | null; readonly affiliation: string | null } {
  return PHRASE_SIDES.get(text, phraseSideOnce);
}

function claimSpeakerSide(ctx: Ctx, claim: number | null): string | null {
  if (claim === null) return null;
  const cached = ctx.speakerSide[claim];
  if (cached !== undefined) return cached;
  const sp = ctx.doc.claims[claim]?.speaker;
  let side: string | null = null;
  if (sp) {
    side = phraseSide(sp.name ?? sp.text).side;
    if (side === null && sp.name && sp.text) side = phraseSide(sp.text).side;
  }
  ctx.speakerSide[claim] = side;
  return side;
}

/** The actor and side of the tokens [a, b). */
function resolveActor(ctx: Ctx, a: number, b: number, claim: number | null): EventActor {
  const doc = ctx.doc;
  const t = doc.tokens;
  const start = t.start[a]!;
  const end = t.end[b - 1]!;
  const text = doc.text.slice(start, end);
  let side: string | null = null;
  let actor: string | null = null;
  // an entity inside the phrase
  for (let k = a; k < b; k++) {
    const ei = doc.entityAt[k] ?? -1;
    if (ei >= 0) {
      const e = doc.entities[ei]!;
      if (e.type !== 'place' && e.name) {
        actor = e.name;
        break;
      }
    }
  }
  if (ENEMY.test(text)) {
    side = opponent(claimSpeakerSide(ctx, claim));
  } else if (OWN.test(text)) {
    side = claimSpeakerSide(ctx, claim);
  } else {
    for (let k = firstAt(doc.sides, ctx.sideIdx, start); k < ctx.sideIdx.length; k++) {
      const sd = doc.sides[ctx.sideIdx[k]!]!;
      if (sd.start >= end) break;
      if (sd.end <= end && sd.country) {
        side = sd.country;
        break;
      }
    }
    // data/actors.tsv and countries.tsv name sides with capitalised words ("Russian", "Kremlin",
    // "Wagner") or hyphenated cues ("pro-war"): other phrases are not looked up
    if (actor || CAPITAL_OR_HYPHEN.test(text)) {
      const info = phraseSide(actor ? `${text} ${actor}` : text);
      side ??= info.side;
      actor ??= info.affiliation;
    }
    if (side === null) {
      // a place named in the phrase stands for its country ("Kyiv's forces", "Ukraine's army")
      for (let k = firstAt(doc.places, ctx.placeIdx, start); k < ctx.placeIdx.length; k++) {
        const p = doc.places[ctx.placeIdx[k]!]!;
        if (p.start >= end) break;
        if (p.end <= end && p.country && p.level === 'country') {
          side = p.country;
          break;
        }
      }
    }
  }
  return { start, end, text, actor, side };
}

/** The claim whose content holds [s, e), or null. */
function claimOf(doc: Doc, s: number, e: number): number | null {
  for (let c = 0; c < doc.claims.length; c++) {
    for (const f of doc.claims[c]!.content) if (f.start <= s && e <= f.end) return c;
  }
  return null;
}

/** Modifier effects within `n` word tokens before token i (in its clause). */
const NO_MODS: string[] = [];
function modifiersBefore(t: Tokens, i: number, t0: number, n: number): string[] {
  let out: string[] = NO_MODS;
  let seen = 0;
  for (let k = i - 1; k >= t0 && seen < n; k--) {
    if (t.kind[k] === Kind.Space) continue;
    if (isStop(t, k)) break;
    seen++;
    if (cyr(t, k)) {
      const c = ruukAt(t, k, i, 'modifier');
      if (c && c.row.value !== 'none') (out === NO_MODS ? (out = []) : out).push(c.row.value);
      continue;
    }
    const r = longestAt(t, MODIFIERS, k, i);
    // (a row of effect none holds a negation word that negates nothing: "would not hesitate to", "not only")
    if (r && r.row.where === 'before' && r.row.effect !== 'none') (out === NO_MODS ? (out = []) : out).push(r.row.effect);
    // "not" inside a contraction ("didn't") is its own token in wink
  }
  return out;
}

/**
 * (lane plover19) The effect of a modifier row of where 'conditional' ("face", "risk") among the two words
 * before token i in its clause, when a word of a row of where 'condition' ("if", "unless") follows the
 * trigger's end `e` in the sentence [t0, t1); else null.
 */
function conditionalBefore(t: Tokens, i: number, t0: number, e: number, t1: number): string | null {
  let effect: string | null = null;
  let seen = 0;
  for (let k = i - 1; k >= t0 && seen < 2 && effect === null; k--) {
    if (t.kind[k] === Kind.Space) continue;
    if (isStop(t, k)) break;
    seen++;
    if (t.kind[k] !== Kind.Word || cyr(t, k)) continue;
    const r = longestAt(t, CONDITIONALS, k, i);
    if (r) effect = r.row.effect;
  }
  if (effect === null) return null;
  for (let k = e; k < t1; k++) {
    if (t.kind[k] !== Kind.Word) continue;
    if (longestAt(t, CONDITIONS, k, t1)) return effect;
  }
  return null;
}

/**
 * First words of the modifier rows of effect 'false' ("not true", "fabricated"): the longest row at a
 * token (`longestAt`) starts with its lemma, its form, or (a name) its form less a final -s, so a
 * token none of which is here cannot give a 'false' row and is not looked at.
 */
const FALSE_FIRST = new Set<string>();
for (const list of MODIFIERS.byFirst.values()) for (const m of list) if (m.effect === 'false') FALSE_FIRST.add(m.words[0]!);

/** Whether the sentence [t0, t1) holds a modifier of effect 'false' ("That is not true", "fabricated"). */
function sentenceHasFalse(t: Tokens, t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) {
    if (t.kind[k] !== Kind.Word) continue;
    const w = t.lower[k]!;
    if (!FALSE_FIRST.has(t.lemma[k]!) && !FALSE_FIRST.has(w) && !(t.pos[k] === P.PROPN && w.endsWith('s') && FALSE_FIRST.has(w.slice(0, -1)))) continue;
    const r = longestAt(t, MODIFIERS, k, t1);
    if (r && r.row.effect === 'false') return true;
  }
  return false;
}


/** One condition of a type row's `cond` ("*", "none", "key=value"), split once. */
interface Cond { c: string; key: string; val: string }

/** The conditions of each `cond` string of data/event-types.tsv (split on "&", then at "="), built once per string. */
const CONDS = new Map<string, Cond[]>();
function condsOf(cond: string): Cond[] {
  let cs = CONDS.get(cond);
  if (!cs) {
    // (lane plover, 12th version) "A&B": both conditions hold
    cs = (cond.includes('&') ? cond.split('&') : [cond]).map((c) => {
      const eq = c.indexOf('=');
      return { c, key: c.slice(0, eq), val: c.slice(eq + 1) };
    });
    CONDS.set(cond, cs);
  }
  return cs;
}

/** The first type row of `kind` whose condition holds. */
function pickType(kind: string, instr: () => string | null, gov: 'yes' | 'no' | 'unknown', targetText: string, equipment: () => boolean, obj: () => Set<string>, tgt: () => Set<string>, hasPlace: boolean, agt: () => Set<string>, passive: boolean, head: () => Set<string>, neg: () => boolean): TypeRow | null {
  const rows = TYPES.get(kind);
  if (!rows) return null;
  const holds = ({ c, key, val }: Cond): boolean => {
    if (c === '*') return true;
    if (c === 'none') return instr() === null;
    if (key === 'instr') return instr() === val;
    if (key === 'gov') return gov === val;
    // (lane plover, 12th version) tgt=none: the act has no target ("drivers struck for higher pay")
    if (key === 'tgt' && val === 'none') return targetText === '';
    if (key === 'tgt' && val === 'civilian') return CIVILIAN.test(targetText) || obj().has('civilian');
    if (key === 'tgt' && val === 'equipment') return equipment();
    if (key === 'tgt') return tgt().has(val);
    if (key === 'obj') return obj().has(val);
    if (key === 'agent') return agt().has(val);
    if (key === 'head') return head().has(val);
    if (key === 'place') return val === 'none' && !hasPlace;
    if (key === 'voice') return val === 'passive' && passive;
    // (lane plover19) neg=yes: a negation among the words before the trigger ("would not entertain")
    if (key === 'neg') return neg() === (val === 'yes');
    return false;
  };
  for (const r of rows) if (condsOf(r.cond).every(holds)) return r;
  return null;
}

const span = (doc: Doc, a: number, b: number): TextSpan => {
  const s = doc.tokens.start[a]!;
  const e = doc.tokens.end[b - 1]!;
  return { start: s, end: e, text: doc.text.slice(s, e) };
};

/** Whether a match's head is a capitalised word inside a longer name of a person, organisation or group. */
function inName(doc: Doc, m: Match): boolean {
  const ei = doc.entityAt[m.head] ?? -1;
  if (ei < 0) return false;
  const e = doc.entities[ei]!;
  if (e.type === 'place' || e.type === 'unknown') return false;
  const t = doc.tokens;
  const c = doc.text.charCodeAt(t.start[m.head]!);
  if (c < 65 || c > 90) return false;
  // (or the whole name, tagged a proper noun and typed a person or organisation: "Amnesty said ...")
  return e.start < t.start[m.start]! || e.end > t.end[m.end - 1]! || t.pos[m.head] === P.PROPN;
}

/** Events of one sentence (token range [t0, t1)). */
function sentenceEvents(ctx: Ctx, si: number, t0: number, t1: number, out: EventMention[]): void {
  const doc = ctx.doc;
  const t = doc.tokens;
  let matches = findTriggers(t, t0, t1);
  if (matches.length === 0) return;
  // a capitalised trigger word inside a longer name ("Amnesty International", "Hamas Strike Group")
  // is part of that name, not an event
  matches = matches.filter((m) => !inName(doc, m));
  if (matches.length === 0) return;
  // a light verb ("launched an attack", "imposed a curfew", "gave an ultimatum") followed by another
  // trigger at most three words on (a hyphen compound is one word: "imposed a dusk-to-dawn curfew"; lane
  // plover, 12th version: a determiner and two modifiers, "launched a new ground offensive"): one event, whose modifiers are read before the light verb (not before a noun that names
  // no event: kind not_event)
  let modFrom: Map<Match, number> | null = null;
  if (matches.some((m) => m.t.light)) {
    const mf = (modFrom = new Map<Match, number>());
    matches = matches.filter((m, k) => {
      const next = matches[k + 1];
      if (m.t.light && next && wordsBetween(t, m.end, next.start) <= 3 && next.t.kind !== 'not_event' && (m.t.kind === 'launch' || next.t.pos !== 'V')) {
        mf.set(next, m.start);
        return false;
      }
      return true;
    });
  }
  const sent = doc.sentences[si]!;
  // (worked out when the first event of the sentence is kept: most sentences with a trigger keep none)
  let sub: number[] | null | undefined;
  const sentPlaces = within(doc.places, ctx.placeIdx, sent.start, sent.end);
  const sentDates = within(doc.dates, ctx.dateIdx, sent.start, sent.end);
  let falseChecked = false;
  let hasFalse = false;
  const evs: EventMention[] = [];
  /** Token range and nominality of each entry of evs (parallel). */
  const evToks: { start: number; end: number; noun: boolean }[] = [];
  /** (lane plover19) Subjects of kept triggers whose subject is what they act on (roles tgt), as token ranges. */
  const subjTargets: [number, number][] = [];
  for (const m of matches) {
    // (lane plover18) "armed" describing a noun ("Armed men stabbed", "a man armed with a knife") arms no one
    if (ADJECTIVAL_KINDS.has(m.t.kind) && attributiveParticiple(t, m.head, t0)) continue;
    const headPos = t.pos[m.head]!;
    const noun = m.t.pos === 'N' || (m.t.pos === '*' && (headPos === P.NOUN || headPos === P.PROPN));
    const trig = span(doc, m.start, m.end);
    const claim = claimOf(doc, trig.start, trig.end);
    let agentTok: [number, number] | null = null;
    let agentRead: EventActor | null = null;
    let targetTok: [number, number] | null = null;
    let rule = 'trigger';
    // (lane plover, own13) a noun trigger's doer named by "by X" ("a strike by dock workers"), read like a passive's
    let byAgent = false;
    const roles = m.t.roles;
    if (roles === 'tgt') {
      targetTok = subjectNP(t, subjectEnd(t, m.start, t0), t0);
      agentTok = byPhrase(t, m.end, t1);
      rule = 'subject-target';
    } else if (roles !== 'none') {
      if (noun) {
        // a side or name inside the compound before the noun ("Russian drone strike", "Ukraine's attack")
        const np = npEndingAt(t, m.start, t0);
        if (np) {
          let a = np[0];
          let b = np[1];
          // leave out determiners and instrument words at the end of the compound
          while (b > a && (t.pos[b - 1] === P.NOUN && longestAt(t, INSTRUMENTS, b - 1, b) !== null)) b--;
          while (a < b && t.pos[a] === P.DET) a++;
          if (b > a && (t.pos[b - 1] === P.PROPN || t.pos[b - 1] === P.ADJ || t.lower[b - 1] === "'s" || t.pos[b - 1] === P.NOUN)) {
            const cand = resolveActor(ctx, a, b, claim);
            if (cand.side !== null || cand.actor !== null) {
              agentTok = [a, b];
              agentRead = cand;
            }
          }
        }
        if (!agentTok) {
          agentTok = byPhrase(t, m.end, t1);
          byAgent = agentTok !== null;
        }
        // the noun of a light verb ("an elite unit had carried out the attack", "launched an
        // attack"): the light verb's subject is the doer
        const light = modFrom?.get(m);
        if (!agentTok && light !== undefined && !isPassive(t, light, t0)) agentTok = subjectNP(t, subjectEnd(t, light, t0), t0);
        if (roles === 'svo') targetTok = objectAfter(t, m.end, t1, true, NOUN_PREPS);
        if (roles === 'sv' && WITHDRAW_PREPS.has(t.lower[m.end + (t.kind[m.end] === Kind.Space ? 1 : 0)] ?? '')) {
          targetTok = objectAfter(t, m.end, t1, true, WITHDRAW_PREPS);
        }
        rule = 'noun';
      } else if (isPassive(t, m.start, t0)) {
        targetTok = subjectNP(t, subjectEnd(t, m.start, t0), t0);
        agentTok = byPhrase(t, m.end, t1);
        rule = 'passive';
      } else {
        const se = subjectEnd(t, m.start, t0);
        agentTok = subjectNP(t, se, t0);
        // "its troops had stopped the advance and destroyed 7 tanks": a coordinated verb shares the subject
        if (!agentTok && se > t0 && t.pos[se - 1] === P.CCONJ) {
          for (let k = se - 2; k >= t0; k--) {
            if (isStop(t, k)) break;
            if (t.pos[k] === P.VERB) {
              agentTok = npEndingAt(t, subjectEnd(t, k, t0), t0);
              break;
            }
          }
        }
        if (roles === 'svo') targetTok = objectAfter(t, m.end, t1, false, VERB_PREPS);
        else targetTok = objectAfter(t, m.end, t1, true, WITHDRAW_PREPS);
        rule = 'active';
      }
    }
    // what is fired or launched is the weapon, not what was hit
    // (the instrument and the equipment test are worked out when a type row or the kept event asks:
    // both read only the tokens and the quantities, so when they run changes nothing)
    let instrument: string | null | undefined;
    const instr = (): string | null => (instrument === undefined ? (instrument = instrumentNear(t, m, t0, t1, WEAPON_OBJECT.has(m.t.kind) ? null : targetTok)) : instrument);
    let objCls: Set<string> | null = null;
    const obj = (): Set<string> => (objCls ??= objectClasses(t, m, t1, targetTok));
    let tgtCls: Set<string> | null = null;
    const tgt = (): Set<string> => (tgtCls ??= targetTok ? objectClasses(t, { ...m, end: targetTok[0] }, targetTok[1], targetTok) : new Set());
    let agtCls: Set<string> | null = null;
    // the doer: the subject of an active verb, or the "by" phrase of a passive verb or of a noun
    const agt = (): Set<string> => (agtCls ??= (rule === 'active' || rule === 'passive' || byAgent) && agentTok ? agentClasses(doc, agentTok, sentPlaces) : NO_CLASSES);
    let headCls: Set<string> | null = null;
    // the head noun of an active verb's subject (condition head=CLASS)
    const head = (): Set<string> => (headCls ??= rule === 'active' && agentTok ? headClasses(t, agentTok) : NO_CLASSES);
    let negRead: boolean | undefined;
    const neg = (): boolean => (negRead ??= modifiersBefore(t, modFrom?.get(m) ?? m.start, t0, 4).includes('negation'));
    // a Russian or Ukrainian trigger has no target read from syntax: equipment counted just after it
    // ("уничтожены 5 танков") stands for one
    let equipmentRead: boolean | undefined;
    const equipment = (): boolean => (equipmentRead ??= targetTok !== null ? hasEquipment(t, targetTok) : m.t.roles === 'none' && cyr(t, m.head) && equipmentAfter(doc, ctx, trig.end, sent.end));
    const targetText = targetTok ? doc.text.slice(t.start[targetTok[0]]!, t.end[targetTok[1] - 1]!) : '';
    // a kind whose type does not hang on whose territory it is is typed before its actors are
    // resolved, so that a mention the type rows drop ("cut prices") costs no actor look-up
    let early: TypeRow | null = null;
    if (!GOV_KINDS.has(m.t.kind)) {
      early = pickType(m.t.kind, instr, 'unknown', targetText, equipment, obj, tgt, sentPlaces.length > 0, agt, rule === 'passive', head, neg);
      if (!early || early.ploverType === null) continue;
    }
    const agent = agentRead ?? (agentTok ? resolveActor(ctx, agentTok[0], agentTok[1], claim) : null);
    const target = targetTok ? resolveActor(ctx, targetTok[0], targetTok[1], claim) : null;
    // place: the target when it is a place, else the sentence's first place after, else before the trigger
    let place: number | null = null;
    let placeBefore: number | null = null;
    for (const p of sentPlaces) {
      const pl = doc.places[p]!;
      if (pl.role && pl.role !== 'place') continue;
      if (target && pl.start >= target.start && pl.end <= target.end) {
        place = p;
        break;
      }
      if (pl.start >= trig.end) {
        if (place === null) place = p;
      } else if (placeBefore === null && !(agent && pl.start >= agent.start && pl.end <= agent.end)) placeBefore = p;
    }
    place ??= placeBefore;
    const date: number | null = sentDates.length ? sentDates[0]! : null;
    // territory: is the agent's side the state the place belongs to?
    let gov: 'yes' | 'no' | 'unknown' = 'unknown';
    const placeCountry = place !== null ? countryWithin(doc, place, sentPlaces) : null;
    if (agent?.side && placeCountry) gov = agent.side === placeCountry ? 'yes' : 'no';
    else if (placeCountry && m.t.roles === 'none' && TERRITORY.has(m.t.kind) && cyr(t, m.head)) {
      const side = ruukSideBefore(t, m.start, t0, m.t.lang, doc.lang);
      if (side) gov = side === placeCountry ? 'yes' : 'no';
    }
    const row = early ?? pickType(m.t.kind, instr, gov, targetText, equipment, obj, tgt, sentPlaces.length > 0, agt, rule === 'passive', head, neg);
    if (!row || row.ploverType === null) continue;
    // polarity and modality
    let polarity: EventPolarity = 'happened';
    let modality: string | null = null;
    const from = modFrom?.get(m) ?? m.start;
    let before = modifiersBefore(t, from, t0, 4);
    // (lane plover18) a negation before a verb that governs the act negates that verb, not the act: "would not
    // rule out military action", "will not refuse to talk" (the act keeps its own polarity)
    if (before.includes('negation')) {
      let gov = -1;
      for (const x of matches) if (x !== m && x.end <= from && GOVERNING_KINDS.has(x.t.kind)) gov = Math.max(gov, x.end);
      if (gov > t0 && !modifiersBefore(t, from, gov, 4).includes('negation')) before = before.filter((b) => b !== 'negation');
    }
    const cue = claim !== null ? doc.claims[claim]!.cue : null;
    let cueEffect: string | undefined;
    if (cue) {
      const ci = doc.tokenAt(cue.start);
      cueEffect = CUE_EFFECT.get(t.lemma[ci]!) ?? CUE_EFFECT.get(t.lower[ci]!);
      if (cueEffect === undefined && cyr(t, ci)) {
        const c = ruukAt(t, ci, t.n, 'modifier');
        if (c && (c.row.value === 'denial' || c.row.value === 'alleged')) cueEffect = c.row.value;
      }
    }
    if (!falseChecked) {
      hasFalse = sentenceHasFalse(t, t0, t1);
      falseChecked = true;
    }
    if (cueEffect === 'denial' || before.includes('denial') || hasFalse) polarity = 'denied';
    else if (before.includes('negation')) polarity = 'not_happened';
    else {
      // a negator that opens a light verb's gap negates the act ("made no request", "gave no warning")
      const g = nextTok(t, m.head);
      // (lane plover18: not a negator that is a word of the row itself: "say no to")
      if (g > m.head && g < m.end - 1 && GAP_NEGATION.has(t.lower[g]!) && !m.t.words.includes(t.lower[g]!)) polarity = 'not_happened';
      // ... and so does one between a light verb (with its particle) and the event noun it was
      // joined to ("carried out no strikes", "launched no attacks")
      const light = modFrom?.get(m);
      if (light !== undefined) for (let k = light + 1; k < m.start; k++) if (GAP_NEGATION.has(t.lower[k]!)) polarity = 'not_happened';
    }
    for (const b of before) {
      if (b !== 'negation' && b !== 'denial' && b !== 'false') {
        modality = b;
        break;
      }
    }
    // (lane resp14) a forecast cue ("Analysts expect Russia to step up strikes"; data/event-modifiers.tsv) makes every event of its content one to come
    if (modality === null && (cueEffect === 'alleged' || cueEffect === 'future')) modality = cueEffect;
    // (lane plover19) an act one faces or risks if or unless something is done is held out, not done ("they faced
    // expulsion if they criticised the army", "face arrest unless they disperse"): a possible act
    if (modality === null && polarity === 'happened') {
      const c = conditionalBefore(t, from, t0, m.end, t1);
      if (c !== null) modality = c;
    }
    // a statement about the event rather than the event: promise, threat, demand, refusal
    let ploverType = row.ploverType;
    let ploverMode = row.ploverMode;
    // (lane plover19) readiness ("poised to") holds out a hostile act only: in political news "poised to win, help,
    // reconcile" means likely to (PolNeAR train, lane plover18), so a cooperative act so placed keeps its reading
    const held = modality !== null && (FUTURE.has(modality) || (modality === 'poised' && POISED_TYPES.has(row.ploverType ?? '')));
    const stmt = polarity === 'not_happened' ? '=negated' : held ? '=future' : modality === 'demanded' ? '=demanded' : null;
    if (stmt) {
      // (a row for the event's kind before the rows for its type when the act took its kind's default
      // reading: "would arrest" threatens an arrest; an act an object retyped keeps its type's row:
      // "would suspend the fuel tax" promises to yield, "would halt the fighting" to de-escalate)
      // (lane plover17) an act said not to be going to happen reads first the "=negated_future" rows
      // ("would not attack the town": an intent to de-escalate), then the "=negated" ones
      const negFuture = stmt === '=negated' && modality !== null && FUTURE.has(modality) ? TYPES.get('=negated_future')?.find((x) => x.cond === m.t.kind || x.cond === ploverType) : undefined;
      const rows = TYPES.get(stmt);
      const r = negFuture ?? (row.cond === '*' ? rows?.find((x) => x.cond === m.t.kind) : undefined) ?? rows?.find((x) => x.cond === ploverType || x.cond === '*');
      if (r && r.ploverType) {
        ploverType = r.ploverType;
        ploverMode = r.ploverMode;
      }
    }
    if (sub === undefined) sub = subordinateRanges(t, t0, t1);
    evToks.push({ start: m.start, end: m.end, noun });
    if (rule === 'subject-target' && targetTok) subjTargets.push(targetTok);
    evs.push({
      trigger: trig,
      kind: m.t.kind,
      plover: { type: ploverType, mode: ploverMode },
      // the type of the event the text names, whether or not it happened: polarity and modality say that
      acled: { event_type: row.acledType, sub_event_type: row.acledSubType },
      instrument: instr(),
      agent,
      target,
      place,
      date,
      quantities: [],
      polarity,
      modality,
      claim,
      ...(sub !== null && inRanges(sub, m.head) ? { subordinate: true as const } : {}),
      why: { stage: 'events', rule: `${rule}:${m.t.kind}${row.cond !== '*' ? `:${row.cond}` : ''}` },
    });
  }
  if (evs.length === 0) return;
  // (lane plover18) the prospect or possibility of an act raised is an event only with the act after it
  // (read by relateEvents): "the loss raises the possibility that ..." names none; talks that collapse, break
  // down or stall (kind talks_fail) are one only after a talks noun of their clause, which becomes their
  // argument ("Peace talks between X and Y broke down"; "The building collapsed", "support will collapse": none)
  for (let k = evs.length - 1; k >= 0; k--) {
    const kind = evs[k]!.kind;
    if (kind !== 'prospect' && kind !== 'talks_fail') continue;
    if (kind === 'prospect') {
      const next = evs[k + 1];
      if (next && next.trigger.start - evs[k]!.trigger.end < 40) continue;
    } else if (k > 0 && evs[k - 1]!.plover.type === 'CONSULT' && evToks[k - 1]!.noun && clauseClear(t, evToks[k - 1]!.end, evToks[k]!.start)) continue;
    evs.splice(k, 1);
    evToks.splice(k, 1);
  }
  if (evs.length === 0) return;
  if (evs.length > 1) relateEvents(t, t0, t1, evs, evToks);
  for (let k = 1; k < evs.length; k++) {
    if (evs[k]!.kind !== 'talks_fail') continue;
    evs[k - 1]!.subordinate = true;
    // (its predicate, not a reduced relative clause: "Negotiations on a new constitution stalled over ...")
    delete evs[k]!.subordinate;
  }
  // (lane plover19) a noun trigger right before another noun trigger modifies it in a compound, whose head is the
  // last noun: "ceasefire talks" are talks (CONSULT), "a ceasefire deal" a deal (AGREE), "a prisoner exchange deal"
  for (let k = 0; k + 1 < evs.length; k++) {
    if (!evToks[k]!.noun || !evToks[k + 1]!.noun || evToks[k + 1]!.start < evToks[k]!.end) continue;
    let adjacent = true;
    for (let x = evToks[k]!.end; x < evToks[k + 1]!.start; x++) if (t.kind[x] !== Kind.Space) adjacent = false;
    if (adjacent) evs[k]!.subordinate = true;
  }
  // (lane plover19) an act named inside the subject of a predicate whose subject is what it acts on is that
  // predicate's argument, not the sentence's event: "an exchange of prisoners was out of the question" refuses
  // the exchange (CAMEO 12x), "a convoy carrying aid came under fire" is an attack on it
  for (const [a, b] of subjTargets) {
    for (let j = 0; j < evs.length; j++) if (evToks[j]!.end > a && evToks[j]!.start < b) evs[j]!.subordinate = true;
  }
  ultimatum(t, t1, evs, evToks);
  for (const e of foldAndCount(ctx, sent, evs)) out.push(e);
}

/** (lane plover18) Whether tokens [a, b) hold no verb, auxiliary or clause punctuation (a subject's own words). */
function clauseClear(t: Tokens, a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (t.pos[x] === P.VERB || t.pos[x] === P.AUX || t.lower[x] === ',' || t.lower[x] === ';' || t.lower[x] === ':') return false;
  return true;
}

/** (lane plover18) Kinds of a verb that governs another act (a refusal, a promise, a threat, a request, readiness): a negation before it is its own. */
const GOVERNING_KINDS = new Set(['reject', 'agree', 'threaten', 'vow', 'request', 'ready', 'prospect']);

/** (lane plover18) Kinds whose past participle is mostly an adjective ("armed men"): see attributiveParticiple. */
const ADJECTIVAL_KINDS = new Set(['arm']);

/**
 * (lane plover18) Whether the participle at i describes a noun instead of heading a clause: at the
 * sentence's start or after a determiner, adjective, adverb, number or preposition and before a noun
 * ("Armed men", "heavily armed fighters"), or before "with" ("a man armed with a knife").
 */
function attributiveParticiple(t: Tokens, i: number, t0: number): boolean {
  if (!/ed$/.test(t.lower[i]!)) return false;
  const n = nextTok(t, i);
  if (n >= 0 && t.lower[n] === 'with') return true;
  const p = prevTok(t, i);
  const before = p < t0 || t.pos[p] === P.DET || t.pos[p] === P.ADJ || t.pos[p] === P.ADV || t.pos[p] === P.NUM || t.pos[p] === P.ADP || t.kind[p] === Kind.Punct;
  return before && n >= 0 && (t.pos[n] === P.NOUN || t.pos[n] === P.PROPN || t.pos[n] === P.ADJ);
}

/** Prepositions that open a manner or occasion adjunct naming how a meeting took place (see mannerAdjunct). */
const MANNER_PREPS = new Set(['in', 'on', 'during', 'by', 'over']);

/**
 * (lane events) Whether the noun phrase ending at `nounStart` (a trigger noun) sits in an adjunct of the
 * verb ending before `from`: one of MANNER_PREPS, then at most four determiners, adjectives, nouns or
 * adverbs before the noun, and between the verb and that preposition no verb, auxiliary or clause
 * punctuation ("discussed air defence in a telephone call", not "met, and later in a phone call ...").
 */
function mannerAdjunct(t: Doc['tokens'], from: number, nounStart: number): boolean {
  let k = prevTok(t, nounStart);
  let words = 0;
  while (k >= from && words < 4 && (t.pos[k] === P.DET || t.pos[k] === P.ADJ || t.pos[k] === P.NOUN || t.pos[k] === P.ADV || t.pos[k] === P.PRON) && !MANNER_PREPS.has(t.lower[k]!)) {
    k = prevTok(t, k);
    words++;
  }
  if (k < from || !MANNER_PREPS.has(t.lower[k]!)) return false;
  for (let x = from; x < k; x++) {
    if (t.kind[x] === Kind.Space) continue;
    if (t.pos[x] === P.VERB || t.pos[x] === P.AUX || t.pos[x] === P.CCONJ || t.pos[x] === P.SCONJ || isStop(t, x)) return false;
  }
  return true;
}

/**
 * (lane events) Whether the trigger noun at `nounStart` stands in a prepositional phrase opening the
 * sentence with one of MANNER_PREPS ("In a phone call on Thursday, …", "During his visit to Cairo, …"):
 * only determiners, possessives and adjectives between the preposition and the noun.
 */
function frontedMannerAdjunct(t: Doc['tokens'], t0: number, nounStart: number): boolean {
  let k = prevTok(t, nounStart);
  let words = 0;
  while (k >= t0 && words < 3 && (t.pos[k] === P.DET || t.pos[k] === P.ADJ || t.pos[k] === P.PRON)) {
    k = prevTok(t, k);
    words++;
  }
  if (k < t0 || !MANNER_PREPS.has(t.lower[k]!) || t.lower[k] === 'by') return false;
  const b = prevTok(t, k);
  return b < t0;
}

/**
 * The passes of `sentenceEvents` that relate two or more events of one sentence (a threat's or
 * request's mode from the act it governs; the events that are another's argument, complement or
 * reporting tag are marked subordinate). Its own function so that the common sentence of one event
 * never compiles it.
 */
function relateEvents(t: Doc['tokens'], t0: number, t1: number, evs: EventMention[], evToks: { start: number; end: number; noun: boolean }[]): void {
  // a threat's mode is the kind of act threatened: the event it governs ("threatened to strike" →
  // violence, "vowed to hold a general strike" → restrict), read from the "=future" rows
  // (a threat word of the violence class, "threatened devastating blows", only when no act follows);
  // likewise a request's mode is the kind of act asked for ("demanded the release" → yield), read
  // from the "=requested" rows
  // (lane events) a consultation adjunct fronted gives the main consultation verb its mode: "In a phone
  // call on Thursday, the two leaders discussed the war" → phone; "During a visit to Cairo, the minister
  // met ..." → visit (the verb may stand far from the adjunct, so this pass has no distance bound)
  if (evs.length > 1 && evs[0]!.plover.type === 'CONSULT' && evs[0]!.plover.mode !== null && evToks[0]!.noun && frontedMannerAdjunct(t, t0, evToks[0]!.start)) {
    const v = evs.find((x, k) => k > 0 && !x.subordinate);
    if (v && v.plover.type === 'CONSULT' && v.plover.mode === null) v.plover.mode = evs[0]!.plover.mode;
  }
  for (let k = 0; k < evs.length; k++) {
    const e = evs[k]!;
    const next = evs[k + 1];
    if (!next || next.trigger.start - e.trigger.end >= 40) continue;
    // the row of a "=…" table of data/event-types.tsv for the next event (its kind, else its type)
    // (a condition "KIND:obj=CLASS" names the row the act took: "restore:obj=order", lane mendP)
    const rowFor = (name: string) => TYPES.get(name)?.find((x) => (x.cond.includes(':') ? next.why.rule.endsWith(':' + x.cond) : x.cond === next.kind || x.cond === next.plover.type));
    if ((e.kind === 'threaten' || e.kind === 'vow') && e.plover.type === 'THREATEN' && (e.plover.mode === null || e.why.rule.endsWith(':obj=violence'))) {
      const r = rowFor('=future');
      // (lane plover17) a warning that the addressee must or should act asks for the act, unless the
      // act is hostile ("warned Iraq that it must comply" → REQUEST, CAMEO 10x; mode as a request's)
      if (e.kind === 'threaten' && next.modality === 'demanded' && r?.ploverType !== 'THREATEN' && warning(e.trigger.text)) {
        e.plover = { type: 'REQUEST', mode: rowFor('=requested')?.ploverMode ?? null };
        continue;
      }
      const hostile = next.plover.type === 'THREATEN' || r?.ploverType === 'THREATEN';
      // a vow not to use force is an intent to de-escalate ("vowed not to retaliate", CAMEO 0356): AGREE
      if (e.kind === 'vow' && hostile && next.polarity === 'not_happened') e.plover = { type: 'AGREE', mode: null };
      else if (hostile) e.plover.mode = next.plover.type === 'THREATEN' ? next.plover.mode : r!.ploverMode;
      // a vow of a cooperative act is a promise ("vowed to release the detainees"): AGREE
      else if (e.kind === 'vow' && (next.plover.type === 'AGREE' || r?.ploverType === 'AGREE')) e.plover = { type: 'AGREE', mode: null };
    } else if (e.kind === 'agree' && e.plover.type === 'AGREE' && governorClass(e.trigger.text) === 'promise') {
      // a promise or pledge of a hostile act is a threat ("promised to retaliate", CAMEO 13x); a
      // promise not to do it stays an intent to de-escalate ("promised not to attack", 0356)
      const r = rowFor('=future');
      if ((next.plover.type === 'THREATEN' || r?.ploverType === 'THREATEN') && next.polarity !== 'not_happened') e.plover = next.plover.type === 'THREATEN' ? { ...next.plover } : { type: 'THREATEN', mode: r!.ploverMode };
    } else if (e.kind === 'reject' && e.polarity === 'not_happened' && governorClass(e.trigger.text) === 'rule_out') {
      // not ruling an act out keeps it open: of force a threat ("would not rule out the use of
      // force", CAMEO 13x), of a cooperative act an intent (03x)
      // (the threat or intent was expressed: it happened, though the ruling out did not)
      const r = rowFor('=future');
      if (next.plover.type === 'THREATEN' || r?.ploverType === 'THREATEN') {
        e.plover = next.plover.type === 'THREATEN' ? { ...next.plover } : { type: 'THREATEN', mode: r!.ploverMode };
        e.polarity = 'happened';
      } else if (next.plover.type === 'AGREE' || r?.ploverType === 'AGREE') {
        e.plover = { type: 'AGREE', mode: null };
        e.polarity = 'happened';
      }
    } else if ((e.kind === 'ready' || e.kind === 'prospect') && e.plover.type === 'AGREE') {
      // readiness to use force is a threat ("readiness to retaliate"); to do anything else, an intent (03x)
      const r = rowFor('=future');
      if (next.plover.type === 'THREATEN' || r?.ploverType === 'THREATEN') e.plover = next.plover.type === 'THREATEN' ? { ...next.plover } : { type: 'THREATEN', mode: r!.ploverMode };
    } else if (e.kind === 'request' && e.plover.type === 'REQUEST' && !next.subordinate) {
      // (an act in an adverbial clause is not what is asked for: "sought guarantees before signing")
      // asking others to back a third party or to punish one rallies support for it or opposition
      // against it (CAMEO 053 → SUPPORT, 113 → ACCUSE): "urged the EU to support the PLO", "called for
      // sanctions against Nigeria"; asking for help for oneself stays a request ("asked NATO to back it")
      const rally = next.target && !SELF.test(next.target.text) ? rowFor('=rallied') : undefined;
      if (rally?.ploverType) e.plover = { type: rally.ploverType, mode: rally.ploverMode };
      else if (e.plover.mode === null) {
        const r = rowFor('=requested');
        if (r) e.plover.mode = r.ploverMode;
      }
    } else if (e.plover.type === 'CONSULT' && e.plover.mode === null && next.plover.type === 'CONSULT' && next.plover.mode !== null && evToks[k + 1]!.noun && mannerAdjunct(t, evToks[k]!.end, evToks[k + 1]!.start)) {
      // (lane events) a meeting noun in a manner adjunct of a consultation verb gives the verb its
      // mode: "discussed the crisis in a telephone call" → phone, "held talks ... during a visit to
      // Beijing" → visit (CAMEO 041, 042): one consultation, told twice
      e.plover.mode = next.plover.mode;
    } else if (e.plover.type === 'REJECT' && e.plover.mode === null && !next.subordinate && REFUSAL.has(e.kind)) {
      // a refusal's mode is that of the act refused, as a request's is: "refused to release the
      // detainees" → yield (CAMEO 1243), "refused to meet" → meet (125), "refused to send troops" → assist (121)
      const r = rowFor('=requested');
      if (r) e.plover.mode = r.ploverMode;
    }
  }
  // a reduced relative clause: a participle right after a noun, before a preposition, with an earlier
  // verb event of the clause before it ("slapped sanctions on companies accused of helping ...", "freed
  // prisoners held in ...") describes that noun; the earlier act stays the sentence's event. A verb,
  // a comma, a conjunction or "that" between the two starts another clause ("said that troops pulled
  // back from"); a speech verb with no event of its own ("said troops retreated from") is no anchor
  for (let k = 1; k < evs.length; k++) {
    if (evs[k]!.subordinate || evToks[k]!.noun) continue;
    const s = evToks[k]!.start;
    if (!/(?:ed|en)$/.test(t.lower[s]!)) continue;
    const p = prevTok(t, s);
    const n = nextTok(t, evToks[k]!.end - 1);
    if (p < 0 || n < 0 || (t.pos[p] !== P.NOUN && t.pos[p] !== P.PROPN) || t.pos[n] !== P.ADP) continue;
    let j = k - 1;
    while (j >= 0 && evs[j]!.subordinate) j--;
    // the anchor must stand in the main clause: an event word that ends a fronted adverbial with no
    // comma and no verb before it ("After Russian shelling troops retreated from ...", "Following the
    // strike units retreated to ...") leaves the participle as the main verb
    if (j < 0 || frontedAdverbial(t, t0, evToks[j]!.start)) continue;
    let clear = true;
    for (let x = evToks[j]!.end; x < s && clear; x++) {
      const pos = t.pos[x];
      if (pos === P.VERB || pos === P.AUX || pos === P.CCONJ || pos === P.SCONJ || t.lower[x] === ',' || t.lower[x] === ';' || t.lower[x] === 'that') clear = false;
    }
    if (clear) evs[k]!.subordinate = true;
  }
  // a reaction verb whose subject is the event noun ("The attack was condemned as barbaric by ...",
  // "The bombing was denied by ..."), or a verb acting on it: the sentence reports the reaction or
  // the act, so the noun is its argument
  for (let k = 0; k < evs.length; k++) {
    // (a gerund after a determiner is a noun, whatever the tagger read: "The shooting sparked ...")
    // (lane plover17) so is a gerund that opens its clause ("said that lifting the sanctions was out of the question")
    if (evs[k]!.subordinate || !(evToks[k]!.noun || (evToks[k]!.start > t0 && t.lower[evToks[k]!.start]!.endsWith('ing') && (t.pos[prevTok(t, evToks[k]!.start)] === P.DET || clauseOpener(t, prevTok(t, evToks[k]!.start)))))) continue;
    let j = k + 1;
    // (lane plover17) an event noun inside the act's own target is its object, not its predicate
    // ("lifting sanctions was ...": the predicate is what follows "sanctions")
    const kt = evs[k]!.target;
    while (j < evs.length && (evs[j]!.subordinate || (kt !== null && evToks[j]!.noun && evs[j]!.trigger.start >= kt.start && evs[j]!.trigger.end <= kt.end))) j++;
    if (j >= evs.length) continue;
    // (a word right after a verb of drawing is its object noun, whatever the tagger read: "prompted calls for")
    const pj = prevTok(t, evToks[j]!.start);
    if (evToks[j]!.noun || (pj >= 0 && ELICIT.has(t.lemma[pj]!))) {
      // a reaction noun the event noun draws ("The killing drew condemnation from ...", "The arrest
      // sparked criticism"), or a demand ("The massacre prompted calls for an inquiry"): only verbs of
      // data/grammar-words.tsv role event-elicit between them
      // (lane plover17) or a meeting that ends with an agreement or without one ("Talks ended without
      // agreement": a failure to agree, CAMEO 12x; "ended with an agreement", 03x/057), by a verb of
      // data/grammar-words.tsv role event-outcome
      const outcome = evs[k]!.plover.type === 'CONSULT' && (evs[j]!.plover.type === 'REJECT' || evs[j]!.plover.type === 'AGREE');
      if (!outcome && !REACTION.has(evs[j]!.plover.type) && evs[j]!.plover.type !== 'REQUEST') continue;
      let elicit = false;
      let clear = true;
      for (let x = evToks[k]!.end; x < evToks[j]!.start && clear; x++) {
        if (t.pos[x] === P.VERB || t.pos[x] === P.AUX) {
          if (ELICIT.has(t.lemma[x]!) || (outcome && OUTCOME.has(t.lemma[x]!))) elicit = true;
          else clear = false;
        } else if (t.lower[x] === ',' || t.lower[x] === ';' || t.lower[x] === ':') clear = false;
      }
      if (clear && elicit) evs[k]!.subordinate = true;
      continue;
    }
    // (or any act whose target holds the noun: "The talks were called off", "The truce was broken")
    const jt = evs[j]!.target;
    const about = jt !== null && jt.start <= evs[k]!.trigger.start && jt.end >= evs[k]!.trigger.end;
    // (lane plover, own12) or a meeting that speaks: a conference, summit or congress as the subject of a
    // demand, promise, threat or verdict names the body that speaks ("The bishops' conference demanded
    // that ...", "The Arab summit called for ..."; CAMEO codes the speech act)
    const body = evs[k]!.plover.type === 'CONSULT' && SPEAKING_BODY.has(evs[j]!.plover.type ?? '');
    if (!about && !body && !REACTION.has(evs[j]!.plover.type)) continue;
    // an infinitive after the noun is its complement, not its predicate ("the threat to block ...")
    if (t.lower[prevTok(t, evToks[j]!.start)] === 'to') continue;
    let clear = true;
    for (let x = evToks[k]!.end; x < evToks[j]!.start && clear; x++) {
      if (t.pos[x] === P.VERB || t.lower[x] === ',' || t.lower[x] === ';' || t.lower[x] === ':') clear = false;
    }
    if (clear) evs[k]!.subordinate = true;
  }
  // an act done "in protest" ("closed their shops in protest at the tax", "resigned in protest") is a
  // protest (CAMEO 14x): the act before the phrase yields to it; a diplomatic or violent act keeps
  // its type ("recalled its ambassador in protest" is a sanction, 161)
  for (let k = 0; k + 1 < evs.length; k++) {
    const p = evs[k + 1]!;
    if (evs[k]!.subordinate || p.plover.type !== 'PROTEST' || !evToks[k + 1]!.noun || KEEP_IN_PROTEST.has(evs[k]!.plover.type ?? '')) continue;
    const b = prevTok(t, evToks[k + 1]!.start);
    if (b < 0 || t.lower[b] !== 'in' || t.lower[evToks[k + 1]!.start] !== 'protest') continue;
    let clause = true;
    for (let x = evToks[k]!.end; x < b && clause; x++) if (t.lower[x] === ',' || t.lower[x] === ';' || t.pos[x] === P.VERB) clause = false;
    if (clause) evs[k]!.subordinate = true;
  }
  // an infinitive after the subject's head noun belongs to the subject ("The decision to close the
  // border was criticised", "A plan to send troops was rejected"): the later verb is the main event
  for (let k = 0; k + 1 < evs.length; k++) {
    if (evs[k]!.subordinate || evToks[k]!.noun) continue;
    const to = prevTok(t, evToks[k]!.start);
    if (to < 0 || t.lower[to] !== 'to') continue;
    const head = prevTok(t, to);
    if (head < 0 || t.pos[head] !== P.NOUN) continue;
    let subject = true;
    for (let x = t0; x < head && subject; x++) if (t.pos[x] === P.VERB || t.pos[x] === P.AUX || t.lower[x] === ',') subject = false;
    if (!subject) continue;
    if (evs.some((o, j) => j > k && !o.subordinate && !evToks[j]!.noun)) evs[k]!.subordinate = true;
  }
  // a reporting tag after the main clause (", a human rights organization charged on Saturday."): the
  // sentence reports the act before the comma, and the speech verb only says who claims it
  for (let k = 1; k < evs.length; k++) {
    const e = evs[k]!;
    if (e.subordinate || evToks[k]!.noun || !TAG_TYPES.has(e.plover.type)) continue;
    if (!evs.some((o, j) => j < k && !o.subordinate)) continue;
    if (reportingTag(t, evToks[k]!.start, evToks[k]!.end, t0, t1)) e.subordinate = true;
  }
  // (lane plover14) a verb right after the object noun of an earlier verbal event, followed by a
  // preposition, is a reduced relative clause of that noun, a passive participle ("poured cold water on
  // the peace plan put forward by Brazil", "commuted the sentences of three men arrested during the
  // protests"): the earlier event is the main one. Only when nothing between the earlier trigger and the
  // noun opens a clause (comma, semicolon, conjunction, "that", a verb or auxiliary).
  for (let k = 1; k < evs.length; k++) {
    if (evs[k]!.subordinate || evToks[k]!.noun) continue;
    if (reducedRelative(t, t0, evToks[k]!.start, evToks[k]!.end, evs, evToks, k)) evs[k]!.subordinate = true;
  }
}

/** (lane plover17) Whether a threat trigger's text is a warning (class warn of data/event-governors.tsv, on the whole text or its last word). */
function warning(text: string): boolean {
  return governorClass(text) === 'warn' || governorClass(text.slice(text.lastIndexOf(' ') + 1)) === 'warn';
}

/** (lane plover17) Whether token p opens a finite clause after it: "that", a subordinating conjunction, ";" or ":". */
function clauseOpener(t: Tokens, p: number): boolean {
  return p >= 0 && (t.lower[p] === 'that' || t.pos[p] === P.SCONJ || t.lower[p] === ';' || t.lower[p] === ':');
}

/**
 * Whether the verbal trigger [s, e) is a reduced relative (a participle after a noun, then a
 * preposition) on the object of an earlier main verbal event of evs (see relateEvents).
 */
function reducedRelative(t: Tokens, t0: number, s: number, e: number, evs: readonly EventMention[], evToks: readonly { start: number; end: number; noun: boolean }[], k: number): boolean {
  if (t.pos[s] !== P.VERB || t.lower[s]!.endsWith('ing')) return false;
  const noun = prevTok(t, s);
  if (noun < t0 || (t.pos[noun] !== P.NOUN && t.pos[noun] !== P.PROPN)) return false;
  const after = nextTok(t, e - 1);
  if (after < 0 || t.pos[after] !== P.ADP) return false;
  for (let j = k - 1; j >= 0; j--) {
    if (evs[j]!.subordinate || evToks[j]!.noun || evToks[j]!.end > noun) continue;
    for (let x = evToks[j]!.end; x < noun; x++) {
      const p = t.pos[x];
      if (t.kind[x] === Kind.Punct || p === P.CCONJ || p === P.SCONJ || p === P.AUX || p === P.VERB || t.lower[x] === 'that') return false;
    }
    return true;
  }
  return false;
}

/**
 * A demand with a punishment after "or" ("told the villagers to leave or be killed", "... or face the
 * consequences") is an ultimatum, a threat (CAMEO 139): the request becomes THREATEN, of violence when
 * an act of violence follows the "or". The "or" must stand in the request's own clause (a comma not
 * before "or", a semicolon, "but" or a subordinator ends it), and what follows it must be "else", "be"
 * with an act of violence or coercion of the sentence, or "face"/"suffer" with a punishment
 * (data/grammar-words.tsv roles ultimatum-or, ultimatum-penalty): "or risk a recession" is advice.
 */
function ultimatum(t: Doc['tokens'], t1: number, evs: EventMention[], evToks: { start: number; end: number; noun: boolean }[]): void {
  for (let k = 0; k < evs.length; k++) {
    const e = evs[k]!;
    if (e.kind !== 'request' || e.plover.type !== 'REQUEST' || e.subordinate) continue;
    for (let x = evToks[k]!.end; x < t1; x++) {
      const w = t.lower[x]!;
      if (w === ';' || w === 'but' || w === 'that' || t.pos[x] === P.SCONJ) break;
      if (w === ',' && t.lower[nextTok(t, x)] !== 'or') break;
      if (w !== 'or') continue;
      const n = nextTok(t, x);
      if (n < 0 || !ULTIMATUM_OR.has(t.lower[n]!)) break;
      const after = t.start[n]!;
      // the acts of the sentence after the "or", up to the clause's end
      let end = t1;
      for (let y = n; y < t1; y++) if (t.lower[y] === ',' || t.lower[y] === ';') { end = y; break; }
      const endAt = end < t1 ? t.start[end]! : Infinity;
      const later = evs.filter((o) => o.trigger.start >= after && o.trigger.start < endAt);
      const violent = later.some((o) => o.plover.type === 'ASSAULT');
      let penalty = t.lower[n] === 'else' || later.some((o) => o.plover.type === 'ASSAULT' || o.plover.type === 'COERCE');
      if (!penalty && t.lower[n] !== 'be') {
        let words = 0;
        for (let y = nextTok(t, n); y >= 0 && y < end && words < 4; y = nextTok(t, y), words++) {
          if (ULTIMATUM_PENALTY.has(t.lower[y]!)) penalty = true;
        }
      }
      if (penalty) e.plover = { type: 'THREATEN', mode: violent ? 'violence' : null };
      break;
    }
  }
}

/** Words after "or" that may name the consequence of a demand (data/grammar-words.tsv role ultimatum-or). */
const ULTIMATUM_OR = grammarSet('ultimatum-or');

/** Negators that open a light verb's "…" gap (data/grammar-words.tsv role gap-negation). */
const GAP_NEGATION = grammarSet('gap-negation');

/** Punishments that "or face"/"or suffer" names in an ultimatum (data/grammar-words.tsv role ultimatum-penalty). */
const ULTIMATUM_PENALTY = grammarSet('ultimatum-penalty');

/**
 * The last passes of `sentenceEvents`: kill/injure folded into another violent event of the sentence,
 * and the sentence's casualty and equipment figures given to the nearest fitting event. Returns the
 * events kept.
 */
function foldAndCount(ctx: Ctx, sent: Doc['sentences'][number], evs: EventMention[]): EventMention[] {
  const doc = ctx.doc;
  // fold kill/injure into another violent event of the sentence
  const violent = (e: EventMention): boolean => e.plover.type === 'ASSAULT' && !FOLDABLE.has(e.kind);
  const keep = evs.filter((e) => !(FOLDABLE.has(e.kind) && evs.some((o) => o !== e && violent(o) && o.claim === e.claim)));
  for (const e of keep) {
    if (!violent(e)) continue;
    const folded = evs.find((o) => FOLDABLE.has(o.kind) && o.claim === e.claim && !keep.includes(o));
    if (folded && !e.target && folded.target) e.target = folded.target;
    // "opened fire on a car, killing the driver": the victims say who was attacked (ACLED codes
    // violence against civilians when they are civilians, whatever the act's own target)
    if (folded && folded.acled.sub_event_type === 'Attack' && e.acled.sub_event_type === 'Armed clash') {
      e.acled = { event_type: folded.acled.event_type, sub_event_type: folded.acled.sub_event_type };
    }
  }
  // figures: casualty and equipment quantities of the sentence to the nearest fitting event
  if (keep.length) {
    for (const q of within(doc.quantities, ctx.qtyIdx, sent.start, sent.end)) {
      const qu = doc.quantities[q]!;
      if (!qu.unit) continue;
      const casualty = CASUALTY_UNITS.has(qu.unit);
      let best: EventMention | null = null;
      let bestD = Infinity;
      for (const e of keep) {
        const fits = casualty
          ? e.plover.type === 'ASSAULT' && !FORCE_KINDS.has(e.kind)
          : (EQUIPMENT_KINDS.has(e.kind) && isEquipment(qu.unit)) || (FORCE_KINDS.has(e.kind) && (isEquipment(qu.unit) || qu.unit === 'troops' || qu.unit === 'fighters'));
        if (!fits) continue;
        const d = Math.abs(qu.start - e.trigger.start);
        if (d < bestD) {
          bestD = d;
          best = e;
        }
      }
      if (best) best.quantities.push(q);
    }
  }
  return keep;
}

/** A target that is the requester itself ("asked NATO to support it"): no rallying of support. */
const SELF = /^(it|its|itself|them|their|themselves|us|our|ourselves|him|his|her|me|my)\b/i;

/** Kinds of a refusal whose governed act gives its mode (data/event-types.tsv '=requested' rows). */
const REFUSAL = new Set(['reject']);

/** PLOVER types of a speech verb that may close a sentence as its reporting tag ("..., the group charged"). */
const TAG_TYPES = new Set(['ACCUSE', 'THREATEN']);

/**
 * Whether the verb trigger [a, b) is a reporting tag: a comma, then a short noun phrase (its subject,
 * at most 8 tokens, no verb), the verb, and after it only a time or place phrase to the sentence's end
 * (no verb, no object clause).
 */
function reportingTag(t: Tokens, a: number, b: number, t0: number, t1: number): boolean {
  let k = prevTok(t, a);
  let words = 0;
  while (k >= t0 && t.lower[k] !== ',') {
    if (t.kind[k] === Kind.Word || t.kind[k] === Kind.Number) {
      const p = t.pos[k];
      if (p === P.VERB || p === P.AUX || p === P.SCONJ || p === P.CCONJ) return false;
      words++;
    } else if (t.kind[k] === Kind.Punct) return false;
    if (words > 8) return false;
    k = prevTok(t, k);
  }
  if (k < t0 || words === 0) return false;
  for (let j = b; j < t1; j++) {
    if (t.kind[j] === Kind.Space) continue;
    const p = t.pos[j];
    if (p === P.VERB || p === P.AUX || p === P.SCONJ || t.lower[j] === 'that' || t.lower[j] === 'of' || t.lower[j] === 'for') return false;
  }
  return true;
}

/** PLOVER types of a reaction to an event (condemn, praise, deny): one whose subject is an event noun rules it. */
const REACTION = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
/** PLOVER types of a speech act whose subject may be a meeting noun (the body that speaks, lane plover own12). */
const SPEAKING_BODY = new Set(['REQUEST', 'AGREE', 'THREATEN']);

/** Verbs by which an event noun draws a reaction noun (data/grammar-words.tsv role event-elicit). */
const ELICIT = grammarSet('event-elicit');
/** (lane plover17) Verbs by which a meeting ends with an outcome (data/grammar-words.tsv role event-outcome). */
const OUTCOME = grammarSet('event-outcome');

/** Words that open an adverbial after the main clause (data/grammar-words.tsv role event-subordinator). */
const SUBORDINATOR = grammarSet('event-subordinator');

/** Words that open a comma-enclosed relative or appositive clause (", which shelled the town,"). */
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/**
 * Token ranges [a, b) of the sentence [t0, t1) that are subordinate to its main clause, or null:
 * a fronted adverbial (the sentence opens with a preposition, a subordinating conjunction or a
 * participle: "After two days of fighting," "Following the shooting of ...," "Despite warnings ...,"
 * up to the first comma within 60 tokens), an adverbial after the main clause (a word of the
 * grammar-words role event-subordinator up to the next comma: "... came after two days of talks"), a
 * participle used as an adjective before its noun ("the wounded soldiers"), a comma-enclosed relative
 * clause (", who ... ,") and brackets.
 */
function subordinateRanges(t: Tokens, t0: number, t1: number): number[] | null {
  let out: number[] | null = null;
  let k = t0;
  while (k < t1 && (t.kind[k] === Kind.Space || (t.kind[k] === Kind.Punct && t.lower[k] !== '('))) k++;
  // a fronted participle clause counts alike ("Following the bombing, ...", "Having captured the town, ...")
  const participle = k < t1 && t.pos[k] === P.VERB && /(?:ing|ed)$/.test(t.lower[k]!);
  if (k < t1 && (t.pos[k] === P.ADP || t.pos[k] === P.SCONJ || participle) && !cyr(t, k)) {
    for (let j = k + 1; j < t1 && j < k + 60; j++) {
      if (t.lower[j] === ',') {
        out = [k, j];
        break;
      }
    }
  }
  const pm = subjectPostmodifier(t, k, t1);
  if (pm) (out ??= []).push(pm[0], pm[1]);
  for (let j = t0; j < t1; j++) {
    const w = t.lower[j]!;
    const pj = t.pos[j];
    if (j > k && SUBORDINATOR.has(w) && (pj === P.ADP || pj === P.SCONJ || pj === P.VERB) && !(out && inRanges(out, j))) {
      // an adverbial after the main clause ("... came after two days of talks", "... if the strikes continued")
      let e = j + 1;
      while (e < t1 && t.lower[e] !== ',') e++;
      (out ??= []).push(j, e);
      j = e - 1;
      continue;
    }
    if ((pj === P.VERB || pj === P.ADJ) && j > k && w.endsWith('ed') && !cyr(t, j)) {
      // a participle used as an adjective before its noun ("the wounded soldiers were freed")
      const p = prevTok(t, j);
      const pp = p >= 0 ? t.pos[p] : -1;
      const n = nextTok(t, j);
      if (n >= 0 && t.pos[n] === P.NOUN && (pp === P.VERB || pp === P.DET || pp === P.ADP || pp === P.ADJ || pp === P.NUM)) {
        (out ??= []).push(j, j + 1);
        continue;
      }
    }
    if (w === '(') {
      let e = j + 1;
      while (e < t1 && t.lower[e] !== ')') e++;
      (out ??= []).push(j, e);
      j = e;
    } else if (w === ',') {
      const n = nextTok(t, j);
      // (or a participle clause between the subject and its verb: "Thousands of Kurds, angered by
      // the arrest, stormed ...", "The minister, visiting Washington, criticised ...")
      const between = n >= 0 && t.pos[n] === P.VERB && /(?:ing|ed|en)$/.test(t.lower[n]!) && !cyr(t, n) && !verbBefore(t, t0, j, out);
      if (n < 0 || (!RELATIVE.has(t.lower[n]!) && !between)) continue;
      let e = n + 1;
      while (e < t1 && t.lower[e] !== ',') e++;
      if (e >= t1) continue;
      (out ??= []).push(n, e);
      j = e - 1;
    }
  }
  return out;
}

/**
 * A postmodifier of the sentence's subject, before its main verb, as [a, b), or null (lane plover,
 * 12th version): a relative clause without commas ("Troops who were sent to the region arrested
 * ..."), a participle ("A draft resolution demanding a ceasefire failed ...") or a "to"-infinitive
 * ("A plan to send peacekeepers was blocked ...") right after the subject's noun, up to the verb
 * group that follows the postmodifier's own verb group and its complement. Only when no verb stands
 * before it (the subject comes first) and a main verb follows.
 */
function subjectPostmodifier(t: Tokens, k: number, t1: number): [number, number] | null {
  for (let j = k; j < t1; j++) {
    if (t.kind[j] === Kind.Space) continue;
    const p = t.pos[j]!;
    if (isStop(t, j) || cyr(t, j)) return null;
    const w = t.lower[j]!;
    const b = prevTok(t, j);
    const afterNoun = b >= k && (t.pos[b] === P.NOUN || t.pos[b] === P.PROPN);
    const opens = afterNoun && ((RELATIVE.has(w) && p === P.PRON) || (p === P.VERB && w.endsWith('ing')) || (w === 'to' && p === P.PART));
    if (!opens) {
      if (p === P.VERB || p === P.AUX) return null;
      continue;
    }
    // the postmodifier's own verb group (auxiliaries, "to", adverbs, then its verb)
    let x = nextTok(t, j);
    if (p !== P.VERB) {
      while (x >= 0 && x < t1 && (t.pos[x] === P.AUX || t.pos[x] === P.ADV || t.pos[x] === P.PART)) x = nextTok(t, x);
      if (x < 0 || x >= t1 || t.pos[x] !== P.VERB) return null;
      x = nextTok(t, x);
    }
    // its complement, up to the next finite verb group: the main verb
    for (; x >= 0 && x < t1; x = nextTok(t, x)) {
      if (isStop(t, x)) return null;
      const px = t.pos[x]!;
      if (px === P.AUX) return [j, x];
      if (px === P.VERB) {
        const bx = prevTok(t, x);
        const lx = t.lower[x]!;
        // an infinitive or a participle inside the complement ("to help restore", "suspected rebels") is not the main verb
        if (t.lower[bx] === 'to' || lx.endsWith('ing') || t.pos[nextTok(t, x)] === P.NOUN && lx.endsWith('ed') && t.pos[bx] !== P.NOUN && t.pos[bx] !== P.PROPN) continue;
        return [j, x];
      }
    }
    return null;
  }
  return null;
}

/**
 * Whether token `a` stands in a sentence-opening adverbial ("After ...", "Following ...") that no
 * comma, semicolon or verb has closed before `a`.
 */
function frontedAdverbial(t: Tokens, t0: number, a: number): boolean {
  let k = t0;
  while (k < a && (t.kind[k] === Kind.Space || (t.kind[k] === Kind.Punct && t.lower[k] !== '('))) k++;
  if (k >= a || cyr(t, k)) return false;
  const participle = t.pos[k] === P.VERB && /(?:ing|ed)$/.test(t.lower[k]!);
  if (t.pos[k] !== P.ADP && t.pos[k] !== P.SCONJ && !participle) return false;
  for (let x = k + 1; x < a; x++) {
    const pos = t.pos[x];
    if (pos === P.VERB || pos === P.AUX || t.lower[x] === ',' || t.lower[x] === ';') return false;
  }
  return true;
}

/** PLOVER types an act keeps when it is done "in protest" (see the "in protest" rule). */
const KEEP_IN_PROTEST = new Set(['PROTEST', 'SANCTION', 'ACCUSE', 'REJECT', 'THREATEN', 'REQUEST', 'ASSAULT']);

/** Whether a verb outside the ranges `r` stands in [a, b) (a main clause has begun). */
function verbBefore(t: Tokens, a: number, b: number, r: number[] | null): boolean {
  for (let i = a; i < b; i++) if ((t.pos[i] === P.VERB || t.pos[i] === P.AUX) && !(r && inRanges(r, i))) return true;
  return false;
}

/** Whether token i lies in one of the ranges [a, b) of `r`. */
function inRanges(r: number[], i: number): boolean {
  for (let k = 0; k < r.length; k += 2) if (i >= r[k]! && i < r[k + 1]!) return true;
  return false;
}

/** Kinds with gov= rows in data/event-types.tsv (typed after their agent is resolved). */
const GOV_KINDS = new Set<string>();
for (const [kind, rows] of TYPES) if (rows.some((r) => r.cond.startsWith('gov='))) GOV_KINDS.add(kind);

/** Kinds whose ACLED type depends on whose territory it is (the gov= rows). */
const TERRITORY = new Set(['capture', 'retake', 'liberate']);

/**
 * The side that acts in a Russian or Ukrainian territory clause: a side word of data/event-ruuk.tsv
 * before the trigger in its sentence ("ВСУ освободили", "ворог захопив": the enemy is the other
 * side of the writer's); with none, the writer's own side, read from the language of the trigger
 * word (a Russian post that says "освобожден" speaks for Russian forces, a Ukrainian one that says
 * "звільнено" for Ukrainian forces). Null when the language cannot tell.
 */
function ruukSideBefore(t: Tokens, i: number, t0: number, rowLang: string, docLang: string): string | null {
  const lang = rowLang === 'ru' || rowLang === 'uk' ? rowLang : docLang;
  const own = lang === 'ru' ? 'RU' : lang === 'uk' ? 'UA' : null;
  for (let k = i - 1; k >= t0; k--) {
    if (!cyr(t, k)) continue;
    const c = ruukAt(t, k, i, 'side');
    if (!c) continue;
    if (c.row.value === 'ENEMY') return own === 'RU' ? 'UA' : own === 'UA' ? 'RU' : null;
    return c.row.value;
  }
  return own;
}

/** Whether a quantity of military equipment starts within 60 characters after `from` (before `to`). */
function equipmentAfter(doc: Doc, ctx: Ctx, from: number, to: number): boolean {
  for (let k = firstAt(doc.quantities, ctx.qtyIdx, from); k < ctx.qtyIdx.length; k++) {
    const q = doc.quantities[ctx.qtyIdx[k]!]!;
    if (q.start >= to || q.start > from + 60) break;
    if (q.unit && isEquipment(q.unit)) return true;
  }
  return false;
}

/** Whether the tokens [a, b) name military equipment (a unit word of class equipment). */
function hasEquipment(t: Tokens, [a, b]: [number, number]): boolean {
  for (let k = a; k < b; k++) {
    const u = UNITS.map.get(t.lower[k]!);
    if (u && u.cls === 'equipment') return true;
  }
  return false;
}

/** Unit ids of class `equipment` in data/units.tsv and data/equipment-types.tsv. */
const EQUIPMENT = new Set<string>();
for (const u of UNITS.map.values()) if (u.cls === 'equipment') EQUIPMENT.add(u.unit);
function isEquipment(unit: string): boolean {
  return EQUIPMENT.has(unit);
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'claims', 'places', 'sides', 'quantities', 'dates', 'author'],
  assigns: ['events'],
  run(doc: Doc): void {
    const ctx: Ctx = {
      doc, speakerSide: [], placeIdx: sortedIdx(doc.places), dateIdx: sortedIdx(doc.dates), qtyIdx: sortedIdx(doc.quantities),
      sideIdx: sortedIdx(doc.sides),
    };
    const out: EventMention[] = [];
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si]!;
      sentenceEvents(ctx, si, s.t0, s.t1, out);
    }
    out.sort((a, b) => a.trigger.start - b.trigger.start);
    doc.events = out;
  },
};
