/**
 * The infinitive of a control verb and the word that governs it (data/control-governors.tsv):
 * "managed to retake", «удалось взять под контроль», «змушені були відійти» state what happened;
 * "failed to capture", "were unable to hold" state that it did not; «пытались захватить»,
 * «планували захопити», «Задача — взять ...», and a Russian or Ukrainian infinitive with no
 * governing word before it in its clause («Захопити ... у них не вийде»), state nothing.
 * Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { hasCyrillic } from '../util/index.js';
import type { Word } from './lexicon.js';
import { lemmaOf, morphPos } from './voice.js';

/** What the frame of a control verb's infinitive says of it. */
export type InfinitiveFrame = 'assert' | 'fail' | 'aim' | 'order';

/** Words before an infinitive searched for the word that governs it ("так и не смогли освободить"). */
const GOVERNOR_REACH = 4;

/** The rows of data/control-governors.tsv by language (Ukrainian stems apart). */
let governors: { en: Map<string, InfinitiveFrame>; ru: Map<string, InfinitiveFrame>; ukWords: Map<string, InfinitiveFrame>; ukStems: [string, InfinitiveFrame][] } | null = null;

function governorTable(): NonNullable<typeof governors> {
  if (governors) return governors;
  const g = { en: new Map<string, InfinitiveFrame>(), ru: new Map<string, InfinitiveFrame>(), ukWords: new Map<string, InfinitiveFrame>(), ukStems: [] as [string, InfinitiveFrame][] };
  for (const [lang, word, cls] of table('control-governors.tsv')) {
    if (!word || (cls !== 'assert' && cls !== 'fail' && cls !== 'aim' && cls !== 'order')) continue;
    const w = word.toLowerCase();
    if (lang === 'en') g.en.set(w, cls);
    else if (lang === 'ru') g.ru.set(w, cls);
    else if (lang === 'uk') {
      if (w.endsWith('~')) g.ukStems.push([w.slice(0, -1), cls]);
      else g.ukWords.set(w, cls);
    }
  }
  return (governors = g);
}

/** Ukrainian infinitive endings (the Russian morphology does not parse Ukrainian words). */
const UK_INFINITIVE = /(?:ти|тися|тись)$/;

/** Whether the Cyrillic word `w` is an infinitive: by the Russian dictionary, else (a Ukrainian word it does not know) by its ending. */
export function cyrillicInfinitive(w: string): boolean {
  if (!hasCyrillic(w)) return false;
  const pos = morphPos(w);
  if (pos !== null) return pos === 'INFN';
  return UK_INFINITIVE.test(w);
}

/** The class of a Cyrillic word as a governor of an infinitive, or null. */
function cyrillicGovernor(w: string): InfinitiveFrame | null {
  const g = governorTable();
  const lemma = lemmaOf(w);
  const byRu = (lemma !== null ? g.ru.get(lemma) : undefined) ?? g.ru.get(w);
  if (byRu) return byRu;
  const byUk = g.ukWords.get(w);
  if (byUk) return byUk;
  for (const [stem, cls] of g.ukStems) if (w.startsWith(stem)) return cls;
  return null;
}

/**
 * The frame of a control verb at `words[from]` when it is an infinitive: in English "to" + the
 * verb after a word of data/control-governors.tsv (`fail` or `aim`; other English frames are left
 * to clause-en.ts, null); in Russian and Ukrainian the class of the nearest governing word before
 * it in its clause (up to GOVERNOR_REACH words), `aim` when there is none. Null when the word is no
 * infinitive.
 */
export function infinitiveFrame(text: string, words: readonly Word[], from: number): InfinitiveFrame | null {
  const w = words[from]!.w;
  if (!hasCyrillic(w)) {
    if (from < 2 || words[from - 1]!.w !== 'to') return null;
    const cls = governorTable().en.get(words[from - 2]!.w);
    return cls === 'fail' || cls === 'aim' || cls === 'order' ? cls : null;
  }
  if (!cyrillicInfinitive(w)) return null;
  for (let k = from - 1; k >= Math.max(0, from - GOVERNOR_REACH); k--) {
    // not across a clause mark ("Захопити ..., як планували окупанти": the plan is after it); a dash
    // stands between a noun of aim and its infinitive («Задача — взять»)
    if (/[,;:.!?()«»"]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) break;
    const cls = cyrillicGovernor(words[k]!.w);
    if (cls) return cls;
  }
  return 'aim';
}

/** The frame of an order read for a control statement of state `state`: a withdrawal ordered is told as done, anything else ordered is a plan. */
export function orderRead(frame: InfinitiveFrame | null, state: string): InfinitiveFrame | null {
  return frame === 'order' ? (state === 'lost' ? 'assert' : 'aim') : frame;
}
