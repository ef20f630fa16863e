/**
 * Fetching a URL safely: http and https only, one deadline for the whole exchange, a size cap on
 * the (decompressed) body, redirects followed by hand (each one checked again), and no private,
 * loopback, link-local, multicast or unspecified addresses unless allowed. The check runs on the
 * addresses DNS returns to the connection itself (a custom `lookup`), and again on the socket's
 * remote address, so a name that resolves differently the second time (DNS rebinding) is caught.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction, type Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ErrorCode, InputError } from '../errors.js';
import { formatSize } from './files.js';

/** A fetched body and what the server said about it. */
export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  /** `content-type` without parameters, lower-cased ('' when absent). */
  contentType: string;
  /** `charset` parameter of the content type, lower-cased. */
  charset?: string;
  body: Buffer;
}

/** Options of `fetchUrl` (defaults as in `ReadOptions`). */
export interface FetchOptions {
  maxSize: number;
  timeoutMs: number;
  allowPrivate: boolean;
  maxRedirects: number;
  signal?: AbortSignal;
  /** Which addresses are refused when `allowPrivate` is false (default `isBlockedAddress`; tests narrow it). */
  blocked?: (address: string) => boolean;
}

/** Addresses sitrep does not fetch from by default (IANA special-purpose registries, RFC 6890 and successors). */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) BLOCKED.addSubnet(net, bits, 'ipv6');

/** True when an IP address is private, loopback, link-local, multicast, reserved or unspecified. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const a = address.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms: check the IPv4 inside.
  const v4 = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) return BLOCKED.check(v4[1]!, 'ipv4');
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (hex) {
    const hi = parseInt(hex[1]!, 16), lo = parseInt(hex[2]!, 16);
    return BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return BLOCKED.check(address, 'ipv6');
}

/** The message and hint for a refused address. */
function refused(url: string, host: string, address: string): InputError {
  return new InputError(ErrorCode.UrlRefused, { file: url },
    `refused: ${host === address ? address : `${host} resolves to ${address}`}, a private, loopback, link-local or reserved address`,
    'sitrep does not fetch from local networks by default; allow it explicitly (allowPrivate / --allow-private) if you mean it');
}

/** A DNS lookup that fails when any address of the name is blocked (so the connection never reaches it). */
function guardedLookup(url: string, blocked: (address: string) => boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, options.all ? [] : '');
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => blocked(a.address));
      if (bad) return cb(refused(url, hostname, bad.address), options.all ? [] : '');
      if (options.all) return cb(null, list);
      const first = list[0];
      if (!first) return cb(new Error(`no address for ${hostname}`), '');
      cb(null, first.address, first.family);
    });
  }) as unknown as LookupFunction;
}

/** Parses a URL and checks its scheme: http and https only. */
export function checkUrl(raw: string, where: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InputError(ErrorCode.UrlRefused, { file: where }, 'not a valid URL', 'give an absolute http:// or https:// URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InputError(ErrorCode.UrlRefused, { file: where }, `refused: ${u.protocol} URLs are not fetched`, 'only http:// and https:// URLs are read');
  }
  return u;
}

/** Performs one request (no redirect following); resolves with the response or rejects. */
function request(u: URL, opts: FetchOptions, signal: AbortSignal, where: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const blocked = opts.blocked ?? isBlockedAddress;
    if (!opts.allowPrivate && isIP(host) && blocked(host)) return reject(refused(where, host, host));
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, {
      method: 'GET',
      signal,
      lookup: opts.allowPrivate ? undefined : guardedLookup(where, blocked),
      headers: {
        'user-agent': 'sitrep/0.1 (news analysis)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('socket', (s: Socket) => {
      s.on('connect', () => {
        const addr = s.remoteAddress;
        if (!opts.allowPrivate && addr && blocked(addr)) req.destroy(refused(where, host, addr));
      });
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

/** Reads a response body (decompressed) up to `maxSize` bytes. */
async function readBody(res: http.IncomingMessage, maxSize: number, where: string): Promise<Buffer> {
  const tooLarge = (): InputError =>
    new InputError(ErrorCode.TooLarge, { file: where }, `response is over the --max-size limit of ${formatSize(maxSize)}`, 'raise the limit with --max-size');
  const len = Number(res.headers['content-length']);
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (Number.isFinite(len) && len > maxSize && (enc === '' || enc === 'identity')) {
    res.destroy();
    throw tooLarge();
  }
  let stream: Readable = res;
  if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(createGunzip());
  else if (enc === 'deflate') stream = res.pipe(createInflate());
  else if (enc === 'br') stream = res.pipe(createBrotliDecompress());
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxSize) {
      res.destroy();
      stream.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Fetches a URL under the limits in `opts`. Throws an `InputError` naming the URL: E_URL_REFUSED
 * (scheme or address), E_TIMEOUT, E_TOO_LARGE, E_FETCH (DNS, connection, HTTP status, redirects).
 */
export async function fetchUrl(raw: string, opts: FetchOptions): Promise<Fetched> {
  const where = raw;
  let u = checkUrl(raw, where);
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new InputError(ErrorCode.Timeout, { file: where },
    `no complete answer within ${opts.timeoutMs} ms`, 'the server is slow or unreachable; try again later or raise the timeout')), opts.timeoutMs);
  const onAbort = (): void => ac.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (let hop = 0; ; hop++) {
      let res: http.IncomingMessage;
      try {
        res = await request(u, opts, ac.signal, where);
      } catch (e) {
        throw netError(e, ac.signal, where);
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= opts.maxRedirects) {
          throw new InputError(ErrorCode.Fetch, { file: where }, `more than ${opts.maxRedirects} redirects`, 'open the URL in a browser to see where it leads');
        }
        u = checkUrl(new URL(res.headers.location, u).href, where);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new InputError(ErrorCode.Fetch, { file: where }, `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, 'check the URL');
      }
      let body: Buffer;
      try {
        body = await readBody(res, opts.maxSize, where);
      } catch (e) {
        throw netError(e, ac.signal, where);
      }
      const ct = String(res.headers['content-type'] ?? '');
      const [type, ...params] = ct.split(';');
      const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean)?.toLowerCase();
      return { url: raw, finalUrl: u.href, contentType: type!.trim().toLowerCase(), charset, body };
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Turns a network failure into an `InputError` (the abort reason when the deadline passed). */
function netError(e: unknown, signal: AbortSignal, where: string): InputError {
  if (e instanceof InputError) return e;
  if (signal.aborted && signal.reason instanceof InputError) return signal.reason;
  if (signal.aborted) return new InputError(ErrorCode.Fetch, { file: where }, 'cancelled', null);
  const err = e as NodeJS.ErrnoException;
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof InputError) return cause;
  const code = err?.code ? ` (${err.code})` : '';
  return new InputError(ErrorCode.Fetch, { file: where }, `cannot fetch: ${err?.message ?? String(e)}${code}`, 'check the URL and the network');
}
