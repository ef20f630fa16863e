/**
 * `extractClaimFacts`: what compare needs from one claim of an `Analysis` — the speaker's side,
 * the status statements (with denials and negations), the quantities with what they count and
 * whose, the places the claim is about, and its event day. Pure; the store calls it at ingest.
 */
import type { Analysis, Claim, Place, Span } from '../analyze/types.js';
import { table, wordSet } from '../lexicon/index.js';
import { grammarSet } from '../lexicon/grammar.js';
import { clauseBreakBetween, NEGATIONS, compareLexicon, foldName, wordsOf, opponent, stemWord, stemWordHit, type StatusRow, type StemWord, type Word } from './lexicon.js';
import { enemyWord, firstPersonSpeaker, sideIn, speakerInfo, type SpeakerContext } from './speaker.js';
import { SpanIndex, memo, withinAny } from './docindex.js';
import { BudgetClock, type BudgetOptions } from '../analyze/budget.js';
import { attackSetAside, defenceMatcher, eventFacts, truceParagraph, withNamedAttacker } from './event-facts.js';
import { OWN_DEFAULT, controlClash, controlExcluded, refineControl } from './control.js';
import { actorName, capitalOfSide, datelineName, destinationName, directionRef, formationName, governmentUse, motiveName, seatOpener, venueName, yardstickName } from './capital.js';
import { inWarTheatre, warSubjectIn } from './subject.js';
import { regionsOf } from './status.js';
import { lemmaOf, morphPos, voiceSide } from './voice.js';
import { infinitiveFrame, orderRead } from './infinitive.js';
import { morphologyLoaded, morphologyReady } from '../analyze/ruuk/morph.js';
import { risingTo } from './rising.js';
import { enTollHead, figureScope, partBefore, ruukBareCasualty, incrementAfter, ruukCasualtyUnit, lossHeadAt, ruukFigureFrame, ruukTollHead, ruukVagueTally, settlementCompound, unitAfter, zeroFigures } from './figures.js';
import { vagueAmount } from '../analyze/quantities/ruuk.js';
import { decisionSeat, enBlameWord, enDisownedAct, ruukChargeDenied, ruukSideIn, strikeDrilled, enInvertedCondition, vesselsIn } from './responsibility.js';
import { fateFacts } from './fate.js';
import { crashCause } from './crash.js';
import { outcomeFacts } from './outcome.js';
import { documentVessel, objectFacts } from './object-outcome.js';
import { launchOrigin } from './origin.js';
import { absenceStatements } from './absence.js';
import { attributiveCapture, capturePlaceAt, participleAgent, passiveParticiple } from './capture.js';
import { contestStatements, fightingApartFromDenial } from './contest.js';
import { processFacts } from './process.js';
import { situationStatements } from './situation.js';
import { tollLists } from './tolls.js';
import { claimTopics, rebutFacts, sentencesOf, sentenceTopics } from './rebut.js';
import { attributiveAt, bareForce, civilSubjectAt, failureAfter, futureBefore, innerNegation, irrealisAt, nonPlaceObjectAt, placeObjectAt, pronounSubject } from './clause-en.js';
import type { ClaimFacts, EventFact, FateFact, PlaceFrom, PlaceRef, QuantityFact, Side, StatusFact } from './types.js';

/**
 * Version of the facts `extractClaimFacts` returns. Facts are stored at ingest; a store that finds
 * facts of another version can recompute them from the stored analysis. Raise it when the rules
 * or data change what a claim's facts are.
 */
export const FACTS_VERSION = 44;

/** Prepositions of a charge before a denial word («за фейки»: what someone is punished for; data/grammar-words.tsv). */
const CHARGE_PREPOSITIONS = grammarSet('charge-preposition');

/** How many words before a status phrase a negation may stand ("did not carry out any strikes"). */
const NEGATION_REACH = 4;
/** How many words before a status phrase its subject may stand ("Ukrainian forces have again advanced"). */
const SUBJECT_REACH = 8;
/** Words more before a Russian or Ukrainian participle of an operation phrase within which its operation noun may stand (a region's name of three words: «Донецкой Народной Республики»). */
const CYRILLIC_PARTICIPLE_EXTRA = 3;
/** How many words around a quantity its frame word may stand ("destroyed 7 tanks", "3 tanks were lost"). */
const FRAME_REACH = 4;

let personNouns: Set<string> | null = null;
/** Nouns for people (class "person" in units.tsv, with regular plurals), e.g. soldier, civilians. */
function persons(): Set<string> {
  if (personNouns) return personNouns;
  const set = new Set<string>();
  for (const r of table('units.tsv')) {
    if (r[2] !== 'person') continue;
    const w = r[0]!.toLowerCase().split(/\s+/).pop()!;
    set.add(w);
    set.add(w + 's');
    set.add(w.endsWith('y') ? w.slice(0, -1) + 'ies' : w + 'es');
  }
  return (personNouns = set);
}

/**
 * Whether the phrase ending at `words[to - 1]` ends in "control of" ("under the control of Russian
 * troops"): the persons after it hold the place, as after "by", they are not prisoners.
 */
function holderAfter(words: Word[], to: number, from: number): boolean {
  // (a state, "under the control of": not an act, "had taken full control of Siversk", whose place follows)
  if (!words.slice(from, to).some((w) => w.w === 'under')) return false;
  // (the phrase may end in the holder's side word: "under the full control of Russian")
  for (let k = to - 1; k >= Math.max(1, to - 3); k--) if (words[k]!.w === 'of' && words[k - 1]!.w === 'control') return true;
  return false;
}

/**
 * Whether the subject of the situation phrase at `words[from]`, up to eight words before it in its
 * clause, is something other than the front (data/grammar-words.tsv `situation-other`: "the fire at
 * the fuel depot was brought under control"), with no word "situation" between.
 */
function otherSituation(text: string, words: Word[], from: number): boolean {
  const other = grammarSet('situation-other');
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    if (clauseBreakBetween(text, words, k, k + 1)) return false;
    if (words[k]!.w === 'situation' || words[k]!.w === 'front') return false;
    if (other.has(words[k]!.w)) return true;
  }
  return false;
}

/** Whether a modal of possibility (data/grammar-words.tsv `forecast-modal`: "could", "might") stands right before `words[from]`, past "not". */
function forecastBefore(words: Word[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && words[k]!.w === 'not') k--;
  return k >= 0 && grammarSet('forecast-modal').has(words[k]!.w);
}

/** True when one of the three words after `to` is a person noun ("captured a Ukrainian soldier"). */
function personObject(words: Word[], to: number): boolean {
  for (let k = to; k < Math.min(words.length, to + 3); k++) if (persons().has(words[k]!.w)) return true;
  return false;
}

let groundIds: Set<string> | null = null;
/** Unit ids that count places or ground (data/units.tsv classes place, area, distance, percent): what a capture takes, not prisoners. */
function groundUnits(): Set<string> {
  return (groundIds ??= new Set(table('units.tsv').filter((r) => (r[2] === 'place' || r[2] === 'area' || r[2] === 'distance' || r[2] === 'percent') && r[1] && r[1] !== '-').map((r) => r[1]!)));
}

let eventUnits: Set<string> | null = null;
/** Unit ids that already say what happened (casualty and displacement words: class "event" in units.tsv). */
function casualtyUnits(): Set<string> {
  return (eventUnits ??= new Set(table('units.tsv').filter((r) => r[2] === 'event' && r[1] !== '-').map((r) => r[1]!)));
}

export { foldName } from './lexicon.js';

/** The ISO day of a date-time, or null. */
function dayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m ? m[1]! : null;
}

/** Options of `extractClaimFacts`. */
export interface FactsOptions {
  /**
   * The document's time budget for fact extraction (default `DEFAULT_BUDGET`), spent over all the
   * calls for one analysis object: past it a call throws `BudgetExceeded` (stage 'facts'). `false`: none.
   */
  budget?: BudgetOptions | false;
}

/**
 * The facts of claim `index` of `analysis` that compare uses. Throws a RangeError for an index
 * outside `analysis.claims`, and `BudgetExceeded` when the facts of this analysis have taken more
 * than their time budget (the time of all calls on the same analysis object adds up).
 */
export function extractClaimFacts(analysis: Analysis, index: number, options: FactsOptions = {}): ClaimFacts {
  const claim = analysis.claims[index];
  if (!claim) throw new RangeError(`sitrep: claim ${index} is not in analysis ${analysis.id} (${analysis.claims.length} claims)`);
  // the Russian morphology is loaded here, once, before the clock starts, for any text with Cyrillic in
  // it: facts read Russian lemmas only when it is loaded, so an analysis made in this process (ingest,
  // where the analyzer may have loaded it) and one read back from the store (a facts refresh, a fresh
  // process) give the same facts
  if (!morphologyLoaded() && memo(analysis, 'facts:cyrillic', () => CYRILLIC.test(analysis.text ?? ''))) morphologyReady();
  const clock = memo(analysis, 'facts:budget', () => BudgetClock.forDocument((analysis.text ?? '').length, options.budget, analysis.id ?? null, analysis.source ?? null));
  clock.start();
  try {
    clock.check('facts');
    const facts = claimFacts(analysis, index, claim);
    clock.check('facts');
    return facts;
  } finally {
    clock.stop();
  }
}

