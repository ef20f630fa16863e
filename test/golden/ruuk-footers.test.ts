/**
 * Footers, signatures, emoji, bullets and Markdown marks of real Russian Telegram posts kept out of
 * sentences and claims. Expected sentences (head and tail of each) were written by hand in
 * test/golden/ruuk/footers.json before the rule; the posts are read from
 * ../shared/corpora/ru-telegram-2024 (NKTKLN, Dataset of Telegram News Posts,
 * github.com/NKTKLN/telegram-news-classifier, CC BY 4.0) and the test is skipped when it is absent.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = `${root}../shared/corpora/ru-telegram-2024/posts.jsonl`;
const gold = JSON.parse(readFileSync(`${root}test/golden/ruuk/footers.json`, 'utf8')) as {
  posts: { id: string; sentences: [string, string][]; out: string[] }[];
};

const posts = new Map<string, { text: string; published: string; source: string }>();
if (existsSync(corpus)) {
  const want = new Set(gold.posts.map((p) => p.id));
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    const m = /^\{"id": "([^"]+)"/.exec(line);
    if (m && want.has(m[1]!)) posts.set(m[1]!, JSON.parse(line));
  }
}

describe('Telegram footers and marks kept out of sentences and claims (real posts)', { skip: posts.size ? false : `${corpus} is absent` }, () => {
  for (const g of gold.posts) {
    it(g.id, () => {
      const p = posts.get(g.id);
      assert.ok(p, `post ${g.id} not in the corpus`);
      const a = analyze({ id: g.id, text: p.text, published: p.published, author: p.source, authorType: 'channel' });
      const got = a.sentences.map((s) => p.text.slice(s.start, s.end));
      assert.equal(got.length, g.sentences.length, `sentences:\n${got.join('\n')}`);
      g.sentences.forEach(([head, tail], i) => {
        assert.ok(got[i]!.startsWith(head) && got[i]!.endsWith(tail), `sentence ${i}: ${JSON.stringify(got[i])} should be ${head} … ${tail}`);
      });
      for (const o of g.out) {
        const at = p.text.indexOf(o);
        assert.ok(at >= 0, `footer ${o} not in the post`);
        let end = p.text.indexOf('\n', at);
        if (end < 0) end = p.text.length;
        for (const s of a.sentences) assert.ok(s.end <= at || s.start >= end, `a sentence overlaps the footer ${o}`);
        for (const c of a.claims) {
          for (const sp of [c.speaker, c.cue, ...c.content]) {
            if (sp && sp.start >= 0 && !(c.speaker === sp && (c.speaker as { fromDocument?: boolean }).fromDocument)) {
              assert.ok(sp.end <= at || sp.start >= end, `a claim span overlaps the footer ${o}`);
            }
          }
        }
      }
    });
  }
});
