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
});

/** The text of a parsed XML value (a string, or an element with `#text`). */
function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Record<string, unknown>)['#text']);
  return undefined;
}

/** The kind of XML feed a text starts with, or null (it is not RSS or Atom). */
export function feedKind(head: string): 'rss' | 'atom' | null {
  const s = head.replace(/<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  if (/^<(?:[\w-]+:)?(?:rss|RDF)\b/.test(s)) return 'rss';
  if (/^<(?:[\w-]+:)?feed\b/.test(s)) return 'atom';
  return null;
}

/** An Atom element's text: `type="html"` is decoded as HTML, `xhtml` content is taken as markup. */
function atomText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return fragmentText(v) || undefined;
  const o = v as Record<string, unknown>;
  const type = typeof o['@_type'] === 'string' ? o['@_type'] : 'text';
  const t = textOf(o);
  if (t === undefined) return undefined;
  return type === 'text' ? t : fragmentText(t) || undefined;
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
      title: atomText(o.title),
      link: atomLink(o.link),
      guid: textOf(o.id),
      published: normaliseDate(textOf(o.published)) ?? normaliseDate(textOf(o.updated)),
      author: author || undefined,
      text: atomText(o.content) ?? atomText(o.summary) ?? '',
    };
  }
  const creator = ((o['dc:creator'] as unknown[] | undefined) ?? (o.author as unknown[] | undefined) ?? []).map(textOf).filter(Boolean).join(', ');
  const body = textOf(o['content:encoded']) ?? textOf(o.description) ?? '';
  const link = textOf(o.link) ?? (typeof o['@_rdf:about'] === 'string' ? o['@_rdf:about'] : undefined);
  return {
    index, line,
    title: textOf(o.title) ? fragmentText(textOf(o.title)!) : undefined,
    link,
    guid: textOf(o.guid),
    published: normaliseDate(textOf(o.pubDate)) ?? normaliseDate(textOf(o['dc:date'])),
    author: creator || undefined,
    text: body ? fragmentText(body) : '',
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
  const kind = feedKind(xml.slice(0, 4096));
  if (!kind) {
    throw new InputError(ErrorCode.Format, { file, line: 1 }, 'not an RSS or Atom feed', 'expected <rss>, <rdf:RDF> or <feed> as the root element');
  }
  const tag = kind === 'atom' ? 'entry' : 'item';
  const starts: number[] = [];
  const open = new RegExp(`<(?:[\\w-]+:)?${tag}[\\s>]`, 'g');
  for (let m = open.exec(xml); m; m = open.exec(xml)) starts.push(m.index);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid === true) {
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
  // Broken XML: read each item on its own, report the broken ones and where the whole failed.
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
    const parsed = parser.parse(piece) as Record<string, unknown>;
    const o = Object.values(parsed)[0];
    entries.push({ item: readItem((Array.isArray(o) ? o[0] : o ?? {}) as Record<string, unknown>, kind, i + 1, line) });
  });
  if (entries.every((e) => e.error)) {
    throw new InputError(ErrorCode.Format, { file, line: valid.err.line }, `not well-formed XML: ${valid.err.msg}`,
      starts.length ? 'no item could be read' : 'no <item> or <entry> found');
  }
  return { kind, entries };
}
