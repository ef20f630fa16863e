/**
 * Shared helpers of the event-typing tables (events-own11, events-own12, events-plover12): the main
 * event of a sentence as bench/events.ts picks it, and one test per table row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

/** The main event of a sentence as "TYPE/mode", or "none": the first event outside a subordinate part, else the first. */
export function mainEvent(text: string): string {
  const evs = analyze({ id: 't', text }).events ?? [];
  const e = evs.find((x) => !x.subordinate) ?? evs[0];
  return e ? `${e.plover.type}/${e.plover.mode}` : 'none';
}

/** One test per row, named `${prefix}, ${name}: ${text}`: the main event's type (and mode, when the row gives "TYPE/mode"). */
export function eventTable(prefix: string, name: string, rows: [string, string][]): void {
  for (const [text, want] of rows) {
    test(`${prefix}, ${name}: ${text}`, () => {
      const got = mainEvent(text);
      if (want.includes('/') || want === 'none') assert.equal(got, want);
      else assert.equal(got.split('/')[0], want);
    });
  }
}
