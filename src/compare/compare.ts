/**
 * `compareClaims`: groups claim records by topic (place, time window, what is claimed) and finds
 * disputes (claims that cannot all be true) and agreements (compatible claims from independent
 * texts). Never compares every claim with every other: records become items keyed by place,
 * items of one place are sorted by day and cut into windows, and inside a window items are
 * bucketed by what they claim; a bucket is sorted once (quantities by interval) or counted by
 * kind (statuses). Cost O(n log n) in the number of items.
 */
import { compareLexicon } from './lexicon.js';
import { intervalOf, positions, type Interval } from './interval.js';
import type {
  Agreement,
  ClaimRecord,
  CompareOptions,
  CompareResult,
  Dispute,
  DisputeReason,
  DisputeSide,
  Side,
  StatusFact,
  StatusTopic,
  Topic,
  TopicWhat,
} from './types.js';

/** One thing a claim says about one place: a quantity or a status. */
interface Item {
  rec: number;
  /** Place key (place id, `region:<ISO 3166-2>`, or "-"). */
  place: string;
  placeName: string | null;
  /** Rolled up from a place inside the region (status items only). */
  rolled: boolean;
  level: Topic['level'];
  /** Day number (days since 1970-01-01), NaN when undated. */
  day: number;
  /** `q|unit|frame|side` or `s`. */
  what: string;
  iv: Interval | null;
  qtext: string | null;
  status: StatusFact | null;
}

const DAY_MS = 86_400_000;

/** Day number of `YYYY-MM-DD`, NaN when not a date. */
export function dayNumber(date: string | null): number {
  if (!date || date.length < 10) return NaN;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function dayString(n: number): string | null {
  return Number.isFinite(n) ? new Date(n * DAY_MS).toISOString().slice(0, 10) : null;
}

/** The place keys a record is grouped under: each place, its admin1 region (for statuses), or "-". */
export function placeKeys(rec: Pick<ClaimRecord, 'places'>, regions = true): { key: string; name: string | null; level: Topic['level']; rolled: boolean }[] {
  if (rec.places.length === 0) return [{ key: '-', name: null, level: 'none', rolled: false }];
  const out: { key: string; name: string | null; level: Topic['level']; rolled: boolean }[] = [];
  const seen = new Set<string>();
  const add = (key: string, name: string | null, level: Topic['level'], rolled: boolean): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, name, level, rolled });
  };
  for (const p of rec.places) {
    if (p.level === 'admin1' && p.admin1) add(`region:${p.admin1}`, p.name, 'region', false);
    else add(p.id, p.name, 'place', false);
  }
  if (regions) {
    for (const p of rec.places) {
      if (p.admin1 && p.level !== 'admin1' && p.level !== 'country') add(`region:${p.admin1}`, p.admin1, 'region', true);
    }
  }
  return out;
}

/** The "what" key of a quantity: unit, frame and side of the counted subject (`?` unknown). */
export function quantityWhat(q: { unit: string; frame: string; subjectSide: Side | null }): string {
  return `q|${q.unit}|${q.frame}|${q.subjectSide ?? '?'}`;
}

/** Topic keys of a record without the window: `<place>|<what>` (for tests and for the store's indexes). */
export function topicKeys(rec: ClaimRecord, options: CompareOptions = {}): string[] {
  const keys = new Set<string>();
  const denied = rec.statuses.some((s) => s.denial);
  for (const pk of placeKeys(rec, options.regions ?? true)) {
    if (!pk.rolled && !denied) for (const q of rec.quantities) keys.add(`${pk.key}|${quantityWhat(q)}`);
    for (const s of rec.statuses) keys.add(`${pk.key}|s|${s.topic}`);
  }
  return [...keys];
}

