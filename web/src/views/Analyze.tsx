/** Analyze: paste a text or drop a file, and see its analysis at once (nothing is stored). */
import { useRef, useState } from 'preact/hooks';
import { api, type Analysis } from '../api.js';
import { plural } from '../util.js';
import { AnalysisView } from './AnalysisView.js';

/** Largest file the desk reads into the text box (the server has its own limit). */
const MAX_FILE = 5 * 1024 * 1024;

type State = { s: 'idle' } | { s: 'busy' } | { s: 'error'; message: string } | { s: 'done'; a: Analysis; ms: number };

export function AnalyzeView() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [state, setState] = useState<State>({ s: 'idle' });
  const [over, setOver] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (t: string): Promise<void> => {
    if (t.trim() === '') {
      setState({ s: 'error', message: 'There is no text to analyze.' });
      return;
    }
    setState({ s: 'busy' });
    const t0 = performance.now();
    try {
      const a = await api.analyze(t, published || undefined);
      setState({ s: 'done', a, ms: performance.now() - t0 });
    } catch (e) {
      setState({ s: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const readFile = async (f: File | undefined): Promise<void> => {
    if (!f) return;
    if (f.size > MAX_FILE) {
      setState({ s: 'error', message: `${f.name} is too large (${Math.round(f.size / 1024)} KiB; at most ${MAX_FILE / 1024} KiB).` });
      return;
    }
    const t = await f.text();
    setText(t);
    await run(t);
  };

  return (
    <section>
      <h2 tabIndex={-1}>Analyze a text</h2>
      <form
        class="analyze"
        onSubmit={(e) => {
          e.preventDefault();
          void run(text);
        }}
      >
        <label class="block">
          <span>Text (paste it, or drop a file here)</span>
          <textarea
            name="text"
            rows={10}
            class={over ? 'drop' : ''}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              void readFile(e.dataTransfer?.files[0]);
            }}
          />
        </label>
        <div class="row">
          <label>
            <span>Published</span>
            <input type="date" name="published" value={published} onInput={(e) => setPublished((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            <span>Or choose a file</span>
            <input type="file" ref={fileRef} accept=".txt,.md,text/plain,text/markdown" onChange={() => void readFile(fileRef.current?.files?.[0])} />
          </label>
          <button type="submit" disabled={state.s === 'busy'}>Analyze</button>
        </div>
      </form>
      {state.s === 'busy' ? <p role="status">Analyzing…</p> : null}
      {state.s === 'error' ? <p class="error" role="alert">{state.message}</p> : null}
      {state.s === 'done' ? (
        <>
          <p class="muted" role="status" data-testid="analyze-status">
            {plural(state.a.claims.length, 'claim', 'claims')}, {plural(state.a.quantities.length, 'quantity', 'quantities')},{' '}
            {plural(state.a.places.length, 'place', 'places')}, {plural(state.a.dates.length, 'date', 'dates')} ({Math.round(state.ms)} ms).
          </p>
          <AnalysisView analysis={state.a} />
        </>
      ) : null}
    </section>
  );
}
