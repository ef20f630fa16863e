/**
 * Table-driven tests for the `quotes` stage.
 *
 * Conventions (from src/analyze/quotes/index.ts), used to write the expected values by hand:
 * - a quotation's span runs from its opening mark to its closing mark, both included;
 * - double marks are `"`, `“ ”`, `„ “`, `« »` and the newswire pair `'' … ''`;
 * - `'`, `‘`, `’` between letters or after a plural (`Russia‘s`, `Putin’s`, `don't`, `soldiers’`)
 *   and before a decade (`'90s`) are apostrophes, not quotation marks;
 * - a quotation that runs over several paragraphs (each paragraph re-opened, only the last closed)
 *   is one quotation;
 * - an opening mark left unclosed ends with its paragraph (`closed: false`) and never swallows
 *   later paragraphs;
 * - a quotation inside another has depth 1.
 *
 * Each row lists every quotation found (outer and nested), in text order, as its exact text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../../src/analyze/index.js';
import { assertAllSpans, label } from './stage-helpers.js';

interface Q {
  text: string;
  closed?: boolean;
  depth?: number;
  style?: 'double' | 'single' | 'guillemet' | 'low' | 'pair';
  paragraphs?: number;
}

const q = (text: string, extra: Omit<Q, 'text'> = {}): Q => ({ text, closed: true, depth: 0, ...extra });

const ROWS: { text: string; quotes: Q[]; todo?: string }[] = [
  {
    text: 'The commander said "we will hold Pokrovsk" on Monday.',
    quotes: [q('"we will hold Pokrovsk"', { style: 'double' })],
  },
  {
    text: '“We are ready for any scenario,” the general said.',
    quotes: [q('“We are ready for any scenario,”', { style: 'double' })],
  },
  {
    text: 'Governor Pavel Savchuk: «Two civilians were wounded in Shebekino.»',
    quotes: [q('«Two civilians were wounded in Shebekino.»', { style: 'guillemet' })],
  },
  {
    text: 'The post read „The bridge is down“ and nothing else.',
    quotes: [q('„The bridge is down“', { style: 'low' })],
  },
  {
    text: "''The shelling never stops,'' a resident of Kherson said.",
    quotes: [q("''The shelling never stops,''", { style: 'pair' })],
  },
  { text: 'Russia‘s army and Putin’s aides denied the report.', quotes: [] },
  { text: 'The soldiers’ arms were seized at the checkpoint, officials said.', quotes: [] },
  { text: "We don't know who fired, the mayor said.", quotes: [] },
  { text: "Veterans of the '90s wars joined the unit.", quotes: [] },
  {
    text: "The soldiers' families said \"enough\" at the rally.",
    quotes: [q('"enough"', { style: 'double' })],
  },
  {
    text: "Moscow called it a 'special operation' again.",
    quotes: [q("'special operation'", { style: 'single' })],
  },
  {
    text: "The so-called 'referendum' was held in Kherson's occupied districts.",
    quotes: [q("'referendum'", { style: 'single' })],
  },
  {
    text: "In the '90s the base was 'mothballed', he said.",
    quotes: [q("'mothballed'", { style: 'single' })],
  },
  {
    text: '“They told us ‘leave now’ and we left,” she said.',
    quotes: [q('“They told us ‘leave now’ and we left,”', { style: 'double' }), q('‘leave now’', { depth: 1, style: 'single' })],
  },
  {
    text: `"The order said 'hold at all costs'," the officer said.`,
    quotes: [q(`"The order said 'hold at all costs',"`), q("'hold at all costs'", { depth: 1, style: 'single' })],
  },
  {
    text: '"Hold," he said, "and wait for the relief."',
    quotes: [q('"Hold,"'), q('"and wait for the relief."')],
  },
  {
    // each paragraph opened, only the last closed: one quotation over three paragraphs
    text: 'Alexei Voronin wrote:\n“For weeks the enemy gathered troops.\n“Nobody in Moscow listened.\n“The generals owe us an answer.”',
    quotes: [q('“For weeks the enemy gathered troops.\n“Nobody in Moscow listened.\n“The generals owe us an answer.”', { paragraphs: 3 })],
  },
  {
    // the same with straight marks and a blank line between paragraphs
    text: 'He wrote:\n\n"The border villages saw it coming.\n\n"Nobody came."\n\nThe post was deleted.',
    quotes: [q('"The border villages saw it coming.\n\n"Nobody came."', { paragraphs: 2 })],
  },
  {
    // an unbalanced opener ends with its paragraph and does not swallow the next ones
    text: 'The deputy said “the bridge is gone and the town is cut off.\nRescuers reached the village on Monday.\nOfficials said 3 people died.',
    quotes: [q('“the bridge is gone and the town is cut off.', { closed: false })],
  },
  {
    text: 'The mayor said "the water is off.\nLater the ministry said "repairs will take a week."',
    quotes: [q('"the water is off.', { closed: false }), q('"repairs will take a week."')],
  },
  {
    // three styles in one text
    text: 'Kyiv said "no".\nMoscow said “yes”.\nThe channel wrote «maybe».',
    quotes: [q('"no"'), q('“yes”'), q('«maybe»')],
  },
  {
    // Russian-style nesting: „ “ inside « »
    text: 'He wrote: «They call it „liberation“, we call it occupation».',
    quotes: [q('«They call it „liberation“, we call it occupation»', { style: 'guillemet' }), q('„liberation“', { depth: 1, style: 'low' })],
  },
];

for (const row of ROWS) {
  test(`quotes: ${label(row.text)}`, row.todo ? { todo: row.todo } : {}, () => {
    const doc = analyzeDoc({ id: 'q', text: row.text });
    const got = doc.quotes.map((x) => {
      const o: Q = { text: row.text.slice(x.start, x.end), closed: x.closed, depth: x.depth };
      return o;
    });
    assert.deepEqual(got, row.quotes.map(({ text, closed, depth }) => ({ text, closed, depth })));
    // style and paragraph count where the row states them
    row.quotes.forEach((e, i) => {
      const x = doc.quotes[i]!;
      if (e.style) assert.equal(x.style, e.style, `quotes[${i}].style`);
      if (e.paragraphs) assert.equal(x.paragraphs, e.paragraphs, `quotes[${i}].paragraphs`);
      assert.ok(x.start <= x.innerStart && x.innerStart <= x.innerEnd && x.innerEnd <= x.end, `quotes[${i}] inner range inside the span`);
    });
    // the public output lists the outermost quotations only
    const a = analyze({ id: 'q', text: row.text });
    assertAllSpans(a);
    assert.deepEqual(
      a.quotes.map((x) => ({ text: row.text.slice(x.start, x.end), closed: x.closed })),
      row.quotes.filter((e) => e.depth === 0).map((e) => ({ text: e.text, closed: e.closed })),
    );
  });
}
