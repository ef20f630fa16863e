/**
 * Places, step 3: facilities. A claim often names the plant, dam, bridge, hall, airport or air base
 * it is about rather than the settlement around it ("the Kursk nuclear power plant", «в «Крокус Сити
 * Холле»», «греблю Каховської ГЕС»), or names it once in a headline and then only as "the plant",
 * «станции». This step reads those names as places at the facility's settlement
 * (data/place-facilities.tsv), with the span of the name as written, and replaces the place read
 * inside the name ("Kursk" of the Kursk plant, "Kakhovka" of the Kakhovka dam, a town 10 km from
 * Nova Kakhovka). A noun of a facility's class without a name (data/place-facility-nouns.tsv) is the
 * document's facility of that class when it names just one (in its text, or in a headline the reader
 * gave apart from the text: `Doc.headline`); for a class whose list is complete (the nuclear
 * plants), also the one facility of the class in the regions its sentence names.
 */
import type { Doc } from '../doc.js';
import type { Place } from '../types.js';
import type { GazEntry, Gazetteer } from '../../geo/types.js';
import { table } from '../../lexicon/index.js';
import { escapeRegExp } from '../../util/index.js';

interface Facility {
  entry: GazEntry;
  cls: string;
}
interface Pattern {
  /** the name or noun as written in the data: its expression (`patternOf`) is built on first use (`reOf`) */
  phrase: string;
  re: RegExp | null;
  /** the pattern is written in Latin letters (English): a class noun needs "the" before it */
  latin: boolean;
  /** its first word (`stemOf`), as an index into `Lexicon.stems`: a text without it cannot match, so the pattern is not run */
  stem: number;
}
interface Lexicon {
  /** in the data's order; `stem` and `re` as in `Pattern` */
  names: { phrase: string; re: RegExp | null; row: Row; stem: number }[];
  nouns: Map<string, Pattern[]>;
  bare: Map<string, Pattern[]>;
  complete: Set<string>;
  /** the rows of data/place-facilities.tsv, in order */
  rows: Row[];
  /** every facility of a complete class, by region (ISO 3166-2): built on first use (`byRegion`) */
  byRegion: Map<string, Facility[]> | null;
  /** the distinct stems of every name and noun (a text without any of them has no facility) */
  stems: StemIndex;
}

/**
 * Which of a list of strings occur in a text, in one pass: the result is `strings.map((s) =>
 * text.includes(s))`, but found by one regular expression that stops only where some string of two or
 * more characters starts (each of those then tested with `startsWith`); shorter ones use `includes`.
 */
export class StemIndex {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private re: RegExp | null = null;
  /** the strings of two or more characters by their first two code units */
  private readonly byPair = new Map<number, number[]>();
  private readonly short: number[] = [];

  /** The index of `s`, added if new (before the first `held`). */
  add(s: string): number {
    let k = this.ids.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, k);
    }
    return k;
  }

  /** For each string (by index), whether `text` holds it. */
  held(text: string): Uint8Array {
    const out = new Uint8Array(this.strings.length);
    if (!this.re) {
      const long: string[] = [];
      this.strings.forEach((s, k) => {
        if (s.length < 2) { this.short.push(k); return; }
        long.push(s);
        const key = s.charCodeAt(0) * 65536 + s.charCodeAt(1);
        const l = this.byPair.get(key);
        if (l) l.push(k); else this.byPair.set(key, [k]);
      });
      this.re = long.length ? new RegExp(`(?=${long.map(escapeRegExp).join('|')})`, 'g') : /(?!)/g;
    }
    for (const k of this.short) if (text.includes(this.strings[k]!)) out[k] = 1;
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const i = m.index;
      for (const k of this.byPair.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) ?? []) {
        if (!out[k] && text.startsWith(this.strings[k]!, i)) out[k] = 1;
      }
      re.lastIndex = i + 1;
    }
    return out;
  }
}

const SEP = '[\\s\\u00a0«»"„“”]+';

