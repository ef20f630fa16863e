/**
 * Status statements (advance stopped or going on, situation under control or not) placed the way
 * analysts read them. A claim that names no place of its own ("the overall situation in the area
 * of the operation is under control"), placed only by the document it stands in, speaks of the
 * region at most: its situation and advance statements are compared at the region of that place,
 * as a statement about the region itself, so that an army's "under control" meets its own war
 * bloggers' "the front is falling apart" about a town in that region (a dispute within one side:
 * the speakers' sides come from data/actors.tsv). A region named beside towns of another region
 * ("regrouped from Izium to the Donetsk region") does not place a claim's situation and advance
 * statements: they stay at the towns. Pure; no I/O.
 */
import { compareLexicon } from './lexicon.js';
import type { ClaimRecord, PlaceRef, StatusFact } from './types.js';

/** Status topics whose vaguely placed statements are read as statements about the region. */
const REGIONAL_TOPICS = new Set<StatusFact['topic']>(['situation', 'advance']);

/**
 * The records compare's status grouping reads: each record without its control statements (control
 * is compared by src/compare/control.ts), and, for a record placed only by its document, its
 * situation and advance statements moved to a copy of it placed at the region(s) of its places.
 * A copy has the record's id, so a dispute lists the claim once.
 */
export function statusRecords(records: readonly ClaimRecord[]): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const extra: ClaimRecord[] = [];
  for (let r of records) {
    if (!r || !Array.isArray(r.statuses) || r.statuses.length === 0) {
      out.push(r);
      continue;
    }
    // whether the war is at a stalemate is said of the war, wherever the claim is placed ("the war
    // with Russia", a Moscow briefing): a copy of the record placed at the war's country
    if (r.statuses.some((s) => s?.topic === 'stalemate')) {
      const war = warPlace(r);
      const moved = r.statuses.filter((s) => s?.topic === 'stalemate');
      if (war) extra.push({ ...r, quantities: [], events: [], statuses: moved, places: [war] });
      r = { ...r, statuses: r.statuses.filter((s) => s?.topic !== 'stalemate') };
      if (r.statuses.length === 0) {
        out.push(r);
        continue;
      }
    }
    const hasControl = r.statuses.some((s) => s?.topic === 'control');
    const vague = r.placeFrom === 'document' && Array.isArray(r.places) && r.statuses.some((s) => s && REGIONAL_TOPICS.has(s.topic));
    const away = !vague && Array.isArray(r.places) && r.statuses.some((s) => s && REGIONAL_TOPICS.has(s.topic)) ? awayRegions(r.places) : null;
    if (away) {
      // "regrouped from Balakliia and Izium to strengthen the push in the Donetsk region": the situation
      // and advance statements are about the towns, not the other region the sentence names
      const moved = r.statuses.filter((s) => s && REGIONAL_TOPICS.has(s.topic));
      extra.push({ ...r, quantities: [], events: [], statuses: moved, places: r.places.filter((p) => !away.includes(p)) });
      r = { ...r, statuses: r.statuses.filter((s) => !(s && REGIONAL_TOPICS.has(s.topic))) };
      if (!hasControl) {
        out.push(r);
        continue;
      }
    }
    if (!hasControl && !vague) {
      out.push(r);
      continue;
    }
    let statuses = r.statuses.filter((s) => s?.topic !== 'control');
    if (vague) {
      const regions = regionsOf(r.places);
      const moved = statuses.filter((s) => s && REGIONAL_TOPICS.has(s.topic));
      if (regions.length > 0 && moved.length > 0) {
        statuses = statuses.filter((s) => !(s && REGIONAL_TOPICS.has(s.topic)));
        extra.push({ ...r, quantities: [], events: [], statuses: moved, places: regions });
      }
    }
    out.push({ ...r, statuses });
  }
  return extra.length > 0 ? [...out, ...extra] : out;
}

/**
 * The regions (admin1 places) of `places` that hold none of its places finer than a region, when it
 * has such places: a region named beside towns of another region (a destination, a neighbour), not
 * where they are. A city with a region code of its own (Kyiv, Sevastopol) is held by the region
 * around it too (data/compare.tsv `city_regions`). Null when there is none.
 */
export function awayRegions(places: readonly PlaceRef[]): PlaceRef[] | null {
  const fine = places.filter((p) => p && p.level !== 'country' && p.level !== 'admin1' && p.level !== null && p.admin1);
  if (fine.length === 0) return null;
  const around = compareLexicon().cityRegions;
  const held = new Set(fine.flatMap((p) => (around.has(p.admin1!) ? [p.admin1, around.get(p.admin1!)!] : [p.admin1])));
  const away = places.filter((p) => p && p.level === 'admin1' && p.admin1 && !held.has(p.admin1));
  return away.length > 0 ? away : null;
}

/** The admin1 regions of places finer than a country, as region places (one per region). */
export function regionsOf(places: readonly Pick<PlaceRef, 'name' | 'admin1' | 'country' | 'level'>[]): PlaceRef[] {
  const seen = new Map<string, PlaceRef>();
  for (const p of places) {
    if (!p || !p.admin1 || p.level === 'country' || seen.has(p.admin1)) continue;
    seen.set(p.admin1, { id: `region:${p.admin1}`, name: p.level === 'admin1' ? p.name : p.admin1, admin1: p.admin1, country: p.country, level: 'admin1' });
  }
  return [...seen.values()];
}

/**
 * The country of the war a stalemate statement is about: Ukraine when the claim's places or its
 * speaker's side are of Russia or Ukraine (the war this ledger is about), else the claim's only
 * country, else null.
 */
export function warPlace(r: Pick<ClaimRecord, 'places' | 'speaker'>): PlaceRef | null {
  const countries = new Set((Array.isArray(r.places) ? r.places : []).map((p) => p?.country).filter((c): c is string => !!c));
  const side = r.speaker?.side ?? null;
  if (countries.has('UA') || countries.has('RU') || side === 'UA' || side === 'RU') return { id: 'war:UA', name: 'Ukraine', admin1: null, country: 'UA', level: 'country' };
  if (countries.size === 1) {
    const c = [...countries][0]!;
    return { id: `war:${c}`, name: c, admin1: null, country: c, level: 'country' };
  }
  return null;
}
