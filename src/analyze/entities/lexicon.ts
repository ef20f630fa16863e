/** Lexicons used by the entities and attribution stages, loaded once from data files. */
import { table } from '../../lexicon/index.js';

export interface TitleInfo {
  kind: 'honorific' | 'rank' | 'role';
}

function load() {
  const titles = new Map<string, TitleInfo>();
  /** first word → longest titles starting with it, longest first */
  const titleStarts = new Map<string, string[][]>();
  for (const [t, kind] of table('titles.tsv')) {
    const words = t!.toLowerCase().split(/\s+/);
    titles.set(words.join(' '), { kind: kind as TitleInfo['kind'] });
    const list = titleStarts.get(words[0]!) ?? [];
    list.push(words);
    titleStarts.set(words[0]!, list);
  }
  for (const list of titleStarts.values()) list.sort((a, b) => b.length - a.length);
  const orgHeads = new Set<string>();
  const orgNames = new Map<string, 'name' | 'outlet'>();
  for (const [w, kind] of table('org-words.tsv')) {
    if (kind === 'head') orgHeads.add(w!.toLowerCase());
    else orgNames.set(w!.toLowerCase(), kind as 'name' | 'outlet');
  }
  const firstNames = new Set(table('first-names.txt').map((r) => r[0]!.toLowerCase()));
  const groupNouns = new Map(table('group-nouns.tsv').map((r) => [r[0]!.toLowerCase(), r[1]!]));
  const pronouns = new Map(table('pronouns.tsv').map((r) => [r[0]!.toLowerCase(), { refers: r[1]! }]));
  const countries = new Map(table('countries.tsv').map((r) => [r[0]!.toLowerCase(), { kind: r[2]! }]));
  return { titles, titleStarts, orgHeads, orgNames, firstNames, groupNouns, pronouns, countries };
}

let cached: ReturnType<typeof load> | null = null;
/** The entity lexicons (loaded on first use). */
export function entityLexicon(): ReturnType<typeof load> {
  return (cached ??= load());
}
