/** Hash routing: `#/view/arg?query`. The desk is one page; the hash survives reloads and links. */
import { useEffect, useState } from 'preact/hooks';

export const VIEWS = ['map', 'timeline', 'claims', 'disputes', 'document', 'analyze', 'search', 'settings'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** The path segment after the view (a document id), decoded, or ''. */
  arg: string;
  params: URLSearchParams;
}

/** Reads a route from a location hash; anything unknown is the map. */
export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  let arg = '';
  if (slash >= 0) {
    try {
      arg = decodeURIComponent(path.slice(slash + 1));
    } catch {
      arg = '';
    }
  }
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'map';
  return { view, arg, params };
}

/** The hash of a route. */
export function href(view: View, arg = '', params?: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ''}${qs ? `?${qs}` : ''}`;
}

/** Goes to a route (adds a history entry). */
export function navigate(to: string): void {
  if (location.hash !== to) location.hash = to;
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
