/**
 * `sitrep places`: the real binary looking names up in the built gazetteer. Expected ids checked by
 * hand in cities500.txt (GeoNames) and Natural Earth admin-1 (see test/unit/gazetteer.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIN, sitrep, hasStack } from './helpers.js';

interface JsonResult {
  query: string;
  total: number;
  candidates: { id: string; name: string; level: string; country: string | null; admin1: string | null; lat: number; lon: number; variant: string; match: string; preferred: boolean }[];
}

test('places --json: old, Russian and Cyrillic spellings resolve to current names', () => {
  const r = sitrep(['places', '--json', 'Kharkov', 'Артемовск', 'Курской области', 'Simferopol']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as JsonResult[];
  assert.deepEqual(out.map((x) => x.query), ['Kharkov', 'Артемовск', 'Курской области', 'Simferopol']);
  const first = out.map((x) => x.candidates[0]!);
  assert.deepEqual(first.map((c) => [c.id, c.name]), [
    ['706483', 'Kharkiv'], ['713174', 'Bakhmut'], ['538555', 'Kursk Oblast'], ['693805', 'Simferopol'],
  ]);
  assert.equal(first[0]!.variant, 'Kharkov');
  assert.equal(first[0]!.match, 'exact');
  assert.equal(first[0]!.preferred, false);
  assert.equal(first[2]!.match, 'inflection');
  assert.deepEqual([first[3]!.country, first[3]!.admin1, first[3]!.level], ['UA', 'UA-43', 'city']);
  assert.ok(Math.abs(first[3]!.lat - 44.95) < 0.1 && Math.abs(first[3]!.lon - 34.1) < 0.1);
});

test('places: report lines name the place, level, region, id and the matched spelling', () => {
  const r = sitrep(['places', '--limit', '1', 'Nikolaev']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^Nikolaev: \d+ candidates \(showing 1; --limit for more\)$/);
  assert.match(lines[1]!, /^ {3}1\. Mykolaiv {2}\[city\] {2}UA UA-48 {2}46\.9763, 31\.9930 {2}id 700569 {2}matched "Nikolaev" \(exact, other name\)$/);
  assert.equal(lines.length, 2);
});

test('places: a name that matches nothing exits 1; the others are still printed', () => {
  const r = sitrep(['places', 'Qqqxxzzv', 'Sudzha']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^Qqqxxzzv: no place found$/m);
  assert.match(r.stdout, /Sudzha {2}\[village\] {2}RU RU-KRS .* id 486816 /);
});

test('places: usage errors exit 2 without a stack trace', () => {
  for (const [args, re] of [
    [['places'], /^sitrep: no NAME given /],
    [['places', ''], /^sitrep: NAME 1 is empty/],
    [['places', 'Kyiv', '  '], /^sitrep: NAME 2 is empty/],
    [['places', '--limit', '0', 'Kyiv'], /^sitrep: --limit '0' is not a positive whole number/],
    [['places', '--limit', 'x', 'Kyiv'], /^sitrep: --limit 'x' is not a positive whole number/],
    [['places', '--frob', 'Kyiv'], /^sitrep: unknown option '--frob' \(see 'sitrep places --help'\)\n$/],
  ] as [string[], RegExp][]) {
    const r = sitrep(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, re);
    assert.ok(!hasStack(r.stderr));
  }
});

test('places: control characters in a name are shown escaped, never raw', () => {
  const r = sitrep(['places', 'Ky\u001b[31miv']);
  assert.equal(r.code, 1);
  assert.ok(!r.stdout.includes('\u001b'), 'raw escape character in the output');
});

test('places --help lists its flags', () => {
  const r = sitrep(['places', '--help']);
  assert.equal(r.code, 0);
  for (const f of ['--json', '--limit', '--help']) assert.ok(r.stdout.includes(f), f);
});

test('places: a missing or damaged gazetteer (SITREP_GAZETTEER) is reported naming the file, exit 1, no stack', () => {
  const r = sitrep(['places', 'Kyiv'], { env: { SITREP_GAZETTEER: '/nonexistent/gz.bin' } });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^sitrep: gazetteer \/nonexistent\/gz\.bin not found \(build it: npm run build:gazetteer\)\n$/);
  const d = sitrep(['places', 'Kyiv'], { env: { SITREP_GAZETTEER: BIN } });
  assert.equal(d.code, 1);
  assert.match(d.stderr, /is damaged: not a sitrep gazetteer/);
  assert.ok(!hasStack(d.stderr));
});
