/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds, read with fast-xml-parser: one document per item with
 * its link, date, title and author; HTML in descriptions and content reduced to text. A feed that
 * is not well-formed XML is read item by item, so one broken item costs only itself.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ErrorCode, InputError } from '../errors.js';
import { fragmentText, normaliseDate } from './html.js';

/** One feed item, read. */
export interface FeedItem {
  /** 1-based position in the feed. */
  index: number;
  /** Line of the item's start tag. */
  line: number;
  title?: string;
  link?: string;
  guid?: string;
  published?: string;
  author?: string;
  text: string;
}

/** A feed item or the error that skips it. */
export type FeedEntry = { item: FeedItem; error?: undefined } | { item?: undefined; index: number; line: number; error: InputError };

/** A read feed: its kind and title, and its entries. */
export interface Feed {
  kind: 'rss' | 'atom';
  title?: string;
  lang?: string;
  entries: FeedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  cdataPropName: false,
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
  // Bodies are kept as written (markup, CDATA, entities) and read by `bodyText`: XHTML content keeps
  // its text, and markup inside a body never counts against the parser's nesting limit.
  stopNodes: ['*.description', '*.content', '*.summary', '*.content:encoded'],
});

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references (other `&name;` are left for the HTML parser). */
function decodeXmlEntities(s: string): string {
  return s.replace(/&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return XML_ENTITIES[name]!;
    const cp = dec ? Number(dec) : parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
  });
}

/**
 * The text of a body element kept raw by the parser: `html` (RSS descriptions, Atom `type="html"`):
 * entity-escaped or CDATA-wrapped HTML; `xhtml`: inline markup; `text`: plain text with entities.
 */
function bodyText(raw: string, type: 'text' | 'html' | 'xhtml'): string {
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let at = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += type === 'xhtml' ? raw.slice(at, m.index) : decodeXmlEntities(raw.slice(at, m.index));
    out += m[1]!;
    at = m.index + m[0].length;
  }
  out += type === 'xhtml' ? raw.slice(at) : decodeXmlEntities(raw.slice(at));
  return type === 'text' ? out.replace(/[ \t]+/g, ' ').trim() : fragmentText(out);
}

/** The text of a parsed XML value (a string, or an element with `#text`). */
function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Record<string, unknown>)['#text']);
  return undefined;
}

/** Where an XML or HTML text's root element starts, after its prolog; see `skipProlog`. */
export interface Prolog {
  /** Offset of the `<` of the first element, or -1 when the text ends inside the prolog. */
  root: number;
  /** The name given by a `<!DOCTYPE name ...>` (lower-cased), or null. */
  doctype: string | null;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff;

/**
 * Skips the prolog of an XML or HTML text: whitespace, a byte order mark, the XML declaration and
 * processing instructions, comments and a DOCTYPE with its internal subset (quoted literals,
 * comments and processing instructions inside it are skipped as units, so a `>` or `]` in them does
 * not end it). One pass, no fixed window: a DOCTYPE of any length is passed over; `root` is -1
 * when the text ends before the prolog does (the caller reads more, or gives up).
 */
export function skipProlog(s: string): Prolog {
  const n = s.length;
  let i = 0;
  let doctype: string | null = null;
  const past = (end: string, from: number): number => {
    const e = s.indexOf(end, from);
    return e < 0 ? -1 : e + end.length;
  };
  for (;;) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) return { root: -1, doctype };
    if (s.charCodeAt(i) !== 0x3c) return { root: i, doctype }; // not markup: the caller decides
    if (s.startsWith('<?', i)) i = past('?>', i + 2);
    else if (s.startsWith('<!--', i)) i = past('-->', i + 4);
    else if (s.length >= i + 9 && s.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const name = /^\s+([^\s>[]+)/.exec(s.slice(i + 9, i + 9 + 256));
      doctype = name ? name[1]!.toLowerCase() : '';
      i = doctypeEnd(s, i + 9);
    } else return { root: i, doctype };
    if (i < 0) return { root: -1, doctype };
  }
}

