/**
 * bin/sitrep.js sets V8 flags before the CLI loads; SITREP_NODE_FLAGS replaces them. The output
 * must not depend on them, and flags given in SITREP_NODE_FLAGS must take effect.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitrep } from './helpers.js';

const text = 'Russian forces shelled Kharkiv on Monday, the governor said. "Two people were killed," he told reporters. '.repeat(40);
const masked = (s: string): string => s.replace(/"ms": ?[0-9.e+-]+/g, '"ms": 0');

test('analyze gives the same JSON with the default V8 flags and with V8 defaults (SITREP_NODE_FLAGS="")', () => {
  // (the binary's own flags: SITREP_NODE_FLAGS taken out of the environment the tests run in)
  const a = sitrep(['analyze', '--json', '-'], { input: text, env: { SITREP_NODE_FLAGS: undefined } });
  const b = sitrep(['analyze', '--json', '-'], { input: text, env: { SITREP_NODE_FLAGS: '' } });
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.ok(a.stdout.includes('"claims"'));
  assert.equal(masked(a.stdout), masked(b.stdout));
});

test('flags in SITREP_NODE_FLAGS take effect (--trace-opt prints TurboFan tracing)', () => {
  const on = sitrep(['analyze', '--json', '-'], { input: text, env: { SITREP_NODE_FLAGS: '--trace-opt' } });
  const off = sitrep(['analyze', '--json', '-'], { input: text, env: { SITREP_NODE_FLAGS: '' } });
  assert.equal(on.code, 0, on.stderr);
  assert.match(on.stdout, /\[(marking|compiling method)/);
  assert.doesNotMatch(off.stdout, /\[(marking|compiling method)/);
});
