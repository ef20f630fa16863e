/**
 * `eventFacts`: what one claim says of events, for compare's `responsibility` and `cause`
 * disputes, read from the analyzer's `events` layer (src/analyze/events/) and the claim's words.
 *
 * - responsibility: every attack-like event of the claim (a strike, shelling, attack, fire,
 *   launch; an explosion only with a named agent) whose agent has a side: that side did it
 *   (polarity 1), or did not (-1: the event is denied or negated). An attack the speaker's own side
 *   is said to have done "allegedly", or in scare quotes ("a 'missile strike' allegedly carried out
 *   by Russia" in a Russian statement), or in a claim that denies, is that side's denial.
 * - cause: a claim holding a phrase of data/cause-words.tsv ("accidental detonation", "fire
 *   safety") gives an accident; a claim with an attack-like event that happened gives an attack; a
 *   side saying the fire spread from its own strike on another target ("... had spread from exploding
 *   ammunition") gives an accident: the loss as collateral, not as the target.
 * Pure; the facts stage calls it once per claim.
 */
import { friendlyFire } from './friendly-fire.js';
import { memo } from './docindex.js';
import type { Analysis, Claim, EventMention } from '../analyze/types.js';
import { table, wordSet } from '../lexicon/index.js';
import { entityLexicon } from '../analyze/entities/lexicon.js';
import { clauseBreakBetween, NEGATIONS, PhraseMatcher, opponent, stemPhrase, stemPhraseAt, wordsOf, type StemWord } from './lexicon.js';
import type { EventFact, Side, SpeakerInfo } from './types.js';
import { enAirWord, enAttributionTalk, enBlameTalk, enBlameWord, enByAgent, enDeviceWord, enSetAside, enEvidenceDenied, enTriggerVetoed, enWeaponWord, ruukArmedIn, ruukElsewhereAct, ruukEventFacts, ruukGroundAssault, ruukTriggerVetoed, weaponFacts } from './responsibility.js';
import { sideIn, speakerInfo } from './speaker.js';
import { organisationSides } from './sides.js';
import { addWeaponKinds, weaponSystemSide } from './weapon-sides.js';
import { grammarSet } from '../lexicon/grammar.js';
import { aircraftNamed, crashCause } from './crash.js';
import { datelineName } from './capital.js';
import { ownVoiceWord, praiseIn } from '../lexicon/own-voice.js';

/** Strike nouns whose object after "on"/"against"/"upon" is what was struck (`agentSide`, lane target2). */
const STRIKE_NOUNS = 'strikes?|attacks?|shelling|bombardment|raids?';
/** A subject that is a strike on something ("its missile strike on the city of X"): group 1 runs up to the strike noun. */
const STRIKE_ON_IN = new RegExp(`^(.*?\\b(?:${STRIKE_NOUNS}))\\s+(?:on|against|upon)\\s`, 'i');
/** A strike noun and its preposition right before a subject the events stage read after it. */
const STRIKE_ON_BEFORE = new RegExp(`\\b(?:${STRIKE_NOUNS})\\s+(?:on|against|upon)\\s+$`, 'i');

/** A Cyrillic letter (a Russian or Ukrainian trigger). */
const CYRILLIC_WORD = /[\u0400-\u04ff]/;

/** Event kinds of data/event-triggers.tsv that are an attack someone carries out. */
const ATTACK_KINDS = new Set(['strike', 'air_strike', 'bombing', 'shell', 'shell_target', 'attack_target', 'fire', 'launch', 'attack']);
let aircraftWords: Set<string> | null = null;
/** Nouns of manned aircraft (units.tsv and equipment-types.tsv rows of units aircraft and helicopters), lower case. */
function aircraft(): Set<string> {
  if (aircraftWords) return aircraftWords;
  const s = new Set<string>();
  for (const r of table('units.tsv')) if (r[1] === 'aircraft' || r[1] === 'helicopters') s.add(r[0]!.toLowerCase());
  for (const r of table('equipment-types.tsv')) if (r[1] === 'aircraft' || r[1] === 'helicopters') s.add(r[0]!.toLowerCase());
  return (aircraftWords = s);
}

/**
 * Whether `e` shoots down a manned aircraft ("it had shot down a Russian A-50 surveillance plane"):
 * an attack by its agent, unlike an interception of a drone or missile (whose own side attacked).
 */
function downsAircraft(e: EventMention): boolean {
  if (e.kind !== 'intercept' || !e.target) return false;
  const words = e.target.text.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/s$/, ''));
  const set = aircraft();
  return words.some((w) => set.has(w) || set.has(`${w}s`));
}

/** "by friendly fire", "by its own air defences": the doer is the side of what was hit. */
const FRIENDLY_FIRE = /^\s+(?:down\s+|out\s+)?by\s+(?:friendly\s+fire|(?:its|their)\s+own\b)/i;

/** Whether the one-word trigger of `e` stands right before a weapon noun ("attack drones", "strike missiles"): a weapon's kind, no event. */
function weaponModifier(text: string, e: EventMention): boolean {
  if (/\s/.test(e.trigger.text.trim())) return false;
  const next = /^[\s-]+([\p{L}-]+)/u.exec(text.slice(e.trigger.end, e.trigger.end + 30));
  return next !== null && enWeaponWord(next[1]!.toLowerCase());
}

/** Whether a claim's content is only a short noun phrase ("the strike", "the attack"): a topic asked or talked about, no account of a strike. */
function bareMention(text: string, frags: readonly { start: number; end: number }[]): boolean {
  if (frags.length !== 1) return false;
  const ws = wordsOf(text, frags[0]!.start, frags[0]!.end);
  return ws.length <= 3 && /^(the|this|that|these|those)$/.test(ws[0]?.w ?? '');
}

/**
 * The words of the clause around the trigger of `e` (up to eight words each side, not across ; : . !
 * ? nor a line break: a list item or paragraph of a post ends with no stop, «... комплекса «Нептун»
 * ¶ 🔹28 ноября нанесен комбинированный удар», and its weapon is not the next item's instrument).
 */
function clauseWords(text: string, e: EventMention): { w: string; start: number; end: number }[] {
  const words = wordsOf(text, Math.max(0, e.trigger.start - 80), Math.min(text.length, e.trigger.end + 80));
  const t = words.findIndex((w) => w.start >= e.trigger.start);
  if (t < 0) return [];
  let a = t;
  while (a > 0 && t - a < 8 && !/[;:.!?\n]/.test(text.slice(words[a - 1]!.end, words[a]!.start))) a--;
  let b = t;
  while (b + 1 < words.length && b - t < 8 && !/[;:.!?\n]/.test(text.slice(words[b]!.end, words[b + 1]!.start))) b++;
  return words.slice(a, b + 1);
}

/**
 * Whether an `attack` event of no named doer is a strike from the air or with a weapon ("a drone
 * attack", "drones attacked the airport", "a missile attack"): a weapon or air word of
 * data/responsibility-en.tsv in its clause. A ground assault of no named side ("despite constant
 * assaults") is no incident to attribute.
 */
function airAttack(text: string, e: EventMention): boolean {
  return clauseWords(text, e).some((w) => enWeaponWord(w.w) || enAirWord(w.w));
}

/**
 * Whether an explosion event is a planted device going off ("a bomb hidden in an electric scooter
 * exploded", "a car packed with explosives blew up"): a `device` word of data/responsibility-en.tsv up
 * to six words before the trigger, with no clause mark between. An explosion at a depot or a plant,
 * and stored munitions going off ("several aviation munitions detonated at a storage site"), name no
 * attack.
 */
function weaponBlast(text: string, e: EventMention): boolean {
  if (e.kind !== 'explosion' && e.kind !== 'destroy') return false;
  const words = wordsOf(text, Math.max(0, e.trigger.start - 80), e.trigger.start);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    if (/[,;:.!?]/.test(text.slice(words[i]!.end, i + 1 < words.length ? words[i + 1]!.start : e.trigger.start))) return false;
    if (enDeviceWord(words[i]!.w)) return e.kind === 'explosion' || /^(blew|blown|blow)$/i.test(e.trigger.text.split(/\s+/)[0]!);
  }
  return false;
}

/** Auxiliaries of a passive right before a trigger ("was hit", "had been struck"). */
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Prepositions that open a strike's instrument after its trigger ("hit by a Kh-101", "struck with ATACMS"). */
const INSTRUMENT = new Set(['by', 'with', 'using']);

/**
 * The side of the weapon system (data/weapon-sides.tsv) that attack `e` was made with, or null: a
 * system named before the trigger in its clause with no comma between (its subject: "an Iskander
 * missile hit the station"; not a passive's subject, "a HIMARS launcher was hit", except of a launch,
 * "the Kh-22 missiles had been fired"), up to six words after "by", "with" or "using" right after the
 * trigger ("was hit by a Kh-22 cruise missile"), or a launch's object ("fired six HIMARS rockets").
 * A system that is the strike's object ("struck two HIMARS launchers") names no doer. The backward
 * scan stops at `lo`, the start of the claim's content fragment (the speaker before "said", "Local
 * resident Iskander Akhmetov said the strike ...", is no instrument), and at another event's trigger
 * (a verb between the system and the trigger: "Iskander Akhmetov lost his house when the strike hit").
 */
function instrumentSide(text: string, e: EventMention, lo = 0, others: readonly EventMention[] = []): Side | null {
  const words = clauseWords(text, e);
  const t = words.findIndex((w) => w.start >= e.trigger.start);
  if (t < 0) return null;
  let after = words.findIndex((w) => w.start >= e.trigger.end);
  if (after < 0) after = words.length;
  const launch = e.kind === 'launch';
  const open = (a: number, b: number): boolean => !clauseBreakBetween(text, words, a, b, 'paren');
  const sides = new Set<Side>();
  const passive = words.slice(Math.max(0, t - 2), t).some((w) => BE.has(w.w));
  if (!passive || launch) {
    for (let i = t - 1; i >= 0 && open(i, t) && words[i]!.start >= lo; i--) {
      if (others.some((o) => o !== e && o.trigger.start >= words[i]!.end && o.trigger.end <= e.trigger.start)) break;
      const m = weaponSystemSide(words, i, i + 1, text);
      if (m) sides.add(m);
    }
  }
  let from = -1;
  if (after < words.length && INSTRUMENT.has(words[after]!.w) && open(after - 1, after)) from = after + 1;
  else if (launch) from = after;
  if (from >= 0) {
    for (let i = from; i < Math.min(words.length, from + 6) && (i === from || open(i - 1, i)); i++) {
      const m = weaponSystemSide(words, i, i + 1, text);
      if (m) sides.add(m);
    }
  }
  return sides.size === 1 ? [...sides][0]! : null;
}

/** Countries of the war whose weapon systems data/weapon-sides.tsv lists (a system's side holds only there). */
const THEATRE = new Set(['UA', 'RU']);

/**
 * Whether a claim tells of another war: its content names places, of known countries, and none of
 * them in Ukraine or Russia ("A Shahed drone hit the Tower 22 base in Jordan"): an Iran-made drone
 * fired by others, so a weapon system there names no side of this war.
 */
export function otherTheatre(analysis: Analysis, frags: readonly { start: number; end: number }[]): boolean {
  let foreign = false;
  for (const p of analysis.places ?? []) {
    if ((p.role && p.role !== 'place') || !p.country || !frags.some((f) => p.start >= f.start && p.end <= f.end)) continue;
    if (THEATRE.has(p.country)) return false;
    foreign = true;
  }
  return foreign;
}

/** The spans of the places of `analysis` that are places (not a speaker's or an organisation's name), once per analysis. */
function placeSpans(analysis: Analysis): { start: number; end: number }[] {
  return memo(analysis, 'facts:placeSpans', () => (analysis.places ?? []).filter((p) => !p.role || p.role === 'place').map((p) => ({ start: p.start, end: p.end })));
}

let groundOps: Set<string> | null = null;
/** Whether a trigger is a noun of a ground operation (data/grammar-words.tsv `ground-operation`: "assaults", "counteroffensive"). */
function groundOperation(trigger: string): boolean {
  groundOps ??= grammarSet('ground-operation');
  return groundOps.has(trigger.trim().toLowerCase());
}

