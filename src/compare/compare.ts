/**
 * `compareClaims`: groups claim records by topic (place, time window, what is claimed) and finds
 * disputes (claims that cannot all be true) and agreements (compatible claims from independent
 * texts). Never compares every claim with every other: records become items keyed by place,
 * items of one place are sorted by day and cut into windows, and inside a window items are
 * bucketed by what they claim; a bucket is sorted once (quantities by interval) or counted by
 * kind (statuses). Cost O(n log n) in the number of items.
 */
import { compareLexicon, opponent } from './lexicon.js';
import { compatible, intervalOf, positions, type Interval } from './interval.js';
import { voiceKey } from './identity.js';
import { risingWords } from './rising.js';
import type {
  Agreement,
  ClaimRecord,
  CompareOptions,
  CompareResult,
  Dispute,
  DisputeReason,
  DisputeSide,
  PlaceRef,
  QuantityFact,
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

/** A reference to one record (by index) of the records compared. */
export interface RecRef {
  rec: number;
}

const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ISO date (YYYY-MM-DD) of a day number of `dayNumber`: its inverse. */
export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01) of `YYYY-MM-DD…`, NaN when it is not a calendar date. */
export function dayNumber(date: string | null): number {
  if (!date || date.length < 10 || date[4] !== '-' || date[7] !== '-') return NaN;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!(Number.isInteger(y) && y > 0 && m >= 1 && m <= 12 && Number.isInteger(d) && d >= 1 && d <= MONTH_DAYS[m - 1]!)) return NaN;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** `YYYY-MM-DD` of a day number, memoised in `cache` (a ledger spans few distinct days); null for NaN. */
function dayString(n: number, cache: Map<number, string>): string | null {
  if (!Number.isFinite(n)) return null;
  let s = cache.get(n);
  if (s === undefined) {
    s = new Date(n * DAY_MS).toISOString().slice(0, 10);
    cache.set(n, s);
  }
  return s;
}

const NONE_Q: QuantityFact[] = [];
const NONE_S: StatusFact[] = [];
const BOUNDS = new Set(['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range']);
const STATUS_TOPICS = new Set(['control', 'advance', 'attack', 'situation', 'event', 'stalemate']);

function validPlace(p: unknown): boolean {
  return !!p && typeof (p as PlaceRef).id === 'string';
}

function validQuantity(q: unknown): q is QuantityFact {
  const x = q as QuantityFact;
  return (
    !!x &&
    typeof x.value === 'number' &&
    Number.isFinite(x.value) &&
    (x.high === null || x.high === undefined || (typeof x.high === 'number' && Number.isFinite(x.high))) &&
    BOUNDS.has(x.bound) &&
    typeof x.unit === 'string' &&
    typeof x.frame === 'string'
  );
}

function validStatus(s: unknown): s is StatusFact {
  const x = s as StatusFact;
  return !!x && STATUS_TOPICS.has(x.topic) && (x.polarity === 1 || x.polarity === -1);
}

/**
 * The place keys a record is grouped under: each place, and its admin1 region (for statuses). A
 * claim with no place at all (none in it, its sentence, its paragraph or its document) is not
 * grouped: "12 killed" in two unrelated stories of one day is no dispute.
 */
