/**
 * sitrep's HTTP server: the JSON API and the web desk over one `Store`. This file is the public
 * surface: `createApp` (the Hono app, callable without sockets via `app.request()`) and
 * `startServer` (binds a socket with timeouts and header limits that keep slow or oversized
 * requests from tying the process up).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Store } from '../store/types.js';
import { UsageError } from '../errors.js';
import { createApp, DEFAULT_LIMITS, type AppOptions } from './app.js';
import { checkBind } from './security.js';
import { DEFAULT_WEB_ROOT } from './static.js';

export { createApp, DEFAULT_LIMITS, type AppOptions } from './app.js';
export { checkBind, isLoopback, tokenMatches, CONTENT_SECURITY_POLICY, SECURITY_HEADERS, TOKEN_COOKIE, MIN_TOKEN_LENGTH } from './security.js';
export { DEFAULT_WEB_ROOT, safeRelativePath } from './static.js';
export { OPENAPI } from './openapi.js';
export { ApiError, ApiCode, type BodyLimits } from './http.js';

/** The default port of `sitrep serve`. */
export const DEFAULT_PORT = 8421;
/** The default host: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Socket limits. Headers must arrive within 10 s (a client that trickles them, slowloris-style,
 * is cut off), the whole request within 60 s, and an idle keep-alive connection is closed after
 * 5 s. Headers are limited to 16 KB (larger: 431) and 100 fields.
 */
export const SOCKET_LIMITS: SocketLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderSize: 16 * 1024,
  maxHeadersCount: 100,
};

/** Limits of the listening socket (see `SOCKET_LIMITS`). */
export interface SocketLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxHeaderSize: number;
  maxHeadersCount: number;
}

/** Options of `startServer`. */
export interface ServeOptions extends Partial<Omit<AppOptions, 'store' | 'token'>> {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string | null;
  /** Overrides of `SOCKET_LIMITS` (tests use short timeouts). */
  socket?: Partial<SocketLimits>;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port/` as clients reach it. */
  url: string;
  host: string;
  port: number;
  server: Server;
  /** Stops accepting connections, ends open ones, and resolves when closed (the store stays open). */
  close(): Promise<void>;
}

/**
 * Starts the server. Refuses (with a `UsageError`) a non-loopback host without a token, and
 * reports a port in use or an address that cannot be bound as a `UsageError` too.
 */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const token = opts.token ?? null;
  const port = opts.port ?? DEFAULT_PORT;
  checkBind(host, token);
  const app = createApp({
    store: opts.store, token, webRoot: opts.webRoot ?? DEFAULT_WEB_ROOT, limits: opts.limits ?? DEFAULT_LIMITS,
    version: opts.version ?? 'unknown', ...(opts.log ? { log: opts.log } : {}),
  });
  const sock: SocketLimits = { ...SOCKET_LIMITS, ...opts.socket };
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: host,
    // Node's own Request/Response stay as they are (no globals replaced in the library's process).
    overrideGlobalObjects: false,
    serverOptions: {
      headersTimeout: sock.headersTimeoutMs,
      requestTimeout: sock.requestTimeoutMs,
      keepAliveTimeout: sock.keepAliveTimeoutMs,
      maxHeaderSize: sock.maxHeaderSize,
      // How often Node checks the two timeouts above (its default, 30 s, would let a slow
      // client hold a connection three times longer than the timeout says).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(sock.headersTimeoutMs / 2))),
    },
  }) as Server;
  server.maxHeadersCount = sock.maxHeadersCount;
  // A client that breaks the protocol, sends too much header or is too slow gets a 400, 431 or
  // 408 and its socket closed; the process goes on.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (socket.writable && !(err.code === 'ECONNRESET')) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      const where = `${host}:${port}`;
      if (e.code === 'EADDRINUSE') reject(new UsageError(`port ${port} is already in use on ${host}`, 'choose another with --port, or stop the other server'));
      else if (e.code === 'EACCES') reject(new UsageError(`no permission to listen on ${where}`, 'use a port above 1023'));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') reject(new UsageError(`cannot listen on '${host}': no such address on this machine`, 'give an address of this machine with --host, e.g. 127.0.0.1'));
      else reject(e);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}/`,
    host: addr.address,
    port: addr.port,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
