/**
 * The human report's Places section, through the real binary, on fictional text written for this
 * test. Expected lines checked by hand: Kharkiv 49.98N 36.25E and Kupiansk 49.71N 37.62E (GeoNames
 * 706483 and 703656 in cities500), Trenton 40.22N 74.74W (GeoNames 5105496), New Jersey (Natural
 * Earth admin-1 US-NJ), "N.J." its AP abbreviation (data/place-abbreviations.tsv).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

/** The lines of the report's Places section (without its heading and the blank line after it). */
function placesSection(stdout: string): { heading: string; lines: string[] } {
  const all = stdout.split('\n');
  const i = all.findIndex((l) => l.startsWith('Places ('));
  assert.ok(i >= 0, stdout);
  const lines: string[] = [];
  for (let k = i + 1; k < all.length && all[k] !== ''; k++) lines.push(all[k]!);
  return { heading: all[i]!, lines };
}

test('report: places by current name, with the spelling used, level, region and rounded point', () => {
  const f = tmp.file('kharkov.txt', [
    'Officials in Kharkov said on Tuesday that shelling hit Kupiansk overnight.',
    'Two buses were damaged in Kharkov, the police said.',
    'In Trenton, N.J., the mayor said the bridge would reopen on Friday.',
  ].join('\n'));
  const r = sitrep(['analyze', f]);
  assert.equal(r.code, 0, r.stderr);
  const { heading, lines } = placesSection(r.stdout);
  assert.equal(heading, 'Places (4)');
  const rows: [RegExp, string][] = [
    [/^ {2}Kharkiv +city +UA UA-63 +49\.98N 36\.25E ×2 as "Kharkov"$/, 'Kharkiv, twice, as Kharkov'],
    [/^ {2}Kupiansk +city +UA UA-63 +49\.71N 37\.62E$/, 'Kupiansk, name as written'],
    [/^ {2}Trenton +city +US US-NJ +40\.22N 74\.74W$/, 'Trenton, in New Jersey'],
    [/^ {2}New Jersey +admin1 +US US-NJ +\d+\.\d\dN \d+\.\d\dW as "N\.J\."$/, 'the abbreviation'],
  ];
  assert.equal(lines.length, rows.length, lines.join('\n'));
  rows.forEach(([re, what], i) => assert.match(lines[i]!, re, what));
});

test('report: a text naming no place says so', () => {
  const r = sitrep(['analyze', tmp.file('none.txt', 'The spokesman said that nothing had changed since the morning.\n')]);
  assert.equal(r.code, 0, r.stderr);
  const { heading, lines } = placesSection(r.stdout);
  assert.equal(heading, 'Places (0)');
  assert.deepEqual(lines, ['  none found']);
});

test('report: a place named with control characters around it prints them escaped', () => {
  const r = sitrep(['analyze', tmp.file('esc.txt', 'Shelling hit Kupiansk\u001b[31m on Monday, officials said.\n')]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!r.stdout.includes('\u001b'), 'no raw escape reaches the terminal');
  assert.match(placesSection(r.stdout).lines[0]!, /^ {2}Kupiansk +city/);
});