function claimFacts(analysis: Analysis, index: number, claim: Claim): ClaimFacts {
  const text = analysis.text;
  const speaker = speakerInfo(analysis, claim);
  const frags = claim.content.length > 0 ? claim.content : [];
  const start = frags.length ? frags[0]!.start : (claim.cue?.start ?? 0);
  const end = frags.length ? frags[frags.length - 1]!.end : (claim.cue?.end ?? 0);
  const content = frags.map((f) => text.slice(f.start, f.end)).join(' … ');
  const fragWords = frags.map((f) => wordsOf(text, f.start, f.end));
  const qIndex = memo(analysis, 'facts:quantities', () => new SpanIndex(analysis.quantities));
  // a number right after a capture verb is prisoners taken ("captured 20 soldiers"), unless it counts
  // places or ground ("освободили 11 населённых пунктов", "освободили 40 кв. км"): units of data/units.tsv
  // classes place, area, distance and percent are what was taken
  // (the ground counts themselves are kept apart, for an area taken read as an advance: "seized 600 square kilometres")
  const quantityStarts: number[] = [];
  const groundStarts: number[] = [];
  for (const i of withinAny(qIndex, frags)) (groundUnits().has(analysis.quantities[i]!.unit ?? '') ? groundStarts : quantityStarts).push(analysis.quantities[i]!.start);
  // "we"/"our" name the speaker's side only inside quotation marks (its own words), or when the speaker is "I"/"we"
  const quotes = memo(analysis, 'facts:quotes', () => new SpanIndex(analysis.quotes));
  // a Russian or Ukrainian post in its author's own voice: "наши" are the author's, and an author of no
  // known side speaks for the side its words show (src/compare/voice.ts: "ВСУшники" in a Russian channel);
  // a liberation inside another speaker's claim is that speaker's word, no voice (lane fixF)
  const ownCyrillic = claim.speaker?.fromDocument === true && CYRILLIC.test(content);
  const ctxSide = speaker.side ?? (ownCyrillic ? memo(analysis, 'facts:voice', () => voiceSide(text, (pos) => analysis.claims.some((c) => c.speaker !== null && c.speaker !== undefined && !c.speaker.fromDocument && c.content.some((f) => f.start <= pos && pos < f.end)))) : null);
  const ctx: SpeakerContext = { side: ctxSide, ownVoice: ownCyrillic, voiceWords: ownCyrillic && speaker.side === null && ctxSide !== null, quoted: (pos) => ownCyrillic || claim.kind === 'direct' || firstPersonSpeaker(claim) || quotes.covers(pos) };
  // what happened to a named piece of equipment (src/compare/fate.ts); a denial of its destruction
  // is a denial of a loss (statusFacts, lossDenied)
  const fates = fateFacts(text, frags);
  const statuses = statusFacts(analysis, claim, fragWords, quantityStarts, ctx, groundStarts, fates);
  // how an exchange, talks or a ceasefire between the sides stands (src/compare/process.ts)
  const processes = processFacts(analysis, fragWords, ctx);
  const withProcesses = processes.length > 0 ? { processes } : {};
  const quantities = quantityFacts(analysis, index, frags, fragWords, ctx);
  // "not damaged" is a figure of zero (src/compare/figures.ts)
  for (const z of zeroFigures(analysis, claim, speaker)) if (!quantities.some((q) => q.start < z.end && q.end > z.start)) quantities.push(z);
  const picked = claimPlaces(analysis, claim, frags);
  let places = picked.places;
  let placeFrom = picked.placeFrom;
  // «стали отходить к Артёмовску», "fell back toward Kramatorsk": the place a side withdraws to is not
  // the place it left; a claim that names only that place is where its sentence or paragraph puts it
  if (placeFrom === 'content' && statuses.some((s) => s.topic === 'control' && s.state === 'lost')) {
    const dest = new Set(analysis.places.filter((p) => p.id && frags.some((f) => p.start >= f.start && p.end <= f.end) && destinationName(text, p.start)).map((p) => p.id!));
    if (dest.size > 0 && places.every((p) => dest.has(p.id))) {
      const again = claimPlaces(analysis, claim, frags, false, (p) => dest.has(p.id));
      if (again.places.length > 0) {
        places = again.places;
        placeFrom = again.placeFrom;
      }
    }
  }
  // An event at sea names no town: the vessel the claim is about is its place ("the cruiser Moskva";
  // "the ship" when the document names one vessel only). src/compare/responsibility.ts
  {
    const own = frags.flatMap((f) => vesselsIn(text, f.start, f.end));
    const vessel = (name: string): PlaceRef => ({ id: `vessel:${foldName(name)}`, name, admin1: null, country: null, level: null });
    if (own.length > 0 && (placeFrom !== 'content' || !places.some((p) => p.level !== 'country'))) places = [vessel(own[0]![0]), ...places];
    else if (own.length === 0 && !places.some((p) => p.level !== 'country')) {
      const doc = memo(analysis, 'facts:vessels', () => [...new Set(vesselsIn(text).map((v) => v[0]))]);
      if (doc.length === 1 && frags.some((f) => /\b(ship|cruiser|vessel|flagship|warship)\b|крейсер|корабл/i.test(text.slice(f.start, f.end)))) places = [vessel(doc[0]!), ...places];
    }
  }
  // "the region" in a claim that names no place of its own is the region its speaker speaks for
  // ("Russian forces hold 28 settlements in the region, the governor of the Kursk region said"):
  // the claim is placed at that region, where another speaker's "Kursk region" or its capital meets it.
  if (!(placeFrom === 'content' && places.some((p) => p.level !== 'country')) && frags.some((f) => REGION_ANAPHOR.test(text.slice(f.start, f.end)))) {
    const regions = speakerRegions(analysis, claim);
    if (regions.length > 0) {
      places = regions;
      placeFrom = 'content';
    }
  }
  // likewise "the city" ("the city centre was shelled, Kherson officials said"): the city of the
  // speaker's phrase, when the claim has no place of its own
  if (places.length === 0 && fragWords.some(cityAnaphorIn)) {
    const sp = claim.speaker && !claim.speaker.fromDocument ? claim.speaker : null;
    const cities = sp ? analysis.places.filter((p) => p.level === 'city' && p.end > sp.start && p.start < sp.end && p.id) : [];
    if (cities.length > 0) {
      places = [...new Map(cities.map((p) => [p.id!, { id: p.id!, name: p.name, admin1: p.admin1, country: p.country, level: p.level }])).values()];
      placeFrom = 'content';
    }
  }
  const { date, dateFrom } = claimDate(analysis, claim, frags);
  // a claim about a fire, a crash, a crime, a campaign, sports or another war gives no figures or
  // event facts (src/compare/subject.ts; Russian, Ukrainian and English), and no statuses when it
  // names another war; a place in Ukraine says it is about this war ("Положение под Часовым Яром
  // критическое"). Statuses have their own context checks.
  const subject = historic(content, dayOf(analysis.published), dateFrom === 'claim' ? date : null) ? 'other' : places.some((p) => p.country === 'UA') ? 'war' : warSubjectIn(analysis, start, end, [speaker.name, speaker.text, speaker.affiliation].filter(Boolean).join(' '), inWarTheatre(places));
  // In Russian and Ukrainian posts a claim that names nothing of the war gives no statuses either,
  // unless it is placed in the war's theatre ("Обстановка в Шебекино под контролем") or said by a
  // voice of one of the two sides (a war channel's "Обстановка на сложных участках стабильная"):
  // news channels' "дело контролирует прокуратура Москвы", doctors' "чудом стабилизировали" (a
  // patient), "полный фейк" (a viral story) are no control, situation or denial (real posts,
  // docs/ru-corpus-disputes-check.md).
  // (a channel whose words show its side, src/compare/voice.ts, speaks for that side too)
  const belligerent = speaker.side === 'RU' || speaker.side === 'UA' || ctx.side === 'RU' || ctx.side === 'UA';
  const noStatuses = subject === 'other' || (CYRILLIC.test(content) && !inWarTheatre(places) && !belligerent);
  // a stalemate is the war's only in a claim about the war ("budget talks had reached a stalemate" are not)
  // what the claim is about and its blanket denials of a report (src/compare/rebut.ts)
  const topics = claimTopics(analysis, claim);
  const rebuts = rebutFacts(analysis, claim);
  const about = { ...(topics.length > 0 ? { topics } : {}), ...(rebuts.length > 0 ? { rebuts } : {}), ...(truceParagraph(analysis, claim) ? { truce: true as const } : {}) };
  // a named person's death is an incident: a claim about it whose own words name no finer place than
  // a country ("Biden said little happens in Russia without Putin being behind it") is where the
  // document puts that death (`deathPlaces`), not at the country nor at the previous paragraph's town
  const persons = topics.filter((t) => t.startsWith('person:'));
  if (persons.length > 0 && places.length > 0 && !((placeFrom === 'content' || placeFrom === 'sentence') && places.some((p) => p.level !== 'country'))) {
    const death = deathPlaces(analysis, claim, frags, persons, places);
    if (death) {
      places = death.places;
      placeFrom = death.placeFrom;
    }
  }
  // a claim of no known subject, placed nowhere, in which a voice of one of the two sides says the
  // other side did it («терористична атака, яку підготувала росія», said by Kyiv of a pipeline
  // abroad) is about the war; a side's own "nothing to do with the blast at the dam" is not enough
  const own = speaker.side === 'RU' || speaker.side === 'UA' ? speaker.side : null;
  // (a claim that calls charges false may name the accused country: «о причастности России»)
  const answers = subject === 'unknown' && own !== null && ruukChargeDenied(text, frags);
  const early = subject === 'unknown' && (places.length === 0 || (answers && places.every((p) => p.level === 'country'))) && own !== null ? eventFacts(analysis, index, speaker, statuses.some((s) => s.denial)) : null;
  // (lane involve) so is one in which such a voice calls the charges of its own side's involvement
  // false («назвал абсолютной ложью утверждения, будто Кремль причастен к крушению самолёта»,
  // «заявления о причастности России ... глупы и абсурдны»): it answers the other side's accusation
  const sideDidIt = early !== null && (early.some((e) => e.topic === 'responsibility' && e.polarity === 1 && (e.agentSide === 'RU' || e.agentSide === 'UA') && e.agentSide !== own)
    || (answers && early.some((e) => e.topic === 'responsibility' && e.polarity === -1 && e.agentSide === own))
    // (lane resp12) or it gives an accident as the cause of a loss and sets an attack aside («Пожежа на
    // нафтобазі виникла через порушення правил пожежної безпеки, а не внаслідок атаки»)
    || (early.some((e) => e.topic === 'cause' && e.cause === 'accident') && attackSetAside(analysis, index))
    // (lane resp12) or its own side denies strikes, a strike word negated («российская армия не наносит
    // ударов по гражданским объектам»; not "nothing to do with the blast", no strike word)
    || (early.some((e) => e.topic === 'responsibility' && e.polarity === -1 && e.agentSide === own) && attackSetAside(analysis, index)));
  // a claim of no known subject that tells what brought an aircraft down (a civil airliner's crash
  // names no war word: "after a bird strike", "external interference") gives that cause alone
  // (src/compare/crash.ts), marked so that compare sets it only against another aircraft's cause
  if (subject !== 'war' && !sideDidIt) {
    const crash = subject === 'unknown' ? crashCause(text, frags) : null;
    const events: EventFact[] = crash ? [{ ...crash, loss: 'aircraft', crashOnly: true }] : [];
    // (what an attack did to one object, said by a voice of one of the two sides of a claim that names
    // nothing else of the war: «По нашим данным, экипаж жив» after the post's attacked ship; lane fate10)
    const objects = subject === 'unknown' && belligerent ? objectFacts(text, frags, memo(analysis, 'facts:docVessel', () => documentVessel(text))) : [];
    return { kind: claim.kind, speaker, content, start, end, quantities: [], statuses: noStatuses ? [] : statuses.filter((s) => s.topic !== 'stalemate'), places, placeFrom, date, dateFrom, events, ...about, ...withProcesses, ...(objects.length > 0 ? { objects } : {}) };
  }
  withoutTallyParts(text, quantities, places);
  const events = early ?? eventFacts(analysis, index, speaker, statuses.some((s) => s.denial));
  // Who did it, said of a country ("Kyiv blamed Russia for the explosion"): the country is the side
  // blamed, not where it happened; the event's place is the one of its sentence, paragraph or document.
  let fineOnly = false;
  if (events.length > 0 && places.length > 0 && !places.some((p) => p.level !== 'country')) {
    const fine = claimPlaces(analysis, claim, frags, true);
    if (fine.places.some((p) => p.level !== 'country')) {
      places = fine.places;
      placeFrom = fine.placeFrom;
      fineOnly = true;
    }
  }
  // Who did it, placed only by the claim's sentence or paragraph at the capital of the side said to
  // have done it or not ("decisions on such attacks are taken in Washington" before "the United
  // States had nothing to do with it"): the capital stands for the side; the place is found without it
  if (placeFrom !== 'content' && placeFrom !== null) {
    const agents = new Set(events.filter((e) => e.topic === 'responsibility' && e.agentSide).map((e) => e.agentSide!));
    if (agents.size > 0 && places.some((p) => capitalOfSide(p, agents))) {
      // (a capital gives way to a finer place first: "Russia's forces hit only military targets" after
      // "pressure on Moscow" is at the city struck, not at "Ukraine's partners")
      const again = claimPlaces(analysis, claim, frags, fineOnly || places.some((p) => p.level !== 'country'), (p) => capitalOfSide(p, agents));
      if (again.places.length > 0) {
        places = again.places;
        placeFrom = again.placeFrom;
      }
    }
  }
  // (lane involve) a claim that says where decisions on strikes are taken names capitals as seats of
  // power ("decisions on such attacks are taken in Washington, not in Kyiv"): no capital is its place
  if (places.some((p) => capitalOfSide(p, new Set([p.country ?? '']))) && events.some((e) => e.topic === 'responsibility') && decisionSeat(text, frags)) {
    const again = claimPlaces(analysis, claim, frags, false, (p) => capitalOfSide(p, new Set([p.country ?? ''])));
    places = again.places;
    placeFrom = again.placeFrom;
  }
  // an agentless strike whose text names, for its place, who fired on it (src/compare/event-facts.ts `namedAttacker`)
  withNamedAttacker(analysis, index, speaker, places, events);
  // what a strike did: hit or losses, against repelled, no damage, only debris (src/compare/outcome.ts)
  // (the weapons a "repelled" refers back to: named in the claim or before it in its paragraph)
  const para = { start: text.lastIndexOf('\n', start) + 1, end: start };
  const outcomes = outcomeFacts(text, frags, speaker.side, events.filter((e) => e.topic === 'responsibility' && e.polarity === 1), para);
  // what an attack did to one object, on an ordered scale (src/compare/object-outcome.ts); a ship or
  // crew named nowhere in its sentence is the one vessel the document names
  const objects = objectFacts(text, frags, memo(analysis, 'facts:docVessel', () => documentVessel(text)));
  // (a speaker of no side of its own whose person the text names elsewhere with one, "За його словами"
  // after "Про це сказав речник ВМС ЗСУ X", has that side as its speaker side: src/compare/speaker.ts)
  return { kind: claim.kind, speaker, content, start, end, quantities, statuses, places, placeFrom, date, dateFrom, events, ...(fates.length > 0 ? { fates } : {}), ...about, ...withProcesses, ...(outcomes.length > 0 ? { outcomes } : {}), ...(objects.length > 0 ? { objects } : {}) };
}

/**
 * Drops, in place, the Russian and Ukrainian figures of a claim that are parts of one tally rather
 * than rival counts (issue 10, real channel posts): when the claim names places in two or more
 * regions ("42 БПЛА сбиты над Брянской, Смоленской ... областями"; a ministry's list "51 дрон: 36 над
 * Краснодарским краем, 3 над Крымом ..."), its figures are a total over them or a breakdown, no one
 * place's count; and figures of one unit and frame with different values in one claim (28 T-55 and
 * 8 PT-76 tanks; 76 shot down, 95 lost, 188 in all) are the items of one statement.
 */
function withoutTallyParts(text: string, quantities: QuantityFact[], places: readonly PlaceRef[]): void {
  const ru = (q: QuantityFact): boolean => CYRILLIC.test(text.slice(Math.max(0, q.start - 40), Math.min(text.length, q.end + 40)));
  const regions = new Set(places.filter((p) => p.level !== 'country').map((p) => p.admin1 ?? p.id));
  const values = new Map<string, Set<number>>();
  for (const q of quantities) {
    const k = `${q.unit}|${q.frame}`;
    const v = values.get(k);
    if (v) v.add(q.value);
    else values.set(k, new Set([q.value]));
  }
  for (let i = quantities.length - 1; i >= 0; i--) {
    const q = quantities[i]!;
    if (!ru(q)) continue;
    if (regions.size >= 2 || values.get(`${q.unit}|${q.frame}`)!.size >= 2) quantities.splice(i, 1);
  }
}

/** The control row an absence statement stands for: its side has left the place (src/compare/absence.ts). */
const ABSENCE_ROW: StatusRow = { phrase: 'absent', topic: 'control', polarity: -1, subject: 'self', state: 'lost' };

/** The control row a statement that fighting goes on stands for (src/compare/contest.ts). */
const CONTEST_ROW: StatusRow = { phrase: 'fighting goes on', topic: 'control', polarity: 1, subject: null, state: 'contested' };