/** Kinds that are an attack only when the events stage typed them as an assault (data/event-types.tsv: bombs dropped from the air). */
const TYPED_ATTACK_KINDS = new Set(['drop']);
/** Kinds that are an attack only when the text names who did it ("a Ukrainian explosion" rarely; "blown up by Russian forces"). */
const AGENT_KINDS = new Set(['explosion', 'destroy']);
/** Modalities that do not assert the event happened (a plan, a threat, a future act). */
const NOT_ASSERTED = new Set(['planned', 'threatened', 'future', 'possible', 'willing', 'ordered', 'attempted', 'poised']);
/** Words for "the other side" when the events stage left the agent's side open. */
const ENEMY = /\b(enemy|adversary|occupiers?|invaders?|occupation forces)\b/i;
/** Words for the Russian forces used in Ukrainian reporting only ("the occupiers struck"), when the speaker's side is unknown. */
const OCCUPIERS = /\b(occupiers?|invaders?|occupation forces|rashists?)\b/i;

let anchorWords: Set<string> | null = null;
/** Words that make a text war or blast reporting: data/conflict-anchors.txt and the anchor rows of data/cause-words.tsv (loaded once). */
function anchors(): Set<string> {
  return (anchorWords ??= new Set([...wordSet('conflict-anchors.txt'), ...table('cause-words.tsv').filter((r) => r[1] === 'anchor').map((r) => r[0]!)]));
}

/** Whether a claim's fragments hold an anchor word (one word or two), for cause facts. */
function causeAnchored(text: string, frags: readonly { start: number; end: number }[]): boolean {
  const anchorWords = anchors();
  for (const f of frags) {
    const ws = wordsOf(text, f.start, f.end);
    for (let i = 0; i < ws.length; i++) if (anchorWords.has(ws[i]!.w) || (i + 1 < ws.length && anchorWords.has(`${ws[i]!.w} ${ws[i + 1]!.w}`))) return true;
  }
  return false;
}

/** Whether a document reports war: a word of data/conflict-anchors.txt or an anchor row of data/cause-words.tsv (once per analysis). */
function conflictDocument(analysis: Analysis): boolean {
  return memo(analysis, 'facts:conflictDocument', () => {
    const anchorWords = anchors();
    for (const w of wordsOf(analysis.text)) if (anchorWords.has(w.w)) return true;
    return false;
  });
}

/** Units of a toll of people (data/units.tsv): a document that counts them reports deaths or injuries. */
const TOLL_UNITS = new Set(['killed', 'wounded']);

/**
 * Whether a document reports a deadly attack (lane doer10): an asserted attack event of the events
 * stage ("the attack on the concert hall", "gunmen opened fire") and a toll of people killed or
 * wounded or a word of death (data/death-words.tsv `death`: "the death toll", «загибель»). Its blame and exculpations are read as war reporting's are (`weaponFacts`: "there was no
 * Ukrainian involvement whatsoever", "Islamic State bore sole responsibility"), though it names no
 * word of data/conflict-anchors.txt; a story of a hacked website or a campaign's "attacks" counts no
 * dead. Once per analysis.
 */
function deadlyAttackDocument(analysis: Analysis): boolean {
  return memo(analysis, 'facts:deadlyAttack', () => {
    if (!(analysis.events ?? []).some((e) => ATTACK_KINDS.has(e.kind) && e.polarity === 'happened' && !(e.modality && NOT_ASSERTED.has(e.modality)))) return false;
    if ((analysis.quantities ?? []).some((q) => TOLL_UNITS.has(q.unit ?? ''))) return true;
    // ("the death toll rose to 137": a word of death, the `death` rows of data/death-words.tsv)
    deathWords ??= table('death-words.tsv').filter((r) => r[0] === 'death' && r[1]).map((r) => stemPhrase(r[1]!.toLowerCase()));
    const ws = wordsOf(analysis.text).map((w) => w.w);
    for (let i = 0; i < ws.length; i++) if (deathWords.some((row) => stemPhraseAt(ws, i, row))) return true;
    return false;
  });
}
let deathWords: StemWord[][] | null = null;

let causes: PhraseMatcher<string> | null = null;
/** Phrases of data/cause-words.tsv (accident causes). */
function causeMatcher(): PhraseMatcher<string> {
  if (causes) return causes;
  const m = new PhraseMatcher<string>();
  for (const [phrase, cls] of table('cause-words.tsv')) if (phrase && cls && cls !== 'anchor') m.add(phrase, cls);
  return (causes = m);
}

/** Whether the trigger stands in quotation marks of its own ("a 'missile strike'"): a scare quote. */
function scareQuoted(text: string, e: EventMention): boolean {
  const before = text.slice(Math.max(0, e.trigger.start - 12), e.trigger.start);
  const after = text.slice(e.trigger.end, e.trigger.end + 2);
  return /['‘"“«][^'‘’"“”«»]*$/.test(before) && /^['’"”»]/.test(after);
}

/**
 * An attack given as the cause by a shooting-down phrase of data/cause-words.tsv (class `attack`:
 * "had shot the bomber down"), for a claim whose events give no attack; null when there is none or
 * it is negated ("was not shot down"). Its doer is left open (the responsibility facts name it).
 */
function shootDownCause(text: string, words: readonly { w: string; start: number; end: number }[], found: readonly { row: string; from: number; to: number }[]): EventFact | null {
  for (const x of found) {
    if (x.row !== 'attack') continue;
    if (words.slice(Math.max(0, x.from - 3), x.from).some((w) => NEGATIONS.has(w.w))) continue;
    const a = words[x.from]!;
    const b = words[x.to - 1]!;
    return { topic: 'cause', agentSide: null, polarity: 1, cause: 'attack', text: text.slice(a.start, b.end), start: a.start, end: b.end };
  }
  return null;
}

/** The side that did `e`: the events stage's agent side, else "the enemy" against the speaker's side. */
function agentSide(e: EventMention, speakerSide: Side | null, text = ''): Side | null {
  // "debris from a drone downed by Russian air defences damaged a house": a noun phrase after "by",
  // before the trigger, is the doer of the participle before it, not the subject of this trigger
  if (e.agent && e.agent.end <= e.trigger.start && /\bby\s+$/i.test(text.slice(Math.max(0, e.agent.start - 4), e.agent.start))) return null;
  // "its missile strike on the Ukrainian city of Poltava had hit ...": in a subject that is a strike
  // "on" or "against" something, a side word after the preposition names what was struck, not the
  // doer (lane target2); only the words before it can name the doer
  // (the events stage may have read the noun phrase after the preposition as the subject)
  if (e.agent && e.agent.end <= e.trigger.start) {
    const m = STRIKE_ON_IN.exec(text.slice(e.agent.start, e.agent.end));
    if (m) {
      const ws = wordsOf(text, e.agent.start, e.agent.start + m[1]!.length);
      return sideIn(ws, 0, ws.length, speakerSide, false);
    }
    const before = STRIKE_ON_BEFORE.exec(text.slice(Math.max(0, e.agent.start - 40), e.agent.start));
    if (before) {
      const end = e.agent.start - before[0].length;
      const ws = wordsOf(text, Math.max(0, end - 40), end);
      return sideIn(ws, Math.max(0, ws.length - 4), ws.length, speakerSide, false);
    }
  }
  if (e.agent?.side) return e.agent.side;
  if (e.agent && ENEMY.test(e.agent.text)) return opponent(speakerSide) ?? (OCCUPIERS.test(e.agent.text) ? 'RU' : null);
  return null;
}

/** The words between an accused noun phrase and its act: "of", then adverbs ("accused Russia of once again targeting"). */
const ACCUSED_OF = /^\s*(\S(?:.{0,58}\S)?)\s+of\s+(?:(?:\p{L}+ly|once|again|also|even|still|now)\s+)*$/iu;

/**
 * (lane resp12) The doer of `e` when it is the gerund of an accusation ("Zelenskiy accused the
 * Russians of once again targeting civilians", "blamed Kyiv for shelling"): the claim's cue is a blame
 * word (data/responsibility-en.tsv) and its content opens with the accused noun phrase, then "of" or
 * "for" and the trigger; that noun phrase's side did it. Null otherwise.
 */
function accusedDoer(text: string, e: EventMention, claim: Claim, speakerSide: Side | null): Side | null {
  if (e.agent || !claim.cue || !enBlameWord(claim.cue.text.trim().toLowerCase().split(/\s+/).pop() ?? '')) return null;
  const frag = claim.content.find((f) => f.start <= e.trigger.start && e.trigger.end <= f.end);
  if (!frag || !/ing$/i.test(e.trigger.text)) return null;
  const m = ACCUSED_OF.exec(text.slice(frag.start, e.trigger.start).replace(/\s+for\s+((?:\p{L}+ly\s+)*)$/u, ' of $1'));
  if (!m) return null;
  const ws = wordsOf(text, frag.start, frag.start + m[0].indexOf(m[1]!) + m[1]!.length);
  return ws.length > 0 && ws.length <= 6 ? sideIn(ws, 0, ws.length, speakerSide, false) : null;
}

/**
 * (lane resp12) Whether the subject of the strike word of `e` is a name of no side that strikes
 * nothing: a run of capitalised words (a club, a company, a person: "Shakhtar Donetsk struck twice in
 * the second half") with no weapon word in it, and the verb with no target. A strike needs a doer
 * armed or a thing struck; such a sentence tells of no attack at all.
 */
function namedNonCombatant(text: string, e: EventMention): boolean {
  if (!e.agent || e.target) return false;
  const ws = wordsOf(text, e.agent.start, e.agent.end);
  if (ws.length === 0 || ws.some((w) => enWeaponWord(w.w) || enAirWord(w.w) || enDeviceWord(w.w))) return false;
  if (!/^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u.test(e.agent.text.trim())) return false;
  return sideIn(ws, 0, ws.length, null, false) === null;
}

/**
 * (lane resp12) The doer of `e` whose subject is a definite noun phrase of an organisation's head
 * noun alone ("the service had carried out Monday's drone strike", after "a source in the SBU security
 * service said"): the side of the organisation named with that head noun before it in its paragraph
 * (up to four words before the head noun). Null when there is none or it names no side. The head nouns
 * are data/org-words.tsv `head` rows, read once by the entity lexicon.
 */
function definiteDoer(text: string, e: EventMention, speakerSide: Side | null): Side | null {
  const m = e.agent ? /^the\s+(\p{L}+)$/iu.exec(e.agent.text.trim()) : null;
  if (!m || !entityLexicon().orgHeads.has(m[1]!.toLowerCase())) return null;
  const head = m[1]!.toLowerCase();
  const from = Math.max(0, text.lastIndexOf('\n\n', e.agent!.start), e.agent!.start - 400);
  const ws = wordsOf(text, from, e.agent!.start);
  for (let k = ws.length - 1; k > 0; k--) {
    if (ws[k]!.w !== head) continue;
    const side = sideIn(ws, Math.max(0, k - 4), k + 1, speakerSide, true);
    if (side) return side;
  }
  return null;
}

/** Plural subject pronouns that may stand for the doer of the strike told just before («they hit a hospital»). */
const PLURAL_PRONOUN = /^(?:they|вони|они)$/iu;

/**
 * (lane resp12) The doer of a strike whose subject is a plural pronoun ("They hit a children's hospital
 * in broad daylight," after "accused the Russians of once again targeting civilians"): the side of the
 * nearest strike told before it in its paragraph, at most two sentences back, by its subject, its "by"
 * phrase or its accusation (`accusedDoer`). The pronoun goes back to the doer of the act told last, as
 * a chain of reports on one attack runs. Null when there is none or it names no side.
 */
