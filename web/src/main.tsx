/** The sitrep web desk: a one-page app over sitrep's JSON API, with hash routing. */
import { installBidiIsolation } from './bidi.js';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './style.css';
import { href, useRoute, type View } from './router.js';
import { AnalyzeView } from './views/Analyze.js';
import { ClaimsView } from './views/Claims.js';
import { DisputesView } from './views/Disputes.js';
import { DocumentView } from './views/Document.js';
import { MapView } from './views/Map.js';
import { SearchView } from './views/Search.js';
import { SettingsView } from './views/Settings.js';
import { TimelineView } from './views/Timeline.js';

installBidiIsolation();

const NAV: [View, string, string][] = [
  ['map', 'Map', 'm'],
  ['timeline', 'Timeline', 't'],
  ['claims', 'Claims', 'c'],
  ['disputes', 'Disputes', 'd'],
  ['analyze', 'Analyze', 'a'],
  ['search', 'Search', '/'],
  ['settings', 'Settings', 's'],
];

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // On a change of view, move focus to the view's heading (keyboard and screen-reader users land
  // on the new content); a change of filters within a view keeps the focus where it is.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const t = setTimeout(() => main.current?.querySelector<HTMLElement>('h2')?.focus(), 0);
    return () => clearTimeout(t);
  }, [route.view, route.arg]);

  useEffect(() => {
    const label = NAV.find(([v]) => v === route.view)?.[1] ?? (route.view === 'document' ? 'Document' : 'Desk');
    document.title = `${label} · sitrep desk`;
  }, [route.view]);

  // Shortcuts: g then a letter goes to a view (g m: map, g c: claims, ...), / to search; not while typing.
  useEffect(() => {
    let pending = false;
    const on = (e: KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (pending) {
        pending = false;
        const hit = NAV.find(([, , k]) => k === e.key);
        if (hit) location.hash = href(hit[0]);
        return;
      }
      if (e.key === 'g') pending = true;
      else if (e.key === '/') {
        e.preventDefault();
        location.hash = href('search');
        setTimeout(() => document.querySelector<HTMLInputElement>('main input[name=q]')?.focus(), 0);
      }
    };
    addEventListener('keydown', on);
    return () => removeEventListener('keydown', on);
  }, []);

  let view;
  switch (route.view) {
    case 'map': view = <MapView params={route.params} />; break;
    case 'timeline': view = <TimelineView />; break;
    case 'claims': view = <ClaimsView params={route.params} />; break;
    case 'disputes': view = <DisputesView params={route.params} />; break;
    case 'document': view = <DocumentView id={route.arg} params={route.params} key={route.arg} />; break;
    case 'analyze': view = <AnalyzeView />; break;
    case 'search': view = <SearchView params={route.params} />; break;
    case 'settings': view = <SettingsView />; break;
  }
  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.querySelector<HTMLElement>('h2')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <h1><a href={href('map')}>sitrep</a> <span class="muted">desk</span></h1>
        <nav aria-label="Views">
          <ul>
            {NAV.map(([v, label, key]) => (
              <li key={v}>
                <a href={href(v)} aria-current={route.view === v ? 'page' : undefined} title={`${label} (${key === '/' ? '/' : `g ${key}`})`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} id="main">{view}</main>
    </>
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
