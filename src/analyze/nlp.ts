/**
 * The one shared wink-nlp instance (a second instance in one process silently loses custom
 * entities, see shared/notes/nlp-stack.md). Loaded lazily on first use, the English model with it.
 *
 * Made history-free: wink-nlp 2.4 keeps every out-of-vocabulary word it meets in a cache shared by
 * all documents, and its tokenizer takes any cached word as one token. So "Rubio’s" was split
 * ("Rubio" "’s") until some earlier document happened to add "Rubio’s" whole, and from then on it
 * stayed whole: a document's tokens, tags and claims depended on what the thread had read before
 * (`ingest --jobs 2` gave other claims and places than `--jobs 1`). Here the cache's `lookup` only
 * finds out-of-vocabulary words added while reading the current document (`beginDocument`), which
 * is what a fresh process sees; words keep their cache entries (no growth from re-reading them).
 *
 * An entry also holds the token type the tokenizer gave the word when it was added (and the POS
 * guess made from that type), and the type depends on the context: a lone U+0308 is a "word"
 * between spaces but "unk" when cut out of "espÃ ̈re,"; "2024" is a "number" in "May 2024" but a
 * "word" in "v.2024". So an entry is kept per word and type: the first time a document adds a word,
 * the cache's hash is pointed at the word's entry of that type (made if there is none), as a fresh
 * process would make it; later adds in the same document take that entry, as in a fresh process.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type modelType from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLPType>;
/** The parts of wink-nlp's internal cache (src/cache.js) that are wrapped. */
export interface WinkCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  /** the string of a lexeme index */
  value(index: number): string | undefined;
  /** a property of a lexeme ('tokenType': word, number, punctuation …) */
  property(index: number, prop: string): unknown;
  /** the name of a feature's value by its index ('pos', 12 → 'NOUN') */
  valueOf(feature: string, index: number): string;
}

/**
 * wink-nlp's raw document data (its `rdd`, see wink-nlp/src/wink-nlp.js `readDoc`): four numbers per
 * token (lexeme index; preceding spaces, with an expansion pointer above 65535 for a contraction's
 * parts; POS and lemma bits; negation), sentences and entities as token index ranges.
 */
export interface WinkRaw {
  tokens: number[];
  sentences: number[][];
  entities: [number, number, string][];
  nonBreakingSpaces: Record<number, string>;
}

const require = createRequire(import.meta.url);
let instance: Wink | null = null;
/** Out-of-vocabulary words added to wink's cache while reading the current document. */
let docWords = new Set<string>();
/** wink's lexeme cache (wrapped), set by `load`. */
let winkCache: WinkCache | null = null;
/** The raw data of the document wink read last (captured from its document-data wrapper). */
let lastRaw: WinkRaw | null = null;
/** The model's add-ons (its lemmatizer), which wink hands to every document it reads; set by `load`. */
let addons: unknown = null;