function pronounDoer(analysis: Analysis, e: EventMention, speakerSide: Side | null): Side | null {
  if (!e.agent || !PLURAL_PRONOUN.test(e.agent.text.trim())) return null;
  const text = analysis.text;
  let prev: EventMention | null = null;
  for (const x of analysis.events ?? []) {
    if (x === e || x.trigger.end > e.agent.start || !ATTACK_KINDS.has(x.kind) || x.polarity !== 'happened') continue;
    if (x.agent && PLURAL_PRONOUN.test(x.agent.text.trim())) continue;
    if (!prev || x.trigger.start > prev.trigger.start) prev = x;
  }
  if (!prev) return null;
  const between = text.slice(prev.trigger.end, e.agent.start);
  if (/\n\s*\n/.test(between) || (between.match(/[.!?](?=[\s"”»’']|$)/g) ?? []).length > 2) return null;
  const claim = typeof prev.claim === 'number' ? analysis.claims[prev.claim] : undefined;
  return enByAgent(text, prev.trigger.end, (ws, a, b) => sideIn(ws, a, b, speakerSide, false)) ?? agentSide(prev, speakerSide, text) ?? (claim ? accusedDoer(text, prev, claim, speakerSide) : null);
}

/** (lane resp12) Whether a place of the analyzer in the content of `claim` lies in Ukraine. */
function placedInUkraine(analysis: Analysis, claim: Claim): boolean {
  return analysis.places.some((p) => p.country === 'UA' && claim.content.some((f) => f.start <= p.start && p.end <= f.end));
}

/**
 * The events of claim `index` of `analysis`, in the events stage's order: grouped once per analysis,
 * so no reader scans every event of the document per claim (or per fragment of one).
 */
function eventsOfClaim(analysis: Analysis, index: number): readonly EventMention[] {
  const byClaim = memo(analysis, 'facts:eventsByClaim', () => {
    const m = new Map<number, EventMention[]>();
    for (const e of analysis.events ?? []) {
      if (typeof e.claim !== 'number') continue;
      const l = m.get(e.claim);
      if (l) l.push(e);
      else m.set(e.claim, [e]);
    }
    return m;
  });
  return byClaim.get(index) ?? [];
}

/**
 * (lane resp12) Whether claim `index` of `analysis` sets an attack aside: an attack word of the events
 * stage in it that did not happen («а не внаслідок атаки», "not a drone attack"). A claim that gives an
 * accident as the cause and sets an attack aside weighs the two causes of a loss: it is about the war
 * though it names no war word (a fire at an oil depot said to come from a breach of safety rules).
 */
export function attackSetAside(analysis: Analysis, index: number): boolean {
  return eventsOfClaim(analysis, index).some((e) => ATTACK_KINDS.has(e.kind) && e.polarity !== 'happened' && !(e.modality && NOT_ASSERTED.has(e.modality)));
}

/**
 * The speaker's side when the agent of `e` is the speaker itself: "we", or "it" said by an
 * organisation ("Russia's defence ministry said it had hit hangars", "the air force said it had shot
 * down ..."); "it" of a person speaker is a thing ("the governor said it hit a school").
 */
function selfAgentSide(e: EventMention, speaker: SpeakerInfo): Side | null {
  const a = e.agent?.text.trim().toLowerCase();
  if (!a || !speaker.side) return null;
  if (a === 'we') return speaker.side;
  if (a === 'it' && speaker.type === 'organisation') return speaker.side;
  // "the agency said on Tuesday its sea drones had sunk the ship": "its" of an organisation speaker
  // opens the doer's noun phrase (a date or time word may have been read into it)
  if (speaker.type !== 'person' && /^(?:[\p{L}-]+\s+){0,2}its\s+\S/u.test(e.agent!.text.trim())) return speaker.side;
  return null;
}

/**
 * The speaker's side when `e` has no subject of its own but stands in a verb phrase coordinated with
 * "and" after a claim that opens with the speaker's "it" or "we" ("it had begun anti-terrorist measures
 * and was striking only military targets"); null otherwise.
 */
function coordinatedSelf(text: string, e: EventMention, frags: readonly { start: number; end: number }[], speaker: SpeakerInfo): Side | null {
  if (e.agent || !speaker.side || frags.length === 0) return null;
  const first = wordsOf(text, frags[0]!.start, frags[0]!.end)[0]?.w;
  if (!(first === 'we' || (first === 'it' && speaker.type !== 'person'))) return null;
  const before = text.slice(Math.max(frags[0]!.start, e.trigger.start - 30), e.trigger.start);
  return /\band\s+(?:(?:was|were|is|are|had|has|have|also)\s+){0,2}$/i.test(before) && !/[.;:!?]/.test(text.slice(frags[0]!.start, e.trigger.start)) ? speaker.side : null;
}

/**
 * The doer of `e` when its subject noun phrase was read as the object of a participle that modifies
 * it ("the Russian troops occupying the plant had set car tyres alight": the events stage read "the
 * plant"): the agent of the event whose target is that noun phrase and whose trigger stands right
 * before it. Null when there is none.
 */
function participleSubject(text: string, e: EventMention, events: readonly EventMention[]): Side | null {
  const a = e.agent;
  if (!a || a.end > e.trigger.start) return null;
  for (const o of events) {
    if (o === e || !o.target || o.target.start !== a.start || o.target.end !== a.end) continue;
    if (!/^\s*$/.test(text.slice(o.trigger.end, a.start)) || !o.agent || o.agent.end > o.trigger.start) continue;
    if (!/^\p{Ll}+ing$/u.test(o.trigger.text)) continue;
    return o.agent.side ?? null;
  }
  return null;
}

/**
 * The event facts of claim `index` of `analysis` said by `speaker`; `denies` is true when the claim
 * is a denial (its cue or content denies: "Moscow denied ...", "... are not true").
 */
export function eventFacts(analysis: Analysis, index: number, speaker: SpeakerInfo, denies: boolean): EventFact[] {
  const out = tidy(eventFactsOf(analysis, index, speaker, denies));
  const claim = analysis.claims[index];
  // (lane resp11) brought down by its own side ("downed by friendly fire", «сбит собственной ПВО»):
  // the side it belongs to did it, not the other side the words around may name; an attack all the same
  const own = claim ? friendlyFire(analysis.text, claim.content, speaker.side) : null;
  if (own) {
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.topic === 'responsibility' && out[k]!.polarity === 1 && out[k]!.agentSide !== own.agentSide) out.splice(k, 1);
    if (!out.some((o) => o.topic === 'responsibility' && o.agentSide === own.agentSide && o.polarity === 1)) out.push(own);
    if (!out.some((o) => o.topic === 'cause')) out.push({ topic: 'cause', agentSide: own.agentSide, polarity: 1, cause: 'attack', text: own.text, start: own.start, end: own.end });
  }
  // the defender's air defence given as what did the damage is the claim's cause, over the attack it tells of
  const defence = claim ? defenceCause(analysis.text, claim.content, speaker.side) : null;
  if (defence) {
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.topic === 'cause') out.splice(k, 1);
    out.push(defence);
  }
  // what brought an aircraft down, when nothing else gave a cause («борт был сбит средствами ПВО»,
  // "no external impact on the aircraft"); every cause of a claim naming an aircraft is that aircraft's loss
  if (claim && !out.some((o) => o.topic === 'cause')) {
    const crash = crashCause(analysis.text, claim.content);
    if (crash) out.push(crash);
  }
  // what the weapon of a strike was, with no verb of the strike ("the weapon was an
  // intermediate-range ballistic missile"): the attack told with that class of missile
  if (claim && !out.some((o) => o.topic === 'cause')) {
    const named = weaponIdentified(analysis.text, claim.content);
    if (named) out.push(named);
  }
  if (claim && out.some((o) => o.topic === 'cause') && aircraftNamed(analysis.text, claim.content)) for (const o of out) if (o.topic === 'cause') o.loss = 'aircraft';
  if (claim) enemyOfTarget(analysis.text, claim.content, out, speaker.side);
  if (claim) doerAfterVerb(analysis.text, claim.content, out, speaker.side);
  if (claim) ownDoerlessStrike(analysis, index, out, speaker, denies);
  if (claim) ownVoiceDoer(analysis, index, out, speaker, denies);
  if (claim && out.some(targetable)) withTargets(analysis.text, targetFrags(analysis, index, claim.content), out, speaker.side, placeSpans(analysis));
  return out;
}

/** A pronoun as the doer ("they had carried out the raid", «вони завдали ударів»): someone the claim names elsewhere, not a doerless report. */
const PRONOUN_AGENT = /^(?:they|he|she|it|we|вони|они|він|она|вона|он|мы|ми)$/iu;

let sharedRegions: Set<string> | null = null;
/** The first-level regions either belligerent calls its own (data/strike-territory-ruuk.tsv rows `region`). */
function regionsClaimedByBoth(): Set<string> {
  if (sharedRegions) return sharedRegions;
  sharedRegions = new Set();
  for (const [phrase, code] of table('strike-territory-ruuk.tsv')) if (phrase === 'region' && code) sharedRegions.add(code);
  return sharedRegions;
}

/**
 * A strike its doer reports in its own voice without naming the doer (lane agree10): the ministry's
 * passive «Нанесён удар высокоточным оружием по аэродрому в ...», the General Staff's «Уражено
 * нафтопереробний завод у ...», "an ammunition depot near ... in Russia's Tver region had been hit",
 * said by an official institution of one belligerent (a ministry, an army, in a statement or its
 * channel; not a person) about places that all lie in the other belligerent's
 * country, none in a region either side calls its own (data/strike-territory-ruuk.tsv): a side's
 * army reports the strikes it made on the enemy's land, and a strike on its own land it tells as
 * the enemy's (a governor's «Удар по Харкову», a mayor's «Нанесён удар по центру Горловки» are not
 * read here). Only when no fact of the claim names a doer or denies a deed, the claim is no denial,
 * and the events stage found a strike that happened with no doer of its own. Sets the speaker's side
 * on the claim's doerless responsibility fact, or adds one.
 */
function ownDoerlessStrike(analysis: Analysis, index: number, facts: EventFact[], speaker: SpeakerInfo, denies: boolean): void {
  const own = speaker.side;
  const enemy = opponent(own);
  // (an institution's report, a ministry's or an army's, in its statement or channel: a person's words,
  // «прогнозуємо, що таких атак дронів на Москву побільшає», are no report of a strike made)
  if (!own || !enemy || speaker.official !== true || denies || (speaker.type !== 'organisation' && speaker.type !== 'channel')) return;
  if (facts.some((f) => f.topic === 'responsibility' && (f.agentSide !== null || f.polarity === -1))) return;
  const claim = analysis.claims[index];
  if (!claim) return;
  const text = analysis.text;
  const within = (x: { start: number; end: number }): boolean => claim.content.some((f) => x.start >= f.start && x.end <= f.end);
  // (a wire's dateline, «МОСКВА, 2 июля. /ТАСС/.», is where the report was filed, not where the strike was)
  const places = (analysis.places ?? []).filter((p) => (!p.role || p.role === 'place') && p.level !== 'country' && within(p) && !datelineName(text, p.start, p.end));
  if (places.length === 0 || !places.every((p) => p.country === enemy)) return;
  // in a region either side calls its own (Donetsk, Crimea) a doerless strike is as often one the
  // speaker's side suffered: only a report of a military object struck and no civilian one («Нанесён удар по пункту управления в районе
  // Краматорска») is its own strike there (data/target-words.tsv)
  if (places.some((p) => p.admin1 && regionsClaimedByBoth().has(p.admin1))) {
    const found = claim.content.flatMap((f) => targetMatcher().scan(wordsOf(text, f.start, f.end)).map((x) => x.row));
    if (!found.includes('military') || found.includes('civilian')) return;
  }
  const e = eventsOfClaim(analysis, index).find((x) => ATTACK_KINDS.has(x.kind) && x.polarity === 'happened' && !(x.modality && NOT_ASSERTED.has(x.modality))
    && !x.agent?.side && !(x.agent && (ENEMY.test(x.agent.text) || PRONOUN_AGENT.test(x.agent.text.trim()) || sideIn(wordsOf(text, x.agent.start, x.agent.end), 0, wordsOf(text, x.agent.start, x.agent.end).length, own, false) !== null)) && within(x.trigger)
    && !ruukTriggerVetoed(text, x.trigger.start, x.trigger.end) && !enTriggerVetoed(text, x.trigger.start, x.trigger.end)
    && !ruukElsewhereAct(text, x.trigger.start, x.trigger.end) && !weaponModifier(text, x) && !groundOperation(x.trigger.text)
    && downedWeapon(text, x, own) === undefined);
  if (!e) return;
  const doerless = facts.find((f) => f.topic === 'responsibility' && f.polarity === 1 && f.agentSide === null);
  if (doerless) doerless.agentSide = own;
  else facts.push({ topic: 'responsibility', agentSide: own, polarity: 1, cause: null, text: e.trigger.text, start: e.trigger.start, end: e.trigger.end });
}

/** A Russian or Ukrainian short passive participle or impersonal form («уничтожен», «знищено», «поражены», «збито»): its subject, before it, is what was hit. */
const CYRILLIC_PASSIVE = /(?:ен|ён|ан|ян|ит|ут|ена|ено|ены|ана|ано|аны|яно|ита|ито|иты|ені|ані|ято|уто|ята)$/u;
/** How many words an object's phrase may run after its verb. */
const OBJECT_WORDS = 10;
/** How many words a passive's subject, what was hit, may run before its verb ("An ammunition depot of the 56th motorised infantry brigade of the Ukrainian armed forces was destroyed"). */
const SUBJECT_WORDS = 16;

/**
 * Who did a strike told in a side's own voice without its doer (lane own13), set on the claim's
 * facts:
 * - an enemy object hit: a destroy or strike word whose object is a military object of
 *   data/target-words.tsv or a piece of equipment of data/own-voice-words.tsv (`object`: an
 *   aircraft, a ship, an air-defence launcher), and whose owner, named in that phrase, is the
 *   speaker's opponent and no one else («у Каховці знищено склад боєприпасів противника»,
 *   «Уничтожен склад боеприпасов ВСУ», "an enemy ammunition depot was destroyed", «Нанесено
 *   поражение живой силе ... ВСУ»): the speaker's side did it, as a side reports the enemy objects
 *   it struck. The object's phrase is what follows the word up to a preposition of place or a
 *   clause mark, and for a passive ("was destroyed", «уничтожен») also its subject before it. Not
 *   when the clause before the word names the enemy as its subject («Противник уничтожил ...»), nor
 *   for drones or missiles destroyed (an interception of the enemy's attack), nor for an object of
 *   no owner («знищено склад із гуманітарною допомогою»: a loss the speaker's side took);
 * - a praise of the units that strike, with a place in the claim: "Thank you to the Air Force
 *   pilots for the precise work in Berdiansk", «Дякую пілотам ... за ювелірну роботу на Чонгарі»
 *   (data/own-voice-words.tsv `thank`, `thanked`, `deed`): one thanks one's own pilots, so the
 *   speaker's side struck there.
 * Only in a claim of the document's own voice or of an official of one of the two sides, and not
 * in a denial. A doer the claim names for the strike stays, unless it is the owner of the object
 * read as the doer (a side word after the verb, none before it): then it is replaced.
 */
function ownVoiceDoer(analysis: Analysis, index: number, facts: EventFact[], speaker: SpeakerInfo, denies: boolean, back = false): void {
  const claim = analysis.claims[index];
  const own = speaker.side;
  const enemy = opponent(own);
  if (!claim || denies || (own !== 'RU' && own !== 'UA') || !enemy) return;
  if (!claim.speaker?.fromDocument && speaker.official !== true) return;
  if (facts.some((f) => f.topic === 'responsibility' && (f.polarity === -1 || (f.agentSide !== null && f.agentSide !== enemy)))) return;
  const text = analysis.text;
  let doer: { start: number; end: number; text: string } | null = null;
  let replace = false;
  for (const fr of claim.content) {
    if (doer) break;
    const words = wordsOf(text, fr.start, fr.end);
    if (words.length === 0) continue;
    // the praise of the units that strike, with a place in the claim
    const praise = praiseIn(words);
    if (praise && (analysis.places ?? []).some((p) => (!p.role || p.role === 'place') && p.level !== 'country' && p.start >= fr.start && p.end <= fr.end)) {
      doer = { start: words[praise.from]!.start, end: words[praise.to - 1]!.end, text: text.slice(words[praise.from]!.start, words[praise.to - 1]!.end) };
      break;
    }
    // the strike words: destroy and strike events of the claim, and the facts' own strike words
    const triggers: { start: number; end: number }[] = [];
    for (const e of eventsOfClaim(analysis, index)) {
      if ((e.kind !== 'destroy' && !ATTACK_KINDS.has(e.kind)) || e.polarity !== 'happened' || (e.modality && NOT_ASSERTED.has(e.modality))) continue;
      if (e.trigger.start < fr.start || e.trigger.end > fr.end) continue;
      if (ruukTriggerVetoed(text, e.trigger.start, e.trigger.end) || enTriggerVetoed(text, e.trigger.start, e.trigger.end)) continue;
      triggers.push(e.trigger);
    }
    for (const f of facts) if ((f.topic === 'responsibility' || (f.topic === 'cause' && f.cause === 'attack')) && f.polarity === 1 && f.start >= fr.start && f.end <= fr.end) triggers.push(f);
    // (a hit or strike noun told with its object, «влучання по», "A precise hit on": data/own-voice-words.tsv `deed`)
    for (let k = 0; k + 1 < words.length; k++) if (ownVoiceWord(words[k]!.w, 'deed') && /^(?:on|against|по)$/.test(words[k + 1]!.w)) triggers.push(words[k]!);
    for (const tr of triggers) {
      const t = words.findIndex((w) => w.start >= tr.start);
      if (t < 0) continue;
      let t1 = t;
      while (t1 + 1 < words.length && words[t1 + 1]!.end <= tr.end) t1++;
      const gapBreak = (k: number): boolean => /[,;:.!?\n—–()]/.test(text.slice(words[k - 1]!.end, words[k]!.start));
      // the clause around the word
      let a = t;
      while (a > 0 && !gapBreak(a)) a--;
      // the object's phrase after the word, up to a preposition of place or a clause mark
      let b = t1 + 1;
      while (b < words.length && b - t1 <= OBJECT_WORDS && !gapBreak(b) && !ownVoiceWord(words[b]!.w, 'stop')) b++;
      const spans: [number, number][] = [[t1 + 1, b]];
      // a passive's subject before it: "an enemy ammunition depot was destroyed", «Склад ВСУ уничтожен»
      const tw = words[t]!.w;
      // (English: after a form of "be", or a bare participle that ends its clause, a headline's "Ukrainian ammunition depot destroyed")
      const passive = CYRILLIC_WORD.test(tw) ? CYRILLIC_PASSIVE.test(tw) : /(?:ed|hit)$/.test(tw) && t > a && (BE.has(words[t - 1]!.w) || (t1 === t && (t + 1 >= words.length || gapBreak(t + 1)) && !/^(?:had|has|have|they|we|it|he|she)$/.test(words[t - 1]!.w)));
      let subjectFrom = t;
      if (passive) {
        let s = t;
        while (s > a && t - s < SUBJECT_WORDS && !ownVoiceWord(words[s - 1]!.w, 'stop')) s--;
        spans.push([s, t]);
        subjectFrom = s;
      }
      const military = (from: number, to: number): boolean => {
        const ws = words.slice(from, to);
        const found = targetMatcher().scan(ws);
        if (found.some((x) => x.row === 'civilian') || ws.some((w) => ownVoiceWord(w.w, 'weapon'))) return false;
        // (a count, «уничтожено более 600 украинских военнослужащих», "52 occupiers", is a tally of the
        // enemy's losses, figures, not an object struck)
        if (ws.some((w) => /^\d+$/.test(w.w))) return false;
        return found.some((x) => x.row === 'military') || ws.some((w) => ownVoiceWord(w.w, 'object'));
      };
      const owners = new Set<Side>();
      let objectSeen = false;
      for (const [from, to] of spans) {
        if (from >= to || !military(from, to)) continue;
        objectSeen = true;
        for (let k = from; k < to; k++) {
          const s = sideIn(words as { w: string; start: number; end: number }[], k, k + 1, own, false);
          if (s) owners.add(s);
        }
      }
      if (!objectSeen || owners.size !== 1 || !owners.has(enemy)) continue;
      // (the enemy as the subject before the word did it: «Противник уничтожил склад»)
      const before = new Set<Side>();
      if (!passive) for (let k = a; k < t; k++) { const s = sideIn(words, k, k + 1, own, false); if (s) before.add(s); }
      if (before.has(enemy)) continue;
      // (a doer the claim names stays unless the word is a passive, whose object is what was hit, or an
      // active verb whose subject before it is the speaker's side: in «Станцию подорвали отходящие
      // подразделения ВСУ» the side after the verb is its subject; a strike noun after a passive light
      // verb, «Нанесено поражение живой силе ... ВСУ», is told in the passive too)
      const rep = passive || before.has(own) || (t > a && CYRILLIC_WORD.test(words[t - 1]!.w) && CYRILLIC_PASSIVE.test(words[t - 1]!.w));
      if (!doer || (rep && !replace)) {
        doer = { start: words[t]!.start, end: words[t1]!.end, text: text.slice(words[t]!.start, words[t1]!.end) };
        replace = rep;
      }
      if (replace) break;
    }
  }
  // (lane agreewin13) "Ukrainian ammunition depot destroyed. The strike was delivered near
  // Kostiantynivka": a strike told with "the" and no doer, right after the same voice's sentence of
  // an enemy object hit (same paragraph), is that strike: the speaker's side's
  if (!doer && !back) {
    const head = anaphoricStrike(analysis, index, facts);
    if (head) {
      const prev: EventFact[] = [];
      ownVoiceDoer(analysis, index - 1, prev, speaker, false, true);
      if (prev.some((f) => f.topic === 'responsibility' && f.polarity === 1 && f.agentSide === own)) {
        head.agentSide = own;
        return;
      }
    }
  }
  if (!doer) return;
  let set = false;
  for (const f of facts) {
    if (f.topic !== 'responsibility' || f.polarity !== 1) continue;
    if (f.agentSide === null || (replace && f.agentSide === enemy)) {
      f.agentSide = own;
      set = true;
    }
  }
  // (a strike of the enemy's subject, not replaced, keeps its doer: nothing is added beside it)
  if (facts.some((f) => f.topic === 'responsibility' && f.agentSide === enemy)) return;
  if (!set && !facts.some((f) => f.topic === 'responsibility' && f.agentSide === own && f.polarity === 1)) facts.push({ topic: 'responsibility', agentSide: own, polarity: 1, cause: null, text: doer.text, start: doer.start, end: doer.end });
}

/**
 * The responsibility fact of no doer that opens claim `index` as "the strike" ("The strike was
 * delivered near X"), when the claim before it is of the same document voice and ends in the sentence
 * right before it, in the same paragraph; else null.
 */
function anaphoricStrike(analysis: Analysis, index: number, facts: EventFact[]): EventFact | null {
  const claim = analysis.claims[index];
  const prev = index > 0 ? analysis.claims[index - 1] : undefined;
  if (!claim || !prev || !claim.speaker?.fromDocument || !prev.speaker?.fromDocument) return null;
  const first = claim.content[0];
  const last = prev.content[prev.content.length - 1];
  if (!first || !last || last.end > first.start) return null;
  const text = analysis.text;
  const words = wordsOf(text, first.start, first.end);
  if (words.length < 2 || words[0]!.w !== 'the') return null;
  const f = facts.find((x) => x.topic === 'responsibility' && x.polarity === 1 && x.agentSide === null && x.start === words[1]!.start);
  if (!f) return null;
  // the sentence right before: one sentence mark between, no paragraph break
  const gap = text.slice(last.end, first.start);
  if (/\n\s*\n/.test(gap) || (gap.match(/[.!?]/g) ?? []).length > 1) return null;
  const sentences = analysis.sentences.filter((x) => x.end > last.start && x.start < first.start);
  return sentences.length <= 2 ? f : null;
}

let identifyWords: PhraseMatcher<string> | null = null;
/**
 * An attack as the cause when a fragment says what the weapon was ("the weapon was an experimental
 * intermediate-range ballistic missile", «это была баллистическая ракета средней дальности», «це
 * була ракета середньої дальності»): a frame of data/weapon-classes.tsv (rows `identify`) with one
 * class of missile up to six words after it in its clause, no negation between; else null.
 */
export function weaponIdentified(text: string, frags: readonly { start: number; end: number }[]): EventFact | null {
  if (!identifyWords) {
    identifyWords = new PhraseMatcher<string>();
    // the frames and every class of missile (not the `reporting` words, which only weaponClasses reads)
    for (const [phrase, cls] of table('weapon-classes.tsv')) if (phrase && cls && cls !== 'reporting') identifyWords.add(phrase, cls);
  }
  for (const fr of frags) {
    const words = wordsOf(text, fr.start, fr.end);
    const found = identifyWords.scan(words);
    for (const f of found) {
      if (f.row !== 'identify') continue;
      const cls = found.filter((x) => x.row !== 'identify' && x.from >= f.to && x.from - f.to <= 6);
      if (cls.length === 0 || new Set(cls.map((x) => x.row)).size !== 1) continue;
      const c = cls[0]!;
      if (words.slice(f.from, c.from).some((w) => NEGATIONS.has(w.w))) continue;
      if (clauseBreakBetween(text, words, f.from, c.from)) continue;
      const start = words[f.from]!.start;
      const end = words[c.to - 1]!.end;
      return { topic: 'cause', agentSide: null, polarity: 1, cause: 'attack', text: text.slice(start, end), start, end };
    }
  }
  return null;
}

/** A strike's noun or verb of a hit (en, ru, uk), for a cause of no named doer read as a strike by `enemyOfTarget`. */
const STRIKE_NOUN = /^(?:strikes?|hit|удар|удара|ударом|влучання|влучив|влучила|попадани|обстрел)/i;

/**
 * A strike told without its doer whose target is one side's own forces («удар пришёлся по месту сбора
 * командного состава ВСУ», "the strike had targeted a meeting of Ukrainian commanders", «удар влучив
 * у місце збору російських офіцерів») was made by that side's enemy (lane target2): a rule of
 * reporting, since no side strikes its own command staff. Only when no fact of the claim names a doer;
 * the military phrase (data/target-words.tsv) stands after the strike's trigger and its side word
 * (data/actors.tsv, "противника") within two words before it or right after it; every such phrase
 * must name the same side. Sets the doer on the claim's doerless strike, or adds one for the attack
 * the claim gives as a cause.
 */
function enemyOfTarget(text: string, frags: readonly { start: number; end: number }[], facts: EventFact[], speakerSide: Side | null): void {
  // (a strike, not an assault beaten off: «отражены шесть атак ... Потери противника составили до 120 военнослужащих»)
  withStrikeDoer(facts, (f) => STRIKE_NOUN.test(f.text), (strike) => {
    const owners = new Set<Side>();
    for (const fr of frags) {
      if (fr.end <= strike.start) continue;
      // (the strike's own sentence only)
      const rest = text.slice(Math.max(fr.start, strike.start), fr.end);
      const stop = /[.!?](?:\s|$)/.exec(rest);
      const words = wordsOf(text, Math.max(fr.start, strike.start), stop ? Math.max(fr.start, strike.start) + stop.index : fr.end);
      for (const x of targetMatcher().scan(words)) {
        if (x.row !== 'military') continue;
        if (words.slice(Math.max(0, x.from - 3), x.from).some((w) => NEGATIONS.has(w.w))) continue;
        const owner = sideIn(words, Math.max(0, x.from - 2), x.from, speakerSide, true) ?? (x.to < words.length && !clauseBreakBetween(text, words, x.to - 1, x.to) ? sideIn(words, x.to, x.to + 1, speakerSide, false) : null);
        if (owner) owners.add(owner);
      }
    }
    return owners.size === 1 ? opponent([...owners][0]!) : null;
  });
}

/**
 * The frame `enemyOfTarget` and `doerAfterVerb` share: when no fact of the claim names a doer, the
 * claim's strike of no named doer (its responsibility fact, else its attack given as a cause that
 * `causeFits`) gets the doer `doerOf` reads for it: set on the responsibility fact, or added as one
 * for the cause. Nothing when there is no such strike or `doerOf` gives null.
 */
function withStrikeDoer(facts: EventFact[], causeFits: (f: EventFact) => boolean, doerOf: (strike: EventFact) => Side | null): void {
  if (facts.some((f) => f.topic === 'responsibility' && f.agentSide !== null)) return;
  const strike = facts.find((f) => f.topic === 'responsibility' && f.polarity === 1 && f.agentSide === null) ?? facts.find((f) => f.topic === 'cause' && f.cause === 'attack' && f.polarity === 1 && f.agentSide === null && causeFits(f));
  if (!strike) return;
  const doer = doerOf(strike);
  if (!doer) return;
  if (strike.topic === 'responsibility') strike.agentSide = doer;
  else facts.push({ topic: 'responsibility', agentSide: doer, polarity: 1, cause: null, text: strike.text, start: strike.start, end: strike.end });
}

let afterVerb: { verbs: Map<string, 'verb' | 'verb-weapon'>; weapons: Set<string>; stops: Set<string> } | null = null;
/** data/strike-doer-after-verb-ruuk.tsv: verbs after which a strike's doer stands, weapon nouns, words that end the doer's phrase. */
function afterVerbLexicon(): NonNullable<typeof afterVerb> {
  if (afterVerb) return afterVerb;
  const verbs = new Map<string, 'verb' | 'verb-weapon'>();
  const weapons = new Set<string>();
  const stops = new Set<string>();
  for (const [w, role] of table('strike-doer-after-verb-ruuk.tsv')) {
    if (!w) continue;
    if (role === 'verb' || role === 'verb-weapon') verbs.set(w, role);
    else if (role === 'weapon') weapons.add(w);
    else if (role === 'stop') stops.add(w);
  }
  return (afterVerb = { verbs, weapons, stops });
}

/**
 * A Russian or Ukrainian strike told with its doer after the verb (lane agree12): «Нічну атаку дронів
 * на нафтопереробні заводи ... провела Служба безпеки України» (a verb of carrying out, then a
 * capitalised name), «Завод у Туапсе вночі атакували дрони Головного управління розвідки» (a verb of
 * attacking, a weapon noun, its owner in the genitive). The side of the words after the verb, up to
 * a preposition, a conjunction or a clause break (at most five words), is the doer of the claim's
 * strike of no named doer (data/strike-doer-after-verb-ruuk.tsv; sides from data/actors*.tsv). Nothing
 * when a fact already names a doer, when the verb is negated, or when two such phrases name two sides.
 */
function doerAfterVerb(text: string, frags: readonly { start: number; end: number }[], facts: EventFact[], speakerSide: Side | null): void {
  withStrikeDoer(facts, () => true, () => {
    const lex = afterVerbLexicon();
    const doers = new Set<Side>();
    for (const fr of frags) {
      const words = wordsOf(text, fr.start, fr.end);
      for (let i = 0; i < words.length - 1; i++) {
        const role = lex.verbs.get(words[i]!.w);
        if (!role || (i > 0 && NEGATIONS.has(words[i - 1]!.w))) continue;
        let j = i + 1;
        if (clauseBreakBetween(text, words, i, j)) continue;
        if (lex.weapons.has(words[j]!.w)) j++;
        else if (role === 'verb-weapon' || !/^\p{Lu}/u.test(text.slice(words[j]!.start, words[j]!.end))) continue;
        let k = j;
        while (k < words.length && k - j < 5 && !lex.stops.has(words[k]!.w) && (k === j || !clauseBreakBetween(text, words, k - 1, k))) k++;
        if (k === j) continue;
        const side = sideIn(words, j, k, speakerSide, false);
        if (side) doers.add(side);
      }
    }
    return doers.size === 1 ? [...doers][0]! : null;
  });
}

/** The kinds of weapon (data/weapon-kinds.tsv) of words `from`..`to` of `words`. */
function weaponKindsIn(words: readonly { w: string }[], from: number, to: number): string[] {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) addWeaponKinds(words[i]!.w, out);
  return [...out].sort();
}

let defenceWords: PhraseMatcher<string> | null = null;
/** Phrases of data/cause-defence.tsv (air defence as the cause; a loss denied). */
export function defenceMatcher(): PhraseMatcher<string> {
  if (defenceWords) return defenceWords;
  const m = new PhraseMatcher<string>();
  for (const [phrase, cls] of table('cause-defence.tsv')) if (phrase && cls) m.add(phrase, cls);
  return (defenceWords = m);
}

/**
 * The defender's air defence given as the cause of what was hit (data/cause-defence.tsv), or null:
 * a name of air defence with a word of cause up to five words before it in its clause ("the
 * collapse had been caused by Ukrainian air defence", «пошкодження — наслідок дій російської ППО»,
 * "the fall of a Ukrainian air-defence missile"), not denied ("was not caused by") nor weighed as a
 * version ("may have been caused by", "suggested"); or a weapon hit by the speaker's own side's air
 * defence that then fell ("hit by Ukrainian air defences and had fallen onto the building", said in
 * Kyiv). A claim that names debris tells of an attack whose debris fell: none; nor an air defence
 * followed in its clause by what it shot down («в результате работы ПВО удалось сбить шесть ракет»);
 * nor, on the path of a word of cause, sounds heard («вибухи», "explosions heard") or an air defence
 * of no named side said by a side (its own at work: lane fixA, finding 1).
 */
export function defenceCause(text: string, frags: readonly { start: number; end: number }[], speakerSide: Side | null): EventFact | null {
  const m = defenceMatcher();
  const scans = frags.map((f) => {
    const words = wordsOf(text, f.start, f.end);
    return { words, found: m.scan(words) };
  });
  if (scans.some((s) => s.found.some((x) => x.row === 'debris'))) return null;
  for (const { words, found } of scans) {
    // no clause mark between two words (a dash may stand before the word of cause: «пошкодження — наслідок ППО»)
    const open = (a: number, b: number): boolean => !/[;:.!?]/.test(text.slice(words[a]!.end, words[b]!.start));
    for (const d of found) {
      if (d.row !== 'defence') continue;
      const span = (a: number): EventFact => ({ topic: 'cause', agentSide: null, polarity: 1, cause: 'defence', text: text.slice(words[a]!.start, words[d.to - 1]!.end), start: words[a]!.start, end: words[d.to - 1]!.end });
      // (what the air defence shot down after it, «в результате работы ПВО удалось сбить шесть ракет», is no damage it did)
      if (found.some((x) => (x.row === 'downed' || x.row === 'loss') && x.from >= d.to && x.from - d.to <= 6 && open(d.to - 1, x.from))) continue;
      const because = found.filter((x) => x.row === 'because' && x.to <= d.from && d.from - x.to <= 5 && open(x.from, d.from)).pop();
      if (because) {
        const before = found.filter((x) => x.to <= because.from && because.from - x.to <= 3);
        if (before.some((x) => x.row === 'negation')) continue;
        if (found.some((x) => x.row === 'hedge' && x.to <= because.from && because.from - x.to <= 4)) continue;
        // sounds heard before it in its clause tell what was heard, not what was hit ("explosions heard
        // in Kyiv were the result of air defence work", «громкие звуки — результат работы ПВО")
        if (found.some((x) => x.row === 'sound' && x.to <= because.from && open(x.from, because.from))) continue;
        // an air defence of no named side, said by a side, is the speaker's own at work over its own
        // ground («вибухи внаслідок роботи ППО», Klitschko): no cause set against the other side's
        // strike. A side named stays: the opponent's, or the speaker's own owned up to
        if (speakerSide !== null && sideIn(words, because.to, d.to, speakerSide, true) === null) continue;
        return span(because.from);
      }
      const hit = found.filter((x) => x.row === 'hitfall' && x.to <= d.from && d.from - x.to <= 3 && open(x.from, d.from)).pop();
      if (!hit || speakerSide === null) continue;
      const fall = found.find((x) => x.row === 'fall' && x.from >= d.to && x.from - d.to <= 4 && open(d.to - 1, x.from));
      if (fall && sideIn(words, hit.to, d.from, speakerSide, false) === speakerSide) return span(hit.from);
    }
  }
  return null;
}

/**
 * One responsibility fact per side and sense in a claim ("a Russian strike ... hit a facility" is one
 * strike told twice), and a strike of no named doer only when no fact of the claim names one ("Kyiv
 * blamed Russia for the shelling": the shelling is Russia's).
 */
export function tidy(facts: EventFact[]): EventFact[] {
  const named = facts.some((f) => f.topic === 'responsibility' && f.agentSide !== null);
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (f.topic !== 'responsibility') return true;
    if (f.agentSide === null && named) return false;
    const k = `${f.agentSide}|${f.polarity}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The side whose weapon event `e` shoots down or destroys (null: a weapon of no named side), or
 * undefined when `e` downs no weapon: an interception or destruction whose patient (its object; with
 * a "by" phrase after the trigger, the noun phrase before it) ends in a weapon noun of
 * data/responsibility-en.tsv. A manned aircraft shot down is the downer's attack (`downsAircraft`).
 */
function downedWeapon(text: string, e: EventMention, speakerSide: Side | null): Side | null | undefined {
  if ((e.kind !== 'intercept' && e.kind !== 'destroy') || downsAircraft(e)) return undefined;
  const byAfter = enByAgent(text, e.trigger.end, () => null) !== undefined;
  const patient = byAfter && e.agent && e.agent.end <= e.trigger.start ? e.agent : e.target;
  if (!patient) return undefined;
  const ws = wordsOf(text, patient.start, patient.end);
  if (ws.length === 0 || !enWeaponWord(ws[ws.length - 1]!.w)) return undefined;
  return sideIn(ws, 0, ws.length, speakerSide, false);
}

/** A class of data/target-words.tsv: an object's kind, energy, a word saying the object before it serves the military, or rescuers at work beside a civilian word. */
type TargetRow = 'civilian' | 'military' | 'energy' | 'serving' | 'working';
let targetWords: PhraseMatcher<TargetRow> | null = null;
/** Phrases of data/target-words.tsv (what kind of object a strike hit). */
function targetMatcher(): PhraseMatcher<TargetRow> {
  if (targetWords) return targetWords;
  const m = new PhraseMatcher<TargetRow>();
  for (const [phrase, cls] of table('target-words.tsv')) {
    if (cls !== 'civilian' && cls !== 'military' && cls !== 'energy' && cls !== 'serving' && cls !== 'working') throw new Error(`sitrep: data/target-words.tsv: bad class "${cls}" for "${phrase}"`);
    m.add(phrase!, cls);
  }
  return (targetWords = m);
}

let targetRows: PhraseMatcher<string> | null = null;
/**
 * The phrases of data/target-words.tsv (a market, a hospital, «жилой дом») that `content` names,
 * negated or not, as written in the table: what object a claim is about ("did not strike a market"
 * is about a market). For compare's pairing of one strike across days (`accusedDenials`).
 */
export function targetPhrases(content: string): Set<string> {
  if (!targetRows) {
    targetRows = new PhraseMatcher<string>();
    for (const [phrase, cls] of table('target-words.tsv')) if (cls === 'civilian' || cls === 'military' || cls === 'energy') targetRows.add(phrase!, phrase!);
  }
  return new Set(targetRows.scan(wordsOf(content)).map((x) => x.row));
}

/**
 * The words of `content` that name an object of kind `cls` (data/target-words.tsv), as written and
 * in order, each once: what a side says a strike hit ("hangars", «житловому кварталу»), for the
 * explanation of a dispute over the target. Negation is not read here: the fact's `target` decided it.
 */
export function targetTexts(content: string, cls: 'civilian' | 'military'): string[] {
  const out: string[] = [];
  const ws = wordsOf(content);
  for (const x of targetMatcher().scan(ws)) {
    if (x.row !== cls && x.row !== 'energy') continue;
    const t = content.slice(ws[x.from]!.start, ws[x.to - 1]!.end);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/** The kind of object (civilian or military; energy counts as civilian) of a phrase of data/target-words.tsv, as `targetPhrases` gives it. */
export function targetClass(phrase: string): 'civilian' | 'military' | null {
  if (!targetClasses) targetClasses = new Map(table('target-words.tsv').filter((r) => r[1] === 'civilian' || r[1] === 'military' || r[1] === 'energy').map((r) => [r[0]!, r[1] === 'military' ? 'military' : 'civilian']));
  return targetClasses.get(phrase) ?? null;
}
let targetClasses: Map<string, 'civilian' | 'military'> | null = null;

/**
 * Whether a fact tells of a strike whose target `withTargets` reads: an affirmed responsibility fact
 * (its doer named or not), or an attack given as the cause («Рыльск подвергся ракетному удару», the
 * doer left unsaid: lane target10).
 */
function targetable(f: EventFact): boolean {
  return f.polarity === 1 && (f.topic === 'responsibility' || (f.topic === 'cause' && f.cause === 'attack'));
}

/** How many sentences after a claim an own-voice post may go on naming what its strike hit. */
const TARGET_SENTENCES_AFTER = 3;

/**
 * The spans a claim's target is read from: its content and, in a text in its author's own voice (a
 * governor's or a ministry's post), the sentences that follow it in its paragraph, up to three, while
 * they name no place the claim does not (lane target10): such a post tells the strike in one sentence
 * and what it hit in the next ones («Уночі росіяни атакували Білу Церкву. Одна з ракет влучила в
 * житловий будинок. Загинули мирні мешканці.»; «... нанесли удар ... Все назначенные объекты
 * поражены.»). A sentence naming another town is another strike's, and so is one whose strike is
 * another claim's («... операторов беспилотников, которые участвуют в ударах по гражданским объектам»).
 */
function targetFrags(analysis: Analysis, index: number, content: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  if (!analysis.author?.ownVoice || content.length === 0) return [...content];
  const last = content[content.length - 1]!;
  const sentences = analysis.sentences;
  const at = sentences.findIndex((x) => x.start <= last.end - 1 && last.end <= x.end);
  if (at < 0) return [...content];
  const inClaim = (p: { start: number; end: number }): boolean => content.some((f) => f.start <= p.start && p.end <= f.end);
  const own = new Set((analysis.places ?? []).filter((p) => (!p.role || p.role === 'place') && inClaim(p)).map((p) => p.id ?? p.name));
  const out = [...content];
  for (let k = at + 1; k < sentences.length && k <= at + TARGET_SENTENCES_AFTER; k++) {
    const x = sentences[k]!;
    if (x.paragraph !== sentences[at]!.paragraph) break;
    if ((analysis.places ?? []).some((p) => (!p.role || p.role === 'place') && p.start >= x.start && p.end <= x.end && p.level !== 'country' && !own.has(p.id ?? p.name))) break;
    if ((analysis.events ?? []).some((e) => typeof e.claim === 'number' && e.claim !== index && ATTACK_KINDS.has(e.kind) && e.trigger.start >= x.start && e.trigger.end <= x.end)) break;
    out.push({ start: x.start, end: x.end });
  }
  return out;
}

/** How many words before a passive trigger its subject, what was hit, may begin ("the seat of the government had been hit"). */
const PASSIVE_SUBJECT_WORDS = 6;

/**
 * Where the words naming what a strike hit begin for fact `f`: its trigger, or, when the trigger is
 * an English passive ("civilians were targeted", "two apartment blocks were hit"), the subject
 * before it (what was hit), up to six words back within the fragment and its clause (lane target10).
 */
function passiveSubjectStart(text: string, frags: readonly { start: number; end: number }[], f: EventFact): number {
  const fr = frags.find((x) => x.start <= f.start && f.start < x.end);
  if (!fr) return f.start;
  const ws = wordsOf(text, fr.start, f.start);
  let k = ws.length - 1;
  // an adverb between the auxiliary and the participle ("civilians were deliberately targeted"; lane miss14)
  if (k > 0 && /^[a-z]+ly$/.test(ws[k]!.w) && BE.has(ws[k - 1]!.w)) k--;
  // the auxiliaries right before the trigger ("were", "had been", "has been")
  let aux = false;
  while (k >= 0 && (BE.has(ws[k]!.w) || ws[k]!.w === 'had' || ws[k]!.w === 'has' || ws[k]!.w === 'have')) {
    if (BE.has(ws[k]!.w)) aux = true;
    k--;
  }
  if (!aux || k < 0) return f.start;
  let a = k;
  while (a > 0 && k - a < PASSIVE_SUBJECT_WORDS - 1 && !/[,;:.!?\n—–]/.test(text.slice(ws[a - 1]!.end, ws[a]!.start))) a--;
  return ws[a]!.start;
}

/**
 * Sets `target` on the facts of a claim that tell of a strike (`targetable`): the one kind of object
 * (data/target-words.tsv) its content names from the fact's trigger on. A word with a negation up
 * to three words before it or two after it does not count ("не по жилым домам", "по гражданским
 * объектам не наносятся", "civilians were not harmed"), nor a military word the
 * doer's own side names ("Russian troops struck a school": the troops are the doer, not the
 * target), nor a civilian object followed within three words by a word of serving ("energy
 * facilities supporting the military-industrial complex", «объекты энергетики, обеспечивающие
 * работу ВПК»: the speaker says it served the military), nor a word inside a place's name (the
 * church, «церкв~», of Bila Tserkva, «Біла Церква»). Energy goes with the military objects it is
 * named beside, else it is civilian. Civilian and military both named: `mixed`; none: no target.
 */
function withTargets(text: string, frags: readonly { start: number; end: number }[], facts: EventFact[], speakerSide: Side | null, places: readonly { start: number; end: number }[] = []): void {
  for (const f of facts) {
    if (!targetable(f)) continue;
    const kinds = new Set<'civilian' | 'military' | 'energy'>();
    const from = passiveSubjectStart(text, frags, f);
    for (const fr of frags) {
      if (fr.end <= f.start) continue;
      const words = wordsOf(text, Math.max(fr.start, from), fr.end);
      const found = targetMatcher().scan(words);
      for (const x of found) {
        if (x.row === 'serving' || x.row === 'working') continue;
        if (places.some((p) => p.start < words[x.to - 1]!.end && words[x.from]!.start < p.end)) continue;
        if (x.row !== 'military' && found.some((y) => y.row === 'serving' && y.from >= x.to && y.from - x.to <= 3)) continue;
        // rescuers at work at the site («на місці працюють рятувальники», "rescuers put out a fire") came there, were not hit
        if (x.row === 'civilian' && found.some((y) => y.row === 'working' && ((y.from >= x.to && y.from - x.to <= 2) || (x.from >= y.to && x.from - y.to <= 2)))) continue;
        if (words.slice(Math.max(0, x.from - 3), x.from).some((w) => NEGATIONS.has(w.w)) || words.slice(x.to, x.to + 2).some((w) => NEGATIONS.has(w.w))) continue;
        if (x.row === 'military' && f.agentSide && sideIn(words, Math.max(0, x.from - 2), x.from, speakerSide, true) === f.agentSide) continue;
        kinds.add(x.row);
      }
    }
    // energy beside military objects only is the striking side's list of its objectives; alone or beside civilians, a civilian object
    if (kinds.has('energy')) {
      kinds.delete('energy');
      if (!kinds.has('military')) kinds.add('civilian');
    }
    // both kinds named: "a military institute and the hospital next to it" (lane target2)
    if (kinds.size === 1) f.target = [...kinds][0] as 'civilian' | 'military';
    else if (kinds.size === 2) f.target = 'mixed';
    if (!f.target) continue;
    // the weapon named as the strike's instrument: the eight words before its trigger, the three after
    const fr = frags.find((x) => x.start <= f.start && f.end <= x.end);
    if (!fr) continue;
    const ws = wordsOf(text, fr.start, fr.end);
    const at = ws.findIndex((w) => w.start >= f.start);
    if (at < 0) continue;
    const weapons = weaponKindsIn(ws, at - 8, at + 4);
    if (weapons.length) f.weapons = weapons;
  }
}

/** `eventFacts` before targets are read (see there). */
function eventFactsOf(analysis: Analysis, index: number, speaker: SpeakerInfo, denies: boolean): EventFact[] {
  const claim = analysis.claims[index];
  if (!claim) return [];
  const out: EventFact[] = [];
  const text = analysis.text;
  let attack: EventFact | null = null;
  let answered: EventFact | null = null;
  // whether every place of the claim lies outside Ukraine and Russia: asked per event and again for
  // the Russian/Ukrainian rules, worked out at most once per claim
  let abroad: boolean | undefined;
  const inOtherTheatre = (): boolean => (abroad ??= otherTheatre(analysis, claim.content));
  const claimEvents = eventsOfClaim(analysis, index);
  for (const e of claimEvents) {
    // a weapon dropped or crashing on a target is an attack when the events stage typed it as one
    // ("Russian aircraft dropped two guided bombs on a store": an air strike; not "dropped the charges")
    const attackKind = ATTACK_KINDS.has(e.kind) || (TYPED_ATTACK_KINDS.has(e.kind) && e.plover.type === 'ASSAULT') || downsAircraft(e);
    // "it had not planned to strike any targets in Poland": a side saying it meant no strike denies doing it
    if (e.modality === 'planned' && e.polarity !== 'happened' && attackKind && speaker.side && (!e.agent || /^(it|we|they)$/i.test(e.agent.text.trim()) || agentSide(e, speaker.side) === speaker.side)) {
      if (!out.some((o) => o.agentSide === speaker.side && o.polarity === -1)) out.push({ topic: 'responsibility', agentSide: speaker.side, polarity: -1, cause: null, text: e.trigger.text, start: e.trigger.start, end: e.trigger.end });
      continue;
    }
    if (e.modality && NOT_ASSERTED.has(e.modality)) continue;
    // a Russian or Ukrainian assault beaten off or a possible strike ("атаки отбиты", "могут нанести удары")
    if (ATTACK_KINDS.has(e.kind) && (ruukTriggerVetoed(text, e.trigger.start, e.trigger.end) || enTriggerVetoed(text, e.trigger.start, e.trigger.end))) continue;
    // a Russian or Ukrainian strike another answers, or a pretext («в ответ на удары ATACMS»): it happened
    // elsewhere and before; an attack cause of no named doer when the claim names no other attack
    if (ATTACK_KINDS.has(e.kind) && ruukElsewhereAct(text, e.trigger.start, e.trigger.end)) {
      if (e.polarity === 'happened') answered ??= { topic: 'cause', agentSide: null, polarity: 1, cause: 'attack', text: e.trigger.text, start: e.trigger.start, end: e.trigger.end };
      continue;
    }
    // fighting counts only as a side's denial of its own action ("had carried out no combat missions")
    const denyClash = e.kind === 'clash' && e.polarity !== 'happened';
    // a weapon shot down or destroyed ("shot down 44 Ukrainian drones", "two Ukrainian sea drones had
    // been destroyed by fire from ships", "debris from a drone shot down by air defences"): its owner
    // attacked (named with it, or no one), not the side that downed it
    const downed = downedWeapon(text, e, speaker.side);
    if (downed !== undefined) {
      if (e.polarity !== 'happened') continue;
      const base = { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end };
      out.push({ topic: 'responsibility', agentSide: downed, polarity: 1, cause: null, ...base });
      attack ??= { topic: 'cause', agentSide: downed, polarity: 1, cause: 'attack', ...base };
      continue;
    }
    if (!attackKind && !AGENT_KINDS.has(e.kind) && !denyClash) continue;
    // "there was no indication that the helicopter had been hit": no strike is asserted
    if (enEvidenceDenied(text, e.trigger.start)) continue;
    // "Ukrainian attack drones", "strike drones": the noun names a kind of weapon, not an event
    if (weaponModifier(text, e)) continue;
    // "caused by careless handling of grenades rather than by any outside attack": the alternative set aside
    if (enSetAside(text, e.trigger.start)) continue;
    // "Ukrainian assaults near Andriivka had been beaten off", "Ukraine's counteroffensive had stalled",
    // "Russian assault groups": a ground operation with no weapon or air word in its clause is an
    // advance (a status fact), not a strike whose doer is attributed
    if (e.kind === 'attack' && groundOperation(e.trigger.text) && !airAttack(text, e)) continue;
    // «ВСУ пытаются атаковать», «атакуя в районе Ольговки»: the Russian or Ukrainian verb with no weapon
    // or strike word in its clause is an assault on foot too
    if (e.kind === 'attack' && ruukGroundAssault(text, e.trigger.start, e.trigger.end, placeSpans(analysis))) continue;
    // a passive or reduced relative names its doer after "by" ("a missile fired by Russia", "hit by
    // several drones"): the noun phrase before the trigger is then what was hit or fired, not the doer
    const by = enByAgent(text, e.trigger.end, (ws, a, b) => sideIn(ws, a, b, speaker.side, false));
    // "downed by friendly fire": the doer is the side of what was hit, which the claim may not name
    if (by === null && FRIENDLY_FIRE.test(text.slice(e.trigger.end, e.trigger.end + 40))) {
      const hit = e.target ?? e.agent;
      const hitWords = hit ? wordsOf(text, hit.start, hit.end) : null;
      const own = hitWords ? sideIn(hitWords, 0, hitWords.length, speaker.side, false) : null;
      if (own) out.push({ topic: 'responsibility', agentSide: own, polarity: 1, cause: null, text: e.trigger.text, start: e.trigger.start, end: e.trigger.end });
      continue;
    }
    const named = by !== undefined ? by : agentSide(e, speaker.side, text) ?? participleSubject(text, e, claimEvents) ?? accusedDoer(text, e, claim, speaker.side) ?? pronounDoer(analysis, e, speaker.side) ?? definiteDoer(text, e, speaker.side);
    let side = named ?? (by === undefined ? selfAgentSide(e, speaker) ?? coordinatedSelf(text, e, claim.content, speaker) : null);
    // "an Iskander missile hit the station", "hit by a Kh-22 cruise missile": a weapon system only one
    // side fires (data/weapon-sides.tsv), as the strike's instrument, names that side when nothing else does
    if (side === null && attackKind && !inOtherTheatre()) {
      const frag = claim.content.find((f) => f.start <= e.trigger.start && e.trigger.end <= f.end);
      side = instrumentSide(text, e, frag?.start ?? 0, claimEvents);
    }
    let polarity: 1 | -1 = e.polarity === 'happened' ? 1 : -1;
    // A side does not "allege" its own strike: said of its own side, it is a denial (but "the
    // ministry claimed it had hit a command post" is the speaker's own claim of its strike).
    const own = side !== null && side === speaker.side;
    if (polarity === 1 && own && ((e.modality === 'alleged' && named !== null) || scareQuoted(text, e) || denies)) polarity = -1;
    const base = { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end };
    if (side) out.push({ topic: 'responsibility', agentSide: side, polarity, cause: null, ...base });
    // an attack that happened with no doer named ("the building had been hit", "drones attacked the
    // airport"): a strike by someone the claim leaves open (kept only when nothing names a side)
    else if ((attackKind || weaponBlast(text, e)) && polarity === 1 && e.polarity === 'happened' && analysis.lang === 'en' && (e.kind !== 'attack' || airAttack(text, e)) && !bareMention(text, claim.content) && !enAttributionTalk(text, claim.content) && !namedNonCombatant(text, e)) out.push({ topic: 'responsibility', agentSide: null, polarity: 1, cause: null, ...base });
    // a named side's destruction ("Russian forces started a fire", "Ukrainian saboteurs blew up the
    // rails") is an attack as the cause of the loss too
    // (a Russian or Ukrainian «атака», «штурм», «контратака» with no doer and no weapon or strike word
    // in the claim is an assault on foot, «попытались контратаковать позиции», no strike as a cause)
    if (e.kind === 'attack' && side === null && CYRILLIC_WORD.test(e.trigger.text) && !claim.content.some((f) => ruukArmedIn(text, f.start, f.end))) continue;
    if ((attackKind || weaponBlast(text, e) || (side !== null && AGENT_KINDS.has(e.kind))) && polarity === 1 && !attack) attack = { topic: 'cause', agentSide: side, polarity: 1, cause: 'attack', ...base };
  }
  attack ??= answered;
  // An accident given as the cause (in the claim's content).
  let accident: EventFact | null = null;
  // a fire or blast that spread from a strike is the cause given only by the side that made the strike
  // (collateral of its own strike on another target, data/cause-words.tsv class spread)
  const ownStrike = attack !== null && attack.agentSide !== null && attack.agentSide === speaker.side;
  for (const f of claim.content) {
    const words = wordsOf(text, f.start, f.end);
    // stored munitions going off ("detonation" rows) are the accident given only when the claim names
    // no attack that happened and no enemy ("the ammunition stored next to it detonated" after a strike)
    const found = causeMatcher().scan(words);
    // versions weighed side by side ("investigators were considering sabotage, a technical malfunction
    // and a breach of flight rules"): an attack word and an accident word in one fragment give no cause
    const notNegated = (x: { from: number }): boolean => !words.slice(Math.max(0, x.from - 3), x.from).some((w) => NEGATIONS.has(w.w));
    if (found.some((x) => x.row === 'attack' && notNegated(x)) && found.some((x) => x.row === 'accident' && notNegated(x))) continue;
    attack ??= shootDownCause(text, words, found);
    const m = found.find((x) => x.row !== 'attack' && (x.row === 'spread' ? ownStrike : x.row !== 'detonation' || (!attack && !ENEMY.test(text.slice(f.start, f.end)))));
    if (!m) continue;
    const a = words[m.from]!;
    const b = words[m.to - 1]!;
    // "this was not an accident", "no accident": the speaker says it was done on purpose, an attack
    const neg = words.slice(Math.max(0, m.from - 3), m.from).findIndex((x) => NEGATIONS.has(x.w));
    if (neg >= 0) {
      const n = words[Math.max(0, m.from - 3) + neg]!;
      attack ??= { topic: 'cause', agentSide: null, polarity: 1, cause: 'attack', text: text.slice(n.start, b.end), start: n.start, end: b.end };
      continue;
    }
    accident = { topic: 'cause', agentSide: null, polarity: 1, cause: 'accident', text: text.slice(a.start, b.end), start: a.start, end: b.end };
    break;
  }
  // a cause only in war or blast reporting ("an accident" in a forecast, "attacks" in a campaign are none)
  // (an attack by a named side is war reporting of its own: "the aircraft had been shot down by Ukrainian air defences")
  if (!causeAnchored(text, claim.content)) {
    accident = null;
    if (!out.some((o) => o.topic === 'responsibility' && o.agentSide !== null && o.polarity === 1)) attack = null;
  }
  if (accident) out.push(accident);
  else if (attack) out.push(attack);
  // Russian and Ukrainian claims: who did it and why, read from their words where the events stage gave no side or cause
  if (analysis.lang !== 'en') {
    const ru = ruukEventFacts(text, claim.content, speaker.side, denies, claim.cue, !inOtherTheatre(), placeSpans(analysis));
    if (out.length === 0) return ru;
    const hasCause = out.some((o) => o.topic === 'cause');
    const hasSide = out.some((o) => o.topic === 'responsibility');
    for (const f of ru) {
      if (f.topic === 'responsibility' && !hasSide) out.push(f);
      // the words' cause wins over an attack of unknown doer: a named doer, or an accident ("утратившие курс")
      else if (f.topic === 'cause' && (!hasCause || ((f.cause === 'accident' || f.agentSide) && out.some((o) => o.topic === 'cause' && o.cause === 'attack' && !o.agentSide)))) {
        const k = out.findIndex((o) => o.topic === 'cause');
        if (k >= 0) out[k] = f;
        else out.push(f);
      }
    }
    // a claim whose words only deny ("назвала провокацией обвинения Москвы в ударе") asserts no attack
    // by an unnamed doer as the cause
    if (ru.some((f) => f.topic === 'responsibility') && ru.every((f) => f.topic !== 'responsibility' || f.polarity === -1) && !ru.some((f) => f.topic === 'cause')) {
      const k = out.findIndex((o) => o.topic === 'cause' && o.cause === 'attack' && o.agentSide === null);
      if (k >= 0 && !out.some((o) => o.topic === 'responsibility' && o.polarity === 1)) out.splice(k, 1);
    }
    if (hasSide || out.some((o) => o.topic === 'responsibility')) return out;
  }
  // whose weapon it was, who is to blame, who staged it, who denies it ("was most likely a Ukrainian air defence missile");
  // only in war reporting ("blamed the senator" in a campaign story is no one's strike)
  // (lane doer10) or in the report of a deadly attack that names no war word ("the death toll from the
  // attack on the concert hall rose to 137 ... there was no Ukrainian involvement whatsoever")
  // (lane resp12) or in a claim placed in Ukraine, which is about this war as the subject gate reads it
  // ("Ukrainian special services were behind the truck bomb that damaged the Crimean bridge")
  // (lane resp14) or blame for a strike said by a voice of one of the two sides ("Russia bears full
  // responsibility for the attack on the children's hospital")
  if (!conflictDocument(analysis) && !deadlyAttackDocument(analysis) && !placedInUkraine(analysis, claim) && !((speaker.side === 'RU' || speaker.side === 'UA') && enBlameTalk(text, claim.content, claim.cue))) return out;
  const namedDoer = out.some((o) => o.topic === 'responsibility' && o.agentSide !== null);
  for (const w of weaponFacts(text, claim.content, (ws, a, b, back) => sideIn(ws, a, b, speaker.side, back), claim.cue, speaker.side, namedDoer)) {
    if (!out.some((o) => o.topic === 'responsibility' && o.agentSide === w.agentSide && o.polarity === w.polarity)) out.push(w);
  }
  // (lane resp14) a claim that only says a side did not do it ("Russia had nothing to do with the
  // missile strike", "Kyiv denied any involvement in the drone attack") asserts no attack of an
  // unnamed doer as the cause: the attack is what the denial is about
  // (an agentless strike of the events stage beside it is the same attack: `tidy` drops it)
  if (out.some((o) => o.topic === 'responsibility' && o.agentSide !== null) && out.every((o) => o.topic !== 'responsibility' || o.agentSide === null || o.polarity === -1)) {
    const k = out.findIndex((o) => o.topic === 'cause' && o.cause === 'attack' && o.agentSide === null);
    if (k >= 0) out.splice(k, 1);
  }
  return out;
}

let truceWords: { truce: StemWord[][]; breach: StemWord[][]; talk: StemWord[][] } | null = null;
/** How many words before a truce word a breach word may stand ("despite the announced Easter truce"), and after it («перемирие было нарушено»). */
const BREACH_BEFORE = 4;
const BREACH_AFTER = 3;
/** How many words before a truce word a word of talks may stand («переговоры о прекращении огня»), and after it ("ceasefire proposal"). */
const TALK_BEFORE = 3;
const TALK_AFTER = 2;
/** Quotation marks that, right before a truce word, say it is no truce («Путін говорить про «перемир'я»»). */
const QUOTE_OPEN = /["«“„']\s*$/;

/**
 * Whether `text` names a truce or ceasefire in force that was broken or kept (data/truce-words.tsv):
 * a truce word with a breach word near it ("despite the truce", «нарушил перемирие», "the Easter
 * ceasefire") or in quotation marks, and no word of talks or proposals next to it. A responsibility
 * claim that does is about the breaking of a country-wide truce, one event for the whole war; talks
 * of, proposals of or calls for a ceasefire are not.
 */
export function namesTruce(text: string): boolean {
  if (!truceWords) {
    truceWords = { truce: [], breach: [], talk: [] };
    for (const [phrase, cls] of table('truce-words.tsv')) {
      if (cls !== 'truce' && cls !== 'breach' && cls !== 'talk') throw new Error(`sitrep: data/truce-words.tsv: bad class "${cls}" for "${phrase}"`);
      const w = stemPhrase(phrase!.toLowerCase());
      if (w.length > 0) truceWords[cls].push(w);
    }
  }
  const { truce, breach, talk } = truceWords;
  const words = wordsOf(text);
  const ws = words.map((w) => w.w);
  const breachAt = (i: number): number => breach.find((row) => stemPhraseAt(ws, i, row))?.length ?? 0;
  const talkAt = (i: number): boolean => talk.some((row) => stemPhraseAt(ws, i, row));
  for (let i = 0; i < ws.length; i++) {
    const row = truce.find((r) => stemPhraseAt(ws, i, r));
    if (!row) continue;
    // talks of, or a proposal of, a truce to come («переговоры о прекращении огня», "ceasefire proposal")
    let talked = false;
    for (let k = Math.max(0, i - TALK_BEFORE); k < Math.min(ws.length, i + row.length + TALK_AFTER) && !talked; k++) if ((k < i || k >= i + row.length) && talkAt(k)) talked = true;
    if (talked) continue;
    if (QUOTE_OPEN.test(text.slice(Math.max(0, words[i]!.start - 2), words[i]!.start))) return true;
    for (let k = Math.max(0, i - BREACH_BEFORE); k < i; k++) if (breachAt(k) > 0 && k + breachAt(k) <= i) return true;
    for (let k = i + row.length; k < Math.min(ws.length, i + row.length + BREACH_AFTER); k++) if (breachAt(k) > 0) return true;
  }
  return false;
}

/**
 * Whether the paragraph of a claim's content names a truce or ceasefire (`namesTruce`): a post that
 * counts the other side's shellings in one sentence and speaks of the truce in the next is about its
 * breaking («59 обстрілів з боку російської армії ... Путін говорить про «перемир'я»»).
 */
export function truceParagraph(analysis: Analysis, claim: Claim): boolean {
  const f = claim.content[0];
  if (!f) return false;
  const p = analysis.paragraphs.find((x) => x.start <= f.start && f.start < x.end);
  return p ? namesTruce(analysis.text.slice(p.start, p.end)) : namesTruce(analysis.text.slice(f.start, claim.content[claim.content.length - 1]!.end));
}

/** The war's two sides: the only attackers `namedAttacker` reads from a text (the sides `opponent` pairs). */
const BELLIGERENTS: ReadonlySet<Side> = new Set<Side>(['RU', 'UA']);

/**
 * The attacker a document names for the place of a claim's agentless strike (lane doer10): a side's
 * official tells that "a shell hit a bus stop in Kherson" or «чотири ракети влучили в район
 * авторинку», and the same text, in the reporter's words or that side's own, says who fired on that
 * place ("The occupiers shelled Kherson's Dniprovskyi district", «Окупанти випустили по Запоріжжю 16
 * ракет», «ВСУ обстреляли Горловку», "drones that entered its airspace during a Russian overnight
 * attack" beside "Poland"). A rule of reporting: the speaker's account and the text around it tell of
 * one strike. Read from every sentence of the document but the claim's own: an English sentence's
 * asserted attack events with an agent side (not a place's name used as a modifier: "the Moscow
 * concert hall attack"; "the occupiers", "the enemy" against the sentence's voice), a Russian or
 * Ukrainian sentence's `ruukEventFacts` that name a doer. A mention inside another speaker's claim
 * counts only when that speaker's side is unknown or the claim's speaker's own. A mention counts
 * when its sentence names the claim's place: one of its places finer than a country, or its country
 * when the claim names no finer place. Null unless the mentions name exactly one of the war's two
 * sides, other than the speaker's own; null for a speaker of no side or an organisation's (a UN
 * coordinator's agentless account is no side's).
 */
export function namedAttacker(analysis: Analysis, index: number, speaker: SpeakerInfo, places: readonly { id: string; level: string | null; country: string | null }[]): Side | null {
  const own = speaker.side;
  const claim = analysis.claims[index];
  if (!own || !claim || organisationSides().includes(own)) return null;
  const fine = [...new Set(places.filter((p) => p.level !== 'country').map((p) => p.id))];
  const countries = [...new Set(places.map((p) => p.country).filter((c): c is string => c !== null))];
  const named = attackerIndex(analysis, own);
  const entries = fine.length > 0 ? fine.flatMap((id) => named.byPlace.get(id) ?? []) : countries.flatMap((c) => named.byCountry.get(c) ?? []);
  const found = new Set<Side>();
  for (const { start, end, sides } of entries) {
    // (the claim's own sentences are not read: its own words left the doer open)
    if (claim.content.some((f) => f.start < end && start < f.end)) continue;
    for (const x of sides) found.add(x);
    if (found.size > 1) return null;
  }
  if (found.size !== 1) return null;
  const x = [...found][0]!;
  return x === own ? null : x;
}

/** A sentence that names attackers, for `namedAttacker`. */
interface AttackerSentence { start: number; end: number; sides: Side[] }

/** The index of the span of sorted, non-overlapping `spans` that holds `pos`, or -1. */
function spanAt(spans: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The sentences of `analysis` that name attackers of the war's sides (see `namedAttacker`), read for
 * claims of side `own`, by the ids of the places they name and by those places' countries. A mention
 * inside another speaker's claim counts only when that speaker's side is unknown or `own`. Built once
 * per document and side, in time linear in its sentences, places and events (times a logarithm).
 */
function attackerIndex(analysis: Analysis, own: Side): { byPlace: Map<string, AttackerSentence[]>; byCountry: Map<string, AttackerSentence[]> } {
  return memo(analysis, `facts:attackers:${own}`, () => {
    const text = analysis.text;
    const spans = placeSpans(analysis);
    // the claims' fragments by start (one claim's speaker per fragment), for the voice at a position
    const frags = analysis.claims.flatMap((c, k) => c.content.map((f) => ({ start: f.start, end: f.end, k }))).sort((x, y) => x.start - y.start);
    const voice = (pos: number): Side | undefined => {
      const at = spanAt(frags, pos);
      if (at < 0) return own;
      const k = frags[at]!.k;
      const side = memo(analysis, `facts:speakerSide:${k}`, () => speakerInfo(analysis, analysis.claims[k]!).side);
      return side === null || side === own ? own : undefined;
    };
    const sentences = analysis.sentences;
    const sidesOf: Set<Side>[] = sentences.map(() => new Set<Side>());
    sentences.forEach((s, si) => {
      if (!CYRILLIC_WORD.test(text.slice(s.start, s.end))) return;
      const side = voice(s.start);
      if (side === undefined) return;
      for (const f of ruukEventFacts(text, [{ start: s.start, end: s.end }], side, false, null, true, spans)) {
        if (f.topic === 'responsibility' && f.polarity === 1 && f.agentSide && BELLIGERENTS.has(f.agentSide)) sidesOf[si]!.add(f.agentSide);
      }
    });
    for (const e of analysis.events ?? []) {
      if (!ATTACK_KINDS.has(e.kind) || e.polarity !== 'happened' || (e.modality && NOT_ASSERTED.has(e.modality)) || !e.agent) continue;
      const si = spanAt(sentences, e.trigger.start);
      if (si < 0 || e.trigger.end > sentences[si]!.end || CYRILLIC_WORD.test(text.slice(sentences[si]!.start, sentences[si]!.end))) continue;
      if (enTriggerVetoed(text, e.trigger.start, e.trigger.end)) continue;
      // (a place's name as a modifier, "the Moscow concert hall attack", is no doer)
      if (spans.some((p) => p.start < e.agent!.end && e.agent!.start < p.end)) continue;
      const side = voice(e.trigger.start);
      if (side === undefined) continue;
      const x = agentSide(e, side, text);
      if (x && BELLIGERENTS.has(x)) sidesOf[si]!.add(x);
    }
    const entry: (AttackerSentence | null)[] = sentences.map((s, si) => (sidesOf[si]!.size > 0 ? { start: s.start, end: s.end, sides: [...sidesOf[si]!] } : null));
    const byPlace = new Map<string, AttackerSentence[]>();
    const byCountry = new Map<string, AttackerSentence[]>();
    const add = (m: Map<string, AttackerSentence[]>, key: string, v: AttackerSentence): void => {
      const l = m.get(key);
      if (!l) m.set(key, [v]);
      else if (!l.includes(v)) l.push(v);
    };
    for (const p of analysis.places ?? []) {
      if (p.role && p.role !== 'place') continue;
      const si = spanAt(sentences, p.start);
      const v = si >= 0 && p.end <= sentences[si]!.end ? entry[si] : null;
      if (!v) continue;
      if (p.id !== null) add(byPlace, p.id, v);
      if (p.country !== null) add(byCountry, p.country, v);
    }
    return { byPlace, byCountry };
  });
}

/**
 * Gives a claim's agentless strike the attacker its text names (`namedAttacker`), in place: the
 * claim's doerless responsibility fact takes that side, or one is added for the attack it gives as a
 * cause. Nothing when a fact of the claim already names a doer.
 */
export function withNamedAttacker(analysis: Analysis, index: number, speaker: SpeakerInfo, places: readonly { id: string; level: string | null; country: string | null }[], facts: EventFact[]): void {
  if (facts.some((f) => f.topic === 'responsibility' && f.agentSide !== null)) return;
  const strike = facts.find((f) => f.topic === 'responsibility' && f.polarity === 1 && f.agentSide === null) ?? facts.find((f) => f.topic === 'cause' && f.cause === 'attack' && f.polarity === 1 && f.agentSide === null);
  if (!strike) return;
  const doer = namedAttacker(analysis, index, speaker, places);
  if (!doer) return;
  if (strike.topic === 'responsibility') strike.agentSide = doer;
  else facts.push({ topic: 'responsibility', agentSide: doer, polarity: 1, cause: null, text: strike.text, start: strike.start, end: strike.end });
}
