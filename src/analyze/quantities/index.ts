/**
 * Stage `quantities`: claimed numbers with value, bound and unit. (Stub: filled in by its own work.)
 */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';

/** Finds quantities in `doc` and links each to the claim whose content holds it. */
export function findQuantities(doc: Doc): void {
  void doc;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['tokens', 'sentences', 'claims'],
  assigns: ['quantities'],
  run: findQuantities,
};
