/**
 * Issue 12 (hardening), the input side, through the real binary: every reproduction of the issue
 * that is about files, URLs, readers, messages and flags. Each test failed on the code before the
 * fix. `SITREP_TEST_BIN=/path/to/other/bin/sitrep.js` runs the same tests against another build
 * (that is how they were seen to fail on the main checkout).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BIN, ROOT, tempDir } from './helpers.js';

const bin = process.env.SITREP_TEST_BIN ?? BIN;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary with a hard time limit (a hang is a failure, not a stuck test run). */
function sitrep(args: string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number; input?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, SITREP_DEBUG: undefined, NO_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: opts.timeoutMs ?? 30_000, killSignal: 'SIGKILL', input: opts.input ?? '',
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The same, asynchronously (for tests that run an HTTP server in this process). */
function sitrepAsync(args: string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, SITREP_DEBUG: undefined, NO_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const GOOD = 'Governor Ivan Petrenko said on Monday that 3 people were wounded in the shelling of the town.\n';
const GOOD2 = 'The mayor said the bridge over the river was closed on Tuesday after the strike.\n';

describe('defect 3: only regular files are read', () => {
  it('a FIFO in a folder is skipped with a message, never opened; the other files are stored (ingest)', () => {
    const t = tempDir();
    try {
      const dir = join(t.dir, 'in');
      mkdirSync(dir);
      writeFileSync(join(dir, 'a.txt'), GOOD);
      assert.equal(spawnSync('mkfifo', [join(dir, 'b.fifo')]).status, 0);
      writeFileSync(join(dir, 'c.txt'), GOOD2);
      const r = sitrep(['ingest', '--json', '--db', join(t.dir, 'l.db'), dir], { timeoutMs: 20_000 });
      assert.equal(r.signal, null, 'sitrep ingest hung on the FIFO');
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, `sitrep: ${join(dir, 'b.fifo')}: is a named pipe (FIFO), not a regular file (only regular files are read; skipped)\n`);
      const s = JSON.parse(r.stdout) as { new: number; skipped: number; reasons: Record<string, number> };
      assert.equal(s.new, 2);
      assert.deepEqual(s.reasons, { E_UNREADABLE: 1 });
    } finally {
      t.cleanup();
    }
  });

  it('a socket in a folder is skipped with its kind named (ingest)', async () => {
    const t = tempDir();
    const sock = createNetServer();
    try {
      const dir = join(t.dir, 'in');
      mkdirSync(dir);
      writeFileSync(join(dir, 'a.txt'), GOOD);
      await new Promise<void>((r) => sock.listen(join(dir, 'b.sock'), r));
      const r = await sitrepAsync(['ingest', '--json', '--db', join(t.dir, 'l.db'), dir], { timeoutMs: 20_000 });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, `sitrep: ${join(dir, 'b.sock')}: is a socket, not a regular file (only regular files are read; skipped)\n`);
      assert.equal((JSON.parse(r.stdout) as { new: number }).new, 1);
    } finally {
      sock.close();
      t.cleanup();
    }
  });

  it('a device is refused by analyze with its kind named; a named pipe someone writes to is still read', () => {
    const t = tempDir();
    try {
      const good = t.file('good.txt', GOOD);
      const r = sitrep(['analyze', '--max-size', '1KB', '/dev/zero', good]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'sitrep: /dev/zero: is a character device, not a regular file (only regular files are read; skipped)\n');
      assert.ok(r.stdout.startsWith(`${good}  `));
    } finally {
      t.cleanup();
    }
  });
});

