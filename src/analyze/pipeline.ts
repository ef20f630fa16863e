/**
 * Stages and the pipeline that runs them. A stage declares the layers it requires and assigns;
 * the pipeline checks the order when it is built, not halfway through an article.
 */
import type { Doc } from './doc.js';

/** One analysis stage: a function over the shared `Doc`. */
export interface Stage {
  name: string;
  requires: string[];
  assigns: string[];
  run: (doc: Doc) => void;
}

/** A checked, ordered list of stages. */
export class Pipeline {
  readonly stages: readonly Stage[];

  /** Builds a pipeline; throws if a stage requires a layer no earlier stage assigns. */
  constructor(stages: Stage[]) {
    const have = new Set<string>();
    for (const s of stages) {
      for (const r of s.requires) {
        if (!have.has(r)) {
          throw new Error(`sitrep: stage '${s.name}' requires '${r}', which no earlier stage assigns`);
        }
      }
      for (const a of s.assigns) have.add(a);
    }
    this.stages = stages;
  }

  /** Runs every stage over `doc` in order, checking the document's time budget before each. */
  run(doc: Doc): Doc {
    for (const s of this.stages) {
      doc.budget.check(s.name);
      s.run(doc);
      doc.done.add(s.name);
    }
    doc.budget.check('output');
    return doc;
  }
}