/** Compares claim records; see the module comment. Records are not modified. */
export function compareClaims(records: readonly ClaimRecord[], options: CompareOptions = {}): CompareResult {
  const t0 = performance.now();
  const lex = compareLexicon();
  const windowDays = Math.max(0, options.windowDays ?? lex.windowDays);
  const ivo = { approxTolerance: options.approxTolerance ?? lex.approxTolerance, vagueUpperFactor: lex.vagueUpperFactor };
  const wantAgreements = options.agreements ?? true;
  const regions = options.regions ?? true;

  // 1. items, bucketed by place
  const byPlace = new Map<string, Item[]>();
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    if (rec.quantities.length === 0 && rec.statuses.length === 0) continue;
    const day = dayNumber(rec.date);
    const denied = rec.statuses.some((s) => s.denial);
    for (const pk of placeKeys(rec, regions)) {
      let bucket = byPlace.get(pk.key);
      if (!bucket) byPlace.set(pk.key, (bucket = []));
      // A denied figure ("denied that 40 were killed") allows almost any other: not compared.
      if (!pk.rolled && !denied) {
        for (const q of rec.quantities) {
          bucket.push({ rec: r, place: pk.key, placeName: pk.name, rolled: false, level: pk.level, day, what: quantityWhat(q), iv: intervalOf(q, ivo), qtext: q.text, status: null });
        }
      }
      for (const s of rec.statuses) {
        bucket.push({ rec: r, place: pk.key, placeName: pk.name, rolled: pk.rolled, level: pk.level, day, what: 's', iv: null, qtext: null, status: s });
      }
    }
  }

  const disputes: Dispute[] = [];
  const agreements: Agreement[] = [];
  let groups = 0;
  // 2. per place: sort by day, cut into windows of windowDays from the first day of each window
  for (const items of byPlace.values()) {
    items.sort((a, b) => (Number.isNaN(a.day) ? Infinity : a.day) - (Number.isNaN(b.day) ? Infinity : b.day));
    let i = 0;
    while (i < items.length) {
      const d0 = items[i]!.day;
      let j = i + 1;
      if (Number.isNaN(d0)) j = items.length;
      else while (j < items.length && items[j]!.day - d0 <= windowDays) j++;
      // 3. inside the window: bucket by what
      const byWhat = new Map<string, Item[]>();
      for (let k = i; k < j; k++) {
        const it = items[k]!;
        const b = byWhat.get(it.what);
        if (b) b.push(it);
        else byWhat.set(it.what, [it]);
      }
      const from = dayString(d0);
      const to = dayString(items[j - 1]!.day);
      for (const [what, bucket] of byWhat) {
        if (bucket.length < 2) continue;
        groups++;
        if (what === 's') statusGroup(records, bucket, from, to, disputes, agreements, wantAgreements);
        else quantityGroup(records, bucket, what, from, to, disputes, agreements, wantAgreements);
      }
      i = j;
    }
  }
  return { disputes, agreements, groups, claims: records.length, ms: performance.now() - t0 };
}

function topicOf(it: Item, what: TopicWhat, from: string | null, to: string | null): Topic {
  const w = what.type === 'quantity' ? `q|${what.unit}|${what.subjectSide ?? '?'}` : `s|${what.topic}`;
  return {
    key: `${it.place}|${from ?? '-'}..${to ?? '-'}|${w}`,
    place: it.place === '-' ? null : it.place,
    placeName: it.placeName,
    level: it.level,
    from,
    to,
    what,
  };
}

/** Distinct texts behind a set of items. */
function textCount(records: readonly ClaimRecord[], items: readonly Item[]): number {
  const s = new Set<string>();
  for (const it of items) s.add(records[it.rec]!.textOf);
  return s.size;
}

/** True when every item comes from one named speaker (a later figure from the same claimant is an update). */
function oneSpeaker(records: readonly ClaimRecord[], items: readonly Item[]): boolean {
  const first = records[items[0]!.rec]!.speaker.name;
  if (!first) return false;
  const f = first.toLowerCase();
  return items.every((it) => records[it.rec]!.speaker.name?.toLowerCase() === f);
}

function sideOf(records: readonly ClaimRecord[], items: readonly Item[], position: string): DisputeSide {
  const claims = new Set<string>();
  const texts = new Set<string>();
  const outlets = new Set<string>();
  const sources = new Set<string>();
  const speakers = new Map<string, DisputeSide['speakers'][number]>();
  for (const it of items) {
    const r = records[it.rec]!;
    claims.add(r.id);
    texts.add(r.textOf);
    outlets.add(r.outlet ?? r.source ?? `text:${r.textOf}`);
    const src = r.outlet ?? r.source;
    if (src) sources.add(src);
    const key = `${r.speaker.name ?? ''}|${r.speaker.side ?? ''}`;
    if (!speakers.has(key)) speakers.set(key, { name: r.speaker.name, side: r.speaker.side, affiliation: r.speaker.affiliation, official: r.speaker.official });
  }
  return {
    position,
    claims: [...claims].sort(),
    speakers: [...speakers.values()],
    sources: [...sources],
    independentSources: texts.size,
    independentOutlets: outlets.size,
  };
}

