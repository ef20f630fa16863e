/** Small shared pieces of the desk: side colours, safe links, loading state. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';

/** Number of side colours in style.css (`.side-c0` … `.side-c7`); unknown sides are grey. */
const SIDE_COLOURS = 8;

/**
 * The colour class of a side: grey for none; Ukrainian and Russian sides in the colours readers
 * expect (blue, red); any other side a colour from its name (FNV-1a), the same in every view.
 */
export function sideClass(side: string | null | undefined): string {
  if (!side) return 'side-none';
  if (/^(ua|ukr)$|ukrain/i.test(side)) return 'side-c0';
  if (/^(ru|rus)$|russia/i.test(side)) return 'side-c1';
  let h = 0x811c9dc5;
  for (let i = 0; i < side.length; i++) h = Math.imul(h ^ side.charCodeAt(i), 0x01000193) >>> 0;
  return `side-c${2 + (h % (SIDE_COLOURS - 2))}`;
}

/** A side as a small coloured label. */
export function SideBadge({ side }: { side: string | null | undefined }) {
  return <span class={`badge ${sideClass(side)}`}>{side ?? 'unknown side'}</span>;
}

/**
 * A colour swatch as inline SVG: a `fill` attribute, which the desk's Content-Security-Policy
 * (style-src 'self') allows where an inline style would not be.
 */
export function EventSwatch({ colour }: { colour: string }) {
  return (
    <svg class="ev-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="11" height="11" rx="2" fill={colour} stroke="rgba(0,0,0,.25)" />
    </svg>
  );
}

/**
 * A link taken from a document, shown as text. Only http(s) URLs become links, opened in a new
 * tab without referrer or opener; anything else (javascript:, data:, …) stays plain text.
 */
export function SafeLink({ url }: { url: string | null | undefined }) {
  if (!url) return null;
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) return <span class="url">{url}</span>;
  return <a class="url" href={url} target="_blank" rel="noopener noreferrer nofollow">{url}</a>;
}

export type Load<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'done'; value: T };

/** Runs `fn` whenever `key` changes; stale answers are dropped. */
export function useLoad<T>(fn: () => Promise<T>, key: string): Load<T> {
  const [s, set] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    set({ state: 'loading' });
    fn().then(
      (value) => live && set({ state: 'done', value }),
      (e: unknown) => live && set({ state: 'error', error: e instanceof ApiError || e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return s;
}

/** Shows a loading line or an error, or the children when loaded. */
export function Loaded<T>({ load, children }: { load: Load<T>; children: (v: T) => ComponentChildren }) {
  if (load.state === 'loading') return <p class="status" role="status">Loading…</p>;
  if (load.state === 'error') return <p class="error" role="alert">Error: {load.error}</p>;
  return <>{children(load.value)}</>;
}

/** `n` and the noun, in the singular for 1 ("1 claim", "3 claims"). */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `YYYY-MM-DD` of an ISO time, or the text itself when it is not one. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}
