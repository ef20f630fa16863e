/**
 * Shared helper of the attribution table tests: one expected claim per row (its cue as written, speaker phrase,
 * content and, optionally, the name the speaker resolves to), checked against `analyze` with every span sliced.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';

/** One expected claim; `speaker` null when the claim has no speaker phrase. */
export interface ClaimRow { name: string; text: string; speaker: string | null; cue: string; content: string; who?: string }

/** Every claim of a text as "speaker = name | cue | content (rule)", for failure messages. */
function claimSummary(text: string): string[] {
  return analyze({ id: 't', text }).claims.map((c) => `${c.speaker?.text ?? '-'} = ${c.speaker?.name ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')} (${c.why.rule})`);
}

/** Checks one row: the first claim with the row's cue has the row's speaker, content and name, and its spans slice the text. */
export function checkClaimRow(r: ClaimRow): void {
  const c = analyze({ id: 't', text: r.text }).claims.find((x) => x.cue?.text === r.cue);
  const why = (): string => JSON.stringify(claimSummary(r.text));
  assert.ok(c, `no claim with cue '${r.cue}' in ${why()}`);
  assert.equal(c.speaker?.text ?? null, r.speaker, why());
  assert.equal(c.content.map((f) => f.text).join(' … '), r.content, why());
  for (const f of [c.speaker, c.cue, ...c.content]) if (f) assert.equal(r.text.slice(f.start, f.end), f.text);
  if (r.who) assert.equal(c.speaker?.name, r.who, why());
}
