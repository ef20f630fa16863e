/** Closed word classes from data/grammar-words.tsv, by role (loaded once). */
import { table, wordSet } from './index.js';

interface Grammar {
  sets: Map<string, Set<string>>;
  particles: Map<string, Set<string>>;
}

let cached: Grammar | null = null;

function load(): Grammar {
  const sets = new Map<string, Set<string>>();
  const particles = new Map<string, Set<string>>();
  for (const [role, words] of table('grammar-words.tsv')) {
    const list = (words ?? '').split(/\s+/).filter(Boolean);
    if (role === 'particle') {
      const [lemma, ...rest] = list;
      if (lemma) particles.set(lemma, new Set(rest));
      continue;
    }
    const set = sets.get(role!) ?? new Set<string>();
    for (const w of list) set.add(w);
    sets.set(role!, set);
  }
  return { sets, particles };
}

/** The words of one role of data/grammar-words.tsv (throws on an unknown role). */
export function grammarSet(role: string): Set<string> {
  const g = (cached ??= load());
  const s = g.sets.get(role);
  if (!s) throw new Error(`sitrep: data/grammar-words.tsv has no role '${role}'`);
  return s;
}

/** Cue-verb lemma → the particles that belong to its cue ("call" → on, for). */
export function cueParticles(): Map<string, Set<string>> {
  return (cached ??= load()).particles;
}

let titleAbbrEn: Set<string> | null = null;
/** The English title abbreviations written with a full stop before a name ("Rev.", "Sen."; data/title-abbreviations-en.tsv), loaded once. */
export function titleAbbreviationsEn(): Set<string> {
  return (titleAbbrEn ??= wordSet('title-abbreviations-en.tsv'));
}
