/**
 * Reading the value of a number written in figures or words, over the token arrays.
 */
import { Kind as K, type Tokens } from '../doc.js';
import { NUMWORDS, VAGUE_FIRST, type NumWord } from './lexicon.js';


/** A parsed number: tokens [t0, t1) give `value` (and `high` for a written range like "20-30"). */
export interface NumberCore {
  t0: number;
  t1: number;
  value: number;
  high: number | null;
  vague: boolean;
  /** Written in figures (false for "two hundred", "a dozen"). */
  digits: boolean;
  /** A bare "one" (needs a unit to count as a quantity). */
  weak: boolean;
}

const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-\u2013]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/** Value of a figure like "1,000" or "2.5"; NaN when the token is not a plain figure. */
export function figure(s: string): number {
  if (!PLAIN.test(s)) return NaN;
  return Number(s.replace(/,/g, ''));
}

/** Whether the tokens a and b touch (no whitespace between them). */
export function touching(t: Tokens, a: number, b: number): boolean {
  return t.end[a] === t.start[b];
}

/** Rounds away binary noise from scaled decimals (1.1 × 10⁶ = 1100000.0000000002). */
function clean(v: number): number {
  return Math.abs(v) >= 1 ? Math.round(v * 1e6) / 1e6 : v;
}

/** Look up a number word phrase starting at token i (longest match within [i, t1)). */
export function numWordAt(t: Tokens, i: number, t1: number): { w: NumWord; end: number } | null {
  let key = t.lower[i]!;
  let best: { w: NumWord; end: number } | null = null;
  const w0 = NUMWORDS.map.get(key);
  if (w0) best = { w: w0, end: i + 1 };
  if (!VAGUE_FIRST.has(key)) return best;
  for (let j = i + 1; j < t1 && j < i + NUMWORDS.maxWords; j++) {
    key += (touching(t, j - 1, j) ? '' : ' ') + t.lower[j]!;
    const w = NUMWORDS.map.get(key);
    if (w) best = { w, end: j + 1 };
  }
  return best;
}

/**
 * Reads a number starting at token i, within the sentence's tokens [i, t1). Handles figures
 * ("1,000", "2.5", "20-30", "1 000"), figures with scale words ("1.5 million", "3.5bn", "10k",
 * "€20m" when `money`), number words ("two hundred and fifty", "twenty-five", "a dozen") and
 * vague amounts ("dozens", "tens of thousands", "a few"). Returns null when there is no number.
 */
export function readNumber(t: Tokens, i: number, t1: number, money: boolean): NumberCore | null {
  const kind = t.kind[i]!;
  const lower = t.lower[i]!;
  if (kind === K.Number) {
    let value: number;
    let high: number | null = null;
    let j = i + 1;
    const v = figure(lower);
    if (Number.isNaN(v)) {
      const m = RANGE.exec(lower);
      if (!m) return null;
      value = figure(m[1]!);
      high = figure(m[2]!);
    } else {
      value = v;
      // "1 000 000": thin-space or space thousands groups.
      if (/^[1-9]\d{0,2}$/.test(lower)) {
        while (j < t1 && t.kind[j] === K.Number && t.start[j] === t.end[j - 1]! + 1 && /^\d{3}$/.test(t.lower[j]!)) {
          value = value * 1000 + Number(t.lower[j]);
          j++;
        }
        if (j > i + 1 && j < t1 && t.kind[j] === K.Number) return null; // a phone number
      }
    }
    // Scale words after the figure: "1.5 million", "2 dozen", "3.5bn", "€20m".
    let scaled = false;
    while (j < t1) {
      const w = NUMWORDS.map.get(t.lower[j]!);
      if (!w) break;
      if (w.kind === 'hundred' || w.kind === 'scale' || w.kind === 'dozen') {
        // "2 thousand", but not "2 hundred" after "million" (keep it simple: multiply).
      } else if (w.kind === 'abbr' || (w.kind === 'money' && money)) {
        if (!touching(t, j - 1, j)) break;
      } else break;
      value *= w.value;
      if (high !== null) high *= w.value;
      scaled = true;
      j++;
    }
    if (scaled) {
      value = clean(value);
      if (high !== null) high = clean(high);
    }
    return { t0: i, t1: j, value, high, vague: false, digits: true, weak: false };
  }
  if (kind !== K.Word) return null;
  const first = numWordAt(t, i, t1);
  let j = i;
  let total = 0;
  let current = 0;
  let last: 'none' | 'small' | 'tens' | 'big' = 'none';
  if (!first) {
    // "a dozen", "a hundred", "a thousand", "an estimated" is not ours.
    if ((lower === 'a' || lower === 'an') && i + 1 < t1) {
      const w = NUMWORDS.map.get(t.lower[i + 1]!);
      if (!w || !(w.kind === 'hundred' || w.kind === 'scale' || w.kind === 'dozen')) return null;
      current = 1;
      j = i + 1;
    } else return null;
  } else if (first.w.kind === 'vague') {
    let value = first.w.value;
    let end = first.end;
    // "several hundred", "a few thousand": a vague word before a scale multiplies.
    const sc = end < t1 ? NUMWORDS.map.get(t.lower[end]!) : undefined;
    if (sc && (sc.kind === 'hundred' || sc.kind === 'scale' || sc.kind === 'dozen') && first.w.value < 10) {
      value *= sc.value;
      end += 1;
    }
    // "tens of thousands", "hundreds of thousands"
    else if (end + 1 < t1 && t.lower[end] === 'of') {
      const w2 = NUMWORDS.map.get(t.lower[end + 1]!);
      if (w2 && w2.kind === 'vague' && w2.value >= 1000) {
        value *= w2.value;
        end += 2;
      }
    }
    return { t0: i, t1: end, value, high: null, vague: true, digits: false, weak: false };
  } else if (first.w.kind === 'abbr' || first.w.kind === 'money') return null;
  let consumed = 0;
  while (j < t1) {
    const w = NUMWORDS.map.get(t.lower[j]!);
    if (!w) {
      // "twenty-five": a hyphen between touching words; "two hundred and fifty".
      const lw = t.lower[j]!;
      if (j + 1 < t1 && (lw === '-' || lw === 'and')) {
        const nx = NUMWORDS.map.get(t.lower[j + 1]!);
        if (nx && nx.kind === 'small') {
          if (lw === '-' && last === 'tens' && nx.value < 10 && touching(t, j - 1, j) && touching(t, j, j + 1)) { j++; continue; }
          if (lw === 'and' && last === 'big') { j++; continue; }
        }
      }
      break;
    }
    if (w.kind === 'small') {
      if (last === 'small') break;
      if (last === 'tens' && (w.value >= 10 || current % 10 !== 0)) break;
      current += w.value;
      last = w.value >= 20 && w.value % 10 === 0 ? 'tens' : 'small';
    } else if (w.kind === 'hundred' || w.kind === 'dozen') {
      current = (current || 1) * w.value;
      last = 'big';
    } else if (w.kind === 'scale') {
      total += (current || 1) * w.value;
      current = 0;
      last = 'big';
    } else break;
    j++;
    consumed++;
  }
  if (consumed === 0) return null;
  const value = total + current;
  const weak = j === i + 1 && lower === 'one';
  return { t0: i, t1: j, value, high: null, vague: false, digits: false, weak };
}
