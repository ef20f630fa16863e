/**
 * Weapon systems and aircraft types only one side fired or flew in the war (data/weapon-sides.tsv):
 * a strike told with one as its instrument and no side named was that side's ("an Iskander missile
 * hit the station", «из РСЗО HIMARS было выпущено шесть ракет»). Whether a system stands as the
 * instrument or as the target is the caller's judgement (event-facts.ts, responsibility.ts). Pure.
 */
import { table } from '../lexicon/index.js';
import type { Word } from '../lexicon/phrases.js';
import type { Side } from './types.js';

interface Row { words: { stem: string; whole: boolean }[]; side: Side }
let rows: Row[] | null = null;
function load(): Row[] {
  if (rows) return rows;
  rows = [];
  for (const [phrase, side] of table('weapon-sides.tsv')) {
    if (!phrase || !side) continue;
    if (side !== 'RU' && side !== 'UA') throw new Error(`sitrep: data/weapon-sides.tsv: bad side "${side}" for "${phrase}"`);
    // "storm-shadow": a hyphen in a row also matches the two words written apart ("Storm Shadow")
    const words = phrase.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean).map((w) => (w.endsWith('=') ? { stem: w.slice(0, -1), whole: true } : { stem: w, whole: false }));
    rows.push({ words, side });
    if (words.length === 1 && words[0]!.stem.includes('-') && !/\d/.test(words[0]!.stem)) rows.push({ words: words[0]!.stem.split('-').map((stem, k, all) => ({ stem, whole: k < all.length - 1 || words[0]!.whole })), side });
  }
  return rows;
}

/** The side of the weapon system named at word `i` of `words`, with the index after its name, or null. */
export function weaponSystemAt(words: readonly Word[], i: number): { side: Side; end: number } | null {
  for (const r of load()) {
    let ok = true;
    for (let k = 0; k < r.words.length && ok; k++) {
      const w = words[i + k]?.w.replace(/ё/g, 'е');
      const p = r.words[k]!;
      ok = w !== undefined && (p.whole ? w === p.stem : w.startsWith(p.stem));
    }
    if (ok) return { side: r.side, end: i + r.words.length };
  }
  return null;
}

/** The one side whose weapon systems words [from, to) name, or null when they name none or systems of both sides. */
export function weaponSystemSide(words: readonly Word[], from: number, to: number): Side | null {
  let side: Side | null = null;
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    const m = weaponSystemAt(words, i);
    if (!m) continue;
    if (side !== null && side !== m.side) return null;
    side = m.side;
  }
  return side;
}
