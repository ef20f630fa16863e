/**
 * The server on real sockets: `sitrep serve` as a child process (refusing a non-loopback address
 * without a token; a token checked on every request; a clean stop on SIGTERM), and `startServer`
 * in-process with short timeouts against slow, oversized and broken requests.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { BIN, ROOT, tempDir } from '../cli/helpers.js';
import { fixture, type Fixture } from './helpers.js';
import { startServer, type RunningServer } from '../../src/server/index.js';

const TOKEN = 'serve-test-token-0123456789';

/** The environment of a child `sitrep`, without a token unless given. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (!('SITREP_TOKEN' in extra)) delete e.SITREP_TOKEN;
  delete e.SITREP_DEBUG;
  return e;
}

describe('sitrep serve (the real binary)', () => {
  test('refuses to listen on 0.0.0.0 without a token: exit 2, a clear message, nothing opened', () => {
    const t = tempDir();
    try {
      const db = join(t.dir, 'never.db');
      const r = spawnSync(process.execPath, [BIN, 'serve', '--host', '0.0.0.0', '--port', '0', '--db', db], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /refusing to listen on '0\.0\.0\.0' without an access token/);
      assert.match(r.stderr, /--token or the SITREP_TOKEN environment variable/);
      assert.equal(r.stdout, '');
      assert.equal(spawnSync('test', ['-e', db]).status, 1, 'no database was created');
    } finally {
      t.cleanup();
    }
  });

  test('a --db that names no file is refused (exit 2, nothing created) unless --create', () => {
    const t = tempDir();
    try {
      const db = join(t.dir, 'typo.db');
      const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--workers', '0', '--db', db], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /no ledger at .*typo\.db/);
      assert.match(r.stderr, /--create/);
      assert.equal(r.stdout, '');
      assert.equal(spawnSync('test', ['-e', db]).status, 1, 'no database was created');
    } finally {
      t.cleanup();
    }
  });

  test('a too-short token and a bad port are usage errors', () => {
    const short = spawnSync(process.execPath, [BIN, 'serve', '--token', 'abc', '--port', '0'], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 20_000 });
    assert.equal(short.status, 2);
    assert.match(short.stderr, /too short/);
    const port = spawnSync(process.execPath, [BIN, 'serve', '--port', '70000'], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 20_000 });
    assert.equal(port.status, 2);
    assert.match(port.stderr, /--port '70000' is not a port/);
    const workers = spawnSync(process.execPath, [BIN, 'serve', '--workers', 'many'], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 20_000 });
    assert.equal(workers.status, 2);
    assert.match(workers.stderr, /--workers 'many' is not a number of threads/);
    const extra = spawnSync(process.execPath, [BIN, 'serve', 'ledger.db'], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 20_000 });
    assert.equal(extra.status, 2);
    assert.match(extra.stderr, /unexpected argument 'ledger.db'/);
  });

  test('with a token (from SITREP_TOKEN): 401 without it, 200 with it; SIGTERM stops it with exit 0', async () => {
    const t = tempDir();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--create', '--db', join(t.dir, 'ledger.db')], { cwd: ROOT, env: env({ SITREP_TOKEN: TOKEN }) });
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
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.ok(!stdout.includes(TOKEN), 'the token is not printed');
      const without = await fetch(`${url}api/health`);
      assert.equal(without.status, 401);
      assert.equal(((await without.json()) as any).error.code, 'unauthorized');
      const wrong = await fetch(`${url}api/health`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
      assert.equal(wrong.status, 401);
      await wrong.arrayBuffer();
      const ok = await fetch(`${url}api/health`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as any).status, 'ok');
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      t.cleanup();
    }
  });
});

/** Opens a raw TCP connection, writes `data`, and collects what comes back until the server closes it or `ms` pass. */
function raw(port: number, data: string, ms: number): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    const s: Socket = connect(port, '127.0.0.1', () => s.write(data));
    const timer = setTimeout(() => {
      s.destroy();
      resolve({ text, closed: false });
    }, ms);
    s.on('data', (d) => (text += d.toString('latin1')));
    s.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    s.on('error', () => undefined);
  });
}

describe('startServer on a socket: slow, huge and broken requests', () => {
  let f: Fixture;
  let srv: RunningServer;
  before(async () => {
    f = await fixture({ empty: true });
    srv = await startServer({ store: f.store, host: '127.0.0.1', port: 0, webRoot: join(f.dir, 'no-web'), socket: { headersTimeoutMs: 600, requestTimeoutMs: 1500 }, log: () => undefined });
  });
  after(async () => {
    await srv.close();
    await f.cleanup();
  });
  const health = async (): Promise<number> => (await fetch(`${srv.url}api/health`)).status;

  test('a client that never finishes its headers is cut off, and others are served meanwhile', async () => {
    const slow = raw(srv.port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a', 8_000);
    assert.equal(await health(), 200);
    const r = await slow;
    assert.equal(r.closed, true, 'the server closed the slow connection');
    assert.match(r.text, /^HTTP\/1\.1 408|^$/);
    assert.equal(await health(), 200);
  });

  test('a body that never arrives is cut off by the request timeout', async () => {
    const r = await raw(srv.port, 'POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nabc', 8_000);
    assert.equal(r.closed, true);
    assert.equal(await health(), 200);
  });

  test('huge headers: 431, the server stays up', async () => {
    const r = await raw(srv.port, `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`, 5_000);
    assert.match(r.text, /^HTTP\/1\.1 431/);
    assert.equal(await health(), 200);
  });

  test('a broken request line: 400, the server stays up', async () => {
    const r = await raw(srv.port, 'NOT HTTP AT ALL\r\n\r\n', 5_000);
    assert.match(r.text, /^HTTP\/1\.1 400/);
    const bin = await raw(srv.port, '\u0000\u0001\u0002\u00ff\r\n\r\n', 5_000);
    assert.match(bin.text, /^HTTP\/1\.1 400|^$/);
    assert.equal(await health(), 200);
  });

  test('a port in use is a usage error', async () => {
    await assert.rejects(startServer({ store: f.store, host: '127.0.0.1', port: srv.port, log: () => undefined }), /already in use/);
  });
});
