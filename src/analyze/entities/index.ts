/**
 * Stage `entities`: people, organisations, groups, channels and places named in the text.
 *
 * Candidates are runs of proper nouns (wink-nlp PROPN), joined over "of"/"for" inside
 * organisation names ("Ministry of Defence"). Leading titles are split off ("Defence Minister
 * Rustem Umerov" → title + person). Types come from data: titles and given names mark people,
 * organisation head words and names mark organisations and outlets, countries and capitals mark
 * places. Appositions ("Dmitry Medvedev, the deputy chairman of ...") and titles are recorded in
 * `doc.descriptions`, so that "the deputy chairman" can later be resolved to the person.
 */
import { Doc, Kind, P, isCapitalAt } from '../doc.js';
import type { Entity, EntityType } from '../types.js';
import type { Stage } from '../pipeline.js';
import { entityLexicon } from './lexicon.js';
import { grammarSet } from '../../lexicon/grammar.js';

const CALENDAR = grammarSet('calendar');
const JOINERS = grammarSet('name-joiner');


/** Is token i part of a proper name? */
function nameTok(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (t.pos[i] !== P.PROPN) return false;
  if (CALENDAR.has(t.lower[i]!)) return false;
  return isCapitalAt(doc.text, t.start[i]!) || t.kind[i] === Kind.Other;
}

