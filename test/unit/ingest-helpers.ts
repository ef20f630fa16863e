/**
 * Helpers for the ingest tests: the fixture folder, and collecting the events of a read.
 * (No side effects on import: node's runner also loads this file.)
 */
import { fileURLToPath } from 'node:url';
import { readSources, readBytes } from '../../src/ingest/index.js';
import type { IngestEvent, IngestedDocument, ReadOptions } from '../../src/ingest/index.js';
import { SitrepError } from '../../src/errors.js';

/** test/fixtures/ingest/ in the repository (the compiled tests run from dist/test/unit/). */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));

/** A read, split into documents and skips (in order). */
export interface Collected {
  events: IngestEvent[];
  docs: IngestedDocument[];
  skips: { location: string; error: SitrepError }[];
}

function split(events: IngestEvent[]): Collected {
  const docs: IngestedDocument[] = [];
  const skips: Collected['skips'] = [];
  for (const e of events) {
    if (e.kind === 'document') docs.push(e.document);
    else if (e.error instanceof SitrepError) skips.push({ location: e.location, error: e.error });
    else throw e.error; // a bug in a reader: fail the test with its stack
  }
  return { events, docs, skips };
}

/** Runs `readSources` to the end. */
export async function collect(inputs: string[], opts: ReadOptions = {}): Promise<Collected> {
  const events: IngestEvent[] = [];
  for await (const e of readSources(inputs, opts)) events.push(e);
  return split(events);
}

/** Runs `readBytes` on a string or bytes to the end. */
export async function collectBytes(content: string | Uint8Array, name: string, opts: ReadOptions = {}): Promise<Collected> {
  const events: IngestEvent[] = [];
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  for await (const e of readBytes(bytes, name, opts)) events.push(e);
  return split(events);
}

/** The path of a fixture. */
export const fixture = (name: string): string => FIXTURES + name;
