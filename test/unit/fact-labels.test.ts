/** The table helper of the claim-facts tests must itself be able to fail. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFactRows } from './fact-labels.js';

test('checkFactRows: a row with only must-not labels and no claim fails', () => {
  assert.throws(() => checkFactRows([['The weather in the valley was mild all week.', undefined, [], ['resp RU 1']]]), /no claim/);
});

test('checkFactRows: "no claim" passes on narration and fails on a claim', () => {
  checkFactRows([['The weather in the valley was mild all week.', undefined, ['no claim'], []]]);
  assert.throws(() => checkFactRows([['"Russian forces shelled the town," the governor said.', undefined, ['no claim'], []]]), /want no claim/);
});

test('checkFactRows: a missing wanted label and a present unwanted label both fail', () => {
  const text = '"Russian forces shelled the town overnight," the governor said.';
  assert.throws(() => checkFactRows([[text, undefined, ['resp UA 1'], []]]), /want resp UA 1/);
  assert.throws(() => checkFactRows([[text, undefined, [], ['resp RU 1']]]), /did not want resp RU 1/);
});

test('checkFactRows: a label outside the label grammar (a typo) fails, wanted or not', () => {
  const text = '"Russian forces shelled the town overnight," the governor said.';
  assert.throws(() => checkFactRows([[text, undefined, ['resp RU 1'], ['resp RU +1']]]), /label grammar/);
  assert.throws(() => checkFactRows([[text, undefined, ['resp RU 1'], ['control hold RU 1']]]), /label grammar/);
});
