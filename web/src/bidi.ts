/**
 * Bidi isolation for everything the desk renders (installed once, before the first render): a
 * Preact `options.vnode` hook puts every string child that holds a right-to-left letter or a bidi
 * control (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, LRM/RLM/ALM) inside
 * `<bdi dir="auto">`, so a title, source or speaker with a right-to-left override cannot reorder
 * the text around it, whichever view and field shows it. Where an element cannot hold markup
 * (`<option>`, `<title>`, SVG text) and in tooltip attributes, the string is wrapped in FSI … PDI
 * (U+2068 … U+2069), the plain-text isolate, which also closes any embedding left open inside it.
 */
import { h, options, type VNode } from 'preact';

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, presentation forms, RTL planes) and bidi controls. */
const BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;
/** Elements whose text cannot hold a `<bdi>`: their strings get FSI … PDI instead. */
const PLAIN = new Set(['option', 'title', 'textarea', 'text', 'tspan', 'style', 'script']);
/** Attributes shown as text (tooltips, accessible names). */
const TEXT_ATTRS = ['title', 'aria-label', 'placeholder', 'alt'];

/** Whether `s` needs isolating: it holds a right-to-left letter or a bidi control. */
export function needsIsolation(s: string): boolean {
  return BIDI.test(s);
}

/** `s` as an isolate in plain text (FSI … PDI) when it needs one. */
export function isolateText(s: string): string {
  return needsIsolation(s) ? `\u2068${s}\u2069` : s;
}

/** An element for DOM code outside Preact (map tooltips): `<bdi dir="auto">` holding `s`. */
export function isolatedElement(s: string): HTMLElement {
  const el = document.createElement('bdi');
  el.dir = 'auto';
  el.textContent = s;
  return el;
}

function wrapChildren(c: unknown): unknown {
  if (typeof c === 'string') return needsIsolation(c) ? h('bdi', { dir: 'auto' }, c) : c;
  if (Array.isArray(c)) {
    let changed = false;
    const out = c.map((x) => {
      const y = wrapChildren(x);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : c;
  }
  return c;
}

function plainChildren(c: unknown): unknown {
  if (typeof c === 'string') return isolateText(c);
  if (Array.isArray(c)) return c.map(plainChildren);
  return c;
}

let installed = false;
/** Installs the hook (idempotent). */
export function installBidiIsolation(): void {
  if (installed) return;
  installed = true;
  const prev = options.vnode;
  options.vnode = (vnode: VNode) => {
    const type = vnode.type;
    if (typeof type === 'string' && type !== 'bdi') {
      const props = vnode.props as Record<string, unknown>;
      if ('children' in props) props.children = PLAIN.has(type) ? plainChildren(props.children) : wrapChildren(props.children);
      for (const a of TEXT_ATTRS) if (typeof props[a] === 'string') props[a] = isolateText(props[a] as string);
    }
    prev?.(vnode);
  };
}
