/**
 * Table-driven tests for the `text` stage: sentences, paragraphs and the normalised view.
 *
 * Conventions (from src/analyze/text/index.ts and src/analyze/doc.ts), used to write the expected
 * values by hand:
 * - a sentence span runs from its first to its last non-space token, so it keeps its final
 *   punctuation and a closing quotation mark, and never has space at its edges;
 * - abbreviations ("Lt. Gen.", "U.S.", "a.m.", "Jan.", "St.") do not end a sentence;
 * - a line break always ends a sentence, with or without punctuation (headlines, list items);
 * - a paragraph is one non-blank line, trimmed of spaces, tabs and carriage returns;
 * - `norm` has the length of `text`; typographic quotes fold to `'` / `"`, odd spaces to ' '.
 *
 * Each row gives the sentences (as the exact text of each span) and optionally the paragraphs and
 * the paragraph index of each sentence. Every row also checks every span of the whole analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../../src/analyze/index.js';
import { assertAllSpans, label } from './stage-helpers.js';

interface Row {
  text: string;
  sentences: string[];
  paragraphs?: string[];
  /** paragraph index of each sentence */
  sentParagraph?: number[];
  todo?: string;
}

const ROWS: Row[] = [
  {
    text: 'Lt. Gen. Oleksandr Pivnenko visited the front near Bakhmut. He met brigade commanders.',
    sentences: ['Lt. Gen. Oleksandr Pivnenko visited the front near Bakhmut.', 'He met brigade commanders.'],
  },
  {
    text: 'The U.S. sent more shells to Ukraine last month. Kyiv welcomed the delivery.',
    sentences: ['The U.S. sent more shells to Ukraine last month.', 'Kyiv welcomed the delivery.'],
  },
  {
    text: 'The first drones hit the depot at 3 a.m. on Sunday, officials said. Two guards were hurt.',
    sentences: ['The first drones hit the depot at 3 a.m. on Sunday, officials said.', 'Two guards were hurt.'],
  },
  {
    text: 'Mr. Zelensky met Lt. Gen. Budanov in Kyiv on Jan. 5. They discussed the situation in St. Petersburg.',
    sentences: ['Mr. Zelensky met Lt. Gen. Budanov in Kyiv on Jan. 5.', 'They discussed the situation in St. Petersburg.'],
  },
  {
    text: 'Where are the shells? Nobody knows! The front is waiting.',
    sentences: ['Where are the shells?', 'Nobody knows!', 'The front is waiting.'],
  },
  {
    text: '"We will win." The crowd cheered.',
    sentences: ['"We will win."', 'The crowd cheered.'],
  },
  {
    // a line break ends a sentence even without punctuation
    text: 'Russian troops advanced near Pokrovsk\nUkraine says the line holds',
    sentences: ['Russian troops advanced near Pokrovsk', 'Ukraine says the line holds'],
    paragraphs: ['Russian troops advanced near Pokrovsk', 'Ukraine says the line holds'],
    sentParagraph: [0, 1],
  },
  {
    // ... even in the middle of a clause (hard-wrapped copy)
    text: 'The governor said the strike damaged\na school and two houses.',
    sentences: ['The governor said the strike damaged', 'a school and two houses.'],
    sentParagraph: [0, 1],
  },
  {
    // a headline line, a blank line, then a two-sentence paragraph
    text: 'Drone attack damages Odesa port\n\nA Russian drone attack damaged the port of Odesa overnight, officials said. Two workers were injured.',
    sentences: [
      'Drone attack damages Odesa port',
      'A Russian drone attack damaged the port of Odesa overnight, officials said.',
      'Two workers were injured.',
    ],
    paragraphs: [
      'Drone attack damages Odesa port',
      'A Russian drone attack damaged the port of Odesa overnight, officials said. Two workers were injured.',
    ],
    sentParagraph: [0, 1, 1],
  },
  {
    // a channel post: one item per line, emoji included in the line's sentence
    text: '⚡️ RESULTS OF THE NIGHT\n🔻 2 tanks destroyed\n🔻 40 drones shot down over the region',
    sentences: ['⚡️ RESULTS OF THE NIGHT', '🔻 2 tanks destroyed', '🔻 40 drones shot down over the region'],
    paragraphs: ['⚡️ RESULTS OF THE NIGHT', '🔻 2 tanks destroyed', '🔻 40 drones shot down over the region'],
    sentParagraph: [0, 1, 2],
  },
  {
    // paragraphs are trimmed of spaces and tabs; blank lines are no paragraphs
    text: '  Shelling resumed at dawn.  \n \n\t Residents hid in basements.\n',
    sentences: ['Shelling resumed at dawn.', 'Residents hid in basements.'],
    paragraphs: ['Shelling resumed at dawn.', 'Residents hid in basements.'],
    sentParagraph: [0, 1],
  },
  {
    // Windows line ends: the carriage return is not part of any span
    text: 'The bridge was hit.\r\nTraffic was stopped.\r\n',
    sentences: ['The bridge was hit.', 'Traffic was stopped.'],
    paragraphs: ['The bridge was hit.', 'Traffic was stopped.'],
    sentParagraph: [0, 1],
  },
  {
    // a multi-paragraph quotation: each paragraph is its own sentence(s)
    text: 'He wrote:\n“For weeks the enemy gathered troops. Nobody listened.\n“The generals owe us an answer.”',
    sentences: ['He wrote:', '“For weeks the enemy gathered troops.', 'Nobody listened.', '“The generals owe us an answer.”'],
    sentParagraph: [0, 1, 1, 2],
  },
  {
    text: 'Russia‘s army said the strike hit 3 targets. Putin’s spokesman declined to comment.',
    sentences: ['Russia‘s army said the strike hit 3 targets.', 'Putin’s spokesman declined to comment.'],
  },
];

