/**
 * A synchronous, lazy, Node-only loader of the `az` morphology (Az.js 0.2.3, MIT, by Denis Olshin)
 * and its OpenCorpora dictionary (CC BY-SA 3.0, OpenCorpora 0.92 compiled 2016-04-14; see NOTICE).
 *
 * `Az.Morph.init` reads its files with the callback `fs.readFile`; `analyze()` is synchronous. The
 * loader swaps Az's public file reader `Az.load` for one that reads with `readFileSync` and calls
 * back at once, so `Az.Morph.init` (az's own public initialiser, unchanged) finishes before it
 * returns; then `Az.load` is put back. No module of Node is imported statically: the loader asks
 * the running Node for `module` through `process.getBuiltinModule` (Node ≥ 20.16), so a bundler
 * sees nothing to pull in and a browser (or an older Node) simply has no dictionary
 * (`loadAz()` returns null and callers keep their suffix tables).
 */

/** One parse of a word by az: its lemma (lower case), its OpenCorpora tag and az's score. */
export interface AzParse {
  /** The dictionary form (nominative singular, infinitive …), lower case. */
  lemma: string;
  /** OpenCorpora grammemes of the form, e.g. ["NOUN", "anim", "masc", "sing", "gent"]. */
  grammemes: string[];
  /** az's score (the probabilities of OpenCorpora for dictionary words), highest first. */
  score: number;
  /** 'Dictionary' for a word in the dictionary; other parsers guess by suffix. */
  parser: string;
  /** The same word in the form with these grammemes ("властей" + nomn, plur → "власти"), lower case; null if az has none. */
  inflect(grammemes: string[]): string | null;
}

/** A word parser: all of az's parses of `word`, most likely first. */
export type AzParser = (word: string) => AzParse[];

interface AzTag { toString(): string }
interface AzParseObject {
  tag: AzTag & Record<string, unknown>;
  score: number;
  parser: string;
  normalize(): { word: string };
  inflect(grammemes: string[]): { word: string } | false;
}
interface AzModule {
  load: (url: string, type: string, cb: (err: Error | null, data?: unknown) => void) => void;
  Morph: ((word: string, config?: object) => AzParseObject[]) & { init: (path: string, cb: (err: Error | null) => void) => void };
}

interface NodeProcess { getBuiltinModule?: (id: string) => unknown }

let loaded: AzParser | null | undefined;
/** Milliseconds the last successful load took (for docs/bench); 0 when not loaded. */
export let azLoadMs = 0;

/**
 * az's parser, loaded on first call (about 0.5 s of CPU, 2–6 s of wall time on a loaded machine,
 * and 50 MB; see docs/ruuk-morphology.md), or null where az cannot be loaded (a browser, a Node without
 * `process.getBuiltinModule`, the package missing). Never throws.
 */
export function loadAz(): AzParser | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  const t0 = performance.now();
  try {
    const proc = (globalThis as { process?: NodeProcess }).process;
    const mod = proc?.getBuiltinModule?.('module') as { createRequire(from: string): ((id: string) => unknown) & { resolve(id: string): string } } | undefined;
    const fs = proc?.getBuiltinModule?.('fs') as { readFileSync(p: string, enc?: string): Buffer | string } | undefined;
    if (!mod || !fs) return null;
    const require = mod.createRequire(import.meta.url);
    const Az = require('az') as AzModule;
    const path = require.resolve('az/package.json').replace(/package\.json$/, 'dicts');
    const asyncLoad = Az.load;
    let failed: Error | null = null;
    // az counts the files it waits for and finishes when the count falls back to 0, so the
    // callbacks run after `init` has asked for every file (in the order asked), not inside it
    const queue: (() => void)[] = [];
    Az.load = (url, type, cb) => {
      let data: unknown;
      try {
        if (type === 'json') data = JSON.parse(fs.readFileSync(url, 'utf8') as string);
        else {
          const b = fs.readFileSync(url) as Buffer;
          // a copy of exactly the file's bytes (a Buffer may be a view into a larger pool)
          data = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        }
      } catch (e) {
        queue.push(() => cb(e as Error));
        return;
      }
      queue.push(() => cb(null, data));
    };
    let done = false;
    try {
      Az.Morph.init(path, (err) => {
        failed ??= err;
        done = true;
      });
    } finally {
      Az.load = asyncLoad;
    }
    for (const run of queue) run();
    if (!done || failed) return null;
    const morph = Az.Morph;
    loaded = (word: string) =>
      morph(word).map((p) => ({
        lemma: p.normalize().word,
        grammemes: p.tag.toString().split(/[ ,]/),
        score: p.score,
        parser: p.parser,
        inflect: (g: string[]) => {
          const f = p.inflect(g);
          return f ? f.word : null;
        },
      }));
    azLoadMs = performance.now() - t0;
  } catch {
    loaded = null;
  }
  return loaded;
}
