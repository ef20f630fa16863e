/**
 * Telegram Desktop exports (`result.json`, "Machine-readable JSON"): both layouts (one chat at the
 * root, or a full account export with `chats.list[]` and `left_chats.list[]`), read as a stream.
 *
 * The file is one JSON document, often hundreds of megabytes, and not always valid JSON (the
 * writer emits control characters as `\xHH`). So it is not parsed whole: a byte scanner follows
 * the structure (strings, escapes, nesting) and cuts out each message object of a `messages` array,
 * which is then repaired (`\xHH` → `\u00HH`) and parsed on its own. Memory stays flat, a bad
 * message costs only itself, and a truncated file keeps every complete message before the cut.
 * Chat `name`, `id` and `type` are read as the scanner passes them (the writer puts them before
 * `messages`). Facts about the format: /work/shared/notes/telegram-export.md (from tdesktop's
 * `export_output_json.cpp`).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { ErrorCode, InputError } from '../errors.js';
import type { IngestedDocument } from './types.js';
import { isoFromUnix, makeDocument } from './document.js';

/** The chat a message belongs to. */
export interface TelegramChat {
  id: string | null;
  name: string | null;
  type: string | null;
}

/** One raw message cut out of the export, or the reason it could not be read. */
export type RawMessage =
  | { chat: TelegramChat; line: number; index: number; value: Record<string, unknown>; error?: undefined }
  | { chat: TelegramChat; line: number; index: number; value?: undefined; error: string; /** the message id, when it can still be read */ id?: number };

/** What a container in the export is, as far as the scanner cares. */
type Capture = 'message' | 'key' | 'scalar' | null;

const enum Role { Other, Root, Chats, ChatList, Chat, Messages, Message }

interface Frame {
  role: Role;
  isObj: boolean;
  /** Object: the key whose value comes next (null while a key is expected). */
  key: string | null;
  /** Chat frames: what has been read of the chat so far. */
  chat: TelegramChat | null;
  /** Messages arrays: elements seen so far. */
  count: number;
}

/**
 * Rewrites the writer's invalid `\xHH` escapes to `\u00HH`, only where the backslash itself is not
 * escaped (an odd run of backslashes before the `x`): `\\x41` is a literal backslash and `x41`.
 */
export function repairEscapes(s: string): string {
  if (!s.includes('\\x')) return s;
  return s.replace(/(\\+)x([0-9a-fA-F]{2})/g, (all, slashes: string, hex: string) =>
    slashes.length % 2 === 1 ? `${slashes.slice(1)}\\u00${hex}` : all);
}

/** Parses a JSON fragment after repairing `\x` escapes. */
function parseFragment(bytes: Buffer): unknown {
  return JSON.parse(repairEscapes(bytes.toString('utf8')));
}

/**
 * Quotes the bare `document_id` values Telegram Desktop 4.1.1 wrote (`"document_id": video_files/sticker (2).webm`,
 * tdesktop#24961): the value runs to the end of its line, or to a comma or closing brace on it.
 */
