/**
 * Stage `text`: tokens, sentences and paragraphs. Tokenisation and POS tags come from wink-nlp,
 * run on the normalised view (same offsets as the original). Sentences never cross a line break:
 * in news copy and channel posts a line break ends a paragraph, headline or list item.
 * Long texts are processed in blocks cut at line breaks, so memory stays bounded.
 */
import { Doc, Kind, P, isCapitalAt, type Tokens } from '../doc.js';
import { beginDocument, readRaw, wink, winkLemma, winkLoaded, type WinkCache } from '../nlp.js';
import { NO_BUDGET } from '../budget.js';
import type { Stage } from '../pipeline.js';
import { detectLangs, isCyrillicLang } from '../lang/index.js';
import { cleanRuukSentences } from './ruuk.js';
import { TokenBuilder } from './builder.js';
import { titleAbbreviationsEn } from '../../lexicon/grammar.js';
import { tokenizeCyrillic } from './cyrillic.js';

/** Texts longer than this are tokenised block by block (cut at a line break). */
const BLOCK = 200_000;

const KIND: Record<string, Kind> = {
  word: Kind.Word, number: Kind.Number, punctuation: Kind.Punct, tabCRLF: Kind.Space,
  url: Kind.Other, email: Kind.Other, mention: Kind.Other, hashtag: Kind.Other, emoji: Kind.Other,
  emoticon: Kind.Other, time: Kind.Number, ordinal: Kind.Number, currency: Kind.Other, symbol: Kind.Punct,
};

const NON_LATIN_WORD = /[\u0370-\u1FFF]/;
const PIECE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ\u2011-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Pushes the words and marks of an unknown token [s, e) as tokens of their own. */
function pushUnknown(tb: TokenBuilder, norm: string, s: number, e: number): void {
  const v = norm.slice(s, e);
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(v); m; m = PIECE.exec(v)) {
    const w = m[0];
    const word = /[\p{L}\p{N}]/u.test(w);
    const num = /^\p{N}+$/u.test(w);
    const lower = w.toLowerCase();
    // words stay Kind.Other / X, as wink-nlp gives them (the places stage reads Cyrillic that way);
    // analyze() counts them as words
    tb.push(s + m.index, s + m.index + w.length, num ? P.NUM : word ? P.X : P.PUNCT,
      num ? Kind.Number : word ? Kind.Other : Kind.Punct, lower, lower, '');
  }
}

/** Entities and sentences of a block whose tokens were split: wink's token spans mapped by offsets. */
function remapBlock(tb: TokenBuilder, base: number, wd: ReturnType<ReturnType<typeof wink>['readDoc']>, its: ReturnType<typeof wink>['its'], sentTok: [number, number][], nWink: number): void {
  const toks = wd.tokens();
  const values = toks.out() as string[];
  void nWink;
  // wink token index → our first and last token index, by walking offsets in order
  const first = new Int32Array(values.length);
  const last = new Int32Array(values.length);
  let ours = base;
  let off = tb.start[base] ?? 0;
  const spaces = toks.out(its.precedingSpaces) as string[];
  for (let i = 0; i < values.length; i++) {
    off += spaces[i]!.length;
    const end = off + values[i]!.length;
    while (ours < tb.n - 1 && tb.start[ours]! < off) ours++;
    first[i] = ours;
    let o = ours;
    while (o + 1 < tb.n && tb.end[o + 1]! <= end) o++;
    last[i] = o;
    ours = o;
    off = end;
  }
  const ents = wd.entities();
  const espans = ents.out(its.span) as unknown as [number, number][];
  const etypes = ents.out(its.type) as string[];
  for (let j = 0; j < espans.length; j++) {
    const [a, b] = espans[j]!;
    for (let t = first[a]!; t <= last[b]!; t++) tb.ent[t] = etypes[j]!;
  }
  const spans = wd.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) sentTok.push([first[a]!, last[b]! + 1]);
}

/** A run of this many non-space characters (a URL, base64, a string of emoji) is one token, not given to wink-nlp. */
const LONG_RUN = 1000;

/**
 * Cut `text` into segments: blocks of at most ~BLOCK characters for wink-nlp, cut at a line break,
 * else at a space, never inside a surrogate pair; and long runs of non-space characters on their
 * own (`raw`), since the tokenizer's cost grows with the square of a token's length.
 */
