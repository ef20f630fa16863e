/**
 * Pure matching of a ledger's disputes and agreements against the hand-written gold of
 * bench/gold/disputes/expected.json (no I/O; used by bench/disputes.ts and unit-tested in
 * test/unit/disputes-match.test.ts).
 *
 * The predicted side is read only from what `sitrep disputes --json --agreements` prints (topic,
 * sides with claim ids and speakers, the claims map) plus a claim-id → gold document name map, so
 * the matching survives refactors of the ledger's internals.
 */
import { fold as foldKey, transliterateAs } from '../src/geo/keys.js';
import { hasCyrillic } from '../src/util/index.js';

/** A speaker as the gold gives it. */
export interface GoldSpeaker { name: string; side: string; role?: string }
/** One side (or party) of a gold dispute or agreement. */
export interface GoldSide { side: string; position: string; speakers: GoldSpeaker[]; documents: string[] }
/** A gold place: English name, ISO 3166-2 region, other names. */
export interface GoldPlace { name: string; admin1: string | null; country: string | null; alt: string[] }
/** A gold dispute. */
export interface GoldDispute {
  id: string; kind: string; what: string; place: GoldPlace; placeOptional?: boolean;
  window: [string, string]; sameSide?: boolean; sides: GoldSide[];
}
/** A gold agreement (several parties that say compatible things). */
export interface GoldAgreement { id: string; kind: string; what: string; place: GoldPlace; placeOptional?: boolean; window: [string, string]; parties: GoldSide[] }
/** One end of a pair that must not be a dispute. */
export interface GoldClaimRef { doc: string; speaker: string; claim: string }
/** A pair that must not be a dispute. */
export interface GoldNotDispute { id: string; a: GoldClaimRef; b: GoldClaimRef; reason: string; why: string }
/** One incident of the gold. */
export interface GoldIncident {
  id: string; split: 'dev' | 'test'; title: string;
  disputes: GoldDispute[]; agreements: GoldAgreement[]; notDisputes: GoldNotDispute[];
  neverSpeakers: { doc: string; text: string }[];
  /** Part of a batch kept unseen for the next round: left out of a split's run unless asked for (`--held`). */
  held?: boolean;
}
/** The gold file. */
export interface Gold { split: Record<string, string[]>; documents: { total: number; list: { doc: string; split: string; incident: string }[] }; incidents: GoldIncident[] }

/** A predicted side, reduced to what matching needs. */
export interface PredSide { position: string; docs: string[]; speakers: { name: string | null; side: string | null }[] }
/** A predicted dispute or agreement, reduced to what matching needs. */
export interface Pred {
  id: string;
  kind: string | null;
  reason: string | null;
  placeName: string | null;
  /** ISO 3166-2 codes the topic's place belongs to (from `region:XX` or the claims' places). */
  admin1: string[];
  from: string | null;
  to: string | null;
  sides: PredSide[];
}

/** Lower case, no accents, apostrophes and punctuation as spaces. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Each row: the gold name's keywords (Latin or Cyrillic; `\b` does not bound Cyrillic words in a
// RegExp without /u, hence the `(^| )…( |$)` forms) and what a predicted name for it may carry.
const ORG_PATTERNS: [RegExp, RegExp][] = [
  [/defen[cs]e ministry|ministry of defen[cs]e|министерство обороны|минобороны|міністерство оборони|міноборони/, /defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|konashenkov|ministry|\bshoigu\b|министерство обороны|минобороны|міністерство оборони|міноборони|конашенков|шоигу/],
  [/general staff|генштаб|генеральн\S* штаб/, /general staff|gerasimov|генштаб|генеральныи штаб|генеральнии штаб|герасимов/],
  [/security service|служба безпеки|(^| )сбу( |$)/, /security service|\bsbu\b|(^| )сбу( |$)|служба безпеки/],
  [/intelligence|розвідк|разведк|(^| )гур( |$)/, /intelligence|\bhur\b|budanov|yusov|(^| )гур( |$)|розвідк|разведк|буданов|юсов/],
  [/operational command|оперативне командування/, /operational command|southern (military )?command|command south|humeniuk|оперативне командування|гуменюк/],
  [/air force|повітряні сили|повітряних сил/, /air force|ihnat|повітряні сили|повітряних сил|ігнат/],
  [/\brybar\b|рыбарь/, /rybar|рыбарь/],
  [/foreign ministry|ministry of foreign affairs|(^| )(мид|мзс)( |$)|министерств\S* иностранных|міністерств\S* закордонних/, /foreign (affairs )?ministry|ministry\b.* foreign affairs|(^| )(мид|мзс)( |$)|министерств\S* иностранных|міністерств\S* закордонних|zakharova|захарова|kuleba|кулеба/],
  [/official/, /official|pentagon|kirby/],
];

/**
 * Latin spellings of a Cyrillic name, folded as above: the gazetteer's transliteration
 * (src/geo/keys.ts) with the Russian and with the Ukrainian system (г as g and as h); none for a
 * Latin name.
 */
