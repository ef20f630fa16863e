/**
 * Turns an analysis into highlight marks and nests them into a tree over the document text, so
 * that the text can be rendered as text nodes inside `<mark>` elements (never as HTML). Marks
 * come from untrusted data: offsets outside the text, empty or reversed spans are dropped.
 */
import type { Analysis, Place, Why } from '../../src/analyze/types.js';

/** The layers the desk highlights, outermost first (a content holds quantities, places, dates). */
export const LAYERS = ['content', 'speaker', 'cue', 'quantity', 'place', 'date'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABELS: Record<Layer, string> = {
  content: 'Content',
  speaker: 'Speaker',
  cue: 'Cue',
  quantity: 'Quantity',
  place: 'Place',
  date: 'Date',
};

/** One highlighted span. `detail` lines are shown in the details panel. */
export interface Mark {
  start: number;
  end: number;
  layer: Layer;
  why: Why | null;
  /** Index of the claim it belongs to (speaker, cue, content, and quantities tied to a claim). */
  claim: number | null;
  detail: [string, string][];
}

/** A node of the highlight tree: a mark (or the root) with its nested marks, in text order. */
export interface MarkNode {
  mark: Mark | null;
  start: number;
  end: number;
  children: MarkNode[];
}

const rank = (l: Layer): number => LAYERS.indexOf(l);

function valid(start: unknown, end: unknown, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 &&
    (start as number) < (end as number) && (end as number) <= length;
}

/** The title of a mark: what it is and why it is there (stage and rule). */
export function markTitle(m: Mark): string {
  const why = m.why ? `${m.why.stage} / ${m.why.rule}` : 'no rule recorded';
  return `${LAYER_LABELS[m.layer]} — why: ${why}`;
}

/** The marks of an analysis for the layers in `show`. */
export function marksOf(a: Analysis, show: ReadonlySet<Layer> = new Set(LAYERS)): Mark[] {
  const n = a.text.length;
  const out: Mark[] = [];
  const add = (m: Mark): void => {
    if (show.has(m.layer) && valid(m.start, m.end, n)) out.push(m);
  };
  (a.claims ?? []).forEach((c, i) => {
    const why = c.why ?? null;
    const claimLine: [string, string] = ['claim', `#${i + 1} (${c.kind})`];
    if (c.speaker) {
      add({ start: c.speaker.start, end: c.speaker.end, layer: 'speaker', why, claim: i,
        detail: [claimLine, ['name', c.speaker.name ?? '(not named)'], ['type', c.speaker.type]] });
    }
    if (c.cue) add({ start: c.cue.start, end: c.cue.end, layer: 'cue', why, claim: i, detail: [claimLine] });
    for (const f of c.content ?? []) {
      add({ start: f.start, end: f.end, layer: 'content', why, claim: i,
        detail: [claimLine, ['speaker', c.speaker ? (c.speaker.name ?? c.speaker.text) : '(none)']] });
    }
  });
  for (const q of a.quantities ?? []) {
    const value = q.bound === 'range' && q.high != null ? `${q.value}–${q.high}` : String(q.value);
    add({ start: q.start, end: q.end, layer: 'quantity', why: q.why ?? null, claim: q.claim ?? null,
      detail: [['value', value], ['bound', q.bound], ['unit', q.unit ?? '(none)']] });
  }
  for (const place of a.places ?? []) {
    // The gazetteer stage adds why, role, variants and match; older analyses may lack them.
    const p = place as Place & { why?: Why; role?: string; variants?: string[]; match?: string };
    const where = typeof p.lat === 'number' && typeof p.lon === 'number' ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : '(not located)';
    const detail: [string, string][] = [['name', p.name], ['region', [p.admin1, p.country].filter(Boolean).join(', ') || '(unknown)'],
      ['level', p.level ?? '(unknown)'], ['coordinates', where]];
    if (p.id) detail.push(['id', p.id]);
    if (p.role) detail.push(['role', p.role]);
    if (Array.isArray(p.variants) && p.variants.length) detail.push(['matched', `${p.variants.join(', ')}${p.match ? ` (${p.match})` : ''}`]);
    add({ start: p.start, end: p.end, layer: 'place', why: p.why ?? null, claim: null, detail });
  }
  for (const d of a.dates ?? []) {
    const date = d.date ? (d.endDate ? `${d.date} to ${d.endDate}` : d.date) : '(not resolved)';
    add({ start: d.start, end: d.end, layer: 'date', why: d.why ?? null, claim: null,
      detail: [['date', date], ['precision', d.precision]] });
  }
  return out;
}

/**
 * Nests marks into a tree. Marks are taken by start, longer first, outer layers first; a mark
 * that crosses the end of the mark it starts in is split there, so every node lies inside its
 * parent and siblings never overlap. Split pieces share their `Mark` object.
 */
export function buildTree(marks: readonly Mark[], length: number): MarkNode {
  const order = (a: MarkNode, b: MarkNode): number =>
    a.start - b.start || b.end - a.end || rank(a.mark!.layer) - rank(b.mark!.layer);
  const queue: MarkNode[] = marks.map((m) => ({ mark: m, start: m.start, end: m.end, children: [] }));
  queue.sort(order);
  const root: MarkNode = { mark: null, start: 0, end: length, children: [] };
  const stack: MarkNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= node.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (node.end > parent.end) {
      // Crosses its parent's end: keep the part inside, queue the rest in order.
      const rest: MarkNode = { mark: node.mark, start: parent.end, end: node.end, children: [] };
      node.end = parent.end;
      let at = i + 1;
      while (at < queue.length && order(queue[at]!, rest) <= 0) at++;
      queue.splice(at, 0, rest);
    }
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}
