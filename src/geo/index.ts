/**
 * The gazetteer: loads data/generated/gazetteer.bin (built by scripts/build-gazetteer.mjs) and looks
 * names up. Opening reads only the header; a key table's first PROBE_READS probes read only the
 * slots, key and postings they meet from the file, then the table is read whole (one read,
 * typed-array views over it); each entry's record is read and decoded on demand (the first
 * RECORD_READS one by one, then the whole records section at once). The
 * file is 73 MB and a process touches a small part of the records: on a virtual machine the first
 * touch of each page of a fresh buffer costs about 10 µs of system time, so reading the whole file
 * cost about 0.2 s of CPU per process (or worker thread), more than a short document's analysis.
 * The open file stays open while the gazetteer lives (`npm run build:gazetteer` writes a new file
 * and renames it, so the open one never changes underneath).
 *
 * File format (all integers little-endian): the 8 bytes "SITREPGZ", a uint32 header length, the
 * header (UTF-8 JSON: format, entry count, admin-1 and country indexes, and the byte [offset,
 * length] of each section relative to the data area, which starts at the next multiple of 8), then:
 * - `records`: one UTF-8 line per entry, tab-separated: id, name, country, admin1, lat, lon, level,
 *   featureCode, population, source, number of preferred variants, variants (U+001F-separated,
 *   preferred first); `recOffsets` (uint32, entries + 1) are their byte offsets;
 * - two open-addressing hash tables, `L` (Latin keys: `toLatin` of every variant) and `S`
 *   (skeleton keys), each as `slots` (uint32: key index + 1, 0 = empty; linear probing; FNV-1a hash
 *   over UTF-16 code units), `keyOffsets`/`keys` (the UTF-8 key strings), `postOffsets`/`postings`
 *   (uint32: entry index × 256 + variant index); and a third table `I` of the same shape from
 *   entry ids to their entry (one posting, entry index × 256).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ErrorCode, SitrepError } from '../errors.js';
import {
  BARE_STEM_MIN_POPULATION, bareStemReading, fold, inflectionBasesOfFolded, keyHash, keyHashOfAscii, latinKeyHash, letterCount, MIN_INFLECTED_LETTERS, skeletonOfLatin, transliterate,
} from './keys.js';
import { table } from '../lexicon/index.js';
import { BoundedMemo, hasCyrillic } from '../util/index.js';
import type { Candidate, GazEntry, GazSource, Gazetteer, MatchKind, PlaceLevel } from './types.js';

export type { Candidate, GazEntry, GazSource, Gazetteer, MatchKind, PlaceLevel } from './types.js';
export { distanceKm } from './distance.js';
export { fold, toLatin, skeleton, transliterate, inflectionBases } from './keys.js';
export { hasCyrillic } from '../util/index.js';

/** Where `npm run build:gazetteer` writes the gazetteer. */
export const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL('../../../data/generated/gazetteer.bin', import.meta.url));

const MAGIC = 'SITREPGZ';
/** Longest surface form looked up (longer strings find nothing). */
const MAX_SURFACE = 200;
/** Most look-up results kept in memory per gazetteer (see `GazetteerFile.lookup`). */
const LOOKUP_MEMO = 50_000;
const FORMAT = 2;
/**
 * Records read one at a time (a read each into a reused buffer, 5–10 µs with the decoding) before
 * the whole section (28 MB, 0.12–0.15 s of first-touch page faults) is read: a short run decodes
 * about a thousand entries, the 840 PolNeAR train articles about 10,000 (one by one 0.10–0.14 CPU s,
 * against 0.21–0.34 s for 4,000 reads and then the section, measured side by side), so the section
 * pays only for runs that decode several times that.
 */