export function placeKeys(rec: Pick<ClaimRecord, 'places'>, regions = true): { key: string; name: string | null; level: Topic['level']; rolled: boolean }[] {
  if (rec.places.length === 0) return [];
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
export function quantityWhat(q: { unit: string; frame: string; subjectSide: Side | null; scope?: string | null }): string {
  return `q|${q.unit}|${q.frame}|${q.subjectSide ?? '?'}${q.scope ? `|${q.scope}` : ''}`;
}

/** Topic keys of a record without the window: `<place>|<what>` (for tests and for the store's indexes). */
export function topicKeys(rec: ClaimRecord, options: CompareOptions = {}): string[] {
  const keys = new Set<string>();
  const denied = rec.statuses.some((s) => s.denial);
  for (const pk of placeKeys(rec, options.regions ?? true)) {
    if (!pk.rolled && !denied) {
      for (const q of rec.quantities) if (q.frame !== 'count' || compareLexicon().countUnits.has(q.unit)) keys.add(`${pk.key}|${quantityWhat(q)}`);
    }
    for (const s of rec.statuses) keys.add(`${pk.key}|s|${s.topic}`);
  }
  return [...keys];
}

/**
 * Version of compare's rules (how facts are grouped and what counts as a dispute). Ledgers cache
 * dispute reports per revision; the version is part of the cache key, so a new rule is not hidden
 * behind an old report. Raise it when a change of compare changes its reports.
 */
export const COMPARE_VERSION = 14;

/** Compares claim records; see the module comment. Records are not modified. */
export function compareClaims(records: readonly ClaimRecord[], options: CompareOptions = {}): CompareResult {
  const t0 = performance.now();
  const lex = compareLexicon();
  const windowDays = Math.max(0, options.windowDays ?? lex.windowDays);
  const ivo = { approxTolerance: options.approxTolerance ?? lex.approxTolerance, vagueUpperFactor: lex.vagueUpperFactor };
  const ivoWhole = { ...ivo, integers: true };
  // a claimed toll's "up to N" (compare.tsv toll_up_to_floor, toll_units)
  const ivoToll = { ...ivoWhole, atMostFloor: lex.tollUpToFloor };
  const wantAgreements = options.agreements ?? true;
  const regions = options.regions ?? true;

  // 1. items in parallel typed arrays (no object per item: a million claims stay cheap to collect)
  const placeIds = new Map<string, number>();
  const placeInfo: { key: string; name: string | null; level: Topic['level'] }[] = [];
  const whatIds = new Map<string, number>([['s', 0]]);
  const whatKeys: string[] = ['s'];
  let cap = Math.max(16, records.length * 2);
  let n = 0;
  let iRec = new Int32Array(cap);
  let iPlace = new Int32Array(cap);
  let iDay = new Int32Array(cap);
  let iWhat = new Int32Array(cap);
  let iFact = new Int32Array(cap);
  let iRolled = new Uint8Array(cap);
  const push = (r: number, place: number, day: number, what: number, fact: number, rolled: boolean): void => {
    if (n === cap) {
      cap *= 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(cap);
        b.set(a);
        return b;
      };
      iRec = grow(iRec);
      iPlace = grow(iPlace);
      iDay = grow(iDay);
      iWhat = grow(iWhat);
      iFact = grow(iFact);
      iRolled = grow(iRolled);
    }
    iRec[n] = r;
    iPlace[n] = place;
    iDay[n] = day;
    iWhat[n] = what;
    iFact[n] = fact;
    iRolled[n] = rolled ? 1 : 0;
    n++;
  };
  const placeId = (key: string, name: string | null, level: Topic['level']): number => {
    let id = placeIds.get(key);
    if (id === undefined) {
      id = placeInfo.length;
      placeIds.set(key, id);
      placeInfo.push({ key, name, level });
    }
    return id;
  };
  // unit → frame → side → what id, so that no key string is built per quantity
  const whatTree = new Map<string, Map<string, Map<string, number>>>();
  const whatId = (q: QuantityFact): number => {
    let byFrame = whatTree.get(q.unit);
    if (!byFrame) whatTree.set(q.unit, (byFrame = new Map()));
    // a figure of another tally (src/compare/figures.ts: a site's, the country's, a day's, a total) is keyed apart
    const frameKey = typeof q.scope === 'string' && q.scope ? `${q.frame}@${q.scope}` : q.frame;
    let bySide = byFrame.get(frameKey);
    if (!bySide) byFrame.set(frameKey, (bySide = new Map()));
    const side = q.subjectSide ?? '?';
    let id = bySide.get(side);
    if (id === undefined) {
      const key = quantityWhat(q);
      id = whatIds.get(key);
      if (id === undefined) {
        id = whatKeys.length;
        whatIds.set(key, id);
        whatKeys.push(key);
      }
      bySide.set(side, id);
    }
    return id;
  };
  const dayOf = new Map<string, number>();
  const UNDATED = 0x7fffffff;
  let skipped = 0;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    // Records come from storage: a malformed one (or a malformed fact in it) is skipped and counted.
    if (!rec || typeof rec !== 'object' || typeof rec.id !== 'string') {
      skipped++;
      continue;
    }
    const quantities = Array.isArray(rec.quantities) ? rec.quantities : NONE_Q;
    const statuses = Array.isArray(rec.statuses) ? rec.statuses : NONE_S;
    if (!Array.isArray(rec.places) || (rec.quantities !== undefined && quantities === NONE_Q) || (rec.statuses !== undefined && statuses === NONE_S)) {
      skipped++;
      continue;
    }
    if ((quantities.length === 0 && statuses.length === 0) || rec.places.length === 0) continue;
    if (!rec.places.every(validPlace)) {
      skipped++;
      continue;
    }
    let dn = NaN;
    if (typeof rec.date === 'string') {
      const known = dayOf.get(rec.date);
      if (known !== undefined) dn = known;
      else {
        dn = dayNumber(rec.date);
        if (dayOf.size < 1_000_000) dayOf.set(rec.date, dn);
      }
    }
    const day = Number.isNaN(dn) ? UNDATED : dn;
    const denied = statuses.some((s) => s?.denial === true);
    const keys = rec.places.length === 1 && rec.places[0]!.level !== 'admin1' && !(regions && rec.places[0]!.admin1 && rec.places[0]!.level !== 'country')
      ? null
      : placeKeys(rec, regions);
    let pk0 = true; // count a bad fact once, not once per place key
    const each = (key: string, name: string | null, level: Topic['level'], rolled: boolean): void => {
      const pid = placeId(key, name, level);
      // A denied figure ("denied that 40 were killed") allows almost any other: not compared.
      if (!rolled && !denied) {
        for (let k = 0; k < quantities.length; k++) {
          const q = quantities[k]!;
          if (!validQuantity(q)) {
            if (!rolled && pk0) skipped++;
            continue;
          }
          // A plain count of people in general ("2,300 people remain") is not one fact to compare.
          if (q.frame === 'count' && !lex.countUnits.has(q.unit)) continue;
          push(r, pid, day, whatId(q), k, false);
        }
      }
      for (let k = 0; k < statuses.length; k++) {
        if (validStatus(statuses[k])) push(r, pid, day, 0, k, rolled);
        else if (pk0) skipped++;
      }
      pk0 = false;
    };
    if (keys === null) each(rec.places[0]!.id, rec.places[0]!.name, 'place', false);
    else for (const pk of keys) each(pk.key, pk.name, pk.level, pk.rolled);
  }

  // 2. counting sort by place, then by day inside each place
  const P = placeInfo.length;
  const start = new Int32Array(P + 1);
  for (let k = 0; k < n; k++) start[iPlace[k]! + 1]!++;
  for (let p = 0; p < P; p++) start[p + 1]! += start[p]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, P);
  for (let k = 0; k < n; k++) order[fill[iPlace[k]!]!++] = k;

  const disputes: Dispute[] = [];
  const agreements: Agreement[] = [];
  const sink: GroupSink = { records, disputes, agreements, wantAgreements };
  const dayCache = new Map<number, string>();
  let groups = 0;
  const itemOf = (k: number): Item => {
    const rec = records[iRec[k]!]!;
    const info = placeInfo[iPlace[k]!]!;
    const what = whatKeys[iWhat[k]!]!;
    const dn = iDay[k]!;
    const isStatus = what === 's';
    const q = isStatus ? null : rec.quantities[iFact[k]!]!;
    return {
      rec: iRec[k]!,
      place: info.key,
      placeName: info.name,
      rolled: iRolled[k] === 1,
      level: info.level,
      day: dn === UNDATED ? NaN : dn,
      what,
      iv: q ? intervalOf(q, lex.measureUnits.has(q.unit) ? ivo : lex.tollUnits.has(q.unit) ? ivoToll : ivoWhole) : null,
      qtext: q ? q.text : null,
      status: isStatus ? rec.statuses[iFact[k]!]! : null,
    };
  };
  for (let p = 0; p < P; p++) {
    const a = start[p]!;
    const b = start[p + 1]!;
    if (b - a < 2) continue;
    const seg = order.subarray(a, b);
    seg.sort((x, y) => iDay[x]! - iDay[y]! || x - y);
    // 3. windows of windowDays from the first day of each window; inside one, runs of the same what
    let i = 0;
    while (i < seg.length) {
      const d0 = iDay[seg[i]!]!;
      let j = i + 1;
      if (d0 === UNDATED) j = seg.length;
      else while (j < seg.length && iDay[seg[j]!]! - d0 <= windowDays) j++;
      if (j - i >= 2) {
        const win = seg.subarray(i, j);
        const lastDay = iDay[win[win.length - 1]!]!;
        win.sort((x, y) => iWhat[x]! - iWhat[y]! || x - y);
        const from = dayString(d0 === UNDATED ? NaN : d0, dayCache);
        const to = dayString(lastDay === UNDATED ? NaN : lastDay, dayCache);
        let u = 0;
        while (u < win.length) {
          let v = u + 1;
          while (v < win.length && iWhat[win[v]!] === iWhat[win[u]!]) v++;
          if (v - u >= 2) {
            groups++;
            const bucket: Item[] = [];
            for (let k = u; k < v; k++) bucket.push(itemOf(win[k]!));
            if (iWhat[win[u]!] === 0) statusGroup(sink, bucket, from, to);
            else quantityGroup(sink, bucket, from, to);
          }
          u = v;
        }
      }
      i = j;
    }
  }
  return { disputes, agreements, groups, claims: records.length, skipped, ms: performance.now() - t0 };
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