describe('defect 7a: file names are printed escaped in messages', () => {
  const fake = 'x\nsitrep: all.txt: everything is fine\u202Etxt.exe';
  it('a newline or bidi control in a file name cannot fake a second message line (analyze and ingest)', () => {
    const t = tempDir();
    try {
      const dir = join(t.dir, 'in');
      mkdirSync(dir);
      const bad = join(dir, fake);
      writeFileSync(bad, Buffer.from([0x41, 0, 0x42, 0, 0x43]));
      writeFileSync(join(dir, 'good.txt'), GOOD);
      const shown = `${dir}/x\\u000Asitrep: all.txt: everything is fine\\u202Etxt.exe`;
      const a = sitrep(['analyze', bad]);
      assert.equal(a.code, 1);
      assert.equal(a.stderr, `sitrep: ${shown}: binary file (sitrep reads UTF-8 text; skipped)\n`);
      const i = sitrep(['ingest', '--json', '--db', join(t.dir, 'l.db'), dir]);
      assert.equal(i.code, 1);
      assert.equal(i.stderr, `sitrep: ${shown}: binary file (sitrep reads UTF-8 text; skipped)\n`);
      // A missing file named with an escape sequence: the terminal never gets the raw ESC.
      const m = sitrep(['analyze', 'no\u001b[31mred.txt']);
      assert.equal(m.stderr, 'sitrep: no\\u001B[31mred.txt: no such file (check the path)\n');
    } finally {
      t.cleanup();
    }
  });
});

