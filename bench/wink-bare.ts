/**
 * wink-nlp's bare pipeline as a whole process, the yardstick of bench/ruuk-speed.ts --corpus polnear:
 * reads a JSON Lines file ({"text": …} per line) and runs `nlp.readDoc` with the model and pipes
 * sitrep uses (sbd, pos, ner), reading out sentences, tokens (with POS) and entities of every text.
 *
 *   node dist/bench/wink-bare.js FILE.jsonl
 */
import { readFileSync } from 'node:fs';
import { wink } from '../src/analyze/nlp.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node dist/bench/wink-bare.js FILE.jsonl\n');
  process.exit(2);
}
const nlp = wink();
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