/** Status statements in the content (and a denial in the cue: "Moscow denied that ..."). */
function statusFacts(analysis: Analysis, claim: Claim, fragWords: Word[][], quantityStarts: number[], speakerSide: SpeakerContext, groundStarts: number[] = [], fates: readonly FateFact[] = []): StatusFact[] {
  const text = analysis.text;
  const lex = compareLexicon();
  const out: StatusFact[] = [];
  const meta: FactMeta[] = [];
  const denials: StatusFact[] = [];
  // a cue that denies only what the content states ("rejecting Russian claims that the town had
  // fallen": subject `cue` in data/status-phrases.tsv) turns the content's statuses round, and with
  // none says nothing ("rejected the proposal")
  let cueDenies = false;
  const ownCaptures = new Set<StatusFact>();
  if (claim.cue) {
    for (const m of lex.statuses.scan(wordsOf(text, claim.cue.start, claim.cue.end))) {
      if (m.row.topic !== 'denial') continue;
      if (m.row.subject === 'cue') cueDenies = true;
      else denials.push({ topic: 'event', polarity: -1, denial: true, subjectSide: null, text: claim.cue.text, start: claim.cue.start, end: claim.cue.end });
    }
  }
  // "asked whether Russian forces had captured Soledar", "If Russian forces take Pokrovsk, they could
  // ...": a content opened as a question or a condition asserts no state of the place or the front
  // (data/grammar-words.tsv `question-opener`; English only)
  const opener = fragWords[0]?.[0]?.w === 'that' ? fragWords[0]?.[1] : fragWords[0]?.[0];
  if (opener && grammarSet('question-opener').has(opener.w)) return [];
  for (const words of fragWords) {
    let prevEnd = 0; // a negation belongs to the next phrase only: never reach back past another match
    for (const m of statusMatches(words, text)) {
      const from = prevEnd;
      prevEnd = m.to;
      const a = words[m.from]!;
      const b = words[m.to - 1]!;
      const fact: StatusFact = { topic: 'event', polarity: m.row.polarity, denial: false, subjectSide: null, text: text.slice(a.start, b.end), start: a.start, end: b.end };
      // (lane resp12) a strike practised in an exercise or on a mock target is no strike
      // (or told in a condition opened by an inverted auxiliary: "Had Russian troops not shelled the village, ...")
      if (m.row.topic === 'attack' && (strikeDrilled(text, a.start, b.end) || enInvertedCondition(text, a.start) || enDisownedAct(text, a.start))) continue;
      if (m.row.topic === 'denial') {
        if (m.row.subject === 'cue') continue; // a denial only as the claim's cue (see above)
        // "have been denied asylum": an active-only denial verb in the passive denies nothing
        const passive = m.row.subject === 'active' && m.from > 0 && AUXILIARIES.has(words[m.from - 1]!.w);
        // «приговорил … за фейки об армии»: a denial word after a preposition of a charge is what someone is
        // punished for, not the speaker's denial (data/grammar-words.tsv `charge-preposition`)
        const charge = m.from > 0 && CHARGE_PREPOSITIONS.has(words[m.from - 1]!.w);
        if (!passive && !charge) denials.push({ ...fact, polarity: -1, denial: true });
        continue;
      }
      // "occupied roughly 4,000 square kilometres", "taken back 90 square kilometres": an area taken
      // is ground gained, an advance of the subject, not a place held. The area is looked up among the
      // ground figures alone: a person count near the verb ("captured 40 sq km, 12 died") hides nothing
      const counted = m.row.topic === 'control' && (m.row.state ?? 'holds') === 'holds' && m.row.polarity === 1 ? groundStarts.find((q) => q >= b.end && q - b.end <= 12 && areaAt(analysis, q)) : undefined;
      if (counted !== undefined && !CYRILLIC.test(a.w)) {
        const side = statusSubject(words, m.from, m.to, 'self', speakerSide, text) ?? clauseSubjectSide(text, words, m.from, speakerSide);
        out.push({ ...fact, topic: 'advance', polarity: 1, subjectSide: side });
        meta.push({ reported: reportedAt(text, words, m.from), agent: false, sentence: words[sentenceOf(text, words, m.from)]!.start, area: true });
        continue;
      }
      // a predicate read by lemma (data/predicates-en.tsv) says something only in its frame: with a
      // place ("took Melitopol", "Vodiane was taken") or an operation ("renewed the assault") as its
      // object, and not as the infinitive of a wish or capability ("lacked the forces to retake")
      if (m.row.lemma !== undefined) {
        if (m.row.form === 'base' && irrealisAt(words, m.from, m.row.topic === 'advance')) continue;
        if (m.row.form !== undefined && attributiveAt(text, words, m.from, m.row.form === 'pp' || m.row.form === 'past')) continue;
        // "the Russian push towards the town": a base form right after a side adjective (not a plural:
        // "Russians push towards") is a noun, not the verb
        if (m.row.form === 'base' && m.from > 0 && !/s$/.test(words[m.from - 1]!.w) && sideIn(words, m.from - 1, m.from, speakerSide, false) !== null) continue;
        // "Storm Shadow missiles": a verb form capitalised inside its sentence is part of a name
        if (m.from > 0 && /^\p{Lu}/u.test(a.w === '' ? '' : text.slice(a.start, a.start + 1)) && !/[.!?:"“«‘'(]\s*$/.test(text.slice(words[m.from - 1]!.end, a.start))) continue;
        if (m.row.object === 'place' && !placeObjectAt(analysis, words, m.from, m.to)) continue;
        // "now hold Klishchiivka", not "talks in Istanbul were held": a verb of many senses reads its place only as its object
        if (m.row.object === 'after' && !placeObjectAt(analysis, words, m.from, m.to, false)) continue;
        // (lane resp14) "held Moscow responsible for the strike": a blame word (data/responsibility-en.tsv
        // `blame`: responsible, accountable, guilty) up to three words after the verb makes it blame, no hold
        if (m.row.object === 'after' && words.slice(m.to + 1, m.to + 4).some((w) => enBlameWord(w.w))) continue;
        if (m.row.object === 'op' && !words.slice(m.to, m.to + 3).some((w) => operationNouns().has(w.w))) continue;
        // "continued its drone attacks on energy facilities": an operation of weapons or on objects is no advance
        if (m.row.object === 'op' && m.row.topic === 'advance' && operationVetoed(text, words, m.from, m.to)) continue;
      }
      // «взяли Угледар», «Курахове взято», not «взяли в плен»: a Russian or Ukrainian verb of taking
      // or clearing says who holds a place only with a settlement in its frame (src/compare/capture.ts)
      if (m.row.object === 'place' && m.row.lemma === undefined && CYRILLIC.test(a.w) && !capturePlaceAt(analysis, words, m.from, m.to)) continue;
      // «росіяни «взяли» Попасну вже сто сімнадцятий раз»: a Russian or Ukrainian control verb alone in
      // quotation marks of its own is the other side's word, mocked, not asserted (not a whole quoted
      // sentence; nor English, where wire copy quotes the side's own word: Russia said it had "liberated")
      // (the speaker's own side's capture in quotes is the reporter's distance, not the speaker's: «Міноборони
      // РФ оголосило про нібито повне «звільнення»» is still the ministry's claim; read below, once the side is known)
      const scare = m.row.topic === 'control' && m.to - m.from === 1 && CYRILLIC.test(a.w) && /['‘"“«]$/.test(text.slice(Math.max(0, a.start - 1), a.start)) && /^['’"”»]/.test(text.slice(b.end, b.end + 1));
      // «по захоплених будинках», «жители захваченных сёл»: a capture participle as the adjective of a
      // noun that names no place describes it, it tells of no capture
      if (m.row.topic === 'control' && (m.row.state ?? 'holds') === 'holds' && m.row.polarity === 1 && m.to - m.from === 1 && CYRILLIC.test(a.w) && attributiveCapture(analysis, words, m.from)) continue;
      // the infinitive of a control verb states what happened only after a verb of success or compulsion
      // ("managed to retake", «удалось взять»); after a verb of failure the opposite ("failed to capture",
      // "were unable to hold"); after a wish, plan or attempt, or in Russian and Ukrainian with no
      // governing word, nothing («пытались захватить», «Захопити ... у них не вийде»; data/control-governors.tsv)
      const frame = m.row.topic === 'control' && m.row.state !== 'contested' && m.row.state !== 'encircled' ? orderRead(infinitiveFrame(text, words, m.from), m.row.state ?? (m.row.polarity > 0 ? 'holds' : 'lost')) : null;
      if (frame === 'aim') continue;
      // "captured the title", "retook first place": a control verb whose object is a noun phrase
      // with no place in it says nothing of who holds ground
      if (m.row.topic === 'control' && !CYRILLIC.test(a.w) && (m.row.state ?? 'holds') === 'holds' && b.w !== 'by' && nonPlaceObjectAt(analysis, words, m.to)) continue;
      if (m.row.topic === 'control' && !CYRILLIC.test(a.w) && civilSubjectAt(words, m.from)) continue;
      // "the peninsula would one day be liberated", "will take the city": a future or a condition
      if ((m.row.topic === 'control' || m.row.topic === 'advance') && !CYRILLIC.test(a.w) && futureBefore(text, words, m.from)) continue;
      // "could capture Kurakhove within weeks": a modal of possibility before a base form is a forecast
      if ((m.row.topic === 'control' || m.row.topic === 'advance') && !CYRILLIC.test(a.w) && forecastBefore(words, m.from)) continue;
      // "captured 20 soldiers", "captured a Ukrainian soldier": prisoners, not who holds the place
      // (persons after "by" hold it: "controlled by Russian troops"); encircled troops are the point
      // of an encirclement ("trapping about 2,000 servicemen")
      if (m.row.topic === 'control' && m.row.state !== 'encircled' && (quantityStarts.some((q) => q >= b.end && q - b.end <= 12) || (b.w !== 'by' && words[m.to]?.w !== 'by' && !holderAfter(words, m.to, m.from) && personObject(words, m.to)) || controlExcluded(text, words, m.from, m.to, analysis))) continue;
      // "control of his campaign", "attacks on the senator": these topics need a conflict context.
      // "some Ukrainian soldiers had been captured": prisoners taken, not a place (a participle only:
      // "troops were still fighting in" is no passive)
      // (only a capture: "Ukrainian marines have been pushed out of Krynky", "troops have been surrounded"
      // tell where the persons are, not that they were taken)
      if (m.row.topic === 'control' && (m.row.state ?? (m.row.polarity > 0 ? 'holds' : 'lost')) === 'holds' && !/ing$/.test(a.w) && a.w !== 'still' && passivePersons(words, m.from)) continue;
      // (a post whose words name one side's forces, "ВСУшники", "рашисты", is war reporting throughout)
      // "talks on a prisoner exchange had reached a dead end", «переговоры зашли в тупик»: a stalemate
      // is the war's only when the war is what its clause speaks of (compare.tsv stalemate_war_words)
      if (m.row.topic === 'stalemate' && !stalemateOfWar(text, words, m.from, m.to)) continue;
      // "the fire at the depot was brought under control": a situation of something other than the front
      if (m.row.topic === 'situation' && !CYRILLIC.test(a.w) && otherSituation(text, words, m.from)) continue;
      if (EVERYDAY_TOPICS.has(m.row.topic) && !speakerSide.voiceWords && !conflictContext(analysis, words, m.from, m.to, m.row.subject === 'operation' || m.row.topic === 'control', speakerSide.ownVoice === true && (speakerSide.side === 'RU' || speakerSide.side === 'UA'))) continue;
      fact.topic = m.row.topic;
      let negation = -1;
      for (let k = Math.max(from, m.from - NEGATION_REACH); k < m.from; k++) {
        // ... nor across a clause mark ("not under control, it remains fluid")
        if (NEGATIONS.has(words[k]!.w) && negation < 0 && !/[,;:.!?]/.test(text.slice(words[k]!.end, a.start))) negation = k;
      }
      if (negation >= 0) {
        // the span shows the negation too ("not under control")
        fact.polarity = fact.polarity === 1 ? -1 : 1;
        fact.start = words[negation]!.start;
        fact.text = text.slice(fact.start, fact.end);
      }
      // "failed to capture": not taken (unless a negation before it was already read: "never failed to")
      if (frame === 'fail' && negation < 0) {
        fact.polarity = fact.polarity === 1 ? -1 : 1;
        fact.start = words[m.from - 2]!.start;
        fact.text = text.slice(fact.start, fact.end);
      }
      // "made no gains": a negation inside the phrase's open slot
      if (innerNegation(words, m.from, m.to, m.row.phrase)) fact.polarity = fact.polarity === 1 ? -1 : 1;
      // "trying to break through our defence, without success": a failure said after it in its clause
      if (m.row.topic === 'advance' && failureAfter(text, words, m.to)) fact.polarity = -1;
      // an agent predicate in the passive ("the assaults had been beaten off", "the enemy had been
      // stopped"): its subject is the attacker, read as an operation phrase
      const passiveAgent = m.row.lemma !== undefined && m.row.subject === 'agent' && m.from > 0 && AUXILIARIES.has(words[m.from - 1]!.w);
      if (m.row.subject === 'operation' || passiveAgent) {
        // ... or, with no operation noun, a force named as the subject of the passive ("the enemy had been stopped")
        // ... or, in Russian and Ukrainian, a side word right before it («противника зупинено», «враг остановлен»)
        const sideBefore = CYRILLIC.test(words[m.from]!.w) && m.from > 0 && !clauseBreakBetween(text, words, m.from - 1, m.from) ? sideIn(words, m.from - 1, m.from, speakerSide, false) : null;
        const op = operationNear(words, m.from, m.to, speakerSide, text) ?? (CYRILLIC.test(words[m.from]!.w) && words.slice(m.from, m.to).some((w) => operationNouns().has(w.w)) ? { side: null } : null) ?? (sideBefore ? { side: sideBefore } : null) ?? forceSubject(text, words, m.from, speakerSide);
        if (!op) continue; // "traffic was halted": no operation, no status
        if (operationVetoed(text, words, m.from, m.to)) continue; // an air attack repelled, "attempts to blackmail" failed
        // "атаки отражены" in a side's own summary: the attacks repelled are the other side's
        fact.subjectSide = op.side ?? (CYRILLIC.test(words[m.from]!.w) ? opponent(speakerSide.side) : null);
      } else if ((m.row.subject === 'agent' || m.row.subject === 'self') && m.row.topic === 'advance' && m.row.polarity === -1 && operationVetoed(text, words, m.from, m.to)) continue; // "a missile attack was repelled by air defence"
      else if (m.row.subject === 'self' || m.row.subject === 'agent' || m.row.subject === 'own') fact.subjectSide = statusSubject(words, m.from, m.to, m.row.subject === 'agent' ? 'agent' : 'self', speakerSide, text);
      // an own row with no side word near it is the speaker's own units ("продолжают продвижение" in a ministry's summary)
      if (m.row.subject === 'own' && m.row.topic !== 'control' && fact.subjectSide === null && (speakerSide.side === 'RU' || speakerSide.side === 'UA')) fact.subjectSide = speakerSide.side;
      // "they had taken full control of Rubizhne", the separatists said: the subject pronoun of the
      // reported clause is its speaker
      if (fact.subjectSide === null && m.row.subject !== null && m.row.subject !== 'agent' && m.row.subject !== 'operation' && !passiveAgent && pronounSubject(words, m.from) && claim.kind !== 'direct') fact.subjectSide = speakerSide.side;
      // "Ukrainian troops had pulled out of the ruined town ... but still held positions on its
      // outskirts": a predicate of a coordinated verb phrase, far from its subject, shares the subject
      // that opens the reported clause
      if (fact.subjectSide === null && (m.row.subject === 'self' || m.row.subject === 'own') && !passiveAgent && !CYRILLIC.test(a.w)) fact.subjectSide = clauseSubjectSide(text, words, m.from, speakerSide);
      if (fact.topic === 'control' && !refineControl(analysis, words, m.from, m.to, m.row, fact, speakerSide)) continue;
      // whose forces are encircled, in Russian: the subject of "попали в окружение", the noun an
      // "окружённой" qualifies ("украинской группировки, окружённой"); not the active "окружили X"
      if (fact.topic === 'control' && fact.state === 'encircled' && fact.subjectSide === null && CYRILLIC.test(words[m.from]!.w) && morphPos(words[m.from]!.w) !== 'VERB') fact.subjectSide = statusSubject(words, m.from, m.to, 'self', speakerSide, text);
      // a channel's own subjectless "продвинулись к Гуево", "закрепились вдоль жилых массивов" (its
      // subject in a sentence before): its author's side's advance or holding
      // (a finite verb only: "Сообщения о прорыве ... не соответствуют действительности" is someone else's breakthrough)
      if (speakerSide.ownVoice && fact.subjectSide === null && fact.polarity === 1 && m.row.subject === 'self' && finiteAt(words, m.from, text) && (fact.topic === 'advance' || (fact.topic === 'control' && (fact.state === 'holds' || fact.state === 'part'))) && (speakerSide.side === 'RU' || speakerSide.side === 'UA')) fact.subjectSide = speakerSide.side;
      // "the village had been fully captured" said by one of the two sides, no captor named: its own capture
      // (set after a denial is read: a capture the claim rejects is not the speaker's)
      if (fact.topic === 'control' && m.row.subject === 'self' && fact.state === 'holds' && fact.polarity === 1 && fact.subjectSide === null && (speakerSide.side === 'RU' || speakerSide.side === 'UA') && passiveAt(words, m.from) && words[m.to]?.w !== 'by') ownCaptures.add(fact);
      if (scare && !(fact.subjectSide !== null && fact.subjectSide === speakerSide.side)) continue;
      // «Купянск не взят»: a negated verb of capture-verbs-ruuk.tsv with no side named says whose capture
      // failed no better than before these rows were read; left unread (lane ctlB)
      if (m.row.object === 'place' && m.row.lemma === undefined && CYRILLIC.test(a.w) && negation >= 0 && fact.subjectSide === null) continue;
      out.push(fact);
      const attempt = m.row.lemma !== undefined && m.row.form === 'base' && m.from > 0 && words[m.from - 1]!.w === 'to';
      meta.push({ reported: reportedAt(text, words, m.from), agent: m.row.subject === 'agent', sentence: words[sentenceOf(text, words, m.from)]!.start, attempt });
    }
  }
  attemptsFailed(out, meta);
  // "had advanced up to 6.5 kilometres and taken back 90 square kilometres": the area taken restates
  // the advance the claim already tells
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i]!;
    if (meta[i]!.area && out.some((g, j) => j !== i && !meta[j]!.area && g.topic === 'advance' && g.polarity === f.polarity && g.subjectSide === f.subjectSide)) {
      out.splice(i, 1);
      meta.splice(i, 1);
    }
  }
  // "There are no Ukrainian forces in the city", «позиций ВСУ в Крынках больше нет»: a side's forces
  // said to be absent from a place have left it (src/compare/absence.ts, data/control-absence.tsv)
  for (const words of fragWords) {
    for (const ab of absenceStatements(analysis, words, speakerSide)) {
      const s0 = words[ab.from]!.start;
      const e0 = words[ab.to - 1]!.end;
      if (out.some((f) => f.topic === 'control' && f.start < e0 && f.end > s0)) continue;
      const fact: StatusFact = { topic: 'control', polarity: -1, denial: false, subjectSide: ab.side, text: text.slice(s0, e0), start: s0, end: e0 };
      if (!refineControl(analysis, words, ab.from, ab.to, ABSENCE_ROW, fact, speakerSide)) continue;
      out.push(fact);
      meta.push({ reported: reportedAt(text, words, ab.from), agent: false, sentence: words[sentenceOf(text, words, ab.from)]!.start });
    }
  }
  // «бої точаться на його околицях», "its defense was continuing": fighting for the place goes on, in
  // either order of its two words (src/compare/contest.ts, data/control-contest.tsv)
  const contestPlaces = memo(analysis, 'facts:contest-places', () => analysis.places.filter((p) => p.level !== 'country' && p.level !== null));
  for (const words of fragWords) {
    for (const c of contestStatements(text, words, contestPlaces)) {
      const s0 = words[c.from]!.start;
      const e0 = words[c.to - 1]!.end;
      if (out.some((f) => f.topic === 'control' && f.start < e0 && f.end > s0)) continue;
      // (a text that names a town in Ukraine is war reporting, as for a claim's subject above)
      if (!speakerSide.voiceWords && !analysis.places.some((p) => p.country === 'UA' && p.level !== 'country' && p.level !== null) && !conflictContext(analysis, words, c.from, c.to, true, speakerSide.ownVoice === true && (speakerSide.side === 'RU' || speakerSide.side === 'UA'))) continue;
      const fact: StatusFact = { topic: 'control', polarity: 1, denial: false, subjectSide: null, text: text.slice(s0, e0), start: s0, end: e0 };
      if (!refineControl(analysis, words, c.from, c.to, CONTEST_ROW, fact, speakerSide)) continue;
      out.push(fact);
      meta.push({ reported: reportedAt(text, words, c.from), agent: false, sentence: words[sentenceOf(text, words, c.from)]!.start });
    }
  }
  // "the situation on our stretch of the front line is critical", «Ситуація під Куп'янськом не є
  // критичною», "tense but controlled": a situation read by its parts (src/compare/situation.ts,
  // data/situation-words.tsv). Where a phrase of the tables reads the same words otherwise (without
  // the negation or the contrast, or of the roads), the reading by parts stands
  for (const words of fragWords) {
    for (const st of situationStatements(text, words)) {
      const s0 = words[st.from]!.start;
      const e0 = words[st.to - 1]!.end;
      const over = out.filter((f) => f.topic === 'situation' && f.start < e0 && f.end > s0);
      // (the same reading: one fact for it, "calm and under control" is no second statement)
      const same = st.other ? undefined : over.find((f) => f.polarity === st.polarity);
      for (const f of over) {
        if (f === same) continue;
        const i = out.indexOf(f);
        out.splice(i, 1);
        meta.splice(i, 1);
      }
      if (st.other || same) continue;
      out.push({ topic: 'situation', polarity: st.polarity, denial: false, subjectSide: null, text: text.slice(s0, e0), start: s0, end: e0 });
      meta.push({ reported: reportedAt(text, words, st.from), agent: false, sentence: words[sentenceOf(text, words, st.from)]!.start });
    }
  }
  resolveOwnConflicts(out, meta, text);
  // "відійшли з частини міста на більш вигідні позиції": two phrases of one withdrawal in a Russian or
  // Ukrainian claim are one control fact (the same state, polarity and subject)
  // «Промзона ... зачищена и находится под контролем российской армии»: coordinated predicates of one
  // subject name the side once; the one with no side is the same statement as its sided partner of
  // the same state and polarity in the sentence
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i]!;
    // (and «Купянск не взят, бои в городе продолжаются»: not taken, said with the fighting going on, is that fighting)
    const restates = (g: StatusFact, j: number): boolean => j !== i && g.topic === 'control' && meta[j]!.sentence === meta[i]!.sentence && samePlaces(f, g) && ((g.subjectSide !== null && g.state === f.state && g.polarity === f.polarity) || (f.state === 'holds' && f.polarity === -1 && g.state === 'contested' && g.polarity === 1));
    if (f.topic === 'control' && f.subjectSide === null && !f.denial && CYRILLIC.test(f.text) && out.some(restates)) {
      out.splice(i, 1);
      meta.splice(i, 1);
    }
  }
  for (let i = out.length - 1; i > 0; i--) {
    const f = out[i]!;
    // (in English, within one sentence: "had left Avdiivka and moved to more favourable lines"; and so
    // for an advance or a situation: "are on the offensive ... and have moved forward")
    if ((f.topic === 'advance' || f.topic === 'situation') && !CYRILLIC.test(f.text) && f.subjectSide !== null && out.slice(0, i).some((g, j) => g.topic === f.topic && g.polarity === f.polarity && g.subjectSide === f.subjectSide && meta[j]!.sentence === meta[i]!.sentence)) {
      out.splice(i, 1);
      meta.splice(i, 1);
      continue;
    }
    // (in English, within one sentence: "had left Avdiivka and moved to more favourable lines")
    if (f.topic === 'control' && (CYRILLIC.test(f.text) || f.subjectSide !== null) && out.slice(0, i).some((g, j) => g.topic === 'control' && g.state === f.state && g.polarity === f.polarity && g.subjectSide === f.subjectSide && (CYRILLIC.test(f.text) || meta[j]!.sentence === meta[i]!.sentence))) {
      out.splice(i, 1);
      meta.splice(i, 1);
    }
  }
  if (denials.length > 0 || (cueDenies && out.length > 0)) {
    // A denial turns what the claim says round; with nothing else said, it denies the reported events.
    // (a denial of a loss, "claims about the destruction of the Patriot system are untrue", denies a
    // figure, not that an attack happened: no denial of the reported events)
    if (out.length === 0) return lossDenied(text, fragWords, denials[0]!.start, fates) ? [] : [denials[0]!];
    // «Заява ... про захоплення Торецька — неправда, ..., бої в Торецьку тривають», «Бои за Клещеевку
    // продолжаются, ..., а заявления Киева о его взятии не соответствуют действительности»: fighting said
    // to go on in a clause apart from the denial is the speaker's own statement, not what is denied
    // ... and so is a side's own hold on part of the place said apart from it ("dismissed the claim as
    // untrue, saying its units were still holding positions in parts of the Kursk region")
    const own = (f: StatusFact): boolean => f.state === 'contested' || (f.state === 'part' && f.subjectSide !== null && f.subjectSide === speakerSide.side);
    const apart = (f: StatusFact): boolean => f.topic === 'control' && own(f) && f.polarity === 1 && denials.length > 0 && denials.every((d) => fightingApartFromDenial(text, d, f));
    let turned = 0;
    for (const f of out) {
      if (apart(f)) continue;
      turned++;
      f.polarity = f.polarity === 1 ? -1 : 1;
      f.denial = true;
      // "заява про захоплення Сіверська є неправдою": a capture a side calls untrue with no side word
      // near it is the other side's claimed capture
      if (f.topic === 'control' && f.state === 'holds' && f.subjectSide === null && CYRILLIC.test(f.text)) f.subjectSide = opponent(speakerSide.side);
      // ... and so is a liberation whose side was only the speaker's own by default («заяви Пєскова про
      // нібито звільнення Куп'янська не відповідають дійсності»: Russia's claimed capture, denied)
      else if (f.topic === 'control' && f.state === 'holds' && OWN_DEFAULT.has(f)) f.subjectSide = opponent(speakerSide.side);
    }
    // ... and the denial, turning nothing of it round, stands as the claim's denial
    if (turned === 0 && denials.length > 0 && !lossDenied(text, fragWords, denials[0]!.start, fates)) out.push(denials[0]!);
  }
  for (const f of out) if (ownCaptures.has(f) && !f.denial && f.subjectSide === null && f.polarity === 1) f.subjectSide = speakerSide.side;
  // "Russia's defence ministry did not acknowledge losing the village": a side that will not concede a
  // loss of its own the content tells says it did not lose the place (read as "did not lose": lost, +)
  if (claim.cue && concessionRefused(wordsOf(text, claim.cue.start, claim.cue.end))) {
    for (const f of out) {
      if (f.topic === 'control' && f.state === 'lost' && f.polarity === -1 && !f.denial && f.subjectSide !== null && f.subjectSide === speakerSide.side) f.polarity = 1;
    }
  }
  return out;
}

