/**
 * The public types of sitrep's ingest layer: what `readSources` yields, the options it takes, and
 * the provenance a reader records on every document. (Implementation: `src/ingest/index.ts`.)
 *
 * ```ts
 * for await (const ev of readSources(['feeds/', 'result.json', 'https://example.org/a'], { maxSize: 64 << 20 })) {
 *   if (ev.kind === 'document') store(ev.document); else report(ev.location, ev.error);
 * }
 * ```
 */
import type { Document } from '../analyze/types.js';
import type { SitrepError } from '../errors.js';

/** The reader that produced a document (chosen by content sniffing, the extension only breaks ties). */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'telegram' | 'jsonl';

/**
 * Provenance of one ingested document. Every key except `format`, `locator` and `contentHash` is
 * optional (absent when the source does not say). A type alias, not an interface, so that it is
 * assignable to `Document.meta` (`Record<string, unknown>`).
 */
export type IngestMeta = {
  /** Which reader produced the document. */
  format: SourceFormat;
  /**
   * The stable address of this document in its source, the first half of its identity:
   * `tg://<chat id>/<message id>` for a Telegram message, the item link/guid for a feed item,
   * the canonical or final URL for a web page, the absolute file path for a file, `<file>:<line>`
   * (or the line's `url`) for a JSON Lines record without its own id.
   */
  locator: string;
  /** Hash of the normalised text (see `dedup.ts`): equal for exact reprints wherever they appear. */
  contentHash: string;
  /** The file, folder entry or URL that was read (as given by the user, or the URL fetched). */
  input: string;
  title?: string;
  byline?: string;
  /** `<link rel=canonical>` / `og:url` of a page, the link of a feed item. */
  canonicalUrl?: string;
  /** URL after redirects, for fetched pages. */
  finalUrl?: string;
  /** Feed title for feed items, `og:site_name` for pages. */
  siteName?: string;
  /** Telegram: the chat's numeric id (as a string), its name and type, the message id. */
  chatId?: string;
  chatName?: string;
  chatType?: string;
  messageId?: number;
  /** Telegram `from` (sender display name; a channel post carries the channel's title). */
  from?: string;
  /** Telegram `from_id` (`channel123`, `user456`; a bare number in pre-2021 exports). */
  fromId?: string;
  /** Telegram `author` (post signature). */
  author?: string;
  /** Telegram `forwarded_from`: the original's display name only (the export has no id). A forward is not an independent source. */
  forwardedFrom?: string;
  /** Telegram: time of the last edit, ISO-8601 UTC (no edit history is exported). */
  edited?: string;
  /** Telegram: the message this one replies to. */
  replyTo?: number;
  /** Telegram: the attached media (`photo`, or the export's `media_type`: `video_file`, `voice_message`... or `file`). */
  media?: string;
  /** Telegram: the media file's path relative to result.json, when it was exported (not a "not included" placeholder). */
  mediaFile?: string;
  /** True when `published` came from a naive local time (old Telegram exports without `date_unixtime`). */
  publishedUncertain?: boolean;
  /** Outbound links cited in the text (Telegram `text_link`/`link`, feed item links). */
  links?: string[];
  /** JSON Lines: the record's own `id`, when it had one. */
  recordId?: string;
  /** For text extracted from markup (HTML, feed descriptions): true; the stored `text` is what is analysed. */
  extracted?: boolean;
};

/**
 * A document as a reader produces it. `id` = first 16 hex digits of SHA-256 over
 * `locator + "\n" + text`, so re-ingesting the same input gives the same ids while the same text
 * forwarded into another channel (another locator) is a document of its own; `meta.contentHash`
 * ties such copies together. A JSON Lines record with its own `id` keeps that id, unless the ledger
 * already holds another text under it: then it is stored as `<id>~<8 hex digits of its content hash>`
 * (src/ledger/loop.ts `withOwnId`).
 */
export type IngestedDocument = Document & { meta: IngestMeta };

/** One step of a read: a document, or an input (file, record, item, URL) skipped with the reason. */
export type IngestEvent =
  | {
      kind: 'document';
      document: IngestedDocument;
      /** Human-readable position: `feeds/a.xml#item 3`, `result.json#message 312`, `x.jsonl:14`, a URL. */
      location: string;
    }
  | {
      kind: 'skipped';
      /** Same form as above; an `InputError` (bad input) names file and line/record too. */
      location: string;
      /** A `SitrepError` for bad input; anything else is a bug in sitrep (exit code 3 via `exitCodeFor`). */
      error: SitrepError | Error;
    };

/** Options of `readSources` / `readBytes`. Every field is optional. */
export interface ReadOptions {
  /**
   * Largest text/HTML/feed file, URL body or JSON Lines line accepted, in bytes. Default 64 MB.
   * JSON Lines files and Telegram exports are streamed and may be larger.
   */
  maxSize?: number;
  /** Per-URL timeout in milliseconds (connect, headers and body together). Default 15000. */
  timeoutMs?: number;
  /** Allow URLs that resolve to private, loopback or unspecified addresses (not link-local: see `allowLinkLocal`). Default false. */
  allowPrivate?: boolean;
  /**
   * Allow URLs that resolve to link-local addresses (169.254.0.0/16, fe80::/10) or cloud metadata
   * services (169.254.169.254, fd00:ec2::254, 100.100.100.200...). Separate from `allowPrivate`,
   * which never opens them. Default false.
   */
  allowLinkLocal?: boolean;
  /** Redirects followed per URL, each one re-checked. Default 5. */
  maxRedirects?: number;
  /** `published` for documents whose source gives no date (ISO-8601), else null. */
  defaultPublished?: string | null;
  /**
   * UTC offset (`+03:00`, `-0500`, `Z`) of the computer that made a Telegram export older than mid-2022,
   * whose `date` has no offset. Without it such times are kept as written and marked `publishedUncertain`.
   */
  exportOffset?: string;
  /** Force one reader instead of sniffing (e.g. from a CLI `--format`). */
  format?: SourceFormat;
  /** Cancels a running read (URL fetches are aborted, the generator ends). */
  signal?: AbortSignal;
}

/** What `NearDupIndex.add` reports for a text that repeats one already added. */
export interface DuplicateMatch {
  /** The id of the first document of the text (the one the duplicate is a carrier of). */
  duplicateOf: string;
  /** `exact`: same normalised text; `near`: estimated Jaccard similarity of word shingles ≥ the threshold. */
  kind: 'exact' | 'near';
  /** 1 for exact; the estimated similarity for near. */
  similarity: number;
}
