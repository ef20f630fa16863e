/**
 * Events stage: table-driven tests on realistic sentences written for sitrep. Every expected value
 * was written by hand from the sentence before the stage was run on it. Each case lists the events
 * it expects in text order; a field left out is not checked. Every span must slice exactly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import type { Analysis, EventMention } from '../../src/analyze/types.js';

interface Want {
  trigger: string;
  plover?: string;
  mode?: string | null;
  acled?: string | null;
  sub?: string | null;
  agent?: string | null;
  agentSide?: string | null;
  target?: string | null;
  targetSide?: string | null;
  place?: string | null;
  date?: string | null;
  quantities?: string[];
  polarity?: EventMention['polarity'];
  modality?: string | null;
  /** substring of the claim's speaker text, or null for narration */
  claimBy?: string | null;
}

const PUB = '2024-08-07T09:00:00Z';

function check(text: string, wants: Want[]): void {
  const a: Analysis = analyze({ id: 't', text, published: PUB });
  const evs = a.events ?? [];
  for (const e of evs) {
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text, 'trigger span slices');
    for (const x of [e.agent, e.target]) if (x) assert.equal(text.slice(x.start, x.end), x.text, 'actor span slices');
  }
  const got = evs.map((e) => e.trigger.text);
  assert.deepEqual(got, wants.map((w) => w.trigger), `triggers of: ${text}`);
  wants.forEach((w, i) => {
    const e = evs[i]!;
    const where = `${w.trigger} in: ${text}`;
    if (w.plover !== undefined) assert.equal(e.plover.type, w.plover, `plover type of ${where}`);
    if (w.mode !== undefined) assert.equal(e.plover.mode, w.mode, `plover mode of ${where}`);
    if (w.acled !== undefined) assert.equal(e.acled.event_type, w.acled, `acled type of ${where}`);
    if (w.sub !== undefined) assert.equal(e.acled.sub_event_type, w.sub, `acled sub-type of ${where}`);
    if (w.agent !== undefined) assert.equal(e.agent?.text ?? null, w.agent, `agent of ${where}`);
    if (w.agentSide !== undefined) assert.equal(e.agent?.side ?? null, w.agentSide, `agent side of ${where}`);
    if (w.target !== undefined) assert.equal(e.target?.text ?? null, w.target, `target of ${where}`);
    if (w.targetSide !== undefined) assert.equal(e.target?.side ?? null, w.targetSide, `target side of ${where}`);
    if (w.place !== undefined) assert.equal(e.place === null ? null : a.places[e.place]!.name, w.place, `place of ${where}`);
    if (w.date !== undefined) assert.equal(e.date === null ? null : a.dates[e.date]!.date, w.date, `date of ${where}`);
    if (w.quantities !== undefined) assert.deepEqual(e.quantities.map((q) => a.quantities[q]!.text), w.quantities, `quantities of ${where}`);
    if (w.polarity !== undefined) assert.equal(e.polarity, w.polarity, `polarity of ${where}`);
    if (w.modality !== undefined) assert.equal(e.modality, w.modality, `modality of ${where}`);
    if (w.claimBy !== undefined) {
      if (w.claimBy === null) assert.equal(e.claim, null, `narration: ${where}`);
      else {
        assert.notEqual(e.claim, null, `claim of ${where}`);
        const sp = a.claims[e.claim!]!.speaker;
        assert.ok(sp && sp.text.includes(w.claimBy), `claim speaker of ${where}: ${sp?.text}`);
      }
    }
  });
}

