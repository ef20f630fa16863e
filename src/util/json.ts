/**
 * JSON text written piece by piece (moved here from src/cli/json.ts so that the analysis workers
 * of src/ledger/pool-worker.ts render `sitrep analyze`'s output exactly as the CLI does). The
 * analysis of a long text serialises to more than fits in one JavaScript string (V8 stops at
 * 2^29 - 24 characters), so objects and arrays are written member by member down to a depth and
 * only their elements are stringified whole. The output is byte-for-byte what
 * `JSON.stringify(value, null, 2)` (or `JSON.stringify(value)`) would produce. No I/O.
 */

/** Something output strings can be appended to. */
export interface Sink {
  push(s: string): void;
}

/**
 * Writes `value` as JSON to `out`, pretty-printed with two spaces (as `JSON.stringify(v, null, 2)`)
 * or compact. Objects and arrays down to `depth` levels are streamed member by member; `pad` is the
 * indentation of the line the value starts on (for values nested in an outer array).
 */
export function writeJson(out: Sink, value: unknown, pretty: boolean, depth = 2, pad = ''): void {
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

/** Analyses of texts up to this many characters are stringified whole (their JSON is at most some tens of MB). */
const WHOLE_TEXT = 256 * 1024;

/**
 * Writes one document's analysis as JSON (see `writeJson`): the analysis of a text of up to
 * WHOLE_TEXT characters in one `JSON.stringify` call (the same bytes, fewer and larger pieces),
 * a longer one streamed member by member.
 */
export function writeAnalysisJson(out: Sink, analysis: { text: string }, pretty: boolean, pad = ''): void {
  writeJson(out, analysis, pretty, analysis.text.length <= WHOLE_TEXT ? 0 : 2, pad);
}
