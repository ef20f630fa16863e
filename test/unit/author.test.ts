/**
 * Table-driven tests for the `author` stage (src/analyze/author/): which documents speak in their
 * author's own voice, and which of their sentences become the author's claims. All texts are
 * fiction written for these tests; expected values were worked out by hand from the rules in the
 * stage's header (quantity with a unit, status phrase, event verb with a place or side; no
 * reporting verb; nothing inside an attributed claim or quotation).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { classifyName } from '../../src/analyze/author/index.js';
import type { AuthorType, Document } from '../../src/analyze/types.js';
import { deriveRows } from '../../src/ledger/rows.js';
import { extractClaimFacts } from '../../src/compare/facts.js';
import { documentAuthor } from '../../src/ingest/document.js';
import { toDocument } from '../../src/ingest/jsonl.js';

describe('author names: actor, outlet or neither', () => {
  const cases: [string, 'actor' | 'outlet' | null][] = [
    ['Ministry of Defence of the Russian Federation', 'actor'],
    ["Ukraine's General Staff", 'actor'],
    ['Kharkiv Regional Military Administration', 'actor'],
    ['Meridian Press Agency — Europe', 'outlet'],
    ['The Borderland Review', 'outlet'],
    ['TASS', null], // listed in actors.tsv as a news agency: its affiliation makes it no actor
    ['Oksana Petrivna', null],
    ['Slobidskyi Krai', null],
  ];
  for (const [name, want] of cases) test(`${name} → ${want}`, () => assert.equal(classifyName(name), want));
});

interface VoiceCase {
  what: string;
  doc: Partial<Document> & { text: string };
  ownVoice: boolean;
  rule: string;
  author: string | null;
  /** Own-voice claims: [content (fragments joined by " | "), rule]. */
  claims: [string, string][];
}

const ownClaims = (d: Partial<Document> & { text: string }) => {
  const a = analyze({ id: 't', ...d });
  return { a, own: a.claims.filter((c) => c.why.stage === 'author') };
};

const CASES: VoiceCase[] = [
  {
    what: 'a Telegram channel post: unattributed sentences with a number, a status or an event are the channel\'s',
    doc: {
      text: 'Near Kozacha Lopan our drones destroyed 3 enemy tanks this morning.\n\nThe situation remains difficult. Coffee is ready.\n\nThe governor said the roads were open.',
      author: 'Iron Steppe Z', authorType: 'channel' as AuthorType,
    },
    ownVoice: true, rule: 'channel', author: 'Iron Steppe Z',
    claims: [
      ['Near Kozacha Lopan our drones destroyed 3 enemy tanks this morning.', 'quantity'],
      ['The situation remains difficult.', 'status'],
    ],
  },
  {
    what: 'scare quotes are left out of the content; a sentence with a reporting verb is not the author\'s',
    doc: {
      text: 'Ukrainian units repelled the "massive offensive" near Vovchansk. The ministry reports that 40 drones were shot down.',
      author: 'Frontline Daily Z', authorType: 'channel' as AuthorType,
    },
    ownVoice: true, rule: 'channel', author: 'Frontline Daily Z',
    claims: [['Ukrainian units repelled the | near Vovchansk.', 'status']], // "repelled" is a status phrase (advance -)
  },
  {
    what: 'a statement headed "Statement of the Ministry of Defence ...": the heading names the author and dates it',
    doc: {
      text: 'Statement of the Ministry of Defence of Ukraine (3 March 2026)\n\nAir defence shot down 27 drones over the Odesa region overnight.\n\nWe thank our partners.',
    },
    ownVoice: true, rule: 'heading', author: 'Ministry of Defence of Ukraine',
    claims: [['Air defence shot down 27 drones over the Odesa region overnight.', 'quantity']],
  },
  {
    what: 'news copy from an outlet is narration, however many numbers it has',
    doc: {
      text: 'Russian forces fired 40 shells at Nikopol on Sunday. The town remains under fire.',
      author: 'Harbour News Agency',
    },
    ownVoice: false, rule: 'outlet', author: 'Harbour News Agency', claims: [],
  },
  {
    what: 'a reporter\'s byline is not an actor: narration',
    doc: { text: 'Russian forces fired 40 shells at Nikopol on Sunday.', author: 'Oksana Petrivna' },
    ownVoice: false, rule: 'none', author: 'Oksana Petrivna', claims: [],
  },
  {
    what: 'no author and no heading: narration (as before this stage)',
    doc: { text: 'Russian forces fired 40 shells at Nikopol on Sunday.' },
    ownVoice: false, rule: 'none', author: null, claims: [],
  },
  {
    what: 'a publisher that is an actor (a ministry\'s own site) speaks in its own voice',
    doc: { text: 'Border guards shot down 2 drones near Sumy.', author: 'State Border Guard Service of Ukraine' },
    ownVoice: true, rule: 'actor', author: 'State Border Guard Service of Ukraine',
    claims: [['Border guards shot down 2 drones near Sumy.', 'quantity']],
  },
  {
    what: 'declared narration wins over a channel',
    doc: { text: 'Our units advanced 2 km near Tetkino.', author: 'Iron Steppe Z', authorType: 'channel' as AuthorType, ownVoice: false },
    ownVoice: false, rule: 'declared', author: 'Iron Steppe Z', claims: [],
  },
];

