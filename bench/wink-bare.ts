/**
 * wink-nlp's bare pipeline as a whole process, the yardstick of bench/ruuk-speed.ts --corpus polnear:
 * reads a JSON Lines file ({"text": …} per line) and runs `nlp.readDoc` with the model and pipes
 * sitrep uses (sbd, pos, ner), reading out sentences, tokens (with POS) and entities of every text.
 * wink-nlp and its English model are loaded as the packages give them (`require`), with nothing of
 * sitrep's (until stop 33 it used sitrep's instance, src/analyze/nlp.ts).
 *
 *   node dist/bench/wink-bare.js FILE.jsonl
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type modelType from 'wink-eng-lite-web-model';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node dist/bench/wink-bare.js FILE.jsonl\n');
  process.exit(2);
}
// the packages as they are: not sitrep's instance (src/analyze/nlp.ts), whose model loading and
// cache wrapper are sitrep's own work (bench/README.md, "Start-up cost")
const require = createRequire(import.meta.url);
const nlp = (require('wink-nlp') as typeof winkNLPType)(require('wink-eng-lite-web-model') as typeof modelType, ['sbd', 'pos', 'ner']);
const its = nlp.its;
let sink = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const { text } = JSON.parse(line) as { text: string };
  const d = nlp.readDoc(text);
  sink += d.sentences().out(its.span).length;
  sink += d.tokens().out(its.pos).length;
  sink += d.entities().out(its.detail).length;
}
process.stdout.write(`${sink}\n`);
