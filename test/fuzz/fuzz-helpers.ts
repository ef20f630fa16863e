/**
 * Helpers for the property-based tests (fast-check): the run budget, real inputs to mutate, and
 * byte-level mutations. (No side effects on import: node's runner also loads this file.)
 *
 * Budget: by default each property stops after a few seconds or its default number of runs,
 * whichever comes first, so that all of test/fuzz/ stays around a minute inside `npm test`.
 * `SITREP_FUZZ_RUNS=N` runs every property N times with no time limit (a longer run by hand,
 * e.g. `SITREP_FUZZ_RUNS=5000 node --test dist/test/fuzz/`); `SITREP_FUZZ_SEED=S` replays a
 * failure with the seed fast-check printed.
 *
 * Seed: inside `npm test` every property starts from the same fixed seed, so a run on CI is a
 * prefix of the same sequence everywhere and a failure there is one that anybody can replay (a
 * random seed made CI fail on inputs nobody had tried before, after the change under test had
 * passed). New inputs are explored by hand: `SITREP_FUZZ_SEED=random` draws a fresh seed per
 * property (fast-check prints it on failure); a failure found that way becomes a unit test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

/** The repository root (the compiled tests run from dist/test/fuzz/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The seed of every property inside `npm test` (any number; changed only on purpose). */
const FIXED_SEED = 20241206;

/** fast-check parameters of one property: `runs` and `ms` are its defaults inside `npm test`. */
export function budget(runs: number, ms: number): fc.Parameters<unknown> {
  const forced = Number(process.env.SITREP_FUZZ_RUNS);
  const seed = process.env.SITREP_FUZZ_SEED ?? String(FIXED_SEED);
  const p: fc.Parameters<unknown> = forced > 0 ? { numRuns: forced } : { numRuns: runs, interruptAfterTimeLimit: ms };
  if (seed !== 'random') p.seed = Number(seed);
  return p;
}

/** Every regular file under `dir` (recursively), sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** A real input: its bytes and the name it is read under (the extension matters to sniffing). */
export interface Seed {
  name: string;
  bytes: Buffer;
}

/** The reader fixtures (test/fixtures/ingest) and the sample corpus (examples/corpus/sources). */
export function seeds(): Seed[] {
  const files = [...filesUnder(join(ROOT, 'test/fixtures/ingest')), ...filesUnder(join(ROOT, 'examples/corpus/sources'))];
  return files.filter((f) => statSync(f).size < 400_000).map((f) => ({ name: f.slice(ROOT.length), bytes: readFileSync(f) }));
}

/** The texts written for sitrep (golden tests, examples): inputs of `analyze` to mutate. */
export function texts(): string[] {
  const golden = filesUnder(join(ROOT, 'test/golden')).filter((f) => f.endsWith('.txt'));
  const corpus = filesUnder(join(ROOT, 'examples/corpus/sources/text'));
  return [...golden, ...corpus].map((f) => readFileSync(f, 'utf8'));
}

/** One edit of a byte string. */
type Mutation =
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; len: number }
  | { op: 'flip'; at: number; value: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(
    fc.uint8Array({ maxLength: 16 }),
    // bytes that mean something to the readers
    fc.constantFrom(...['\0', '\n', '\r\n', '"', '\\', '\\x1', '\\x41', '{', '}', '[', ']', '<', '>', '&', '&amp;', '<![CDATA[', ']]>', '<!--', '-->',
      '<!DOCTYPE x [', '<item>', '</item>', '<entry>', '"messages": [', '\u202E', '\u00a0', '\ufeff', '\ud83d\ude00', '\xff', '\xc3'].map((s) => Buffer.from(s, 'utf8'))),
    fc.constantFrom(Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf0, 0x9f]), Buffer.from([0xff, 0xfe])),
  ) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies edits to a copy of `buf` (positions are taken modulo its length). */
export function mutate(buf: Uint8Array, edits: Mutation[]): Buffer {
  let b = Buffer.from(buf);
  for (const m of edits) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    switch (m.op) {
      case 'insert': b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]); break;
      case 'delete': b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]); break;
      case 'flip': if (at < b.length) b[at] = m.value; break;
      case 'duplicate': b = Buffer.concat([b.subarray(0, at + m.len), b.subarray(at)]); break;
      case 'truncate': b = b.subarray(0, at); break;
    }
  }
  return b;
}

/** A list of edits (1 to 6). */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 6 });
