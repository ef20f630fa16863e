/**
 * How a process between the two sides stands (an exchange of prisoners or of the dead, talks, a
 * ceasefire), the way analysts read a blame game over it: one side says the other put it off ("Kyiv
 * put off the handover indefinitely"), and the side so named answers that no date was ever agreed
 * («Жодної дати ... не погоджено») or that it is ready ("Ukraine is ready for an exchange"). Such a
 * pair, said by speakers of the two sides within the status window, is a status dispute. Words are
 * data (data/process-status.tsv). Pure; no I/O.
 */
import type { Analysis } from '../analyze/types.js';
import { table } from '../lexicon/index.js';
import { NEGATIONS, opponent, PhraseMatcher, type Word } from './lexicon.js';
import { sideIn, type SpeakerContext } from './speaker.js';
import { dayNumber, disputeId, sideOf, textKey, type RecRef, isoDay } from './compare.js';
import { voiceKey } from './identity.js';
import type { ClaimRecord, Dispute, ProcessFact, Side, Topic } from './types.js';
import { DisjointSets, groupBy } from '../util/index.js';

type Phase = ProcessFact['phase'];
const PHASES = new Set<string>(['put-off', 'unset', 'ready']);
const PROCESSES = new Set<string>(['exchange', 'exchange-bodies', 'exchange-prisoners', 'talks', 'ceasefire']);

/** The family of a process: an exchange of the dead, of prisoners, or not said, are all exchanges. */
function family(process: string): string {
  return process.startsWith('exchange') ? 'exchange' : process;
}

/** Whether two processes of one family may be the same one: equal, or one an exchange not said to be of whom. */
function sameProcess(a: string, b: string): boolean {
  return a === b || a === 'exchange' || b === 'exchange';
}

/** Words either side of a phase word within which its process noun may stand (in its sentence). */
const NOUN_REACH = 8;
/** Words after a put-off or ready phrase within which its object, the process noun, must start ("ready for a prisoner exchange"). */
const OBJECT_REACH = 3;
/** Words before a put-off or ready word searched for the side it names (in its clause). */
const SIDE_REACH = 6;
/** Words before a phase word within which a negation turns it into no statement ("not ready"). */
const NEGATION_REACH = 2;

interface ProcessLexicon {
  phases: PhraseMatcher<Phase>;
  nouns: PhraseMatcher<string>;
  /** Capitals named for their governments as doers («Киев отменил»), with their sides. */
  capitals: PhraseMatcher<Side>;
}
const CAPITAL_CLASSES = new Map<string, Side>([['by-UA', 'UA'], ['by-RU', 'RU']]);

let lexicon: ProcessLexicon | null = null;
/** The rows of data/process-status.tsv: the phase words and the process nouns. */
function processLexicon(): ProcessLexicon {
  if (lexicon) return lexicon;
  const phases = new PhraseMatcher<Phase>();
  const nouns = new PhraseMatcher<string>();
  const capitals = new PhraseMatcher<Side>();
  for (const r of table('process-status.tsv')) {
    const cls = r[2] ?? '';
    if (!r[1] || (!PHASES.has(cls) && !PROCESSES.has(cls) && !CAPITAL_CLASSES.has(cls))) throw new Error(`sitrep: data/process-status.tsv: bad row "${r.join('\t')}"`);
    if (PHASES.has(cls)) phases.add(r[1], cls as Phase);
    else if (CAPITAL_CLASSES.has(cls)) capitals.add(r[1], CAPITAL_CLASSES.get(cls)!);
    else nouns.add(r[1], cls);
  }
  return (lexicon = { phases, nouns, capitals });
}

/** Whether a sentence end stands between two offsets of `text`. */
function sentenceEnd(text: string, a: number, b: number): boolean {
  return /[.!?]/.test(text.slice(a, b));
}

/** The processes the nouns of `words` name, with their word indices. */
function nounsIn(words: Word[]): { process: string; at: number }[] {
  const lex = processLexicon();
  const out: { process: string; at: number }[] = [];
  for (let k = 0; k < words.length; k++) {
    const m = lex.nouns.matchAt(words, k);
    if (m) out.push({ process: m.row, at: k });
  }
  return out;
}

