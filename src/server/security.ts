/**
 * Security of `sitrep serve`: the response headers every answer carries, the access token
 * (checked on every request when set, compared in constant time), the loopback rule (a
 * non-loopback bind needs a token), and the Host check that keeps a token-less loopback server
 * out of reach of DNS-rebinding pages.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { UsageError } from '../errors.js';
import { ApiCode, ApiError, errorResponse } from './http.js';

/**
 * The Content-Security-Policy of every response: scripts, styles, fonts and data only from the
 * server itself, no inline scripts, images also as `data:` URLs (map markers), no framing, no
 * `<base>`, forms post only back here, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Headers set on every response, whatever its status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Middleware: adds `SECURITY_HEADERS` to every response (including errors and 404s). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  };
}

/** Name of the cookie that carries the token for the desk's pages and its API calls. */
export const TOKEN_COOKIE = 'sitrep_token';
/** Shortest token `sitrep serve` accepts. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when `given` equals `token`. Both are hashed first, so the comparison takes the same time
 * whatever the inputs' lengths and wherever they differ.
 */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), digest(token));
}

function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Middleware: when a token is set, every request must carry it, as `Authorization: Bearer T`
 * or as the `sitrep_token` cookie. A page request (not `/api/`) may carry it once as `?token=T`:
 * the answer sets the cookie (HttpOnly, SameSite=Strict) and redirects to the same URL without
 * the token, so it leaves the address bar. Anything else is a 401 with no hint of the token.
 */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return next();
    const auth = c.req.header('authorization');
    const bearer = auth && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '').trim() : null;
    if (bearer !== null) {
      if (tokenMatches(bearer, token)) return next();
      return errorResponse(c, new ApiError(401, ApiCode.Unauthorized, 'the access token is wrong'));
    }
    if (tokenMatches(cookieValue(c.req.header('cookie') ?? null, TOKEN_COOKIE), token)) return next();
    const url = new URL(c.req.url);
    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null && !url.pathname.startsWith('/api/') && c.req.method === 'GET' && tokenMatches(fromQuery, token)) {
      url.searchParams.delete('token');
      // One leading slash only: `//host/` would send the browser to another site.
      const res = c.redirect(`/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`, 303);
      res.headers.append('Set-Cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`);
      return res;
    }
    c.header('WWW-Authenticate', 'Bearer realm="sitrep"');
    return errorResponse(c, new ApiError(401, ApiCode.Unauthorized,
      'this server needs an access token: send "Authorization: Bearer TOKEN", or open the desk once with ?token=TOKEN'));
  };
}

/** True for a loopback host: `localhost`, 127.0.0.0/8, `::1` (with or without brackets). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/**
 * Checks the bind address and token before the server starts: a non-loopback host needs a token,
 * and a token must be long enough to resist guessing. Throws a `UsageError` saying what to do.
 */
export function checkBind(host: string, token: string | null): void {
  if (token !== null && token.length < MIN_TOKEN_LENGTH) {
    throw new UsageError(`the access token is too short (${token.length} characters; at least ${MIN_TOKEN_LENGTH} are needed)`,
      'make one with e.g. `openssl rand -hex 24`');
  }
  if (token !== null && /[\s;,"\\]|[^\x21-\x7e]/.test(token)) {
    throw new UsageError('the access token may hold only printable ASCII characters other than ; , " and \\', 'make one with e.g. `openssl rand -hex 24`');
  }
  if (!isLoopback(host) && token === null) {
    throw new UsageError(`refusing to listen on '${host}' without an access token: anyone who can reach this address could read and change the ledger`,
      'set one with --token or the SITREP_TOKEN environment variable, or leave out --host to listen on 127.0.0.1 only');
  }
}

/**
 * Middleware for a server without a token (so bound to loopback): only requests whose `Host`
 * names a loopback address are answered. A web page on another site that rebinds its own name
 * to 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
 */
export function loopbackHostOnly(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token !== null) return next();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
    if (isLoopback(name)) return next();
    return errorResponse(c, new ApiError(403, ApiCode.Forbidden, 'this server answers only requests addressed to localhost or 127.0.0.1'));
  };
}

/**
 * Middleware: a request that changes something (any method but GET/HEAD/OPTIONS) from a browser
 * must come from this server's own pages. Browsers send `Origin` on such requests; one naming
 * another site is refused (cross-site request forgery), whatever the cookie says.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    let originHost: string | null = null;
    try {
      originHost = origin === 'null' ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== null && originHost.toLowerCase() === host.toLowerCase()) return next();
    return errorResponse(c, new ApiError(403, ApiCode.Forbidden, 'cross-origin requests that change data are refused'));
  };
}
