/**
 * Making untrusted text safe to print on a terminal. Document text (and anything quoted from it in
 * messages) can contain escape sequences that recolour, move the cursor or retitle the terminal,
 * and bidirectional controls that make a line read differently from what it says. Such characters
 * are shown escaped (`\u001B`, `\u202E`), so they stay visible and do nothing.
 */

/** True for a UTF-16 code unit that must not reach a terminal raw (tab is allowed). */
export function isUnsafeChar(c: number): boolean {
  if (c < 0xa0) return (c < 0x20 && c !== 0x09) || c >= 0x7f; // C0 controls, DEL, C1 controls
  return (
    c === 0x061c || // Arabic letter mark
    c === 0x200e || c === 0x200f || // left-to-right / right-to-left mark
    (c >= 0x202a && c <= 0x202e) || // embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) // isolates
  );
}

/** The visible form of an unsafe character: `\u` and four upper-case hex digits. */
export function escapeChar(c: number): string {
  return `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces every unsafe character (see `isUnsafeChar`) of `s` by its visible escape. */
export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE, (ch) => escapeChar(ch.charCodeAt(0)));
}
