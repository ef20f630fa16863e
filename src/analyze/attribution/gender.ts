/**
 * The gender of a person's name and of a speaker pronoun, for resolving "According to her", «По её
 * словам», «За її словами» to a person of that gender (lane speak14). Names come from
 * data/name-genders.tsv (given names and forms of address; Cyrillic rows are stems that cover the case
 * forms). A name with no known given name has no gender and fits any pronoun.
 */
import { table } from '../../lexicon/index.js';

/** A gender of a person, or null when unknown. */
export type Gender = 'm' | 'f' | null;

let exact: Map<string, 'm' | 'f'> | null = null;
let stems: [string, 'm' | 'f'][] | null = null;

function load(): void {
  exact = new Map();
  stems = [];
  for (const [name, g] of table('name-genders.tsv')) {
    if (!name || (g !== 'm' && g !== 'f')) continue;
    if (name.endsWith('~')) stems.push([name.slice(0, -1), g]);
    else exact.set(name, g);
  }
  stems.sort((x, y) => y[0].length - x[0].length);
}

/** The gender of one word of a name (a given name or a form of address), or null. */
function wordGender(word: string): Gender {
  if (!exact) load();
  const w = word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\.$/, '');
  const e = exact!.get(w);
  if (e) return e;
  for (const [stem, g] of stems!) if (w.startsWith(stem) && w.length - stem.length <= 3) return g;
  return null;
}

/**
 * The gender of a person named by `name` ("Hanna Maliar", «Мария Захарова», «Ганною Маляр», "Mrs.
 * Smith"): the gender of the first of its capitalised words that data/name-genders.tsv knows; null
 * when none is known.
 */
export function nameGender(name: string | null | undefined): Gender {
  if (!name) return null;
  for (const w of name.split(/[^\p{L}'’ʼ.-]+/u)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const g = wordGender(w);
    if (g) return g;
  }
  return null;
}

const PRONOUNS: Record<string, 'm' | 'f'> = {
  he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f',
  он: 'm', его: 'm', него: 'm', она: 'f', её: 'f', ее: 'f', неё: 'f', нее: 'f',
  він: 'm', його: 'm', нього: 'm', вона: 'f', її: 'f', неї: 'f',
};

/** The gender a singular personal pronoun or possessive asks for ("her", «её», «його»), or null (plural, "it", anything else). */
export function pronounGender(word: string): Gender {
  return PRONOUNS[word.toLowerCase()] ?? null;
}

/** Whether a person named `name` may be what a pronoun of gender `g` stands for: the same gender, or either unknown. */
export function genderFits(g: Gender, name: string | null | undefined): boolean {
  if (g === null) return true;
  const n = nameGender(name);
  return n === null || n === g;
}
