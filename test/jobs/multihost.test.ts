/**
 * Workers on two "hosts": each in a network namespace of its own, joined to this one by a veth
 * pair (10.231.Y.0/30 and 10.231.Y.4/30, made here and removed afterwards), reaching PostgreSQL
 * only over the veth address. The server is a throwaway cluster (initdb in a temporary folder)
 * listening on 127.0.0.1 and the two veth addresses with a pg_hba line for that subnet, so the
 * machine's own PostgreSQL is left as it is (its listen_addresses could only change with a
 * restart). Skips with the reason where namespaces or a cluster cannot be made (not root, no `ip`,
 * no initdb). Traffic goes only to 127.0.0.1 and to the addresses made here.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { writeGenerated } from './corpus.js';
import { CORPUS, run, start } from './helpers.js';

const sh = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The PostgreSQL server binaries (initdb, pg_ctl), or null. */
function pgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  for (const v of readdirSync(base).sort().reverse()) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return null;
}

interface Net {
  y: number;
  spaces: { ns: string; host: string; peer: string; hostIp: string; nsIp: string }[];
}

function whyNot(): string | false {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  try {
    sh('ip', ['-V']);
  } catch {
    return 'the ip command (iproute2) is missing';
  }
  if (!pgBin()) return 'PostgreSQL server binaries (initdb) are missing';
  try {
    sh('id', ['postgres']);
  } catch {
    return "there is no 'postgres' user to run a throwaway cluster as";
  }
  return false;
}

let skip: string | false = whyNot();
let net: Net | null = null;
let dir = '';
let port = 0;

function makeNet(): Net {
  const used = sh('ip', ['-4', '-o', 'addr']);
  let y = 0;
  for (let i = 0; i < 50 && !y; i++) {
    const c = 1 + Math.floor(Math.random() * 250);
    if (!used.includes(`10.231.${c}.`)) y = c;
  }
  if (!y) throw new Error('no free 10.231.Y.0/29 subnet');
  const spaces = [0, 1].map((k) => ({
    ns: `sitrep-t${y}-${k}`, host: `srh${y}x${k}`, peer: `srp${y}x${k}`, hostIp: `10.231.${y}.${k * 4 + 1}`, nsIp: `10.231.${y}.${k * 4 + 2}`,
  }));
  const n: Net = { y, spaces: [] };
  for (const s of spaces) {
    sh('ip', ['netns', 'add', s.ns]);
    n.spaces.push(s);
    sh('ip', ['link', 'add', s.host, 'type', 'veth', 'peer', 'name', s.peer]);
    sh('ip', ['link', 'set', s.peer, 'netns', s.ns]);
    sh('ip', ['addr', 'add', `${s.hostIp}/30`, 'dev', s.host]);
    sh('ip', ['link', 'set', s.host, 'up']);
    sh('ip', ['netns', 'exec', s.ns, 'ip', 'addr', 'add', `${s.nsIp}/30`, 'dev', s.peer]);
    sh('ip', ['netns', 'exec', s.ns, 'ip', 'link', 'set', s.peer, 'up']);
    sh('ip', ['netns', 'exec', s.ns, 'ip', 'link', 'set', 'lo', 'up']);
  }
  return n;
}

function dropNet(n: Net): void {
  // Deleting a namespace deletes its end of the veth pair, and with it the other end.
  for (const s of n.spaces) {
    try {
      sh('ip', ['netns', 'del', s.ns]);
    } catch {
      // already gone
    }
    try {
      sh('ip', ['link', 'del', s.host]);
    } catch {
      // went with the namespace
    }
  }
}

