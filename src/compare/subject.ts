/**
 * The subject gate of compare's facts for Russian and Ukrainian text (issue 10): real channel posts
 * mix the war between Russia and Ukraine with fires, crashes, crimes and other wars, and the ledger's
 * disputes are about this war only. A claim in Cyrillic text is about the war when its paragraph or
 * its document's first line holds an anchor word of data/war-subject-ruuk.tsv (ВСУ, Украина,
 * Минобороны, Курск ...), or a military word (беспилотник, ракета, ПВО) and no word of another war
 * (Израиль, сектор Газа, Сирия, Абхазия), or its speaker is named with an anchor word (Минобороны
 * России). A claim placed in Ukraine passes without this gate (src/compare/facts.ts). Text without
 * Cyrillic letters is not gated here.
 * Pure.
 */
import { table } from '../lexicon/index.js';
import { wordsOf } from './lexicon.js';

type SubjectClass = 'anchor' | 'military' | 'other';
interface SubjectRow { words: { stem: string; whole: boolean }[]; cls: SubjectClass }

let rows: SubjectRow[] | null = null;
function subjectRows(): SubjectRow[] {
  if (rows) return rows;
  const out: SubjectRow[] = [];
  for (const [stem, cls] of table('war-subject-ruuk.tsv')) {
    if (!stem || (cls !== 'anchor' && cls !== 'military' && cls !== 'other')) throw new Error(`sitrep: data/war-subject-ruuk.tsv: bad row "${stem}"`);
    out.push({ words: stem.split(' ').map((w) => (w.endsWith('=') ? { stem: w.slice(0, -1), whole: true } : { stem: w, whole: false })), cls });
  }
  return (rows = out);
}

/** Which classes of data/war-subject-ruuk.tsv occur in text[from, to). */
export function subjectClasses(text: string, from = 0, to = text.length): Set<SubjectClass> {
  const found = new Set<SubjectClass>();
  const ws = wordsOf(text, from, to).map((w) => w.w.replace(/ё/g, 'е'));
  const list = subjectRows();
  for (let i = 0; i < ws.length; i++) {
    for (const r of list) {
      if (found.has(r.cls)) continue;
      if (r.words.every((p, k) => {
        const w = ws[i + k];
        return w !== undefined && (p.whole ? w === p.stem : w.startsWith(p.stem));
      })) found.add(r.cls);
    }
  }
  return found;
}

/** The paragraph of `text` around [start, end): from the blank line before to the blank line after. */
function paragraphOf(text: string, start: number, end: number): [number, number] {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after];
}

/**
 * Whether a claim whose content spans [start, end) of `text` is about the war (see the module
 * comment); `speaker` (the speaker's name, words and affiliation) counts too: an anchor word in it
 * ("Минобороны России") says so. True for text without Cyrillic letters there.
 */
export function aboutTheWar(text: string, start: number, end: number, speaker = ''): boolean {
  return warSubject(text, start, end, speaker) === 'war';
}

/**
 * As `aboutTheWar`, in three answers: `war`; `other` when the claim names another war or conflict
 * and nothing of this one; `unknown` when it names neither (a lone "Обстановка стабильная").
 */
export function warSubject(text: string, start: number, end: number, speaker = ''): 'war' | 'other' | 'unknown' {
  const [a, b] = paragraphOf(text, start, Math.max(start, end));
  if (!/[\u0400-\u04ff]/.test(text.slice(a, b))) return 'war';
  // a speaker of this war's forces ("Минобороны России", "Генштаб ВСУ") says it
  if (speaker && subjectClasses(speaker).has('anchor')) return 'war';
  const nl = text.indexOf('\n');
  const head = nl < 0 || nl >= a ? null : [0, nl] as const;
  const cls = subjectClasses(text, a, b);
  if (head) for (const c of subjectClasses(text, head[0], head[1])) cls.add(c);
  if (cls.has('anchor') || (cls.has('military') && !cls.has('other'))) return 'war';
  return cls.has('other') ? 'other' : 'unknown';
}
