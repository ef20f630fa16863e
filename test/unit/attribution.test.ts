/**
 * Table-driven tests for the `attribution` stage: every claim of each input, checked by hand.
 *
 * Span conventions (from src/analyze/attribution/index.ts and resolve.ts, the conventions of news
 * attribution corpora), used to write the expected values by hand:
 * - content of a direct quotation keeps its quotation marks (and any punctuation inside them);
 * - a comma that separates content from a postposed cue is not content, nor is a final period
 *   outside quotation marks;
 * - the complementizer "that" opens the content ("said that X" → "that X");
 * - an addressee told something is not content: "told reporters that X" → "that X"; but in a
 *   request the addressee is part of what is asked: "urged Y to do X" and "called on Y to do X"
 *   → "Y to do X" (the convention of attribution corpora; changed by the lead from "to do X");
 * - "described Y as Z": what is described is content → "Y as Z";
 * - speaker spans keep determiners, a title written before the name ("Governor Pavel Savchuk")
 *   and an apposition set off by commas, closing comma included ("Ivan Petrenko, the deputy
 *   chairman of the council,"); after an inverted cue the apposition runs to the sentence end
 *   ("said Dmytro Lysenko, a battalion commander." → "Dmytro Lysenko, a battalion commander");
 * - the cue holds auxiliaries and adverbs before the verb ("has also said"), a particle ("called
 *   on"), and a colon that opens the quotation ("wrote:"); in a channel post "Governor X: «...»" the
 *   colon alone is the cue;
 * - a multi-paragraph quotation after "X wrote:" is one fragment, from the first opening mark to
 *   the last closing mark;
 * - `name` is the actor the speaker stands for when the text names it (pronouns, descriptions and
 *   "the ministry" resolved backwards), without a leading "the"; otherwise null;
 * - kind: direct (the content is a quotation), mixed (indirect with a quoted phrase), indirect.
 *
 * No claim: a verb of military action ("targeted", "attacked"), "so-called", and "He said
 * nothing." (a reporting verb whose object is "nothing" reports no statement).
 *
 * Each row lists all claims of its text in text order; a row with [] expects no claim at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';
import type { Claim, ClaimKind, SpeakerType } from '../../src/analyze/index.js';
import { assertAllSpans, label } from './stage-helpers.js';

interface C {
  kind: ClaimKind;
  speaker: string | null;
  name: string | null;
  type: SpeakerType | null;
  cue: string | null;
  content: string[];
}

/** claim(kind, speaker, name, type, cue, ...content fragments) */
const c = (kind: ClaimKind, speaker: string | null, name: string | null, type: SpeakerType | null, cue: string | null, ...content: string[]): C =>
  ({ kind, speaker, name, type, cue, content });

interface Row {
  what: string;
  text: string;
  claims: C[];
  todo?: string;
}

