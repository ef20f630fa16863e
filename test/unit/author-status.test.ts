/**
 * `englishStatusTest` (src/analyze/author/lexicon.ts) answers exactly as the one case-insensitive
 * Unicode pattern over all English status phrases it replaces (`phrasePattern(…, '\p{L}\p{N}')`,
 * flags `iu`), without compiling that pattern. Expected values were worked out by hand from the
 * pattern's rules (a phrase between non-letters, any case, any run of white space between its
 * words, `*` one or two words); each case is also checked against the whole pattern itself. The
 * sentences are fiction written for this test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { englishStatusTest, phrasePattern } from '../../src/analyze/author/lexicon.js';
import { table } from '../../src/lexicon/index.js';

describe('englishStatusTest: a small phrase list', () => {
  const phrases = ['captured', 'took control of', 'control of', 'controls the', 'returning under * control', "o'clock position"];
  const fast = englishStatusTest(phrases);
  const whole = new RegExp(phrasePattern(phrases, '\\p{L}\\p{N}'), 'iu');
  const cases: [string, boolean][] = [
    ['The brigade captured the hamlet at dawn.', true],
    ['CAPTURED: the hamlet', true],
    ['The hamlet was recaptured.', false], // inside a word
    ['The hamlet was re-captured.', true], // a hyphen is no letter
    ['Troops captured2 it', false], // a digit after the phrase
    ['𝐀captured', false], // an astral letter before it (a surrogate pair)
    ['It ſeized nothing but ſtill captureſ', false],
    ['They caPTUREd it', true],
    ['capturedly', false],
    ['«captured»', true],
    ['They took\n  control   of the bridge', true], // any white space between words
    ['They took controls of', false],
    ['Nobody controls the ridge', true],
    ['Nobody controls them', false], // "controls the" needs a word end after "the"
    ['Kherson is returning under Ukrainian control', true],
    ['Kherson is returning under full Ukrainian control', true],
    ['Kherson is returning under control', false], // `*` is one or two words
    ['at the six O’clock position', false], // a curly apostrophe is not the phrase's straight one
    ["at the six O'CLOCK position", true],
    ['ſaptured', false],
    ['the KONTROL of', false],
    ['İ captured it', true], // a text with a dotted I takes the whole pattern
    ['Kelvin: took control oF', true],
    ['', false],
  ];
  for (const [text, want] of cases) {
    test(`${JSON.stringify(text)} → ${want}`, () => {
      assert.equal(whole.test(text), want, 'the whole pattern');
      assert.equal(fast(text), want);
    });
  }
});

describe('englishStatusTest: the real phrase lists agree with the whole pattern', () => {
  const control = table('control-phrases.tsv').filter((r) => r[2] !== 'full' && r[2] !== 'exclude');
  const phrases = [...table('status-phrases.tsv').map((r) => r[0]), ...control.filter((r) => r[0] === 'en').map((r) => r[1])];
  const fast = englishStatusTest(phrases);
  const whole = new RegExp(phrasePattern(phrases, '\\p{L}\\p{N}'), 'iu');
  // Every phrase itself in three cases, inside a sentence, glued to a letter, and with its first letter cut off.
  const texts: string[] = [];
  for (const p of phrases) {
    if (!p) continue;
    const filled = p.replace(/\*/g, 'Ukrainian');
    texts.push(`Officials said the army ${filled} the town.`, filled.toUpperCase(), `x${filled}`, `${filled}x`, filled.slice(1), `“${filled}”`);
  }
  test(`${texts.length} texts built from ${phrases.length} phrases`, () => {
    let positives = 0;
    for (const t of texts) {
      const w = whole.test(t);
      if (w) positives++;
      assert.equal(fast(t), w, t);
    }
    assert.ok(positives > phrases.length, `${positives} texts hold a phrase`);
  });
});