function blocks(text: string, from: number, to: number): { s: number; e: number; raw: boolean }[] {
  const out: { s: number; e: number; raw: boolean }[] = [];
  const cut = (from: number, to: number): void => {
    let s = from;
    while (s < to) {
      let e = Math.min(to, s + BLOCK);
      if (e < to) {
        const nl = text.lastIndexOf('\n', e);
        if (nl > s) e = nl + 1;
        else {
          const sp = text.lastIndexOf(' ', e);
          if (sp > s) e = sp + 1;
          else if (isHighSurrogate(text.charCodeAt(e - 1))) e--;
        }
      }
      out.push({ s, e, raw: false });
      s = e;
    }
  };
  // the maximal runs of at least LONG_RUN non-space characters (what /\S{LONG_RUN,}/g finds): any
  // LONG_RUN characters in a row hold a multiple of LONG_RUN, so only the runs through those
  // offsets are measured (the regular expression re-scanned every word from each of its letters,
  // and a loop over every character cost more than needed)
  let last = from;
  for (let m = Math.ceil(from / LONG_RUN) * LONG_RUN; m < to; m += LONG_RUN) {
    if (m < last || isJsSpace(text.charCodeAt(m))) continue;
    let a = m;
    while (a > last && !isJsSpace(text.charCodeAt(a - 1))) a--;
    let b = m + 1;
    while (b < to && !isJsSpace(text.charCodeAt(b))) b++;
    if (b - a >= LONG_RUN) {
      cut(last, a);
      out.push({ s: a, e: b, raw: true });
      last = b;
    }
  }
  cut(last, to);
  return out;
}

/** True for the characters of JavaScript's `\s` (white space and line terminators). */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[s, e) has a Cyrillic letter. */
function hasCyrillic(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) return true;
  }
  return false;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

// What the text stage takes of each wink-nlp lexeme, by lexeme index (a lexeme index names the same
// string for the life of the process: wink-nlp's cache only grows), so that each distinct word is
// lower-cased and typed once, not at every occurrence. Kept as parallel dense arrays, not one object
// per lexeme: the token loop reads them for every token, and objects made as words are first met lie
// scattered over the heap (each read a cache miss), while these arrays are compact.

/** the lexeme's string (its lower case: `lexLower`), or undefined when not yet worked out */
let lexValue: (string | undefined)[] = [];
let lexLower: string[] = [];
/** the lexeme's `Kind`, plus FOREIGN when it is wink-nlp's 'unk' type with a non-Latin letter (cut into words and marks by `pushUnknown`) */
let lexKind = new Uint8Array(0);
/** A flag bit of `lexKind` above every `Kind` value (0–4): a lexeme with it is cut by `pushUnknown`, never read as a `Kind`. */
const FOREIGN = 8;
/**
 * The POS index + 1 of the lemma last worked out for each lexeme (0: none yet), and that lemma,
 * lower case (most words come with one POS).
 */
let lexLemmaPos = new Uint8Array(0);
let lexLemma: string[] = [];
/** Our POS code (`P`) by wink-nlp POS index, filled on first use. */
const posCodes: (number | undefined)[] = [];
/**
 * Lower-case lemmas by lexeme index × 64 + POS index: wink-nlp's lemma of a token that is no part of
 * a contraction depends on these two alone (a lexicon property, else its lemmatizer over the
 * lexeme's normal form and the POS, which consults only the model's own vocabulary). Bounded.
 */
const lemmas = new Map<number, string>();
const LEMMAS_MAX = 500_000;

/** Bits of wink-nlp's packed token (wink-nlp/src/constants.js: tkSize, psMask, posMask, bits4lemma, lemmaMask). */
const TK = 4;
const PS_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
const LEMMA_MASK = 0xfffff;

/** `a` copied into a new array of length `n`, the new slots set to `fill`. */
function grown<T>(a: T[], n: number, fill: T): T[] {
  const b = new Array<T>(n).fill(fill);
  for (let i = 0; i < a.length; i++) b[i] = a[i]!;
  return b;
}

