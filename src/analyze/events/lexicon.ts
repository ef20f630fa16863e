/**
 * Lookup tables for the events stage, built once at module load from data/event-triggers.tsv,
 * data/event-types.tsv, data/event-instruments.tsv and data/event-modifiers.tsv.
 *
 * Every table is keyed by the first word of its phrases (a lemma or a lower-case form), so the stage
 * does one hash look-up per token and works only where a first word matches.
 */
import { table } from '../../lexicon/index.js';
import { BoundedMemo } from '../../util/index.js';

/** How the agent and target of a trigger are found (see data/event-triggers.tsv). */
export type Roles = 'svo' | 'sv' | 'tgt' | 'none';

/** One trigger phrase. */
export interface Trigger {
  lang: string;
  /** The phrase's words (lemmas or forms); "_" matches any one word. */
  words: string[];
  /** 'V' verb, 'N' noun, '*' either (checked on the first word); 'F' a phrase that opens with a
   *  function word ("out of the question": lane plover17), matched whatever the first word's tag. */
  pos: 'V' | 'N' | '*' | 'F';
  kind: string;
  roles: Roles;
  /** a light verb ("launched an attack", "imposed a curfew"): a noun trigger just after it names the event */
  light?: boolean;
  /** "noinf": no match when an infinitive follows the phrase's noun phrase ("called on Russia at the
   * Council to halt ..." is a request, not a visit) */
  noInf?: boolean;
}

/** One row of data/event-types.tsv. */
export interface TypeRow {
  kind: string;
  /** '*', 'none', or a `key=value` condition. */
  cond: string;
  ploverType: string | null;
  ploverMode: string | null;
  acledType: string | null;
  acledSubType: string | null;
}

/** Effect of a modifier word (data/event-modifiers.tsv). */
export interface Modifier {
  words: string[];
  effect: string;
  /** (lane plover19) 'conditional': a word just before the trigger whose effect holds only when a word of
   * where 'condition' ("if", "unless") follows the trigger in its sentence ("faced expulsion if they ...") */
  where: 'before' | 'cue' | 'sentence' | 'conditional' | 'condition';
}

/** Phrases keyed by first word, longest first, with a shape filter over the first words. */
export interface FirstWordTable<T extends { words: string[] }> {
  byFirst: Map<string, T[]>;
  /** One byte per `wordShape` of every first word: most words are ruled out without hashing. */
  shapes: Uint8Array;
}

/** A 16-bit shape of a word (first letter, last letter, length), for `FirstWordTable.shapes`. */
export function wordShape(w: string): number {
  return ((w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) * 32 + Math.min(w.length, 31)) & 0xffff;
}

/** The rows of `tab` whose first word is `w`, or undefined (cheap when there are none). */
export function rowsOf<T extends { words: string[] }>(tab: FirstWordTable<T>, w: string): T[] | undefined {
  return w.length > 0 && tab.shapes[wordShape(w)] === 1 ? tab.byFirst.get(w) : undefined;
}

function byFirst<T extends { words: string[] }>(rows: T[]): FirstWordTable<T> {
  const m = new Map<string, T[]>();
  const shapes = new Uint8Array(0x10000);
  for (const r of rows) {
    const list = m.get(r.words[0]!) ?? [];
    list.push(r);
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(r.words[0]!, list);
    shapes[wordShape(r.words[0]!)] = 1;
  }
  return { byFirst: m, shapes };
}

const dash = (v: string | undefined): string | null => (v === undefined || v === '' || v === '-' ? null : v);
const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);

/** Trigger phrases by first word. */
export const TRIGGERS = byFirst<Trigger>(
  table('event-triggers.tsv').map(([lang, phrase, pos, kind, roles, light]) => ({
    lang: lang!, words: words(phrase!), pos: (pos ?? '*') as Trigger['pos'], kind: kind!, roles: (roles ?? 'svo') as Roles, light: light === 'light', ...(light === 'noinf' ? { noInf: true } : {}),
  })),
);

/** First words of the trigger rows of pos 'F' (phrases that open with a function word, lane plover17). */
export const FUNCTION_FIRST: ReadonlySet<string> = new Set(
  [...TRIGGERS.byFirst].filter(([, rows]) => rows.some((r) => r.pos === 'F')).map(([first]) => first),
);

/** Type rows by kind, in file order (the first matching row wins). */
export const TYPES = new Map<string, TypeRow[]>();
for (const [kind, cond, pt, pm, at, ast] of table('event-types.tsv')) {
  const list = TYPES.get(kind!) ?? [];
  list.push({ kind: kind!, cond: cond ?? '*', ploverType: dash(pt), ploverMode: dash(pm), acledType: dash(at), acledSubType: dash(ast) });
  TYPES.set(kind!, list);
}

/** Instrument words by first word. */
export const INSTRUMENTS = byFirst<{ words: string[]; instrument: string }>(
  table('event-instruments.tsv').map(([, w, instrument]) => ({ words: words(w!), instrument: instrument! })),
);

/** Object words by first word (data/event-objects.tsv): what an act is about, for `obj=` rows. */
export const OBJECTS = byFirst<{ words: string[]; cls: string }>(
  table('event-objects.tsv').map(([, w, cls]) => ({ words: words(w!), cls: cls! })),
);

/** Modifier words by first word. */
export const MODIFIERS = byFirst<Modifier>(
  table('event-modifiers.tsv').map(([, w, effect, where]) => ({ words: words(w!), effect: effect!, where: (where ?? 'before') as Modifier['where'] })),
);

