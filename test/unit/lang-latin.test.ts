/**
 * Language of Latin-script paragraphs through `detectLangs` (which judges a paragraph without
 * Cyrillic letters or link marks in one pass) against `detectParagraphLang` (the memoised path), with
 * the letter weights that decide the document's language. Expected values written by hand.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectLangs, detectParagraphLang } from '../../src/analyze/lang/index.js';

/** The paragraphs of `t` are its lines. */
function lines(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (const l of t.split('\n')) {
    out.push({ start: s, end: s + l.length });
    s += l.length + 1;
  }
  return out;
}

describe('language of Latin-script paragraphs', () => {
  const cases: [string, string][] = [
    ['Hi', 'und'], // two letters
    ['Abc', 'en'],
    ['Ééa', 'en'], // letters with diacritics count as Latin
    ['...!?', 'und'],
    ['@Ab', 'und'], // a mention says nothing: no letters left
    ['#Ukraine', 'und'],
    ['Go https://x.com', 'und'], // the link's letters do not count: two letters left
    ['See https://example.com', 'en'],
    ['Join t.me/abc', 'en'],
    ['a]b(c', 'en'], // "]" without "(" right after it is no link
    ['[Go](x.com)', 'und'], // a Markdown link's target does not count: "[Go" has two letters
    ['Russian forces shelled Kherson overnight.', 'en'],
  ];
  for (const [text, want] of cases) {
    it(`${want}: ${text}`, () => {
      assert.equal(detectParagraphLang(text), want);
      assert.deepEqual(detectLangs(text, lines(text)).paragraphs, [want]);
    });
  }
  it('a document with an English and a Russian paragraph of similar length is mixed', () => {
    const t = 'The war goes on.\nВойна продолжается.';
    const r = detectLangs(t, lines(t));
    assert.deepEqual(r.paragraphs, ['en', 'ru']);
    assert.equal(r.lang, 'mixed');
  });
  it('letters with diacritics do not weigh in the document language: a long Russian paragraph outweighs them', () => {
    // "Éééééééééééééééééééa" has one ASCII letter; the Russian paragraph 17 letters: the English one is under a fifth
    const t = 'Éééééééééééééééééééa\nВойна продолжается.';
    const r = detectLangs(t, lines(t));
    assert.deepEqual(r.paragraphs, ['en', 'ru']);
    assert.equal(r.lang, 'ru');
  });
  it('a document of Latin lines without enough letters is und', () => {
    const t = 'Hi\n12:30\n—';
    assert.equal(detectLangs(t, lines(t)).lang, 'und');
  });
});
