/**
 * Precision on real news (issue 9 part 4): what is not a conflict fact, a speaker or a place.
 * Table-driven; every expected value was written by hand before the rules were changed, on
 * realistic sentences written for sitrep (political and business news beside conflict reporting).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import { extractClaimFacts } from '../../src/compare/index.js';

const PUB = '2024-08-12T09:00:00Z';

function statusesOf(text: string): [string, number, string | null, boolean][][] {
  const a = analyze({ id: 't', text, published: PUB });
  return a.claims.map((_, i) => extractClaimFacts(a, i).statuses.map((s) => [s.topic, s.polarity, s.subjectSide, s.denial]));
}

test('status phrases in political and business news are not conflict statuses; in conflict reporting they are', () => {
  const rows: [string, [string, number, string | null, boolean][]][] = [
    // not about armed conflict: no status
    ['The campaign manager said the candidate was seizing back control of his campaign.', []],
    ['The senator said the vote formally marked his capture of the Republican nomination.', []],
    ['He said their industries have been hit hard by multinational trade deals.', []],
    ['The agency said advanced cellulosic fuels would count toward the mandate.', []],
    ['Aides said the senator will have to tone down his attacks on the former secretary of state.', []],
    ['Officials said the hackers who struck the committee could release forged files.', []],
    // conflict reporting: the status stands (conflict words, or a place right after the phrase)
    ['The governor said Russian forces had captured the village of Tetkino.', [['control', 1, 'RU', false]]],
    ['The ministry said the reports of a strike on Sumy were fabricated.', [['attack', -1, null, true]]],
    ['Officials said Ukrainian troops had advanced two kilometres near Robotyne.', [['advance', 1, 'UA', false]]],
    ['The army said the enemy had launched an attack on the bridge at dawn.', [['attack', 1, null, false]]],
  ];
  for (const [text, want] of rows) {
    const got = statusesOf(text);
    assert.equal(got.length, 1, `${text}: one claim (got ${got.length})`);
    assert.deepEqual(got[0], want, text);
  }
});

test('economic figures (money, percentages) are not figures compare sets against each other', () => {
  const rows: [string, string[]][] = [
    ['The company said it lost $2 billion in Texas last year.', []],
    ['Officials said the state lost 5% of its manufacturing jobs.', []],
    ['Retailers said sales in Ohio fell by 12 percent in March.', []],
    // conflict figures stay
    ['The ministry said its forces destroyed 7 tanks near Kupiansk.', ['tanks']],
    ['Officials said 40 civilians were killed near Sudzha.', ['killed']],
  ];
  for (const [text, want] of rows) {
    const a = analyze({ id: 't', text, published: PUB });
    assert.equal(a.claims.length, 1, text);
    assert.deepEqual(extractClaimFacts(a, 0).quantities.map((q) => q.unit), want, text);
  }
});

const WIRE = [
  'Russia says it repelled Ukrainian attack in Kursk region',
  '',
  'By Jane Smith, Associated Press',
  '',
  'Ukrainian President Volodymyr Zelensky speaks during a news conference in Kyiv, Ukraine, Aug. 11, 2024. (AP Photo/Efrem Lukatsky)',
  '',
  "MOSCOW (AP) — Russia's Defense Ministry said its troops repelled attacks near Sudzha.",
  '',
  'Photo: Reuters',
  '',
  'Wagner fighters captured the town of Soledar in January, officials said. The cruiser Moskva sank after a strike in April 2022, the Pentagon said.',
  '',
  'File photo shows Sen. Lindsey Graham speaking in Washington. (Getty Images)',
  '',
  'Graham said the bill would fail. Washington warned that the strikes on Kharkiv must stop.',
].join('\n');

test('photo credits, captions and bylines are never speakers', () => {
  const a = analyze({ id: 'wire', text: WIRE, published: PUB });
  const speakers = a.claims.map((c) => c.speaker?.text ?? null);
  // written by hand: the six attributed statements of the story, in text order
  assert.deepEqual(speakers, ['Russia', "Russia's Defense Ministry", 'officials', 'the Pentagon', 'Graham', 'Washington']);
  for (const credit of ['By Jane Smith, Associated Press', 'Photo: Reuters', '(AP Photo/Efrem Lukatsky)', '(Getty Images)', 'File photo shows']) {
    const at = WIRE.indexOf(credit);
    assert.ok(!a.claims.some((c) => [c.speaker, c.cue, ...c.content].some((s) => s && s.start < at + credit.length && s.end > at)), `${credit}: no claim`);
  }
});

test('names of organisations, armed groups, vessels and titles are not places unless the text uses them as one', () => {
  const rows: [string, string, string | null][] = [
    // [text, surface, the place it resolves to (null: no place)]
    [WIRE, 'Wagner', null],
    [WIRE, 'Moskva', null],
    [WIRE, 'Sen.', null],
    [WIRE, 'Soledar', 'Soledar'],
    [WIRE, 'Sudzha', 'Sudzha'],
    [WIRE, 'Kharkiv', 'Kharkiv'],
    ['The Moskva, the flagship of the Black Sea Fleet, sank on Thursday, officials said.', 'Moskva', null],
    ['The Wagner group said its fighters had left Bakhmut.', 'Wagner', null],
    ['Residents of Moskva district say the metro was closed.', 'Moskva', 'Moscow'],
  ];
  for (const [text, surface, want] of rows) {
    const a = analyze({ id: 't', text, published: PUB });
    const at = text.indexOf(surface);
    const p = a.places.find((x) => x.start === at);
    assert.equal(p?.name ?? null, want, `${surface} in ${text.slice(Math.max(0, at - 40), at + 40)}`);
  }
});

test("a capital speaking for its government or a wire dateline does not place the claim; what it is about does", () => {
  const rows: [string, number, string[]][] = [
    // [text, claim index, place names of the claim]
    ['KYIV, Aug 13 (AP) - Ukrainian forces control 74 settlements in the Kursk region, Ukraine\'s top commander said.\n\nThe acting governor of the Kursk region, Alexei Smirnov, said on Tuesday that Ukrainian forces controlled 28 settlements.', 1, ['Kursk Oblast']],
    ['Kyiv said its troops still hold positions in Vovchansk. Moscow said the town was captured.', 1, ['Vovchansk']],
    ["MOSCOW, Aug 12 (Reuters) - Russia's defence ministry said its forces had repelled 12 attacks overnight.", 0, []],
    ['Washington warned that the strikes on Kharkiv must stop.', 0, ['Kharkiv']],
  ];
  for (const [text, i, want] of rows) {
    const a = analyze({ id: 't', text, published: PUB });
    assert.ok(a.claims.length > i, `${text}: claim ${i}`);
    assert.deepEqual(extractClaimFacts(a, i).places.map((p) => p.name), want, text);
  }
});