describe('own voice and author claims', () => {
  for (const c of CASES) {
    test(c.what, () => {
      const { a, own } = ownClaims(c.doc);
      assert.equal(a.author?.ownVoice, c.ownVoice);
      assert.equal(a.author?.rule, c.rule);
      assert.equal(a.author?.name ?? null, c.author);
      assert.deepEqual(own.map((x) => [x.content.map((f) => f.text).join(' | '), x.why.rule]), c.claims);
      for (const x of own) {
        assert.equal(x.kind, 'direct');
        assert.equal(x.cue, null);
        assert.equal(x.speaker?.fromDocument, true);
        assert.equal(x.speaker?.name, c.author);
        assert.equal(a.text.slice(x.speaker!.start, x.speaker!.end), x.speaker!.text);
        for (const f of x.content) assert.equal(a.text.slice(f.start, f.end), f.text);
      }
    });
  }

  test('the heading span is the speaker span; quantities link to the author claims', () => {
    const { a, own } = ownClaims(CASES[2]!.doc);
    assert.equal(own[0]!.speaker!.text, 'Ministry of Defence of Ukraine');
    assert.equal(a.published?.slice(0, 10), '2026-03-03');
    const q = a.quantities.find((x) => x.text.includes('27'));
    assert.ok(q);
    assert.equal(a.claims[q.claim!]?.why.stage, 'author');
  });

  test('compare: the author\'s side comes from the actor lists; "our" is the author\'s own side', () => {
    const { a } = ownClaims({ text: 'Statement of the Ministry of Defence of Ukraine\n\nOur units destroyed 3 Russian tanks near Robotyne.' });
    const i = a.claims.findIndex((c) => c.why.stage === 'author');
    assert.ok(i >= 0);
    const f = extractClaimFacts(a, i);
    assert.equal(f.speaker.side, 'UA');
    assert.equal(f.placeFrom, 'content');
  });

  test('store: an own-voice claim keeps the author as speaker and its own sentence for places', () => {
    const doc = { id: 'd', text: 'Rain all week.\n\nOur drones hit 2 boats near Kherson.', author: 'Delta Watch Z', authorType: 'channel' as AuthorType, published: '2026-01-05T10:00:00Z' };
    const rows = deriveRows(doc, analyze(doc));
    const c = rows.claims.find((x) => x.speaker === 'Delta Watch Z');
    assert.ok(c);
    assert.equal(c.content, 'Our drones hit 2 boats near Kherson.');
    assert.ok(c.start > 0);
  });
});

describe('attribution: a wire dateline is not part of the speaker', () => {
  test('KYIV, Oct 15 (Outlet) - X said ... → speaker X', () => {
    const a = analyze({ id: 'w', text: "KYIV, Oct 15 (Northwind) - Russia's defence ministry said on Wednesday that its troops had taken two villages." });
    const c = a.claims.find((x) => x.content.some((f) => f.text.includes('two villages')));
    assert.ok(c);
    assert.equal(c.speaker?.text, "Russia's defence ministry");
  });
  test('KYIV, Oct 15 (Outlet) - content ..., X said → the content starts after the dash', () => {
    const a = analyze({ id: 'w', text: 'KYIV/KHARKIV, Oct 17 (Northwind) - Russian artillery shelled a market in Vovchansk, killing two people, the regional police said.' });
    const c = a.claims.find((x) => x.content.some((f) => f.text.includes('Vovchansk')));
    assert.ok(c);
    assert.ok(c.content[0]!.text.startsWith('Russian artillery shelled'), c.content[0]!.text);
  });
  test('a bracket and a dash in running text are no dateline: the content keeps them', () => {
    const a = analyze({ id: 'w', text: 'The regional police said shells hit Andriivka (Kharkiv region) - the third time this week.' });
    const c = a.claims.find((x) => x.content.some((f) => f.text.includes('Andriivka')));
    assert.ok(c);
    assert.ok(c.content[0]!.text.includes('Andriivka (Kharkiv region) -'), c.content[0]!.text);
  });
});

