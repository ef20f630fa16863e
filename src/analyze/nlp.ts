/**
 * The one shared wink-nlp instance (a second instance in one process silently loses custom
 * entities, see shared/notes/nlp-stack.md). Loaded lazily on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The process-wide wink-nlp instance with the English lite model. */
export function wink(): Wink {
  if (!instance) instance = winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}
