/**
 * Search keys for Russian and Ukrainian text: ё folded to е (Тёткино = Теткино), apostrophes and
 * case folded, and each word cut to a stem by suffix rules per language, so that "Тёткино",
 * "Теткина" and "Теткине" meet. A pure function for the stores' full-text paths (the stores own
 * their indexes; this gives them the key to index and to query with).
 */
import { hasCyrillic } from '../../util/index.js';

const RU_ENDINGS = ['иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ях', 'ах', 'ов', 'ев', 'ей', 'ой', 'ий', 'ый',
  'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ых', 'их', 'ью', 'ия', 'ие', 'ии', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й'];
const UK_ENDINGS = ['ами', 'ями', 'ого', 'ому', 'ими', 'ах', 'ях', 'ів', 'їв', 'ою', 'ею', 'ій', 'ий', 'ої', 'ом', 'ем', 'ам', 'ям', 'их',
  'а', 'я', 'о', 'е', 'и', 'і', 'ї', 'у', 'ю', 'ь', 'й'];

/** Lower case, ё → е, typographic apostrophes → "'", no-break spaces → spaces. */
export function foldCyrillic(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}

/** The stem of one folded word: the longest listed ending cut off, keeping at least 3 letters. */
export function stemWord(word: string, lang: 'ru' | 'uk'): string {
  if (!/^[\u0400-\u04ff']+$/.test(word) || word.length <= 3) return word;
  for (const e of lang === 'uk' ? UK_ENDINGS : RU_ENDINGS) {
    if (word.endsWith(e) && word.length - e.length >= 3) return word.slice(0, -e.length);
  }
  return word;
}

/** Search key of a text: folded words, stemmed per language, joined by spaces. */
export function searchKey(text: string, lang: 'ru' | 'uk'): string {
  return (foldCyrillic(text).match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => stemWord(w, lang)).join(' ');
}

/** One word of a search query: folded (lower case, ё → е); a Cyrillic word also as a stem to match as a prefix. */
export interface SearchTerm {
  word: string;
  cyrillic: boolean;
  /** For a Cyrillic word of more than 3 letters: the shorter of its Russian and Ukrainian stems
   *  (it is a prefix of the word), matched as a prefix ("Курской" → курск*, finds "Курская");
   *  else the word itself, matched whole. */
  stem: string;
  prefix: boolean;
}

/**
 * The words of a user's search text (at most 32) as search terms. Cyrillic words are stemmed for
 * both Russian and Ukrainian and the shorter stem kept, so that the query's language need not be
 * guessed from two words.
 */
export function searchTerms(text: string): SearchTerm[] {
  const words = foldCyrillic(text.normalize('NFKC')).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 32).map((word) => {
    if (!hasCyrillic(word) || word.length <= 3) return { word, cyrillic: hasCyrillic(word), stem: word, prefix: false };
    const a = stemWord(word, 'ru');
    const b = stemWord(word, 'uk');
    return { word, cyrillic: true, stem: a.length <= b.length ? a : b, prefix: true };
  });
}

/** Whether a search text has a Cyrillic word (the stores then search the folded, stemmed way). */
export function hasCyrillicTerm(terms: readonly SearchTerm[]): boolean {
  return terms.some((t) => t.cyrillic);
}

/**
 * A snippet of `text` around the first match of `terms` (words folded as in `searchTerms`; a
 * prefix term matches the start of a word), with marks as offsets into the snippet; about
 * `width` characters, cut at spaces, '…' where the text was cut. Null when no term matches.
 */
export function cyrillicSnippet(text: string, terms: readonly SearchTerm[], width = 160): { snippet: string; marks: [number, number][] } | null {
  const folded = foldCyrillic(text);
  const hits: [number, number][] = [];
  const re = /[\p{L}\p{N}]+/gu;
  // toLowerCase may change the length of a few letters (İ); then offsets are not trusted
  const same = folded.length === text.length;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const w = m[0];
    if (terms.some((t) => (t.prefix ? w.startsWith(t.stem) : w === t.word))) hits.push([m.index, m.index + w.length]);
    if (hits.length > 64) break;
  }
  if (!hits.length || !same) return null;
  let a = Math.max(0, hits[0]![0] - Math.floor(width / 3));
  let b = Math.min(text.length, a + width);
  if (a > 0) { const sp = text.indexOf(' ', a); if (sp >= 0 && sp < hits[0]![0]) a = sp + 1; }
  if (b < text.length) { const sp = text.lastIndexOf(' ', b); if (sp > hits[0]![1]) b = sp; }
  const pre = a > 0 ? '…' : '';
  const snippet = pre + text.slice(a, b).replace(/\s+/g, ' ') + (b < text.length ? '…' : '');
  // white space runs were squeezed: map offsets through the same squeeze
  const map = (o: number): number => pre.length + text.slice(a, o).replace(/\s+/g, ' ').length;
  const marks = hits.filter(([s, e]) => s >= a && e <= b).map(([s, e]) => [map(s), map(e)] as [number, number]);
  return { snippet, marks };
}