/** The regular expression of one name or noun of the data files ('~' ends a stem). */
function patternOf(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => {
    const stem = w.endsWith('~');
    const body = escapeRegExp((stem ? w.slice(0, -1) : w).toLowerCase()).replace(/е/g, '[её]');
    return stem ? `${body}\\p{L}*` : body;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join(SEP)}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The first word of a phrase without its stem mark, lower-cased: what the text must hold for the phrase to match. */
function stemOf(phrase: string): string {
  return phrase.trim().split(/\s+/)[0]!.replace(/~$/, '').toLowerCase().replace(/ё/g, 'е');
}

/**
 * A row of data/place-facilities.tsv. Its gazetteer entry is looked up when one of its names is first
 * found (`facilityOf`), not when the lexicon is built: an id the look-ups of the text have not decoded
 * yet is found through the gazetteer's id table, which is read whole on its first use (6.5 MB), and
 * most runs meet no facility's name.
 */
interface Row {
  target: string;
  cls: string;
  /** its facility once looked up; null when the gazetteer lacks the target (as in some tests) */
  facility: Facility | null | undefined;
}

/** The expression of a name or noun, built on its first use. */
function reOf(p: { phrase: string; re: RegExp | null }): RegExp {
  return (p.re ??= patternOf(p.phrase));
}

/** The facility of a row of data/place-facilities.tsv, or null when `gaz` lacks its target. */
function facilityOf(gaz: Gazetteer, row: Row): Facility | null {
  if (row.facility === undefined) {
    const entry = gaz.get(row.target);
    row.facility = entry ? { entry, cls: row.cls } : null;
  }
  return row.facility;
}

/** Every facility of a complete class by region (ISO 3166-2), in the rows' order. */
function byRegion(gaz: Gazetteer, lex: Lexicon): Map<string, Facility[]> {
  if (lex.byRegion) return lex.byRegion;
  const out = new Map<string, Facility[]>();
  for (const row of lex.rows) {
    if (!lex.complete.has(row.cls)) continue;
    const facility = facilityOf(gaz, row);
    const entry = facility?.entry;
    if (!facility || !entry?.admin1) continue;
    const l = out.get(entry.admin1) ?? [];
    if (!l.some((f) => f.entry.id === entry.id)) l.push(facility);
    out.set(entry.admin1, l);
  }
  return (lex.byRegion = out);
}

const LEXICONS = new WeakMap<Gazetteer, Lexicon>();

/** data/place-facilities.tsv and data/place-facility-nouns.tsv, for `gaz` (a row whose target the gazetteer lacks is left out when met). */
function lexicon(gaz: Gazetteer): Lexicon {
  const known = LEXICONS.get(gaz);
  if (known) return known;
  const names: Lexicon['names'] = [];
  const rows: Row[] = [];
  const stems = new StemIndex();
  const nouns = new Map<string, Pattern[]>();
  const bare = new Map<string, Pattern[]>();
  const complete = new Set<string>();
  for (const [cls, kind, list] of table('place-facility-nouns.tsv')) {
    if (!cls || !kind || !list) throw new Error(`sitrep: data/place-facility-nouns.tsv: bad row "${cls ?? ''}"`);
    if (kind === 'complete') { complete.add(cls); continue; }
    const into = kind === 'noun' ? nouns : kind === 'bare' ? bare : null;
    if (!into) throw new Error(`sitrep: data/place-facility-nouns.tsv: unknown kind "${kind}"`);
    for (const phrase of list.split('|')) {
      if (!phrase.trim()) continue;
      const stem = stems.add(stemOf(phrase));
      const l = into.get(cls) ?? [];
      l.push({ phrase, re: null, latin: !/[\u0400-\u04ff]/u.test(phrase), stem });
      into.set(cls, l);
    }
  }
  for (const [target, cls, list] of table('place-facilities.tsv')) {
    if (!target || !cls || !list) continue;
    if (!nouns.has(cls) && !bare.has(cls)) throw new Error(`sitrep: data/place-facilities.tsv: class "${cls}" has no nouns in data/place-facility-nouns.tsv`);
    const row: Row = { target, cls, facility: undefined };
    rows.push(row);
    for (const phrase of list.split('|')) {
      if (!phrase.trim()) continue;
      const stem = stems.add(stemOf(phrase));
      names.push({ phrase, re: null, row, stem });
    }
  }
  const lex: Lexicon = { names, nouns, bare, complete, rows, byRegion: null, stems };
  LEXICONS.set(gaz, lex);
  return lex;
}

interface Hit {
  start: number;
  end: number;
  facility: Facility;
  rule: 'facility' | 'facility-noun' | 'facility-region' | 'facility-bare';
}

/** Every match of `re` in `text`, as [start, end). */
function matches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** A Russian or Ukrainian adjective ending: a word before a class noun that makes it another one («железнодорожной станции», «залізнична станція»); not an adverb's («ниже плотины»). */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ій|ої|ою|ім|(?:н|ськ|цьк|ов|ев|зь)[аеуі])$/u;

/** Whether a class noun at [start, end) stands alone: "the" right before an English one, no adjective right before a Cyrillic one. */
function definite(text: string, start: number, latin: boolean): boolean {
  const before = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (latin) return !!before && before[1]!.toLowerCase() === 'the';
  if (!before) return true;
  const w = before[1]!;
  // a preposition or another short word is no adjective («на станции», «по ГЭС»)
  return w.length <= 3 || !/^[\u0400-\u04ff]+$/u.test(w) || !ADJECTIVE.test(w.toLowerCase());
}

/** The place of a facility hit, with the span of its words. */
function placeOf(doc: Doc, h: Hit, role: Place['role']): Place {
  const e = h.facility.entry;
  return {
    start: h.start, end: h.end, text: doc.text.slice(h.start, h.end), name: e.name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon,
    level: e.level, id: e.id, role, variants: [], match: 'facility',
    why: { stage: 'places', rule: h.rule },
  };
}

/**
 * The places of `doc` with its facilities read (see the file comment): `places` (sorted by start)
 * without the places inside a facility's name, and the facilities' places, sorted by start.
 */
export function withFacilities(doc: Doc, gaz: Gazetteer, places: readonly Place[]): Place[] {
  const text = doc.text;
  const lex = lexicon(gaz);
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  const held = lex.stems.held(lower);
  if (!held.includes(1)) return places as Place[];
  // the facilities a headline the text does not hold names (context for the class nouns, no spans)
  const headline = doc.headline && !text.includes(doc.headline) ? doc.headline : null;
  // (only the names whose first word the headline holds, as for the text below: their expressions are built on first use)
  const headlineHeld = headline ? lex.stems.held(headline.toLowerCase().replace(/ё/g, 'е')) : null;
  const titled: Facility[] = headline ? lex.names.flatMap((n) => (headlineHeld![n.stem] && matches(reOf(n), headline).length > 0 ? facilityOf(gaz, n.row) ?? [] : [])) : [];
  // 1. names, longest first; a shorter name inside a longer one is not read again
  const named: Hit[] = [];
  for (const n of lex.names) {
    if (!held[n.stem]) continue;
    const found = matches(reOf(n), text);
    const facility = found.length > 0 ? facilityOf(gaz, n.row) : null;
    if (facility) for (const [s, e] of found) named.push({ start: s, end: e, facility, rule: 'facility' });
  }
  named.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const hits: Hit[] = [];
  const free = (s: number, e: number): boolean => !hits.some((h) => h.start < e && h.end > s);
  for (const h of named) if (free(h.start, h.end)) hits.push(h);
  // 2. class nouns: the document's one named facility of the class; for a complete class, the one
  // facility of the class in the regions the sentence (else the document) names
  const distinct = (l: readonly Hit[]): Facility[] => [...new Map(l.map((h) => [h.facility.entry.id, h.facility])).values()];
  const regionsIn = (s: number, e: number): Set<string> => new Set(places.filter((p) => p.start >= s && p.end <= e && p.admin1 && p.level !== 'country' && p.role !== 'name').map((p) => p.admin1!));
  const nounHits: Hit[] = [];
  const withTitled = (l: Facility[]): Facility[] => [...new Map([...titled, ...l].map((f) => [f.entry.id, f])).values()];
  for (const [cls, pats] of lex.nouns) {
    const ofClass = withTitled(distinct(hits.filter((h) => h.facility.cls === cls))).filter((f) => f.cls === cls);
    // a noun reads as a facility only when the document names one facility of its class, or none of a complete class
    if (ofClass.length > 1 || (ofClass.length === 0 && !lex.complete.has(cls))) continue;
    for (const p of pats) {
      if (!held[p.stem]) continue;
      for (const [s, e] of matches(reOf(p), text)) {
        if (!free(s, e) || nounHits.some((h) => h.start < e && h.end > s) || !definite(text, s, p.latin)) continue;
        let facility: Facility | null = ofClass.length === 1 ? ofClass[0]! : null;
        let rule: Hit['rule'] = 'facility-noun';
        if (!facility && ofClass.length === 0 && lex.complete.has(cls)) {
          const sent = doc.sentences.find((x) => x.start <= s && x.end >= e);
          for (const regions of [sent ? regionsIn(sent.start, sent.end) : new Set<string>(), regionsIn(0, text.length)]) {
            if (regions.size === 0) continue;
            const found = [...regions].flatMap((r) => byRegion(gaz, lex).get(r) ?? []);
            if (found.length === 1) { facility = found[0]!; rule = 'facility-region'; }
            break;
          }
        }
        if (facility) nounHits.push({ start: s, end: e, facility, rule });
      }
    }
  }
  hits.push(...nounHits);
  // 3. bare nouns ("the plant", «станции»): the document's only facility, named before them
  const all = withTitled(distinct(hits));
  if (all.length === 1) {
    const only = all[0]!;
    const first = titled.length > 0 ? 0 : Math.min(...hits.map((h) => h.start));
    for (const p of lex.bare.get(only.cls) ?? []) {
      if (!held[p.stem]) continue;
      for (const [s, e] of matches(reOf(p), text)) {
        if (s < first || !free(s, e) || !definite(text, s, p.latin)) continue;
        hits.push({ start: s, end: e, facility: only, rule: 'facility-bare' });
      }
    }
  }
  if (hits.length === 0) return places as Place[];
  // a place read inside a facility's words gives way to it, and lends it its role (a facility's
  // name inside an organisation's name, or one that speaks, stays what it was)
  const out: Place[] = [];
  const roles = new Map<Hit, Place['role']>();
  for (const p of places) {
    const h = hits.find((x) => x.start < p.end && x.end > p.start);
    if (!h) out.push(p);
    else if (p.role && p.role !== 'place' && !roles.has(h)) roles.set(h, p.role);
  }
  for (const h of hits) out.push(placeOf(doc, h, roles.get(h) ?? 'place'));
  return out.sort((a, b) => a.start - b.start);
}
