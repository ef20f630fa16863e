/**
 * The growing token arrays of the text stage (see `Tokens` in ../doc.ts), shared by the wink-nlp
 * path and the Cyrillic tokenizer.
 */

/** Token arrays that grow as tokens are pushed in text order. */
export class TokenBuilder {
  n = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  pos = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  lower: string[] = [];
  lemma: string[] = [];
  ent: string[] = [];

  /** Appends token [s, e) with its POS tag, kind, lower case, lemma and entity type ('' for none). */
  push(s: number, e: number, pos: number, kind: number, lower: string, lemma: string, ent: string): void {
    if (this.n === this.start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.pos = grow(this.pos);
      this.kind = grow(this.kind);
    }
    const i = this.n++;
    this.start[i] = s;
    this.end[i] = e;
    this.pos[i] = pos;
    this.kind[i] = kind;
    this.lower.push(lower);
    this.lemma.push(lemma);
    this.ent.push(ent);
  }
}
