/**
 * Lane speak11: attribution constructions of real reporting, by mechanism: a surname the tagger
 * reads as a verb ("Hunt said"); a sentence cut after a title abbreviation or inside a party-state
 * label ("the Rev. | Maria Okafor", "(D-N. | M.)"); a quotation that goes on after a cue followed by a
 * circumstance ("said at a town hall on Tuesday.", 'said on CBS's "Face the Nation."'); a signature
 * after a quotation ('"..." ― Name'); an inverted speaker opening with a number ("said one election
 * monitor"); a transcript quoted with paragraph-opening quotation marks ('"SMITH: ...'); a paraphrase
 * whose quotation follows its cue ('X, Ortiz said. "..."'); and a subject with a prepositional
 * post-modifier ("Experts on nuclear energy say ..."). Texts written for these tests (people, places
 * and wording other than the benchmark's); expected values worked out by hand before the rules ran.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './claim-rows.js';

/** Every claim as "speaker | cue | content" (content fragments joined with " … "). */
function claimsOf(text: string): string[] {
  return analyze({ id: 't', text }).claims.map((c) => `${c.speaker?.text ?? '-'} | ${c.cue?.text ?? '-'} | ${c.content.map((f) => f.text).join(' … ')}`);
}

describe('a surname tagged as a verb before a cue is a name (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: 'postposed: \'"...," Hunt said on Monday\'', text: '"We cannot wait any longer for the council to act," Hunt said on Monday.', speaker: 'Hunt', cue: 'said', content: '"We cannot wait any longer for the council to act,"' },
    { name: 'preposed after a middle initial: "Attorney General Loretta E. Lynch said"', text: 'Attorney General Loretta E. Lynch said the department would review the case.', speaker: 'Attorney General Loretta E. Lynch', cue: 'said', content: 'the department would review the case' },
    { name: 'postposed indirect: "..., Wade told reporters"', text: 'The new rules will hurt small farms, Wade told reporters.', speaker: 'Wade', cue: 'told', content: 'The new rules will hurt small farms' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a lower-case verb stays a verb ("tried to lynch")', () => {
    assert.deepEqual(claimsOf('Witnesses said the crowd tried to lynch the driver.'), ['Witnesses | said | the crowd tried to lynch the driver']);
  });
});

describe('a sentence is not cut after a title abbreviation nor inside a party-state label (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: 'inverted: "said the Rev. Maria Okafor, pastor of ..."', text: '"The clinic will stay open as long as we can pay the nurses," said the Rev. Maria Okafor, pastor of Grace Chapel.', speaker: 'the Rev. Maria Okafor, pastor of Grace Chapel', cue: 'said', content: '"The clinic will stay open as long as we can pay the nurses,"' },
    { name: 'preposed: "Rep. Anna Torres (D-N.M.) said"', text: 'Rep. Anna Torres (D-N.M.) said the vote had been rushed through the committee.', speaker: 'Rep. Anna Torres (D-N.M.)', cue: 'said', content: 'the vote had been rushed through the committee' },
    { name: 'inverted: "said Sen. Paul Grady (R-S.D.)."', text: '"We were never told about the transfer," said Sen. Paul Grady (R-S.D.).', speaker: 'Sen. Paul Grady (R-S.D.)', cue: 'said', content: '"We were never told about the transfer,"' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a real sentence break after a name keeps two claims', () => {
    assert.deepEqual(claimsOf('"We are ready," said Col. Ivan Marsh. Residents said the shelling had stopped.'), ['Col. Ivan Marsh | said | "We are ready,"', 'Residents | said | the shelling had stopped']);
  });
});

describe('a quotation goes on after a cue followed by a circumstance (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: 'a prepositional tail with a noun the tagger may read as a verb', text: '"Prices have doubled since spring," Ortega said at a town hall stop on Tuesday. "Families cannot keep up."', speaker: 'Ortega', cue: 'said', content: '"Prices have doubled since spring," … "Families cannot keep up."' },
    { name: 'a programme title in quotation marks after the cue', text: '"The plan is dead," the senator said Friday on CBS\'s "Face the Nation." "Nobody will vote for it."', speaker: 'the senator', cue: 'said', content: '"The plan is dead," … "Nobody will vote for it."' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a quotation another speaker claims is not carried on', () => {
    const cs = claimsOf('"We will rebuild," the mayor said at the council meeting. "It is a disaster," a councillor replied.');
    assert.ok(cs.includes('the mayor | said | "We will rebuild,"'), JSON.stringify(cs));
  });
});