/** Creates the instance with its cache wrapped (see the module comment). */
function load(): Wink {
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  const makeCache = require(cachePath) as (...a: unknown[]) => WinkCache;
  const mod = require.cache[cachePath]!;
  let cache: WinkCache | null = null;
  let lexemeHash: Record<string, number> | null = null;
  mod.exports = (...a: unknown[]) => {
    // (the model's lexeme hash: string → lexeme index, which `add` extends and `lookup` reads)
    lexemeHash = (a[0] as { features: { lexeme: { hash: Record<string, number> } } }).features.lexeme.hash;
    return (cache = makeCache(...a));
  };
  // readDoc hands each document's raw data to this wrapper first: kept, so that `readRaw` can read
  // the token columns without wink's per-column `out()` arrays
  const ddPath = require.resolve('wink-nlp/src/dd-wrapper.js');
  const makeDd = require(ddPath) as (data: WinkRaw) => unknown;
  const ddMod = require.cache[ddPath]!;
  ddMod.exports = (data: WinkRaw) => {
    lastRaw = data;
    return makeDd(data);
  };
  let nlp: Wink;
  try {
    delete require.cache[require.resolve('wink-nlp')]; // so that it takes the wrapped cache even if loaded before
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    // the model is required here, not imported at the top: reading it costs ~0.2 CPU-s, which a
    // process that reads only Russian and Ukrainian (or only prints --help) never needs
    const model = require('wink-eng-lite-web-model') as typeof modelType;
    nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
    addons = (model as unknown as { addons: unknown }).addons;
  } finally {
    mod.exports = makeCache;
    ddMod.exports = makeDd;
  }
  if (cache === null || lexemeHash === null) throw new Error("wink-nlp's cache could not be wrapped (wink-nlp/src/cache.js not used): tokens would depend on earlier documents");
  const c: WinkCache = cache;
  const hash: Record<string, number> = lexemeHash;
  const intrinsic = c.intrinsicSize();
  const add = c.add;
  const lookup = c.lookup;
  /** The token type of each out-of-vocabulary entry, by lexeme index − intrinsic size. */
  const typeOf: number[] = [];
  /** Out-of-vocabulary entries by token type and string (`type` NUL `string`) → lexeme index. */
  const entries = new Map<string, number>();
  /** Points the hash at the entry of `word` with token type `type`; deletes it when there is none, so that `add` makes one. */
  const select = (word: string, type: number): void => {
    const idx = hash[word];
    if (idx === undefined || idx < intrinsic || typeOf[idx - intrinsic] === type) return;
    const other = entries.get(`${type}\u0000${word}`);
    if (other !== undefined) hash[word] = other;
    else delete hash[word];
  };
  /** Records the type of the entry `add` just made for `word`, at lexeme index `idx` (`hash[word]`). */
  const recordAt = (word: string, idx: number | undefined, type: number): void => {
    if (idx === undefined || idx < intrinsic || typeOf[idx - intrinsic] !== undefined) return;
    typeOf[idx - intrinsic] = type;
    entries.set(`${type}\u0000${word}`, idx);
  };
  c.add = (text, category) => {
    const lower = text.toLowerCase();
    // The first add of a word (and of its lower case, which `add` makes with the word's type) in
    // this document: the entry of this type, as in a fresh process. (`select` does not read
    // `docWords`, so the word is added to it first: one Set operation tells whether it is new.)
    // Before adding: the model's features of a new word look up its lower case, added just before.
    let n = docWords.size;
    docWords.add(text);
    if (docWords.size !== n) select(text, category);
    if (lower !== text) {
      n = docWords.size;
      docWords.add(lower);
      if (docWords.size !== n) select(lower, category);
    }
    const idx = add(text, category);
    // (`add` returns the word's index, `hash[text]`: recorded without a second look-up)
    recordAt(text, idx, category);
    if (lower !== text) recordAt(lower, hash[lower], category);
    return idx;
  };
  c.lookup = (text) => {
    const r = lookup(text);
    // An out-of-vocabulary word cached by an earlier document: as if never seen.
    if (r !== null && r.length === 1 && r[0]! >= intrinsic && !docWords.has(text)) return null;
    return r;
  };
  winkCache = c;
  return nlp;
}

/** The process-wide wink-nlp instance with the English lite model. */
export function wink(): Wink {
  instance ??= load();
  return instance;
}

/**
 * `readDoc` of the process-wide instance, with the document's raw data and wink's lexeme cache
 * (for readers of the token columns: see `WinkRaw`).
 */
export function readRaw(text: string): { doc: ReturnType<Wink['readDoc']>; raw: WinkRaw; cache: WinkCache } {
  const nlp = wink();
  lastRaw = null;
  const doc = nlp.readDoc(text);
  const raw: WinkRaw | null = lastRaw;
  lastRaw = null; // not kept alive after this document
  if (raw === null || winkCache === null) throw new Error("wink-nlp's document data could not be read (wink-nlp/src/dd-wrapper.js not used)");
  return { doc, raw, cache: winkCache };
}

/**
 * wink-nlp's lemma of token `i` of the document whose raw data is `raw` (from `readRaw`): what
 * `doc.tokens().itemAt(i).out(its.lemma)` gives, by the same function (wink's `its.lemma` over the
 * raw data and the model's add-ons), without the item and collection objects wink makes for it.
 */
export function winkLemma(raw: WinkRaw, i: number): string | undefined {
  const lemma = wink().its.lemma as unknown as (index: number, rdd: WinkRaw, addons: unknown) => string | undefined;
  return lemma(i, raw, addons);
}

/** Whether the instance has been loaded (the English model is read on first use). */
export function winkLoaded(): boolean {
  return instance !== null;
}

/** Starts a document: wink forgets the out-of-vocabulary words of the documents read before. */
export function beginDocument(): void {
  if (docWords.size) docWords = new Set();
}
