/**
 * Small helpers shared by every layer: escaping text for a regular expression, telling Cyrillic
 * text, and a size-bounded memo. Pure and browser-safe (no I/O, no data files), so that the
 * analyzer, the gazetteer, the store and the desk can all import them.
 */

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** `s` with every character that is special in a regular expression escaped, so that it matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(REGEXP_SPECIAL, '\\$&');
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** True when `s` contains a character of the Cyrillic block (U+0400–U+04FF). */
export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

/** True when `text[a, b)` contains a character of the Cyrillic block, as `hasCyrillic` of the slice would be, without making the slice. */
export function hasCyrillicIn(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) return true;
  }
  return false;
}

/** What a `BoundedMemo` holds for a computed value that is `undefined`. */
const UNDEFINED: unique symbol = Symbol('undefined');

/**
 * A memo of a pure function's results by key, holding at most `max` entries: when full it is
 * cleared whole (cheap, and right for look-ups where a few keys recur and most are seen once).
 * Only for values that depend on the key alone.
 */
export class BoundedMemo<K, V> {
  /** values by key; an undefined value is held as `UNDEFINED`, so that one `Map.get` tells a miss */
  private readonly map = new Map<K, V | typeof UNDEFINED>();

  /** @param max the most entries kept before the memo is cleared */
  constructor(readonly max: number) {}

  /** The value remembered for `key`, else `compute(key)`, remembered. */
  get(key: K, compute: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as V;
    const v = compute(key);
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, v === undefined ? UNDEFINED : v);
    return v;
  }

  /** Forgets every entry (for a memo whose underlying function was replaced). */
  clear(): void {
    this.map.clear();
  }

  /** How many entries are held now. */
  get size(): number {
    return this.map.size;
  }
}

/** `items` grouped by `key`, each group in the items' order, the groups in the order of their first item. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const l = groups.get(k);
    if (l) l.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

/**
 * Disjoint sets (union–find with path compression) over any keys: `union` joins two keys' sets,
 * `find` names a set by one of its members. A key never joined is its own set.
 */
export class DisjointSets<K> {
  private readonly parent = new Map<K, K>();

  /** The representative of `x`'s set (the same for every member until the next `union`). */
  find(x: K): K {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // path compression: every key on the way now points at the root
    for (let p = this.parent.get(x); p !== undefined && p !== root; p = this.parent.get(x)) {
      this.parent.set(x, root);
      x = p;
    }
    return root;
  }

  /** Joins the sets of `a` and `b` (the root of `a`'s set comes under the root of `b`'s). */
  union(a: K, b: K): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