/** Works out lexeme `lex` (its string, lower case and kind) into the arrays above, growing them when needed; returns its string. */
function lexemeAt(cache: WinkCache, lex: number): string {
  if (lex >= lexKind.length) {
    // the model's vocabulary at first; words added later get the next indexes
    const n = Math.max(cache.intrinsicSize(), lex + 1, lexKind.length * 2);
    const k = new Uint8Array(n);
    k.set(lexKind);
    lexKind = k;
    const l = new Uint8Array(n);
    l.set(lexLemmaPos);
    lexLemmaPos = l;
    // (arrays made at their full length, so that they stay dense, not dictionaries)
    lexValue = grown(lexValue, n, undefined);
    lexLower = grown(lexLower, n, '');
    lexLemma = grown(lexLemma, n, '');
  }
  const value = cache.value(lex)!;
  const type = cache.property(lex, 'tokenType') as string;
  lexLower[lex] = value.toLowerCase();
  lexKind[lex] = (KIND[type] ?? Kind.Other) | (type === 'unk' && NON_LATIN_WORD.test(value) ? FOREIGN : 0);
  lexValue[lex] = value;
  return value;
}

function posCode(cache: WinkCache, posIndex: number): number {
  let p = posCodes[posIndex];
  if (p === undefined) posCodes[posIndex] = p = (P as Record<string, number>)[cache.valueOf('pos', posIndex)] ?? P.X;
  return p;
}

/** Tokenise `norm[from, to)` with wink-nlp, block by block, into `tb` and `sentTok`. */
function winkRange(tb: TokenBuilder, norm: string, from: number, to: number, sentTok: [number, number][]): void {
  const its = wink().its;
  for (const { s: bs, e: be, raw: rawBlock } of blocks(norm, from, to)) {
    if (rawBlock) {
      sentTok.push([tb.n, tb.n + 1]);
      tb.push(bs, be, P.X, Kind.Other, '', '', '');
      continue;
    }
    // the token columns are read from wink-nlp's raw data, as its `its.value`, `its.precedingSpaces`,
    // `its.pos`, `its.type` and `its.lemma` read them, without an array per column
    const { doc: wd, raw, cache } = readRaw(norm.slice(bs, be));
    const tk = raw.tokens;
    const nWink = tk.length / TK;
    const base = tb.n;
    let off = bs;
    for (let i = 0; i < nWink; i++) {
      const lex = tk[i * TK]!;
      const w1 = tk[i * TK + 1]!;
      const w2 = tk[i * TK + 2]!;
      const v = lexValue[lex] ?? lexemeAt(cache, lex);
      const ps = w1 & PS_MASK;
      off += ps < PS_MASK ? ps : raw.nonBreakingSpaces[i]!.length;
      let s = off;
      if (norm.startsWith(v, s) === false) {
        // wink changed the token's surface (rare): find it again in the text.
        const f = norm.indexOf(v, s);
        s = f >= 0 && f - s < 64 ? f : s;
      }
      const e = Math.min(s + v.length, be);
      off = e;
      const kf = lexKind[lex]!;
      if (kf & FOREIGN) {
        // wink-nlp's model knows Latin script only: Cyrillic (and other) words come as 'unk',
        // glued to their quotation marks ("«так»"); cut them into words and marks here.
        pushUnknown(tb, norm, s, e);
        continue;
      }
      const k = kf as Kind;
      const posIndex = (w2 & POS_MASK) >>> POS_SHIFT;
      const p = k === Kind.Space ? P.SPACE : posCode(cache, posIndex);
      let lemma: string | undefined;
      if (w1 > 65535) lemma = (cache.value(w2 & LEMMA_MASK) ?? v).toLowerCase(); // a contraction's part: its lemma is in the token
      else if (lexLemmaPos[lex] === posIndex + 1) lemma = lexLemma[lex]!; // (most words come with one POS)
      else {
        const key = lex * 64 + posIndex;
        lemma = lemmas.get(key);
        if (lemma === undefined) {
          lemma = (winkLemma(raw, i) ?? v).toLowerCase();
          if (lemmas.size >= LEMMAS_MAX) lemmas.clear();
          lemmas.set(key, lemma);
        }
        lexLemmaPos[lex] = posIndex + 1;
        lexLemma[lex] = lemma;
      }
      tb.push(s, e, p, k, lexLower[lex]!, lemma, '');
    }
    if (tb.n - base !== nWink) {
      // tokens were split: map wink's token indexes to ours through offsets
      remapBlock(tb, base, wd, its, sentTok, nWink);
      continue;
    }
    for (const [a, b, type] of raw.entities) {
      for (let t = a; t <= b; t++) tb.ent[base + t] = type;
    }
    for (const sentence of raw.sentences) sentTok.push([base + sentence[0]!, base + sentence[1]! + 1]);
  }
}

