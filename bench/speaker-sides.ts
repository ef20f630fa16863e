/**
 * One side per speaker (issue 9 item 6, lane side12): `node dist/bench/speaker-sides.js`.
 *
 *   node dist/bench/speaker-sides.js [--db ledger.db] [--keep] [--json]
 *
 * Ingests the dev half of the dispute gold (bench/gold/disputes/dev, without incidents marked held)
 * into a temporary ledger through the real binary, as bench:disputes does (or reads the ledger given by
 * `--db`), and lists
 *  - per document, every speaker (normalised name) whose claims carry more than one side, a known side
 *    and an unknown one counted apart from two known sides;
 *  - every claim whose side in `sitrep claims --json` differs from the side compare reads from its stored
 *    facts (the record's speaker side; object facts carry no side of their own since lane side12).
 * Dev only: it never reads the test half.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';
import { personKey } from '../src/compare/speaker.js';
import { GOLD, allClaims, documentKeys, sitrepRunner } from './ledger-read.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('node dist/bench/speaker-sides.js [--db ledger.db] [--keep] [--json]\n');
  process.exit(0);
}

/** Runs bin/sitrep.js; exits on failure. */
const sitrep = sitrepRunner('speaker-sides');

interface Stored { speaker?: { name: string | null; text: string | null; side: string | null; sideFrom?: string | null } | null }

async function main(): Promise<void> {
  const gold = JSON.parse(readFileSync(join(GOLD, 'expected.json'), 'utf8')) as { incidents: { id: string; split: string; held?: boolean; disputes: { sides: { documents: string[] }[] }[] }[] };
  const dev = gold.incidents.filter((i) => i.split === 'dev' && !i.held);
  const tmp = args.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-speaker-sides-'));
  const db = args.db ?? join(tmp!, 'ledger.db');
  try {
    if (!args.db) {
      const dir = join(GOLD, 'dev');
      const held = gold.incidents.some((i) => i.split === 'dev' && i.held);
      // the folders of the incidents (an incident's id is its folder's name); all of dev when none is held
      const inputs = held ? dev.map((i) => join(dir, i.id)).sort() : [dir];
      sitrep(['ingest', '--db', db, '--json', '--quiet', ...inputs]);
    }
    const listed = allClaims(sitrep, db);
    const store = openStore(db);
    const stored = new Map<string, Stored>();
    let names = new Map<string, string>();
    try {
      for await (const c of store.comparableClaims({})) stored.set(c.id, c.facts as unknown as Stored);
      names = await documentKeys(store);
    } finally {
      await store.close();
    }
    // per document and speaker: the sides its claims show, with the claims' speaker words
    const byDoc = new Map<string, Map<string, { sides: Map<string, string[]> }>>();
    const differ: string[] = [];
    for (const c of listed) {
      const f = stored.get(c.id);
      const shown = c.side ?? null;
      if (f) {
        const used = f.speaker?.side ?? null;
        if (used !== shown) differ.push(`${names.get(c.documentId) ?? c.documentId} ${c.id}: claims ${shown} / compare ${used} (${c.speaker})`);
      }
      if (!c.speaker) continue;
      const key = personKey(c.speaker);
      if (!key) continue;
      const doc = byDoc.get(c.documentId) ?? byDoc.set(c.documentId, new Map()).get(c.documentId)!;
      const sp = doc.get(key) ?? doc.set(key, { sides: new Map() }).get(key)!;
      const k = shown ?? '-';
      const words = f?.speaker?.text ?? c.speaker;
      const list = sp.sides.get(k) ?? sp.sides.set(k, []).get(k)!;
      if (!list.includes(words)) list.push(words);
    }
    const twoSides: string[] = [];
    const partly: string[] = [];
    for (const [docId, speakers] of byDoc) {
      for (const [key, { sides }] of speakers) {
        const known = [...sides.keys()].filter((s) => s !== '-');
        if (known.length < 1 || sides.size < 2) continue;
        const line = `${names.get(docId) ?? docId} "${key}": ${[...sides].map(([s, w]) => `${s} (${w.map((x) => JSON.stringify(x)).join(', ')})`).join(' | ')}`;
        (known.length > 1 ? twoSides : partly).push(line);
      }
    }
    twoSides.sort();
    partly.sort();
    differ.sort();
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ claims: listed.length, twoSides, partly, differ }, null, 2)}\n`);
    } else {
      process.stdout.write(`== dev: ${names.size} documents, ${listed.length} claims ==\n`);
      process.stdout.write(`speakers with two known sides in one document: ${twoSides.length}\n`);
      for (const l of twoSides) process.stdout.write(`  ${l}\n`);
      process.stdout.write(`speakers with a side and no side in one document: ${partly.length}\n`);
      for (const l of partly) process.stdout.write(`  ${l}\n`);
      process.stdout.write(`claims whose shown side differs from compare's: ${differ.length}\n`);
      for (const l of differ) process.stdout.write(`  ${l}\n`);
    }
  } finally {
    if (tmp && !args.keep) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) process.stderr.write(`speaker-sides: ledger kept at ${db}\n`);
  }
}

await main();
