/**
 * Streaming JSON output. The analysis of a long text serialises to hundreds of megabytes, more
 * than fits in one JavaScript string (V8 stops at 2^29 - 24 characters), so the CLI writes the
 * outer objects and arrays piece by piece and stringifies only their elements whole. The output is
 * byte-for-byte what `JSON.stringify(value, null, 2)` (or `JSON.stringify(value)`) would produce.
 */

/** Collects small strings and hands them to `write` in chunks of about `size` characters. */
export class ChunkWriter {
  private parts: string[] = [];
  private len = 0;
  constructor(private readonly write: (s: string) => void, private readonly size = 1 << 20) {}
  /** Appends a string; flushes when the buffer is full. */
  push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
    if (this.len >= this.size) this.flush();
  }
  /** Writes out everything buffered. */
  flush(): void {
    if (this.len === 0 && this.parts.length === 0) return;
    this.write(this.parts.length === 1 ? this.parts[0]! : this.parts.join(''));
    this.parts = [];
    this.len = 0;
  }
}

/**
 * Writes `value` as JSON to `out`, pretty-printed with two spaces (as `JSON.stringify(v, null, 2)`)
 * or compact. Objects and arrays down to `depth` levels are streamed member by member; `pad` is the
 * indentation of the line the value starts on (for values nested in an outer array).
 */
export function writeJson(out: ChunkWriter, value: unknown, pretty: boolean, depth = 2, pad = ''): void {
  if (
    depth <= 0 || value === null || typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    const s = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
    out.push(pretty && pad && s.includes('\n') ? s.replace(/\n/g, `\n${pad}`) : s);
    return;
  }
  const inner = `${pad}  `;
  const nl = pretty ? `\n${inner}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return out.push('[]');
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      out.push(i === 0 ? nl : `,${nl}`);
      const v: unknown = value[i];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') out.push('null');
      else writeJson(out, v, pretty, depth - 1, inner);
    }
    out.push(pretty ? `\n${pad}]` : ']');
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) return out.push('{}');
  out.push('{');
  entries.forEach(([k, v], i) => {
    out.push(`${i === 0 ? nl : `,${nl}`}${JSON.stringify(k)}${pretty ? ': ' : ':'}`);
    writeJson(out, v, pretty, depth - 1, inner);
  });
  out.push(pretty ? `\n${pad}}` : '}');
}