/** The offset just past the `>` that closes a DOCTYPE whose body starts at `i`, or -1. */
function doctypeEnd(s: string, i: number): number {
  const n = s.length;
  let subset = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x27) { // a quoted literal
      const e = s.indexOf(s[i]!, i + 1);
      if (e < 0) return -1;
      i = e + 1;
    } else if (subset) {
      if (s.startsWith('<!--', i)) {
        const e = s.indexOf('-->', i + 4);
        if (e < 0) return -1;
        i = e + 3;
      } else if (s.startsWith('<?', i)) {
        const e = s.indexOf('?>', i + 2);
        if (e < 0) return -1;
        i = e + 2;
      } else {
        if (c === 0x5d) subset = false; // ]
        i++;
      }
    } else if (c === 0x5b) { // [
      subset = true;
      i++;
    } else if (c === 0x3e) return i + 1; // >
    else i++;
  }
  return -1;
}

/** The kind of XML feed a text starts with (after its prolog, however long), or null (it is not RSS or Atom). */
export function feedKind(head: string): 'rss' | 'atom' | null {
  const { root } = skipProlog(head);
  if (root < 0) return null;
  const s = head.slice(root, root + 256);
  if (/^<(?:[\w-]+:)?(?:rss|RDF)\b/.test(s)) return 'rss';
  if (/^<(?:[\w-]+:)?feed\b/.test(s)) return 'atom';
  return null;
}

/** An Atom text construct's text (`type` text, html or xhtml). `raw`: the element was kept unparsed (a body). */
function atomText(v: unknown, raw: boolean): string | undefined {
  if (v === undefined || v === null) return undefined;
  const o = (typeof v === 'object' ? v : { '#text': v }) as Record<string, unknown>;
  const t = o['@_type'];
  const type = t === 'html' || t === 'xhtml' ? t : t === 'text/html' ? 'html' : 'text';
  const s = o['#text'];
  if (typeof s !== 'string' && typeof s !== 'number') return undefined;
  const text = raw ? bodyText(String(s), type) : type === 'text' ? String(s).trim() : fragmentText(String(s));
  return text || undefined;
}

/** The href of an Atom item: `rel="alternate"` or no rel, first. */
function atomLink(v: unknown): string | undefined {
  const links = (Array.isArray(v) ? v : v ? [v] : []) as Record<string, unknown>[];
  const alt = links.find((l) => typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate'));
  const h = (alt ?? links[0])?.['@_href'];
  return typeof h === 'string' ? h : undefined;
}

/** Reads one parsed item of either kind. */
function readItem(o: Record<string, unknown>, kind: 'rss' | 'atom', index: number, line: number): FeedItem {
  if (kind === 'atom') {
    const author = ((o.author as unknown[] | undefined) ?? []).map((a) => textOf((a as Record<string, unknown>)?.name) ?? textOf(a)).filter(Boolean).join(', ');
    return {
      index, line,
      title: atomText(o.title, false),
      link: atomLink(o.link),
      guid: textOf(o.id),
      published: normaliseDate(textOf(o.published)) ?? normaliseDate(textOf(o.updated)),
      author: author || undefined,
      text: atomText(o.content, true) ?? atomText(o.summary, true) ?? '',
    };
  }
  const creator = ((o['dc:creator'] as unknown[] | undefined) ?? (o.author as unknown[] | undefined) ?? []).map(textOf).filter(Boolean).join(', ');
  const body = textOf(o['content:encoded']) ?? textOf(o.description);
  const link = textOf(o.link) ?? (typeof o['@_rdf:about'] === 'string' ? o['@_rdf:about'] : undefined);
  return {
    index, line,
    title: textOf(o.title) ? fragmentText(textOf(o.title)!) : undefined,
    link,
    guid: textOf(o.guid),
    published: normaliseDate(textOf(o.pubDate)) ?? normaliseDate(textOf(o['dc:date'])),
    author: creator || undefined,
    text: body ? bodyText(body, 'html') : '',
  };
}

/** 1-based line of offset `at` in `s`. */
function lineOf(s: string, at: number): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1 && i < at; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a feed from its text. Throws an `InputError` (E_FORMAT) when the text is not RSS or Atom
 * at all; a feed with broken XML is read item by item (each broken item is one error entry).
 */
export function readFeed(xml: string, file: string): Feed {
  const kind = feedKind(xml);
  if (!kind) {
    throw new InputError(ErrorCode.Format, { file, line: 1 }, 'not an RSS or Atom feed', 'expected <rss>, <rdf:RDF> or <feed> as the root element');
  }
  const tag = kind === 'atom' ? 'entry' : 'item';
  const starts: number[] = [];
  const open = new RegExp(`<(?:[\\w-]+:)?${tag}[\\s>]`, 'g');
  for (let m = open.exec(xml); m; m = open.exec(xml)) starts.push(m.index);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid === true) {
    try {
      return wholeFeed(xml, kind, starts);
    } catch {
      // e.g. nesting over the parser's limit: read item by item below
    }
  }
  return itemByItem(xml, kind, tag, starts, file, valid === true ? null : valid.err);
}

