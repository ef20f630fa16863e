/**
 * Issue 9: a photo credit, caption or byline is never a speaker, and never the person a description
 * such as "a Reuters reporter" stands for; a negated verification ("Reuters could not independently
 * verify ...") is no one's statement. Table-driven; every expected value was written by hand, before
 * the change, from reading the sentences (written for sitrep in the shapes the wires and papers print).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { creditSpans } from '../../src/analyze/attribution/credits.js';

const PUB = '2024-07-09T09:00:00Z';

// [a line, the credit inside it that a credit span must cover]
const SHAPES: [string, string][] = [
  ['(AP Photo/Libkos)', '(AP Photo/Libkos)'],
  ['Reuters/Stringer', 'Reuters/Stringer'],
  ['REUTERS/Stringer', 'REUTERS/Stringer'],
  ['Photo: Zohra Bensemra / Reuters', 'Photo: Zohra Bensemra / Reuters'],
  ['REUTERS/Zohra Bensemra', 'REUTERS/Zohra Bensemra'],
  ['Фото: ТАСС', 'Фото: ТАСС'],
  ['Фото: Укрінформ', 'Фото: Укрінформ'],
  ['Getty Images', 'Getty Images'],
  ['Ukrainian Presidential Press Office via AP', 'Ukrainian Presidential Press Office via AP'],
  // a figcaption that ends with its credit: the whole caption
  ['Rescuers work at the site of a Russian missile strike in Kyiv, Ukraine, July 8, 2024. Photo: Zohra Bensemra / Reuters',
    'Rescuers work at the site of a Russian missile strike in Kyiv, Ukraine, July 8, 2024. Photo: Zohra Bensemra / Reuters'],
  ['(Reporting by Reuters staff; photo: REUTERS/Zohra Bensemra)', '(Reporting by Reuters staff; photo: REUTERS/Zohra Bensemra)'],
];

test('picture credits in the shapes the wires and sites print them are credit spans', () => {
  for (const [line, credit] of SHAPES) {
    const at = line.indexOf(credit);
    const spans = creditSpans(line);
    assert.ok(spans.some((s) => s.start <= at && s.end >= at + credit.length), `${line}: ${JSON.stringify(spans)}`);
  }
});

// [text, a name of a credit that must be no speaker's name, the speaker phrases in order]
const RESOLVE_ROWS: [string, string, string[]][] = [
  // dev/bucha-2022-04: "A Reuters reporter" was resolved forward to the photographer of the credit below
  ['A Reuters reporter saw a body with its hands tied behind its back on a Bucha street.\n\n(Reporting by Reuters staff; photo: REUTERS/Zohra Bensemra)',
    'Zohra Bensemra', ['A Reuters reporter']],
  ['The Reuters correspondent in Kharkiv said the strike hit a school.\n\nPhoto: Zohra Bensemra / Reuters', 'Zohra Bensemra', ['The Reuters correspondent in Kharkiv']],
  ['Rescuers work at the site of a Russian missile strike in Kyiv, July 8, 2024. Photo: Zohra Bensemra / Reuters\n\nA photographer for Reuters said the building burned for hours.',
    'Zohra Bensemra', ['A photographer for Reuters']],
];

test('a description of a reporter or photographer is not resolved to the name of a credit line', () => {
  for (const [text, name, speakers] of RESOLVE_ROWS) {
    const a = analyze({ id: 't', text, published: PUB });
    assert.deepEqual(a.claims.map((c) => c.speaker?.text ?? null), speakers, text);
    for (const c of a.claims) assert.ok(!(c.speaker?.name ?? '').includes(name), `${name} is no speaker (${c.speaker?.text} → ${c.speaker?.name})`);
  }
});

// Near misses: these ARE speakers. [text, speaker phrase, resolved name or null]
const SPEAKER_ROWS: [string, string, string | null][] = [
  ['Reuters reported that 12 people were killed in the strike on Kherson.', 'Reuters', 'Reuters'],
  ['A Reuters photographer said the shelling went on all night.', 'A Reuters photographer', null],
  ['The photographer said the shelling went on all night near Bakhmut.', 'The photographer', null],
  // a photographer named in the body (not in a credit) may be the person a description stands for
  ['A Reuters photographer at the scene, Zohra Bensemra, said the building burned for hours.', 'A Reuters photographer at the scene, Zohra Bensemra,', 'Zohra Bensemra'],
];

test('reporters and photographers who speak in the body stay speakers', () => {
  for (const [text, speaker, name] of SPEAKER_ROWS) {
    assert.deepEqual(creditSpans(text), [], text);
    const a = analyze({ id: 't', text, published: PUB });
    const c = a.claims.find((x) => x.speaker?.text === speaker);
    assert.ok(c, `${text}: speaker ${speaker} (got ${a.claims.map((x) => x.speaker?.text).join(', ')})`);
    if (name !== null) assert.equal(c.speaker?.name, name, text);
  }
});

// [text, the speaker phrases of its claims in order] a negated verification asserts nothing
const UNVERIFIED_ROWS: [string, string[]][] = [
  // dev/pokrovsk-2025-12: the outlet's verification note became a claim of "Reuters"
  ['Reuters could not independently verify the battlefield accounts of either side.', []],
  ['The Associated Press could not independently verify either side\'s account.', []],
  ["Reuters couldn't verify the claim that 40 soldiers were killed.", []],
  ['Ukraine did not confirm the figure.', []],
  ['Kyiv has not been able to confirm the loss of the ship.', []],
  ['The army was unable to immediately confirm that its troops had left Avdiivka.', []],
  // near misses: an affirmed verification, a negation elsewhere in the sentence, another verb negated
  ['The ministry confirmed that 12 soldiers were killed near Kupiansk.', ['The ministry']],
  // (lane mend) the affirmed twins of the rows above, so that their "no claim" is the negation's doing
  ['Ukraine confirmed the figure.', ['Ukraine']],
  ['Kyiv has confirmed the loss of the ship.', ['Kyiv']],
  ['The army confirmed that its troops had left Avdiivka.', ['The army']],
  ['The ministry, which had not commented for days, confirmed on Monday that the ship sank.', ['The ministry, which had not commented for days,']],
  ['Not only did the ministry confirm the strike, it named the unit.', ['the ministry']],
  // (a negated "say" is outside this rule: both cues stay claims, as before)
  ['The governor did not say how many people were killed, but said 12 were wounded.', ['The governor', 'The governor']],
];

// [text, the speaker phrases of its claims in order] a refusal with "to" (data/unverified-cues.tsv
// refusal; the second re-read: "Kyiv declined to confirm ..." was a Ukrainian claim of Russian control)
const REFUSAL_ROWS: [string, string[]][] = [
  ['Kyiv declined to confirm that Russian forces had captured Robotyne.', []],
  ['Kyiv failed to confirm that Russian forces had captured Robotyne.', []],
  ['The Russian defence ministry refused to confirm that a Su-34 had been shot down.', []],
  ['The General Staff declined to say how many soldiers were killed near Bakhmut.', []],
  ['The Russian defence ministry refused to comment on the report.', []],
  // near misses: an affirmed confirmation; a refusal inside the content of another cue; a refusal
  // with no "to" after it (an object: the offer), where the cue "said" stays
  ['Kyiv confirmed that Russian forces had captured Robotyne.', ['Kyiv']],
  // (lane mend) the affirmed twins of the other refusals
  ['The Russian defence ministry confirmed that a Su-34 had been shot down.', ['The Russian defence ministry']],
  ['The General Staff said 40 soldiers were killed near Bakhmut.', ['The General Staff']],
  ['Kyiv said Russian forces failed to capture Robotyne.', ['Kyiv']],
  // a refusal to do something other than tell (dev/: the "saying" clause is Peskov's claim)
  ['Kremlin spokesman Dmitry Peskov declined to take sides, saying supply questions were a matter for the ministry.', ['Kremlin spokesman Dmitry Peskov']],
  ['The governor said the garrison refused the offer to surrender.', ['The governor']],
];

test('a refusal to confirm ("declined to confirm", "refused to comment") is no claim; an affirmed confirmation is', () => {
  for (const [text, speakers] of REFUSAL_ROWS) {
    const a = analyze({ id: 't', text, published: PUB });
    assert.deepEqual(a.claims.map((c) => c.speaker?.text ?? null), speakers, text);
  }
});

test('a negated verification ("could not independently verify") is no claim; an affirmed one is', () => {
  for (const [text, speakers] of UNVERIFIED_ROWS) {
    const a = analyze({ id: 't', text, published: PUB });
    assert.deepEqual(a.claims.map((c) => c.speaker?.text ?? null), speakers, text);
  }
});