export function quoteBareDocumentIds(s: string): string {
  return s.replace(/("document_id"\s*:\s*)(?![\s"\d\-[{]|null\b|true\b|false\b)([^\n,}]*[^\s,}])/g,
    (_all, key: string, bare: string) => key + JSON.stringify(bare));
}

/** Parses a message: as written (after `\x` repair), else once more with bare `document_id`s quoted. */
function parseMessage(bytes: Buffer): unknown {
  const text = repairEscapes(bytes.toString('utf8'));
  try {
    return JSON.parse(text);
  } catch (e) {
    const quoted = quoteBareDocumentIds(text);
    if (quoted === text) throw e;
    try {
      return JSON.parse(quoted);
    } catch {
      throw e;
    }
  }
}

/** Top-level keys that make a JSON object a Telegram Desktop export (one chat, or a whole account). */
const EXPORT_KEYS = new Set(['messages', 'chats', 'left_chats']);

/**
 * What the JSON at the start of `head` is, whatever its layout (pretty-printed or minified on one
 * line) and even with the export writer's invalid `\xHH` escapes, which make `JSON.parse` fail:
 * `telegram` when the first object has a top-level key `messages`, `chats` or `left_chats`;
 * `record` when the first object closes on its first line without one (a JSON Lines record);
 * `more` when the head ends inside the first object, still on its first line, before either is
 * seen (read more of the input); null otherwise (not a JSON object, or one spread over lines
 * without those keys in the head).
 * One pass over the head: strings and escapes are skipped, nesting is counted.
 */
export function jsonHeadShape(head: string): 'telegram' | 'record' | 'more' | null {
  let i = 0;
  const n = head.length;
  while (i < n && /\s/.test(head[i]!)) i++;
  if (head[i] !== '{') return null;
  let depth = 0;
  let line = 0;
  let expectKey = false;
  let keyStart = -1;
  for (; i < n; i++) {
    const c = head.charCodeAt(i);
    if (c === 0x22) { // a string: a key when one is expected at depth 1
      const start = i;
      for (i++; i < n; i++) {
        const d = head.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      if (i >= n) return line === 0 ? 'more' : null;
      if (depth === 1 && expectKey) {
        keyStart = start;
        expectKey = false;
        let j = i + 1;
        while (j < n && /\s/.test(head[j]!)) j++;
        if (head[j] === ':' && EXPORT_KEYS.has(head.slice(keyStart + 1, i))) return 'telegram';
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return line === 0 ? 'record' : null;
    } else if (c === 0x2c) {
      if (depth === 1) expectKey = true;
    } else if (c === 0x0a) line++;
    else if (depth === 1 && expectKey && c > 0x20 && c !== 0x7d) return null; // a bare word where a key belongs: not JSON
  }
  return line === 0 ? 'more' : null;
}

/** Roles of the chat-level scalar keys the scanner keeps. */
const CHAT_KEYS = new Set(['id', 'name', 'type']);

/**
 * Streams the messages of a Telegram export. Yields every `messages` element (parsed, or with the
 * error that makes it unreadable), with its chat, the line it starts on and its index in the array.
 * Throws an `InputError` (E_FORMAT) when the file is not a Telegram export, and, after yielding
 * every complete message, when the file ends inside the JSON (truncated).
 */
export async function* telegramMessages(file: string, source: string | Readable): AsyncGenerator<RawMessage> {
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const stack: Frame[] = [];
  let inString = false;
  let escape = false;
  let line = 1;
  let sawMessages = false;
  let started = false;
  // Capture of the bytes of one value (a message object, a key, a chat-level scalar).
  let capturing: Capture = null;
  // Read through a call: the helpers below change `capturing`, which flow analysis cannot see.
  const mode = (): Capture => capturing;
  let capStart = 0;
  let capParts: Buffer[] = [];
  let capLine = 0;
  let capDepth = 0;
  let scalarKey = '';
  let scalarChat: TelegramChat | null = null;
  let msgIndex = 0;
  let msgChat: TelegramChat | null = null;
  const formatError = (what: string): InputError =>
    new InputError(ErrorCode.Format, { file, line }, what, 'expected a Telegram Desktop export (result.json, "Machine-readable JSON")');

  const take = (chunk: Buffer, end: number): Buffer => {
    capParts.push(chunk.subarray(capStart, end));
    const b = capParts.length === 1 ? capParts[0]! : Buffer.concat(capParts);
    capParts = [];
    return b;
  };
  const chatOf = (): TelegramChat | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.chat) return stack[k]!.chat;
    return null;
  };
  /** Role of a container opening inside `parent`. */
  const roleIn = (parent: Frame | undefined, isObj: boolean): Role => {
    if (!parent) return isObj ? Role.Root : Role.Other;
    switch (parent.role) {
      case Role.Root:
        if (!isObj && parent.key === 'messages') return Role.Messages;
        if (isObj && (parent.key === 'chats' || parent.key === 'left_chats')) return Role.Chats;
        return Role.Other;
      case Role.Chats:
        return !isObj && parent.key === 'list' ? Role.ChatList : Role.Other;
      case Role.ChatList:
        return isObj ? Role.Chat : Role.Other;
      case Role.Chat:
        return !isObj && parent.key === 'messages' ? Role.Messages : Role.Other;
      case Role.Messages:
        return isObj ? Role.Message : Role.Other;
      default:
        return Role.Other;
    }
  };
  const pending: RawMessage[] = [];

  let first = true;
  for await (const raw of stream as AsyncIterable<Buffer>) {
    // A UTF-8 byte order mark before the JSON is dropped.
    const chunk = first && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
    first = false;
    const n = chunk.length;
    capStart = 0;
    for (let i = 0; i < n; i++) {
      const b = chunk[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (b === 0x5c) escape = true;
        else if (b === 0x22) {
          inString = false;
          if (capturing === 'key') {
            const top = stack[stack.length - 1]!;
            try {
              top.key = String(parseFragment(take(chunk, i + 1)));
            } catch {
              top.key = '';
            }
            capturing = null;
          } else if (mode() === 'scalar') {
            endScalar(take(chunk, i + 1));
          }
        } else if (b === 0x0a) line++; // invalid in JSON, but count it
        continue;
      }
      if (mode() === 'scalar' && (b === 0x2c || b === 0x7d || b === 0x5d || b <= 0x20)) {
        endScalar(take(chunk, i));
      }
      switch (b) {
        case 0x0a:
          line++;
          break;
        case 0x22: { // "
          inString = true;
          const top = stack[stack.length - 1];
          if (capturing === null && top && top.role !== Role.Other && top.role !== Role.Message) {
            if (top.isObj && top.key === null) {
              capturing = 'key';
              capStart = i;
            } else if (top.isObj && top.chat && CHAT_KEYS.has(top.key!)) {
              startScalar(top, i);
            }
          }
          break;
        }
        case 0x7b: // {
        case 0x5b: { // [
          const isObj = b === 0x7b;
          if (!started) {
            started = true;
            if (!isObj) throw formatError('the file is a JSON array, not a Telegram export');
          }
          const parent = stack[stack.length - 1];
          const role = capturing === 'message' ? Role.Other : roleIn(parent, isObj);
          const frame: Frame = { role, isObj, key: null, chat: null, count: 0 };
          if (role === Role.Root || role === Role.Chat) frame.chat = { id: null, name: null, type: null };
          if (role === Role.Messages) sawMessages = true;
          if (parent?.role === Role.Messages) {
            msgIndex = parent.count++;
            msgChat = chatOf();
            if (role === Role.Message) {
              capturing = 'message';
              capStart = i;
              capLine = line;
              capDepth = stack.length + 1;
            }
          }
          stack.push(frame);
          break;
        }
        case 0x7d: // }
        case 0x5d: { // ]
          const top = stack.pop();
          if (!top) throw formatError('unbalanced brackets');
          if (capturing === 'message' && stack.length + 1 === capDepth) {
            const bytes = take(chunk, i + 1);
            capturing = null;
            const chat = msgChat ?? { id: null, name: null, type: null };
            try {
              const v = parseMessage(bytes);
              pending.push({ chat, line: capLine, index: msgIndex, value: v as Record<string, unknown> });
            } catch (e) {
              const id = /^\{\s*"id"\s*:\s*(\d+)/.exec(bytes.subarray(0, 64).toString('latin1'))?.[1];
              pending.push({ chat, line: capLine, index: msgIndex, error: `message is not valid JSON: ${(e as Error).message}`, id: id ? Number(id) : undefined });
            }
          }
          const parent = stack[stack.length - 1];
          if (parent?.isObj) parent.key = '\u0000'; // value done; a key comes after the next comma
          break;
        }
        case 0x2c: { // ,
          const top = stack[stack.length - 1];
          if (top?.isObj) top.key = null;
          break;
        }
        default:
          if (capturing === null && b > 0x20 && b !== 0x3a) {
            const top = stack[stack.length - 1];
            if (!started) throw formatError('the file does not start with a JSON object');
            if (top?.isObj && top.chat && top.key !== null && CHAT_KEYS.has(top.key)) startScalar(top, i);
          }
      }
    }
    if (capturing !== null) capParts.push(chunk.subarray(capStart));
    for (const m of pending) yield m;
    pending.length = 0;
  }
  if (mode() === 'scalar') capturing = null;
  if (!started) throw new InputError(ErrorCode.Empty, { file }, 'empty file', 'nothing to analyse; skipped');
  if (stack.length > 0 || inString) {
    const where = capturing === 'message' ? `inside the message that starts on line ${capLine}` : `at line ${line}`;
    throw new InputError(ErrorCode.Format, { file, line }, `the file ends ${where}: truncated export (every complete message before it was read)`,
      'export the chat again, or repair the end of the file');
  }
  if (!sawMessages) throw formatError('a JSON object without "messages" or "chats.list"');

  function startScalar(top: Frame, i: number): void {
    capturing = 'scalar';
    capStart = i;
    scalarKey = top.key!;
    scalarChat = top.chat;
  }
  function endScalar(bytes: Buffer): void {
    capturing = null;
    let v: unknown = null;
    try {
      v = parseFragment(bytes);
    } catch {
      v = null;
    }
    if (scalarChat) {
      const s = v === null || v === undefined ? null : String(v);
      if (scalarKey === 'id') scalarChat.id = s;
      else if (scalarKey === 'name') scalarChat.name = s;
      else if (scalarKey === 'type') scalarChat.type = s;
    }
    const top = stack[stack.length - 1];
    if (top?.isObj) top.key = '\u0000';
  }
}

/** A piece of a message's `text` array or of `text_entities`. */
interface Piece {
  type?: unknown;
  text?: unknown;
  href?: unknown;
}

/** The plain text of a message (from `text_entities` when present, else `text`) and its outbound links. */
export function messageText(m: Record<string, unknown>): { text: string; links: string[] } {
  const pieces: unknown = Array.isArray(m.text_entities) && m.text_entities.length > 0 ? m.text_entities : m.text;
  const links: string[] = [];
  if (typeof pieces === 'string') return { text: pieces, links };
  if (!Array.isArray(pieces)) return { text: '', links };
  let text = '';
  for (const p of pieces as unknown[]) {
    if (typeof p === 'string') text += p;
    else if (p && typeof p === 'object') {
      const piece = p as Piece;
      const t = typeof piece.text === 'string' ? piece.text : '';
      text += t;
      if (piece.type === 'text_link' && typeof piece.href === 'string') links.push(piece.href);
      else if (piece.type === 'link' && t) links.push(t);
    }
  }
  return { text, links };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/**
 * Turns one raw message into a document. Null for what is skipped silently: service and
 * unsupported messages, and messages without text (a photo without a caption). Throws an
 * `InputError` naming the file, line and message for a message that cannot be read.
 */
export function telegramDocument(raw: RawMessage & { value: Record<string, unknown> }, file: string, input: string, exportOffset?: string): IngestedDocument | null {
  const m = raw.value;
  const where = { file, line: raw.line };
  const type = m.type;
  if (type === 'service' || type === 'unsupported') return null;
  if (typeof m.id !== 'number' && typeof m.id !== 'string') {
    throw new InputError(ErrorCode.Format, where, `message ${raw.index + 1} has no "id"`, 'skipped; the other messages are read');
  }
  const { text, links } = messageText(m);
  if (text.trim() === '') return null;
  const chat = raw.chat;
  const chatId = chat.id ?? 'unknown';
  const locator = `tg://${chatId}/${m.id}`;
  let published = isoFromUnix(m.date_unixtime);
  let uncertain: boolean | undefined;
  if (!published && typeof m.date === 'string' && readNaive(m.date)) {
    // naive local time of the exporting computer (exports before mid-2022)
    const offset = exportOffset ? normaliseOffset(exportOffset) : null;
    if (offset) published = `${m.date}${offset}`;
    else {
      published = m.date;
      uncertain = true;
    }
  }
  return makeDocument(text, {
    format: 'telegram',
    locator,
    input,
    chatId: chat.id ?? undefined,
    chatName: chat.name ?? undefined,
    chatType: chat.type ?? undefined,
    messageId: typeof m.id === 'number' ? m.id : Number(m.id),
    from: str(m.from),
    fromId: str(m.from_id),
    author: str(m.author),
    forwardedFrom: str(m.forwarded_from),
    edited: isoFromUnix(m.edited_unixtime) ?? str(m.edited),
    replyTo: typeof m.reply_to_message_id === 'number' ? m.reply_to_message_id : undefined,
    media: typeof m.photo === 'string' ? 'photo' : typeof m.file === 'string' ? str(m.media_type) ?? 'file' : undefined,
    mediaFile: mediaPath(m.photo) ?? mediaPath(m.file),
    publishedUncertain: uncertain,
    links: links.length ? links : undefined,
  }, {
    published,
    source: `telegram:${chat.name ?? chatId}`,
  });
}

/** A media path as exported, or undefined for the placeholders ("(File not included. ...)", "(File exceeds maximum size. ...)", "(File unavailable, ...)"). */
function mediaPath(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && !v.startsWith('(') ? v : undefined;
}

/** A UTC offset as `Z` or `±hh:mm`, or null when it is not one (`+03:00`, `+0300`, `-05`, `Z`). */
export function normaliseOffset(s: string): string | null {
  const t = s.trim();
  if (/^(?:Z|UTC|GMT|[+-]00(?::?00)?)$/i.test(t)) return 'Z';
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(t);
  if (!m || +m[2]! > 14 || +(m[3] ?? 0) > 59) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

/** True for a naive ISO date-time as the writer emits it (`2024-03-02T14:05:11`). */
function readNaive(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}Z`));
}