const RECORD_READS = 30_000;
/**
 * Probes of each key table answered from the file before the whole table is read. `L` and `S` are
 * 22 and 15 MB, whose reading cost about 0.12 CPU-s (first-touch page faults) in every process that
 * looked a place up; a probe from the file reads each slot, key and postings list it meets (three to
 * five reads, 10–20 µs of CPU against well under 1 µs in a table read whole). A one-article run
 * probes each table about 120 times, 100 PolNeAR articles about 2,900, the 840 of PolNeAR train
 * about 18,000: so the first thousand, which cost a run that goes on about 0.03 CPU-s more, spare a
 * short run the 0.12 s (bench/README.md, "Start-up cost").
 */
const PROBE_READS = 1_000;
/** The sections of each key table. */
const TABLE_PARTS = ['slots', 'keyOffsets', 'keys', 'postOffsets', 'postings'] as const;
/** Closes a gazetteer's file when the gazetteer is garbage-collected. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

interface Header {
  format: number;
  built: string;
  entries: number;
  admin1: Record<string, number>;
  countries: Record<string, number>;
  sections: Record<string, [number, number]>;
}

/** The key tables: Latin keys, skeleton keys, entry ids. */
type TableName = 'L' | 'S' | 'I';

interface KeyTable {
  slots: Uint32Array;
  mask: number;
  keyOffsets: Uint32Array;
  keys: Buffer;
  postOffsets: Uint32Array;
  postings: Uint32Array;
}

/** A candidate and its internal rank (match strength; lower is stronger). */
interface Ranked {
  c: Candidate;
  rank: number;
}

/** An entry with its names, as decoded from the file. */
interface Decoded {
  entry: GazEntry;
  variants: string[];
  prefCount: number;
}

/** Match strength for ordering; exact and fold are equal (case and punctuation are weak evidence: "St. Petersburg"). */
const MATCH_RANK: Record<MatchKind, number> = { exact: 0, fold: 0, translit: 2, skeleton: 3, inflection: 4 };
/** Among equally good matches: countries, then towns, then regions and villages. */
const LEVEL_RANK: Record<PlaceLevel, number> = { country: 0, city: 1, admin1: 2, village: 3, admin2: 4 };
const LEVELS = new Set<string>(['country', 'admin1', 'admin2', 'city', 'village']);
const SOURCES = new Set<string>(['geonames', 'wof', 'naturalearth', 'country', 'curated']);

/**
 * Whether the bytes b[s, e) are `key` encoded in UTF-8 as `Buffer.write` encodes it (a lone
 * surrogate as U+FFFD), so that the answer is that of encoding the key and comparing the bytes.
 */
export function utf8Equals(b: Uint8Array, s: number, e: number, key: string): boolean {
  let p = s;
  const n = key.length;
  for (let i = 0; i < n; i++) {
    let c = key.charCodeAt(i);
    if (c < 0x80) {
      if (p >= e || b[p] !== c) return false;
      p += 1;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > e || b[p] !== (0xc0 | (c >> 6)) || b[p + 1] !== (0x80 | (c & 0x3f))) return false;
      p += 2;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = key.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        if (p + 4 > e || b[p] !== (0xf0 | (cp >> 18)) || b[p + 1] !== (0x80 | ((cp >> 12) & 0x3f)) ||
          b[p + 2] !== (0x80 | ((cp >> 6) & 0x3f)) || b[p + 3] !== (0x80 | (cp & 0x3f))) return false;
        p += 4;
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
    if (p + 3 > e || b[p] !== (0xe0 | (c >> 12)) || b[p + 1] !== (0x80 | ((c >> 6) & 0x3f)) || b[p + 2] !== (0x80 | (c & 0x3f))) return false;
    p += 3;
  }
  return p === e;
}

/** `keyHash` of key k of a table (an ASCII key hashed from its bytes, another decoded). */
function keyHashAt(t: KeyTable, k: number): number {
  const s = t.keyOffsets[k]!;
  const e = t.keyOffsets[k + 1]!;
  return keyHashOfAscii(t.keys, s, e) ?? keyHash(t.keys.toString('utf8', s, e));
}

let prepositions: Set<string> | null = null;
/** Russian/Ukrainian prepositions that may open a surface form ("в Харькове"): data/place-prepositions.txt. */
function prepositionSet(): Set<string> {
  if (!prepositions) prepositions = new Set(table('place-prepositions.txt').map((r) => r[0]!.toLowerCase()));
  return prepositions;
}