/** Whether two control facts name the same places, or one of them names none (then the claim's places count for it). */
function samePlaces(f: StatusFact, g: StatusFact): boolean {
  if (!f.places?.length || !g.places?.length) return true;
  return f.places.some((p) => g.places!.some((q) => q.id === p.id));
}

/**
 * Whether a claim's cue refuses a concession: a verb of conceding (data/grammar-words.tsv
 * `concede-verb`: "acknowledge", "admit", "confirm") after a negation right before it, past an
 * auxiliary ("did not acknowledge", "has not confirmed", "never admitted").
 */
export function concessionRefused(cue: readonly Word[]): boolean {
  const verbs = grammarSet('concede-verb');
  for (let k = 1; k < cue.length; k++) {
    if (verbs.has(cue[k]!.w) && NEGATIONS.has(cue[k - 1]!.w)) return true;
  }
  return false;
}

/**
 * Whether the denial at `at` denies a loss: up to ten words before it in its clause, a word of
 * destroying or downing (data/cause-defence.tsv `loss`: «знищення», "destruction", "downing") with a
 * word of equipment up to three words after it («заяви росіян про знищення комплексу Patriot … не
 * відповідають дійсності», "Moscow's claims of destroying a Patriot system are untrue"). What such a
 * denial rejects is the other side's figure of things destroyed, not the attack.
 */
export function lossDenied(text: string, fragWords: readonly Word[][], at: number, fates: readonly FateFact[] = []): boolean {
  // ... or the denial is the cue of a fate fact's denial of a named item's destruction («Заявления о
  // сбитом МиГ-31 — фейк»: data/fate-words.tsv); the one mechanism of loss denial (reviewer finding 12)
  if (fates.some((f) => f.denial && f.start <= at && at < f.end)) return true;
  const words = fragWords.find((ws) => ws.length > 0 && ws[0]!.start <= at && ws[ws.length - 1]!.end >= at);
  if (!words) return false;
  let j = words.findIndex((w) => w.start >= at);
  if (j < 0) j = words.length;
  let a = j;
  while (a > 0 && j - a < 10 && !/[;:.!?]/.test(text.slice(words[a - 1]!.end, a < words.length ? words[a]!.start : at))) a--;
  const found = defenceMatcher().scan(words.slice(a, j));
  return found.some((x) => x.row === 'loss' && found.some((y) => y.row === 'equipment' && y.from >= x.to && y.from - x.to <= 2));
}

let prepositions: Set<string> | null = null;
/** Russian and Ukrainian prepositions (data/grammar-words.tsv `ruuk-preposition`). */
function ruukPrepositions(): Set<string> {
  return (prepositions ??= grammarSet('ruuk-preposition'));
}

let actionStems: string[] | null = null;
/**
 * Whether `w` is a Russian or Ukrainian action noun whose genitive complement is its object ("по
 * вытеснению противника", "після розгрому ворога"; stems of data/action-nouns-ruuk.tsv).
 */
function actionNounAt(w: string): boolean {
  actionStems ??= table('action-nouns-ruuk.tsv').map((r) => r[1]!).filter(Boolean);
  return actionStems.some((st) => w.startsWith(st));
}

let anaphors: Set<string> | null = null;
let cityAnaphors: Set<string> | null = null;
/** Determiners and prepositions before a city noun that make it point back ("the city", «в городе»; data/grammar-words.tsv `city-determiner`). */
let cityDeterminers: Set<string> | null = null;
/** Whether words hold "the city", «в городе», «у місті» (data/grammar-words.tsv `city-anaphor`). */
function cityAnaphorIn(words: readonly Word[]): boolean {
  cityAnaphors ??= grammarSet('city-anaphor');
  cityDeterminers ??= grammarSet('city-determiner');
  return words.some((w, i) => i > 0 && cityAnaphors!.has(w.w) && cityDeterminers!.has(words[i - 1]!.w));
}

/** Adverbs that point back to a place of the sentence before (data/grammar-words.tsv `place-anaphor`). */
function placeAnaphors(): Set<string> {
  return (anaphors ??= grammarSet('place-anaphor'));
}

let stopLemmas: Set<string> | null = null;
/** Lemmas that stop or prevent an advance (data/advance-stops-ruuk.txt). */
function advanceStops(): Set<string> {
  return (stopLemmas ??= wordSet('advance-stops-ruuk.txt'));
}

/** Whether `words[i]` is a finite Russian verb, or an infinitive a phase verb or a verb of success governs ("продолжают теснить", «удалось взять», «вдалося звільнити»: data/control-governors.tsv). */
function finiteAt(words: Word[], i: number, text: string): boolean {
  const pos = morphPos(words[i]!.w);
  if ((pos === 'INFN' || pos === null) && infinitiveFrame(text, words, i) === 'assert') return true;
  return pos === 'VERB' || (pos === 'INFN' && i > 0 && PHASE_LEMMAS.has(lemmaOf(words[i - 1]!.w) ?? ''));
}

/** Words at most between a Russian noun of advance and the operation phrase after it that says how it stands. */
const OPERATION_NOUN_REACH = 4;

/** Verbs of phase whose infinitive complement is stated ("продолжают теснить", "начали освобождать"). */
const PHASE_LEMMAS = grammarSet('ruuk-phase-lemma');

/**
 * The status phrases of `words`: the surface phrases of data/status-phrases*.tsv and
 * control-phrases.tsv, and in Russian the lemma predicates of data/status-lemmas-ruuk.tsv, matched
 * over the words' lemmas, where no surface phrase stands or where a lemma predicate is longer than
 * the phrases it covers ("идёт зачистка" over "зачистк~"). A lemma predicate in the infinitive states
 * no fact ("задача вытеснить", "пытаясь окружить") unless a phase verb governs it ("продолжают теснить").
 */
