/**
 * Table-driven tests for English claim facts (lane factsEN, bench/gold/facts/en): the speaker of a
 * nominal claim ("rejecting Russian claims that ..."), a cue that rejects what its content says,
 * and the responsibility, cause, control and status facts of constructions the dev gold found
 * missing. Sentences are realistic retellings of public reporting (places and figures approximate);
 * every expected value was written by hand from the sentence before the rule was changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';
import { stateOf } from '../../src/compare/control.js';

/** The claim whose content is the tightest one holding `needle`: its speaker, side and facts (sorted). */
function claimFacts(text: string, needle: string): { speaker: string | null; side: string | null; facts: string[] } {
  const a = analyze({ id: 't', text, published: '2024-05-05T09:00:00Z', source: 'wire' }, { budget: false });
  let best = -1;
  a.claims.forEach((c, i) => {
    const content = extractClaimFacts(a, i).content;
    if (content.includes(needle) && (best < 0 || content.length < extractClaimFacts(a, best).content.length)) best = i;
  });
  assert.ok(best >= 0, `a claim holds "${needle}" in "${text}"`);
  const f = extractClaimFacts(a, best);
  const sign = (p: number): string => (p > 0 ? '+' : '-');
  const facts = [
    ...(f.events ?? []).map((e) => (e.topic === 'cause' ? `cause ${e.cause}` : `resp ${e.agentSide} ${sign(e.polarity)}`)),
    ...f.statuses.filter((s) => s.topic !== 'event').map((s) => (s.topic === 'control' ? `control ${stateOf(s)} ${s.subjectSide} ${sign(s.polarity)}` : `${s.topic} ${s.subjectSide} ${sign(s.polarity)}`)),
  ].sort();
  return { speaker: f.speaker.name, side: f.speaker.side, facts };
}

test('nominal claims take their speaker from the noun phrase; a rejecting cue turns its content round', () => {
  const text = 'Ukrainian troops still hold part of the town, military spokesman Oleksandr Shtupun said on Friday, rejecting Russian claims that the town had been fully captured.';
  const inner = claimFacts(text, 'that the town had been fully captured');
  assert.equal(inner.side, 'RU', 'the national adjective owns the nominal claim');
  assert.match(inner.speaker ?? '', /Russia/);
  // the nominal claim is the object of the rejecting cue: its that-clause is Russia's alone, the
  // spokesman's rejection holds only the noun phrase and asserts nothing of the town
  const outer = claimFacts(text, 'Russian claims');
  assert.equal(outer.side, 'UA');
  assert.deepEqual(outer.facts, []);
  // with no owner named, the rejected clause stays the spokesman's content and the cue turns it round
  const rejected = claimFacts('Military spokesman Oleksandr Shtupun on Friday rejected claims that the town had been fully captured.', 'the town had been fully captured');
  assert.equal(rejected.side, 'UA');
  assert.deepEqual(rejected.facts, ['control holds null -'], 'rejecting the claim denies that the town was captured');
  // "a Russian claims that ...": an article makes the adjective a person, the word a verb
  const person = claimFacts('A Russian claims that the town was captured.', 'the town was captured');
  assert.notEqual(person.speaker, null);
  // a rejecting cue with no status in its content says nothing ("rejected the proposal")
  assert.deepEqual(claimFacts('The ministry on Tuesday rejected the proposal to reopen the port, officials said.', 'the proposal').facts, []);
});

test('English control rows: part of a place, still control, controlled by, took the town', () => {
  const rows: [string, string, string[]][] = [
    ['Ukrainian troops still hold the northern part of the town, military spokesman Oleksandr Shtupun said.', 'northern part', ['control part UA +']],
    ['Ukrainian forces still control the village, spokesman Vadym Mysnyk said on Thursday.', 'still control the village', ['control holds UA +']],
    ['Leonid Pasechnik said Popasna was now fully controlled by Russian troops.', 'fully controlled', ['control holds RU +']],
    ['The Russian defence ministry said Russian troops had taken the town after weeks of fighting.', 'had taken the town', ['control holds RU +']],
  ];
  for (const [text, needle, want] of rows) assert.deepEqual(claimFacts(text, needle).facts, want, text);
});

test('English causes: sabotage is an attack, a fire setting off stored munitions an accident', () => {
  const rows: [string, string, string[]][] = [
    ['The Russian defence ministry said the ammunition depot had been damaged as a result of sabotage.', 'sabotage', ['cause attack']],
    ['A fire at an ammunition storage site in northern Crimea set off a series of explosions, the Russian defence ministry said.', 'set off a series of explosions', ['cause accident']],
  ];
  for (const [text, needle, want] of rows) assert.deepEqual(claimFacts(text, needle).facts, want, text);
});

test('English responsibility: dropped bombs, "it" for an organisation speaker, carried out the attack', () => {
  const rows: [string, string, string[]][] = [
    ['Russian aircraft dropped two guided bombs on a hardware store in Kharkiv, regional governor Oleh Syniehubov said.', 'dropped two guided bombs', ['resp RU +']],
    ["Russia's defence ministry said it had hit hangars where Ukrainian naval drones were being prepared.", 'it had hit hangars', ['resp RU +']],
    ['A Ukrainian official said an elite Ukrainian unit had carried out the attack on the depot.', 'carried out the attack', ['resp UA +']],
    // "claimed" of the speaker's own strike is no denial
    ["Russia's defence ministry claimed it had hit a temporary command post in the city.", 'it had hit', ['resp RU +']],
    // "it" of a person speaker is the weapon, not the speaker's side: a strike of no named doer (lane respEN)
    ['Governor Oleh Syniehubov said it hit a school in the city centre.', 'it hit a school', ['resp null +']],
  ];
  // who did it (the cause an attack gives is read only with an anchor word: not tested here)
  for (const [text, needle, want] of rows) assert.deepEqual(claimFacts(text, needle).facts.filter((f) => f.startsWith('resp')), want, text);
});

test('"self-proclaimed" is no speech cue', () => {
  const text = "Leonid Pasechnik, head of the self-proclaimed Luhansk People's Republic, said the town was now fully controlled by Russian troops.";
  const a = analyze({ id: 't', text, published: '2024-05-05T09:00:00Z', source: 'wire' }, { budget: false });
  assert.deepEqual(a.claims.map((c) => c.cue?.text), ['said']);
});

test('English responsibility: an aircraft shot down, "claimed responsibility", a strike in history', () => {
  const rows: [string, string, string[]][] = [
    ["Ukraine's air force said it had shot down a Russian A-50 surveillance plane over the Sea of Azov.", 'shot down a Russian A-50', ['resp UA +']],
    // a drone shot down is the drone's side's attack, not the air defence's
    ['The Russian defence ministry said Russian air defences shot down a Ukrainian drone near the Engels air base.', 'shot down a Ukrainian drone', ['resp UA +']],
    ["A source said Ukraine's security service claimed responsibility for the explosions on the railway in Buryatia.", 'claimed responsibility', ['resp UA +']],
    ['Mayor Ihor Terekhov recalled that the centre of Kharkiv had been bombed by German aircraft in 1941.', 'bombed by German aircraft', []],
  ];
  for (const [text, needle, want] of rows) assert.deepEqual(claimFacts(text, needle).facts.filter((f) => f.startsWith('resp')), want, text);
});
