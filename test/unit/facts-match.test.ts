/**
 * The scorer of bench/facts.ts (bench/facts-match.ts), on small hand-made claim facts, and the shape
 * of the hand-written gold in bench/gold/facts (never its content against program output).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countedFacts, factMatches, fillFromCorpus, norm, readGold, restates, type GoldFact, type GoldItem } from '../../bench/facts-match.js';
import type { ClaimFacts, EventFact, QuantityFact, StatusFact } from '../../src/compare/types.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const ev = (over: Partial<EventFact>): EventFact => ({ topic: 'responsibility', agentSide: 'RU', polarity: 1, cause: null, text: 'struck', start: 0, end: 6, ...over });
const st = (over: Partial<StatusFact>): StatusFact => ({ topic: 'control', polarity: 1, denial: false, subjectSide: 'RU', text: 'captured', start: 0, end: 8, ...over });
const qty = (over: Partial<QuantityFact>): QuantityFact => ({ value: 12, high: null, bound: 'exact', unit: 'killed', frame: 'event', vague: false, subjectSide: null, text: '12 people', ...over } as QuantityFact);
const claim = (events: EventFact[], statuses: StatusFact[] = [], quantities: QuantityFact[] = []): ClaimFacts => ({
  kind: 'indirect', speaker: { name: 'X', text: 'X', type: null, side: 'UA', official: true, affiliation: null, sideFrom: null },
  content: 'c', start: 0, end: 1, quantities, statuses, places: [], placeFrom: null, date: null, dateFrom: null, events,
});

describe('factMatches', () => {
  const cf = claim(
    [ev({}), ev({ topic: 'cause', cause: 'accident', agentSide: null }), ev({ agentSide: 'UA', polarity: -1 }),
      ev({ agentSide: null }), ev({ topic: 'cause', cause: 'attack', agentSide: null }), ev({ agentSide: null, polarity: -1 })],
    [st({}), st({ topic: 'advance', polarity: -1, subjectSide: 'UA' }), st({ state: 'part', subjectSide: 'UA' })],
    [qty({}), qty({ value: 3, unit: 'tanks', frame: 'loss' }),
      qty({ value: 25, unit: 'drones', frame: 'loss', subjectSide: 'UA', scope: 'day' }),
      qty({ value: 15, high: 20, bound: 'range', scope: 'span:с начала года' }),
      qty({ value: 50, bound: 'more_than', unit: 'wounded' })],
  );
  const rows: [string, GoldFact, { kind: string; i: number }, boolean][] = [
    ['strike by RU', { kind: 'responsibility', agent: 'RU', polarity: 1 }, { kind: 'event', i: 0 }, true],
    ['polarity defaults to 1', { kind: 'responsibility', agent: 'RU' }, { kind: 'event', i: 0 }, true],
    ['wrong agent', { kind: 'responsibility', agent: 'UA', polarity: 1 }, { kind: 'event', i: 0 }, false],
    ['denial by UA', { kind: 'responsibility', agent: 'UA', polarity: -1 }, { kind: 'event', i: 2 }, true],
    ['agent not given: any', { kind: 'responsibility', polarity: -1 }, { kind: 'event', i: 2 }, true],
    ['cause accident', { kind: 'cause', cause: 'accident' }, { kind: 'event', i: 1 }, true],
    ['cause attack is not accident', { kind: 'cause', cause: 'attack' }, { kind: 'event', i: 1 }, false],
    ['a cause fact is no responsibility', { kind: 'responsibility', agent: null }, { kind: 'event', i: 1 }, false],
    // an attack with no named doer: cause attack and responsibility of agent null are one fact
    ['unnamed attack: gold cause attack, program agentless strike', { kind: 'cause', cause: 'attack' }, { kind: 'event', i: 3 }, true],
    ['unnamed attack: gold agent null, program cause attack', { kind: 'responsibility', agent: null }, { kind: 'event', i: 4 }, true],
    ['unnamed attack: gold agent null, program agentless strike', { kind: 'responsibility', agent: null, polarity: 1 }, { kind: 'event', i: 3 }, true],
    ['a strike by RU is no unnamed attack', { kind: 'responsibility', agent: null }, { kind: 'event', i: 0 }, false],
    ['an agentless denial is no attack', { kind: 'cause', cause: 'attack' }, { kind: 'event', i: 5 }, false],
    ['a denial with no doer is not an unnamed attack', { kind: 'responsibility', agent: null, polarity: -1 }, { kind: 'event', i: 4 }, false],
    ['control holds (state read from polarity)', { kind: 'control', state: 'holds', side: 'RU' }, { kind: 'status', i: 0 }, true],
    ['control of the other side', { kind: 'control', state: 'holds', side: 'UA' }, { kind: 'status', i: 0 }, false],
    ['control part', { kind: 'control', state: 'part' }, { kind: 'status', i: 2 }, true],
    ['advance stopped', { kind: 'status', topic: 'advance', polarity: -1, side: 'UA' }, { kind: 'status', i: 1 }, true],
    ['a control fact is no status', { kind: 'status', topic: 'advance' }, { kind: 'status', i: 0 }, false],
    ['a status is no event', { kind: 'responsibility' }, { kind: 'status', i: 0 }, false],
    ['figure', { kind: 'figures', value: 12, unit: 'killed' }, { kind: 'figure', i: 0 }, true],
    ['figure, other unit', { kind: 'figures', value: 12, unit: 'wounded' }, { kind: 'figure', i: 0 }, false],
    ['figure with frame', { kind: 'figures', value: 3, unit: 'tanks', frame: 'loss' }, { kind: 'figure', i: 1 }, true],
    // lane figures13: bound, high, the counted subject's side and the tally's scope, each checked only when given
    ['figure: side, frame and day scope', { kind: 'figures', value: 25, unit: 'drones', frame: 'loss', side: 'UA', scope: 'day' }, { kind: 'figure', i: 2 }, true],
    ['figure: the other side', { kind: 'figures', value: 25, unit: 'drones', side: 'RU' }, { kind: 'figure', i: 2 }, false],
    ['figure: side null is an unknown side', { kind: 'figures', value: 12, unit: 'killed', side: null }, { kind: 'figure', i: 0 }, true],
    ['figure: a day count is no total', { kind: 'figures', value: 25, unit: 'drones', scope: 'total' }, { kind: 'figure', i: 2 }, false],
    ['figure: scope null wants the place\'s own tally', { kind: 'figures', value: 25, unit: 'drones', scope: null }, { kind: 'figure', i: 2 }, false],
    ['figure: scope null, none given', { kind: 'figures', value: 12, unit: 'killed', scope: null }, { kind: 'figure', i: 0 }, true],
    ['figure: scope not given, any', { kind: 'figures', value: 25, unit: 'drones' }, { kind: 'figure', i: 2 }, true],
    ['figure: "span" is any span', { kind: 'figures', value: 15, unit: 'killed', scope: 'span' }, { kind: 'figure', i: 3 }, true],
    ['figure: a range and its top', { kind: 'figures', value: 15, unit: 'killed', bound: 'range', high: 20 }, { kind: 'figure', i: 3 }, true],
    ['figure: another top', { kind: 'figures', value: 15, unit: 'killed', high: 25 }, { kind: 'figure', i: 3 }, false],
    ['figure: more than', { kind: 'figures', value: 50, unit: 'wounded', bound: 'more_than' }, { kind: 'figure', i: 4 }, true],
    ['figure: "more than" is not "at least"', { kind: 'figures', value: 50, unit: 'wounded', bound: 'at_least' }, { kind: 'figure', i: 4 }, false],
  ];
  for (const [name, g, which, want] of rows) test(name, () => assert.equal(factMatches(g, cf, which), want));
});

describe('countedFacts and restates', () => {
  const cf = claim([ev({}), ev({ topic: 'cause', cause: 'attack', agentSide: null })], [st({ topic: 'attack', polarity: 1 }), st({ topic: 'event', polarity: -1 })], [qty({})]);
  test('status events are never counted; figures only when asked', () => {
    assert.deepEqual(countedFacts(cf, false).map((p) => p.kind), ['event', 'event', 'status']);
    assert.equal(countedFacts(cf, true).length, 4);
  });
  test('an attack cause and an attack status restate a gold strike', () => {
    const gold: GoldFact[] = [{ kind: 'responsibility', agent: 'RU', polarity: 1 }];
    assert.equal(restates(cf, { kind: 'event', i: 1 }, gold), true);
    assert.equal(restates(cf, { kind: 'status', i: 0 }, gold), true);
  });
  test('an agentless strike restates a gold attack, named or not, and nothing else', () => {
    const c = claim([ev({ agentSide: null })]);
    assert.equal(restates(c, { kind: 'event', i: 0 }, [{ kind: 'cause', cause: 'attack' }]), true);
    assert.equal(restates(c, { kind: 'event', i: 0 }, [{ kind: 'responsibility', agent: 'UA' }]), true);
    assert.equal(restates(c, { kind: 'event', i: 0 }, [{ kind: 'cause', cause: 'accident' }]), false);
    assert.equal(restates(c, { kind: 'event', i: 0 }, [{ kind: 'control', state: 'holds' }]), false);
    assert.equal(restates(c, { kind: 'event', i: 0 }, [{ kind: 'responsibility', agent: 'UA', polarity: -1 }]), false);
  });
  test('not when the gold lists a cause, or has no strike, or the polarity differs', () => {
    assert.equal(restates(cf, { kind: 'event', i: 1 }, [{ kind: 'responsibility', agent: 'RU' }, { kind: 'cause', cause: 'accident' }]), false);
    assert.equal(restates(cf, { kind: 'event', i: 1 }, [{ kind: 'control', state: 'holds' }]), false);
    assert.equal(restates(cf, { kind: 'status', i: 0 }, [{ kind: 'responsibility', agent: 'RU', polarity: -1 }]), false);
  });
});

describe('bench/gold/facts shape', () => {
  const base = join(ROOT, 'bench', 'gold', 'facts');
  const corpus = join(ROOT, '..', 'shared', 'corpora', 'ru-telegram-2024', 'posts.jsonl');
  const kinds = new Set(['responsibility', 'cause', 'control', 'status', 'figures']);
  for (const set of readdirSync(base).filter((f) => !f.includes('.'))) {
    const ids = new Map<string, string>();
    const posts = new Map<string, string>();
    // held-*.jsonl: sets scored only by the lead (README); their shape is checked like the rest
    for (const split of ['dev', 'test', 'held']) {
      const files = readdirSync(join(base, set)).filter((f) => f === `${split}.jsonl` || (f.startsWith(`${split}-`) && f.endsWith('.jsonl')));
      for (const name of files) {
        const file = join(base, set, name);
        test(`${set}/${name}`, (t) => {
          const items = readGold(file);
          // items that name a post of the real corpus get their text from it (read in place); where
          // the corpus is absent their contents cannot be checked, the rest still is; where it is
          // there, every named post must be in it (a mistyped post id would otherwise go unchecked)
          const missing = new Set(fillFromCorpus(items, corpus));
          if (existsSync(corpus)) assert.deepEqual([...missing], [], `${file}: items whose post is not in ${corpus}`);
          else if (missing.size > 0) t.diagnostic(`${missing.size} item(s) name posts of ${corpus}, which is absent: their texts are not checked`);
          for (const item of items) {
            assert.ok(typeof item.id === 'string' && item.id !== '', `${file}: an item without id`);
            assert.ok(!ids.has(item.id), `${file}: id ${item.id} also in ${ids.get(item.id)}`);
            ids.set(item.id, split);
            if (item.post !== undefined) {
              // one post is in one split only: a test post never tunes a rule through its dev twin
              assert.ok(posts.get(item.post) === undefined || posts.get(item.post) === split, `${item.id}: post ${item.post} is in dev and test`);
              posts.set(item.post, split);
            }
            assert.ok(['en', 'ru', 'uk'].includes(item.lang), `${item.id}: lang ${item.lang}`);
            assert.ok(Array.isArray(item.claims), `${item.id}: claims`);
            for (const c of item.claims) for (const f of c.facts) assert.ok(kinds.has(f.kind), `${item.id}: kind ${f.kind}`);
            if (missing.has(item.id)) continue;
            assert.ok(!Number.isNaN(Date.parse(item.published)), `${item.id}: published ${item.published}`);
            for (const c of item.claims) assert.ok(norm(item.text).includes(norm(c.content)), `${item.id}: content not in text: ${c.content}`);
          }
        });
      }
    }
  }
});

describe('fillFromCorpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'facts-corpus-'));
  const file = join(dir, 'posts.jsonl');
  writeFileSync(file, [
    '{"id": "tg-1-1", "text": "Губернатор сообщил об атаке.", "published": "2024-11-20T10:00:00Z", "source": "chan"}',
    'not json at all, and not a post line',
    '{"id": "tg-1-2", "text": "Другой пост", "published": "2024-11-21T10:00:00Z"}',
  ].join('\n'));
  const item = (over: Partial<GoldItem>): GoldItem => ({ id: 'x', lang: 'ru', published: undefined as unknown as string, text: undefined as unknown as string, claims: [], ...over });
  const cases: { name: string; items: GoldItem[]; corpus: string; missing: string[]; text: (string | undefined)[] }[] = [
    { name: 'a named post gets its text, time and channel', items: [item({ id: 'a', post: 'tg-1-1' })], corpus: file, missing: [], text: ['Губернатор сообщил об атаке.'] },
    { name: 'an item with its own text is left alone', items: [item({ id: 'b', text: 'own' })], corpus: file, missing: [], text: ['own'] },
    { name: 'a post not in the corpus is reported', items: [item({ id: 'c', post: 'tg-9-9' }), item({ id: 'd', post: 'tg-1-2' })], corpus: file, missing: ['c'], text: [undefined, 'Другой пост'] },
    { name: 'an absent corpus reports every post item', items: [item({ id: 'e', post: 'tg-1-1' })], corpus: join(dir, 'none.jsonl'), missing: ['e'], text: [undefined] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(fillFromCorpus(c.items, c.corpus), c.missing);
      assert.deepEqual(c.items.map((i) => i.text), c.text);
    });
  }
  test('the time and channel come from the post unless the item gives them', () => {
    const items = [item({ id: 'f', post: 'tg-1-1' }), item({ id: 'g', post: 'tg-1-1', published: '2024-11-22T00:00:00Z', source: 'mine' })];
    fillFromCorpus(items, file);
    assert.deepEqual(items.map((i) => [i.published, i.source]), [['2024-11-20T10:00:00Z', 'chan'], ['2024-11-22T00:00:00Z', 'mine']]);
  });
  test('the channel is the post\'s author in its own voice, unless the item names an author', () => {
    const items = [item({ id: 'h', post: 'tg-1-1' }), item({ id: 'i', post: 'tg-1-1', author: 'Someone', ownVoice: false })];
    fillFromCorpus(items, file);
    assert.deepEqual(items.map((i) => [i.author, i.authorType, i.ownVoice]), [['chan', 'channel', true], ['Someone', undefined, false]]);
  });
});