const ROWS: Row[] = [
  // ---- a text that ends at the speaker, with no final stop (crashed the quote continuation once)
  {
    what: 'inverted cue ending the text',
    text: "''We will hold the line,'' said Petro Hnatiuk",
    claims: [c('direct', 'Petro Hnatiuk', 'Petro Hnatiuk', 'person', 'said', "''We will hold the line,''")],
  },
  {
    what: 'postposed cue ending the text',
    text: '"We will hold the line," the commander said',
    claims: [c('direct', 'the commander', null, 'person', 'said', '"We will hold the line,"')],
  },
  // ---- preposed
  {
    what: 'preposed "X said"',
    text: 'Oleh Kravets said 4 civilians had been wounded.',
    claims: [c('indirect', 'Oleh Kravets', 'Oleh Kravets', 'person', 'said', '4 civilians had been wounded')],
  },
  {
    what: 'preposed "X said that"',
    text: 'The governor said that the bridge had been destroyed.',
    claims: [c('indirect', 'The governor', null, 'person', 'said', 'that the bridge had been destroyed')],
  },
  {
    what: 'preposed with an apposition',
    text: 'Ivan Petrenko, the deputy chairman of the council, said at least 4 civilians had been wounded.',
    claims: [c('indirect', 'Ivan Petrenko, the deputy chairman of the council,', 'Ivan Petrenko', 'person', 'said', 'at least 4 civilians had been wounded')],
  },
  {
    what: 'cue with auxiliary and adverb',
    text: 'The ministry has also said that 3 drones were shot down.',
    claims: [c('indirect', 'The ministry', null, 'organisation', 'has also said', 'that 3 drones were shot down')],
  },
  {
    what: 'preposed "X said:" with a quotation',
    text: 'The commander said: "We will hold the line."',
    claims: [c('direct', 'The commander', null, 'person', 'said:', '"We will hold the line."')],
  },
  {
    what: 'group speaker, "claimed that"',
    text: 'Pro-war bloggers claimed that Ukrainian columns had reached the town centre.',
    claims: [c('indirect', 'Pro-war bloggers', null, 'group', 'claimed', 'that Ukrainian columns had reached the town centre')],
  },
  {
    what: 'preposed, name and apposition before the cue, content with a relative clause (not an inverted cue)',
    text: 'Yevhen Yevtushenko, the head of the Nikopol district military administration, said residents who had stayed in the town were without water.',
    claims: [c('indirect', 'Yevhen Yevtushenko, the head of the Nikopol district military administration,', 'Yevhen Yevtushenko', 'person', 'said', 'residents who had stayed in the town were without water')],
  },
  {
    what: 'a two-word rank before the name is not part of the name',
    text: 'Brigadier General Ivan Petrov said the line held.',
    claims: [c('indirect', 'Brigadier General Ivan Petrov', 'Ivan Petrov', 'person', 'said', 'the line held')],
  },
  {
    what: 'a quotation that runs over two paragraphs with no re-opening mark after "X said:"',
    text: 'The mayor said:\n\n“The water station was hit twice.\n\nWe have no power in the east of the city.”',
    claims: [c('direct', 'The mayor', null, 'person', 'said:', '“The water station was hit twice.\n\nWe have no power in the east of the city.”')],
  },
  {
    what: 'an unclosed quotation is not carried into a next paragraph that has no closing mark',
    text: 'The mayor said:\n\n“The water station was hit twice.\n\nResidents queued for water in the morning.',
    claims: [c('direct', 'The mayor', null, 'person', 'said:', '“The water station was hit twice.')],
  },
  {
    what: '"Russia\'s military" (an adjective standing as the head noun) keeps its phrase as the name',
    text: "Russia's military said its missiles had hit a depot next to the mall.",
    claims: [c('indirect', "Russia's military", "Russia's military", 'organisation', 'said', 'its missiles had hit a depot next to the mall')],
  },
  {
    what: '"Ukraine\'s navy" is an organisation speaker',
    text: "Ukraine's navy said two landing craft had been destroyed.",
    claims: [c('indirect', "Ukraine's navy", "Ukraine's navy", 'organisation', 'said', 'two landing craft had been destroyed')],
  },
  {
    what: 'a bare surname with a relative clause set off by commas is a person speaker',
    text: 'Budanov, who gave an interview to a television channel, said that the bridge would be repaired within a month.',
    claims: [
      c('indirect', 'Budanov, who gave an interview to a television channel,', 'Budanov', 'person', 'said', 'that the bridge would be repaired within a month'),
    ],
  },
  {
    what: 'a cue inside a relative clause set off by commas ends at the main verb; "who" is the name before it',
    text: 'Budanov, who posted a video of soldiers crossing the river, wrote that the landing had succeeded.',
    claims: [
      c('indirect', 'who', 'Budanov', 'person', 'posted', 'a video of soldiers crossing the river'),
      c('indirect', 'Budanov, who posted a video of soldiers crossing the river,', 'Budanov', 'person', 'wrote', 'that the landing had succeeded'),
    ],
  },
  // ---- postposed
  {
    what: 'postposed, a description closed by "there" and then the apposed name',
    text: 'Russian units were pushed back from two villages, the commander of the brigade there, Colonel Andriy Hordiienko, said on Friday.',
    claims: [c('indirect', 'the commander of the brigade there, Colonel Andriy Hordiienko,', 'Andriy Hordiienko', 'person', 'said', 'Russian units were pushed back from two villages')],
  },
  {
    what: 'postposed "..., X said." (organisation description)',
    text: 'Russian forces shelled Nikopol overnight, the regional administration said.',
    claims: [c('indirect', 'the regional administration', null, 'organisation', 'said', 'Russian forces shelled Nikopol overnight')],
  },
  {
    what: 'postposed, named organisation',
    text: 'About 12,000 people were left without power, the Ministry of Energy said.',
    claims: [c('indirect', 'the Ministry of Energy', 'Ministry of Energy', 'organisation', 'said', 'About 12,000 people were left without power')],
  },
  {
    what: 'postposed quotation',
    text: '“We are ready for any scenario,” the general said.',
    claims: [c('direct', 'the general', null, 'person', 'said', '“We are ready for any scenario,”')],
  },
  {
    what: 'postposed, outlet as speaker',
    text: 'Two explosions were heard in the city centre, Reuters reported.',
    claims: [c('indirect', 'Reuters', 'Reuters', 'channel', 'reported', 'Two explosions were heard in the city centre')],
  },
  {
    what: 'postposed with an apposition, "told reporters"',
    text: '“There was nothing here but wheat,” the port’s director, Viktor Hordiienko, told reporters.',
    claims: [c('direct', 'the port’s director, Viktor Hordiienko,', 'Viktor Hordiienko', 'person', 'told', '“There was nothing here but wheat,”')],
  },
  // ---- inverted
  {
    what: 'inverted "..., said X, the ..."',
    text: '"They fire at us every day," said Dmytro Lysenko, a battalion commander.',
    claims: [c('direct', 'Dmytro Lysenko, a battalion commander', 'Dmytro Lysenko', 'person', 'said', '"They fire at us every day,"')],
  },
  {
    what: 'inverted with a rank',
    text: '"We count the shells," said Colonel Dmytro Lysenko.',
    claims: [c('direct', 'Colonel Dmytro Lysenko', 'Dmytro Lysenko', 'person', 'said', '"We count the shells,"')],
  },
  {
    what: 'inverted, channel typed by its apposition',
    text: '"The situation remains fluid," wrote Severny Veter, a popular military channel.',
    claims: [c('direct', 'Severny Veter, a popular military channel', 'Severny Veter', 'channel', 'wrote', '"The situation remains fluid,"')],
  },
  // ---- split quotations
  {
    what: 'split quotation over two sentences, pronoun speaker',
    text: 'Halyna Moroz has stayed in the city. “We sleep in the corridor,” she said. “But where would I go?”',
    claims: [c('direct', 'she', 'Halyna Moroz', 'person', 'said', '“We sleep in the corridor,”', '“But where would I go?”')],
  },
  {
    what: 'split quotation in one sentence',
    text: 'Serhiy Bondar leads a unit near Toretsk. "We will not retreat," he said, "because there is nowhere to go."',
    claims: [c('direct', 'he', 'Serhiy Bondar', 'person', 'said', '"We will not retreat,"', '"because there is nowhere to go."')],
  },
  // ---- according to
  {
    what: '"according to" at the end',
    text: 'The attacking force numbered about 1,500 troops, according to officials.',
    claims: [c('indirect', 'officials', null, 'group', 'according to', 'The attacking force numbered about 1,500 troops')],
  },
  {
    what: '"According to" at the start',
    text: 'According to the regional governor, three private houses were damaged.',
    claims: [c('indirect', 'the regional governor', null, 'person', 'According to', 'three private houses were damaged')],
  },
  // ---- adjectival cues (data/cue-adjectives.tsv), after an auxiliary
  {
    what: 'adjective cue after "is"',
    text: 'The governor is confident that the bridge will hold.',
    claims: [c('indirect', 'The governor', null, 'person', 'is confident', 'that the bridge will hold')],
  },
  // ---- nominal cues
  {
    what: '"claims by X that"',
    text: 'There is no evidence for claims by the Russian Ministry of Defence that the depot stored Western weapons.',
    claims: [c('indirect', 'the Russian Ministry of Defence', 'Russian Ministry of Defence', 'organisation', 'claims', 'that the depot stored Western weapons')],
  },
  {
    what: '"X\'s claim that"',
    text: "Residents laughed at the Kremlin's claim that the town had been liberated.",
    claims: [c('indirect', 'the Kremlin', 'Kremlin', 'organisation', 'claim', 'that the town had been liberated')],
  },
  // ---- multi-paragraph quotation
  {
    what: '"He wrote:" and a three-paragraph quotation',
    text: 'Alexei Voronin represents the region in the State Duma. He wrote:\n“For weeks enemy units gathered at the border.\n“Nobody in Moscow listened.\n“The generals owe us an answer.”',
    claims: [c('direct', 'He', 'Alexei Voronin', 'person', 'wrote:',
      '“For weeks enemy units gathered at the border.\n“Nobody in Moscow listened.\n“The generals owe us an answer.”')],
  },
  // ---- verbs with an addressee or an object
  {
    what: '"X told reporters that"',
    text: 'Gennady Sablin told reporters that Ukrainian units had lost 9 tanks.',
    claims: [c('indirect', 'Gennady Sablin', 'Gennady Sablin', 'person', 'told', 'that Ukrainian units had lost 9 tanks')],
  },
  {
    what: '"X told reporters" without "that"',
    text: 'The mayor told reporters the water supply remained cut.',
    claims: [c('indirect', 'The mayor', null, 'person', 'told', 'the water supply remained cut')],
  },
  {
    what: '"X warned that", title before the name',
    text: 'Foreign Minister Marta Hnatyuk warned that Russia would keep attacking the ports.',
    claims: [c('indirect', 'Foreign Minister Marta Hnatyuk', 'Marta Hnatyuk', 'person', 'warned', 'that Russia would keep attacking the ports')],
  },
  {
    what: '"X urged Y to"',
    text: "Marta Hnatyuk urged Ukraine's partners to send more air defence systems.",
    claims: [c('indirect', 'Marta Hnatyuk', 'Marta Hnatyuk', 'person', 'urged', "Ukraine's partners to send more air defence systems")],
  },
  {
    what: '"X called on Y to"',
    text: "The EU's foreign policy chief called on Moscow to stop targeting civilian infrastructure.",
    claims: [c('indirect', "The EU's foreign policy chief", null, 'person', 'called on', 'Moscow to stop targeting civilian infrastructure')],
  },
  {
    what: '"X described Y as"',
    text: 'The mayor described the attack as a war crime.',
    claims: [c('indirect', 'The mayor', null, 'person', 'described', 'the attack as a war crime')],
  },
  // ---- mixed
  {
    what: 'mixed quotation, description with the name in apposition',
    text: 'The regional governor, Oleksandr Hlushko, said the strike was "a deliberate attempt to choke off grain exports".',
    claims: [c('mixed', 'The regional governor, Oleksandr Hlushko,', 'Oleksandr Hlushko', 'person', 'said',
      'the strike was "a deliberate attempt to choke off grain exports"')],
  },
  {
    what: 'mixed quotation with a quoted phrase first',
    text: 'Yurii Tkachuk said "active operations" were continuing along the border.',
    claims: [c('mixed', 'Yurii Tkachuk', 'Yurii Tkachuk', 'person', 'said', '"active operations" were continuing along the border')],
  },
  // ---- resolution
  {
    what: 'pronoun resolved to the person named before',
    text: 'Oleh Kravets visited the hospital on Monday. He said the maternity ward had moved to the basement.',
    claims: [c('indirect', 'He', 'Oleh Kravets', 'person', 'said', 'the maternity ward had moved to the basement')],
  },
  {
    what: 'postposed pronoun after guillemets',
    text: 'Pavel Yermolov was dismissive. «Our forces strike only military targets,» he said.',
    claims: [c('direct', 'he', 'Pavel Yermolov', 'person', 'said', '«Our forces strike only military targets,»')],
  },
  {
    what: '"the deputy chairman added" resolved through an earlier apposition',
    text: 'Ivan Petrenko, the deputy chairman of the council, visited the school. The deputy chairman added that crews had restored power.',
    claims: [c('indirect', 'The deputy chairman', 'Ivan Petrenko', 'person', 'added', 'that crews had restored power')],
  },
  {
    what: '"the ministry said" resolved to the organisation named before',
    text: 'The Ministry of Energy said about 12,000 homes were without power. Repairs could take until the weekend, the ministry said.',
    claims: [
      c('indirect', 'The Ministry of Energy', 'Ministry of Energy', 'organisation', 'said', 'about 12,000 homes were without power'),
      c('indirect', 'the ministry', 'Ministry of Energy', 'organisation', 'said', 'Repairs could take until the weekend'),
    ],
  },
  {
    what: '"the ministry said" resolved to the organisation named before (no bound after the cue)',
    text: 'The Ministry of Energy said repairs had begun. Power would return by Friday, the ministry said.',
    claims: [
      c('indirect', 'The Ministry of Energy', 'Ministry of Energy', 'organisation', 'said', 'repairs had begun'),
      c('indirect', 'the ministry', 'Ministry of Energy', 'organisation', 'said', 'Power would return by Friday'),
    ],
  },
  // ---- channel posts and questions
  {
    what: 'channel post "Governor X: «...»"',
    text: 'Governor Pavel Savchuk: «Two civilians were wounded in Shebekino.»',
    claims: [c('direct', 'Governor Pavel Savchuk', 'Pavel Savchuk', 'person', ':', '«Two civilians were wounded in Shebekino.»')],
  },
  {
    what: '"Asked about X, Y said" (the question has no named source)',
    text: 'Asked about the convoy, Dmitry Peskov said the Kremlin had no information.',
    claims: [
      c('indirect', null, null, null, 'Asked', 'the convoy'),
      c('indirect', 'Dmitry Peskov', 'Dmitry Peskov', 'person', 'said', 'the Kremlin had no information'),
    ],
  },
  // ---- no claim
  { what: 'military action is not a report (targeted)', text: 'Russian drones targeted the city overnight.', claims: [] },
  { what: 'military action is not a report (attacked)', text: 'Troops attacked the village.', claims: [] },
  { what: '"so-called" is not a report', text: 'The so-called referendum was held.', claims: [] },
  { what: '"said nothing" reports no statement', text: 'He said nothing.', claims: [] },
];

function show(cl: Claim): string {
  return `{${cl.kind} speaker=${JSON.stringify(cl.speaker?.text ?? null)} (${cl.speaker?.name ?? null}, ${cl.speaker?.type ?? null}) ` +
    `cue=${JSON.stringify(cl.cue?.text ?? null)} content=${JSON.stringify(cl.content.map((f) => f.text))}}`;
}

for (const row of ROWS) {
  test(`attribution: ${row.what}: ${label(row.text, 50)}`, row.todo ? { todo: row.todo } : {}, () => {
    const a = analyze({ id: 'a', text: row.text });
    assertAllSpans(a);
    const got: C[] = a.claims.map((cl) => ({
      kind: cl.kind,
      speaker: cl.speaker?.text ?? null,
      name: cl.speaker?.name ?? null,
      type: cl.speaker?.type ?? null,
      cue: cl.cue?.text ?? null,
      content: cl.content.map((f) => f.text),
    }));
    assert.deepEqual(got, row.claims, `claims of ${JSON.stringify(row.text)}:\n  ${a.claims.map(show).join('\n  ') || '(none)'}`);
  });
}