/** A short stable id (FNV-1a, 32 bits, hex) of a string. */
function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function intervalText(iv: Interval): string {
  if (iv.lo === iv.hi) return fmt(iv.lo);
  const lo = iv.lo === -Infinity || iv.lo <= 0 ? null : `${iv.loOpen ? '>' : '≥'} ${fmt(iv.lo)}`;
  const hi = iv.hi === Infinity ? null : `${iv.hiOpen ? '<' : '≤'} ${fmt(iv.hi)}`;
  return [lo, hi].filter(Boolean).join(' and ') || 'any';
}

function quantityGroup(
  records: readonly ClaimRecord[],
  bucket: Item[],
  what: string,
  from: string | null,
  to: string | null,
  disputes: Dispute[],
  agreements: Agreement[],
  wantAgreements: boolean,
): void {
  if (textCount(records, bucket) < 2) return;
  const [, unit, , side] = what.split('|');
  const tw: TopicWhat = { type: 'quantity', unit: unit!, subjectSide: side === '?' ? null : side! };
  const topic = topicOf(bucket[0]!, tw, from, to);
  const pos = positions(bucket.map((it) => it.iv!));
  const label = (members: number[], common: Interval): string => {
    const texts = [...new Set(members.map((m) => bucket[m]!.qtext!))];
    const shown = texts.slice(0, 3).join(' / ') + (texts.length > 3 ? ` / … (${texts.length - 3} more)` : '');
    return `${shown} (${unit}: ${intervalText(common)})`;
  };
  if (pos.length >= 2) {
    if (oneSpeaker(records, bucket)) return;
    const sides = pos.map((p) => ({ ...sideOf(records, p.members.map((m) => bucket[m]!), label(p.members, p.common)), interval: [p.common.lo, p.common.hi] as [number, number] }));
    disputes.push({
      id: hashId(`d|${topic.key}|${sides.map((s) => s.claims.join(',')).join(';')}`),
      topic,
      reason: 'quantity',
      sides,
      explanation: `${sides.length} figures for ${unit}${tw.subjectSide ? ` (${tw.subjectSide})` : ''} that no single value satisfies: ${sides.map((s) => s.position).join(' vs ')}`,
    });
  } else if (wantAgreements) {
    const side = { ...sideOf(records, bucket, label(pos[0]!.members, pos[0]!.common)), interval: [pos[0]!.common.lo, pos[0]!.common.hi] as [number, number] };
    agreements.push({ id: hashId(`a|${topic.key}|${side.claims.join(',')}`), topic, side });
  }
}

/** Kind of a status item: topic, subject side, polarity. */
function kindOf(s: StatusFact): string {
  return `${s.topic}|${s.subjectSide ?? '?'}|${s.polarity}`;
}

/** Topics an unspecific denial ("the reports are fake") answers. */
const EVENT_TOPICS = new Set<StatusTopic>(['attack', 'advance', 'control']);

/** Whether two status kinds cannot both be true. */
export function statusConflict(a: Pick<StatusFact, 'topic' | 'subjectSide' | 'polarity'>, b: Pick<StatusFact, 'topic' | 'subjectSide' | 'polarity'>): boolean {
  if (a.topic === 'event' || b.topic === 'event') {
    const [d, o] = a.topic === 'event' ? [a, b] : [b, a];
    return d.polarity === -1 && o.topic !== 'event' && EVENT_TOPICS.has(o.topic) && o.polarity === 1;
  }
  if (a.topic !== b.topic) return false;
  if (a.subjectSide === b.subjectSide) return a.polarity !== b.polarity;
  // Two different sides both holding one place.
  return a.topic === 'control' && a.polarity === 1 && b.polarity === 1 && a.subjectSide !== null && b.subjectSide !== null;
}