function latinOf(name: string): string[] {
  if (!hasCyrillic(name)) return [];
  const k = foldKey(name);
  return [...new Set([transliterateAs(k, 'ru'), transliterateAs(k, 'uk')].map(fold))];
}

/** A folded Latin name without a "y" between two vowels: romanisations differ there ("Razvozhayev", "Razvozhaev"). */
function vowelY(name: string): string {
  return name.replace(/([aeiou])y(?=[aeiou])/g, '$1');
}

/**
 * True when a predicted speaker name is the gold speaker: an organisation by its keywords
 * ("Ministry of Defence of the Russian Federation" or "Министерство обороны" for "Russia's defence
 * ministry"), a person by the stem of the surname ("Zelenskyy" or "Зеленский" for "Volodymyr
 * Zelensky"; a Cyrillic name, predicted or gold, is compared through the gazetteer's Russian and
 * Ukrainian transliteration).
 */
export function speakerMatches(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  const p = fold(pred);
  const g = fold(gold);
  if (p === g) return true;
  for (const [gold_, pred_] of ORG_PATTERNS) if (gold_.test(g)) return pred_.test(p);
  // the surname's stem, of the gold name as written and of its Latin spellings when it is Cyrillic
  const stems = [g, ...latinOf(gold)].map((x) => {
    const surname = vowelY(x.split(' ').pop() ?? x);
    return surname.slice(0, Math.max(4, surname.length - 2));
  });
  return [p, ...latinOf(pred)].some((q) => q.split(' ').some((t) => stems.some((stem) => vowelY(t).startsWith(stem))));
}

/** True when the predicted place is the gold place: a name (or alternative) in either direction, or the same ISO region. */
export function placeMatches(pred: Pick<Pred, 'placeName' | 'admin1'>, gold: GoldPlace, optional = false): boolean {
  if (optional) return true;
  if (gold.admin1 && pred.admin1.includes(gold.admin1)) return true;
  if (!pred.placeName) return false;
  const p = fold(pred.placeName);
  if (p === '') return false;
  return [gold.name, ...gold.alt].map(fold).some((g) => g !== '' && (p === g || p.includes(g) || g.includes(p)));
}

/** Days between two YYYY-MM-DD dates. */
function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** True when the predicted window overlaps the gold window widened by `slack` days (an undated prediction passes). */
export function windowMatches(pred: Pick<Pred, 'from' | 'to'>, gold: [string, string], slack = 3): boolean {
  if (!pred.from || !pred.to) return true;
  return dayDiff(pred.from, gold[1]) <= slack && dayDiff(gold[0], pred.to) <= slack;
}

/**
 * True when a predicted side stands for a gold side: they share a document and a speaker (by name;
 * by side too unless the gold dispute is inside one side).
 */
export function sideCorresponds(p: PredSide, g: GoldSide, sameSide: boolean): boolean {
  if (!p.docs.some((d) => g.documents.includes(d))) return false;
  const byName = p.speakers.some((s) => g.speakers.some((gs) => speakerMatches(s.name, gs.name)));
  if (byName) return true;
  return !sameSide && p.speakers.some((s) => s.side !== null && s.side === g.side);
}

