/**
 * Disputes the way analysts read them: each dispute and agreement carries a `kind`
 * (responsibility, control, figures, status, cause), and event disputes (who did a strike, an
 * attack or an accident) are found next to the figure and status disputes of compare.ts.
 * `compareClaims` here is the one the package exports.
 */
import { compareClaims as compareCore, disputeId, phraseShown, sideOf, textKey } from './compare.js';
import { compareEvents } from './event-compare.js';
import { compareControl } from './control.js';
import { compareFates } from './fate.js';
import { compareRebuttals } from './rebut.js';
import { compareProcesses } from './process.js';
import { compareOutcomes } from './outcome.js';
import { compareObjectOutcomes } from './object-outcome.js';
import { statusRecords } from './status.js';
import { differentNights, listItems, risingToll, runningReport, sameSideUpdate } from './figures.js';
import { compareLexicon } from './lexicon.js';
import { keptAgreements } from './agree.js';
import type { Agreement, ClaimRecord, CompareOptions, CompareResult, Dispute, DisputeKind, DisputeSide } from './types.js';

/**
 * Days over which compare sets claims of a dispute kind against each other, from data/compare.tsv:
 * responsibility (`event_window_days`: an event is blamed within a few days; Kramatorsk), cause
 * (`cause_window_days`: a side may admit a strike weeks later; Saky), control
 * (`control_window_days`: answers to a capture claim; also the window of who holds a place), and
 * figures and statuses (`window_days`).
 */
export function kindWindowDays(kind: DisputeKind): number {
  const lex = compareLexicon();
  if (kind === 'responsibility') return lex.eventWindowDays;
  if (kind === 'cause') return lex.causeWindowDays;
  if (kind === 'control') return lex.controlWindowDays;
  return lex.windowDays;
}

/**
 * Days over which responsibility (event) claims are compared: `kindWindowDays('responsibility')`,
 * read once when the module loads.
 * @deprecated Kept for callers of the old constant; use `kindWindowDays('responsibility')`, which
 * follows data/compare.tsv (`event_window_days`).
 */
export const EVENT_WINDOW_DAYS: number = kindWindowDays('responsibility');

/** Unit ids of data/units.tsv that measure territory held (compared at the region, days apart). */
const TERRITORY_UNITS = new Set(['settlements', 'km2']);

/** The kind of a dispute or agreement, from what its topic compares. */
export function disputeKind(d: Pick<Dispute, 'topic'> & { reason?: Dispute['reason'] }): DisputeKind {
  const w = d.topic.what;
  if (w.type === 'quantity') return 'figures';
  if (w.type === 'event') return w.topic;
  switch (w.topic) {
    case 'control':
      return 'control';
    case 'attack':
    case 'event':
      return 'responsibility';
    default:
      return 'status';
  }
}

/** Sets `kind` on every dispute and agreement that has none. */
function withKinds<T extends Dispute | Agreement>(list: T[]): T[] {
  for (const d of list) d.kind ??= disputeKind(d);
  return list;
}

/**
 * Compares claim records (src/compare/compare.ts), then adds event disputes (responsibility,
 * cause: src/compare/event-compare.ts, within `kindWindowDays('responsibility')`) and control disputes whose claims
 * were made up to that many days apart; every dispute and agreement gets its `kind`.
 */
