/**
 * The web desk's built files (Vite's output in `dist/web/`), served with their content types.
 * A path may only name a file inside the root: `..`, dot-files, backslashes, NUL bytes and
 * symbolic links that lead outside are refused. Paths without an extension that name no file are
 * answered with `index.html`, so the desk's own routes survive a reload.
 */
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/** Where `npm run build` puts the desk: `dist/web/` next to `dist/src/`. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** Content types by file extension. Anything else is served as `application/octet-stream`. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The page shown when the desk has not been built: static text, no script. */
const NOT_BUILT = '<!doctype html><meta charset="utf-8"><title>sitrep</title>' +
  '<h1>sitrep</h1><p>The web desk has not been built. Run <code>npm run build</code> in the sitrep folder, ' +
  'then reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>\n';

/**
 * Maps a URL path to a relative file path inside the root, or null when the path is not one the
 * desk can have (traversal, dot-files, encoded separators, NUL, over-long).
 */
export function safeRelativePath(urlPath: string): string | null {
  if (urlPath.length > 1024) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded) || /%2f|%5c/i.test(urlPath)) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  for (const p of parts) if (p.startsWith('.')) return null; // `..`, `.`, `.env`, `.git`
  return parts.join('/');
}

/** Serves the static desk from `root` (GET and HEAD only; other paths fall through as 404). */
export function staticFiles(root: string): (c: Context) => Promise<Response | null> {
  let rootReal: string | null = null;
  const resolveRoot = (): string | null => {
    if (rootReal === null) {
      try {
        rootReal = realpathSync(root);
      } catch {
        return null;
      }
    }
    return rootReal;
  };

  const fileResponse = async (c: Context, path: string, isIndex: boolean): Promise<Response> => {
    const body = c.req.method === 'HEAD' ? null : await readFile(path);
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const hashed = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path.split(sep).join('/'));
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': type,
        'Cache-Control': isIndex ? 'no-cache' : hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  };

  return async (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return null;
    const rel = safeRelativePath(new URL(c.req.url).pathname);
    if (rel === null) return null;
    const base = resolveRoot();
    if (base === null) {
      if (rel === '' || rel === 'index.html') return c.html(NOT_BUILT, 200, { 'Cache-Control': 'no-cache' });
      return null;
    }
    const inside = async (p: string): Promise<string | null> => {
      try {
        const real = await realpath(p);
        if (real !== base && !real.startsWith(base + sep)) return null;
        const st = await stat(real);
        if (st.isDirectory()) return inside(join(real, 'index.html'));
        return st.isFile() ? real : null;
      } catch {
        return null;
      }
    };
    const found = await inside(join(base, rel));
    if (found !== null) return fileResponse(c, found, found.endsWith(`${sep}index.html`));
    if (extname(rel) === '') {
      const index = await inside(join(base, 'index.html'));
      if (index !== null) return fileResponse(c, index, true);
    }
    return null;
  };
}