/**
 * The process statements of one claim's content fragments (`fragWords`, offsets into `analysis.text`),
 * said by a speaker of one of the two sides: a phase word with its process noun — for unset the one
 * nearest to it in its sentence; for put-off and ready its object, just after it in its clause (or for
 * put-off before it there: «Обмін полоненими Росія зірвала») — and for put-off and ready the side named
 * before it. No noun, no fact, whatever else the document names.
 */
export function processFacts(analysis: Analysis, fragWords: readonly Word[][], speaker: SpeakerContext): ProcessFact[] {
  if (speaker.side !== 'RU' && speaker.side !== 'UA') return [];
  const text = analysis.text;
  const lex = processLexicon();
  const out: ProcessFact[] = [];
  for (const words of fragWords) {
    let nouns: { process: string; at: number }[] | null = null;
    for (let k = 0; k < words.length; k++) {
      const m = lex.phases.matchAt(words, k);
      if (!m) continue;
      const phase = m.row;
      const a = words[k]!;
      const b = words[m.end - 1]!;
      // "not ready", "did not postpone": no statement of either
      let negated = false;
      for (let j = Math.max(0, k - NEGATION_REACH); j < k; j++) if (NEGATIONS.has(words[j]!.w) && !/[,;:]/.test(text.slice(words[j]!.end, a.start))) negated = true;
      if (negated && phase !== 'unset') continue;
      nouns ??= nounsIn(words);
      let best: { process: string; at: number } | null = null;
      for (const n of nouns) {
        const d = n.at < k ? k - n.at : n.at - (m.end - 1);
        if (d > NOUN_REACH || (n.at >= k && n.at < m.end)) continue;
        if (sentenceEnd(text, Math.min(a.start, words[n.at]!.start), Math.max(b.end, words[n.at]!.end))) continue;
        if (phase !== 'unset') {
          // the phrase's object: after it within reach, or (put-off) before it, in its clause
          if (n.at >= m.end ? d > OBJECT_REACH : phase !== 'put-off') continue;
          const lo = n.at < k ? words[n.at]!.end : b.end;
          const hi = n.at < k ? a.start : words[n.at]!.start;
          if (/[,;:.!?…—]/.test(text.slice(lo, hi))) continue;
          if (best && best.at >= m.end) continue; // the object after it comes first
          if (n.at >= m.end) { best = n; continue; }
        }
        if (!best || d < Math.abs(best.at - k)) best = n;
      }
      const process = best?.process;
      if (!process) continue;
      let by: Side | null = null;
      if (phase !== 'unset') {
        let from = k;
        while (from > 0 && k - from < SIDE_REACH && !/[,;:.!?]/.test(text.slice(words[from - 1]!.end, words[from]!.start))) from--;
        by = sideIn(words, from, k, speaker, true);
        for (let j = k - 1; by === null && j >= from; j--) by = lex.capitals.matchAt(words, j)?.row ?? null;
        if (by !== 'RU' && by !== 'UA') continue; // "the exchange was postponed": no side, no blame
      }
      out.push({ process, phase, by, text: text.slice(a.start, b.end), start: a.start, end: b.end });
      k = m.end - 1;
    }
  }
  // one statement per process and phase
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.process}|${f.phase}|${f.by}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One process statement of a record on a day. */
interface Item extends RecRef {
  day: number;
  fact: ProcessFact;
  /** The speaker's known side. */
  side: Side;
}

/**
 * Whether `a`, a side's accusation that the other put the process off, is answered by `b`, said by
 * the side accused: no date was agreed, it is ready, or the first side put it off.
 */
function answers(a: Item, b: Item): boolean {
  const x = a.fact.by;
  if (a.fact.phase !== 'put-off' || x === null || a.side === x || b.side !== x) return false;
  switch (b.fact.phase) {
    case 'unset':
      return true;
    case 'ready':
      return b.fact.by === x;
    case 'put-off':
      return b.fact.by === opponent(x);
  }
}