for (const row of ROWS) {
  test(`text: ${label(row.text)}`, row.todo ? { todo: row.todo } : {}, () => {
    const a = analyze({ id: 't', text: row.text });
    assertAllSpans(a);
    assert.deepEqual(a.sentences.map((s) => row.text.slice(s.start, s.end)), row.sentences);
    if (row.paragraphs) assert.deepEqual(a.paragraphs.map((p) => row.text.slice(p.start, p.end)), row.paragraphs);
    if (row.sentParagraph) assert.deepEqual(a.sentences.map((s) => s.paragraph), row.sentParagraph);
  });
}

test('text: norm has the length of text, with typographic quotes and odd spaces folded', () => {
  const text = 'He said: “We hold” and ‘never’ «retreat» „now“.\u00A0Putin’s men\u2009left.';
  const expected = 'He said: "We hold" and \'never\' "retreat" "now". Putin\'s men left.';
  const doc = analyzeDoc({ id: 'n', text });
  assert.equal(doc.text, text, 'the original text is never changed');
  assert.equal(doc.norm.length, text.length);
  assert.equal(doc.norm, expected);
});

test('text: every token of norm is its lower-case slice, offsets shared with text', () => {
  const text = '“Two civilians were wounded,” Governor Pavel Savchuk said on Telegram.\nThe U.S. embassy in Kyiv was closed.';
  const doc = analyzeDoc({ id: 'k', text });
  const t = doc.tokens;
  assert.ok(t.n > 10);
  for (let i = 0; i < t.n; i++) {
    assert.ok(t.start[i]! < t.end[i]! && t.end[i]! <= text.length, `token ${i} inside the text`);
    if (i > 0) assert.ok(t.start[i]! >= t.end[i - 1]!, `token ${i} after token ${i - 1}`);
    assert.equal(doc.norm.slice(t.start[i]!, t.end[i]!).toLowerCase(), t.lower[i], `token ${i}`);
  }
});

test('text: a 300k-character input still gives spans that slice correctly', () => {
  // Built at test time: 2,400 numbered paragraphs of two sentences each, with typographic quotes,
  // so the text is tokenised in several blocks (the block size is 200,000 characters).
  const paras: string[] = [];
  const firsts: string[] = [];
  const seconds: string[] = [];
  let len = 0;
  for (let n = 0; len < 300_000; n++) {
    const s1 = `Report ${n}: Russian drones hit a depot near Kharkiv’s ring road.`;
    const s2 = `“${n + 1} people were hurt,” the governor said.`;
    firsts.push(s1);
    seconds.push(s2);
    paras.push(`${s1} ${s2}`);
    len += s1.length + s2.length + 2;
  }
  const text = paras.join('\n');
  assert.ok(text.length >= 300_000);
  const a = analyze({ id: 'big', text });
  assertAllSpans(a);
  assert.equal(a.paragraphs.length, paras.length);
  for (let i = 0; i < paras.length; i++) {
    assert.equal(text.slice(a.paragraphs[i]!.start, a.paragraphs[i]!.end), paras[i]);
  }
  assert.equal(a.sentences.length, 2 * paras.length);
  for (let i = 0; i < paras.length; i++) {
    const s1 = a.sentences[2 * i]!;
    const s2 = a.sentences[2 * i + 1]!;
    assert.equal(text.slice(s1.start, s1.end), firsts[i], `paragraph ${i}, sentence 1`);
    assert.equal(text.slice(s2.start, s2.end), seconds[i], `paragraph ${i}, sentence 2`);
    assert.equal(s1.paragraph, i);
    assert.equal(s2.paragraph, i);
  }
});

