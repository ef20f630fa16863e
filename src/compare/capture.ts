/**
 * Russian and Ukrainian verbs of taking or clearing a place in their frame (lane ctlB): a verb of
 * data/capture-verbs-ruuk.tsv says who holds a place only with a settlement as its object («взяли
 * Угледар», «штурмом взяли село Работино») or, as a passive participle, as its subject before it
 * («Курахове взято», «центр Торецка зачищен»); and a capture participle used as an adjective before a
 * noun that names no place («по захоплених будинках», «жители захваченных сёл») describes, it tells of
 * no capture. Read by facts.ts statusFacts.
 */
import type { Analysis } from '../analyze/types.js';
import { grammarSet } from '../lexicon/grammar.js';
import type { Word } from '../lexicon/phrases.js';
import { morphPos } from './voice.js';
import { finePlace, placeAt } from './clause-en.js';
import { clauseEndAfter, compareLexicon } from './lexicon.js';
import { sideIn, type SpeakerContext } from './speaker.js';
import type { Side } from './types.js';

/** How many words after the verb its settlement may start (past skip words and a settlement noun). */
const OBJECT_REACH = 4;
/** How many words before a passive participle its settlement (the subject) may stand. */
const SUBJECT_REACH = 6;
/** How many words after an attributive participle the place it qualifies may stand («в захваченном россиянами Мелитополе»). */
const QUALIFIED_REACH = 3;
/** Marks that end a clause between a verb and its object or subject. */
const CLAUSE_MARK = /[,;:.!?()—–]/;
/** Ukrainian adjective endings of the oblique cases (genitive, dative, locative, instrumental, accusative feminine): a participle so inflected is no predicate. */
const UK_OBLIQUE = /(?:ого|ому|им|ім|их|ими|ої|ій|ою|у)$/;

/** Russian and Ukrainian instrumental plural endings of an agent between a participle and its place («россиянами», «російськими військами»). */
const INSTRUMENTAL = /(?:ами|ями|ими|ыми)$/;

/** Whether `w` is written with a capital and is no acronym («Крынки», not «ВСУ»). */
function capitalised(text: string, w: Word): boolean {
  const s = text.slice(w.start, w.end);
  return /^\p{Lu}/u.test(s) && !/^\p{Lu}{2,}/u.test(s);
}

/** Whether `words[i]` is a passive participle: a Russian short participle, a Ukrainian form listed as `passive` in data/capture-verbs-ruuk.tsv. */
export function passiveParticiple(words: readonly Word[], i: number): boolean {
  const w = words[i]!.w;
  return morphPos(w) === 'PRTS' || compareLexicon().capture.passive.has(w);
}

/** Whether `w` starts with a stem of a passive participle of capture whose agent follows it in any form, full or short (data/capture-verbs-ruuk.tsv `agent-stem`: «захваченную ВСУ»). */
export function captureAgentStem(w: string): boolean {
  return compareLexicon().capture.agentStems.some((s) => w.startsWith(s));
}

/**
 * The side named as the agent right after a Russian or Ukrainian passive participle that ends at
 * `words[to - 1]` («взята российскими войсками», «захоплене ЗСУ», «территорию, захваченную ВСУ»): a
 * side word among the `reach` words from `words[to]`, not past the end of its clause. The one reader
 * of a participle's agent, for facts.ts statusSubject and control.ts refineControl.
 */
export function participleAgent(text: string, words: readonly Word[], to: number, reach: number, speaker: Side | null | SpeakerContext): Side | null {
  return sideIn(words as Word[], to, clauseEndAfter(text, words, to, Math.min(words.length, to + reach)), speaker, false);
}

/**
 * Whether the Russian or Ukrainian capture verb `words[from, to)` has a settlement: after it in its
 * clause, right after the verb or past skip words and a settlement noun (data/grammar-words.tsv
 * `place-head`), as a place the analysis found or a capitalised name; or, for a passive participle,
 * as a place before it in its clause («Курахове взято», «Центр Торецка зачищен»).
 */
export function capturePlaceAt(analysis: Analysis, words: readonly Word[], from: number, to: number): boolean {
  const text = analysis.text;
  const heads = grammarSet('place-head');
  const { skip } = compareLexicon().capture;
  let headed = false;
  for (let k = to; k < Math.min(words.length, to + OBJECT_REACH); k++) {
    if (k > 0 && CLAUSE_MARK.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    const w = words[k]!;
    if (placeAt(analysis, w)) return true;
    if (heads.has(w.w)) {
      headed = true;
      continue;
    }
    if (capitalised(text, w) && (headed || k === to || words.slice(to, k).every((x) => skip.has(x.w)))) return true;
    if (!skip.has(w.w)) break;
  }
  if (!passiveParticiple(words, from)) return false;
  for (let k = from - 1; k >= Math.max(0, from - SUBJECT_REACH); k--) {
    if (CLAUSE_MARK.test(text.slice(words[k]!.end, words[k + 1]!.start))) break;
    if (placeAt(analysis, words[k]!)) return true;
  }
  return false;
}

/**
 * Whether the capture participle at `words[from]` is an adjective of a noun that names no place: a
 * Russian full participle, a Ukrainian one in an oblique case («по захоплених будинках», «жители
 * захваченных сёл», «мешканці звільнених сіл»), with no place within QUALIFIED_REACH words after it
 * in its clause («в захваченном россиянами Мелитополе») nor right before it («Угледар, захваченный»).
 * Such a participle describes the noun; it is no new claim that a place was taken.
 */
export function attributiveCapture(analysis: Analysis, words: readonly Word[], from: number): boolean {
  const w = words[from]!.w;
  const pos = morphPos(w);
  if (!(pos === 'PRTF' || (pos === null && UK_OBLIQUE.test(w) && !/[ыэъё]/.test(w)))) return false;
  const text = analysis.text;
  // the place it qualifies stands right after it, past only an agent in the instrumental, an
  // acronym or a settlement noun («в захваченном россиянами Мелитополе», «у захопленому ЗСУ селі
  // Роботине»); a place after the noun it qualifies («жители захваченных сёл Запорожской области»)
  // only says where the noun is
  const heads = grammarSet('place-head');
  for (let k = from + 1; k < Math.min(words.length, from + 1 + QUALIFIED_REACH); k++) {
    if (CLAUSE_MARK.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    if (placeAt(analysis, words[k]!)) return false;
    const between = words[k]!;
    if (!(heads.has(between.w) || INSTRUMENTAL.test(between.w) || /^\p{Lu}{2,}/u.test(text.slice(between.start, between.end)))) break;
  }
  // (a place ending right before it, past a comma: «территории в Курской области, захваченную ВСУ»)
  if (from > 0 && analysis.places.some((p) => p.end === words[from - 1]!.end && finePlace(p))) return false;
  return true;
}
