/**
 * Which agreements the ledger keeps (issue 9: "agreements kept"): what an analyst reads as an
 * agreement is two independent parties saying the same thing about one event, figure or control,
 * shown with both. Compare's groups of compatible claims (compare.ts, control.ts, event-compare.ts)
 * are kept when
 * - they come from at least two texts (a reprint is its origin's text) and two voices (one
 *   institution in any script or form, or by its spokesman, is one voice: `voiceKey`);
 * - the voices are of two known sides (Russia's ministry and Ukraine's General Staff; Ukraine and a
 *   UN monitor), or of no known side at all (independent sources: two outlets' own reporting), or
 *   of one side but independent of each other: an official voice and an unofficial one (the
 *   ministry and Wagner's owner, the General Staff and a war blogger), or two named bodies or people
 *   each in a text of another outlet (the regional governor on a local site and the national police
 *   in a wire, giving one toll). One side's official voices
 *   repeating each other (a governor and "Ukrainian officials" in a wire, a ministry and its
 *   spokesman, with or without "officials" of no named side beside them) are one account, not an
 *   agreement;
 * - no claim of theirs stands on another side of a dispute of the same kind at the same place and
 *   days than another of their claims: a claim, or a voice, on two sides of one dispute ("reports
 *   of the 'liberation' are false; the town is not captured") is dropped first, and an agreement whose
 *   claims still take opposite sides of one dispute is none. A dispute over what a strike hit (the
 *   doer's "hangars where sea drones were prepared" against the struck side's "a residential
 *   quarter") names one doer on both its sides: it stands beside the agreement on who struck and
 *   takes nothing from it.
 * - one account naming a list of places (troops of five countries) is one agreement on a figure: the
 *   same claims agreeing on the same figure in the same days are kept once, at the first place (lane
 *   figB). Control and status agreements stay one per place (each place's holder is its own fact).
 */
import { sideOf, textKey } from './compare.js';
import { voiceKey } from './identity.js';
import type { Agreement, ClaimRecord, Dispute } from './types.js';

/** Whether two `YYYY-MM-DD` windows (an unknown end: open) overlap. */
function windowsOverlap(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  if (!a.from || !a.to || !b.from || !b.to) return true;
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Whether the claims `ids` (of `byId`) make an agreement an analyst keeps: two texts, two voices,
 * and two known sides or one side's official and unofficial voices (see the module comment).
 */
export function independentParties(byId: ReadonlyMap<string, ClaimRecord>, ids: readonly string[]): boolean {
  const recs = ids.map((id) => byId.get(id)).filter((r): r is ClaimRecord => r !== undefined);
  if (new Set(recs.map(textKey)).size < 2) return false;
  const voices = new Set(recs.map((r) => voiceKey(r) ?? `text:${textKey(r)}`));
  if (voices.size < 2) return false;
  const sides = new Set(recs.map((r) => r.speaker?.side ?? null).filter((s) => s !== null));
  // two known sides; or independent sources none of whose voices has a known side (two outlets'
  // own reporting, two named voices the data places on no side)
  if (sides.size !== 1) return true;
  // one side: an official voice and an unofficial one, from different texts; or two named bodies or
  // people of that side, each in a text of another outlet (a regional governor on a local site and the
  // national police in a wire giving one toll), not a group ("Ukrainian officials") retelling one of them
  const named = (r: ClaimRecord): boolean => !!r.speaker?.name && r.speaker.type !== 'group' && r.speaker.type !== 'unknown' && r.speaker.type !== null;
  return recs.some((x) => recs.some((y) => textKey(x) !== textKey(y) && (
    (x.speaker?.official === true && y.speaker?.official === false)
    || (named(x) && named(y) && voiceKey(x) !== voiceKey(y) && !!x.outlet && !!y.outlet && x.outlet !== y.outlet))));
}

/** The agreements of `agreements` that an analyst keeps, with claims that contradict themselves left out (see the module comment). */
export function keptAgreements(records: readonly ClaimRecord[], agreements: readonly Agreement[], disputes: readonly Dispute[]): Agreement[] {
  if (agreements.length === 0) return [];
  const index = new Map<string, number>();
  records.forEach((r, i) => {
    if (r && typeof r === 'object' && typeof r.id === 'string') index.set(r.id, i);
  });
  const byId = new Map<string, ClaimRecord>([...index].map(([id, i]) => [id, records[i]!]));
  const out: Agreement[] = [];
  // one account naming several places ("военнослужащих Великобритании, Латвии, США, Франции и
  // Эстонии", "troops from the US, France and Britain"): the same claims agreeing on the same figure
  // in the same days are one agreement, kept at the first of the places, not one per place
  const seen = new Set<string>();
  // (figures only: who holds a place is told of each place of a list, "liberated Popasna and Sievierodonetsk")
  const once = (x: Agreement): boolean => {
    if (x.kind !== 'figures') return true;
    const key = JSON.stringify([x.kind ?? null, x.topic.what, x.side.position, x.topic.from, x.topic.to, [...x.side.claims].sort()]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const a of agreements) {
    let claims = a.side.claims.filter((c) => index.has(c));
    let split = false;
    const doerAgreed = a.kind === 'responsibility' && a.topic.key.includes('|agreed|');
    for (const d of disputes) {
      // (an agreement at a region, of a claim naming the region and one naming a town of it, answers to
      // a dispute at that town too: any dispute of its kind and days whose sides hold its claims)
      const atRegion = typeof a.topic.place === 'string' && a.topic.place.startsWith('region:');
      if ((d.kind ?? null) !== (a.kind ?? null) || (d.topic.place !== a.topic.place && !atRegion) || !windowsOverlap(d.topic, a.topic)) continue;
      // both sides of a dispute over what a strike hit name the same doer: it stands beside the
      // agreement on who struck, and splits nothing of it
      if (doerAgreed && d.reason === 'target') continue;
      const sidesOf = (c: string): number[] => d.sides.flatMap((s, i) => (s.claims.includes(c) ? [i] : []));
      // a claim, or a voice, on two sides of the dispute says both things: it agrees with no one here
      const voiceSides = new Map<string, Set<number>>();
      d.sides.forEach((s, i) => {
        for (const c of s.claims) {
          const r = byId.get(c);
          const v = r ? voiceKey(r) : undefined;
          if (v) (voiceSides.get(v) ?? voiceSides.set(v, new Set()).get(v)!).add(i);
        }
      });
      const torn = (c: string): boolean => {
        const r = byId.get(c);
        const v = r ? voiceKey(r) : undefined;
        // (a doer that claims its strike and denies something else there, "the cathedral was not hit
        // by our weapons", still claims the strike: its voice is not torn for the agreement on who struck)
        return sidesOf(c).length >= 2 || (!doerAgreed && v !== undefined && (voiceSides.get(v)?.size ?? 0) >= 2);
      };
      claims = claims.filter((c) => !torn(c));
      const on = new Set(claims.flatMap(sidesOf));
      if (on.size >= 2) split = true;
    }
    if (split || !independentParties(byId, claims)) continue;
    const kept = claims.length === a.side.claims.length ? a : { ...a, side: { ...a.side, ...sideOf(records, claims.map((c) => ({ rec: index.get(c)! })), a.side.position) } };
    if (once(kept)) out.push(kept);
  }
  return out;
}