let cyrillicCountries: Set<string> | null = null;
/** Countries that write place names in Cyrillic: data/place-cyrillic-countries.txt. */
function cyrillicCountrySet(): Set<string> {
  if (!cyrillicCountries) cyrillicCountries = new Set(table('place-cyrillic-countries.txt').map((r) => r[0]!.toUpperCase()));
  return cyrillicCountries;
}

/** Whether the country (ISO 3166-1 alpha-2) writes its place names in Cyrillic (data/place-cyrillic-countries.txt). */
export function cyrillicCountry(code: string | null | undefined): boolean {
  return !!code && cyrillicCountrySet().has(code.toUpperCase());
}

/**
 * Whether a bare-stem reading (a genitive plural with the empty ending: "Сум" → Суми) may name this
 * entry: a town of at least `minPopulation` people or a region, and only in a country that writes
 * in Cyrillic, whose plural town names («Суми», «Луки») the reading is for (lane fixF: «Лук» is no
 * Luqa, a region of Malta, nor Lucca).
 */
export function bareStemMay(e: { population: number; level: string | null; country: string | null }, minPopulation: number): boolean {
  if (e.level === 'country') return true;
  if (!cyrillicCountry(e.country)) return false;
  return e.level === 'admin1' || e.population >= minPopulation;
}

/**
 * Whether a Cyrillic surface form may meet this entry through a Latin name (transliteration,
 * skeleton, inflection): only when the entry has a Cyrillic name of its own or lies in a country
 * that writes in Cyrillic. "Как" is no Wielki Kack (PL), "ОВА" no Iowa (US).
 */
function cyrillicReachable(d: Decoded): boolean {
  if (d.entry.country && cyrillicCountrySet().has(d.entry.country)) return true;
  return d.variants.some(hasCyrillic);
}

/** A loaded gazetteer file. Use `loadGazetteer()` to get the shared default instance. */
export class GazetteerFile implements Gazetteer {
  readonly size: number;
  /** Where it was loaded from. */
  readonly path: string;
  /** When it was built (ISO 8601). */
  readonly built: string;
  /** The open file (closed when the gazetteer is garbage-collected). */
  private readonly fd: number;
  /** File offset of the `records` section. */
  private readonly recordsAt: number;
  /** Byte offset and length of each section in the file. */
  private readonly sections: Map<string, [number, number]>;
  private recOffsetsRead: Uint32Array | null = null;
  /** Each key table once read whole (see PROBE_READS), and the probes answered from the file so far. */
  private readonly tables: Record<TableName, KeyTable | null> = { L: null, S: null, I: null };
  private readonly fileProbes: Record<TableName, number> = { L: 0, S: 0, I: 0 };
  /** Scratch space for a slot, a key's offsets or its bytes, read by a probe from the file. */
  private readonly probeBuf = Buffer.allocUnsafe(1024);
  /** The whole `records` section, once more than RECORD_READS records have been read one by one. */
  private records: Buffer | null = null;
  /** Records read one by one so far. */
  private recordReads = 0;
  /** Scratch space for one record (records are short; a longer one gets its own buffer). */
  private readonly recBuf = Buffer.allocUnsafe(4096);
  private readonly admin1Index: Record<string, number>;
  private readonly countryIndex: Record<string, number>;
  /** Decoded entries by index (more than 100,000: cleared). */
  private readonly cache = new BoundedMemo<number, Decoded>(100_001);
  private readonly decodeOnce = (i: number): Decoded => this.decodeEntry(i);
  /**
   * Results of `lookup` by surface form. A look-up depends only on the file, so the same surface
   * always gets the same (shared, never changed) array; bounded: cleared when full.
   */
  private readonly found = new BoundedMemo<string, Candidate[]>(LOOKUP_MEMO);
  /**
   * `keyHash` of each key of `L` by key index, each computed on its first use (see `probeLatinOf`;
   * hashing all 600,000 keys up front cost 60–80 ms of CPU per process, and a run probes a few
   * thousand); `lHashed` marks the ones computed.
   */
  private lHashes: Uint32Array | null = null;
  private lHashed: Uint8Array | null = null;
  /**
   * Entry index by id for the entries decoded so far, when the file's ids are unique (one `I` key
   * and one posting per entry, seen from the section sizes): the ids that `get` and `variantsOf`
   * are asked for are nearly always of entries already decoded by a look-up, and this answers them
   * without reading the `I` table (6.5 MB) or probing it, with the same index.
   */
  private readonly decodedIds: Map<string, number> | null;
  private readonly lookupOnceFn = (surface: string): Candidate[] => this.lookupOnce(surface);

