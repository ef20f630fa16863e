/**
 * Names in Latin letters for display: a Cyrillic speaker name ("Павло Кириленко", "Песков") is
 * shown with its romanisation beside it ("Pavlo Kyrylenko"), so a reader who does not read
 * Cyrillic can tell speakers apart and search for them. Ukrainian names use the national
 * romanisation of 2010 and Russian names a BGN/PCGN-like system (both the presets of
 * cyrillic-to-translit-js); case is kept. Browser-safe: this module imports no data files, so the
 * desk uses it too.
 */
import { hasCyrillic } from '../util/index.js';
import { transliterator } from './translit.js';

const UKRAINIAN = /[іїєґІЇЄҐ]/;
const RUSSIAN = /[ыэъёЫЭЪЁ]/;

/**
 * The Latin form of a name that has Cyrillic letters, else null (a Latin name needs none). The
 * Ukrainian system is used when the name has letters only Ukrainian has, or when `lang` is `uk`
 * and the name has none only Russian has; else the Russian one.
 */
export function latinName(name: string | null | undefined, lang?: string | null): string | null {
  if (!name || !hasCyrillic(name)) return null;
  const ukrainian = UKRAINIAN.test(name) || (lang === 'uk' && !RUSSIAN.test(name));
  // Apostrophes inside Ukrainian names (В'ячеслав) are dropped by the national system.
  const src = ukrainian ? name.replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '') : name;
  return transliterator(ukrainian ? 'uk' : 'ru').transform(src);
}