function statusLabel(s: StatusFact, phrases: string[]): string {
  const shown = phrases.slice(0, 3).map((p) => `"${p}"`).join(', ');
  // A denial is shown as what it denies ("denied: attack happened").
  if (s.denial && s.topic !== 'event') return `denied: ${statusLabel({ ...s, denial: false, polarity: s.polarity === 1 ? -1 : 1 }, phrases)}`;
  if (s.denial) return `denied the reports (${shown})`;
  const who = s.subjectSide ?? 'unnamed side';
  const base =
    s.topic === 'control'
      ? s.polarity > 0 ? `${who} holds or took the place` : `${who} left or lost the place`
      : s.topic === 'advance'
        ? s.polarity > 0 ? `${who} advancing` : `${who}'s advance stopped`
        : s.topic === 'attack'
          ? s.polarity > 0 ? 'attack happened' : 'no attack'
          : s.topic === 'situation'
            ? s.polarity > 0 ? 'situation under control' : 'situation not under control'
            : 'reports denied';
  return `${base} (${shown})`;
}

function statusGroup(
  records: readonly ClaimRecord[],
  bucket: Item[],
  from: string | null,
  to: string | null,
  disputes: Dispute[],
  agreements: Agreement[],
  wantAgreements: boolean,
): void {
  const kinds = new Map<string, { fact: StatusFact; items: Item[]; direct: boolean }>();
  for (const it of bucket) {
    const k = kindOf(it.status!);
    const e = kinds.get(k);
    if (e) {
      e.items.push(it);
      e.direct ||= !it.rolled;
    } else kinds.set(k, { fact: it.status!, items: [it], direct: !it.rolled });
  }
  const list = [...kinds.values()];
  const topics = new Set(list.map((k) => k.fact.topic).filter((t) => t !== 'event'));
  for (const topic of topics) {
    const here = list.filter((k) => k.fact.topic === topic || k.fact.topic === 'event');
    const involved = new Set<number>();
    for (let a = 0; a < here.length; a++) {
      for (let b = a + 1; b < here.length; b++) {
        const ka = here[a]!;
        const kb = here[b]!;
        // In a region roll-up, a pair needs at least one claim about the region itself.
        if (!ka.direct && !kb.direct) continue;
        if (!statusConflict(ka.fact, kb.fact)) continue;
        involved.add(a);
        involved.add(b);
      }
    }
    const tw: TopicWhat = { type: 'status', topic, subjectSide: null };
    if (involved.size >= 2) {
      const kindsIn = [...involved].sort((x, y) => x - y).map((x) => here[x]!);
      const items = kindsIn.flatMap((k) => k.items);
      if (textCount(records, items) < 2 || oneSpeaker(records, items)) continue;
      const topicObj = topicOf(items.find((it) => !it.rolled) ?? items[0]!, tw, from, to);
      const reason: DisputeReason = items.some((it) => it.status!.denial) ? 'denial' : 'status';
      const sides = kindsIn.map((k) => ({
        ...sideOf(records, k.items, statusLabel(k.fact, [...new Set(k.items.map((it) => it.status!.text))])),
        polarity: k.fact.polarity,
      }));
      disputes.push({
        id: hashId(`d|${topicObj.key}|${sides.map((s) => s.claims.join(',')).join(';')}`),
        topic: topicObj,
        reason,
        sides,
        explanation:
          reason === 'denial'
            ? `A denial against what other claims report (${topic}): ${sides.map((s) => s.position).join(' vs ')}`
            : `Opposite statements on ${topic}: ${sides.map((s) => s.position).join(' vs ')}`,
      });
    } else if (wantAgreements) {
      for (const k of here) {
        if (k.fact.topic !== topic) continue;
        const direct = k.items.filter((it) => !it.rolled);
        if (direct.length < 2 || textCount(records, direct) < 2) continue;
        const topicObj = topicOf(direct[0]!, { type: 'status', topic, subjectSide: k.fact.subjectSide }, from, to);
        const side = { ...sideOf(records, direct, statusLabel(k.fact, [...new Set(direct.map((it) => it.status!.text))])), polarity: k.fact.polarity };
        agreements.push({ id: hashId(`a|${topicObj.key}|${side.claims.join(',')}`), topic: topicObj, side });
      }
    }
  }
}