/** True when two different predicted sides stand for the two gold sides. */
export function sidesCorrespond(pred: PredSide[], gold: GoldSide[], sameSide: boolean): boolean {
  const [g0, g1] = gold;
  if (!g0 || !g1) return false;
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < pred.length; j++) {
      if (i !== j && sideCorresponds(pred[i]!, g0, sameSide) && sideCorresponds(pred[j]!, g1, sameSide)) return true;
    }
  }
  return false;
}

/** True when a predicted dispute matches a gold dispute (place, window, both sides). */
export function disputeMatches(p: Pred, g: GoldDispute): boolean {
  return placeMatches(p, g.place, g.placeOptional) && windowMatches(p, g.window) && sidesCorrespond(p.sides, g.sides, g.sameSide === true);
}

/**
 * True when a predicted agreement covers a gold agreement: place, window, and at least two gold
 * parties present on its side(s), each by a shared document and a speaker (by name; by side code
 * too when the parties are of different sides).
 */
export function agreementMatches(p: Pred, g: GoldAgreement): boolean {
  if (!placeMatches(p, g.place, g.placeOptional) || !windowMatches(p, g.window)) return false;
  const oneSide = new Set(g.parties.map((x) => x.side)).size === 1;
  return g.parties.filter((party) => p.sides.some((s) => sideCorresponds(s, party, oneSide))).length >= 2;
}

/** A claim end of a not-dispute pair found on one side of a predicted dispute. */
function refOnSide(ref: GoldClaimRef, s: PredSide): boolean {
  if (!s.docs.includes(ref.doc)) return false;
  if (ref.speaker.startsWith('(')) return true;
  return s.speakers.some((sp) => speakerMatches(sp.name, ref.speaker));
}

/** Whether a gold side holds a must-not end: its document, and its speaker among the side's (any speaker for an unnamed end). */
function refInGold(ref: GoldClaimRef, s: GoldSide): boolean {
  if (!s.documents.includes(ref.doc)) return false;
  return ref.speaker.startsWith('(') || s.speakers.some((sp) => speakerMatches(ref.speaker, sp.name) || speakerMatches(sp.name, ref.speaker));
}

/**
 * Whether the gold dispute `g` itself sets the two ends of the must-not pair `nd` against each other
 * (the same documents and speakers on two of its sides). The scorer tells a must-not pair by
 * documents and speakers only, so a prediction credited to such a gold dispute cannot be told from
 * one that sets the pair against each other ("attacks near the neighbouring village repelled" and
 * "the village liberated" are in the same two posts as the gold control dispute of that village).
 */
export function goldSetsAgainst(g: GoldDispute, nd: GoldNotDispute): boolean {
  for (let i = 0; i < g.sides.length; i++) {
    for (let j = 0; j < g.sides.length; j++) {
      if (i !== j && refInGold(nd.a, g.sides[i]!) && refInGold(nd.b, g.sides[j]!)) return true;
    }
  }
  return false;
}

/** Must-not reasons that are about comparing figures only. */
const FIGURE_REASONS: ReadonlySet<string> = new Set(['different-tallies', 'day-vs-total']);

/** True when a predicted dispute sets the two ends of a must-not-be-a-dispute pair against each other. */
export function violates(p: Pred, nd: GoldNotDispute): boolean {
  // two tallies that must not be compared ("different-tallies", "day-vs-total") say nothing of a
  // dispute of another kind between the same claims' documents: a status dispute is no comparison
  // of their figures
  if (FIGURE_REASONS.has(nd.reason) && p.kind !== null && p.kind !== 'figures') return false;
  for (let i = 0; i < p.sides.length; i++) {
    for (let j = 0; j < p.sides.length; j++) {
      if (i !== j && refOnSide(nd.a, p.sides[i]!) && refOnSide(nd.b, p.sides[j]!)) return true;
    }
  }
  return false;
}

