/**
 * HTML pages: the main text through @mozilla/readability over linkedom's light DOM, and the page's
 * metadata (title, byline, publication time, canonical URL, language, site name) from meta tags
 * (Open Graph, article:*, Dublin Core, itemprop) and JSON-LD. Scripts are never run: linkedom
 * only builds a tree, and text is read from text nodes.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { ErrorCode, InputError, type InputLocation } from '../errors.js';
import { readPublished } from '../analyze/published.js';
import { decodeText, firstInvalidUtf8, looksBinary } from './files.js';

/** Elements whose content is never text of the page. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'CANVAS', 'SELECT', 'BUTTON', 'FORM']);
/** Elements that start and end a paragraph of the extracted text. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
/** Blocks separated by one line break rather than an empty line. */
const LINE = new Set(['LI', 'DT', 'DD', 'TR']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The readable text of an element: text nodes with runs of white space collapsed, paragraphs
 * (block elements) separated by an empty line, list items and table rows and `<br>` by a line
 * break; scripts, styles and forms left out. `<pre>` keeps its white space.
 */
export function elementText(root: DomNode): string {
  // The text is built as a list of pieces and joined once: trimming or testing the end of one
  // growing string per block costs the length of the whole text each time (quadratic on pages of
  // many paragraphs). Only the last pieces are ever touched, so each character is trimmed at most once.
  const parts: string[] = [];
  let pending = 0; // 0: nothing, 1: line break, 2: paragraph break
  const brk = (n: number): void => {
    if (n > pending) pending = n;
  };
  const last = (): string => parts[parts.length - 1] ?? '';
  /** Removes spaces and tabs at the end of the text built so far. */
  const trimEnd = (): void => {
    while (parts.length > 0) {
      const p = parts[parts.length - 1]!;
      const t = trimSpacesEnd(p);
      if (t !== '') {
        parts[parts.length - 1] = t;
        return;
      }
      parts.pop();
    }
  };
  const emit = (s: string): void => {
    if (s === '') return;
    if (parts.length > 0 && pending > 0) {
      s = trimSpacesStart(s);
      if (s === '') return;
      trimEnd();
      parts.push(pending === 2 ? '\n\n' : '\n');
    } else if (parts.length === 0 || last().endsWith('\n')) {
      s = trimSpacesStart(s);
      if (s === '') return;
    } else if (last().endsWith(' ') && s.startsWith(' ')) s = s.slice(1);
    pending = 0;
    if (s !== '') parts.push(s);
  };
  // Iterative walk (a hostile page can nest elements deeper than the call stack allows).
  // Stack entries: a node to enter, or the marker for leaving a block element.
  type Entry = { node: DomNode; pre: boolean } | { leave: number };
  const stack: Entry[] = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if ('leave' in e) {
      brk(e.leave);
      continue;
    }
    const { node, pre } = e;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      emit(pre ? t : t.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      brk(1);
      continue;
    }
    const block = BLOCK.has(name);
    const level = LINE.has(name) ? 1 : 2;
    if (block) {
      brk(level);
      stack.push({ leave: level });
    }
    const kids = node.childNodes;
    const inPre = pre || name === 'PRE';
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, pre: inPre });
  }
  // Per line, not with /[ \t]+$/gm: that regex backtracks over every run of spaces inside a line.
  return parts.join('').split('\n').map(trimSpacesEnd).join('\n').trim();
}

/** `s` without spaces and tabs at its start (a scan, no regex). */
function trimSpacesStart(s: string): string {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i === 0 ? s : s.slice(i);
}

/** `s` without spaces and tabs at its end (a scan from the end, no regex). */
function trimSpacesEnd(s: string): string {
  let i = s.length;
  while (i > 0 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 9)) i--;
  return i === s.length ? s : s.slice(0, i);
}

/** The text of an HTML fragment (a feed item's description). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return elementText(document.body as unknown as DomNode);
}

/** What a page says about itself. */
export interface PageMeta {
  title?: string;
  byline?: string;
  published?: string;
  canonicalUrl?: string;
  lang?: string;
  siteName?: string;
}

/** A page's main text and metadata. */
export interface Page extends PageMeta {
  text: string;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** RFC 822 zone names (RFC 822 §5.1; military single letters other than Z are ambiguous and ignored). */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const RFC822 = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,4})?\s*$/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * A publication date as ISO-8601, or undefined: ISO/RFC 3339 dates are kept as written (a space
 * between date and time becomes `T`); RFC 822 dates (RSS `pubDate`: `Tue, 05 Mar 2024 14:30:00 +0200`)
 * become `2024-03-05T14:30:00+02:00`, keeping their local time and offset.
 */