export function compareClaims(records: readonly ClaimRecord[], options: CompareOptions = {}): CompareResult {
  const t0 = performance.now();
  // Control statements are compared by control.ts; vaguely placed statuses at their region (status.ts).
  const res = compareCore(statusRecords(records), options);
  // one side's official voices raising their own count are updating it, two nights' air-defence
  // tallies are two counts, and one voice's list in one text is its items (src/compare/figures.ts)
  let byId: Map<string, ClaimRecord> | null = null;
  const recordsById = (): Map<string, ClaimRecord> => (byId ??= new Map(records.filter((r) => r && typeof r === 'object').map((r) => [r.id, r])));
  const disputes = withKinds(res.disputes)
    .filter((d) => d.kind !== 'figures' || !(sameSideUpdate(d, recordsById()) || runningReport(d, recordsById()) || risingToll(d, recordsById()) || differentNights(d, recordsById()) || listItems(d, recordsById())))
    .flatMap((d) => (d.kind === 'status' ? withoutNarrators(d, recordsById()) : [d]));
  const agreements = withKinds(res.agreements);
  // the claims of the disputes so far: a territory dispute that shares one with them is not added
  const covered = new Set(disputes.flatMap(claimsOf));
  const wide = Math.max(options.windowDays ?? 0, kindWindowDays('responsibility'));
  const control = compareControl(records, { agreements: options.agreements ?? true });
  // a claim may be in a control dispute and in a status one ("remained under Ukrainian control and the situation was under control")
  for (const d of control.disputes) {
    for (const c of claimsOf(d)) covered.add(c);
    disputes.push(d);
  }
  agreements.push(...control.agreements);
  // Territory figures (settlements held, square kilometres) are given for a region by one speaker and
  // for its capital or a town in it by another, days apart: compared at the region over the wider window.
  const territory = records.map((r) => {
    if (!r || !Array.isArray(r.quantities) || !Array.isArray(r.places)) return { ...r!, quantities: [], statuses: [] };
    // a plain count of settlements is what these claims compare ("30 settlements liberated", "control 74 settlements")
    const qs = r.quantities.filter((q) => q && TERRITORY_UNITS.has(q.unit)).map((q) => ({ ...q, frame: 'territory' }));
    const regions = [...new Map(r.places.filter((p) => p && p.admin1 && p.level !== 'country').map((p) => [p.admin1!, p])).values()];
    if (qs.length === 0 || regions.length === 0) return { ...r, quantities: [], statuses: [] };
    return { ...r, quantities: qs, statuses: [], places: regions.map((p) => ({ id: `region:${p.admin1}`, name: p.level === 'admin1' ? p.name : p.admin1!, admin1: p.admin1, country: p.country, level: 'admin1' as const })) };
  });
  if (territory.some((r) => r.quantities.length > 0)) {
    for (const d of withKinds(compareCore(territory, { ...options, windowDays: wide, agreements: false, regions: false }).disputes)) {
      // one side's own counts days apart (a day's gain, then a total; a count raised) are updates, not a dispute
      if (!acrossSides(d)) continue;
      const ids = claimsOf(d);
      if (ids.some((c) => covered.has(c))) continue;
      for (const c of ids) covered.add(c);
      disputes.push(d);
    }
  }
  // An event dispute that a status dispute of the same kind already shows (a denial of an attack) is not repeated.
  // (event disputes of one window split by pairs of sides share claims and all stay: UA–RU and UA–PL)
  // (by kind, each claim's topics: an event dispute is left out when a dispute of its kind at another topic holds one of its claims)
  const topicsByClaim = new Map<string, Set<string>>();
  const index = (d: Dispute): void => {
    for (const c of claimsOf(d)) {
      const k = `${d.kind}|${c}`;
      (topicsByClaim.get(k) ?? topicsByClaim.set(k, new Set()).get(k)!).add(d.topic.key);
    }
  };
  for (const d of disputes) index(d);
  const shownElsewhere = (d: Dispute): boolean => claimsOf(d).some((c) => [...(topicsByClaim.get(`${d.kind}|${c}`) ?? [])].some((t) => t !== d.topic.key));
  const doerAgreements: Agreement[] = [];
  for (const d of [...compareEvents(records, { windowDays: wide, topic: 'responsibility', ...(options.agreements ?? true ? { agreements: doerAgreements } : {}) }), ...compareEvents(records, { windowDays: Math.max(wide, kindWindowDays('cause')), topic: 'cause' })]) {
    if (shownElsewhere(d)) continue;
    index(d);
    disputes.push(d);
  }
  // An offensive's "advancing" and the defender's "attacks repelled" come days apart, and so do a
  // commander's "stalemate" and the answers to it: advance and stalemate statements are compared
  // again over `advance_window_days` (data/compare.tsv), for a dispute the one-day windows missed
  const lex = compareLexicon();
  if (lex.advanceWindowDays > (options.windowDays ?? lex.windowDays)) {
    const advance = statusRecords(records).map((r) => (r && Array.isArray(r.statuses) ? { ...r, quantities: [], statuses: r.statuses.filter((s) => s?.topic === 'advance' || s?.topic === 'stalemate') } : r));
    const wider = withKinds(compareCore(advance, { ...options, windowDays: lex.advanceWindowDays, agreements: false }).disputes).flatMap((x) => withoutNarrators(x, recordsById()));
    // (a pair the one-day windows already set against each other is not repeated: a wider dispute
    // two of whose positions each share a claim with one status dispute re-reports that pair, even
    // with a claim of a later day added to a position; reviewer finding 13)
    // ... but one that holds every claim of that status dispute and more (a commander's "the advance has
    // been halted" four days before the other side's "we advanced further", beside the summary of the
    // day before it) takes its place: the same pair, with the claims the one-day window left out
    const before = disputes.map((x, i) => ({ i, claims: x.kind === 'status' ? new Set(x.sides.flatMap((y) => y.claims)) : null }));
    for (const d of wider.flatMap((x) => bySpeakerSides(x, recordsById()))) {
      const same = before.filter((b) => b.claims !== null && d.sides.filter((y) => y.claims.some((id) => b.claims!.has(id))).length >= 2);
      if (same.length === 0) {
        disputes.push(d);
        continue;
      }
      const all = new Set(d.sides.flatMap((y) => y.claims));
      const b = same.length === 1 ? same[0]! : null;
      if (b && all.size > b.claims!.size && [...b.claims!].every((id) => all.has(id))) {
        disputes[b.i] = d;
        b.claims = all;
      }
    }
  }
  // what happened to a named piece of equipment: destroyed against damaged or working (src/compare/fate.ts)
  for (const d of compareFates(records, options.windowDays ?? kindWindowDays('figures'))) {
    const key = claimSet(d);
    if (disputes.some((x) => x.kind === 'figures' && claimSet(x) === key)) continue;
    disputes.push(d);
  }
  // how an exchange, talks or a ceasefire stands: one side's "put off" against the other's "no date agreed" (src/compare/process.ts)
  disputes.push(...compareProcesses(records, options.windowDays ?? kindWindowDays('status')));
  // what a strike did: hit or losses against repelled, no damage, only debris (src/compare/outcome.ts)
  for (const d of compareOutcomes(records, options.windowDays ?? kindWindowDays('figures'))) {
    const key = claimSet(d);
    if (disputes.some((x) => x.kind === d.kind && claimSet(x) === key)) continue;
    disputes.push(d);
  }
  // what an attack did to one object: damaged against destroyed, intact against hit, a crew alive against lost (src/compare/object-outcome.ts)
  for (const d of compareObjectOutcomes(records)) {
    const key = claimSet(d);
    if (disputes.some((x) => x.kind === d.kind && claimSet(x) === key)) continue;
    disputes.push(d);
  }
  // blanket denials of a report ("another canard", "none destroyed") against the claims they reject, by topic (src/compare/rebut.ts)
  disputes.push(...compareRebuttals(records, disputes));
  agreements.push(...doerAgreements);
  return { ...res, disputes, agreements: keptAgreements(records, agreements, disputes), ms: performance.now() - t0 };
}

