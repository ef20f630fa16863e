/**
 * Whose side a Russian or Ukrainian text's author writes from, read from the words it uses for the
 * forces of one side (data/voice-words-ruuk.tsv: "ВСУшники", "украинские боевики" in a Russian
 * channel; "рашисти", "окупанти" in a Ukrainian one). A channel post in its own voice says "наши"
 * (our forces) and "освободили село" without naming its side; with its voice known, compare reads
 * those as that side's. Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { compareLexicon, stemPhrase, stemPhraseAt, wordsOf, type StemWord } from './lexicon.js';
import { sideIn } from './speaker.js';
import type { Side } from './types.js';
import { morph, morphologyLoaded } from '../analyze/ruuk/morph.js';

type VoiceRow = { words: StemWord[]; side: Side | 'subject' | 'report' };
let rows: VoiceRow[] | null = null;
function voiceRows(): VoiceRow[] {
  if (rows) return rows;
  rows = [];
  for (const [lang, phrase, side] of table('voice-words-ruuk.tsv')) {
    if ((lang !== 'ru' && lang !== 'uk') || !phrase || !side) throw new Error(`sitrep: data/voice-words-ruuk.tsv: bad row "${lang} ${phrase} ${side}"`);
    rows.push({ words: stemPhrase(phrase.toLowerCase().replace(/~(?=\s|$)/g, '')), side: side as VoiceRow['side'] });
  }
  return rows;
}

/** How many words before a `subject` row of data/voice-words-ruuk.tsv its side word may stand ("ВС РФ уже освободили"). */
const SUBJECT_REACH = 3;

/**
 * The side whose voice `text` is written in, from the words of data/voice-words-ruuk.tsv: the one
 * side its words point to, or null when it uses none or words of both sides. A liberation word
 * (`subject` row) counts only in the author's own words: not where `reported(pos)` says another
 * named speaker's claim stands, and not after a `report` row («заявили», «уверяет», «по данным»)
 * in its sentence.
 */
export function voiceSide(text: string, reported: (pos: number) => boolean = () => false): Side | null {
  const words = wordsOf(text);
  const ws = words.map((w) => w.w);
  let side: Side | null = null;
  let reportAt = -1; // the last word of a `report` row seen, or -1
  for (let i = 0; i < ws.length; i++) {
    for (const r of voiceRows()) {
      if (!stemPhraseAt(ws, i, r.words)) continue;
      if (r.side === 'report') {
        reportAt = i;
        continue;
      }
      let s: Side | null = r.side === 'subject' ? null : r.side;
      if (r.side === 'subject') {
        if (reported(words[i]!.start)) continue;
        if (reportAt >= 0 && !/[.!?\n]/.test(text.slice(words[reportAt]!.end, words[i]!.start))) continue;
        // «ВС РФ освободили село»: a side word right before it, in its clause, and no word of
        // prisoners or a count after it («освободили из плена»: data/control-phrases.tsv exclude)
        // (a quoted «освободили» is someone else's word, reported: no voice)
        if (i > 0 && /[«"“„]/.test(text.slice(words[i - 1]!.end, words[i]!.start))) continue;
        let a = i;
        while (a > 0 && i - a < SUBJECT_REACH && !/[,;:.!?—–«»"“”„]/.test(text.slice(words[a - 1]!.end, words[a]!.start))) a--;
        if (a === i || compareLexicon().excludeWords.scan(words.slice(i, i + 4)).length > 0) continue;
        s = sideIn(words, a, i, null, true);
        if (s === null) continue;
      }
      if (side !== null && side !== s) return null;
      side = s;
    }
  }
  return side;
}

/**
 * The dictionary lemma of a Russian word when the analyzer's morphology is loaded (it is for every
 * Russian or Ukrainian document: attribution loads it), else null: compare never loads it itself,
 * so its facts keep their time budget and a browser build simply matches surface forms.
 */
export function lemmaOf(word: string): string | null {
  if (!morphologyLoaded() || !/^[а-яё]+(?:-[а-яё]+)*$/i.test(word)) return null;
  return morph(word)?.lemma ?? null;
}

/** The part of speech of a Russian word's most likely parse (OpenCorpora: VERB, INFN, PRTS …) when the morphology is loaded, else null. */
export function morphPos(word: string): string | null {
  if (!morphologyLoaded() || !/^[а-яё]+(?:-[а-яё]+)*$/i.test(word)) return null;
  return morph(word)?.pos ?? null;
}