describe('a signature after a quotation: \'"..." ― Name\' (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: 'en: horizontal bar and a name ending the paragraph', text: 'Readers wrote to us about the closure.\n\n“The clinic saved my son’s life. We owe them everything.” ― Rosa Delgado\n\n“They never asked the town.” ― Peter Lund', speaker: 'Rosa Delgado', cue: '―', content: '“The clinic saved my son’s life. We owe them everything.”' },
    { name: 'ru: «…». — Имя Фамилия (the Russian rule, kept)', text: 'Жители рассказали о закрытии больницы.\n\n«Эта больница спасла жизнь моему сыну. Мы всем им обязаны». — Ольга Ковальчук', speaker: 'Ольга Ковальчук', cue: '—', content: '«Эта больница спасла жизнь моему сыну. Мы всем им обязаны»' },
    { name: 'uk: «…». — Ім\'я Прізвище (the Ukrainian rule, kept)', text: 'Мешканці розповіли про закриття лікарні.\n\n«Ця лікарня врятувала життя моєму синові». — Оксана Мельник', speaker: 'Оксана Мельник', cue: '—', content: '«Ця лікарня врятувала життя моєму синові»' },
    { name: 'en: em dash, a name and a description', text: '"Nobody asked us before they closed the school." — Tom Baker, a parent in Leeds', speaker: 'Tom Baker, a parent in Leeds', cue: '—', content: '"Nobody asked us before they closed the school."' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a dash after a slogan that opens a clause', () => {
    const cs = claimsOf('"Bread and peace" — that was the slogan of the march.');
    assert.ok(!cs.some((c) => c.includes('| — |')), JSON.stringify(cs));
  });
  it('must-not: a dashed aside after a quoted title', () => {
    const cs = claimsOf('The banner "No More War" — printed in red — hung over the square.');
    assert.ok(!cs.some((c) => c.includes('| — |')), JSON.stringify(cs));
  });
});

describe('an inverted speaker opening with a number (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: '"said one election monitor in the capital"', text: '"The count was rigged from the start," said one election monitor in the capital.', speaker: 'one election monitor in the capital', cue: 'said', content: '"The count was rigged from the start,"' },
    { name: '"said two nurses at the hospital"', text: '"Help came far too late," said two nurses at the hospital.', speaker: 'two nurses at the hospital', cue: 'said', content: '"Help came far too late,"' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a number after a preposed cue is content', () => {
    assert.deepEqual(claimsOf('The ministry said 12 soldiers were wounded.'), ['The ministry | said | 12 soldiers were wounded']);
  });
});

describe('a transcript quoted with paragraph-opening quotation marks (speak11)', () => {
  it('"SMITH: ..." and "JONES: ..." paragraphs', () => {
    const cs = claimsOf('"SMITH: We have the votes and we will pass it.\n\n"JONES: You do not have the votes, and you know it.');
    assert.deepEqual(cs.map((c) => c.split(' | ').slice(0, 2).join(' | ')), ['SMITH | :', 'JONES | :']);
    assert.ok(cs[1]!.includes('You do not have the votes, and you know it'), JSON.stringify(cs));
  });
  it('must-not: a quoted headline with a colon inside a sentence', () => {
    const cs = claimsOf('The paper ran the story under "ELECTION: What comes next" on Sunday.');
    assert.ok(!cs.some((c) => c.startsWith('ELECTION')), JSON.stringify(cs));
  });
});

describe('a paraphrase whose quotation follows its cue (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: 'postposed paraphrase, then a quotation in the same paragraph', text: 'The budget will not pass this year, Ortiz said. "There are simply not enough votes in the chamber."', speaker: 'Ortiz', cue: 'said', content: 'The budget will not pass this year … "There are simply not enough votes in the chamber."' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a quotation in the next paragraph after a paraphrase', () => {
    const cs = claimsOf('The budget will not pass this year, Ortiz said.\n\n"Stronger Together" is the slogan of the campaign.');
    assert.ok(cs.includes('Ortiz | said | The budget will not pass this year'), JSON.stringify(cs));
  });
});

describe('a subject with a prepositional post-modifier (speak11)', () => {
  const rows: ClaimRow[] = [
    { name: '"Experts on nuclear energy say ..."', text: 'Experts on nuclear energy say the plant can run for another decade.', speaker: 'Experts on nuclear energy', cue: 'say', content: 'the plant can run for another decade' },
    { name: '"A report by the state auditor found that ..."', text: 'A report by the state auditor found that the grants had been misused.', speaker: 'A report by the state auditor', cue: 'found', content: 'that the grants had been misused' },
  ];
  for (const r of rows) it(r.name, () => checkClaimRow(r));
  it('must-not: a fronted adverbial is no part of the subject', () => {
    const cs = claimsOf('After talks in Geneva officials said a deal was close.');
    assert.ok(!cs.some((c) => c.startsWith('After') || c.startsWith('talks')), JSON.stringify(cs));
  });
});