/** Finds entity mentions and fills `doc.entities`, `doc.entityTok`, `doc.entityAt`, `doc.descriptions`. */
export function findEntities(doc: Doc): void {
  const lex = entityLexicon();
  const t = doc.tokens;
  const text = doc.text;
  const at = new Int32Array(t.n).fill(-1);
  doc.entityAt = at;
  const surnames = new Map<string, string>(); // last name (lower) → full name
  const add = (t0: number, t1: number, type: EntityType, name: string | null, rule: string, title: [number, number] | null): number => {
    const idx = doc.entities.length;
    const e: Entity = {
      text: text.slice(t.start[t0]!, t.end[t1 - 1]!), start: t.start[t0]!, end: t.end[t1 - 1]!, type, name,
      title: title ? doc.span(t.start[title[0]]!, t.end[title[1] - 1]!) : null, why: { stage: 'entities', rule },
    };
    doc.entities.push(e);
    doc.entityTok.push([t0, t1]);
    for (let k = t0; k < t1; k++) at[k] = idx;
    return idx;
  };
  const describe = (key: string, name: string, start: number, type: string): void => {
    const list = doc.descriptions.get(key) ?? [];
    list.push({ name, start, type });
    doc.descriptions.set(key, list);
  };

  for (const s of doc.sentences) {
    let i = s.t0;
    while (i < s.t1) {
      if (!nameTok(doc, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      let hasOrgHead = lex.orgHeads.has(t.lower[i]!);
      while (j < s.t1) {
        if (nameTok(doc, j)) {
          if (lex.orgHeads.has(t.lower[j]!)) hasOrgHead = true;
          j++;
        } else if (JOINERS.has(t.lower[j]!) && j + 1 < s.t1 && nameTok(doc, j + 1) && (hasOrgHead || lex.orgHeads.has(t.lower[j + 1]!)) && t.lower[j] !== 'and') {
          j++;
        } else if ((t.lower[j] === 'of' || t.lower[j] === 'for') && t.lower[j + 1] === 'the' && j + 2 < s.t1 && nameTok(doc, j + 2) && hasOrgHead) {
          // "Institute for the Study of War", "Ministry of the Interior"
          j += 2;
        } else break;
      }
      // Titles: inside the run ("Defence Minister X") or just before it ("deputy chairman X").
      let n0 = i;
      let title: [number, number] | null = null;
      let titleKind: string | null = null;
      const tm = matchTitle(doc, n0, j);
      // the run's text in lower case, made at most once (for the look-back and the country test)
      let runLower: string | null = null;
      if (tm > n0 && tm < j) {
        title = [n0, tm];
        titleKind = lex.titles.get(joinLower(doc, n0, tm))?.kind ?? 'role';
        n0 = tm;
      } else if (Math.max(s.t0, i - 4) < i) {
        // look back up to 4 tokens for a lower-case title ending right before the run
        // ("deputy chairman Ivan Petrenko"); a lower-case rank is an ordinary word ("a major Russian
        // offensive", "a general strike"), and a country or demonym takes no title
        // (no token before the run in its sentence: nothing to look back at)
        runLower = text.slice(t.start[i]!, t.end[j - 1]!).toLowerCase();
        const runIsCountry = lex.countries.has(runLower);
        for (let b = Math.max(s.t0, i - 4); b < i && !runIsCountry; b++) {
          if (matchTitle(doc, b, i) === i) {
            const kind = lex.titles.get(joinLower(doc, b, i))?.kind ?? 'role';
            if (kind !== 'role' && !isCapitalAt(text, t.start[b]!)) continue;
            title = [b, i];
            titleKind = kind;
            break;
          }
        }
      }
      const lowers = t.lower.slice(n0, j);
      const whole = lowers.join(' ');
      let type: EntityType = 'unknown';
      let rule = 'propn-run';
      const orgName = lex.orgNames.get(whole) ?? (lowers.length === 1 ? undefined : lex.orgNames.get(lowers[lowers.length - 1]!));
      const country = lex.countries.get(runLower !== null && n0 === i ? runLower : text.slice(t.start[n0]!, t.end[j - 1]!).toLowerCase());
      const lastIsHead = lex.orgHeads.has(t.lower[j - 1]!);
      if (lastIsHead && title && n0 === j - 1) {
        // "General Staff", "Security Service": the "title" is part of an organisation's name
        n0 = title[0];
        title = null;
        lowers.splice(0, 0, ...t.lower.slice(n0, j - 1));
      }
      if (hasOrgHead && (lastIsHead || !(title && titleKind !== 'role'))) {
        type = 'organisation';
        rule = 'org-head';
      } else if (orgName) {
        type = orgName === 'outlet' ? 'channel' : 'organisation';
        rule = orgName === 'outlet' ? 'outlet-name' : 'org-name';
      } else if (country && country.kind !== 'demonym') {
        type = 'place';
        rule = 'country-or-capital';
      } else if (title) {
        type = 'person';
        rule = 'title';
      } else if (lex.firstNames.has(lowers[0]!)) {
        type = 'person';
        rule = 'given-name';
      } else if (lowers.length === 1 && surnames.has(lowers[0]!)) {
        type = 'person';
        rule = 'surname';
      } else if (lowers.length >= 2 && lowers.length <= 4 && !country) {
        type = 'person';
        rule = 'capitalised-run';
      } else if (country) {
        type = 'group';
        rule = 'demonym';
      }
      if (n0 >= j || (type === 'unknown' && lowers.length === 1 && (lex.titles.has(lowers[0]!) || matchTitle(doc, i, Math.min(s.t1, i + 4)) > i + 1))) {
        // a title on its own ("Deputy" of "Deputy chairman Ivan Petrenko") is not an entity
        i = j;
        continue;
      }
      let name = text.slice(t.start[n0]!, t.end[j - 1]!);
      if (type === 'person') {
        if (lowers.length === 1 && surnames.has(lowers[0]!)) name = surnames.get(lowers[0]!)!;
        else if (lowers.length >= 2) surnames.set(lowers[lowers.length - 1]!, name);
      }
      const e = add(title ? title[0] : n0, j, type, type === 'unknown' ? null : name, rule, title);
      if (title && type === 'person') {
        // the whole title ("deputy chairman") and its last word ("chairman") both describe the person
        const phrase = joinLower(doc, title[0], title[1]);
        describe(phrase, name, t.start[n0]!, type);
        const head = t.lower[title[1] - 1]!;
        if (head !== phrase) describe(head, name, t.start[n0]!, type);
      }
      // Apposition: NAME , (the|a|an|POSS) ... ,
      if ((type === 'person' || type === 'organisation' || type === 'unknown') && j < s.t1 && t.lower[j] === ',') {
        const k = appositionEnd(doc, j + 1, s.t1);
        if (k > j + 1) {
          const ent = doc.entities[e]!;
          if (!ent.title) ent.title = doc.span(t.start[j + 1]!, t.end[k - 1]!);
          for (let m = j + 1; m < k; m++) {
            if (t.pos[m] === P.NOUN || (t.pos[m] === P.PROPN && lex.titles.has(t.lower[m]!))) describe(t.lower[m]!, name, t.start[n0]!, type);
          }
          // the apposition's head noun types a name the lexicons did not know ("X, a popular military channel,")
          if (rule === 'capitalised-run' || rule === 'propn-run') {
            let h = -1;
            for (let m = j + 1; m < k && t.lower[m] !== 'of' && t.lower[m] !== 'with'; m++) if (t.pos[m] === P.NOUN) h = m;
            const ht = h >= 0 ? lex.groupNouns.get(t.lower[h]!) : undefined;
            if (ht === 'channel' || ht === 'organisation') {
              ent.type = ht;
              ent.name = name;
              ent.why = { stage: 'entities', rule: 'apposition-type' };
            }
          }
          const tm2 = titlePhrase(doc, j + 1, k);
          if (tm2) describe(tm2, name, t.start[n0]!, type);
        }
      }
      i = j;
    }
  }
}

function joinLower(doc: Doc, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a ? ' ' : '') + bare(doc.tokens.lower[k]!);
  return s;
}

/** The end of the first of `cands` (word lists, longest first) that matches at token k, within b; or -1. */
function matchWords(doc: Doc, k: number, b: number, cands: string[][] | undefined): number {
  if (!cands) return -1;
  const t = doc.tokens;
  for (const words of cands) {
    if (k + words.length > b) continue;
    let w = 0;
    while (w < words.length && bare(t.lower[k + w]!) === words[w]) w++;
    if (w === words.length) return k + w;
  }
  return -1;
}

/** A lower-case token without a final abbreviation dot ("gen." → "gen"). */
function bare(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/** If a title starts at token a (before b), return the token index after it, else a. */
function matchTitle(doc: Doc, a: number, b: number): number {
  const lex = entityLexicon();
  const t = doc.tokens;
  const direct = matchWords(doc, a, b, lex.titleStarts.get(bare(t.lower[a]!)));
  if (direct > a) return direct;
  // "Defence Minister", "Foreign Minister", "Deputy Prime Minister": one modifier + title
  if (a + 1 < b && t.pos[a] !== P.DET && (isCapitalAt(doc.text, t.start[a]!) || t.pos[a] === P.ADJ || t.pos[a] === P.NOUN)) {
    const after = matchWords(doc, a + 1, b, lex.titleStarts.get(bare(t.lower[a + 1]!)));
    if (after > a + 1) return after;
  }
  return a;
}

/** The longest title phrase inside [a, b), lower-cased, or null. */
function titlePhrase(doc: Doc, a: number, b: number): string | null {
  for (let k = a; k < b; k++) {
    const e = matchTitle(doc, k, b);
    if (e > k) return joinLower(doc, k, e);
  }
  return null;
}

/** End (exclusive, at the closing comma) of an apposition starting at `a`, or `a` if none. */
function appositionEnd(doc: Doc, a: number, end: number): number {
  const t = doc.tokens;
  if (a >= end) return a;
  const p0 = t.pos[a]!;
  const l0 = t.lower[a]!;
  if (!(p0 === P.DET || p0 === P.ADJ || p0 === P.NOUN || p0 === P.PROPN || l0 === 'who')) return a;
  if (l0 === 'who' || l0 === 'which') return a;
  let k = a;
  let nouns = 0;
  while (k < end && k - a < 16) {
    const p = t.pos[k]!;
    if (t.lower[k] === ',') break;
    if (p === P.PUNCT && k === end - 1 && (t.lower[k] === '.' || t.lower[k] === '!' || t.lower[k] === '?')) break;
    if (p === P.VERB || p === P.AUX || p === P.PUNCT && t.lower[k] !== '-' && t.lower[k] !== "'s" || t.kind[k] === Kind.Space) return a;
    if (p === P.NOUN || p === P.PROPN) nouns++;
    k++;
  }
  if (k >= end || t.lower[k] !== ',' || nouns === 0) {
    // an apposition may also close the sentence: "..., said X, the deputy chairman."
    if (k >= end - 1 && nouns > 0 && (k === end || t.pos[k] === P.PUNCT)) return k;
    return a;
  }
  return k;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'quotes'],
  assigns: ['entities'],
  run: findEntities,
};