describe('attribution: transcripts', () => {
  const BRIEFING = [
    'Briefing of the regional police, 4 May',
    '',
    'HALYNA MOROZ: Good morning. I will say only that the search goes on. Two patrols were sent to Balakliia at dawn.',
    '',
    'The mayor claims that nobody was hurt. That is not correct. We have 3 wounded in hospital.',
    '',
    'QUESTION (Kharkiv Radio): Is the bridge closed?',
    '',
    'HALYNA MOROZ: The bridge is closed until Friday.',
  ].join('\n');
  const a = analyze({ id: 'b', text: BRIEFING });
  const by = (s: string) => a.claims.filter((c) => c.content.some((f) => f.text.includes(s)));

  const cases: [string, string, string | null, string | null][] = [
    // [what, content substring, speaker text, speaker name]; an all-caps label the text names
    // nowhere else keeps its spelling as the name (the resolver does not re-case names)
    ['the rest of a turn around a claim found by another rule is the labelled speaker\'s', 'Two patrols were sent to Balakliia', 'HALYNA MOROZ', 'HALYNA MOROZ'],
    ['"I" inside a turn is the labelled speaker', 'the search goes on', 'I', 'HALYNA MOROZ'],
    ['an unlabelled paragraph continues the turn before it', 'We have 3 wounded in hospital', 'HALYNA MOROZ', 'HALYNA MOROZ'],
    ['a claim found inside the continued turn keeps its own speaker', 'nobody was hurt', 'The mayor', null],
    ['a later turn', 'The bridge is closed until Friday', 'HALYNA MOROZ', 'HALYNA MOROZ'],
  ];
  for (const [what, content, speaker, name] of cases) {
    test(what, () => {
      const cs = by(content);
      assert.equal(cs.length, 1, `one claim holds "${content}": ${JSON.stringify(a.claims.map((c) => [c.speaker?.text, c.content.map((f) => f.text)]))}`);
      assert.equal(cs[0]!.speaker?.text ?? null, speaker);
      if (name !== null) assert.equal(cs[0]!.speaker?.name, name);
    });
  }
  test('a question asserts nothing: no claim', () => assert.equal(by('Is the bridge closed').length, 0));
  test('transcript turns are direct speech', () => assert.equal(by('We have 3 wounded')[0]?.kind, 'direct'));
  test('a label met once is a heading: it does not take a paragraph that holds another claim', () => {
    const b = analyze({ id: 'h', text: 'KHARKIV DIRECTION: our units hold the line. Kyiv says the attack has failed.' });
    assert.ok(!b.claims.some((c) => c.speaker?.text === 'KHARKIV DIRECTION'));
  });
});

describe('compare: lists of losses in an own-voice summary', () => {
  const text = 'Statement of the Ministry of Defence of Ukraine\n\nOn 3 May our units repelled an assault near Robotyne.\n\nThe enemy lost up to 120 servicemen and 9 armoured vehicles, including 4 tanks.';
  const a = analyze({ id: 's', text, published: '2026-05-04T08:00:00Z' });
  const i = a.claims.findIndex((c) => c.content.some((f) => f.text.includes('up to 120')));
  const f = extractClaimFacts(a, i);
  const cases: [string, string | null][] = [
    ['troops', 'RU'], // "the enemy" of the Ukrainian ministry
    ['armoured_vehicles', 'RU'], // a list item after "and" shares the frame
    ['tanks', null], // a part after "including" is not a total of its own
  ];
  for (const [unit, side] of cases) {
    test(`${unit} → ${side}`, () => assert.equal(f.quantities.find((q) => q.unit === unit)?.subjectSide ?? null, side));
  }
  test('a paragraph without places takes the places of the paragraph before', () => {
    assert.deepEqual(f.places.map((p) => p.name), ['Robotyne']);
    assert.equal(f.placeFrom, 'paragraph');
  });
});