function statusMatches(words: Word[], text: string): { row: StatusRow; from: number; to: number }[] {
  const lex = compareLexicon();
  let out = lex.statuses.scan(words);
  if (!words.some((w) => CYRILLIC.test(w.w)) || lemmaOf('армия') === null) return out;
  const lemmas = words.map((w) => ({ ...w, w: lemmaOf(w.w) ?? w.w }));
  for (const m of lex.lemmaStatuses.scan(lemmas)) {
    // (a control predicate in the infinitive is read by its governing word: «удалось взять под контроль», src/compare/infinitive.ts)
    if (morphPos(words[m.from]!.w) === 'INFN' && !(m.from > 0 && PHASE_LEMMAS.has(lemmas[m.from - 1]!.w)) && !(m.row.topic === 'control' && orderRead(infinitiveFrame(text, words, m.from), m.row.state ?? (m.row.polarity > 0 ? 'holds' : 'lost')) === 'assert')) continue;
    // a noun of advance after a verb that stops or prevents it ("замедлить продвижение"): none going on
    if (m.row.topic === 'advance' && morphPos(words[m.from]!.w) === 'NOUN' && lemmas.slice(Math.max(0, m.from - 3), m.from).some((l) => advanceStops().has(l.w))) continue;
    // ... nor the subject noun of an operation phrase after it («наше продвижение под Угледаром застопорилось»): that phrase tells how it stands
    if (m.row.topic === 'advance' && morphPos(words[m.from]!.w) === 'NOUN' && out.some((o) => o.row.topic === 'advance' && o.row.subject === 'operation' && o.from >= m.to && o.from - m.to <= OPERATION_NOUN_REACH)) continue;
    const over = out.filter((o) => o.from < m.to && m.from < o.to);
    if (over.some((o) => o.from < m.from || o.to > m.to || o.to - o.from >= m.to - m.from)) continue;
    out = out.filter((o) => !over.includes(o));
    out.push(m);
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Whether a form of "be" starts the phrase at `words[from]` ("been fully captured") or stands right before it, or with one adverb between ("had been fully captured"). */
function passiveAt(words: Word[], from: number): boolean {
  if (AUXILIARIES.has(words[from]!.w)) return true;
  const k = from > 0 && /ly$/.test(words[from - 1]!.w) ? from - 2 : from - 1;
  return k >= 0 && AUXILIARIES.has(words[k]!.w);
}

/** Whether a passive auxiliary stands right before `words[from]` with a person noun just before it ("soldiers had been captured"). */
function passivePersons(words: Word[], from: number): boolean {
  // a form of "be" right before the phrase ("were captured", "had been captured"), not "had withdrawn"
  let k = from - 1;
  if (k < 0 || !AUXILIARIES.has(words[k]!.w)) return false;
  k--;
  if (k >= 0 && (words[k]!.w === 'had' || words[k]!.w === 'have' || words[k]!.w === 'has')) k--;
  return k >= 0 && persons().has(words[k]!.w);
}

let historyWords: { start: number; before: Set<string>; after: Set<string>; since: Set<string>; part: Set<string>; month: Map<string, number> } | null = null;
/** How many months before the publication month a month named with a year is still recent, no history. */
const RECENT_MONTHS = 2;

/**
 * Whether `content` is set in a year before this war began (data/history-years.tsv): a year with a
 * dating word right before it ("in 1941", «в 1944 году») or a word "year" right after it («восени
 * 1943 року»), not one compared with ("since 1941", «с 1945 года»). Such a claim is history. So is a
 * claim dated in a season or month (class `part`) of a year of this war before the year it was
 * published (`day`, YYYY-MM-DD): «летом 2023 года ВСУ ... отбросили врага», published in December
 * 2024, tells of then, not of the day it is dated to (the publication day; lane rucorpus: it stood
 * against a 2024 advance); a year alone may be a year's total and stays. Not when the
 * claim's own day-precise date (`dated`) is in that year («5 марта 2023 года»): it is dated right; nor
 * for a month at most two months before the publication month («в декабре 2024 года», published on 2
 * January 2025: recent). The part word dates the year by itself, in English too ("in December 2023").
 */
function historic(content: string, day: string | null = null, dated: string | null = null): boolean {
  if (!historyWords) {
    const h = { start: 2014, before: new Set<string>(), after: new Set<string>(), since: new Set<string>(), part: new Set<string>(), month: new Map<string, number>() };
    for (const [w, cls, n] of table('history-years.tsv')) {
      if (cls === 'start') h.start = Number(w);
      else if (cls === 'before' || cls === 'after' || cls === 'since' || cls === 'part') h[cls].add(w!.toLowerCase());
      else throw new Error(`sitrep: data/history-years.tsv: bad class "${cls}" for "${w}"`);
      if (cls === 'part' && n) h.month.set(w!.toLowerCase(), Number(n));
    }
    historyWords = h;
  }
  const h = historyWords;
  if (!/\d{4}/.test(content)) return false;
  const words = content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\d{4}$/.test(w)) continue;
    const y = Number(w);
    const published = day ? Number(day.slice(0, 4)) : NaN;
    const prev = words[i - 1] ?? '';
    if (y < 1000) continue;
    if (y >= h.start) {
      // a season or month of an earlier year of this war dates the claim to then, by itself ("in
      // December 2023", «летом 2023 года»); not "since December 2023", not a claim dated that year by
      // day, not a month at most RECENT_MONTHS before the publication month
      if (!(y < published) || dated?.startsWith(w) || !h.part.has(prev) || h.since.has(words[i - 2] ?? '')) continue;
      const m = h.month.get(prev);
      if (m !== undefined && day && published * 12 + Number(day.slice(5, 7)) - (y * 12 + m) <= RECENT_MONTHS) continue;
      return true;
    }
    if (h.since.has(prev)) continue;
    // ... and a month or season before a year before this war ("in August 1943")
    if (h.before.has(prev) || h.part.has(prev) || h.after.has(words[i + 1] ?? '')) return true;
  }
  return false;
}

/** Status topics whose phrases have everyday senses outside war reporting (see data/conflict-anchors.txt). */
const EVERYDAY_TOPICS = new Set(['control', 'advance', 'attack']);
/** How many words after a status phrase a place may stand and still be its object ("an attack on the bridge in Sumy"). */
const OBJECT_REACH = 4;

let anchors: Set<string> | null = null;
/** Words that mark a sentence as war reporting (data/conflict-anchors.txt). */
function conflictAnchors(): Set<string> {
  return (anchors ??= wordSet('conflict-anchors.txt'));
}

let anchorLemmaSet: Set<string> | null = null;
/** The lemmas of the Cyrillic words of data/conflict-anchors.txt (empty until the morphology is loaded). */
function anchorLemmas(): Set<string> {
  if (anchorLemmaSet) return anchorLemmaSet;
  if (!lemmaOf('армия')) return new Set(); // no morphology yet: try again on the next call
  const out = new Set<string>();
  for (const w of conflictAnchors()) {
    const l = CYRILLIC.test(w) ? lemmaOf(w) : null;
    if (l) out.add(l);
  }
  return (anchorLemmaSet = out);
}

/**
 * Whether the status phrase `words[from, to)` is war reporting: its sentence holds a word of
 * data/conflict-anchors.txt, or a resolved place below country level stands within OBJECT_REACH
 * words after it ("a strike on Sumy"), or before it for a phrase about an operation ("Russian
 * advance on Kupiansk halted"); "in New York, then she attacked President Obama" is no attack.
 */
function conflictContext(analysis: Analysis, words: Word[], from: number, to: number, before: boolean, ownPost = false): boolean {
  const at = words[from]!.start;
  const sent = analysis.sentences.find((s) => at >= s.start && at < s.end);
  const a = sent?.start ?? words[0]!.start;
  const b = sent?.end ?? words[words.length - 1]!.end;
  const set = conflictAnchors();
  // a Russian word by its lemma too ("армией", "штурмовиками", "населённый пункт" in any case)
  const anchored = (x: number, y: number): boolean => wordsOf(analysis.text, x, y).some((w, i, ws) => set.has(w.w) || (i > 0 && set.has(`${ws[i - 1]!.w} ${w.w}`)) || (CYRILLIC.test(w.w) && anchorLemmas().has(lemmaOf(w.w) ?? '')));
  if (anchored(a, b)) return true;
  // a short sentence of a side's own post goes on from the one before it ("Потеряны десятки танков
  // и БМП. Никакого продвижения нет."): that sentence's war words are its context
  if (ownPost && sent) {
    const prev = analysis.sentences.filter((s) => s.end <= sent.start).pop();
    if (prev && !/\n\s*\n/.test(analysis.text.slice(prev.end, sent.start)) && anchored(prev.start, prev.end)) return true;
  }
  // "Сейчас там идёт зачистка": an adverb pointing back to the place of the sentence before reads its context there
  if (sent && wordsOf(analysis.text, a, b).some((w) => placeAnaphors().has(w.w))) {
    const prev = analysis.sentences.filter((s) => s.end <= sent.start).pop();
    if (prev && (anchored(prev.start, prev.end) || analysis.places.some((p) => p.start >= prev.start && p.end <= prev.end && p.level !== 'country'))) return true;
  }
  const lo = before ? words[Math.max(0, from - OBJECT_REACH)]!.start : words[from]!.start;
  const hi = words[Math.min(words.length - 1, to + OBJECT_REACH - 1)]!.end;
  return analysis.places.some((p) => p.start >= lo && p.end <= hi && p.level !== 'country');
}

/** How a status phrase stands in its claim: reported inside it, from an agent row, in which sentence. */
interface FactMeta {
  /** A reporting verb stands before it in its sentence ("the governor says the situation is ..."). */
  reported: boolean;
  /** Its row has subject "agent" ("repelled"): it is about the side the agent acted against. */
  agent: boolean;
  /** Offset in the text where its sentence starts (a key, not a span). */
  sentence: number;
  /** An advance told as an attempt ("tried to break through"): what a failure in the claim is about. */
  attempt?: boolean;
  /** An advance read from an area taken ("taken back 90 square kilometres"). */
  area?: boolean;
}

/** Irregular forms of reporting verbs (grammar, not a lexicon): lemma → forms. */
const IRREGULAR: Record<string, string[]> = { say: ['said'], tell: ['told'], write: ['wrote', 'written'], swear: ['swore', 'sworn'], rule: [] };

let reportForms: Set<string> | null = null;
/**
 * Inflected forms of the reporting verbs of data/cue-verbs.tsv that take a clause (speech and
 * writing; "says", "said", "claimed", "insists"): a status after one of them in its sentence is
 * what someone else said, reported inside the claim.
 */
function reportVerbForms(): Set<string> {
  if (reportForms) return reportForms;
  const set = new Set<string>();
  for (const [lemma, cls, frames] of table('cue-verbs.tsv')) {
    const f = (frames ?? '').split(',');
    if (!lemma || (cls !== 'speech' && cls !== 'writing') || !f.includes('that') || f.includes('nobare') || f.includes('light')) continue;
    const l = lemma.toLowerCase();
    if (l in IRREGULAR && IRREGULAR[l]!.length === 0) continue; // "rule": mostly "ruled out", no report
    set.add(l);
    const cy = /[^aeiou]y$/.test(l);
    set.add(cy ? l.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(l) ? l + 'es' : l + 's');
    set.add(cy ? l.slice(0, -1) + 'ied' : l.endsWith('e') ? l + 'd' : l + 'ed');
    for (const x of IRREGULAR[l] ?? []) set.add(x);
  }
  return (reportForms = set);
}

/**
 * Whether the stalemate phrase at words[from, to) speaks of the war: the nearest war word
 * (compare.tsv `stalemate_war_words`: war, front, війна, конфликт) or talks word
 * (`stalemate_veto_words`: talks, переговоры, угода) before it in its sentence, else after it,
 * decides; with neither, it is no stalemate of the war.
 */
function stalemateOfWar(text: string, words: Word[], from: number, to: number): boolean {
  const lex = compareLexicon();
  const first = sentenceOf(text, words, from);
  const decide = (w: string): boolean | null => {
    const x = w.toLowerCase().replace(/['’]s$/, '');
    if (stemHit(x, lex.stalemateVetoWords)) return false;
    if (stemHit(x, lex.stalemateWarWords)) return true;
    return null;
  };
  for (let k = from - 1; k >= first; k--) {
    const d = decide(words[k]!.w);
    if (d !== null) return d;
  }
  for (let k = to; k < words.length && !(k > to && sentenceGap(text.slice(words[k - 1]!.end, words[k]!.start), words[k - 1]!.w, words[k]!.w)); k++) {
    const d = decide(words[k]!.w);
    if (d !== null) return d;
  }
  return false;
}

/** Index of the first word of the sentence of `words[i]` (no sentence end mark between them). */
function sentenceOf(text: string, words: Word[], i: number): number {
  let k = i;
  while (k > 0 && !sentenceGap(text.slice(words[k - 1]!.end, words[k]!.start), words[k - 1]!.w, words[k]!.w)) k--;
  return k;
}

/** Whether the gap between two words ends a sentence: a full stop, not a decimal point ("6.5 kilometres"). */
function sentenceGap(gap: string, before: string, after: string): boolean {
  return /[.!?]/.test(gap) && !(gap === '.' && /\d$/.test(before) && /^\d/.test(after));
}

/** Contrast words that end the reach of a reporting verb ("X says A, but B": B is not X's). From data/grammar-words.tsv `cue-reach-contrast`. */
const CONTRASTS = grammarSet('cue-reach-contrast');

/** Whether a reporting verb stands before `words[i]` in its sentence, with no contrast word between. */
function reportedAt(text: string, words: Word[], i: number): boolean {
  const forms = reportVerbForms();
  for (let k = i - 1; k >= sentenceOf(text, words, i); k--) {
    if (CONTRASTS.has(words[k]!.w)) return false;
    if (forms.has(words[k]!.w)) return true;
  }
  return false;
}

/** Whether two facts of one claim contradict each other (compare's statusConflict; control.ts for control). */
function clash(a: StatusFact, b: StatusFact): boolean {
  if (a.topic !== b.topic || a.topic === 'event') return false;
  if (a.topic === 'control') return controlClash(a, b);
  return a.subjectSide === b.subjectSide && a.polarity !== b.polarity;
}

/**
 * One claim never stands on both sides of a dispute: when its own statuses contradict each other,
 * the structure decides, else the contradicting statuses are dropped. In order:
 * - a status reported inside the claim ("the governor says the situation is under control. It
 *   remains fluid") gives way to the claim's own assertion;
 * - an agent phrase with no side ("advanced ... and repelled four counterattacks") is about the
 *   side the subject acted against, not the subject of the self phrase in its sentence: it gives way;
 * - what still contradicts is dropped (the claim says both; compare cannot tell which it means).
 * `out` and `meta` are filtered in place.
 */
function resolveOwnConflicts(out: StatusFact[], meta: FactMeta[], text: string): void {
  if (out.length < 2) return;
  const drop = new Set<number>();
  const clashing = (i: number): number[] => out.map((_, j) => j).filter((j) => j !== i && !drop.has(j) && clash(out[i]!, out[j]!));
  // 0. "the situation is difficult but under control": of two opposite situations of one sentence
  // joined by a contrast word (data/grammar-words.tsv `contrast-conjunction`), the second is the claim's;
  // so of two opposite advances («противник веде наступальні дії, але просування ворога зупинено»)
  const contrast = grammarSet('contrast-conjunction');
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.topic !== 'situation' && out[i]!.topic !== 'advance') continue;
    if (clashing(i).some((j) => out[j]!.start > out[i]!.end && meta[j]!.sentence === meta[i]!.sentence && (text.slice(out[i]!.end, out[j]!.start).toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => contrast.has(w)))) drop.add(i);
  }
  // 1. reported against own
  for (let i = 0; i < out.length; i++) {
    if (meta[i]!.reported && clashing(i).some((j) => !meta[j]!.reported)) drop.add(i);
  }
  // 2. an unresolved agent phrase against a self phrase of its sentence
  for (let i = 0; i < out.length; i++) {
    if (drop.has(i) || !meta[i]!.agent || out[i]!.subjectSide !== null) continue;
    if (clashing(i).some((j) => !meta[j]!.agent && meta[j]!.sentence === meta[i]!.sentence)) drop.add(i);
  }
  // 3. what still contradicts
  const still = [...out.keys()].filter((i) => !drop.has(i) && clashing(i).length > 0);
  for (const i of still) drop.add(i);
  if (drop.size === 0) return;
  let w = 0;
  for (let i = 0; i < out.length; i++) {
    if (drop.has(i)) continue;
    out[w] = out[i]!;
    meta[w] = meta[i]!;
    w++;
  }
  out.length = w;
  meta.length = w;
}

