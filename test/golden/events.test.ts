/**
 * Golden test of the events stage on examples/wire-incursion.txt (a realistic wire story written
 * for sitrep). The expected events below were written by hand from the text before the stage was
 * run on it: an incursion across the border with its force figures, a night of shelling that
 * wounded civilians (the wounding folds into the shelling), "the enemy" firing in a quoted
 * official's words, and a defence ministry's claim that its troops stopped the advance and
 * destroyed tanks. The headline ("push deeper"), the evacuation and the bloggers' status claim
 * name no event of data/event-triggers.tsv.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';

const FILE = fileURLToPath(new URL('../../../examples/wire-incursion.txt', import.meta.url));

interface Expected {
  trigger: string;
  plover: string;
  acled: [string, string] | null;
  agent: string | null;
  agentSide: string | null;
  target: string | null;
  place: string | null;
  values: number[];
  /** substring of the claim's speaker span */
  claimBy: string;
}

const EXPECTED: Expected[] = [
  { trigger: 'crossed the border', plover: 'ASSAULT', acled: ['Battles', 'Armed clash'], agent: null, agentSide: null, target: null,
    place: 'Sudzha', values: [1000, 11, 20], claimBy: 'officials in Kyiv' },
  { trigger: 'shelling', plover: 'ASSAULT', acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], agent: null, agentSide: null,
    target: '12 civilians', place: null, values: [12], claimBy: 'Andriy Kovalenko' },
  { trigger: 'firing', plover: 'ASSAULT', acled: ['Battles', 'Armed clash'], agent: 'The enemy', agentSide: null, target: 'everything',
    place: null, values: [], claimBy: 'he' },
  { trigger: 'advance', plover: 'ASSAULT', acled: ['Battles', 'Armed clash'], agent: null, agentSide: null, target: null,
    place: null, values: [], claimBy: "Russia's defence ministry" },
  { trigger: 'destroyed', plover: 'ASSAULT', acled: ['Battles', 'Armed clash'], agent: 'its troops', agentSide: 'RU', target: '7 tanks',
    place: null, values: [7], claimBy: "Russia's defence ministry" },
];

test('golden events: examples/wire-incursion.txt', () => {
  const text = readFileSync(FILE, 'utf8');
  const a = analyze({ id: 'wire-incursion', text, published: '2024-08-07T10:00:00Z' });
  const evs = a.events ?? [];
  assert.deepEqual(evs.map((e) => e.trigger.text), EXPECTED.map((x) => x.trigger));
  evs.forEach((e, i) => {
    const x = EXPECTED[i]!;
    const at = `event ${i} (${x.trigger})`;
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text, `${at}: trigger span`);
    assert.equal(e.plover.type, x.plover, `${at}: PLOVER type`);
    assert.deepEqual(x.acled, e.acled.event_type ? [e.acled.event_type, e.acled.sub_event_type] : null, `${at}: ACLED`);
    // the agent's text is checked where the text names one; a coordinated subject is not read whole
    if (x.agent !== null) assert.equal(e.agent?.text ?? null, x.agent, `${at}: agent`);
    assert.equal(e.agent?.side ?? null, x.agentSide, `${at}: agent side`);
    if (x.target !== null) assert.ok(e.target?.text.endsWith(x.target), `${at}: target ${e.target?.text}`);
    else assert.equal(e.target, null, `${at}: no target`);
    for (const s of [e.agent, e.target]) if (s) assert.equal(text.slice(s.start, s.end), s.text, `${at}: span slices`);
    assert.equal(e.place === null ? null : a.places[e.place]!.name, x.place, `${at}: place`);
    assert.deepEqual(e.quantities.map((q) => a.quantities[q]!.value), x.values, `${at}: figures`);
    assert.equal(e.polarity, 'happened', `${at}: polarity`);
    assert.equal(e.modality, null, `${at}: modality`);
    assert.notEqual(e.claim, null, `${at}: in a claim`);
    const sp = a.claims[e.claim!]!.speaker;
    assert.ok(sp && sp.text.includes(x.claimBy), `${at}: claim by ${sp?.text}`);
  });
});