test('a run of 1,000 or more non-space characters is one token of its own, wherever it lies', () => {
  // expected spans written from the rule: maximal runs of >= 1000 non-space characters, found
  // through the offsets that are multiples of 1000 (runs across, at and between them)
  // marks inside the runs: wink-nlp would cut them into many tokens
  const a1500 = 'a,'.repeat(750);
  const b2500 = 'b;'.repeat(1249) + 'b.';
  const cases: [string, string[]][] = [
    [`Hello ${a1500} world. Next ${b2500} end.`, [a1500, b2500]],
    ['c.'.repeat(500) + ' tail', ['c.'.repeat(500)]],
    ['Short ' + 'd'.repeat(999) + ' words.', []],
    ['x '.repeat(497) + 'e-'.repeat(500) + 'e\n' + 'f/'.repeat(500), ['e-'.repeat(500) + 'e', 'f/'.repeat(500)]],
  ];
  for (const [text, runs] of cases) {
    const doc = analyzeDoc({ id: 'runs', text });
    const t = doc.tokens;
    const long: string[] = [];
    for (let i = 0; i < t.n; i++) if (t.end[i]! - t.start[i]! >= 1000) long.push(text.slice(t.start[i]!, t.end[i]!));
    assert.deepEqual(long.map((s) => s.length), runs.map((s) => s.length), text.slice(0, 40));
    assert.deepEqual(long, runs);
  }
});

test("text: token columns read from wink-nlp's raw data equal wink-nlp's own out() columns", async () => {
  // the text stage reads values, spaces, POS, types and lemmas from wink-nlp's packed tokens with
  // memos by lexeme; wink-nlp's public API (`out(its.…)`) is the oracle. Each text runs twice, so
  // that the second run reads the memos.
  const { wink } = await import('../../src/analyze/nlp.js');
  const { P } = await import('../../src/analyze/doc.js');
  const nlp = wink();
  const its = nlp.its;
  const texts = [
    "I don't think they'll stop, he said; we can't and won't. It's Kyiv's call, isn't it?",
    'The colour of the organisation\u00a0changed\u00a0 on 3 March at 10:30 a.m., costing $1,200 (about 15%).',
    'Officials were fleeing; the troops had been shelling Bakhmut\'s outskirts since Tuesday.\tMore later.',
    'RUSSIAN FORCES ATTACKED the villages of Zolote and Hirske, the governor\'s office wrote on Telegram #news @kyiv 🙂',
    'Leaders met. Running, ran, runs, better, geese, mice, analyses, criteria, wolves, studies.',
  ];
  for (const text of [...texts, ...texts]) {
    const doc = analyzeDoc({ id: 't', text });
    const d = nlp.readDoc(doc.norm); // (the stage reads the normalised view)
    const toks = d.tokens();
    const values = toks.out() as string[];
    const pos = toks.out(its.pos) as string[];
    const lemmas = toks.out(its.lemma as unknown as typeof its.value) as string[];
    const t = doc.tokens;
    assert.equal(t.n, values.length, label(text));
    for (let i = 0; i < t.n; i++) {
      assert.equal(t.lower[i], values[i]!.toLowerCase(), `${label(text)} token ${i} lower`);
      assert.equal(t.lemma[i], (lemmas[i] ?? values[i]!).toLowerCase(), `${label(text)} token ${i} lemma`);
      if (t.pos[i] !== P.SPACE) assert.equal(t.pos[i], (P as Record<string, number>)[pos[i]!] ?? P.X, `${label(text)} token ${i} pos`);
    }
  }
});
