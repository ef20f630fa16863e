/**
 * Whose side a Russian or Ukrainian text's author writes from, read from the words it uses for the
 * forces of one side (data/voice-words-ruuk.tsv: "ВСУшники", "украинские боевики" in a Russian
 * channel; "рашисти", "окупанти" in a Ukrainian one). A channel post in its own voice says "наши"
 * (our forces) and "освободили село" without naming its side; with its voice known, compare reads
 * those as that side's. Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import { stemPhrase, stemPhraseAt, wordsOf, type StemWord } from './lexicon.js';
import type { Side } from './types.js';
import { morph, morphologyLoaded } from '../analyze/ruuk/morph.js';

let rows: { words: StemWord[]; side: Side }[] | null = null;
function voiceRows(): { words: StemWord[]; side: Side }[] {
  if (rows) return rows;
  rows = [];
  for (const [lang, phrase, side] of table('voice-words-ruuk.tsv')) {
    if ((lang !== 'ru' && lang !== 'uk') || !phrase || !side) throw new Error(`sitrep: data/voice-words-ruuk.tsv: bad row "${lang} ${phrase} ${side}"`);
    rows.push({ words: stemPhrase(phrase.toLowerCase().replace(/~(?=\s|$)/g, '')), side });
  }
  return rows;
}

/**
 * The side whose voice `text` is written in, from the words of data/voice-words-ruuk.tsv: the one
 * side its words point to, or null when it uses none or words of both sides.
 */
export function voiceSide(text: string): Side | null {
  const ws = wordsOf(text).map((w) => w.w);
  let side: Side | null = null;
  for (let i = 0; i < ws.length; i++) {
    for (const r of voiceRows()) {
      if (!stemPhraseAt(ws, i, r.words)) continue;
      if (side !== null && side !== r.side) return null;
      side = r.side;
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