export function normaliseDate(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  if (readPublished(t)) return t.replace(' ', 'T');
  const m = RFC822.exec(t);
  if (!m) return undefined;
  const mon = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
  if (!mon) return undefined;
  let y = +m[3]!;
  if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
  let off = 0;
  const z = m[7];
  if (z) {
    if (/^[+-]\d{4}$/.test(z)) off = (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3));
    else {
      const known = ZONES[z.toUpperCase()];
      if (known === undefined) return undefined;
      off = known;
    }
  }
  const zone = off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  const iso = `${y}-${pad(mon)}-${pad(+m[1]!)}T${pad(+m[4]!)}:${m[5]}:${m[6] ?? '00'}${zone}`;
  return readPublished(iso) ? iso : undefined;
}

/** Meta keys that carry the publication time, best first. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.date', 'dcterms.created', 'dc.date.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'parsely-author', 'sailthru.author'];

/** An http(s) URL resolved against `base`, or undefined. */
function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Objects of a JSON-LD value, flattening arrays and `@graph`. */
function* ldObjects(v: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) yield* ldObjects(x, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  yield o;
  if (o['@graph']) yield* ldObjects(o['@graph'], depth + 1);
}

/** A name from a JSON-LD person/organisation value (a string, an object with `name`, or a list of them). */
function ldName(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return ((v as { name: string }).name).trim() || undefined;
  return undefined;
}

type El = { getAttribute(n: string): string | null; textContent: string | null };

/** Reads the metadata of a parsed page (before Readability changes the tree). */
function pageMeta(document: { querySelectorAll(s: string): ArrayLike<El>; documentElement: El | null; title?: string }, base: string | undefined): PageMeta {
  const metas = new Map<string, string>();
  const all = document.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const meta: PageMeta = {};
  // JSON-LD first for dates and authors (structured), meta tags fill the gaps.
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let v: unknown;
    try {
      v = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    for (const o of ldObjects(v)) {
      meta.published ??= normaliseDate(o.datePublished) ?? normaliseDate(o.dateCreated);
      if (typeof o.headline === 'string' && o.headline.trim()) meta.title ??= o.headline.trim();
      meta.byline ??= ldName(o.author) ?? ldName(o.creator);
      if (o.publisher) meta.siteName ??= ldName(o.publisher);
      if (typeof o.inLanguage === 'string') meta.lang ??= o.inLanguage;
    }
  }
  for (const k of DATE_KEYS) meta.published ??= normaliseDate(metas.get(k));
  if (!meta.published) {
    const time = document.querySelectorAll('time[datetime]');
    if (time.length === 1) meta.published = normaliseDate(time[0]!.getAttribute('datetime'));
  }
  for (const k of TITLE_KEYS) meta.title ??= metas.get(k);
  const titleEl = document.querySelectorAll('title')[0];
  meta.title ??= titleEl?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  for (const k of AUTHOR_KEYS) {
    const a = metas.get(k);
    if (a && !/^https?:/i.test(a)) meta.byline ??= a;
  }
  meta.siteName ??= metas.get('og:site_name');
  const links = document.querySelectorAll('link[rel]');
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    if (l.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('canonical')) {
      meta.canonicalUrl = absoluteUrl(l.getAttribute('href'), base);
      if (meta.canonicalUrl) break;
    }
  }
  meta.canonicalUrl ??= absoluteUrl(metas.get('og:url'), base);
  const lang = document.documentElement?.getAttribute('lang') ?? metas.get('content-language') ?? metas.get('og:locale')?.replace('_', '-');
  if (lang && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang.trim())) meta.lang = lang.trim();
  else if (meta.lang && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(meta.lang)) delete meta.lang;
  for (const k of Object.keys(meta) as (keyof PageMeta)[]) if (!meta[k]) delete meta[k];
  return meta;
}

/** Estimated nesting beyond which a page is flattened before parsing (sloppy pages with unclosed tags overestimate; real ones stay in the hundreds). */
const MAX_PARSE_DEPTH = 3000;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([A-Za-z][\w:-]*)[^<>]*?(\/?)>/g; // [^<>]: an unclosed "<a" fails at the next "<", not at the end of the page

/** An estimate of the element nesting of markup from its tags, counted up to `limit + 1`. */
function tagDepth(html: string, limit: number): number {
  let depth = 0, max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2]!.toLowerCase())) {
      depth++;
      if (depth > max && (max = depth) > limit) return max;
    }
  }
  return max;
}

/** Markup without nesting: block-level tags become paragraph breaks, other tags go; entities stay for the parser. */
function flatten(html: string): string {
  const body = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const flat = body
    .replace(TAG, (_t, _c: string, name: string) => (BLOCK.has(name.toUpperCase()) || name.toLowerCase() === 'br' ? '\u0000' : ''))
    .replace(/\s*\u0000[\s\u0000]*/g, '<br><br>');
  return `<!doctype html><html><body>${flat}</body></html>`;
}