  /** Opens a gazetteer file; throws a SitrepError naming the file when it is missing or damaged. */
  constructor(path: string = DEFAULT_GAZETTEER_PATH) {
    this.path = path;
    const damaged = (why: string): SitrepError =>
      new SitrepError(ErrorCode.Unreadable, `gazetteer ${path} is damaged: ${why}`, 'rebuild it: npm run build:gazetteer -- --force');
    if (!existsSync(path)) {
      throw new SitrepError(ErrorCode.NotFound, `gazetteer ${path} not found`, 'build it: npm run build:gazetteer');
    }
    const fd = openSync(path, 'r');
    let ok = false;
    try {
      const fileSize = fstatSync(fd).size;
      const head = this.readAt(fd, 0, Math.min(12, fileSize));
      if (head.length < 12 || head.toString('latin1', 0, 8) !== MAGIC) throw damaged('not a sitrep gazetteer');
      const hlen = head.readUInt32LE(8);
      if (12 + hlen > fileSize) throw damaged('truncated header');
      let header: Header;
      try {
        header = JSON.parse(this.readAt(fd, 12, hlen).toString('utf8')) as Header;
      } catch {
        throw damaged('unreadable header');
      }
      if (header.format !== FORMAT) throw damaged(`format ${header.format}, expected ${FORMAT}`);
      const start = (12 + hlen + 7) & ~7;
      this.sections = new Map();
      for (const p of ['records', 'recOffsets', ...['L', 'S', 'I'].flatMap((t) => TABLE_PARTS.map((x) => `${t}.${x}`))]) {
        const sec = header.sections?.[p];
        if (!sec || start + sec[0] + sec[1] > fileSize) throw damaged(`section ${p} missing or truncated`);
        if (p !== 'records' && !p.endsWith('.keys') && sec[1] % 4 !== 0) throw damaged(`section ${p} is not a uint32 array`);
        this.sections.set(p, [start + sec[0], sec[1]]);
      }
      this.size = header.entries;
      if (this.sections.get('recOffsets')![1] / 4 !== this.size + 1) throw damaged('entry count does not match the record index');
      this.recordsAt = this.sections.get('records')![0];
      this.built = header.built;
      this.admin1Index = header.admin1 ?? {};
      this.countryIndex = header.countries ?? {};
      this.fd = fd;
      this.decodedIds = this.sections.get('I.keyOffsets')![1] / 4 === this.size + 1 && this.sections.get('I.postings')![1] / 4 === this.size ? new Map() : null;
      ok = true;
    } finally {
      if (!ok) closeSync(fd);
    }
    openFiles.register(this, fd);
  }

