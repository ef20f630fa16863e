/**
 * An analysed text with its highlights: speakers, cues, contents, quantities, places and dates.
 * The text is rendered as text nodes inside `<mark>` elements built from span offsets; each mark
 * says why it is there (stage and rule) in its title, and in the details panel on hover or focus.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../api.js';
import { buildTree, LAYER_LABELS, LAYERS, markTitle, marksOf, type Layer, type Mark, type MarkNode } from '../highlight.js';

function renderNode(node: MarkNode, text: string, ctx: RenderCtx): ComponentChildren {
  const out: ComponentChildren[] = [];
  let at = node.start;
  node.children.forEach((child, i) => {
    if (child.start > at) out.push(text.slice(at, child.start));
    const m = child.mark!;
    const current = ctx.claim !== null && m.claim === ctx.claim && (m.layer === 'content' || m.layer === 'speaker' || m.layer === 'cue');
    out.push(
      <mark
        key={`${child.start}-${i}`}
        class={`hl hl-${m.layer}${current ? ' current' : ''}${ctx.active === m ? ' active' : ''}`}
        tabIndex={0}
        title={markTitle(m)}
        data-layer={m.layer}
        data-claim={m.claim ?? undefined}
        onMouseEnter={() => ctx.setActive(m)}
        onFocus={() => ctx.setActive(m)}
      >
        {renderNode(child, text, ctx)}
      </mark>,
    );
    at = child.end;
  });
  if (node.end > at) out.push(text.slice(at, node.end));
  return out;
}

interface RenderCtx {
  claim: number | null;
  active: Mark | null;
  setActive: (m: Mark) => void;
}

/** Details of the mark under the pointer or focus. */
function Details({ mark, text }: { mark: Mark | null; text: string }) {
  return (
    <aside class="details" aria-live="polite" aria-label="Details of the highlighted span">
      {mark === null ? (
        <p class="muted">Point at or tab to a highlighted span to see what it is and why it is there.</p>
      ) : (
        <dl>
          <dt>Layer</dt>
          <dd><span class={`swatch hl-${mark.layer}`} /> {LAYER_LABELS[mark.layer]}</dd>
          <dt>Text</dt>
          <dd class="quote">{text.slice(mark.start, mark.end)}</dd>
          <dt>Why</dt>
          <dd class="why">{mark.why ? `stage ${mark.why.stage}, rule ${mark.why.rule}` : 'no rule recorded'}</dd>
          {mark.detail.map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </Fragment>
          ))}
          <dt>Offsets</dt>
          <dd>[{mark.start}, {mark.end})</dd>
        </dl>
      )}
    </aside>
  );
}

/** The analysed text with layer toggles, the details panel and the list of claims. */
export function AnalysisView({ analysis, focusClaim = null }: { analysis: Analysis; focusClaim?: number | null }) {
  const [show, setShow] = useState<Set<Layer>>(() => new Set(LAYERS));
  const [active, setActive] = useState<Mark | null>(null);
  const [claim, setClaim] = useState<number | null>(focusClaim);
  const textRef = useRef<HTMLDivElement>(null);
  const text = typeof analysis.text === 'string' ? analysis.text : '';
  const tree = useMemo(() => buildTree(marksOf(analysis, show), text.length), [analysis, show]);

  useEffect(() => setClaim(focusClaim), [focusClaim, analysis]);
  useEffect(() => {
    if (claim === null) return;
    const el = textRef.current?.querySelector<HTMLElement>(`mark[data-claim="${claim}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [claim, tree]);

  const toggle = (l: Layer): void => {
    const next = new Set(show);
    if (next.has(l)) next.delete(l);
    else next.add(l);
    setShow(next);
  };
  const counts = useMemo(() => {
    const n: Record<Layer, number> = { content: 0, speaker: 0, cue: 0, quantity: 0, place: 0, date: 0 };
    for (const m of marksOf(analysis)) n[m.layer]++;
    return n;
  }, [analysis]);

  return (
    <div class="analysis">
      <fieldset class="layers">
        <legend>Highlight</legend>
        {LAYERS.map((l) => (
          <label key={l}>
            <input type="checkbox" checked={show.has(l)} onChange={() => toggle(l)} />
            <span class={`swatch hl-${l}`} /> {LAYER_LABELS[l]} <span class="muted">({counts[l]})</span>
          </label>
        ))}
      </fieldset>
      <div class="analysis-body">
        <div class="doc-text" ref={textRef} data-testid="doc-text">
          {renderNode(tree, text, { claim, active, setActive })}
        </div>
        <Details mark={active} text={text} />
      </div>
      <h3>Claims ({analysis.claims?.length ?? 0})</h3>
      {(analysis.claims?.length ?? 0) === 0 ? (
        <p class="muted">No claims found in this text.</p>
      ) : (
        <ol class="claim-list">
          {analysis.claims.map((c, i) => (
            <li key={i} class={claim === i ? 'current' : ''}>
              <button type="button" class="link" onClick={() => setClaim(i)} aria-pressed={claim === i}>
                <strong>{c.speaker ? (c.speaker.name ?? c.speaker.text) : 'unattributed'}</strong>
                {c.cue ? <> <em>{c.cue.text}</em></> : null}
                {': '}
                {c.content.map((f) => text.slice(f.start, f.end)).join(' … ')}
              </button>
              <span class="muted"> ({c.kind}; {c.why ? `${c.why.stage} / ${c.why.rule}` : 'no rule'})</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