/** A process as written in a label: "exchange of bodies" for `exchange-bodies`. */
function processName(process: string): string {
  const m = /^exchange-(\w+)$/.exec(process);
  return m ? `exchange of ${m[1]}` : process;
}

/** The label of a position. */
function positionLabel(f: ProcessFact, items: Item[]): string {
  const name = processName(f.process);
  const phrases = [...new Set(items.map((it) => it.fact.text))].slice(0, 3).map((p) => `"${p}"`).join(', ');
  switch (f.phase) {
    case 'put-off':
      return `${f.by} put off the ${name} (${phrases})`;
    case 'unset':
      return `no date or terms of the ${name} were agreed (${phrases})`;
    case 'ready':
      return `${f.by} is ready for the ${name} (${phrases})`;
  }
}

/**
 * Status disputes over processes between the sides among `records`: a side's "the other side put it
 * off" against that side's answer (see `answers`), said by speakers of the two known sides in two
 * texts or two voices, at most `windowDays` apart. One dispute per process and group of claims that
 * answer one another; it is placed at the war's country (Ukraine), where the process belongs.
 */
export function compareProcesses(records: readonly ClaimRecord[], windowDays: number): Dispute[] {
  const byProcess = new Map<string, Item[]>();
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    const facts = rec?.processes;
    if (!rec || !Array.isArray(facts) || facts.length === 0) continue;
    const side = rec.speaker?.side ?? null;
    if (side !== 'RU' && side !== 'UA') continue;
    const day = dayNumber(typeof rec.date === 'string' ? rec.date : null);
    if (Number.isNaN(day)) continue;
    for (const fact of facts) {
      if (!fact || !PROCESSES.has(fact.process)) continue;
      const l = byProcess.get(family(fact.process));
      const it = { rec: r, day, fact, side };
      if (l) l.push(it);
      else byProcess.set(family(fact.process), [it]);
    }
  }
  const out: Dispute[] = [];
  for (const [process, items] of byProcess) {
    items.sort((a, b) => a.day - b.day || a.rec - b.rec);
    const sets = new DisjointSets<number>();
    const involved = new Set<number>();
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length && items[j]!.day - items[i]!.day <= windowDays; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.rec === b.rec || !sameProcess(a.fact.process, b.fact.process) || !(answers(a, b) || answers(b, a))) continue;
        const ra = records[a.rec]!;
        const rb = records[b.rec]!;
        if (textKey(ra) === textKey(rb) && voiceKey(ra) === voiceKey(rb)) continue;
        involved.add(i);
        involved.add(j);
        sets.union(i, j);
      }
    }
    const groups = groupBy(involved, (i) => sets.find(i));
    for (const members of groups.values()) {
      const pos = new Map<string, Item[]>();
      for (const i of members.sort((x, y) => x - y)) {
        const it = items[i]!;
        const k = `${it.fact.phase}|${it.fact.by ?? '?'}`;
        const l = pos.get(k);
        if (l) l.push(it);
        else pos.set(k, [it]);
      }
      const keys = [...pos.keys()].sort((x, y) => Number(!x.startsWith('put-off')) - Number(!y.startsWith('put-off')) || x.localeCompare(y));
      const sides = keys.map((k) => {
        const its = pos.get(k)!;
        return { ...sideOf(records, its, positionLabel(its[0]!.fact, its)), polarity: (its[0]!.fact.phase === 'put-off' ? -1 : 1) as 1 | -1 };
      });
      const days = members.map((i) => items[i]!.day);
      const from = isoDay(Math.min(...days));
      const to = isoDay(Math.max(...days));
      const topic: Topic = { key: `war:UA|${from}..${to}|s|process:${process}`, place: 'war:UA', placeName: 'Ukraine', level: 'place', from, to, what: { type: 'status', topic: 'process', subjectSide: null } };
      out.push({
        id: disputeId(topic.key, sides),
        topic,
        reason: 'status',
        kind: 'status',
        sides,
        explanation: `How the ${process} stands: ${sides.map((s) => s.position).join(' vs ')}`,
      });
    }
  }
  return out;
}