/**
 * Whether `d` may stand across sides: false when every speaker on every side has a known side and
 * it is one and the same (one side's own counts: a day's gain against a total, a count raised).
 */
function acrossSides(d: Dispute): boolean {
  const sides = d.sides.flatMap((s) => s.speakers.map((x) => x.side ?? null));
  return sides.some((x) => x === null) || new Set(sides).size > 1;
}

/**
 * A status dispute without the positions of narrating voices: a position none of whose speakers has
 * a known side, every text of which also carries another position ("Western analysts said Ukraine
 * had gained ground", beside the ministry's "attacks repelled", in one article). The reporter
 * balances the story; the dispute is between the sides (or within one: an army against its own war
 * bloggers). No dispute is left when fewer than two positions remain.
 */
function withoutNarrators(d: Dispute, byId: Map<string, ClaimRecord>): Dispute[] {
  const textOf = (id: string): string => {
    const r = byId.get(id);
    return r ? textKey(r) : id;
  };
  const narrator = d.sides.map((s, i) => {
    if (s.claims.length === 0 || s.speakers.some((x) => x.side !== null && x.side !== undefined)) return false;
    const others = new Set(d.sides.filter((_, k) => k !== i).flatMap((o) => o.claims.map(textOf)));
    return s.claims.every((c) => others.has(textOf(c)));
  });
  if (!narrator.includes(true)) return [d];
  const sides = d.sides.filter((_, i) => !narrator[i]);
  if (sides.length < 2 || new Set(sides.map((s) => s.polarity ?? 0)).size < 2) return [];
  return [{ ...d, sides }];
}

