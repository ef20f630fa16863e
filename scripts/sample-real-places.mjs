// Draws the random sample of real Russian posts for bench/gold/places-ruuk/real-sample.tsv (see its
// README): posts of ../shared/corpora/ru-telegram-2024/posts.jsonl with at least one Cyrillic letter,
// not among the posts of mentions.tsv, in a mulberry32 shuffle with seed 20261205; the first 120.
// Prints "index <TAB> id <TAB> split" (even index: dev). Usage: node scripts/sample-real-places.mjs
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpora/ru-telegram-2024/posts.jsonl');
const old = new Set(readFileSync(resolve(root, 'bench/gold/places-ruuk/mentions.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0]));
const posts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((p) => /[\u0400-\u04FF]/.test(p.text) && !old.has(p.id));
let a = 20261205 >>> 0;
const rnd = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
for (let i = posts.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [posts[i], posts[j]] = [posts[j], posts[i]]; }
const n = Number(process.argv[2] ?? 120);
posts.slice(0, n).forEach((p, i) => process.stdout.write(`${i}\t${p.id}\t${i % 2 === 0 ? 'dev' : 'test'}\n`));