/** The original text a record's document carries (its own document when nothing says otherwise). */
export function textKey(r: ClaimRecord): string {
  return r.textOf ?? r.documentId ?? r.id;
}

/** Distinct texts behind a set of items. */
function textCount(records: readonly ClaimRecord[], items: readonly RecRef[]): number {
  const s = new Set<string>();
  for (const it of items) s.add(textKey(records[it.rec]!));
  return s.size;
}

/**
 * Whether items can stand in a dispute: they come from at least two texts, or one text quotes at
 * least two different named speakers ("Russia says 40; Kyiv says 5" in one wire story). One text
 * with one voice is not disputing itself (its figures are usually about different events).
 */
export function twoVoices(records: readonly ClaimRecord[], items: readonly RecRef[]): boolean {
  if (textCount(records, items) >= 2) return true;
  const names = new Set<string>();
  for (const it of items) {
    const n = voiceKey(records[it.rec]!);
    if (n) names.add(n);
  }
  return names.size >= 2;
}

/**
 * True when every item comes from one named speaker (a later figure from the same claimant is an
 * update); one institution named in two scripts or forms, or by its spokesman, is one speaker
 * (data/speaker-identities.tsv, `voiceKey`).
 */
export function oneSpeaker(records: readonly ClaimRecord[], items: readonly RecRef[]): boolean {
  const f = voiceKey(records[items[0]!.rec]!);
  if (!f) return false;
  return items.every((it) => voiceKey(records[it.rec]!) === f);
}

