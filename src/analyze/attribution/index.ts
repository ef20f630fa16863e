/** Stage `attribution` (stub). */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';

/** Finds attributed statements. */
export function findClaims(doc: Doc): void {
  void doc;
}

export const attributionStage: Stage = {
  name: 'attribution',
  requires: ['tokens', 'sentences', 'quotes', 'entities'],
  assigns: ['claims'],
  run: findClaims,
};
