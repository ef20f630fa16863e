/**
 * Search keys for Russian and Ukrainian text: ё folded to е (Тёткино = Теткино), apostrophes and
 * case folded, and each word cut to a stem by suffix rules per language, so that "Тёткино",
 * "Теткина" and "Теткине" meet. A pure function for the stores' full-text paths (the stores own
 * their indexes; this gives them the key to index and to query with).
 */

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
