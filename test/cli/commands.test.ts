/**
 * CLI commands and usage errors: help, version, unknown commands and options, bad flag values.
 * Usage errors exit with 2, print one line `sitrep: ...` on stderr and never a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/flags.js';
import { ROOT, hasStack, sitrep } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

test('--version and -V print the package version', () => {
  for (const flag of ['--version', '-V']) {
    const r = sitrep([flag]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `sitrep ${pkg.version}\n`);
    assert.equal(r.stderr, '');
  }
});

test('help lists the commands; analyze --help lists every flag of the table', () => {
  for (const args of [['help'], ['--help'], ['-h']]) {
    const r = sitrep(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.stdout, /^sitrep \S+: /);
    assert.match(r.stdout, /sitrep analyze \[options\] \[FILE\.\.\.\]/);
  }
  for (const args of [['analyze', '--help'], ['analyze', '-h'], ['help', 'analyze']]) {
    const r = sitrep(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.stdout, /^Usage: sitrep analyze /);
    for (const name of Object.keys(COMMANDS.analyze.flags)) assert.ok(r.stdout.includes(`--${name}`), `help lacks --${name}`);
    assert.match(r.stdout, /Exit status: 0 .*; 1 .*; 2 /);
  }
});

test('no arguments: help on stderr, exit 2', () => {
  const r = sitrep([]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /Usage:/);
});

/** [arguments, expected stderr (whole first line)] — all exit 2 with nothing on stdout. */
const usageErrors: [string[], RegExp][] = [
  [['frobnicate'], /^sitrep: unknown command 'frobnicate' \(commands: analyze, places, ingest, claims, disputes, search, export, serve, enqueue, worker, status, help; see 'sitrep help'\)$/],
  [['help', 'frobnicate'], /^sitrep: unknown command 'frobnicate' \(commands: analyze, places, ingest, claims, disputes, search, export, serve, enqueue, worker, status, help\)$/],
  [['analyze', '--frobnicate', 'x.txt'], /^sitrep: unknown option '--frobnicate' \(see 'sitrep analyze --help'\)$/],
  [['analyze', '-q', 'x.txt'], /^sitrep: unknown option '-q' \(see 'sitrep analyze --help'\)$/],
  [['analyze', 'x.txt', '--published'], /^sitrep: option '--published' needs a value /],
  [['analyze', '--json=yes', 'x.txt'], /^sitrep: option '--json' does not take a value /],
  [['analyze', '--json', '--jsonl', 'x.txt'], /^sitrep: --json and --jsonl cannot be combined /],
  [['analyze', '--published', 'yesterday', 'x.txt'], /^sitrep: --published 'yesterday' is not a valid ISO-8601 date \(use YYYY-MM-DD/],
  [['analyze', '--published', '2024-13-01', 'x.txt'], /^sitrep: --published '2024-13-01' is not a valid ISO-8601 date/],
  [['analyze', '--published', '2023-02-29', 'x.txt'], /^sitrep: --published '2023-02-29' is not a valid ISO-8601 date/],
  [['analyze', '--published', '05/03/2024', 'x.txt'], /^sitrep: --published '05\/03\/2024' is not a valid ISO-8601 date/],
  [['analyze', '--max-size', 'lots', 'x.txt'], /^sitrep: --max-size 'lots' is not a size \(use a positive number with an optional unit, e\.g\. 64MB/],
  [['analyze', '--max-size', '-5', 'x.txt'], /^sitrep: --max-size '-5' is not a size: a size cannot be negative \(use a positive number/],
  [['analyze', 'x.txt', '--max-size', '-5MB'], /^sitrep: --max-size '-5MB' is not a size: a size cannot be negative \(/],
  [['analyze', '--max-size=-5', 'x.txt'], /^sitrep: --max-size '-5' is not a size: a size cannot be negative \(/],
  [['analyze', '--max-size', '0', 'x.txt'], /^sitrep: --max-size '0' is not a size: a size must be more than 0 \(/],
  [['analyze', '--published', '-2024', 'x.txt'], /^sitrep: --published '-2024' is not a valid ISO-8601 date/],
  [['analyze', '--max-size', '--json', 'x.txt'],
    /^sitrep: option '--max-size' needs a value, but is followed by the option '--json' \(write --max-size=--json if that is the value; see 'sitrep analyze --help'\)$/],
  [['analyze', '--max-size', '10parsecs', 'x.txt'], /^sitrep: --max-size '10parsecs' is not a size/],
  [['analyze', '-', '-'], /^sitrep: '-' \(stdin\) can be given only once$/],
  [['--json', 'analyze'], /^sitrep: unknown option '--json' \(see 'sitrep --help'\)$/],
];

for (const [args, message] of usageErrors) {
  test(`usage error: sitrep ${args.join(' ')}`, () => {
    const r = sitrep(args);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.split('\n').length, 2, `one line expected, got: ${r.stderr}`);
    assert.match(r.stderr.trimEnd(), message);
    assert.ok(!hasStack(r.stderr));
  });
}

test('usage errors are found before any file is read', () => {
  // x.txt does not exist: a usage error must win over the missing file.
  const r = sitrep(['analyze', '--published', 'soon', 'does-not-exist.txt']);
  assert.equal(r.code, 2);
  assert.doesNotMatch(r.stderr, /no such file/);
});