describe('defect 6: binary data costs only its record in record formats', () => {
  it('a raw NUL on line 2 of a JSON Lines file skips line 2 only, named file:line; exit 1', () => {
    const t = tempDir();
    try {
      const f = t.file('records.jsonl', Buffer.concat([
        Buffer.from(JSON.stringify({ text: GOOD }) + '\n'),
        Buffer.from('{"text": "bad \u0000 record"}\n'.replace('\\u0000', '\u0000')),
        Buffer.from(JSON.stringify({ text: GOOD2 }) + '\n'),
      ]));
      const r = sitrep(['ingest', '--json', '--db', join(t.dir, 'l.db'), f]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, `sitrep: ${f}:2: binary data (a NUL byte at byte 14 of the line) (fix or remove the line; the other lines are still read)\n`);
      const s = JSON.parse(r.stdout) as { new: number; read: number; reasons: Record<string, number> };
      assert.equal(s.read, 2);
      assert.deepEqual(s.reasons, { E_BINARY: 1 });
      // The same through analyze --jsonl: two analyses, one message.
      const a = sitrep(['analyze', '--jsonl', f]);
      assert.equal(a.code, 1);
      assert.equal(a.stdout.trim().split('\n').length, 2);
      assert.match(a.stderr, /records\.jsonl:2: binary data \(a NUL byte/);
    } finally {
      t.cleanup();
    }
  });

  it('a feed item with a NUL is skipped; the other items are stored', () => {
    const t = tempDir();
    try {
      const f = t.file('feed.rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>' +
        `<item><title>A</title><description>${GOOD}</description></item>` +
        '<item><title>B\u0000</title><description>Bad.</description></item>' +
        `<item><title>C</title><description>${GOOD2}</description></item></channel></rss>`);
      const r = sitrep(['ingest', '--json', '--db', join(t.dir, 'l.db'), f]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, `sitrep: ${f}:2: feed item 2: binary data (a NUL character) (skipped; the other items are read)\n`);
      assert.equal((JSON.parse(r.stdout) as { read: number }).read, 2);
    } finally {
      t.cleanup();
    }
  });
});

describe('defect 8: format sniffing has no fixed window', () => {
  it('an RSS feed whose DOCTYPE is longer than 64 KB is read as a feed (file and stdin)', () => {
    const t = tempDir();
    try {
      const pad = `<!-- ${'padding > ] " \' '.repeat(6000)} -->\n`;
      const feed = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${pad}<!ENTITY who "the regional governor">\n]>\n` +
        '<rss version="2.0"><channel><title>Long doctype</title><item><title>Shelling</title><link>https://example.org/1</link>' +
        `<description>${GOOD}</description></item></channel></rss>\n`;
      assert.ok(feed.length > 80_000);
      const f = t.file('long.xml', feed);
      const r = sitrep(['ingest', '--json', '--db', join(t.dir, 'l.db'), f]);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 0);
      assert.equal((JSON.parse(r.stdout) as { new: number }).new, 1);
      const s = sitrep(['ingest', '--json', '--db', join(t.dir, 'l2.db'), '-'], { input: feed });
      assert.equal(s.stderr, '');
      assert.equal((JSON.parse(s.stdout) as { new: number }).new, 1);
    } finally {
      t.cleanup();
    }
  });
});

describe('defect 9: Telegram export detection and \\x repair do not depend on the layout', () => {
  it('a minified one-line export with invalid \\x escapes (and 70 KB before "messages") is read whole', () => {
    const t = tempDir();
    try {
      const exp = JSON.parse(readFileSync(join(ROOT, 'examples/corpus/sources/telegram/result.json'), 'utf8')) as Record<string, unknown>;
      const messages = exp.messages as unknown[];
      const { messages: _m, ...head } = exp;
      const padded = { ...head, about: 'a'.repeat(70_000), messages };
      for (const [name, value] of [['small', exp], ['padded', padded]] as const) {
        let s = JSON.stringify(value);
        assert.ok(!s.includes('\n'));
        const at = s.indexOf('"text":"') + 8;
        s = s.slice(0, at) + '\\x07' + s.slice(at); // what the export writer emits for a control character
        const f = t.file(`${name}-result.json`, s);
        const r = sitrep(['ingest', '--json', '--db', join(t.dir, `${name}.db`), f]);
        assert.equal(r.stderr, '', name);
        assert.equal(r.code, 0, name);
        const out = JSON.parse(r.stdout) as { read: number };
        assert.equal(out.read, messages.filter((m) => (m as { type?: string }).type === 'message').length, name);
      }
    } finally {
      t.cleanup();
    }
  });
});

describe('defect 11: the access token need not be on the command line', () => {
  it('serve --token-file: the token is required on requests and absent from the process list', async () => {
    const t = tempDir();
    const token = 'file-token-0123456789abcdef';
    const tokenFile = t.file('token', `${token}\n`);
    const env = { ...process.env };
    delete env.SITREP_TOKEN;
    delete env.SITREP_DEBUG;
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--workers', '0', '--create', '--db', join(t.dir, 'l.db'), '--token-file', tokenFile], { cwd: ROOT, env });
    try {
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${stderr}`)), 20_000);
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          const m = /at (http:\/\/\S+\/)/.exec(stdout);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
      assert.ok(cmdline.includes('--token-file') && !cmdline.includes(token), 'the token is not in the process list');
      assert.equal((await fetch(`${url}api/health`)).status, 401);
      const ok = await fetch(`${url}api/health`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(ok.status, 200);
      await ok.arrayBuffer();
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      t.cleanup();
    }
  });

  it('--token with --token-file, a missing or empty token file are usage errors (exit 2); --help says --token is visible', () => {
    const t = tempDir();
    try {
      const both = sitrep(['serve', '--token', 'x'.repeat(20), '--token-file', t.file('tok', 'y'.repeat(20))]);
      assert.equal(both.code, 2);
      assert.match(both.stderr, /--token and --token-file cannot be combined/);
      const missing = sitrep(['serve', '--token-file', join(t.dir, 'nope')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /--token-file '.*nope' cannot be read: no such file/);
      const empty = sitrep(['serve', '--token-file', t.file('empty', '\n')]);
      assert.equal(empty.code, 2);
      assert.match(empty.stderr, /holds no token/);
      const help = sitrep(['serve', '--help']);
      assert.match(help.stdout, /--token-file FILE/);
      assert.match(help.stdout, /process\s+list/);
    } finally {
      t.cleanup();
    }
  });
});

