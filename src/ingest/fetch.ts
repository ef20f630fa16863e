/**
 * Fetching a URL safely: http and https only, one deadline for the whole exchange, a size cap on
 * the (decompressed) body, redirects followed by hand (each one checked again), and no private,
 * loopback, multicast or unspecified addresses unless allowed (`allowPrivate`), nor link-local and
 * cloud metadata addresses unless allowed separately (`allowLinkLocal`). The check runs on the
 * addresses DNS returns to the connection itself (a custom `lookup`), and again on the socket's
 * remote address, so a name that resolves differently the second time (DNS rebinding) is caught.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction, type Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
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
  /** The whole exchange, redirects included: connect, headers and body. */
  timeoutMs: number;
  /**
   * Each phase on its own (default 10 s, never more than `timeoutMs`): connecting, waiting for the
   * response headers, and the body's idle time (no byte for that long: a stalled server).
   */
  phaseTimeoutMs?: number;
  allowPrivate: boolean;
  maxRedirects: number;
  signal?: AbortSignal;
  /** Allow link-local and cloud metadata addresses (`isLinkLocalOrMetadata`), which `allowPrivate` does not. Default false. */
  allowLinkLocal?: boolean;
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
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms: check the IPv4 inside.
  const v4 = embeddedV4(address.toLowerCase());
  if (v4) return BLOCKED.check(v4, 'ipv4');
  return BLOCKED.check(address, 'ipv6');
}

/**
 * Link-local networks (169.254.0.0/16, fe80::/10) and the addresses of cloud instance metadata
 * services, which hand out credentials to whoever asks from inside the machine: 169.254.169.254
 * (AWS, Azure, Google Cloud, Oracle, DigitalOcean...; link-local), 169.254.170.2 (AWS ECS task
 * metadata), fd00:ec2::254 (AWS IMDS over IPv6), 100.100.100.200 (Alibaba Cloud), 192.0.0.192
 * (Oracle Cloud Classic).
 */
const LINK_LOCAL = new BlockList();
LINK_LOCAL.addSubnet('169.254.0.0', 16, 'ipv4');
LINK_LOCAL.addAddress('100.100.100.200', 'ipv4');
LINK_LOCAL.addAddress('192.0.0.192', 'ipv4');
LINK_LOCAL.addSubnet('fe80::', 10, 'ipv6');
LINK_LOCAL.addAddress('fd00:ec2::254', 'ipv6');

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address, or null. */
function embeddedV4(a: string): string | null {
  const v4 = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) return v4[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16), lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * True for a link-local or cloud metadata address (see `LINK_LOCAL`), in any IPv6 form of an IPv4
 * address. `allowPrivate` does not open these; only `allowLinkLocal` (`--allow-link-local`) does.
 */
