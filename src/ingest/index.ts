/**
 * sitrep's ingest layer: turns files, folders, feeds, Telegram exports, JSON Lines and URLs into
 * `Document`s with provenance, and finds reprints. This file is the public surface.
 */
export type * from './types.js';
import type { IngestEvent, ReadOptions } from './types.js';

/**
 * Reads every input (file path, folder, `-` for stdin, or http/https URL) and yields one event per
 * document or per skipped input/record, in input order. Never throws for bad input: each problem
 * is a `skipped` event whose error names the file and line/record.
 */
export async function* readSources(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<IngestEvent> {
  void inputs; void opts;
  throw new Error('readSources: not implemented yet');
}

/** Reads one in-memory input (an upload) named `name`, sniffing its format like a file. */
export async function* readBytes(bytes: Uint8Array, name: string, opts: ReadOptions = {}): AsyncGenerator<IngestEvent> {
  void bytes; void name; void opts;
  throw new Error('readBytes: not implemented yet');
}
