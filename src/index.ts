/** sitrep: the public library surface. */
export { analyze, analyzeDoc, parsePublished, DEFAULT_STAGES, Pipeline, Doc } from './analyze/index.js';
export type * from './analyze/types.js';
