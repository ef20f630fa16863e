/**
 * A side's forces said to be absent from a place ("There are no Ukrainian forces in the city",
 * «позиций ВСУ в Крынках больше нет», «в селе ВСУшников не осталось»): the side has left the place,
 * a control statement of state `lost` with no verb of leaving. The words are data
 * (data/control-absence.tsv); this module finds, in one clause, a word of absence, a force noun with
 * a side word next to it, and a locative preposition before a place, with no word that makes the
 * clause about casualties, prisoners, evidence, plans or a past time. Pure; no I/O.
 */
import type { Analysis } from '../analyze/types.js';
import { table } from '../lexicon/index.js';
import { PhraseMatcher, type Word } from './lexicon.js';
import { sideIn, type SpeakerContext } from './speaker.js';
import type { Side } from './types.js';

type AbsenceClass = 'none-before' | 'none' | 'force' | 'locative' | 'place-noun' | 'veto' | 'thing' | 'possessor';
const CLASSES = new Set<AbsenceClass>(['none-before', 'none', 'force', 'locative', 'place-noun', 'veto', 'thing', 'possessor']);

/** Words a force phrase may hold between "no" and its noun ("no more Ukrainian armed forces"). */
const BEFORE_REACH = 3;
/** Words a Russian or Ukrainian word of absence may stand from its force noun in the clause. */
const CLAUSE_REACH = 12;
/** Words after a locative preposition within which its place or place noun must start. */
const PLACE_REACH = 3;

interface AbsenceLexicon {
  none: PhraseMatcher<AbsenceClass>;
  words: PhraseMatcher<AbsenceClass>;
  /** Words before a force word that make it the owner of what is absent (Russian and Ukrainian «у ВСУ нет ...»). */
  possessors: PhraseMatcher<AbsenceClass>;
}

let lexicon: AbsenceLexicon | null = null;
/** The rows of data/control-absence.tsv, as three matchers (absence words; possessors; the other classes). */
function absenceLexicon(): AbsenceLexicon {
  if (lexicon) return lexicon;
  const none = new PhraseMatcher<AbsenceClass>();
  const words = new PhraseMatcher<AbsenceClass>();
  const possessors = new PhraseMatcher<AbsenceClass>();
  for (const r of table('control-absence.tsv')) {
    const cls = r[1] as AbsenceClass;
    if (!CLASSES.has(cls) || !r[2]) throw new Error(`sitrep: data/control-absence.tsv: bad row "${r.join('\t')}"`);
    (cls === 'none' || cls === 'none-before' ? none : cls === 'possessor' ? possessors : words).add(r[2], cls);
  }
  return (lexicon = { none, words, possessors });
}

/** One absence statement: its words `[from, to)` in the clause's word list and the side said to be gone. */
export interface Absence {
  from: number;
  to: number;
  side: Side;
}

/**
 * The absence statements among `words` (one content fragment's words, offsets into `analysis.text`):
 * a side's forces said not to be in a place. `speaker` resolves "наших"/"our" and "противника".
 */
export function absenceStatements(analysis: Analysis, words: Word[], speaker: SpeakerContext): Absence[] {
  const text = analysis.text;
  const lex = absenceLexicon();
  const out: Absence[] = [];
  // clauses: a comma or a sentence mark between two words ends one
  const clauses: [number, number][] = [];
  let a = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i === words.length || /[,;:.!?()]/.test(text.slice(words[i - 1]!.end, words[i]!.start))) {
      clauses.push([a, i]);
      a = i;
    }
  }
  for (const [c0, c1] of clauses) {
    const ws = words.slice(c0, c1);
    const found = lex.words.scan(ws);
    if (found.some((f) => f.row === 'veto')) continue;
    // a force word that qualifies or owns a thing is no force ("no Ukrainian military facilities",
    // «нет военных объектов ВСУ»), nor one a possessor governs («у ВСУ ... нет резервов»: what the
    // side lacks, not the side absent)
    const owners = new Set(lex.possessors.scan(ws).map((p) => p.to));
    const things = found.filter((f) => f.row === 'thing');
    const forces = found.filter((f) => f.row === 'force' && !owners.has(f.from) && !things.some((t) => t.from === f.to || t.to === f.from));
    if (forces.length === 0 || !placedIn(analysis, ws, found)) continue;
    for (const n of lex.none.scan(ws)) {
      let hit: { from: number; to: number } | null = null;
      if (n.row === 'none-before') {
        // ... with no count between ("no more than 60 Russian soldiers remained": a figure, not an absence)
        const f = forces.find((x) => x.from >= n.to && x.from - n.to <= BEFORE_REACH && !ws.slice(n.to, x.from).some((w) => w.w === 'than' || /\d/.test(w.w)));
        if (f) hit = { from: n.from, to: f.to };
      } else {
        const f = forces.filter((x) => Math.abs(x.from - n.from) <= CLAUSE_REACH).sort((x, y) => Math.abs(x.from - n.from) - Math.abs(y.from - n.from))[0];
        if (f) hit = { from: Math.min(f.from, n.from), to: Math.max(f.to, n.to) };
      }
      if (!hit) continue;
      const force = forces.find((x) => x.from >= hit!.from && x.to <= hit!.to)!;
      // the side: the force word itself («ВСУшников»), else a side word right before or after it
      // ("Ukrainian forces", «позиций ВСУ», «наших військ»), but not one across the word of absence
      const lo = Math.max(n.row === 'none-before' ? n.to : 0, force.from - 2);
      const hi = Math.min(ws.length, force.to + 2);
      const side = sideIn(ws, force.from, force.to, speaker, false) ?? sideIn(ws, lo, force.from, speaker, true) ?? sideIn(ws, force.to, hi, speaker, false);
      if (side !== 'RU' && side !== 'UA') continue;
      out.push({ from: c0 + hit.from, to: c0 + hit.to, side });
      break;
    }
  }
  return out;
}

/** Whether the clause `ws` has a locative preposition before a place the analyzer found or a place noun. */
function placedIn(analysis: Analysis, ws: Word[], found: { row: AbsenceClass; from: number; to: number }[]): boolean {
  for (const l of found) {
    if (l.row !== 'locative') continue;
    for (let k = l.to; k < Math.min(ws.length, l.to + PLACE_REACH); k++) {
      if (found.some((f) => f.row === 'place-noun' && f.from === k)) return true;
      const w = ws[k]!;
      if (analysis.places.some((p) => p.start <= w.start && w.start < p.end && p.level !== 'country')) return true;
    }
  }
  return false;
}