describe('signature lines', () => {
  const cases: [string, string, boolean][] = [
    ['a signature names an official body', 'Air defence shot down 12 drones over Odesa overnight.\n\nPress service of the Air Force of the Armed Forces of Ukraine', true],
    ['a caption "Source: X" is no signature', 'Leaders met in Bratislava to discuss 2 plans for defence.\n\nSource: NATO', false],
    ['a last paragraph that is a sentence is no signature', 'Drones hit 2 depots near Kursk.\n\nThe army said nothing more.', false],
  ];
  for (const [what, text, own] of cases) {
    test(what, () => {
      const a = analyze({ id: 'g', text });
      assert.equal(a.author?.ownVoice, own);
      if (own) assert.equal(a.author?.rule, 'signature');
    });
  }
});

describe('readers: the author of a document', () => {
  const cases: [string, Parameters<typeof documentAuthor>[0], ReturnType<typeof documentAuthor>][] = [
    ['a channel post: the channel', { format: 'telegram', chatName: 'Iron Steppe Z', chatType: 'public_channel', from: 'Iron Steppe Z', fromId: 'channel77' }, { author: 'Iron Steppe Z', authorType: 'channel', ownVoice: true }],
    ['a forward: the original poster', { format: 'telegram', chatName: 'Iron Steppe Z', chatType: 'public_channel', from: 'Iron Steppe Z', forwardedFrom: 'Governor of Nowhere' }, { author: 'Governor of Nowhere', authorType: 'channel', ownVoice: true }],
    ['a group message: the sender, a person', { format: 'telegram', chatName: 'Village chat', chatType: 'private_group', from: 'Ivan', fromId: 'user5' }, { author: 'Ivan', authorType: 'person', ownVoice: true }],
    ['a page: the publisher before the byline', { format: 'html', siteName: 'Ministry of Defence of Ukraine', byline: 'Press service' }, { author: 'Ministry of Defence of Ukraine' }],
    ['a Markdown file: the front matter author', { format: 'markdown', byline: 'Marit Halvorsen' }, { author: 'Marit Halvorsen' }],
    ['a text file: nothing', { format: 'text' }, {}],
  ];
  for (const [what, meta, want] of cases) test(what, () => assert.deepEqual(documentAuthor(meta), want));

  test('JSON Lines: author, authorType and ownVoice are read and checked', () => {
    const at = { file: 'x.jsonl', line: 1 };
    const d = toDocument({ text: 'Our units advanced 2 km.', author: 'Iron Steppe Z', authorType: 'channel', ownVoice: true }, at, null);
    assert.equal(d.author, 'Iron Steppe Z');
    assert.equal(d.authorType, 'channel');
    assert.equal(d.ownVoice, true);
    assert.throws(() => toDocument({ text: 'x', authorType: 'blog' }, at, null), /authorType/);
    assert.throws(() => toDocument({ text: 'x', ownVoice: 'yes' }, at, null), /ownVoice/);
  });
});

describe('hostile author fields', () => {
  const cases: [string, Partial<Document> & { text: string }, number][] = [
    ['an empty text', { text: '', author: 'Iron Steppe Z', authorType: 'channel' }, 0],
    ['a megabyte of author name', { text: 'Our units destroyed 3 tanks near Kupiansk.', author: 'a'.repeat(1_000_000), authorType: 'channel' }, 1],
    ['regular-expression characters in the name', { text: 'Our units destroyed 3 tanks near Kupiansk.', author: '(.*)+$[', authorType: 'channel' }, 1],
    ['a whitespace-only author is no author', { text: 'Our units destroyed 3 tanks near Kupiansk.', author: '   ', authorType: 'channel' }, 0],
  ];
  for (const [what, doc, n] of cases) {
    test(what, () => {
      const a = analyze({ id: 'h', ...doc });
      const own = a.claims.filter((c) => c.why.stage === 'author');
      assert.equal(own.length, n);
      for (const c of own) {
        assert.equal(a.text.slice(c.speaker!.start, c.speaker!.end), c.speaker!.text);
        assert.equal(c.speaker!.name, doc.author);
      }
    });
  }
});