/** The scores of one split. */
export interface SplitScore {
  split: string;
  gold: number;
  predicted: number;
  matchedGold: string[];
  missed: GoldDispute[];
  /** Predicted disputes that match a gold dispute (several may match the same one). */
  correct: { pred: Pred; gold: string }[];
  falseDisputes: Pred[];
  precision: number;
  recall: number;
  f1: number;
  /** Kind accuracy among correct predictions, or null when the ledger gives no kinds. */
  kindAccuracy: number | null;
  agreementsGold: number;
  agreementsFound: string[];
  agreementsPredicted: number;
  /** The ledger's agreements, for the listing. */
  agreementPreds: Pred[];
  violations: { notDispute: string; reason: string; pred: string }[];
  creditSpeakers: { pred: string; speaker: string; credit: string }[];
}

/** Scores predicted disputes and agreements of one split against the gold incidents of that split. */
export function scoreSplit(split: string, incidents: GoldIncident[], disputes: Pred[], agreements: Pred[]): SplitScore {
  const gold = incidents.flatMap((i) => i.disputes);
  const correct: { pred: Pred; gold: string }[] = [];
  const falseDisputes: Pred[] = [];
  const matched = new Set<string>();
  for (const p of disputes) {
    // a gold dispute of the predicted kind first (a figures dispute of a strike is that strike's figures dispute, not its blame)
    const hit = gold.find((g) => !matched.has(g.id) && g.kind === p.kind && disputeMatches(p, g))
      ?? gold.find((g) => !matched.has(g.id) && disputeMatches(p, g)) ?? gold.find((g) => disputeMatches(p, g));
    if (hit) {
      correct.push({ pred: p, gold: hit.id });
      matched.add(hit.id);
    } else falseDisputes.push(p);
  }
  const missed = gold.filter((g) => !matched.has(g.id));
  const precision = disputes.length ? correct.length / disputes.length : (gold.length ? 0 : 1);
  const recall = gold.length ? matched.size / gold.length : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const withKind = correct.filter((c) => c.pred.kind !== null);
  const kindOf = new Map(gold.map((g) => [g.id, g.kind]));
  const kindAccuracy = withKind.length ? withKind.filter((c) => c.pred.kind === kindOf.get(c.gold)).length / withKind.length : null;
  const goldAgreements = incidents.flatMap((i) => i.agreements);
  const agreementsFound = goldAgreements.filter((g) => agreements.some((p) => agreementMatches(p, g))).map((g) => g.id);
  const violations: SplitScore['violations'] = [];
  const unrelated = new Set(incidents.filter((i) => i.id.startsWith('unrelated')).flatMap((i) => i.notDisputes.flatMap((n) => [n.a.doc, n.b.doc])));
  const creditedTo = new Map(correct.map((c) => [c.pred.id, gold.find((g) => g.id === c.gold)!]));
  for (const p of disputes) {
    const g = creditedTo.get(p.id);
    for (const inc of incidents) {
      for (const nd of inc.notDisputes) {
        // (a pair that the very gold dispute this prediction is credited to sets against each other cannot be scored by documents)
        if (violates(p, nd) && !(g && goldSetsAgainst(g, nd))) violations.push({ notDispute: nd.id, reason: nd.reason, pred: p.id });
      }
    }
    const u = p.sides.flatMap((s) => s.docs).find((d) => unrelated.has(d));
    if (u) violations.push({ notDispute: 'unrelated-document', reason: 'unrelated', pred: p.id });
  }
  // A credit is a speaker's name only in its own document: "Reuters" may speak in one story and
  // be the credit of a photo in another.
  const credits = incidents.flatMap((i) => i.neverSpeakers);
  const inDocs = (docs: string[], doc: string): boolean => docs.some((d) => d === doc || d.startsWith(`${doc}#`));
  const creditSpeakers: SplitScore['creditSpeakers'] = [];
  for (const p of [...disputes, ...agreements]) {
    for (const s of p.sides) {
      for (const sp of s.speakers) {
        if (!sp.name) continue;
        const n = fold(sp.name);
        const photo = /\b(ap|reuters|afp) photo\b|\bphoto\b/.test(n);
        const c = credits.find((t) => {
          if (photo) return true;
          const f = fold(t.text);
          return inDocs(s.docs, t.doc) && (n === f || (n.length > 3 && f.includes(n)));
        })?.text;
        if (c) creditSpeakers.push({ pred: p.id, speaker: sp.name, credit: c });
      }
    }
  }
  return {
    split, gold: gold.length, predicted: disputes.length, matchedGold: [...matched], missed, correct, falseDisputes,
    precision, recall, f1, kindAccuracy, agreementsGold: goldAgreements.length, agreementsFound, agreementsPredicted: agreements.length, agreementPreds: agreements,
    violations, creditSpeakers,
  };
}

