/**
 * Words that tell a toll as rising or updated (data/toll-rising-ruuk.tsv, data/toll-rising-en.tsv):
 * read by compare.ts (a running report of one side) and figures.ts (a rising toll is no dispute, the
 * «до» of «возросло до 14» no bound). Both tables are read once; pure.
 */
import { table } from '../lexicon/index.js';
import { stemPhrase, stemPhraseAt, wordsOf, type StemWord } from './lexicon.js';

let rows: { ruuk: StemWord[][]; all: StemWord[][] } | null = null;
function load(): { ruuk: StemWord[][]; all: StemWord[][] } {
  if (rows) return rows;
  const read = (file: string): StemWord[][] => table(file).map((r) => r[0]!).filter(Boolean).map(stemPhrase);
  const ruuk = read('toll-rising-ruuk.tsv');
  return (rows = { ruuk, all: [...ruuk, ...read('toll-rising-en.tsv')] });
}

/** Whether `content` describes a toll as rising or updated (a row of data/toll-rising-ruuk.tsv or data/toll-rising-en.tsv). */
export function risingWords(content: string): boolean {
  const rows = load().all;
  const ws = wordsOf(content).map((w) => w.w.replace(/ё/g, 'е'));
  return ws.some((_, i) => rows.some((row) => stemPhraseAt(ws, i, row)));
}

/**
 * Whether the «до» that opens a Russian or Ukrainian count at `start` is the "to" of a rising toll
 * («число погибших возросло до 14», «кількість поранених зросла до 64»), not the "up to" of a bound:
 * the word right before it is a one-word row of data/toll-rising-ruuk.tsv.
 */
export function risingTo(text: string, start: number): boolean {
  if (!/^(?:до|по)\s/iu.test(text.slice(start, start + 4))) return false;
  const rows = load().ruuk;
  const prev = wordsOf(text, Math.max(0, start - 40), start).pop();
  if (!prev || /[^\s]/.test(text.slice(prev.end, start))) return false;
  const w = prev.w.replace(/ё/g, 'е');
  return rows.some((row) => row.length === 1 && stemPhraseAt([w], 0, row));
}
