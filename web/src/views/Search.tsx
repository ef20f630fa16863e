/**
 * Search: full-text search over documents and claims (the server's FTS index). Snippets mark the
 * matches with « »; the desk splits on those marks and shows the matches as <mark> text.
 */
import { api, type SearchHit } from '../api.js';
import { href, navigate } from '../router.js';
import { Loaded, useLoad } from '../util.js';

/** A snippet's text with its «matches» as highlighted text (never parsed as HTML). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i} class="hit">{p}</mark> : p))}</>;
}

function Hit({ h }: { h: SearchHit }) {
  const claim = h.type === 'claim' ? Number(h.id.slice(h.id.lastIndexOf('#') + 1)) : NaN;
  return (
    <li class="hit-row">
      <a href={href('document', h.documentId, Number.isInteger(claim) ? { claim } : {})}>
        {h.type === 'claim' ? 'Claim' : 'Document'} in {h.documentId.slice(0, 12)}
      </a>
      <div><Snippet text={h.snippet} /></div>
    </li>
  );
}

/** The search view: `#/search?q=words`. */
export function SearchView({ params }: { params: URLSearchParams }) {
  const q = params.get('q')?.trim() ?? '';
  const load = useLoad(() => (q ? api.search(q, 50) : Promise.resolve(null)), q);
  return (
    <section>
      <h2 tabIndex={-1}>Search</h2>
      <form
        class="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const v = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
          navigate(href('search', '', { q: v }));
        }}
      >
        <label>
          <span>Words to find in documents and claims</span>
          <input type="search" name="q" defaultValue={q} key={q} size={40} />
        </label>
        <button type="submit">Search</button>
      </form>
      <Loaded load={load}>
        {(page) =>
          page === null ? null : (
            <>
              <p role="status" class="muted" data-testid="search-count">
                {page.total === 0 ? 'Nothing found.' : `${page.total} ${page.total === 1 ? 'hit' : 'hits'}${page.total > page.items.length ? `, the first ${page.items.length} shown` : ''}.`}
              </p>
              <ol class="hits">{page.items.map((h) => <Hit key={`${h.type}-${h.id}`} h={h} />)}</ol>
            </>
          )
        }
      </Loaded>
    </section>
  );
}