export function isLinkLocalOrMetadata(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return LINK_LOCAL.check(address, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedV4(address.toLowerCase());
  return v4 !== null ? LINK_LOCAL.check(v4, 'ipv4') : LINK_LOCAL.check(address, 'ipv6');
}

/**
 * Why `address` may not be fetched from under `opts`, or null: link-local and metadata addresses
 * unless `allowLinkLocal`; other private, loopback and reserved ones unless `allowPrivate`.
 */
export function addressRefusal(address: string, opts: Pick<FetchOptions, 'allowPrivate' | 'allowLinkLocal' | 'blocked'>): 'link-local' | 'private' | null {
  if (isLinkLocalOrMetadata(address)) return opts.allowLinkLocal ? null : 'link-local';
  if (opts.allowPrivate) return null;
  return (opts.blocked ?? isBlockedAddress)(address) ? 'private' : null;
}

/** The message and hint for a refused address. */
function refused(url: string, host: string, address: string, why: 'link-local' | 'private'): InputError {
  const what = `refused: ${host === address ? address : `${host} resolves to ${address}`}`;
  if (why === 'link-local') {
    return new InputError(ErrorCode.UrlRefused, { file: url }, `${what}, a link-local or cloud metadata address`,
      'sitrep never fetches from these unless --allow-link-local (allowLinkLocal) is given; --allow-private does not allow them');
  }
  return new InputError(ErrorCode.UrlRefused, { file: url }, `${what}, a private, loopback, link-local or reserved address`,
    'sitrep does not fetch from local networks by default; allow it explicitly (allowPrivate / --allow-private) if you mean it');
}

/** A DNS lookup that fails when any address of the name is refused (so the connection never reaches it). */
function guardedLookup(url: string, refusal: (address: string) => 'link-local' | 'private' | null): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, options.all ? [] : '');
      const list = addresses as LookupAddress[];
      for (const a of list) {
        const why = refusal(a.address);
        if (why) return cb(refused(url, hostname, a.address, why), options.all ? [] : '');
      }
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
  const phaseMs = phaseTimeout(opts);
  return new Promise((resolve, reject) => {
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const refusal = (address: string): 'link-local' | 'private' | null => addressRefusal(address, opts);
    const why = isIP(host) ? refusal(host) : null;
    if (why) return reject(refused(where, host, host, why));
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, {
      method: 'GET',
      signal,
      lookup: guardedLookup(where, refusal),
      headers: {
        'user-agent': 'sitrep/0.1 (news analysis)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    // Connecting and then waiting for the headers each have their own time limit.
    const phase = (what: string, hint: string): NodeJS.Timeout => setTimeout(() => req.destroy(new InputError(ErrorCode.Timeout, { file: where },
      `${what} within ${phaseMs} ms`, hint)), phaseMs);
    let timer = phase('could not connect', 'the server is unreachable or slow; try again later or raise --timeout');
    req.on('response', () => clearTimeout(timer));
    req.on('close', () => clearTimeout(timer));
    req.on('socket', (s: Socket) => {
      const connected = (): void => {
        clearTimeout(timer);
        timer = phase('connected, but no response headers', 'the server is slow; try again later or raise --timeout');
      };
      if (!s.connecting) connected();
      else s.once(u.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
      s.on('connect', () => {
        // The address actually connected to (a name that resolves differently the second time).
        const addr = s.remoteAddress;
        const no = addr ? refusal(addr) : null;
        if (no) req.destroy(refused(where, host, addr!, no));
      });
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The time limit of each phase of a fetch (see `FetchOptions.phaseTimeoutMs`). */
function phaseTimeout(opts: FetchOptions): number {
  return Math.max(1, Math.min(opts.timeoutMs, opts.phaseTimeoutMs ?? DEFAULT_PHASE_MS));
}

/** Default limit of each phase of a fetch (connect, headers, body idle). */
const DEFAULT_PHASE_MS = 10_000;

/**
 * Reads a response body (decompressed) up to `maxSize` bytes. The decoder is joined to the
 * response with `pipeline`, so that a response destroyed halfway (the deadline, a reset, an idle
 * server) ends the read with an error instead of leaving it waiting forever. Every way it can fail
 * is a named `InputError`: over the size limit, idle for too long, cut off before the declared
 * length or the end of the compressed stream, or not decodable.
 */
async function readBody(res: http.IncomingMessage, maxSize: number, where: string, idleMs: number, signal: AbortSignal): Promise<Buffer> {
  const tooLarge = (): InputError =>
    new InputError(ErrorCode.TooLarge, { file: where }, `response is over the --max-size limit of ${formatSize(maxSize)}`, 'raise the limit with --max-size');
  const lenHeader = res.headers['content-length'];
  const len = lenHeader !== undefined && /^\d+$/.test(lenHeader) ? Number(lenHeader) : null;
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (len !== null && len > maxSize && (enc === '' || enc === 'identity')) {
    res.destroy();
    throw tooLarge();
  }
  let wire = 0;
  let idle: NodeJS.Timeout | null = null;
  const stall = (): void => {
    res.destroy(new InputError(ErrorCode.Timeout, { file: where },
      `the server stopped sending: no data for ${idleMs} ms after ${formatSize(wire)}${len !== null ? ` of ${formatSize(len)}` : ''}`,
      'the body is incomplete; try again later or raise --timeout'));
  };
  const touch = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(stall, idleMs);
  };
  res.on('data', (c: Buffer) => {
    wire += c.length;
    touch();
  });
  touch();
  const decoder = enc === 'gzip' || enc === 'x-gzip' ? createGunzip() : enc === 'deflate' ? createInflate() : enc === 'br' ? createBrotliDecompress() : null;
  const stream: Readable = decoder ? pipeline(res, decoder, () => undefined) : res;
  const truncated = (): InputError => new InputError(ErrorCode.Fetch, { file: where },
    `the response was cut off after ${formatSize(wire)}${len !== null ? ` of the ${formatSize(len)} announced` : ''}`, 'the body is incomplete; try again later');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxSize) {
        res.destroy();
        stream.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof InputError || signal.aborted) throw e; // the caller names a deadline or a cancel
    const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
    if (decoder && /^Z_|^ERR__?ZLIB|^ERR_BROTLI/.test(code)) {
      // A compressed body that ends early is a truncated body; anything else is a broken one.
      if (!res.complete) throw truncated();
      throw new InputError(ErrorCode.Fetch, { file: where }, `the ${enc} body cannot be decompressed: ${(e as Error).message}`, 'the server sent a broken body; try again later');
    }
    if (!res.complete) throw truncated();
    throw e;
  } finally {
    if (idle) clearTimeout(idle);
  }
  if (!res.complete || (len !== null && wire < len)) throw truncated();
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
        res.destroy(); // its body is not needed, and a server that stalls it must not hold the socket
        if (hop >= opts.maxRedirects) {
          throw new InputError(ErrorCode.Fetch, { file: where }, `more than ${opts.maxRedirects} redirects`, 'open the URL in a browser to see where it leads');
        }
        u = checkUrl(new URL(res.headers.location, u).href, where);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new InputError(ErrorCode.Fetch, { file: where }, `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, 'check the URL');
      }
      let body: Buffer;
      try {
        body = await readBody(res, opts.maxSize, where, phaseTimeout(opts), ac.signal);
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