/**
 * Tokenise `doc.norm` and fill tokens, sentences, paragraphs and languages. Paragraphs in Russian
 * or Ukrainian (and, in a Cyrillic document, those without letters or with any Cyrillic letter) go
 * to the Cyrillic tokenizer (./cyrillic.ts); runs of other paragraphs to wink-nlp.
 */
export function tokenize(doc: Doc): void {
  beginDocument();
  const tb = new TokenBuilder((doc.norm.length >> 2) + 16); // about a token per 4 to 6 characters
  const sentTok: [number, number][] = [];
  const norm = doc.norm;
  buildParagraphs(doc);
  const langs = detectLangs(doc.norm, doc.paragraphs);
  doc.paraLangs = langs.paragraphs;
  const hint = doc.langHint;
  doc.lang = hint && hint !== 'other' ? hint : langs.lang;
  if (hint === 'ru' || hint === 'uk') doc.paraLangs = doc.paraLangs.map((l) => (l === 'ru' || l === 'uk' || l === 'und' ? hint : l));
  const paras = doc.paragraphs;
  const cyrDoc = isCyrillicLang(doc.lang);
  // in a Cyrillic document, a paragraph with any Cyrillic letter too ("Что такое bytes в Python")
  const cyr = doc.paraLangs.map((l, i) => l === 'ru' || l === 'uk' || (cyrDoc && (l === 'und' || hasCyrillic(norm, paras[i]!.start, paras[i]!.end))));
  if (!winkLoaded() && (cyr.includes(false) || !cyr.includes(true)) && doc.budget !== NO_BUDGET) {
    // the first document with a paragraph for wink-nlp loads its model: reading the model is
    // not this document's time (a Russian corpus may meet its first English line after hours)
    doc.budget.untimed(wink);
  }
  if (!cyr.includes(true)) winkRange(tb, norm, 0, norm.length, sentTok);
  else {
    let at = 0;
    for (let i = 0; i < paras.length;) {
      if (cyr[i]) {
        tokenizeCyrillic(tb, norm, at, paras[i]!.end, sentTok);
        at = paras[i]!.end;
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < paras.length && !cyr[j + 1]) j++;
      winkRange(tb, norm, at, paras[j]!.end, sentTok);
      at = paras[j]!.end;
      i = j + 1;
    }
    tokenizeCyrillic(tb, norm, at, norm.length, sentTok);
  }
  const tokens: Tokens = {
    n: tb.n,
    start: tb.start.subarray(0, tb.n),
    end: tb.end.subarray(0, tb.n),
    pos: tb.pos.subarray(0, tb.n),
    kind: tb.kind.subarray(0, tb.n),
    sent: new Int32Array(tb.n),
    lower: tb.lower,
    lemma: tb.lemma,
    ent: tb.ent,
  };
  doc.tokens = tokens;
  buildSentences(doc, sentTok);
  mergeLowercaseStarts(doc);
  rejoinAbbreviations(doc);
  if (isCyrillicLang(doc.lang)) cleanRuukSentences(doc);
  fixNameTags(doc);
}

/**
 * A sentence that starts with a lower-case letter continues the one before it: the splitter stopped
 * after an abbreviation ("Sen. Bernie Sanders (I-Vt.) said ...", "the U.S. said"). Only within a paragraph.
 */
function mergeLowercaseStarts(doc: Doc): void {
  const t = doc.tokens;
  doc.rejoinSentences((_prev, s) => {
    const c = doc.text.charCodeAt(s.start);
    return c >= 97 && c <= 122 && t.kind[s.t0] === Kind.Word ? s.t1 : s.t0;
  });
}

/** Tokens a label in parentheses may take before its closing one ("(D-N.M.)" cut after "N."). */
const PAREN_REACH = 6;

/**
 * Sentences the splitter cut where no sentence ends, joined again within a paragraph: after a title
 * abbreviation before a name ("said the Rev. | Maria Okafor", data/title-abbreviations-en.tsv), and
 * inside a parenthesis the cut sentence opened and the next closes within a few tokens ("Rep. Anna
 * Torres (D-N. | M.) said").
 */