/** A hand-written check of who says a given piece of a document. */
export interface SpeakerCheck { doc: string; content: string; speakers: string[]; why: string }
/** A stored claim reduced to what the speaker checks need. */
export interface ClaimLite { doc: string; speaker: string | null; content: string }
/** The outcome of one speaker check. */
export interface SpeakerCheckResult { check: SpeakerCheck; pass: boolean; found: (string | null)[] }

/**
 * Runs the speaker checks: a check passes when a claim of its document whose content contains the
 * checked words (folded) has one of the expected speakers. `found` lists the speakers of the claims
 * that contain the words (empty: no claim there at all).
 */
export function checkSpeakers(checks: SpeakerCheck[], claims: ClaimLite[]): SpeakerCheckResult[] {
  return checks.map((check) => {
    const words = fold(check.content);
    const hits = claims.filter((c) => c.doc === check.doc && fold(c.content).includes(words));
    const pass = hits.some((c) => check.speakers.some((s) => speakerMatches(c.speaker, s)));
    return { check, pass, found: hits.map((c) => c.speaker) };
  });
}

/** Claims whose speaker is a photo credit or caption of their document (never acceptable). */
export function creditClaims(credits: { doc: string; text: string }[], claims: ClaimLite[]): ClaimLite[] {
  return claims.filter((c) => c.speaker !== null && credits.some((k) => {
    if (k.doc !== c.doc) return false;
    const s = fold(c.speaker!);
    const t = fold(k.text);
    return s.length > 2 && (t.includes(s) || /\bphoto\b/.test(s));
  }));
}

/** The incidents a `--incidents` list selects in one split, with the folders that hold their documents. */
export interface IncidentSelection { incidents: GoldIncident[]; folders: string[]; unknown: string[] }

/**
 * Selects incidents of one split by name: each name is an incident id (`unrelated-dev`) or the
 * folder under the split that holds its documents (`unrelated`). Folders are read from the gold's
 * document list (`<split>/<folder>/<file>`), so an incident is scored with exactly its documents.
 * Names that match nothing in the split are returned in `unknown`.
 */
export function selectIncidents(gold: Gold, split: string, names: string[]): IncidentSelection {
  const foldersOf = new Map<string, Set<string>>();
  for (const d of gold.documents.list) {
    if (d.split !== split) continue;
    const folder = d.doc.split('/')[1];
    if (!folder) continue;
    const set = foldersOf.get(d.incident) ?? new Set<string>();
    set.add(folder);
    foldersOf.set(d.incident, set);
  }
  const incidents: GoldIncident[] = [];
  const folders = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const inc = gold.incidents.find((i) => i.split === split && (i.id === name || foldersOf.get(i.id)?.has(name)));
    if (!inc) {
      unknown.push(name);
      continue;
    }
    if (!incidents.includes(inc)) incidents.push(inc);
    for (const f of foldersOf.get(inc.id) ?? []) folders.add(f);
  }
  return { incidents, folders: [...folders], unknown };
}

/** Whether a gold document name (`<split>/<folder>/<file>[#id]`) lies in one of the folders. */
export function inFolders(doc: string, split: string, folders: string[]): boolean {
  return folders.some((f) => doc.startsWith(`${split}/${f}/`));
}