/** One side of a dispute or agreement made of `items`: its claims, speakers, sources and counts. */
export function sideOf(records: readonly ClaimRecord[], items: readonly RecRef[], position: string): DisputeSide {
  const claims = new Set<string>();
  const texts = new Set<string>();
  const outlets = new Set<string>();
  const sources = new Set<string>();
  const speakers = new Map<string, DisputeSide['speakers'][number]>();
  for (const it of items) {
    const r = records[it.rec]!;
    claims.add(r.id);
    texts.add(textKey(r));
    outlets.add(r.outlet ?? r.source ?? `text:${textKey(r)}`);
    const src = r.outlet ?? r.source;
    if (src) sources.add(src);
    const sp = r.speaker ?? null;
    const key = `${sp?.name ?? ''}|${sp?.side ?? ''}`;
    if (!speakers.has(key)) speakers.set(key, { name: sp?.name ?? null, side: sp?.side ?? null, affiliation: sp?.affiliation ?? null, official: sp?.official ?? null });
  }
  return {
    position,
    claims: [...claims].sort(),
    speakers: [...speakers.values()],
    sources: [...sources],
    independentSources: texts.size,
    independentOutlets: outlets.size,
    independentOrigins: originCount(records, items),
  };
}

/** Lower-case words of a name, joined by single spaces ("Northern Rampart Z" → "northern rampart z"). */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