function rejoinAbbreviations(doc: Doc): void {
  const abbr = titleAbbreviationsEn();
  const t = doc.tokens;
  doc.rejoinSentences((prev, s) => {
    if (prev.t1 - prev.t0 < 2) return s.t0;
    let e = prev.t1 - 1;
    while (e > prev.t0 && t.kind[e] === Kind.Space) e--;
    const last = t.lower[e]!;
    const word = last === '.' ? t.lower[e - 1]! : last.endsWith('.') ? last.slice(0, -1) : '';
    if (word && abbr.has(word) && isCapitalAt(doc.text, s.start)) return s.t1;
    let open = 0;
    for (let k = prev.t0; k < prev.t1; k++) {
      if (t.lower[k] === '(') open++;
      else if (t.lower[k] === ')' && open > 0) open--;
    }
    if (open === 0) return s.t0;
    for (let k = s.t0; k < s.t1 && k - s.t0 < PAREN_REACH; k++) {
      if (t.lower[k] === '(') break;
      if (t.lower[k] === ')') return s.t1;
    }
    return s.t0;
  });
}

/**
 * A capitalised auxiliary or verb inside a sentence and right before a proper noun is a given name
 * ("said Will Doyle", "Mark Green said"), not a modal or a verb.
 */
function fixNameTags(doc: Doc): void {
  const t = doc.tokens;
  for (const s of doc.sentences) {
    for (let i = s.t0 + 1; i + 1 < s.t1; i++) {
      const p = t.pos[i]!;
      if ((p === P.AUX || p === P.VERB) && t.pos[i + 1] === P.PROPN && t.kind[i] === Kind.Word) {
        if (isCapitalAt(doc.text, t.start[i]!) && t.pos[i - 1] !== P.DET) t.pos[i] = P.PROPN;
      } else if (p === P.VERB && t.kind[i] === Kind.Word && surnameAsVerb(doc, i, s.t1)) t.pos[i] = P.PROPN;
    }
  }
}

/**
 * A capitalised base-form verb inside a sentence, after a proper noun, a comma or a quotation mark and
 * right before a lower-case inflected verb, is a surname the tagger read as a verb ("Loretta E. Lynch
 * said", '"...," Hunt said', "..., Wade told reporters"): no clause puts a bare verb there.
 */
function surnameAsVerb(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens;
  if (!isCapitalAt(doc.text, t.start[i]!) || t.lower[i] !== t.lemma[i] || t.lower[i]!.endsWith('ing')) return false;
  let b = i - 1;
  while (b >= 0 && t.kind[b] === Kind.Space) b--;
  const prev = b >= 0 ? doc.norm[t.start[b]!] : '';
  if (!(t.pos[b] === P.PROPN || prev === ',' || prev === '"' || prev === "'")) return false;
  let n = i + 1;
  while (n < end && t.kind[n] === Kind.Space) n++;
  if (n >= end || (t.pos[n] !== P.VERB && t.pos[n] !== P.AUX) || t.lower[n] === t.lemma[n] || t.lower[n]!.endsWith('ing')) return false;
  const c = doc.text.charCodeAt(t.start[n]!);
  return c >= 97 && c <= 122;
}

/** Paragraphs: every non-blank line is a paragraph (news copy and posts put one paragraph per line). */
function buildParagraphs(doc: Doc): void {
  const text = doc.norm;
  let s = 0;
  const n = text.length;
  while (s < n) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) doc.paragraphs.push({ start: a, end: b });
    s = e + 1;
  }
}

function hasNewline(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0xfeff || c === 0x200b;
}

/** wink sentences, cut again at line breaks, with space tokens trimmed off the edges. */
function buildSentences(doc: Doc, sentTok: [number, number][]): void {
  const t = doc.tokens;
  const out = doc.sentences;
  let para = 0;
  const paras = doc.paragraphs;
  const emit = (a: number, b: number): void => {
    while (a < b && t.kind[a] === Kind.Space) a++;
    while (b > a && t.kind[b - 1] === Kind.Space) b--;
    if (b <= a) return;
    const start = t.start[a]!;
    while (para < paras.length - 1 && paras[para]!.end <= start) para++;
    const idx = out.length;
    for (let i = a; i < b; i++) t.sent[i] = idx;
    out.push({ start, end: t.end[b - 1]!, t0: a, t1: b, paragraph: para });
  };
  for (const [a0, b0] of sentTok) {
    let a = a0;
    for (let i = a0; i < b0; i++) {
      if (t.kind[i] === Kind.Space && hasNewline(doc.norm, t.start[i]!, t.end[i]!)) {
        emit(a, i);
        a = i + 1;
      }
    }
    emit(a, b0);
  }
  // Space tokens between sentences belong to the preceding sentence index; harmless.
}

export const textStage: Stage = {
  name: 'text',
  requires: [],
  assigns: ['tokens', 'sentences', 'paragraphs'],
  run: tokenize,
};
