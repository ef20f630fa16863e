/**
 * Shared checks for the stage unit tests (text, quotes, entities, attribution): every span of an
 * analysis must be the exact slice of the original text, and layers must stay inside the text.
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/analyze/index.js';

interface AnySpan {
  start: number;
  end: number;
  text?: string;
}

/** Asserts `0 <= start <= end <= text.length` and, when the span carries text, that it is the slice. */
export function assertSpan(text: string, span: AnySpan, where: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${where}: [${span.start}, ${span.end}) inside the text`);
  if (span.text !== undefined) {
    assert.equal(text.slice(span.start, span.end), span.text, `${where}: text.slice(start, end) === span.text`);
  }
}

/**
 * Checks every span layer of an analysis against its text: sentences, paragraphs, quotes,
 * entities (and their titles), claims (speaker, cue, content), quantities, places and dates.
 */
export function assertAllSpans(a: Analysis): void {
  const text = a.text;
  a.sentences.forEach((s, i) => {
    assertSpan(text, s, `sentences[${i}]`);
    const slice = text.slice(s.start, s.end);
    assert.equal(slice, slice.trim(), `sentences[${i}] has no space at its edges`);
    assert.ok(!slice.includes('\n'), `sentences[${i}] does not cross a line break`);
    const p = a.paragraphs[s.paragraph];
    assert.ok(p && p.start <= s.start && s.end <= p.end, `sentences[${i}] lies inside paragraph ${s.paragraph}`);
  });
  a.paragraphs.forEach((p, i) => {
    assertSpan(text, p, `paragraphs[${i}]`);
    const slice = text.slice(p.start, p.end);
    assert.equal(slice, slice.trim(), `paragraphs[${i}] has no space at its edges`);
    assert.ok(!slice.includes('\n'), `paragraphs[${i}] is one line`);
  });
  a.quotes.forEach((q, i) => assertSpan(text, q, `quotes[${i}]`));
  a.entities.forEach((e, i) => {
    assertSpan(text, e, `entities[${i}]`);
    if (e.title) assertSpan(text, e.title, `entities[${i}].title`);
  });
  a.claims.forEach((c, i) => {
    if (c.speaker) assertSpan(text, c.speaker, `claims[${i}].speaker`);
    if (c.speaker?.resolvedFrom) assertSpan(text, c.speaker.resolvedFrom, `claims[${i}].speaker.resolvedFrom`);
    if (c.cue) assertSpan(text, c.cue, `claims[${i}].cue`);
    assert.ok(c.content.length > 0, `claims[${i}] has content`);
    c.content.forEach((f, j) => assertSpan(text, f, `claims[${i}].content[${j}]`));
  });
  a.quantities.forEach((q, i) => assertSpan(text, q, `quantities[${i}]`));
  a.places.forEach((p, i) => assertSpan(text, p, `places[${i}]`));
  a.dates.forEach((d, i) => assertSpan(text, d, `dates[${i}]`));
}

/** A short, readable label for a test row. */
export function label(text: string, max = 70): string {
  const one = text.replace(/\n/g, '⏎');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