/**
 * Independent originators behind items (see `DisputeSide.independentOrigins`): for each original
 * text, the outlet of the record that is that text (else of the earliest-published record carrying
 * it); a text whose speaker is named like an outlet of these items (the same words, or the outlet's
 * name starting with the speaker's name of at least two words) counts as that outlet.
 */
function originCount(records: readonly ClaimRecord[], items: readonly RecRef[]): number {
  const byText = new Map<string, ClaimRecord>();
  for (const it of items) {
    const r = records[it.rec]!;
    const k = textKey(r);
    const cur = byText.get(k);
    const own = (x: ClaimRecord): boolean => (x.documentId ?? x.id) === k;
    if (!cur || (own(r) && !own(cur)) || (!own(cur) && (r.published ?? '\uffff') < (cur.published ?? '\uffff'))) byText.set(k, r);
  }
  const outletOf = (r: ClaimRecord): string => r.outlet ?? r.source ?? `text:${textKey(r)}`;
  const outlets = [...new Set([...byText.values()].map(outletOf))];
  const outletKeys = outlets.map(nameKey);
  const origins = new Set<string>();
  for (const r of byText.values()) {
    const sp = r.speaker?.name ? nameKey(r.speaker.name) : '';
    const named = sp.includes(' ') ? outletKeys.find((o) => o === sp || o.startsWith(`${sp} `)) : outletKeys.find((o) => o === sp && o !== '');
    origins.add(named ?? nameKey(outletOf(r)));
  }
  return origins.size;
}

/** A dispute topic's place key: `region:<ISO 3166-2>` for a region, the place id otherwise, null for none. */
export function placeKeyOf(place: PlaceRef | null | undefined): string | null {
  return place ? (place.level === 'admin1' && place.admin1 ? `region:${place.admin1}` : place.id) : null;
}

/** A short stable id (FNV-1a, 32 bits, hex) of a string. */
export function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A topic at one place (a town, a site, or a region as `region:<admin1>`; none when null) over the days `from`..`to`. */
export function topicAt(key: string, place: PlaceRef | null, from: string, to: string, what: TopicWhat): Topic {
  return { key, place: placeKeyOf(place), placeName: place?.name ?? null, level: place ? (place.level === 'admin1' ? 'region' : 'place') : 'none', from, to, what };
}

/** A dispute's id: its topic key and the claims of each side, in order (the same sides at the same topic are one dispute). */
export function disputeId(topicKey: string, sides: readonly { claims: readonly string[] }[]): string {
  return hashId(`d|${topicKey}|${sides.map((s) => s.claims.join(',')).join(';')}`);
}

/** A number with thousands separators and at most two decimals ("1,000", "12.5"). */
function fmt(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split('.');
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function intervalText(iv: Interval): string {
  if (iv.lo === iv.hi) return fmt(iv.lo);
  const lo = iv.lo === -Infinity || iv.lo <= 0 ? null : `${iv.loOpen ? '>' : '≥'} ${fmt(iv.lo)}`;
  const hi = iv.hi === Infinity ? null : `${iv.hiOpen ? '<' : '≤'} ${fmt(iv.hi)}`;
  return [lo, hi].filter(Boolean).join(' and ') || 'any';
}

/** What the group functions read (the records) and where they put what they find. */
interface GroupSink {
  records: readonly ClaimRecord[];
  disputes: Dispute[];
  agreements: Agreement[];
  wantAgreements: boolean;
}

function quantityGroup(sink: GroupSink, bucket: Item[], from: string | null, to: string | null): void {
  const { records, disputes, agreements, wantAgreements } = sink;
  const what = bucket[0]!.what;
  bucket = latestPerSpeaker(records, bucket);
  const [, unit, , side] = what.split('|');
  if (compareLexicon().tollUnits.has(unit!)) bucket = risenTolls(records, bucket);
  if (bucket.length < 2 || !twoVoices(records, bucket)) return;
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
      id: disputeId(topic.key, sides),
      topic,
      reason: 'quantity',
      sides,
      explanation: `${sides.length} figures for ${unit}${tw.subjectSide ? ` (${tw.subjectSide})` : ''} that no single value satisfies: ${sides.map((s) => s.position).join(' vs ')}`,
    });
  } else if (wantAgreements && textCount(records, bucket) >= 2) {
    const side = { ...sideOf(records, bucket, label(pos[0]!.members, pos[0]!.common)), interval: [pos[0]!.common.lo, pos[0]!.common.hi] as [number, number] };
    agreements.push({ id: hashId(`a|${topic.key}|${side.claims.join(',')}`), topic, side });
  }
}

