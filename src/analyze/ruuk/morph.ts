/**
 * A small morphology of Russian and Ukrainian personal names, as data: the case endings of
 * surnames and first names in data/ruuk-name-endings.tsv give a name word's nominative (its lemma)
 * and the cases the ending can mark. Used only where it is needed — on the words of a speaker's
 * name that the grammar puts in an oblique case ("по словам Пескова", "за словами Зеленського") —
 * so it costs nothing per word of text. Why not a full dictionary morphology (`az` with
 * OpenCorpora for Russian; VESUM via pymorphy2-dicts-uk for Ukrainian): see docs/ruuk-morphology.md.
 */
import { table } from '../../lexicon/index.js';

/** Grammatical cases an ending can mark ('nom' when no oblique ending is found). */
export type GramCase = 'nom' | 'gen' | 'acc' | 'dat' | 'ins' | 'loc';

/** A name word's nominative and the cases its ending can mark. */
export interface NameForm {
  lemma: string;
  cases: GramCase[];
}

interface Ending { ending: string; nom: string; cases: GramCase[] }

let endings: Record<'ru' | 'uk', Ending[]> | null = null;
function load(): Record<'ru' | 'uk', Ending[]> {
  const out: Record<'ru' | 'uk', Ending[]> = { ru: [], uk: [] };
  for (const [lang, ending, nom, cases] of table('ruuk-name-endings.tsv')) {
    const e = { ending: ending!.toLowerCase(), nom: nom!.toLowerCase(), cases: cases!.split(/\s+/) as GramCase[] };
    if (lang === '*' || lang === 'ru') out.ru.push(e);
    if (lang === '*' || lang === 'uk') out.uk.push(e);
  }
  for (const l of ['ru', 'uk'] as const) out[l].sort((a, b) => b.ending.length - a.ending.length);
  return out;
}

/**
 * The nominative of a name word read in an oblique case (Пескова → Песков, Москальковой →
 * Москалькова, Шмигаля → Шмигаль, Зеленського → Зеленський, Шевченка → Шевченко) and the cases
 * its ending marks. A word with no listed ending (Шойгу, Матвиенко, Песков) is its own nominative.
 * The whole word may be an ending of the table (Russian "Петра" → "Пётр"); otherwise at least two
 * letters of stem are kept.
 */
export function nameForm(word: string, lang: 'ru' | 'uk'): NameForm {
  const lower = word.toLowerCase();
  for (const e of (endings ??= load())[lang]) {
    if (!lower.endsWith(e.ending)) continue;
    const stem = word.length - e.ending.length;
    if (stem !== 0 && stem < 2) continue;
    let lemma = word.slice(0, stem) + e.nom;
    if (stem === 0 && word[0] !== lower[0]) lemma = lemma[0]!.toUpperCase() + lemma.slice(1);
    if (word === word.toUpperCase() && word.length > 1) lemma = lemma.toUpperCase();
    return { lemma, cases: e.cases };
  }
  return { lemma: word, cases: ['nom'] };
}