/**
 * The modifier rows of where "conditional" and "condition" apart (lane plover19's act held out on a
 * condition): the same word may also have a row of another where ("unless" is also a 'possible'
 * word before an act), and the longest-row look-up over all modifiers would return that one.
 */
export const CONDITIONALS = byFirst<Modifier>([...MODIFIERS.byFirst.values()].flat().filter((m) => m.where === 'conditional'));
export const CONDITIONS = byFirst<Modifier>([...MODIFIERS.byFirst.values()].flat().filter((m) => m.where === 'condition'));

/** Cue lemmas that deny, or mark as alleged, every event in their claim's content. */
export const CUE_EFFECT = new Map<string, string>();
for (const list of MODIFIERS.byFirst.values()) for (const m of list) if (m.where === 'cue') CUE_EFFECT.set(m.words.join(' '), m.effect);

/** Every kind named by a trigger has rows in event-types.tsv (checked at load: a data error fails fast). */
for (const list of TRIGGERS.byFirst.values()) {
  for (const t of list) {
    if (!TYPES.has(t.kind)) throw new Error(`sitrep: data/event-triggers.tsv kind '${t.kind}' has no row in data/event-types.tsv`);
  }
}

/** One word pattern of data/event-ruuk.tsv: a stem and how many letters may follow it (0: exact). */
export interface RuukPat {
  stem: string;
  max: number;
}

/** One row of data/event-ruuk.tsv. */
export interface RuukRow {
  /** 'ru', 'uk' or 'ru,uk' */
  lang: string;
  words: RuukPat[];
  table: 'trigger' | 'instrument' | 'object' | 'modifier' | 'side';
  value: string;
  /** the trigger this row stands for (table 'trigger'), built once */
  trigger: Trigger | null;
}

const foldYo = (w: string): string => (w.includes('ё') ? w.replace(/ё/g, 'е') : w);

function ruukPat(f: string): RuukPat {
  const w = foldYo(f.toLowerCase());
  if (w.endsWith('**')) return { stem: w.slice(0, -2), max: 7 };
  if (w.endsWith('*')) return { stem: w.slice(0, -1), max: 4 };
  return { stem: w, max: 0 };
}

/** Rows of data/event-ruuk.tsv keyed by the stem (or form) of their first word. */
const RUUK_FIRST = new Map<string, RuukRow[]>();
for (const [lang, forms, tab, value] of table('event-ruuk.tsv')) {
  for (const f of forms!.split(',').map((x) => x.trim()).filter(Boolean)) {
    const words = f.split(/\s+/).map(ruukPat);
    const row: RuukRow = { lang: lang!, words, table: tab as RuukRow['table'], value: value!, trigger: null };
    if (row.table === 'trigger' && value !== 'none') {
      row.trigger = { lang: lang!, words: words.map((w) => w.stem), pos: '*', kind: value!, roles: 'none' };
      if (!TYPES.has(value!)) throw new Error(`sitrep: data/event-ruuk.tsv kind '${value}' has no row in data/event-types.tsv`);
    }
    const list = RUUK_FIRST.get(words[0]!.stem) ?? [];
    list.push(row);
    RUUK_FIRST.set(words[0]!.stem, list);
  }
}

/** Whether a Cyrillic word matches a pattern. */
export function ruukPatMatches(p: RuukPat, word: string): boolean {
  const w = foldYo(word);
  if (p.max === 0) return w === p.stem;
  return w.length >= p.stem.length && w.length - p.stem.length <= p.max && w.startsWith(p.stem);
}

/**
 * Rows of data/event-ruuk.tsv whose first word matches the Cyrillic word `word` (lower case), or
 * undefined: at most 8 hash look-ups (the word and its prefixes down to 7 letters shorter).
 */
export function ruukRows(word: string): readonly RuukRow[] | undefined {
  return ruukRowsMemo.get(word, ruukRowsOnce);
}
/** `ruukRows` by word (shared, frozen lists: a word is looked up once per table at each token, and words recur). */
const ruukRowsMemo = new BoundedMemo<string, readonly RuukRow[] | undefined>(50_000);

function ruukRowsOnce(word: string): readonly RuukRow[] | undefined {
  const w = foldYo(word);
  let out: RuukRow[] | undefined;
  for (let n = w.length; n >= 2 && n >= w.length - 7; n--) {
    const list = RUUK_FIRST.get(n === w.length ? w : w.slice(0, n));
    if (!list) continue;
    for (const r of list) {
      const p = r.words[0]!;
      if ((p.max === 0 && n === w.length) || (p.max > 0 && w.length - n <= p.max)) (out ??= []).push(r);
    }
  }
  return out && Object.freeze(out);
}

/** Whether a UTF-16 code unit is a Cyrillic letter. */
export const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x4ff;

/** Rows of data/event-governors.tsv: the words of each form as patterns, and the form's class. */
const GOVERNORS: { words: RuukPat[]; cls: string }[] = [];
for (const [, forms, cls] of table('event-governors.tsv')) {
  for (const f of forms!.split(',').map((x) => x.trim()).filter(Boolean)) GOVERNORS.push({ words: f.split(/\s+/).map(ruukPat), cls: cls! });
}

/**
 * The class of data/event-governors.tsv ('promise', 'rule_out') of a trigger's text ("promised",
 * "ruled out", "пообещал"), or null: its words, in lower case, match one form's words one to one.
 */
export function governorClass(text: string): string | null {
  const ws = text.toLowerCase().split(/\s+/);
  for (const g of GOVERNORS) {
    if (g.words.length === ws.length && g.words.every((p, i) => ruukPatMatches(p, ws[i]!))) return g.cls;
  }
  return null;
}