/**
 * A later, different figure from the same named speaker (one institution in any script or form:
 * `voiceKey`) updates its earlier one ("10 killed" in the
 * morning, "14 killed" in the evening): an item is dropped when the same speaker has an item in a
 * later-published document, of another text, whose figure is incompatible with it. Repeats and
 * reprints of one figure stay; unnamed speakers and undated documents are kept as they are.
 */
function latestPerSpeaker(records: readonly ClaimRecord[], items: Item[]): Item[] {
  const latest = new Map<string, { t: number; it: Item }>();
  const timeOf = (r: ClaimRecord): number => (r.published ? Date.parse(r.published) : NaN);
  for (const it of items) {
    const r = records[it.rec]!;
    const name = voiceKey(r);
    const t = timeOf(r);
    if (!name || Number.isNaN(t)) continue;
    const cur = latest.get(name);
    if (cur === undefined || t > cur.t) latest.set(name, { t, it });
  }
  if (latest.size === 0) return items;
  return items.filter((it) => {
    const r = records[it.rec]!;
    const name = voiceKey(r);
    const t = timeOf(r);
    if (!name || Number.isNaN(t)) return true;
    const last = latest.get(name)!;
    if (t >= last.t || textKey(records[last.it.rec]!) === textKey(r)) return true;
    return compatible(it.iv!, last.it.iv!);
  });
}

/**
 * A toll its own side later reports as risen updates it (lane figures13): an item is dropped when a
 * later-published item of another text, said by an official voice of the same known side, whose
 * claim describes the toll as rising (data/toll-rising-*.tsv: "rose to", «зросла до»), is higher
 * and incompatible with it (the governor's 18 dead, then the city head's «кількість загиблих зросла
 * до 19»). A voice of the other side, an unofficial one, or a lower later figure keeps its place.
 */
