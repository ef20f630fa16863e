/**
 * The words of data/own-voice-words.tsv (lane own13): what a side's own post names when it tells a
 * strike without its doer. Shared by the author stage (which sentences are the author's claims) and
 * compare (who did it), so both read the table the same way.
 */
import { table } from './index.js';
import { stemWord, type Word } from './phrases.js';

/** A kind of data/own-voice-words.tsv (see its header). */
export type OwnVoiceKind = 'object' | 'weapon' | 'stop' | 'thank' | 'thanked' | 'deed' | 'light' | 'anchor';
const KINDS: ReadonlySet<string> = new Set(['object', 'weapon', 'stop', 'thank', 'thanked', 'deed', 'light', 'anchor']);

/** The rows of one kind: whole words in a set, stems in a list (ё read as е). */
interface Rows { whole: Set<string>; stems: string[] }
let byKind: Map<OwnVoiceKind, Rows> | null = null;
function load(): Map<OwnVoiceKind, Rows> {
  if (byKind) return byKind;
  const m = new Map<OwnVoiceKind, Rows>();
  for (const [word, kind] of table('own-voice-words.tsv')) {
    if (!word || !kind || !KINDS.has(kind)) throw new Error(`sitrep: data/own-voice-words.tsv: bad row "${word} ${kind}"`);
    const rows = m.get(kind as OwnVoiceKind) ?? { whole: new Set<string>(), stems: [] };
    const s = stemWord(word.replace(/ё/g, 'е'));
    if (s.whole) rows.whole.add(s.stem);
    else rows.stems.push(s.stem);
    m.set(kind as OwnVoiceKind, rows);
  }
  return (byKind = m);
}

/** Whether the lower-case word `w` is a word of kind `kind` of data/own-voice-words.tsv (ё read as е). */
export function ownVoiceWord(w: string, kind: OwnVoiceKind): boolean {
  const rows = load().get(kind);
  if (!rows) return false;
  const x = w.replace(/ё/g, 'е');
  return rows.whole.has(x) || rows.stems.some((s) => x.startsWith(s));
}

/** How many words may stand between the thanks and the thanked, and between the thanked and the deed. */
const PRAISE_REACH = 6;
/** Words that give the reason of a thanks: «за», "for". */
const FOR = new Set(['за', 'for']);
/** Negations that undo a praise ("not for the work"). */
const NOT = new Set(['не', 'ні', 'ни', 'not', 'no']);

/**
 * A praise of the units that strike, in `words`: a thanks word (`thank`), a thanked unit (`thanked`)
 * up to six words after it, then «за»/"for" and a deed (`deed`) up to six words after the thanked
 * ("Thank you to the Air Force pilots for the precise work", «Дякую пілотам Повітряних сил за
 * ювелірну роботу»), no negation between. Returns the word indices [from, to) of the praise, or null.
 */
export function praiseIn(words: readonly Word[]): { from: number; to: number } | null {
  for (let i = 0; i < words.length; i++) {
    if (!ownVoiceWord(words[i]!.w, 'thank')) continue;
    for (let j = i + 1; j < words.length && j - i <= PRAISE_REACH; j++) {
      if (!ownVoiceWord(words[j]!.w, 'thanked')) continue;
      let sawFor = false;
      for (let k = j + 1; k < words.length && k - j <= PRAISE_REACH; k++) {
        if (NOT.has(words[k]!.w)) break;
        if (FOR.has(words[k]!.w)) sawFor = true;
        else if (sawFor && ownVoiceWord(words[k]!.w, 'deed')) return words.slice(i, k).some((w) => NOT.has(w.w)) ? null : { from: i, to: k + 1 };
      }
      break;
    }
  }
  return null;
}