/** Element nesting beyond which Readability is not used (real pages stay well under 60). */
const MAX_DEPTH = 150;
/** Elements beyond which Readability is not used (its own `maxElemsToParse`). */
const MAX_ELEMENTS = 60_000;

/** The element nesting depth under `root`, counted up to `limit + 1` (iteratively). */
function maxDepth(root: DomNode | null, limit: number): number {
  if (!root) return 0;
  let max = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, d + 1]);
  }
  return max;
}

/**
 * Reads a page: metadata, then the main text (Readability; the whole body without navigation,
 * headers and footers when Readability finds no article). The title is the first paragraph of the
 * text unless the text already starts with it. `base` resolves relative canonical links.
 */
/**
 * Parses a page with linkedom. Some fragments (`<>1</option>`) leave linkedom without a root
 * element, and its `head`/`body` getters then throw: such markup is parsed again inside a page.
 * (Found by the property-based tests, test/fuzz/readers.test.ts.)
 */
function parsePage(html: string): ReturnType<typeof parseHTML>['document'] {
  const { document } = parseHTML(html);
  if (document.documentElement) return document;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

export function readHtml(html: string, where: InputLocation, base?: string): Page {
  // linkedom's parse time grows with the square of the nesting depth (80,000 nested elements: ~7 s),
  // so a page nested deeper than any real one is flattened first: its text is kept, its structure is not.
  if (tagDepth(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH) html = flatten(html);
  const document = parsePage(html);
  const meta = pageMeta(document as never, base);
  // The parser leaves one text node per entity and per run between entities ("&amp;&lt;x" is three);
  // Readability reads the text of every candidate block many times over, so a page of entities made
  // it walk hundreds of thousands of tiny nodes again and again. Adjacent text nodes are merged first
  // (one pass; the text is unchanged).
  document.documentElement?.normalize();
  let body = '';
  let byline: string | undefined;
  try {
    // Readability's cost grows steeply with nesting depth (1,000 nested elements: ~45 s), so a page
    // nested deeper than any real one, or with very many elements, goes straight to the fallback.
    if (maxDepth(document.documentElement as unknown as DomNode, MAX_DEPTH) > MAX_DEPTH) throw new Error('too deep');
    const article = new Readability(document as never, { serializer: (el: unknown) => el, maxElemsToParse: MAX_ELEMENTS } as never).parse() as
      { content: unknown; title?: string | null; byline?: string | null } | null;
    if (article?.content) {
      body = elementText(article.content as DomNode);
      byline = article.byline?.trim() || undefined;
    }
  } catch {
    body = '';
  }
  if (body.trim() === '') {
    const again = parsePage(html);
    for (const sel of ['nav', 'header', 'footer', 'aside']) {
      const els = again.querySelectorAll(sel);
      for (let i = 0; i < els.length; i++) els[i]!.remove();
    }
    body = again.body ? elementText(again.body as unknown as DomNode) : '';
  }
  meta.byline ??= byline;
  // A byline paragraph Readability kept ("By Jane Roe") is metadata, not text.
  if (meta.byline) {
    const first = body.split('\n\n', 1)[0]!;
    if (first.length < 120 && first.replace(/^by\s+/i, '') === meta.byline.replace(/^by\s+/i, '')) body = body.slice(first.length).trimStart();
  }
  const title = meta.title;
  let text = body;
  if (title && !body.startsWith(title)) text = body ? `${title}\n\n${body}` : title;
  if (text.trim() === '') throw new InputError(ErrorCode.Empty, where, 'no text in the page', 'nothing to analyse; skipped');
  return { ...meta, text };
}

/** The character set an HTML page declares in its first 2 KB (`<meta charset>` or http-equiv), lower-cased. */
export function declaredCharset(buf: Uint8Array): string | undefined {
  const head = Buffer.from(buf.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * Decodes markup bytes: UTF-8 when valid (as `decodeText` checks it), else the charset declared by
 * the transport (`charset`) or the page itself (`windows-1251`, `koi8-r`...), when Node knows it.
 * `binaryCheck` false (feeds): NUL and control bytes are left to the per-item reading.
 */
export function decodeMarkup(buf: Uint8Array, where: InputLocation, charset?: string, binaryCheck = true): string {
  const declared = charset?.toLowerCase() ?? declaredCharset(buf);
  if (declared && !/^(utf-?8|unicode-1-1-utf-8)$/.test(declared) && !looksBinary(buf) && firstInvalidUtf8(buf) >= 0) {
    let dec: TextDecoder | null = null;
    try {
      dec = new TextDecoder(declared);
    } catch {
      dec = null;
    }
    if (dec) {
      const text = dec.decode(buf);
      if (text.trim() === '') throw new InputError(ErrorCode.Empty, where, 'only whitespace', 'nothing to analyse; skipped');
      return text;
    }
  }
  return decodeText(buf, where, 0, binaryCheck);
}