  /**
   * `length` bytes of the file at `offset`, at the start of `into` when given (a reused buffer at
   * least that long), else in a fresh buffer of their own (offset 0 of its memory). `what` names
   * the damage when the file ends first.
   */
  private readAt(fd: number, offset: number, length: number, into?: Buffer, what = 'file shorter than its header says'): Buffer {
    const b = into ?? Buffer.allocUnsafeSlow(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, b, done, length - done, offset + done);
      if (n === 0) throw new SitrepError(ErrorCode.Unreadable, `gazetteer ${this.path} is damaged: ${what}`, 'rebuild it: npm run build:gazetteer -- --force');
      done += n;
    }
    return b;
  }

  /** A uint32 section, read from the file. */
  private u32(name: string): Uint32Array {
    const [o, l] = this.sections.get(name)!;
    const b = this.readAt(this.fd, o, l);
    return new Uint32Array(b.buffer, b.byteOffset, l / 4);
  }

  /** A key table, read from the file. */
  private keyTable(p: string): KeyTable {
    const slots = this.u32(`${p}.slots`);
    const [ko, kl] = this.sections.get(`${p}.keys`)!;
    return {
      slots, mask: slots.length - 1, keyOffsets: this.u32(`${p}.keyOffsets`), keys: this.readAt(this.fd, ko, kl),
      postOffsets: this.u32(`${p}.postOffsets`), postings: this.u32(`${p}.postings`),
    };
  }

  /**
   * Key table `p` (`L`: `toLatin` of every variant; `S`: skeleton keys; `I`: entry ids) once it has
   * been read whole, else null while its probes are answered from the file; counts a probe, and
   * reads the table whole at the PROBE_READS-th.
   */
  private table(p: TableName): KeyTable | null {
    const t = this.tables[p];
    if (t !== null) return t;
    if (++this.fileProbes[p] <= PROBE_READS) return null;
    return (this.tables[p] = this.keyTable(p));
  }

  /** The uint32s at indexes `i` and `i + 1` of a uint32 section, read from the file. */
  private u32PairAt(section: [number, number], i: number): [number, number] {
    const b = this.readAt(this.fd, section[0] + i * 4, 8, this.probeBuf, 'key table cut short');
    return [b.readUInt32LE(0), b.readUInt32LE(4)];
  }

  /** The uint32 at index `i` of a uint32 section, read from the file. */
  private u32At(section: [number, number], i: number): number {
    return this.readAt(this.fd, section[0] + i * 4, 4, this.probeBuf, 'key table cut short').readUInt32LE(0);
  }

  /** Byte offsets of the records in the `records` section (read on first use). */
  private get recOffsets(): Uint32Array {
    return (this.recOffsetsRead ??= this.u32('recOffsets'));
  }

  /** Postings (entry × 256 + variant) of a key in key table `p`, or null. */
  private probe(p: TableName, key: string): Uint32Array | null {
    if (!key) return null;
    const t = this.table(p);
    return t === null ? this.probeFile(p, key) : this.probeTable(t, key);
  }

  /** `probeFile`, or null for the empty key (as `probe`). */
  private probeFileOrNull(p: TableName, key: string): Uint32Array | null {
    return key ? this.probeFile(p, key) : null;
  }

  /**
   * `probeTable` of a table not read: the same probe sequence and comparison, reading each slot,
   * key and the postings found from the file (`table` says when).
   */
  private probeFile(p: TableName, key: string): Uint32Array | null {
    const slots = this.sections.get(`${p}.slots`)!;
    const keyOffsets = this.sections.get(`${p}.keyOffsets`)!;
    const keys = this.sections.get(`${p}.keys`)!;
    const mask = slots[1] / 4 - 1;
    for (let h = keyHash(key) & mask; ; h = (h + 1) & mask) {
      const slot = this.u32At(slots, h);
      if (slot === 0) return null;
      const k = slot - 1;
      const [s, e] = this.u32PairAt(keyOffsets, k);
      const len = e - s;
      const b = this.readAt(this.fd, keys[0] + s, len, len <= this.probeBuf.length ? this.probeBuf : undefined, 'key table cut short');
      if (utf8Equals(b, 0, len, key)) {
        const [ps, pe] = this.u32PairAt(this.sections.get(`${p}.postOffsets`)!, k);
        const n = pe - ps;
        const postings = this.readAt(this.fd, this.sections.get(`${p}.postings`)![0] + ps * 4, n * 4, undefined, 'key table cut short');
        return new Uint32Array(postings.buffer, postings.byteOffset, n);
      }
    }
  }

  /** Postings (entry × 256 + variant) of a key in a table read whole, or null. */
  private probeTable(t: KeyTable, key: string): Uint32Array | null {
    let h = keyHash(key) & t.mask;
    // most probes (inflection bases) meet an empty slot at once; a key in a slot is compared with
    // the probed one in place, byte by byte (`utf8Equals`: no encoding into a buffer, no call out of
    // JavaScript for a comparison that mostly fails at its first bytes)
    for (;;) {
      const slot = t.slots[h]!;
      if (slot === 0) return null;
      const k = slot - 1;
      if (utf8Equals(t.keys, t.keyOffsets[k]!, t.keyOffsets[k + 1]!, key)) {
        return t.postings.subarray(t.postOffsets[k]!, t.postOffsets[k + 1]!);
      }
      h = (h + 1) & t.mask;
    }
  }

  /**
   * `probe(L, transliterate(folded))`, but most keys (inflection bases) are absent and meet an empty
   * slot at once: that is seen from the key's hash, computed without building the Latin string.
   */
  private probeLatinOf(folded: string): Uint32Array | null {
    const h = latinKeyHash(folded);
    const t = this.table('L');
    // (a table not read yet is probed from the file, which compares the key with each one met)
    if (t === null) return this.probeFileOrNull('L', transliterate(folded));
    if (h >= 0) {
      const n = t.keyOffsets.length - 1;
      const hashes = (this.lHashes ??= new Uint32Array(Math.max(0, n)));
      const hashed = (this.lHashed ??= new Uint8Array(Math.max(0, n)));
      // walk the probe sequence comparing full hashes: only a key of the same hash can be the one
      for (let i = h & t.mask; ; i = (i + 1) & t.mask) {
        const slot = t.slots[i]!;
        if (slot === 0) return null;
        const k = slot - 1;
        if (hashed[k] === 0) {
          hashes[k] = keyHashAt(t, k);
          hashed[k] = 1;
        }
        if (hashes[k] === h) break;
      }
    }
    const key = transliterate(folded);
    return key ? this.probeTable(t, key) : null;
  }

  /** The decoded entry at an index (cached). */
  private decode(i: number): Decoded {
    return this.cache.get(i, this.decodeOnce);
  }

  private decodeEntry(i: number): Decoded {
    const offsets = this.recOffsets;
    const s = offsets[i]!;
    const len = offsets[i + 1]! - s;
    let line: string;
    if (this.records === null && ++this.recordReads > RECORD_READS) {
      const [o, l] = this.sections.get('records')!;
      this.records = this.readAt(this.fd, o, l);
    }
    if (this.records !== null) line = this.records.toString('utf8', s, s + len);
    else {
      const b = this.readAt(this.fd, this.recordsAt + s, len, len <= this.recBuf.length ? this.recBuf : undefined, `record ${i} cut short`);
      line = b.toString('utf8', 0, len);
    }
    const c = line.split('\t');
    const level = c[6]!;
    const source = c[9]!;
    const entry: GazEntry = {
      id: c[0]!, name: c[1]!, country: c[2] || null, admin1: c[3] || null, lat: Number(c[4]), lon: Number(c[5]),
      level: (LEVELS.has(level) ? level : 'village') as PlaceLevel, featureCode: c[7]!, population: Number(c[8]) || 0,
      source: (SOURCES.has(source) ? source : 'curated') as GazSource,
    };
    // Entries are shared by every look-up that finds them: frozen, so that no caller can change them.
    Object.freeze(entry);
    this.decodedIds?.set(entry.id, i);
    const d: Decoded = { entry, variants: c[11] ? c[11].split('\u001f') : [], prefCount: Number(c[10]) || 0 };
    return d;
  }

  /**
   * Every entry one of whose names matches `surface`, strongest first (see `compareCandidates`):
   * by match kind, then prominence (population on a log scale, a bonus for countries and admin-1
   * regions, and for current/official names over old or other ones). Each entry appears once, with
   * its strongest match. Cyrillic forms are also tried without a leading preposition ("в Харькове")
   * and through their case endings ("Курской области" → "Курская область"); an inflected form whose
   * nominative is one of the entry's own Cyrillic names ranks before a mere transliteration match
   * between two Cyrillic spellings (Russian "Харькове" is not Ukrainian "Харкове").
   */
  lookup(surface: string): Candidate[] {
    // No place name is this long: don't fold and transliterate megabytes of hostile input.
    if (surface.length > MAX_SURFACE) return [];
    return this.found.get(surface, this.lookupOnceFn);
  }

  private lookupOnce(surface: string): Candidate[] {
    const f = fold(surface);
    if (!f) return [];
    const out = new Map<number, Ranked>();
    const latin = transliterate(f);
    const cyr = hasCyrillic(f);
    this.collect(out, this.probe('L', latin), (v) => {
      if (v === surface) return ['exact', 0];
      if (fold(v) === f) return ['fold', 0];
      // A Cyrillic form that only meets a name through transliteration (Russian "Харькове" and
      // the village Kharkove/Харкове) is weaker evidence than a Latin one meeting a Cyrillic name.
      return ['translit', cyr ? 2.6 : 2];
    }, 0, cyr);
    this.collect(out, this.probe('S', skeletonOfLatin(latin)), () => ['skeleton', 3], 0, cyr);
    if (cyr) {
      const words = f.split(' ');
      if (words.length > 1 && prepositionSet().has(words[0]!) && out.size === 0) {
        const rest = surface.trim().split(/\s+/).slice(1).join(' ');
        if (rest) return this.lookup(rest);
      }
      for (const base of inflectionBasesOfFolded(f)) {
        this.collect(out, this.probeLatinOf(base),
          (v) => ['inflection', fold(v) === base ? 2.5 : 3.5], MIN_INFLECTED_LETTERS, true,
          bareStemReading(f, base) ? BARE_STEM_MIN_POPULATION : 0);
      }
    }
    return rankCandidates([...out.values()]);
  }

  private collect(out: Map<number, Ranked>, posts: Uint32Array | null, kind: (variant: string) => [MatchKind, number], minLetters = 0, cyrSurface = false, minPopulation = 0): void {
    if (!posts) return;
    for (let j = 0; j < posts.length; j++) {
      const p = posts[j]!;
      const i = Math.floor(p / 256);
      const vi = p % 256;
      const d = this.decode(i);
      const variant = d.variants[vi];
      if (variant === undefined) continue;
      if (minLetters > 0 && letterCount(variant) < minLetters) continue;
      if (cyrSurface && !hasCyrillic(variant) && !cyrillicReachable(d)) continue;
      // (a bare-stem reading names only a town of some size, or a region, of a Cyrillic country: see BARE_STEM_MIN_POPULATION)
      if (minPopulation > 0 && !bareStemMay(d.entry, minPopulation)) continue;
      const [match, rank] = kind(variant);
      const prev = out.get(i);
      const preferred = vi < d.prefCount;
      if (prev && (prev.rank < rank || (prev.rank === rank && (prev.c.preferred || !preferred) &&
        !(match === 'exact' && prev.c.match === 'fold')))) continue;
      out.set(i, { c: { entry: d.entry, variant, match, preferred }, rank });
    }
  }

  /** The entry with this id. */
  get(id: string): GazEntry | undefined {
    const i = this.indexOf(id);
    return i === undefined ? undefined : this.decode(i).entry;
  }

  private indexOf(id: string): number | undefined {
    const known = this.decodedIds?.get(id);
    if (known !== undefined) return known;
    const p = this.probe('I', id);
    return p && p.length > 0 ? Math.floor(p[0]! / 256) : undefined;
  }

  /** All names of an entry (preferred first), or undefined for an unknown id. */
  variantsOf(id: string): { preferred: string[]; other: string[] } | undefined {
    const i = this.indexOf(id);
    if (i === undefined) return undefined;
    const d = this.decode(i);
    return { preferred: d.variants.slice(0, d.prefCount), other: d.variants.slice(d.prefCount) };
  }

  /** The display name of the entry at an index (0 ≤ index < size); for benchmarks and sampling. */
  decodeName(index: number): string | undefined {
    return index >= 0 && index < this.size ? this.decode(index).entry.name : undefined;
  }

  /** The admin-1 entry for an ISO 3166-2 code ("UA-63", "RU-KRS"), if the gazetteer has it. */
  admin1(code: string): GazEntry | undefined {
    const i = this.admin1Index[code];
    return i === undefined ? undefined : this.decode(i).entry;
  }

  /** The country entry for an ISO 3166-1 alpha-2 code ("UA"). */
  country(iso2: string): GazEntry | undefined {
    const i = this.countryIndex[iso2];
    return i === undefined ? undefined : this.decode(i).entry;
  }

  /** ISO 3166-2 codes of all admin-1 entries (of one country when `iso2` is given). */
  admin1Codes(iso2?: string): string[] {
    const all = Object.keys(this.admin1Index);
    return iso2 ? all.filter((c) => c.startsWith(`${iso2}-`)) : all;
  }
}