/**
 * An attempt and its failure in one claim ("Russian forces had tried to break through near the
 * village and the attacks had been repelled"): the attempt is what failed, not an advance going on.
 * It is dropped, and a failure whose side is unknown takes the attempt's side. In place.
 */
function attemptsFailed(out: StatusFact[], meta: FactMeta[]): void {
  const failed = out.filter((f) => f.topic === 'advance' && f.polarity === -1);
  if (failed.length === 0) return;
  for (let i = out.length - 1; i >= 0; i--) {
    if (!meta[i]!.attempt || out[i]!.topic !== 'advance' || out[i]!.polarity !== 1) continue;
    for (const f of failed) if (f.subjectSide === null) f.subjectSide = out[i]!.subjectSide;
    out.splice(i, 1);
    meta.splice(i, 1);
  }
}

let operations: Set<string> | null = null;
/** Nouns for a military operation (data/operation-nouns.txt). */
function operationNouns(): Set<string> {
  return (operations ??= wordSet('operation-nouns.txt'));
}

let vetoRows: [StemWord[], StemWord[], StemWord[]] | null = null;
/** Stems of data/operation-veto.tsv by class: [weapon, object, ground]; a stem ending in "=" is a whole word. */
function operationVeto(): [StemWord[], StemWord[], StemWord[]] {
  if (vetoRows) return vetoRows;
  const by: [StemWord[], StemWord[], StemWord[]] = [[], [], []];
  const cls = ['weapon', 'object', 'ground'];
  for (const [stem, c] of table('operation-veto.tsv')) {
    const k = cls.indexOf(c ?? '');
    if (!stem || k < 0) throw new Error(`sitrep: data/operation-veto.tsv: bad row "${stem}"`);
    by[k]!.push(stemWord(stem.toLowerCase()));
  }
  return (vetoRows = by);
}

/** Whether `w` matches a stem word of `stems` (starts with it, or is it when whole). */
function stemHit(w: string, stems: readonly StemWord[]): boolean {
  return stems.some((s) => stemWordHit(w, s));
}

/**
 * Whether the operation status phrase `words[from, to)` is no ground operation (review4 #2): its
 * clause (back to the operation noun within reach, on to the next punctuation) holds a weapon or
 * air-defence word ("атака беспилотников ... отбита силами ПВО", "a drone attack ... had failed") or
 * a non-military object ("attempts to blackmail Ukraine"), or "attempts to X" names no ground verb.
 */
function operationVetoed(text: string, words: Word[], from: number, to: number): boolean {
  const [weapon, object, ground] = operationVeto();
  let a = from;
  for (let k = from - 1; k >= Math.max(0, from - SUBJECT_REACH); k--) {
    if (clauseBreakBetween(text, words, k, k + 1)) break;
    a = k;
  }
  let b = to;
  while (b < words.length && b < to + 4 && !clauseBreakBetween(text, words, b - 1, b)) b++;
  for (let k = a; k < b; k++) {
    const w = words[k]!.w;
    if (stemHit(w, weapon) || stemHit(w, object)) return true;
    if ((w === 'attempt' || w === 'attempts') && words[k + 1]?.w === 'to' && k + 2 < words.length && !stemHit(words[k + 2]!.w, ground)) return true;
  }
  return false;
}

/** The side of `words[i]` when it is a side word right before an operation noun ("a Russian assault"), else null. */
function operationOwner(words: Word[], i: number, speakerSide: SpeakerContext): Side | null {
  const next = words[i + 1]?.w;
  if (!next || !operationNouns().has(next)) return null;
  return sideIn(words, i, i + 1, speakerSide, false);
}

/**
 * The operation a phrase like "had been halted" is about: an operation noun just after it ("halted
 * the Russian advance") or before it ("the Russian push towards the town had been halted"), with the
 * side that owns it (the side word right before the noun), or null when no operation noun is near.
 */
function operationNear(words: Word[], from: number, to: number, speakerSide: SpeakerContext, text: string | null = null): { side: Side | null } | null {
  for (let k = to; k < Math.min(words.length, to + 3); k++) {
    // (not past a clause mark: «наступление провалилось: штурмовые группы разгромлены» — the groups are another clause's)
    if (text !== null && k > 0 && clauseBreakBetween(text, words, k - 1, k)) break;
    if (operationNouns().has(words[k]!.w)) return { side: k > to ? sideIn(words, k - 1, k, speakerSide, false) : null };
  }
  let found = false;
  // Russian and Ukrainian put the participle last, after the place and the region that qualifies it
  // («Попытки противника продвинуться в районе Ровнополя Донецкой Народной Республики пресечены»)
  const reach = CYRILLIC.test(words[from]!.w) ? SUBJECT_REACH + CYRILLIC_PARTICIPLE_EXTRA : SUBJECT_REACH;
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    if (!operationNouns().has(words[k]!.w)) continue;
    found = true;
    // Russian and Ukrainian name the owner after the noun, in the genitive ("наступление противника")
    const side = (k > 0 ? sideIn(words, k - 1, k, speakerSide, false) : null) ?? (CYRILLIC.test(words[k]!.w) ? sideIn(words, k + 1, Math.min(words.length, k + 3), speakerSide, false) : null);
    if (side) return { side };
  }
  return found ? { side: null } : null;
}

/**
 * The side a status phrase `words[from, to)` is about. Inside the phrase ("under Russian control"),
 * else an operation named after an agent phrase ("repelled a Russian assault"), else the nearest
 * side word before it (for an agent phrase, "Ukrainian forces repelled", the agent's opponent, unless
 * the side word owns an operation: "Russian assault ... repelled"), else "by <side>" after it.
 */
function statusSubject(words: Word[], from: number, to: number, subject: 'self' | 'agent', speakerSide: SpeakerContext, text: string): Side | null {
  // "наши выбили противника из четырёх сёл", "вытеснили ВСУ из села": a side word after a Russian or
  // Ukrainian verb inside its own phrase is the verb's object, not its subject
  // (lane own13: not in «перешёл под контроль Народной милиции ДНР», where the side after «контроль» is the new holder)
  const objectSlot = subject === 'self' && to - from > 1 && CYRILLIC.test(words[from]!.w) && morphPos(words[from]!.w) === 'VERB' && !words.slice(from, to).some((w) => w.w === 'контроль');
  const inner = objectSlot ? null : sideIn(words, from, to, speakerSide, false);
  if (inner) return inner;
  // Russian names the owner of an operation after it, in the genitive: "отбили атаки ВСУ", "темп
  // продвижения ВС РФ", "о продвижении российских войск"
  const last = words[to - 1]!.w;
  // (not an infinitive's object: «не прекращает попыток атаковать наши позиции»)
  if (CYRILLIC.test(last) && (operationNouns().has(last) || operationNouns().has(lemmaOf(last) ?? '')) && !(to < words.length && morphPos(words[to]!.w) === 'INFN')) {
    // (its genitive phrase may be longer: «отразили четыре атаки штурмовых групп ВСУ»; not past a
    // preposition, a conjunction or a clause mark: «атаку на позиции ВСУ» is an attack on them)
    let e = to;
    // (an agent phrase's attack only: «продолжают продвижение вглубь обороны противника» is no owner)
    while (subject === 'agent' && e < words.length && e < to + GENITIVE_REACH && !ruukPrepositions().has(words[e]!.w) && !GENITIVE_STOPS.has(words[e]!.w) && !(e > to && clauseBreakBetween(text, words, e - 1, e))) e++;
    const owner = sideIn(words, to, Math.max(e, Math.min(words.length, to + 2)), speakerSide, false);
    if (owner) return owner;
  }
  if (subject === 'agent') {
    for (let k = to; k < Math.min(words.length, to + 3); k++) {
      const owner = operationOwner(words, k, speakerSide);
      if (owner) return owner;
    }
  }
  // a Russian or Ukrainian passive participle names its agent right after it, in the instrumental
  // («взята российскими войсками», «захоплене ЗСУ»); not after a preposition («зачищена от ВСУ»)
  // (in its own clause: not past a comma or a conjunction, «зачищен, а ВСУ бежали»)
  if (subject === 'self' && CYRILLIC.test(words[from]!.w) && passiveParticiple(words, to - 1) && to < words.length && !ruukPrepositions().has(words[to]!.w)) {
    const agent = participleAgent(text, words, to, 2, speakerSide);
    if (agent) return agent;
  }
  for (let k = from - 1; k >= Math.max(0, from - SUBJECT_REACH); k--) {
    // a Russian or Ukrainian side word right after a preposition is an object, not the subject ("сблизились с ВСУшниками")
    if (k > 0 && CYRILLIC.test(words[k]!.w) && ruukPrepositions().has(words[k - 1]!.w)) continue;
    // ... and so is one right after an action noun, its genitive object ("по вытеснению противника ... освобождено")
    if (k > 0 && CYRILLIC.test(words[k]!.w) && actionNounAt(words[k - 1]!.w)) continue;
    const side = sideIn(words, k, k + 1, speakerSide, false);
    if (!side) continue;
    if (subject === 'self' || operationOwner(words, k, speakerSide)) return side;
    return opponent(side);
  }
  // "... by <side>" after the phrase, or ending it ("controlled by Russian troops")
  const by = words[to]?.w === 'by' ? to + 1 : to > from && (words[to - 1]!.w === 'by' || holderAfter(words, to, from)) ? to : -1;
  if (by >= 0) {
    // the agent phrase may coordinate a force the lexicon does not side with one it does ("by the
    // republic's forces and Russian troops"): read it to BY_REACH words of the claim's content
    const side = sideIn(words, by, Math.min(words.length, by + BY_REACH), speakerSide, false);
    return subject === 'agent' ? opponent(side) : side;
  }
  return null;
}

/** How many words after a Russian or Ukrainian operation noun its owner, in the genitive, may stand («атаки штурмовых групп 35-й бригады ВСУ»). */
const GENITIVE_REACH = 6;
/** Conjunctions that end the genitive phrase after an operation noun («отбили атаку и уничтожили технику ВСУ»). */
const GENITIVE_STOPS = new Set(['и', 'і', 'та', 'а', 'но', 'але', 'й']);

/** How many words after "by" its agent phrase is read for a side. */
const BY_REACH = 6;

/** Nouns for forces that may be the subject of a stopped advance ("the enemy had been stopped"). From data/grammar-words.tsv `stopped-force-noun`. */
const FORCE_NOUNS = grammarSet('stopped-force-noun');

/**
 * The side of a force named as the subject of the passive before `words[from]` ("the enemy had
 * been stopped", "Russian troops were forced back"): the head noun right before the auxiliaries, its
 * side from the words before it (or the noun itself: "the enemy"), or null.
 */
function forceSubject(text: string, words: Word[], from: number, speakerSide: SpeakerContext): { side: Side | null } | null {
  let k = from - 1;
  while (k >= 0 && (AUXILIARIES.has(words[k]!.w) || words[k]!.w === 'had' || words[k]!.w === 'have' || words[k]!.w === 'has' || /ly$/.test(words[k]!.w))) k--;
  if (k < 0 || !FORCE_NOUNS.has(words[k]!.w)) return null;
  let lo = k;
  while (lo > 0 && k - lo < 4 && !clauseBreakBetween(text, words, lo - 1, lo)) lo--;
  return { side: sideIn(words, lo, k + 1, speakerSide, true) };
}

let areaUnits: Set<string> | null = null;
/** Whether the quantity of `analysis` starting at `start` measures an area (class "area" of data/units.tsv: km2, hectares). */
function areaAt(analysis: Analysis, start: number): boolean {
  areaUnits ??= new Set(table('units.tsv').filter((r) => r[2] === 'area' && r[1]).map((r) => r[1]!));
  const q = analysis.quantities.find((x) => x.start === start);
  return !!q?.unit && areaUnits.has(q.unit);
}

/** How many words open a reported clause's subject ("its troops", "Russian assault groups"). */
const OPENING_SUBJECT = 3;

/**
 * The side of the subject that opens the reported clause of `words[from]` (the content's first words,
 * after "that"), when the predicate is in the same sentence: "Russian troops were now in the centre
 * and had seized the city administration". Null when the opening words name no side.
 */
function clauseSubjectSide(text: string, words: Word[], from: number, speakerSide: SpeakerContext): Side | null {
  const start = words[0]?.w === 'that' ? 1 : 0;
  if (from <= start || sentenceOf(text, words, from) > start) return null;
  const side = sideIn(words, start, Math.min(from, start + OPENING_SUBJECT), speakerSide, false);
  if (side) return side;
  // "Units of the Centre group of forces have liberated ... and continue to advance" (a ministry's
  // own bulletin): a bare force noun opening the clause is the speaker's
  const head = words[start]?.w === 'the' ? start + 1 : start;
  return head < from && bareForce(words[head]!.w) ? speakerSide.side : null;
}

/** A word in Cyrillic script (Russian or Ukrainian). */
const CYRILLIC = /[\u0400-\u04ff]/;

/** Auxiliaries that make the participle after them passive ("were destroyed"): it belongs to the words before it. */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get']);
/** Words that end the clause of a quantity when looking forward ("7 tanks crossed and 3 were destroyed"). */
const CLAUSE_ENDS = new Set(['and', 'but', 'while', 'whereas', 'as', 'after', 'before', 'when']);

/** A frame word found near a quantity: its row, its position, and whether it stands after the quantity. */
interface FrameHit {
  frame: string;
  subject: 'self' | 'agent';
  at: number;
  end: number;
  after: boolean;
}

/**
 * The frame word of the quantity `words[qa, qb)`: one after it in its clause ("7 tanks were
 * destroyed"), else one before it that is not a passive participle of an earlier subject
 * ("destroyed 7 tanks and 11 APCs", but not "tanks were destroyed and 300 troops crossed"); or null.
 */
function frameOf(words: Word[], qa: number, qb: number): FrameHit | null {
  const frames = compareLexicon().frames;
  for (let k = qb; k < Math.min(words.length, qb + FRAME_REACH); k++) {
    if (CLAUSE_ENDS.has(words[k]!.w)) break;
    const m = frames.matchAt(words, k);
    if (m) return { ...m.row, at: k, end: m.end, after: true };
  }
  for (let k = qa - 1; k >= Math.max(0, qa - FRAME_REACH); k--) {
    const m = frames.matchAt(words, k);
    if (!m) continue;
    if (k > 0 && AUXILIARIES.has(words[k - 1]!.w)) break;
    return { ...m.row, at: k, end: m.end, after: false };
  }
  return null;
}

