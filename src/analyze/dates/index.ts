/**
 * Stage `dates`: date mentions resolved against the publication date. (Stub.)
 */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';

/** Finds and resolves date mentions in `doc`. */
export function findDates(doc: Doc): void {
  void doc;
}

export const datesStage: Stage = {
  name: 'dates',
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  run: findDates,
};