/**
 * Prominence of a candidate: log10(population + 1), plus 1 for a current/official name, plus 3 for a
 * country or continent, plus 1 for a national capital (PPLC: "Washington" is first the capital).
 * An admin-1 region's population (the sum of its GeoNames places') counts a quarter, since a bare
 * region name is mentioned less than a town of its size; one without any counts as 25,000 people.
 */
export function prominence(c: Candidate): number {
  const e = c.entry;
  const pop = e.level === 'admin1' ? (e.population || 1e5) / 4 : e.population;
  return Math.log10(pop + 1) + (c.preferred ? 1 : 0) + (e.level === 'country' ? 3 : 0) + (e.featureCode === 'PPLC' ? 1 : 0);
}

const CAPITALS = new Set(['PPLA', 'PPLC']);

/**
 * Sorts ranked candidates: internal match rank, then prominence, except that a region ranks just
 * after a city of the same name inside it that is its capital or has 100,000 people (Kharkiv the
 * city before Kharkiv Oblast, New York City before the state), while Ontario the province still
 * outranks Ontario, California.
 */
function rankCandidates(list: Ranked[]): Candidate[] {
  const prom = new Map<Ranked, number>();
  for (const x of list) prom.set(x, prominence(x.c));
  for (const a of list) {
    if (a.c.entry.level !== 'admin1') continue;
    for (const c of list) {
      const e = c.c.entry;
      if (c.rank === a.rank && e.level === 'city' && e.admin1 === a.c.entry.admin1 && (CAPITALS.has(e.featureCode) || e.population >= 100_000)) {
        prom.set(a, Math.min(prom.get(a)!, prom.get(c)! - 0.001));
      }
    }
  }
  return list
    .sort((x, y) => x.rank - y.rank || MATCH_RANK[x.c.match] - MATCH_RANK[y.c.match] || prom.get(y)! - prom.get(x)! ||
      LEVEL_RANK[x.c.entry.level] - LEVEL_RANK[y.c.entry.level] || (x.c.entry.id < y.c.entry.id ? -1 : x.c.entry.id > y.c.entry.id ? 1 : 0))
    .map((x) => x.c);
}

/** Orders candidates: match kind (exact and fold, then translit, skeleton, inflection), then prominence, then level and id. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
    prominence(b) - prominence(a) ||
    LEVEL_RANK[a.entry.level] - LEVEL_RANK[b.entry.level] ||
    (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)
  );
}

let defaultInstance: GazetteerFile | null = null;

/**
 * Loads the gazetteer (synchronously). Without `path`, returns the shared default instance, loaded
 * once from the file named by the environment variable SITREP_GAZETTEER, or else from
 * data/generated/gazetteer.bin; with a path, loads that file (not cached).
 */
export function loadGazetteer(path?: string): GazetteerFile {
  if (path !== undefined) return new GazetteerFile(path);
  defaultInstance ??= new GazetteerFile(process.env.SITREP_GAZETTEER || DEFAULT_GAZETTEER_PATH);
  return defaultInstance;
}