/**
 * Whose things a quantity counts when it names no side itself, from its frame word: the side before
 * "lost"/"losses" owns them ("Ukrainian units had lost", "its losses"); the side before "destroyed"
 * acted on the other side's ("Russian forces destroyed 7 tanks"); "destroyed by <side>" likewise.
 */
/** Grammar words that join the items of a list ("X, Y and Z", "X as well as Y"). */
const LIST_JOINS = new Set(['and', 'as', 'well', 'plus']);
/** Grammar words that open the parts of a total ("X, including Y", "X, among them Y"). */
const PART_JOINS = new Set(['including', 'among', 'them', 'of', 'which']);

/** 'list' when only list joins (commas are not words) stand in words [from, to), 'part' when a
 *  part join is among them ("including"), else null. */
function listBetween(words: Word[], from: number, to: number): 'list' | 'part' | null {
  if (to < from || to - from > 4) return null;
  let part = false;
  for (let k = from; k < to; k++) {
    const w = words[k]!.w;
    if (PART_JOINS.has(w)) part = true;
    else if (!LIST_JOINS.has(w)) return null;
  }
  return part ? 'part' : 'list';
}

function frameSide(words: Word[], hit: FrameHit, speakerSide: SpeakerContext): Side | null {
  if (hit.after) {
    if (words[hit.end]?.w !== 'by') return null;
    const agent = sideIn(words, hit.end + 1, Math.min(words.length, hit.end + 4), speakerSide, false);
    return hit.subject === 'agent' ? opponent(agent) : null;
  }
  for (let k = hit.at - 1; k >= Math.max(0, hit.at - SUBJECT_REACH); k--) {
    const side = sideIn(words, k, k + 1, speakerSide, false);
    if (side) return hit.subject === 'self' ? side : opponent(side);
  }
  return null;
}

/** Quantities of the claim that have a unit, with their frame and the side of what they count. */
function quantityFacts(analysis: Analysis, index: number, frags: readonly Span[], fragWords: Word[][], speakerSide: SpeakerContext): QuantityFact[] {
  const out: QuantityFact[] = [];
  let prev = null as { fi: number; qb: number; frame: QuantityFact['frame']; side: Side | null; framed: boolean } | null;
  const other = compareLexicon().notConflictUnits;
  // The quantities of this claim, and those of no claim inside its content, in document order
  // (from indexes built once per analysis, not a scan of every quantity per claim).
  const byClaim = memo(analysis, 'facts:quantitiesByClaim', () => {
    const m = new Map<number, number[]>();
    analysis.quantities.forEach((q, i) => {
      if (typeof q.claim !== 'number') return;
      const l = m.get(q.claim);
      if (l) l.push(i);
      else m.set(q.claim, [i]);
    });
    return m;
  });
  const qIndex = memo(analysis, 'facts:quantities', () => new SpanIndex(analysis.quantities));
  const mine = [...(byClaim.get(index) ?? []), ...withinAny(qIndex, frags).filter((i) => analysis.quantities[i]!.claim === null)].sort((a, b) => a - b);
  for (const qi of mine) {
    let q = analysis.quantities[qi]!;
    // a Russian or Ukrainian vague amount («погибших — сотни»): a casualty figure or none (figures.ts)
    if (q.vague && q.why?.rule === 'ruuk-vague') {
      const t = ruukVagueTally(analysis.text, q, vagueAmount);
      if (!t) continue;
      out.push({ value: t.value, high: t.high, bound: t.bound, unit: t.unit, frame: 'event', vague: true, subjectSide: ruukSideIn(analysis.text, q.start, q.end), scope: figureScope(analysis.text, q.start, q.end), text: q.text, start: q.start, end: q.end });
      prev = null;
      continue;
    }
    // a bare number with more describing words before its people than the quantities stage reads
    if (!q.unit && !/^(1[89]|20)\d\d$/.test(q.text.trim())) {
      const u = unitAfter(analysis.text, q.end);
      if (u && (fi0(frags, q.start) < 0 || frags.some((f) => q.start >= f.start && u.end <= f.end))) q = { ...q, unit: u.unit, end: u.end, text: analysis.text.slice(q.start, u.end) };
    }
    // a bare count whose head is a casualty word before it («Число пострадавших выросло до 14»)
    if (!q.unit && !/^(1[89]|20)\d\d$/.test(q.text.trim())) {
      const head = ruukTollHead(analysis.text, q.start, q.end, null) ?? enTollHead(analysis.text, q.start, q.end, null) ?? ruukBareCasualty(analysis.text, q.start, q.end);
      if (head) q = { ...q, unit: head };
    }
    // «возросло до 14», «возросло до 39 человек»: the rising toll's "to", no "up to" bound (figures.ts
    // risingTo), whether or not the count names its own unit
    if (q.bound === 'at_most' && risingTo(analysis.text, q.start)) q = { ...q, bound: 'exact' };
    if (!q.unit || other.has(q.unit) || settlementCompound(analysis.text, q.end, q.unit)) continue;
    const fi = frags.findIndex((f) => q.start >= f.start && q.end <= f.end);
    const words = fi >= 0 ? fragWords[fi]! : wordsOf(analysis.text, q.start, q.end);
    let qa = words.findIndex((w) => w.end > q.start);
    if (qa < 0) qa = words.length;
    let qb = qa;
    while (qb < words.length && words[qb]!.start < q.end) qb++;
    // Side: inside the quantity ("11 Russian tanks", "12 enemy drones"), or "of/from <side> ..." right after it.
    let side = sideIn(words, qa, qb, speakerSide, false);
    if (!side && (words[qb]?.w === 'of' || words[qb]?.w === 'from' || words[qb]?.w === 'belonging')) {
      side = sideIn(words, qb + 1, Math.min(words.length, qb + 5), speakerSide, false);
    }
    // "killed 20 attackers": a count whose unit is its verb, and the fighters it counts right after it (data/enemy-fighters-en.tsv)
    if (!side && qb < words.length && enemyWord(words[qb]!.w)) side = sideIn(words, qb, qb + 1, speakerSide, false);
    const hit = casualtyUnits().has(q.unit) ? null : frameOf(words, qa, qb);
    let frame: QuantityFact['frame'] = casualtyUnits().has(q.unit) ? 'event' : (hit?.frame ?? 'count');
    if (!side && hit) side = frameSide(words, hit, speakerSide);
    // A list after one frame shares it: "the enemy lost up to 230 servicemen and more than 40
    // armoured vehicles, including 12 tanks" — every item is the enemy's loss.
    // Items after "including" are parts of the total before them, not totals of their own: they
    // take no frame or side from it, and end the list.
    const join = prev && prev.fi === fi && fi >= 0 ? listBetween(words, prev.qb, qa) : null;
    if (!hit && !casualtyUnits().has(q.unit) && prev?.framed && join === 'list') {
      frame = prev.frame;
      side ??= prev.side;
    }
    prev = { fi, qb, frame, side, framed: hit !== null || (prev?.framed === true && join === 'list') };
    // a Russian/Ukrainian count of people next to a casualty word is a toll, of the side it names (src/compare/figures.ts)
    // (whose losses: the side named with the loss word, «ВСУ потеряли», «Потери ВСУ», «ворог втратив»; lane realru14)
    const lossAt = lossHeadAt(analysis.text, q.start, q.unit);
    const toll = (lossAt !== null ? 'casualties' : null) ?? ruukCasualtyUnit(analysis.text, q.start, q.end, q.unit) ?? ruukTollHead(analysis.text, q.start, q.end, q.unit) ?? enTollHead(analysis.text, q.start, q.end, q.unit);
    if (toll) frame = 'event';
    if (!side && lossAt !== null) {
      const k = words.findIndex((w) => w.start >= lossAt);
      if (k >= 0) side = sideIn(words, Math.max(0, k - 2), qa, speakerSide, false);
    }
    // shot down vs launched, and batches or updates of a running count (src/compare/figures.ts)
    const rf = ruukFigureFrame(analysis.text, q.start, q.end);
    // "загинули 17 людей, ще 61 людина дістала поранень": "ще" before a toll of another kind than the
    // claim's toll just before it is a second tally, not a batch added to the first
    // (the count's own casualty unit counts too: «ещё 12 ранены» is read by the quantities stage as wounded)
    const tollOf = toll ?? (casualtyUnits().has(q.unit) ? q.unit : null);
    const another = tollOf !== null && out.length > 0 && casualtyUnits().has(out[out.length - 1]!.unit) && out[out.length - 1]!.unit !== tollOf && /(?:^|[^\p{L}])(?:ще|ещё|еще)\s+$/iu.test(analysis.text.slice(Math.max(0, q.start - 6), q.start));
    if (rf === 'skip' && !another) continue;
    if (rf && frame === 'count') frame = rf;
    side ??= ruukSideIn(analysis.text, q.start, q.end);
    // "all 18 missiles ..., including six Kinzhal": a part of a larger count of its unit said before it in the claim is a tally of its own
    const unitNow = toll ?? q.unit;
    const part = partBefore(analysis.text, q.start) && out.some((o) => o.unit === unitNow && o.start < q.start && o.value > q.value);
    out.push({
      value: q.value,
      high: q.high ?? null,
      bound: q.bound,
      unit: toll ?? q.unit,
      frame,
      vague: q.vague === true,
      subjectSide: side,
      scope: part ? 'part' : figureScope(analysis.text, q.start, q.end),
      text: q.text,
      start: q.start,
      end: q.end,
    });
    // "tanks - 8,269 (+8)": the day's increment after the running total, a figure of the same unit
    const inc = incrementAfter(analysis.text, q.end);
    if (inc) out.push({ ...out[out.length - 1]!, value: inc.value, high: null, bound: 'exact', vague: false, scope: 'day', text: inc.text, start: inc.start, end: inc.end });
  }
  // one toll told as a list of groups counts as one figure (src/compare/tolls.ts)
  return tollLists(analysis.text, out);
}

/** The index of the fragment holding `pos`, or -1. */
function fi0(frags: readonly Span[], pos: number): number {
  return frags.findIndex((f) => pos >= f.start && pos < f.end);
}

/** Locative words before a place name, for names the analyzer did not resolve. From data/grammar-words.tsv `unresolved-locative`. */
const LOCATIVE = grammarSet('unresolved-locative');
/** Words after a name that make it a region. From data/grammar-words.tsv `region-word-after`. */
const REGION_WORDS = grammarSet('region-word-after');

let directionRows: { stem: string; ref: PlaceRef }[] | null = null;
/** The front axes of data/front-directions-ruuk.tsv, longest stem first. */
function directionStems(): { stem: string; ref: PlaceRef }[] {
  if (directionRows) return directionRows;
  const out: { stem: string; ref: PlaceRef }[] = [];
  for (const [stem, id, name, admin1, country, level] of table('front-directions-ruuk.tsv')) {
    if (!stem || !id || !name || !admin1 || !country || !level) throw new Error(`sitrep: data/front-directions-ruuk.tsv: bad row "${stem ?? ''}"`);
    out.push({ stem: stem.replace(/ʼ/g, "'"), ref: { id, name, admin1, country, level: level as PlaceRef['level'] } });
  }
  return (directionRows = out.sort((a, b) => b.stem.length - a.stem.length));
}

/** The word for an axis of the front: "направлении" (ru), "напрямку" (uk), in any case and number. */
const AXIS_WORD = /^(направлен|напрям)/;

/**
 * The named axes of the front in `text` ("на Краснолиманском направлении", "на Покровському
 * напрямку"): the adjective's span and the place the axis is named after (data/front-directions-ruuk.tsv).
 */
