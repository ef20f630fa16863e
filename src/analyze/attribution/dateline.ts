/**
 * Wire datelines: `KYIV, Oct 15 (Meridian) - ...`, `KYIV/MOSCOW (Meridian) – ...`. The attribution
 * stage cuts a dateline off a speaker phrase; the places stage reads the bracketed name as the
 * outlet (never a place) and the names before it as the dateline's places. One notion for both:
 * a closing bracket right before a dash closes a dateline.
 */
import { Kind, type Doc } from '../doc.js';

/** Dash tokens that end a dateline. */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);

/** Whether token `k` is the closing bracket of a dateline: a `)` right before a dash. */
export function isDatelineClose(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return k >= 0 && k + 1 < t.n && t.lower[k] === ')' && DATELINE_DASHES.has(t.lower[k + 1]!);
}

/** A dateline found in a document, as token ranges [from, to). */
export interface Dateline {
  /** the place part, from the line's start to the comma or bracket ("KYIV/MOSCOW") */
  places: [number, number];
  /** inside the brackets: the outlet ("Meridian") */
  outlet: [number, number];
}

/** Whether a space token holds a line break. */
function lineBreak(doc: Doc, k: number): boolean {
  return doc.tokens.kind[k] === Kind.Space && /[\n\r\u2028\u2029]/.test(doc.text.slice(doc.tokens.start[k]!, doc.tokens.end[k]!));
}

/**
 * The dateline whose closing bracket (see `isDatelineClose`) is token `k`, or null: its opening
 * bracket, at most 6 tokens before, must follow a short line head of at most 16 tokens, the places
 * then optionally a comma and a date ("KYIV, Oct 15 (", "LONDON (", "KYIV/MOSCOW, Oct. 15 ("). A
 * bracket in running text ("Andriivka (Kharkiv region) - ...", mid-line) is no dateline.
 */
export function datelineAt(doc: Doc, k: number): Dateline | null {
  const t = doc.tokens;
  if (!isDatelineClose(doc, k)) return null;
  let open = -1;
  for (let j = k - 1; j >= 0 && k - j <= 7; j--) {
    if (t.lower[j] === '(') {
      open = j;
      break;
    }
    if (t.kind[j] === Kind.Punct || lineBreak(doc, j)) break;
  }
  if (open < 1 || open + 1 >= k) return null;
  // the line head before the bracket: from the line's start (or the text's) to the bracket
  let s = open - 1;
  while (s >= 0 && !lineBreak(doc, s) && open - s <= 16) s--;
  if (s >= 0 && !lineBreak(doc, s)) return null;
  let a = s + 1;
  while (a < open && t.kind[a] === Kind.Space) a++;
  // the places end at the first comma; without one they run up to the bracket
  let pe = a;
  while (pe < open && t.lower[pe] !== ',') pe++;
  while (pe > a && t.kind[pe - 1] === Kind.Space) pe--;
  if (pe <= a) return null;
  // the place part is capitalised words, slashes and hyphens: no sentence
  for (let x = a; x < pe; x++) {
    const w = t.lower[x]!;
    if (t.kind[x] === Kind.Space || w === '/' || w === '-') continue;
    const ch = doc.text[t.start[x]!]!;
    if (!((t.kind[x] === Kind.Word || t.kind[x] === Kind.Other) && ch !== ch.toLowerCase())) return null;
  }
  return { places: [a, pe], outlet: [open + 1, k] };
}

/** The datelines of a document (see `datelineAt`). */
export function findDatelines(doc: Doc): Dateline[] {
  const out: Dateline[] = [];
  for (let k = 1; k < doc.tokens.n; k++) {
    const d = datelineAt(doc, k);
    if (d) out.push(d);
  }
  return out;
}
