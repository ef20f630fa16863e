/**
 * Speaker identity across scripts and forms (issue 9: a speaker updating its own account is not a
 * dispute). "Минобороны России" in its own Telegram voice, "Russia's defence ministry said ..." in
 * wire copy, "МО РФ" and its spokesman Igor Konashenkov are one speaker; the names, bodies and
 * spokesmen come from data/speaker-identities.tsv. A speaker phrase is one identity only when every
 * word of it is one of that identity's phrases or a title/function word (a "source close to the
 * Russian defence ministry" is not the ministry). Pure; no I/O.
 */
import { table } from '../lexicon/index.js';
import type { ClaimRecord } from './types.js';

interface IdentityLex {
  /** phrase (as a word list joined by spaces) → identity, for `name` rows. */
  names: Map<string, string>;
  /** phrase → identities it is the body of (`body` rows). */
  bodies: Map<string, Set<string>>;
  fillers: Set<string>;
  /** The most words in any phrase. */
  longest: number;
}

let lexCache: IdentityLex | null = null;

function lex(): IdentityLex {
  if (lexCache) return lexCache;
  const names = new Map<string, string>();
  const bodies = new Map<string, Set<string>>();
  const fillers = new Set<string>();
  let longest = 1;
  for (const [id, , kind, phrases] of table('speaker-identities.tsv')) {
    for (const raw of (phrases ?? '').split(',')) {
      const p = normalise(raw).join(' ');
      if (!p) continue;
      longest = Math.max(longest, p.split(' ').length);
      if (kind === 'name') names.set(p, id!);
      else if (kind === 'body') {
        let s = bodies.get(p);
        if (!s) bodies.set(p, (s = new Set()));
        s.add(id!);
      } else if (kind === 'filler') fillers.add(p);
    }
  }
  return (lexCache = { names, bodies, fillers, longest });
}

/** The words of a speaker phrase: lower case, "ё" as "е", a possessive 's and punctuation removed (hyphens kept). */
function normalise(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '' && w !== '-');
}

/**
 * The identity (`ru-mod`, `ua-airforce` ...) a speaker phrase names, or null: the phrase is covered,
 * longest phrase first, by `name` phrases of one identity, `body` phrases of that identity and
 * title/function words, with at least one `name` phrase. Any other word leaves it unknown.
 */
export function speakerIdentity(phrase: string): string | null {
  const l = lex();
  const words = normalise(phrase);
  const named = new Set<string>();
  const bodies: Set<string>[] = [];
  let i = 0;
  while (i < words.length) {
    let step = 0;
    for (let n = Math.min(l.longest, words.length - i); n >= 1 && step === 0; n--) {
      const p = words.slice(i, i + n).join(' ');
      const id = l.names.get(p);
      const body = l.bodies.get(p);
      if (id) named.add(id);
      else if (body) bodies.push(body);
      else if (!l.fillers.has(p)) continue;
      step = n;
    }
    if (step === 0) return null;
    i += step;
  }
  if (named.size !== 1) return null;
  const id = [...named][0]!;
  return bodies.every((b) => b.has(id)) ? id : null;
}

const byRecord = new WeakMap<object, string | null>();

/** The identity of a record's speaker: of its canonical name, else of the phrase as written; null when none. */
export function recordIdentity(r: ClaimRecord): string | null {
  const sp = r.speaker;
  if (!sp) return null;
  const hit = byRecord.get(sp);
  if (hit !== undefined) return hit;
  const id = (sp.name ? speakerIdentity(sp.name) : null) ?? (sp.text && sp.text !== sp.name ? speakerIdentity(sp.text) : null);
  byRecord.set(sp, id);
  return id;
}

/**
 * The key that tells a record's speaker from others: `id:<identity>` for a speaker of
 * data/speaker-identities.tsv (whatever script or form names it), else its name in lower case,
 * else undefined (an unnamed speaker).
 */
export function voiceKey(r: ClaimRecord): string | undefined {
  const id = recordIdentity(r);
  if (id) return `id:${id}`;
  return r.speaker?.name?.toLowerCase() || undefined;
}

/** Whether two records' speakers are one institution of data/speaker-identities.tsv (in any text). */
export function sameIdentity(a: ClaimRecord, b: ClaimRecord): boolean {
  const x = recordIdentity(a);
  return x !== null && x === recordIdentity(b);
}