export function frontDirections(text: string): { ref: PlaceRef; start: number; end: number }[] {
  if (!/направлен|напрям/i.test(text)) return [];
  const words = wordsOf(text);
  const out: { ref: PlaceRef; start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!AXIS_WORD.test(words[i]!.w)) continue;
    // the adjectives right before the axis word ("на Купянском и Краснолиманском направлениях")
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = words[k]!.w.replace(/ʼ/g, "'");
      const row = directionStems().find((r) => w.startsWith(r.stem));
      if (row) out.push({ ref: row.ref, start: words[k]!.start, end: words[k]!.end });
      else if (w !== 'и' && w !== 'і' && w !== 'та' && w !== 'й') break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The places of an analysis: its `places` layer (and the named axes of the front, which take the
 * place of any place read inside the axis's adjective), else names the entities stage found after a
 * locative word.
 */
function placesOf(analysis: Analysis): { place: Place | null; ref: PlaceRef; start: number; end: number }[] {
  const axes = frontDirections(analysis.text).map((d) => ({ place: null, ...d }));
  if (analysis.places.length > 0 || axes.length > 0) {
    const own = analysis.places
      .filter((p) => !axes.some((d) => p.start < d.end && p.end > d.start))
      .map((p) => ({
        place: p as Place | null,
        ref: { id: p.id ?? `name:${foldName(p.name)}`, name: p.name, admin1: p.admin1, country: p.country, level: p.level },
        start: p.start,
        end: p.end,
      }));
    return axes.length === 0 ? own : [...own, ...axes].sort((a, b) => a.start - b.start);
  }
  // No gazetteer result: a proper name the entities stage typed as a place or left unknown, after a
  // locative preposition ("near Sudzha") or before a region word ("Kursk region"), keyed by its name.
  const text = analysis.text;
  const out: { place: Place | null; ref: PlaceRef; start: number; end: number }[] = [];
  for (const e of analysis.entities) {
    if (e.type !== 'place' && e.type !== 'unknown') continue;
    const before = wordsOf(text, Math.max(0, e.start - 24), e.start).slice(-2).map((w) => w.w);
    const after = wordsOf(text, e.end, Math.min(text.length, e.end + 12))[0]?.w ?? '';
    const region = REGION_WORDS.has(after);
    if (!region && !before.some((w) => LOCATIVE.has(w))) continue;
    const country = compareLexicon().actors.matchAt(wordsOf(e.text), 0);
    const isCountry = e.type === 'place' && country?.row.kind === 'cue' && wordsOf(e.text).length === country.end;
    const name = region ? `${e.text} ${after}` : e.text;
    const endAt = region ? text.indexOf(after, e.end) + after.length : e.end;
    out.push({
      place: null,
      ref: { id: `name:${foldName(name)}`, name, admin1: null, country: isCountry ? country!.row.side : null, level: region ? 'admin1' : isCountry ? 'country' : null },
      start: e.start,
      end: endAt,
    });
  }
  return out;
}

type PlaceHit = { place: Place | null; ref: PlaceRef; start: number; end: number };

/**
 * Finer places win over the country and the region they are in ("Kupiansk, in the Kharkiv region"
 * is about Kupiansk); one entry per id. Linear: a region gives way when some finer place has no
 * region, it has none, or one finer place shares it.
 */
function pickPlaces(list: readonly PlaceHit[]): PlaceRef[] {
  const fine = list.filter((p) => p.ref.level !== 'country');
  let use = fine.length > 0 ? fine : list;
  const finer = use.filter((p) => p.ref.level !== 'admin1');
  if (finer.length > 0) {
    const anyNull = finer.some((f) => f.ref.admin1 === null);
    const regions = new Set(finer.map((f) => f.ref.admin1));
    use = use.filter((p) => p.ref.level !== 'admin1' || !(anyNull || p.ref.admin1 === null || regions.has(p.ref.admin1)));
  }
  const seen = new Map<string, PlaceRef>();
  for (const p of use) if (!seen.has(p.ref.id)) seen.set(p.ref.id, p.ref);
  return [...seen.values()];
}

/**
 * A region named back ("the region", "в регионе", "в области", "у регіоні", "на Харківщині" is a
 * name, not this): a definite English region noun, or a Russian or Ukrainian region noun after a
 * preposition with no adjective before it (that would name the region: "в Курской области").
 */
const REGION_ANAPHOR = /\b(?:the|this) (?:region|oblast|province)\b|(?:^|[^\p{L}])(?:в|во|по|на территории|у|на території) (?:регионе|области|регіоні|області)(?![\p{L}])/iu;

/**
 * The regions of the places named in a claim's speaker phrase ("the governor of the Kursk region",
 * "глава Харьковской области", "Kharkiv governor"), as region places (`region:<ISO 3166-2>`).
 */
function speakerRegions(analysis: Analysis, claim: Claim): PlaceRef[] {
  const sp = claim.speaker;
  if (!sp || sp.fromDocument) return [];
  return regionsOf(analysis.places.filter((p) => p.end > sp.start && p.start < sp.end));
}

/** Place roles that never place a claim (see `Place.role`). */
const NOT_ABOUT = new Set(['speaker', 'name', 'dateline']);

/** How far after a sentence-opening "In Kyiv," a speaker's phrase may begin for Kyiv to be the speaker's seat. */
const OPENER_REACH = 60;

/**
 * Places of a claim: in its content, else its sentences, else its paragraph, else the document's
 * main place. A country, capital or seat that stands for an actor ("U.S. defense official",
 * "Moscow-installed", "Russia had failed": src/compare/capital.ts `actorName`) places the claim
 * only when no other place does; the reference point of a direction ("crashed north of Moscow",
 * `directionRef`) only when nothing else, not even the document, does.
 */
function claimPlaces(analysis: Analysis, claim: Claim, frags: readonly Span[], fineOnly = false, skip: ((p: PlaceRef) => boolean) | null = null): { places: PlaceRef[]; placeFrom: PlaceFrom | null } {
  const strict = placesFor(analysis, claim, frags, fineOnly, skip, true);
  if (strict.places.length > 0 && strict.placeFrom !== 'document') return strict;
  // a document-wide guess never beats a place the claim's own content names, even an actor's country
  // («Україна втратила до половини генерації», fix lane fixpl): the loss is where the country is
  const loose = placesFor(analysis, claim, frags, fineOnly, skip, false);
  const best = strict.places.length === 0 || loose.placeFrom === 'content' ? loose : strict;
  if (best.places.length > 0 || !directionRefs(analysis).some(Boolean)) return best;
  return placesFor(analysis, claim, frags, fineOnly, skip, false, true);
}

/** Whether each place of the analysis (`placesOf`) is the reference point of a direction ("north of Moscow"). */
function directionRefs(analysis: Analysis): boolean[] {
  return memo(analysis, 'facts:directionRefs', () => memo(analysis, 'facts:placesOf', () => placesOf(analysis)).map((p) => directionRef(analysis.text, p.start)));
}

/** Whether each place of `all` opens its sentence as a speaker's seat ("In Kyiv, presidential adviser X said"). */
function openerSeats(analysis: Analysis, all: readonly PlaceHit[]): boolean[] {
  const text = analysis.text;
  const starts = analysis.claims.flatMap((c) => (c.speaker && !c.speaker.fromDocument ? [c.speaker.start] : [])).sort((a, b) => a - b);
  return all.map((p) => {
    const at = seatOpener(text, p.start, p.end, p.ref.level);
    if (at < 0) return false;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    const s = starts[lo];
    return s !== undefined && s - at <= OPENER_REACH && !/[.!?\n]/.test(text.slice(at, s));
  });
}

/** Whether each place of `placesOf` is a name that never says where a claim is (see `placesFor`; a launch site: src/compare/origin.ts; the place of the act a claim's act answers: `motiveName`). */
function notHereOf(analysis: Analysis): boolean[] {
  return memo(analysis, 'facts:notHere', () => {
    const all = memo(analysis, 'facts:placesOf', () => placesOf(analysis));
    const seats = openerSeats(analysis, all);
    return all.map((p, i) => seats[i]! || governmentUse(analysis.text, p.start, p.end) || datelineName(analysis.text, p.start, p.end) || formationName(analysis.text, p.start, p.end) || yardstickName(analysis.text, p.start) || motiveName(analysis.text, p.start) || venueName(analysis.text, p.start, p.end) || launchOrigin(analysis.text, p.start));
  });
}

/** Whether each place of `placesOf` is an actor's country, capital or seat (src/compare/capital.ts `actorName`). */
function actorsOf(analysis: Analysis): boolean[] {
  return memo(analysis, 'facts:actorNames', () => memo(analysis, 'facts:placesOf', () => placesOf(analysis)).map((p) => actorName(analysis.text, p.start, p.end, p.ref.level)));
}

/**
 * Where a claim about a named person's death is (`persons`: its `person:` topics) when its own words
 * name no place finer than a country: the places of the sentence of the document nearest to it (an
 * earlier one on a tie) that names the same death and a finer place ("A business jet carrying
 * Prigozhin crashed near Bologoye"), else the incident's place its paragraphs or document give, when
 * that lies in a country the claim names (a round-up's towns in another country are other incidents).
 * Null when neither.
 */
function deathPlaces(analysis: Analysis, claim: Claim, frags: readonly Span[], persons: readonly string[], places: readonly PlaceRef[]): { places: PlaceRef[]; placeFrom: PlaceFrom } | null {
  const all = memo(analysis, 'facts:placesOf', () => placesOf(analysis));
  const notHere = notHereOf(analysis);
  const actor = actorsOf(analysis);
  const dirRef = directionRefs(analysis);
  const sp = claim.speaker?.fromDocument ? null : claim.speaker;
  const own = new Set(sentencesOf(analysis, frags));
  const at = frags[0]?.start ?? 0;
  const pIndex = memo(analysis, 'facts:placeIndex', () => new SpanIndex(all));
  const found: { d: number; before: boolean; places: PlaceRef[] }[] = [];
  analysis.sentences.forEach((s, si) => {
    if (own.has(si) || !persons.some((k) => sentenceTopics(analysis, si).has(k))) return;
    const fine = pIndex.within(s.start, s.end).sort((a, b) => a - b).filter((i) => {
      const p = all[i]!;
      return p.ref.level !== 'country' && !NOT_ABOUT.has(p.place?.role ?? 'place') && !notHere[i] && !actor[i] && !dirRef[i] && !(sp && p.start < sp.end && p.end > sp.start);
    });
    if (fine.length > 0) found.push({ d: Math.abs(s.start - at), before: s.start < at, places: pickPlaces(fine.map((i) => all[i]!)) });
  });
  found.sort((a, b) => a.d - b.d || Number(b.before) - Number(a.before));
  if (found.length > 0) return { places: found[0]!.places, placeFrom: 'paragraph' };
  const countries = new Set(places.filter((p) => p.level === 'country' && p.country).map((p) => p.country!));
  const fine = claimPlaces(analysis, claim, frags, true);
  const finer = fine.places.filter((p) => p.level !== 'country');
  if (finer.length === 0 || fine.placeFrom === null || (countries.size > 0 && !finer.every((p) => p.country !== null && countries.has(p.country)))) return null;
  return { places: fine.places, placeFrom: fine.placeFrom };
}

function placesFor(analysis: Analysis, claim: Claim, frags: readonly Span[], fineOnly: boolean, skip: ((p: PlaceRef) => boolean) | null, strict: boolean, refs = false): { places: PlaceRef[]; placeFrom: PlaceFrom | null } {
  // fineOnly: a step whose places are all countries gives way to the next one
  const ok = (l: PlaceRef[]): boolean => l.length > 0 && (!fineOnly || l.some((p) => p.level !== 'country'));
  const all = memo(analysis, 'facts:placesOf', () => placesOf(analysis));
  if (all.length === 0) return { places: [], placeFrom: null };
  const pIndex = memo(analysis, 'facts:placeIndex', () => new SpanIndex(all));
  // The document's author (an own-voice claim) is named away from the claim, if at all.
  const sp = claim.speaker?.fromDocument ? null : claim.speaker;
  // Names that do not say where the claim is: the speaker's own phrase, a capital or authority that
  // speaks for its government in any claim ("Kyiv said", "Moscow disputes"), a name inside an
  // organisation's name, a wire dateline (where the report was filed).
  // ... and a capital standing for its government, an unmarked dateline, or a formation's name (src/compare/capital.ts).
  // ... and the speaker's seat opening the sentence ("In Kyiv, presidential adviser X said").
  const notHere = notHereOf(analysis);
  // an actor's country, capital or seat, left out of the strict pick
  const actor = actorsOf(analysis);
  // the reference point of a direction, left out unless `refs`
  const dirRef = directionRefs(analysis);
  const about = (i: number): boolean => !NOT_ABOUT.has(all[i]!.place?.role ?? 'place') && !notHere[i] && !(strict && actor[i]) && !(!refs && dirRef[i]) && !(skip && skip(all[i]!.ref));
  const notSpeaker = (i: number): boolean => about(i) && !(sp && all[i]!.start < sp.end && all[i]!.end > sp.start);
  const inContent = withinAny(pIndex, frags).filter(notSpeaker);
  if (inContent.length) {
    const l = pickPlaces(inContent.map((i) => all[i]!));
    if (ok(l)) return { places: l, placeFrom: 'content' };
  }
  const lo = Math.min(frags[0]?.start ?? Infinity, claim.cue?.start ?? Infinity, sp?.start ?? Infinity);
  const hi = Math.max(frags[frags.length - 1]?.end ?? -1, claim.cue?.end ?? -1, sp?.end ?? -1);
  if (lo === Infinity || hi < 0) return { places: [], placeFrom: null };
  // The places of the sentences (then paragraphs) the claim overlaps. Claims of one sentence share
  // them: the pick is cached per range of sentences and reused when the speaker's span holds none of them.
  const picked = memo(analysis, strict ? 'facts:picked' : refs ? 'facts:pickedRefs' : 'facts:pickedLoose', () => new Map<string, PlaceRef[]>());
  const spanned = (layer: 'sentence' | 'paragraph', spans: readonly Span[]): PlaceRef[] => {
    const index = memo(analysis, `facts:${layer}s`, () => new SpanIndex(spans));
    const over = index.overlapping(lo, hi);
    if (over.length === 0) return [];
    const key = `${layer}:${over[0]}:${over[over.length - 1]}:${over.length}`;
    const inside = withinAny(pIndex, over.map((i) => spans[i]!)).filter(about);
    const kept = inside.filter(notSpeaker);
    if (kept.length === inside.length && !skip) {
      const hit = picked.get(key);
      if (hit) return hit;
      const out = kept.length ? pickPlaces(kept.map((i) => all[i]!)) : [];
      picked.set(key, out);
      return out;
    }
    return kept.length ? pickPlaces(kept.map((i) => all[i]!)) : [];
  };
  const inSent = spanned('sentence', analysis.sentences);
  if (ok(inSent)) return { places: inSent, placeFrom: 'sentence' };
  const inPara = spanned('paragraph', analysis.paragraphs);
  if (ok(inPara)) return { places: inPara, placeFrom: 'paragraph' };
  // A paragraph with no place goes on from the paragraph before it ("... near Tetkino, Kursk
  // region. ¶ The enemy lost up to 230 servicemen ..."): the nearest earlier paragraph with places.
  const paraIndex = memo(analysis, 'facts:paragraphs', () => new SpanIndex(analysis.paragraphs));
  const paras = paraIndex.overlapping(lo, hi).sort((a, b) => a - b);
  const first = paras[0];
  if (first !== undefined) {
    const firstAt = first; // paragraphs are in document order: the index, not an indexOf per claim
    for (let k = firstAt - 1; k >= 0 && k >= firstAt - 1; k--) {
      const pp = analysis.paragraphs[k]!;
      const inPrev = pIndex.within(pp.start, pp.end).sort((a, b) => a - b).filter(notSpeaker);
      if (inPrev.length) {
        const l = pickPlaces(inPrev.map((i) => all[i]!));
        if (ok(l)) return { places: l, placeFrom: 'paragraph' };
      }
    }
  }
  // The document's main place: the most often named (finer than a country), the first on a tie.
  const mainOf = (): PlaceRef | null => {
    const counts = new Map<string, { ref: PlaceRef; n: number; first: number }>();
    all.forEach((p, i) => {
      if (!about(i)) return;
      const c = counts.get(p.ref.id);
      if (c) c.n++;
      else counts.set(p.ref.id, { ref: p.ref, n: 1, first: p.start });
    });
    const ranked = [...counts.values()].sort((a, b) => Number(a.ref.level === 'country') - Number(b.ref.level === 'country') || b.n - a.n || a.first - b.first);
    // on a tie, a village of the top city's region beats the city: the city is the landmark it is
    // named near ("missile hits camp near Mykolaiv" over the caption's "Koblevo, Mykolaiv region")
    const top = ranked[0];
    if (top && top.ref.level === 'city' && top.ref.admin1) {
      const village = ranked.find((c) => c.n === top.n && c.ref.level === 'village' && c.ref.admin1 === top.ref.admin1);
      if (village) return village.ref;
    }
    return top?.ref ?? null;
  };
  // (a pick that skips places is not the document's shared one: not cached)
  const main = skip ? mainOf() : memo(analysis, strict ? 'facts:mainPlace' : refs ? 'facts:mainPlaceRefs' : 'facts:mainPlaceLoose', mainOf);
  return main ? { places: [main], placeFrom: 'document' } : { places: [], placeFrom: null };
}

/** The claim's event day: the first day-precise date inside the claim, else the publication day. */
function claimDate(analysis: Analysis, claim: Claim, frags: readonly Span[]): { date: string | null; dateFrom: 'claim' | 'published' | null } {
  const sp = claim.speaker?.fromDocument ? null : claim.speaker;
  const lo = Math.min(frags[0]?.start ?? Infinity, claim.cue?.start ?? Infinity, sp?.start ?? Infinity);
  const hi = Math.max(frags[frags.length - 1]?.end ?? -1, claim.cue?.end ?? -1, sp?.end ?? -1);
  if (lo !== Infinity && hi >= 0) {
    const dIndex = memo(analysis, 'facts:dates', () => new SpanIndex(analysis.dates));
    let best = -1;
    for (const i of dIndex.within(lo, hi)) {
      const d = analysis.dates[i]!;
      if (d.date && d.precision === 'day' && (best < 0 || i < best)) best = i;
    }
    if (best >= 0) return { date: analysis.dates[best]!.date!, dateFrom: 'claim' };
  }
  const pub = dayOf(analysis.published);
  return { date: pub, dateFrom: pub ? 'published' : null };
}
