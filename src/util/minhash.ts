/**
 * What the layers that keep or compare MinHash signatures share: their length, their similarity
 * and their bytes in a database column. The ingest layer makes signatures (src/ingest/dedup.ts,
 * which re-exports these); the stores keep and compare them without importing the ingest layer
 * (and its data tables). Pure; the byte codecs use Node's `Buffer` (not for the browser bundle).
 */

/** Hash functions (values) per signature. */
export const HASHES = 72;

/** A MinHash signature: `HASHES` unsigned 32-bit values. */
export type Signature = Uint32Array;

/** Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal values). */
export function similarity(a: Signature, b: Signature): number {
  let eq = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / HASHES;
}

/** A signature as bytes (little-endian, `4 * HASHES` bytes), for a database column. */
export function signatureToBuffer(sig: Signature): Buffer {
  const buf = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

/** Reads a signature written by `signatureToBuffer`; throws on bytes of the wrong length. */
export function signatureFromBuffer(buf: Uint8Array): Signature {
  if (buf.length !== HASHES * 4) throw new RangeError(`a signature is ${HASHES * 4} bytes, got ${buf.length}`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const sig = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
