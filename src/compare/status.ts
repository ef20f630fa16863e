/**
 * Status statements (advance stopped or going on, situation under control or not) placed the way
 * analysts read them. A claim that names no place of its own ("the overall situation in the area
 * of the operation is under control"), placed only by the document it stands in, speaks of the
 * region at most: its situation and advance statements are compared at the region of that place,
 * as a statement about the region itself, so that an army's "under control" meets its own war
 * bloggers' "the front is falling apart" about a town in that region (a dispute within one side:
 * the speakers' sides come from data/actors.tsv). Pure; no I/O.
 */
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
  for (const r of records) {
    if (!r || !Array.isArray(r.statuses) || r.statuses.length === 0) {
      out.push(r);
      continue;
    }
    const hasControl = r.statuses.some((s) => s?.topic === 'control');
    const vague = r.placeFrom === 'document' && Array.isArray(r.places) && r.statuses.some((s) => s && REGIONAL_TOPICS.has(s.topic));
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

/** The admin1 regions of places finer than a country, as region places (one per region). */
export function regionsOf(places: readonly Pick<PlaceRef, 'name' | 'admin1' | 'country' | 'level'>[]): PlaceRef[] {
  const seen = new Map<string, PlaceRef>();
  for (const p of places) {
    if (!p || !p.admin1 || p.level === 'country' || seen.has(p.admin1)) continue;
    seen.set(p.admin1, { id: `region:${p.admin1}`, name: p.level === 'admin1' ? p.name : p.admin1, admin1: p.admin1, country: p.country, level: 'admin1' });
  }
  return [...seen.values()];
}
