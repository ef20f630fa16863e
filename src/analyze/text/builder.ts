/**
 * The growing token arrays of the text stage (see `Tokens` in ../doc.ts), shared by the wink-nlp
 * path and the Cyrillic tokenizer.
 */

/** Token arrays that grow as tokens are pushed in text order. */
export class TokenBuilder {
  n = 0;
  start: Int32Array;
  end: Int32Array;
  pos: Uint8Array;
  kind: Uint8Array;
  lower: string[] = [];
  lemma: string[] = [];
  ent: string[] = [];

  /** `capacity`: the tokens expected (the arrays grow past it); small posts allocate little. */
  constructor(capacity = 1024) {
    const n = Math.max(16, Math.min(capacity, 1 << 16));
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.pos = new Uint8Array(n);
    this.kind = new Uint8Array(n);
  }

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
