/**
 * Weapon systems and aircraft types only one side fired or flew in the war (data/weapon-sides.tsv):
 * a strike told with one as its instrument and no side named was that side's ("an Iskander missile
 * hit the station", «из РСЗО HIMARS было выпущено шесть ракет»). Whether a system stands as the
 * instrument or as the target is the caller's judgement (event-facts.ts, responsibility.ts). Pure.
 */
import { table } from '../lexicon/index.js';
import type { Word } from '../lexicon/phrases.js';
import { stemPhrase, stemPhraseAt, stemWord, stemWordHit, type StemWord } from './lexicon.js';
import type { Side } from './types.js';

interface Row { words: StemWord[]; side: Side; proper: boolean; lower: Set<string> }
/** The rows in file order, indexed by the first `keyLength` characters of their first stem. */
interface Rows { byKey: Map<string, Row[]>; keyLength: number; longest: number }
let rows: Rows | null = null;
/** Stems of words of size or number before a calibre (data/weapon-sides.tsv rows `size`); "=" whole word. */
let sizes: StemWord[] = [];
const fold = (w: string): string => w.replace(/ё/g, 'е');
function load(): Rows {
  if (rows) return rows;
  const list: Row[] = [];
  sizes = [];
  for (const [phrase, side, flag, forms] of table('weapon-sides.tsv')) {
    if (!phrase || !side) continue;
    if (side === 'size') {
      sizes.push(...stemPhrase(fold(phrase.toLowerCase())));
      continue;
    }
    if (side !== 'RU' && side !== 'UA') throw new Error(`sitrep: data/weapon-sides.tsv: bad side "${side}" for "${phrase}"`);
    // "storm-shadow": a hyphen in a row also matches the two words written apart ("Storm Shadow")
    const words = stemPhrase(fold(phrase.toLowerCase()));
    if (flag && flag !== 'proper') throw new Error(`sitrep: data/weapon-sides.tsv: bad flag "${flag}" for "${phrase}"`);
    const proper = flag === 'proper';
    const lower = new Set((forms ?? '').toLowerCase().replace(/ё/g, 'е').split(',').map((f) => f.trim()).filter(Boolean));
    list.push({ words, side, proper, lower });
    if (words.length === 1 && words[0]!.stem.includes('-') && !/\d/.test(words[0]!.stem)) list.push({ words: words[0]!.stem.split('-').map((stem, k, all) => ({ stem, whole: k < all.length - 1 || words[0]!.whole })), side, proper, lower });
  }
  // A word shorter than the shortest first stem matches no row, so that many characters are a key.
  const keyLength = Math.min(3, ...list.map((r) => r.words[0]!.stem.length));
  const byKey = new Map<string, Row[]>();
  for (const r of list) {
    const key = r.words[0]!.stem.slice(0, keyLength);
    const same = byKey.get(key);
    if (same) same.push(r);
    else byKey.set(key, [r]);
  }
  return (rows = { byKey, keyLength, longest: Math.max(0, ...list.map((r) => r.words.length)) });
}

/** A capitalised word: an upper-case letter, then at least one lower-case letter ("Akhmetov", «Ахметова»; not "ATACMS", "M"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Words that may follow a system's name in title case and are no surname ("Iskander Missile", «Калибр НК»). */
const NOT_SURNAME = /^(missiles?|rockets?|drones?|launchers?|systems?|complex|cruise|ballistic|kamikaze|attack|strike|ракет|дрон|беспилот|безпілот|комплекс|крылат|крилат)/i;
/** A number or a calibre's unit right after a word («калибра 155 мм», «калібру 152-мм», "calibre 155mm"). */
const CALIBRE_AFTER = /^[\s«»"„“”-]*(?:\d|мм\b|mm\b)/u;

/**
 * The side of the weapon system named at word `i` of `words`, with the index after its name, or
 * null. With the `text` the words were read from: a one-word name written with a capital and
 * followed right away by a capitalised word that is no weapon word is a person's name ("Iskander
 * Akhmetov", «Искандера Ахметова»); a row flagged `proper` in data/weapon-sides.tsv (a common word
 * too: «калибр» = calibre) names the system only written with a capital and with no number or «мм»
 * after it («снарядами калибра 155 мм», «крупного калибра» are calibres).
 */
export function weaponSystemAt(words: readonly Word[], i: number, text?: string): { side: Side; end: number } | null {
  const { byKey, keyLength, longest } = load();
  const first = words[i] ? fold(words[i]!.w) : '';
  const candidates = first.length >= keyLength ? byKey.get(first.slice(0, keyLength)) : undefined;
  if (!candidates) return null;
  const ws = words.slice(i, i + longest).map((w) => fold(w.w));
  for (const r of candidates) {
    if (!stemPhraseAt(ws, 0, r.words)) continue;
    const end = i + r.words.length;
    if (text !== undefined) {
      const own = text.slice(words[i]!.start, words[end - 1]!.end);
      const tail = text.slice(words[end - 1]!.end, words[end - 1]!.end + 12);
      if (r.proper) {
        if (CALIBRE_AFTER.test(tail)) return null;
        // (lower case only in a plural form of the row's fourth column, no size word right before it:
        // «ударили калибрами»; not «крупных калибров»)
        if (!CAPITALISED.test(own)) {
          const prev = i > 0 ? [fold(words[i - 1]!.w)] : [''];
          if (!(r.words.length === 1 && r.lower.has(ws[0]!)) || sizes.some((z) => stemPhraseAt(prev, 0, [z]))) return null;
        }
      }
      const next = words[end];
      if (r.words.length === 1 && next && CAPITALISED.test(own) && !own.includes('-') && /^ +$/.test(text.slice(words[end - 1]!.end, next.start))) {
        const nw = text.slice(next.start, next.end);
        if (CAPITALISED.test(nw) && !NOT_SURNAME.test(nw) && !weaponSystemAt(words, end)) return null;
      }
    }
    return { side: r.side, end };
  }
  return null;
}

/** The one side whose weapon systems words [from, to) name, or null when they name none or systems of both sides (`text`: see `weaponSystemAt`). */
export function weaponSystemSide(words: readonly Word[], from: number, to: number, text?: string): Side | null {
  let side: Side | null = null;
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    const m = weaponSystemAt(words, i, text);
    if (!m) continue;
    if (side !== null && side !== m.side) return null;
    side = m.side;
  }
  return side;
}

let kindRows: [StemWord, string][] | null = null;
/**
 * Adds to `out` the kinds of weapon (data/weapon-kinds.tsv: drone, missile, aircraft, artillery) the
 * lower-case word `w` names (read by event-compare.ts and event-facts.ts).
 */
export function addWeaponKinds(w: string, out: Set<string>): void {
  kindRows ??= table('weapon-kinds.tsv').map((r) => [stemWord(r[0]!.toLowerCase()), r[1]!]);
  for (const [stem, kind] of kindRows) if (stemWordHit(w, stem)) out.add(kind);
}