/** A server on 127.0.0.1 with the routes the network tests need; returns its base URL and a closer. */
async function netServer(): Promise<{ base: string; close(): Promise<void> }> {
  const body = gzipSync(Buffer.from(`${GOOD}${GOOD2}`.repeat(50)));
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/gzip-stall') {
      // Announces the whole gzip body, sends a part and then nothing (the connection stays open).
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'content-length': String(body.length) });
      res.write(body.subarray(0, 20));
    } else if (url === '/plain-stall') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' });
      res.write('The mayor said');
    } else if (url === '/cut') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' });
      res.write('The mayor said the bridge was closed.', () => res.socket?.destroy());
    } else if (url === '/gzip-cut') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(body.subarray(0, body.length - 10));
    } else if (url === '/gzip-broken') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip at all'));
    } else if (url === '/no-headers') {
      // accepts the request and never answers
    } else if (url === '/to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' });
      res.end();
    } else if (url === '/to-metadata-v6') {
      res.writeHead(302, { location: 'http://[::ffff:a9fe:a9fe]/latest/meta-data/' });
      res.end();
    } else if (url === '/to-alibaba') {
      res.writeHead(302, { location: 'http://100.100.100.200/latest/meta-data/' });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(GOOD);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

describe('defect 4: every network failure is a named skip, later inputs are still read', () => {
  it('a gzip body with a Content-Length that stalls, a stalled, cut, truncated or broken body, no headers: each named, exit 1', async () => {
    const s = await netServer();
    const t = tempDir();
    try {
      const good = t.file('good.txt', GOOD2);
      const urls = ['gzip-stall', 'plain-stall', 'cut', 'gzip-cut', 'gzip-broken', 'no-headers'].map((p) => `${s.base}/${p}`);
      const r = await sitrepAsync(['ingest', '--json', '--allow-private', '--timeout', '2', '--db', join(t.dir, 'l.db'), ...urls, good], { timeoutMs: 60_000 });
      assert.equal(r.signal, null);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 6, r.stderr);
      const [stall, plain, cut, gzCut, broken, noHeaders] = lines;
      assert.match(stall!, /gzip-stall: (no complete answer within 2000 ms|the server stopped sending: no data for 2000 ms)/);
      assert.match(plain!, /plain-stall: (no complete answer within 2000 ms|the server stopped sending: no data for 2000 ms after 14 bytes of 4\.9 KB)/);
      assert.match(cut!, /\/cut: the response was cut off after 37 bytes of the 4\.9 KB announced/);
      assert.match(gzCut!, /gzip-cut: the gzip body cannot be decompressed: unexpected end of file/);
      assert.match(broken!, /gzip-broken: the gzip body cannot be decompressed/);
      assert.match(noHeaders!, /no-headers: (no complete answer within 2000 ms|connected, but no response headers within 2000 ms)/);
      const out = JSON.parse(r.stdout) as { new: number; reasons: Record<string, number> };
      assert.equal(out.new, 1, 'the file after the URLs is stored');
      assert.deepEqual(out.reasons, { E_TIMEOUT: 3, E_FETCH: 3 });
    } finally {
      await s.close();
      t.cleanup();
    }
  });
});

describe('defect 5: --allow-private does not open link-local and metadata addresses', () => {
  it('a redirect to 169.254.169.254, its IPv6-mapped form or 100.100.100.200 is refused with --allow-private; named', async () => {
    const s = await netServer();
    const t = tempDir();
    try {
      const urls = ['to-metadata', 'to-metadata-v6', 'to-alibaba', 'ok'].map((p) => `${s.base}/${p}`);
      const r = await sitrepAsync(['ingest', '--json', '--allow-private', '--timeout', '3', '--db', join(t.dir, 'l.db'), ...urls], { timeoutMs: 60_000 });
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 3, r.stderr);
      assert.match(lines[0]!, /to-metadata: refused: 169\.254\.169\.254, a link-local or cloud metadata address \(.*--allow-link-local/);
      assert.match(lines[1]!, /to-metadata-v6: refused: ::ffff:a9fe:a9fe, a link-local or cloud metadata address/);
      assert.match(lines[2]!, /to-alibaba: refused: 100\.100\.100\.200, a link-local or cloud metadata address/);
      const out = JSON.parse(r.stdout) as { new: number; reasons: Record<string, number> };
      assert.deepEqual(out.reasons, { E_URL_REFUSED: 3 });
      assert.equal(out.new, 1);
      const help = sitrep(['ingest', '--help']);
      assert.match(help.stdout, /--allow-link-local/);
    } finally {
      await s.close();
      t.cleanup();
    }
  });
});
