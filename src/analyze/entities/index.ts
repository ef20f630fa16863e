/** Stage `entities` (stub). */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';

/** Finds entity mentions. */
export function findEntities(doc: Doc): void {
  void doc;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'quotes'],
  assigns: ['entities'],
  run: findEntities,
};
