/**
 * A document's tokens do not depend on the token types wink-nlp learned from earlier documents.
 *
 * wink-nlp 2.4 stores one entry per out-of-vocabulary string, with the token type (and the POS guess
 * made from it) of the first time the process met the string. The type the tokenizer gives a string
 * depends on its context: a lone combining diaeresis (U+0308) is a "word" between spaces but "unk"
 * when the recursive tokenizer cuts it out of "espÃ ̈re,"; "2024" is a "number" in "May 2024" but a
 * "word" in "v.2024". So PolNeAR train article 629 (wash-post_2016-01-20_fiorina…) counted 2633 words
 * alone and 2632 after articles 1–628, and a year read after a "v.2024" was no number.
 *
 * Each document B is analysed in a fresh process, alone, and in another fresh process after a
 * document A that meets the same strings in another context; B's analysis must be the same. The
 * expected kinds of the strings in B were read off wink-nlp run on B alone (tokenizer types above)
 * and checked by hand against the text stage's mapping (word → Word, number → Number, unk, emoji and
 * hashtag → Other). The texts are written for this test (the mojibake copies PolNeAR's).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

/** Kinds of the text stage (src/analyze/doc.ts `Kind`). */
const WORD = 0;
const NUMBER = 1;
const OTHER = 4;

interface Pair {
  name: string;
  /** the earlier document, which meets the strings first in another context */
  a: string;
  /** the document checked */
  b: string;
  /** in B analysed alone: the kind of the first token with this text */
  kinds: [string, number][];
}

const PAIRS: Pair[] = [
  {
    name: 'a lone combining diaeresis, "unk" in A, a word in B',
    a: "Asked about the accord, the French envoy shrugged. ''On espÃ \u0308re,'' he said.",
    b: 'The minister wrote ÃÂ \u0308 distrutto in the note, the paper reported.',
    kinds: [['\u0308', WORD]],
  },
  {
    name: 'a lone combining acute, a word in A, "unk" in B',
    a: 'The mayor wrote Ã \u0301 cosi in the note, the paper reported.',
    b: "Asked about the accord, the French envoy shrugged. ''On espÃ \u0301re,'' he said.",
    kinds: [['\u0301', OTHER]],
  },
  {
    name: 'a year, a word in A ("v.2024"), a number in B',
    a: 'She bought the ugly Christmas sweater v.2024 for $62, the shop said.',
    b: 'Martial law was extended until May 2024, the speaker of parliament said.',
    kinds: [['2024', NUMBER]],
  },
  {
    name: 'a year, a number in A, a word in B ("v.2025")',
    a: 'Martial law was extended until May 2025, the speaker of parliament said.',
    b: 'He bought the ugly Christmas sweater v.2025 for $62, the shop said.',
    kinds: [['2025', WORD]],
  },
  {
    name: 'unknown words, a hashtag, an emoji and a Cyrillic word met in other contexts',
    a: 'Residents of Zzyzxville posted #Bakhmut and 😀 after Бахмут fell, officials said.',
    b: 'Officials in (Zzyzxville) said the #Bakhmut, 😀. posts named «Бахмут» as the town.',
    kinds: [['Zzyzxville', WORD], ['#Bakhmut', OTHER], ['😀', OTHER], ['Бахмут', OTHER]],
  },
];

const MODULE = new URL('../../src/analyze/index.js', import.meta.url).href;

/**
 * Analyses `texts` ([id, text]) in order in a fresh Node process; for each, its analysis without timing and its
 * tokens as [text, kind, pos].
 */
function freshRun(texts: [string, string][]): { analysis: unknown; tokens: [string, number, number][] }[] {
  const script = `
    import { analyze, analyzeDoc } from ${JSON.stringify(MODULE)};
    const texts = JSON.parse(process.argv[1]);
    const out = texts.map(([id, text]) => {
      const d = { id, text, published: '2024-03-02T10:00:00Z', source: 'test', url: null, meta: {} };
      const a = analyze(d, { budget: false });
      const doc = analyzeDoc(d, { budget: false });
      const t = doc.tokens;
      const tokens = [];
      for (let k = 0; k < t.n; k++) tokens.push([text.slice(t.start[k], t.end[k]), t.kind[k], t.pos[k]]);
      return { analysis: { ...a, stats: { ...a.stats, ms: 0 } }, tokens };
    });
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(texts)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as { analysis: unknown; tokens: [string, number, number][] }[];
}

describe('token types do not depend on earlier documents (wink-nlp lexicon)', () => {
  // B documents use disjoint strings, so one process can read them all "alone"
  const alone = freshRun(PAIRS.map((p, i) => ['b' + i, p.b]));
  const after = freshRun(PAIRS.flatMap((p, i): [string, string][] => [['a' + i, p.a], ['b' + i, p.b]])).filter((_, i) => i % 2 === 1);

  PAIRS.forEach((p, i) => {
    it(`${p.name}: kinds in B alone as written by hand`, () => {
      for (const [text, kind] of p.kinds) {
        const tok = alone[i]!.tokens.find((t) => t[0] === text);
        assert.ok(tok, `token ${JSON.stringify(text)} in B`);
        assert.equal(tok[1], kind, `kind of ${JSON.stringify(text)}`);
      }
    });
    it(`${p.name}: B after A is B alone`, () => {
      assert.deepEqual(after[i]!.tokens, alone[i]!.tokens);
      assert.deepEqual(after[i]!.analysis, alone[i]!.analysis);
    });
  });
});