const CASES: [string, string, Want[]][] = [
  // --- triggers and types
  ['verb with artillery by default', 'Russian forces shelled Kherson on Tuesday, killing three civilians, the regional governor said.', [
    { trigger: 'shelled', plover: 'ASSAULT', mode: 'heavy-weapons', acled: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack',
      agent: 'Russian forces', agentSide: 'RU', target: 'Kherson', place: 'Kherson', date: '2024-08-06', quantities: ['three civilians'],
      polarity: 'happened', modality: null, claimBy: 'governor' },
  ]],
  ['drone attack noun with side adjective', 'A Russian drone attack on Kharkiv injured 12 people overnight.', [
    { trigger: 'attack', plover: 'ASSAULT', mode: 'drone', sub: 'Air/drone strike', agent: 'Russian', agentSide: 'RU', target: 'Kharkiv',
      place: 'Kharkiv', quantities: ['12 people'], claimBy: null },
  ]],
  ['missile strike', 'Ukrainian missiles struck an ammunition depot in the Belgorod region on Sunday.', [
    { trigger: 'struck', sub: 'Shelling/artillery/missile attack', agent: 'Ukrainian missiles', agentSide: 'UA', target: 'an ammunition depot' },
  ]],
  ['air strike noun', 'An air strike hit a school in the town of Izium.', [
    { trigger: 'air strike', plover: 'ASSAULT', mode: 'aerial', sub: 'Air/drone strike' },
    { trigger: 'hit', sub: 'Air/drone strike', target: 'a school' },
  ]],
  ['interception', 'Our air defence shot down 14 drones over the Kursk region, the ministry said.', [
    { trigger: 'shot down', acled: 'Strategic developments', sub: 'Disrupted weapons use', target: '14 drones', quantities: ['14 drones'], claimBy: 'ministry' },
  ]],
  ['passive with by-agent', 'The village was shelled by Ukrainian artillery.', [
    { trigger: 'shelled', agent: 'Ukrainian artillery', agentSide: 'UA', target: 'The village', sub: 'Shelling/artillery/missile attack' },
  ]],
  ['came under fire pattern', 'Russian positions near Tetkino came under fire from Ukrainian mortars.', [
    { trigger: 'came under fire', target: 'Russian positions', targetSide: 'RU', sub: 'Shelling/artillery/missile attack', place: 'Tetkino' },
  ]],
  ['explosion without agent', 'An explosion was heard in Kyiv late on Monday.', [
    { trigger: 'explosion', plover: 'ASSAULT', acled: 'Explosions/Remote violence', agent: null, target: null, place: 'Kyiv' },
  ]],
  ['landmine explosion', 'Two soldiers were killed when a landmine exploded near Izium.', [
    { trigger: 'exploded', sub: 'Remote explosive/landmine/IED', quantities: ['Two soldiers'] },
  ]],
  // --- territory
  ['capture in Ukraine by Russian forces: foreign state takes territory', 'Russian forces have captured the village of Krynky, the Russian defence ministry claimed.', [
    { trigger: 'captured', plover: 'COERCE', mode: 'seize', acled: 'Battles', sub: 'Non-state actor overtakes territory', agentSide: 'RU',
      modality: 'alleged', claimBy: 'defence ministry' },
  ]],
  ['retaking by the state on its own territory', 'Ukrainian forces liberated the village of Klishchiivka, south of Bakhmut.', [
    { trigger: 'liberated', sub: 'Government regains territory', agentSide: 'UA', claimBy: null },
  ]],
  ['Russian forces retake a town in Russia', 'Russian troops recaptured Sudzha in the Kursk region.', [
    { trigger: 'recaptured', sub: 'Government regains territory', agentSide: 'RU', place: 'Sudzha' },
  ]],
  ['Wagner takes control', 'Wagner fighters took control of Soledar, Yevgeny Prigozhin said.', [
    { trigger: 'took control', sub: 'Non-state actor overtakes territory', agent: 'Wagner fighters', agentSide: 'RU', target: 'Soledar', claimBy: 'Prigozhin' },
  ]],
  ['withdrawal', 'Ukrainian troops pulled out of Avdiivka overnight.', [
    { trigger: 'pulled out', plover: 'RETREAT', mode: 'withdraw', acled: 'Strategic developments', sub: 'Non-violent transfer of territory',
      agent: 'Ukrainian troops', agentSide: 'UA', place: 'Avdiivka' },
  ]],
  ['repelled attack in own statement: the enemy', 'The enemy tried to storm our positions near Robotyne, the General Staff of Ukraine said.', [
    { trigger: 'storm', plover: 'ASSAULT', sub: 'Armed clash', agent: 'The enemy', agentSide: 'RU', target: 'our positions', targetSide: 'UA',
      modality: 'attempted', place: 'Robotyne' },
  ]],
  // --- polarity
  ['denial by the speaker', 'Ukraine denied striking the ammunition depot in Belgorod.', [
    { trigger: 'denied', plover: 'REJECT', acled: null },
    { trigger: 'striking', agent: 'Ukraine', agentSide: 'UA', target: 'the ammunition depot', polarity: 'denied' },
  ]],
  ['claim is not true', 'Kyiv said the Russian claim that its troops had captured Robotyne was not true.', [
    { trigger: 'captured', polarity: 'denied' },
  ]],
  ['negation', 'Russian forces did not capture Chasiv Yar, the army said.', [
    { trigger: 'capture', polarity: 'not_happened', acled: null },
  ]],
  // --- modality
  ['planned', 'Russia is preparing to launch a new offensive in the Kharkiv region, Ukrainian intelligence said.', [
    { trigger: 'offensive', modality: 'planned', acled: null },
  ]],
  ['threatened', 'Moscow threatened to strike government buildings in Kyiv.', [
    { trigger: 'threatened', plover: 'THREATEN' },
    { trigger: 'strike', modality: 'threatened', acled: null },
  ]],
  ['future', 'The ministry said it will withdraw its troops from the town.', [
    { trigger: 'withdraw', modality: 'future', plover: 'AGREE', acled: null },
  ]],
  // --- narration vs claim, no event
  ['no event', 'The situation remained tense, residents told reporters.', []],
];

for (const [name, text, wants] of CASES) {
  test(`events: ${name}`, () => check(text, wants));
}

test('events: every analysis has an events layer, in text order', () => {
  const a = analyze({ id: 't', text: 'Shelling hit Kherson. Later, a drone attack hit Odesa and an explosion shook Kyiv.' });
  const starts = (a.events ?? []).map((e) => e.trigger.start);
  assert.ok(starts.length >= 3);
  assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  for (const e of a.events ?? []) assert.equal(e.why.stage, 'events');
});