/** Reads a well-formed feed in one parse. */
function wholeFeed(xml: string, kind: 'rss' | 'atom', starts: number[]): Feed {
  {
    const root = parser.parse(xml) as Record<string, unknown>;
    let channel: Record<string, unknown> = {};
    let items: unknown[] = [];
    if (kind === 'atom') {
      channel = (root.feed ?? {}) as Record<string, unknown>;
      items = (channel.entry as unknown[] | undefined) ?? [];
    } else {
      const rss = (root.rss ?? root['rdf:RDF'] ?? {}) as Record<string, unknown>;
      channel = (rss.channel ?? {}) as Record<string, unknown>;
      if (Array.isArray(channel)) channel = channel[0] as Record<string, unknown>;
      items = (channel.item as unknown[] | undefined) ?? (rss.item as unknown[] | undefined) ?? [];
    }
    const entries = items.map((o, i) => ({ item: readItem((o ?? {}) as Record<string, unknown>, kind, i + 1, lineOf(xml, starts[i] ?? 0)) }));
    return { kind, title: textOf(channel.title), lang: textOf(channel.language) ?? textOf(channel['@_xml:lang']), entries };
  }
}

/** Reads a feed that is not well-formed (or too deep) item by item; `err` is where the whole failed. */
function itemByItem(xml: string, kind: 'rss' | 'atom', tag: string, starts: number[], file: string, err: { msg: string; line: number } | null): Feed {
  const entries: FeedEntry[] = [];
  const close = new RegExp(`</(?:[\\w-]+:)?${tag}>`, 'g');
  starts.forEach((start, i) => {
    const line = lineOf(xml, start);
    close.lastIndex = start;
    const m = close.exec(xml);
    const end = m && (i + 1 >= starts.length || m.index < starts[i + 1]!) ? m.index + m[0].length : -1;
    const where = { file, line };
    if (end < 0) {
      entries.push({ index: i + 1, line, error: new InputError(ErrorCode.Format, where, `feed item ${i + 1} is not closed`, 'skipped; the other items are read') });
      return;
    }
    const piece = xml.slice(start, end);
    const ok = XMLValidator.validate(piece, { allowBooleanAttributes: true });
    if (ok !== true) {
      entries.push({ index: i + 1, line: line + ok.err.line - 1, error: new InputError(ErrorCode.Format, { file, line: line + ok.err.line - 1 }, `feed item ${i + 1} is not well-formed XML: ${ok.err.msg}`, 'skipped; the other items are read') });
      return;
    }
    try {
      const parsed = parser.parse(piece) as Record<string, unknown>;
      const o = Object.values(parsed)[0];
      entries.push({ item: readItem((Array.isArray(o) ? o[0] : o ?? {}) as Record<string, unknown>, kind, i + 1, line) });
    } catch (e) {
      entries.push({ index: i + 1, line, error: new InputError(ErrorCode.Format, where, `feed item ${i + 1} cannot be read: ${(e as Error).message}`, 'skipped; the other items are read') });
    }
  });
  if (entries.every((e) => e.error)) {
    const why = err ? `not well-formed XML: ${err.msg}` : 'the feed cannot be read';
    throw new InputError(ErrorCode.Format, { file, line: err?.line ?? 1 }, why, starts.length ? 'no item could be read' : 'no <item> or <entry> found');
  }
  const head = xml.slice(0, starts[0] ?? xml.length);
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(head)?.[1];
  return { kind, title: title ? decodeXmlEntities(title).trim() || undefined : undefined, entries };
}