function risenTolls(records: readonly ClaimRecord[], items: Item[]): Item[] {
  const timeOf = (r: ClaimRecord): number => (r.published ? Date.parse(r.published) : NaN);
  const later = items.filter((it) => {
    const r = records[it.rec]!;
    return !Number.isNaN(timeOf(r)) && (r.speaker?.side ?? null) !== null && r.speaker?.official !== false && risingWords(r.content ?? '');
  });
  if (later.length === 0) return items;
  return items.filter((it) => {
    const r = records[it.rec]!;
    const t = timeOf(r);
    const side = r.speaker?.side ?? null;
    if (Number.isNaN(t) || side === null || r.speaker?.official === false) return true;
    return !later.some((u) => {
      const ur = records[u.rec]!;
      return timeOf(ur) > t && ur.speaker!.side === side && textKey(ur) !== textKey(r) && !compatible(it.iv!, u.iv!) && u.iv!.lo >= it.iv!.lo;
    });
  });
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

/**
 * A matched status phrase as shown in a label: its words without quotation marks ("advance has
 * been "halted" → advance has been halted), white space collapsed. The fact keeps its exact span.
 */
export function phraseShown(text: string): string {
  return text.replace(/["“”„‟«»‹›]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu, '').replace(/\s+/g, ' ').trim();
}

function statusLabel(s: StatusFact, phrases: string[]): string {
  const shown = [...new Set(phrases.map(phraseShown))].slice(0, 3).map((p) => `"${p}"`).join(', ');
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
            : s.topic === 'stalemate'
              ? s.polarity > 0 ? 'the war is at a stalemate' : 'the war is not at a stalemate'
              : 'reports denied';
  return `${base} (${shown})`;
}

/**
 * Drops from status kinds every record that sits in two conflicting kinds of one bucket (facts
 * stored by an older version, or a claim saying both): one claim is never both sides of a
 * dispute. Kinds left empty are removed.
 */
function withoutSelfConflicts<K extends { fact: StatusFact; items: Item[]; direct: boolean }>(kinds: K[]): K[] {
  const kindsOf = new Map<number, number[]>();
  kinds.forEach((k, i) => {
    for (const it of k.items) {
      const l = kindsOf.get(it.rec);
      if (!l) kindsOf.set(it.rec, [i]);
      else if (!l.includes(i)) l.push(i);
    }
  });
  const bad = new Set<number>();
  for (const [rec, ks] of kindsOf) {
    if (ks.length < 2) continue;
    for (let a = 0; a < ks.length && !bad.has(rec); a++) {
      for (let b = a + 1; b < ks.length; b++) {
        if (statusConflict(kinds[ks[a]!]!.fact, kinds[ks[b]!]!.fact)) {
          bad.add(rec);
          break;
        }
      }
    }
  }
  if (bad.size === 0) return kinds;
  const out: K[] = [];
  for (const k of kinds) {
    const items = k.items.filter((it) => !bad.has(it.rec));
    if (items.length > 0) out.push({ ...k, items, direct: items.some((it) => !it.rolled) });
  }
  return out;
}

/**
 * The situation one side's voice implies by what it says of the other side's advance: "the enemy's
 * advance has been stopped, attacks repelled" stands for "the situation is in hand" (and "the enemy
 * has broken through" for the opposite). Set against a situation statement of the same side
 * ("the situation near Lyman is critical"), it is a dispute inside that side when one of the two is
 * an unofficial voice of it (an army against its own war bloggers; issue 9). An advance statement
 * about the speaker's own side, or across sides, implies nothing here (the advance topic compares it).
 */
function impliedSituationConflict(records: readonly ClaimRecord[], ka: { fact: StatusFact; items: Item[] }, kb: { fact: StatusFact; items: Item[] }): boolean {
  const [sit, adv] = ka.fact.topic === 'situation' ? [ka, kb] : [kb, ka];
  if (sit.fact.topic !== 'situation' || adv.fact.topic !== 'advance' || sit.fact.denial || adv.fact.denial) return false;
  const sideOfItems = (items: Item[]): Side | null => {
    let side: Side | null = null;
    for (const it of items) {
      const s = records[it.rec]?.speaker?.side ?? null;
      if (!s || (side && s !== side)) return null;
      side = s;
    }
    return side;
  };
  const side = sideOfItems(sit.items);
  if (!side || sideOfItems(adv.items) !== side || adv.fact.subjectSide !== opponent(side)) return false;
  if (sit.fact.subjectSide !== null && sit.fact.subjectSide !== side) return false;
  const unofficial = [...sit.items, ...adv.items].some((it) => records[it.rec]?.speaker?.official === false);
  // the enemy's advance stopped (-1) = in hand, against "critical" (-1); the enemy advancing (+1) against "in hand" (+1)
  return unofficial && sit.fact.polarity === adv.fact.polarity;
}

/** Whether every claim of `items` is by an official voice (data/actors.tsv) of one and the same known side. */
function officialsOfOneSide(records: readonly ClaimRecord[], items: readonly Item[]): boolean {
  let side: Side | null = null;
  for (const it of items) {
    const sp = records[it.rec]?.speaker;
    if (!sp || !sp.side || sp.official !== true || (side && sp.side !== side)) return false;
    side = sp.side;
  }
  return side !== null;
}

/** Whether some claim of `a` and some claim of `b` are distinct claims from different texts or different named speakers. */
function distinctVoices(records: readonly ClaimRecord[], a: readonly Item[], b: readonly Item[]): boolean {
  for (const x of a) {
    const rx = records[x.rec]!;
    for (const y of b) {
      if (x.rec === y.rec) continue;
      const ry = records[y.rec]!;
      if (textKey(rx) !== textKey(ry)) return true;
      const nx = voiceKey(rx);
      const ny = voiceKey(ry);
      if (nx && ny && nx !== ny) return true;
    }
  }
  return false;
}

function statusGroup(sink: GroupSink, bucket: Item[], from: string | null, to: string | null): void {
  const { records, disputes, agreements, wantAgreements } = sink;
  // a whole country is no topic for how an advance or a situation stands: "Russian troops are
  // advancing" placed in Ukraine and a ministry's denial of "fakes" placed in Russia speak of
  // different fronts and different things (real posts: such pairs were all false disputes)
  // (but whether the war as a whole is at a stalemate is said of the war's country: src/compare/status.ts)
  const first = bucket[0];
  if (first && first.level === 'place' && records[first.rec]!.places.some((p) => p.id === first.place && p.level === 'country')) {
    bucket = bucket.filter((it) => it.status!.topic === 'stalemate');
    if (bucket.length < 2) return;
  }
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
    // the situation is also read from what one side says of the other's advance (impliedSituation)
    const here = withoutSelfConflicts(list.filter((k) => k.fact.topic === topic || k.fact.topic === 'event' || (topic === 'situation' && k.fact.topic === 'advance')));
    const involved = new Set<number>();
    // claims that state the situation themselves: their advance statements add nothing to it
    const stated = topic === 'situation' ? new Set(here.filter((k) => k.fact.topic === 'situation').flatMap((k) => k.items.map((it) => it.rec))) : null;
    for (let a = 0; a < here.length; a++) {
      for (let b = a + 1; b < here.length; b++) {
        const ka = here[a]!;
        const kb = here[b]!;
        // In a region roll-up, a pair needs at least one claim about the region itself.
        if (!ka.direct && !kb.direct) continue;
        if (topic === 'situation' && (ka.fact.topic === 'advance' || kb.fact.topic === 'advance')) {
          const adv = ka.fact.topic === 'advance' ? ka : kb;
          if (adv.items.every((it) => stated!.has(it.rec)) || !impliedSituationConflict(records, ka, kb)) continue;
        } else if (!statusConflict(ka.fact, kb.fact)) continue;
        // ... and two distinct claims from different texts or different named speakers.
        if (!distinctVoices(records, ka.items, kb.items)) continue;
        // ... not one side's official voices alone: a side updating its own account ("the offensive goes
        // on", the next day "stopped"); inside one side a dispute sets an official voice against an
        // unofficial one (an army against its own war bloggers or commanders)
        if (ka.fact.topic === kb.fact.topic && officialsOfOneSide(records, [...ka.items, ...kb.items])) continue;
        involved.add(a);
        involved.add(b);
      }
    }
    const tw: TopicWhat = { type: 'status', topic, subjectSide: null };
    if (involved.size >= 2) {
      let kindsIn = [...involved].sort((x, y) => x - y).map((x) => here[x]!);
      // "Russia denies ..." (no topic of its own) stands with a specific denial of this topic, if any.
      const specific = kindsIn.find((k) => k.fact.topic === topic && k.items.every((it) => it.status!.denial));
      if (specific) {
        const merged = { ...specific, items: [...specific.items] };
        for (const k of kindsIn) if (k.fact.topic === 'event') merged.items.push(...k.items);
        kindsIn = kindsIn.filter((k) => k.fact.topic !== 'event').map((k) => (k === specific ? merged : k));
      }
      const items = kindsIn.flatMap((k) => k.items);
      if (!twoVoices(records, items) || oneSpeaker(records, items)) continue;
      const topicObj = topicOf(items.find((it) => !it.rolled) ?? items[0]!, tw, from, to);
      const reason: DisputeReason = items.some((it) => it.status!.denial) ? 'denial' : 'status';
      const sides = kindsIn.map((k) => ({
        ...sideOf(records, k.items, statusLabel(k.fact, [...new Set(k.items.map((it) => it.status!.text))])),
        polarity: k.fact.polarity,
      }));
      disputes.push({
        id: disputeId(topicObj.key, sides),
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
