#!/usr/bin/env node
/**
 * Resolves the hand-written Russian/Ukrainian attribution gold (bench/gold/ruuk/{ru,uk}.ann) into
 * JSON Lines with exact UTF-16 offsets (bench/gold/ruuk/{ru,uk}.jsonl). The annotations name spans
 * by their text (anchors); this script only finds them, checks that each one is found exactly where
 * the annotator meant (n-th occurrence) and fails loudly otherwise. Russian post texts are read from
 * ../shared/corpora/ru-telegram-2024/posts.jsonl (CC BY 4.0, not copied into the repository);
 * Ukrainian texts are in uk.ann itself (written for sitrep). Split: posts alternate dev/test in
 * file order. Usage: node scripts/build-ruuk-gold.mjs
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'bench/gold/ruuk');
const corpus = join(root, '../shared/corpora/ru-telegram-2024/posts.jsonl');

/** Parses a .ann file into posts: {id, meta, lines (text), anns}. */
export function parseAnn(src) {
  const posts = [];
  let cur = null;
  for (const raw of src.split('\n')) {
    if (raw.startsWith('## ')) {
      const [id, ...kv] = raw.slice(3).trim().split(/\s+/);
      cur = { id, meta: Object.fromEntries(kv.map((s) => s.split('=', 2))), text: [], anns: [] };
      posts.push(cur);
    } else if (!cur || raw.startsWith('#') || raw.trim() === '') continue;
    else if (raw === '>' || raw.startsWith('> ')) cur.text.push(raw.slice(2));
    else if (/^[AO] /.test(raw)) cur.anns.push(raw);
    else throw new Error(`bad line: ${raw}`);
  }
  return posts;
}

/** Finds the n-th occurrence of `s` (1-based) at or after `from`. */
function find(text, anchor, from, what) {
  let s = anchor.trim();
  let n = 1;
  const m = /@(\d+)$/.exec(s);
  if (m) { n = Number(m[1]); s = s.slice(0, m.index); }
  // a space in an anchor matches any run of spaces, no-break spaces included
  // an anchor that starts or ends with a letter matches whole words only ("его" is not in "него")
  const body = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '[ \u00a0\u202f]+');
  const pre = /^[\p{L}\p{N}]/u.test(s) ? '(?<![\\p{L}\\p{N}])' : '';
  const post = /[\p{L}\p{N}]$/u.test(s) ? '(?![\\p{L}\\p{N}])' : '';
  const re = new RegExp(pre + body + post, 'gu');
  re.lastIndex = from;
  let m2 = null;
  for (let k = 0; k < n; k++) {
    m2 = re.exec(text);
    if (!m2) throw new Error(`${what}: '${anchor}' not found`);
  }
  return { start: m2.index, end: m2.index + m2[0].length };
}

function span(text, anchor, what) {
  if (anchor === '-' ) return null;
  const parts = anchor.split('~~');
  const a = find(text, parts[0], 0, what);
  if (parts.length === 1) return a;
  const b = find(text, parts[1], a.start, what);
  return { start: a.start, end: b.end };
}

function resolve(post, text) {
  const out = [];
  for (const line of post.anns) {
    const type = line[0];
    const f = line.slice(2).split(' | ').map((s) => s.trim());
    const where = `${post.id}: ${line}`;
    if (type === 'O') {
      const c = span(text, f[0], where);
      out.push({ type: 'own', content: [{ ...c, text: text.slice(c.start, c.end) }] });
      continue;
    }
    const [kind, spk, cueA, contA, ...rest] = f;
    if (!['direct', 'indirect', 'mixed'].includes(kind.split(' ')[0])) throw new Error(`${where}: kind`);
    const [spkA, nameA] = spk.split(' = ');
    const [name, latin] = (nameA ?? '').split(' / ');
    const s = spkA === '-' ? null : span(text, spkA, where);
    const c = cueA === '-' ? null : span(text, cueA, where);
    const t = contA.split(';;').map((a) => span(text, a, where));
    const opts = Object.fromEntries(rest.map((r) => r.split('=', 2)));
    out.push({
      type: 'attr', kind,
      speaker: s && { ...s, text: text.slice(s.start, s.end) },
      name: name || null, latin: latin || null,
      cue: c && { ...c, text: text.slice(c.start, c.end) },
      content: t.map((x) => ({ ...x, text: text.slice(x.start, x.end) })),
      doubt: opts.doubt ?? null,
    });
  }
  return out;
}

function build(lang, texts) {
  const src = readFileSync(join(dir, `${lang}.ann`), 'utf8');
  const posts = parseAnn(src);
  const lines = [];
  const errors = [];
  let n = 0;
  posts.forEach((p, i) => {
    const text = p.text.length ? p.text.join('\n') : texts?.get(p.id)?.text;
    if (text == null) throw new Error(`${p.id}: no text`);
    let anns;
    try { anns = resolve(p, text); } catch (e) { errors.push(e.message); return; }
    n += anns.filter((a) => a.type === 'attr').length;
    const row = { id: p.id, lang, split: p.meta.split ?? (i % 2 === 0 ? 'dev' : 'test'), published: p.meta.published ?? texts?.get(p.id)?.published ?? null,
      source: p.meta.source?.replace(/_/g, ' ') ?? texts?.get(p.id)?.source ?? null, real: lang === 'ru' || p.meta.real === 'yes', annotations: anns };
    if (p.text.length) row.text = text;
    lines.push(JSON.stringify(row));
  });
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
  writeFileSync(join(dir, `${lang}.jsonl`), lines.join('\n') + '\n');
  console.log(`${lang}: ${posts.length} posts, ${n} attributions`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let texts = null;
  if (existsSync(corpus)) {
    texts = new Map();
    for (const l of readFileSync(corpus, 'utf8').split('\n')) if (l) { const d = JSON.parse(l); texts.set(d.id, d); }
    build('ru', texts);
  } else console.log(`corpus not found at ${corpus}; ru.jsonl left as it is`);
  if (existsSync(join(dir, 'uk.ann'))) build('uk', null);
}
