/** Cue lexicons for the attribution stage, loaded once from data files. */
import { table } from '../../lexicon/index.js';

export interface CueInfo {
  cls: string;
  frames: Set<string>;
}

function load() {
  const verbs = new Map<string, CueInfo>();
  for (const [lemma, cls, frames] of table('cue-verbs.tsv')) {
    const prev = verbs.get(lemma!);
    const f = new Set((frames ?? '').split(',').filter(Boolean));
    if (prev) for (const x of f) prev.frames.add(x);
    else verbs.set(lemma!, { cls: cls!, frames: f });
  }
  const according: string[][] = [];
  const nominal = new Map<string, Set<string>>();
  /** noun phrases after "according to" that name what is known, not who says it ("available information") */
  const nosource = new Set<string>();
  for (const [phrase, kind, preps] of table('cue-phrases.tsv')) {
    if (kind === 'according') according.push(phrase!.split(' '));
    else if (kind === 'nosource') nosource.add(phrase!);
    else if (kind === 'nominal') nominal.set(phrase!, new Set((preps ?? 'that').split(',').filter(Boolean)));
  }
  according.sort((a, b) => b.length - a.length);
  /** the first words of the `according` phrases */
  const accordingStarts = new Set(according.map((w) => w[0]!));
  const adjectives = new Map<string, Set<string>>();
  for (const [adj, preps] of table('cue-adjectives.tsv')) adjectives.set(adj!, new Set((preps ?? '').split(',').filter(Boolean)));
  /** every word tryCue may act on by its form: `according` starts, nominal and adjectival cues, "asked" */
  const byForm = new Set<string>([...accordingStarts, ...nominal.keys(), ...adjectives.keys(), 'asked']);
  /** `byForm` and the cue verbs' lemmas: one look-up for a token whose lemma is its form */
  const byFormOrLemma = new Set<string>([...byForm, ...verbs.keys()]);
  /** national adjectives (data/demonyms.tsv, form adj, a country code): "Russian claims that" are Russia's */
  const nations = new Map<string, string>();
  for (const [w, cc, name, form] of table('demonyms.tsv')) if (form === 'adj' && cc !== '-' && !w!.includes(' ')) nations.set(w!.toLowerCase(), name!);
  return { verbs, according, accordingStarts, nominal, nosource, adjectives, byForm, byFormOrLemma, nations };
}

let cached: ReturnType<typeof load> | null = null;
/** The cue lexicons (loaded on first use). */
export function cueLexicon(): ReturnType<typeof load> {
  return (cached ??= load());
}