/** initdb + start a cluster listening on 127.0.0.1 and the host ends of the veth pairs. */
function startCluster(n: Net): void {
  const bin = pgBin()!;
  dir = mkdtempSync(join(tmpdir(), 'sitrep-netns-pg-'));
  const uid = Number(sh('id', ['-u', 'postgres']).trim());
  const gid = Number(sh('id', ['-g', 'postgres']).trim());
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  sh('runuser', ['-u', 'postgres', '--', join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  // a port nothing listens on yet (were one taken on 127.0.0.1, the cluster would start on the veth
  // addresses alone and the test's local connections would reach the other listener)
  const listening = sh('ss', ['-ltnH']);
  for (let i = 0; i < 50; i++) {
    port = 20000 + Math.floor(Math.random() * 9000);
    if (!new RegExp(`:${port}\\s`).test(listening)) break;
  }
  const addrs = ['127.0.0.1', ...n.spaces.map((s) => s.hostIp)].join(',');
  appendFileSync(join(data, 'postgresql.conf'), `\nlisten_addresses = '${addrs}'\nport = ${port}\nunix_socket_directories = '${dir}'\nfsync = off\nmax_connections = 60\n`);
  appendFileSync(join(data, 'pg_hba.conf'), `\nhost all all 10.231.${n.y}.0/29 trust\n`);
  writeFileSync(join(dir, 'README'), 'throwaway PostgreSQL cluster of test/jobs/multihost.test.ts\n');
  sh('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
}

function stopCluster(): void {
  if (!dir) return;
  try {
    sh('runuser', ['-u', 'postgres', '--', join(pgBin()!, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } catch {
    // not running
  }
  rmSync(dir, { recursive: true, force: true });
}

before(() => {
  if (skip) return;
  try {
    net = makeNet();
    startCluster(net);
  } catch (e) {
    skip = `cannot make network namespaces and a cluster here: ${(e as Error).message.split('\n')[0]}`;
  }
  if (skip) console.log(`# multi-host worker test skipped: ${skip}`);
});
after(() => {
  stopCluster();
  if (net) dropNet(net);
});

if (skip) console.log(`# multi-host worker test skipped: ${skip}`);

describe('workers on two hosts (network namespaces) share one PostgreSQL ledger', { timeout: 300_000 }, () => {
  it('each worker reaches the server over its veth address, and together they store every document once', async (t) => {
    if (skip) return t.skip(skip);
    const n = net!;
    const local = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const gen = join(dir, 'generated.jsonl');
    writeGenerated(gen, 300, 5);
    const q = await run(['enqueue', CORPUS, gen, '--db', local, '--batch', '10', '--json', '--quiet'], [0, 1]);
    let queued: { jobs: number; documents: number };
    try {
      queued = JSON.parse(q.stdout) as { jobs: number; documents: number };
    } catch {
      // (once seen in CI: an empty answer; its stderr and the cluster's log say why)
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '(no log)';
      assert.fail(`sitrep enqueue printed no JSON (exit ${q.child.exitCode}); stderr:\n${q.stderr}\ncluster log:\n${log}`);
    }

    const workers = n.spaces.map((s) => start(['worker', '--db', `postgres://postgres@${s.hostIp}:${port}/postgres`, '--jobs', '1', '--drain', '--maintenance', '2'],
      ['ip', 'netns', 'exec', s.ns]));
    // While they work, the server sees their connections coming from the namespaces' addresses.
    const seen = new Set<string>();
    const watch = new pg.Client({ connectionString: local });
    await watch.connect();
    const running = (): boolean => workers.some((w) => w.child.exitCode === null && w.child.signalCode === null);
    while (running()) {
      const r = await watch.query("SELECT DISTINCT host(client_addr) AS a FROM pg_stat_activity WHERE application_name LIKE 'sitrep%' AND client_addr IS NOT NULL");
      for (const x of r.rows as { a: string }[]) seen.add(x.a);
      await new Promise((res) => setTimeout(res, 200));
    }
    const ends = await Promise.all(workers.map((w) => w.exit));
    for (const [i, e] of ends.entries()) assert.equal(e.code, 0, `worker in ${n.spaces[i]!.ns}:\n${workers[i]!.stderr}`);
    for (const s of n.spaces) assert.ok(seen.has(s.nsIp), `connections from ${s.nsIp} (seen: ${[...seen].join(', ')})`);
    for (const w of workers) assert.match(w.stderr, /^sitrep: job /m, 'each host took jobs');

    const docs = (await watch.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM documents')).rows[0] as { n: number; d: number };
    const carriers = (await watch.query('SELECT count(*)::int AS n FROM documents WHERE carrier_of IS NOT NULL')).rows[0].n as number;
    await watch.end();
    assert.equal(docs.n, queued.documents);
    assert.equal(docs.d, docs.n);
    assert.ok(carriers > 0, 'reprints were linked');
    const st = JSON.parse((await run(['status', '--db', local, '--json'])).stdout) as { jobs: Record<string, number> };
    assert.deepEqual([st.jobs.queued, st.jobs.running, st.jobs.failed, st.jobs.done], [0, 0, 0, queued.jobs]);
  });
});