/** The claims of a dispute, sorted and joined. */
function claimSet(d: Dispute): string {
  return claimsOf(d).slice().sort().join(',');
}

/** The ids of a dispute's claims, side by side (a claim on two sides twice). */
function claimsOf(d: Dispute): string[] {
  return d.sides.flatMap((s) => s.claims);
}

/**
 * A status dispute split by the sides of its speakers: when a position holds speakers of two known
 * sides ("advance stopped": the defender's General Staff and a war blogger of the attacker), one
 * dispute per pair of side groups of two positions (the attacker's ministry against the defender,
 * and against its own blogger: one dispute across the sides, one inside a side). Claims whose
 * speaker has no known side stay with every group of their position. A dispute whose positions
 * each hold at most one known side is returned as it is.
 */
export function bySpeakerSides(d: Dispute, byId: Map<string, ClaimRecord>): Dispute[] {
  const groups = d.sides.map((s) => {
    const known = new Map<string, string[]>();
    const unknown: string[] = [];
    for (const c of s.claims) {
      const side = byId.get(c)?.speaker?.side ?? null;
      if (!side) unknown.push(c);
      else known.set(side, [...(known.get(side) ?? []), c]);
    }
    return { s, known, unknown };
  });
  if (groups.every((g) => g.known.size <= 1)) return [d];
  const recs = [...byId.values()];
  const index = new Map(recs.map((r, i) => [r.id, i]));
  // the position's quoted phrases, only those of the group's own claims ("advance stopped ("відбили атаки")")
  const label = (position: string, claims: string[]): string => {
    const own = new Set(claims.flatMap((c) => (byId.get(c)?.statuses ?? []).map((x) => phraseShown(x.text))));
    return position.replace(/\(((?:"[^"]*"(?:, )?)+)\)/g, (all, list: string) => {
      const kept = (list.match(/"[^"]*"/g) ?? []).filter((q) => own.has(q.slice(1, -1)));
      return kept.length > 0 ? `(${kept.join(', ')})` : all;
    });
  };
  const part = (g: (typeof groups)[number], claims: string[]): DisputeSide => {
    const all = [...claims, ...g.unknown].filter((c) => index.has(c));
    return { ...sideOf(recs, all.map((c) => ({ rec: index.get(c)! })), label(g.s.position, all)), ...(g.s.polarity !== undefined ? { polarity: g.s.polarity } : {}) };
  };
  const out: Dispute[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      const la = a.known.size > 0 ? [...a.known.values()] : [[]];
      const lb = b.known.size > 0 ? [...b.known.values()] : [[]];
      for (const ca of la) {
        for (const cb of lb) {
          const sides = [part(a, ca), part(b, cb)];
          if (sides.some((x) => x.claims.length === 0)) continue;
          out.push({ ...d, id: disputeId(d.topic.key, sides), sides });
        }
      }
    }
  }
  return out.length > 0 ? out : [d];
}
