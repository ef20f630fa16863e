/**
 * One toll told as a list of groups (issue 9): "killing up to two generals, up to 50 officers and up
 * to 20 foreign mercenaries", "уничтожены до двух генералов и до 50 офицеров, а также до 20
 * иностранных наёмников". The casualty word before the first group (killed, уничтожены) is the
 * toll of every group after it, and analysts set the whole (up to 72 killed) against the other
 * side's count (10 dead), never one group against another ("up to 50 officers" and "up to 20
 * mercenaries" are parts of one claim, not rival figures). The list needs a join word
 * (data/compare.tsv `toll_list_joins`) before its last group, and nothing but join words and the
 * previous group's people noun between two groups: "загинули 35 людей, 134 людини госпіталізовані"
 * (a comma and a new predicate) is not one list. Pure.
 */
import { personLexicon } from './figures.js';
import { compareLexicon } from './lexicon.js';
import { hasCyrillic } from '../util/index.js';
import type { QuantityFact } from './types.js';

/** Whether `unit` counts people (data/units.tsv class person: troops, officers, civilians, ...). */
function isPersonUnit(unit: string): boolean {
  return personLexicon().units.has(unit);
}

/** Units a toll list is told in (data/compare.tsv `toll_units`). */
function isToll(unit: string): boolean {
  return compareLexicon().tollUnits.has(unit);
}

/**
 * The gap between two groups: 'join' when it holds a join word, 'plain' when only people nouns of
 * the previous group (and commas) stand in it, null when anything else does (or a sentence ends).
 */
function gapKind(gap: string): 'join' | 'plain' | null {
  if (gap.length > 48 || /[.;:!?()\n]/.test(gap)) return null;
  const words = gap.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const joins = compareLexicon().tollListJoins;
  const { en, ruuk } = personLexicon();
  let join = false;
  for (const w of words) {
    if (joins.has(w)) join = true;
    else if (!(en.has(w) || (hasCyrillic(w) && ruuk.some(([s]) => w.startsWith(s))))) return null;
  }
  return join ? 'join' : 'plain';
}

/**
 * Gives the groups of a toll list the toll's unit and sums each list into one fact (see the module
 * comment). `facts` are one claim's quantity facts in text order; `text` is the document's text.
 * Facts outside a list are returned as they are.
 */
export function tollLists(text: string, facts: QuantityFact[]): QuantityFact[] {
  if (facts.length < 2) return facts;
  const out: QuantityFact[] = [];
  let i = 0;
  while (i < facts.length) {
    const head = facts[i]!;
    let j = i + 1;
    if (isToll(head.unit) && (head.bound === 'exact' || head.bound === 'at_most')) {
      // the longest run of people groups after the toll, each joined to the one before
      const kinds: ('join' | 'plain')[] = [];
      while (j < facts.length) {
        const f = facts[j]!;
        if (!(isPersonUnit(f.unit) || f.unit === head.unit) || (f.bound !== 'exact' && f.bound !== 'at_most') || f.start < facts[j - 1]!.end) break;
        const k = gapKind(text.slice(facts[j - 1]!.end, f.start));
        if (!k) break;
        kinds.push(k);
        j++;
      }
      // the list ends with a join word ("..., B and C"); shorter runs that do are kept
      while (kinds.length > 0 && kinds[kinds.length - 1] !== 'join') {
        kinds.pop();
        j--;
      }
    }
    if (j - i < 2) {
      out.push(head);
      i++;
      continue;
    }
    const group = facts.slice(i, j);
    const last = group[group.length - 1]!;
    out.push({
      ...head,
      value: group.reduce((s, f) => s + f.value, 0),
      high: null,
      bound: group.some((f) => f.bound === 'at_most') ? 'at_most' : 'exact',
      frame: 'event',
      subjectSide: head.subjectSide ?? group.find((f) => f.subjectSide)?.subjectSide ?? null,
      text: text.slice(head.start, last.end),
      end: last.end,
    });
    i = j;
  }
  return out;
}
