// Offsets count code points, as the validator does, not UTF-16 units.

/** Length of s in code points. */
export const cp = (s: string) => Array.from(s).length;

/** Code-point offsets of the non-overlapping occurrences of needle (the validator's semantics). */
export function occurrences(chars: readonly string[], needle: string): number[] {
  const n = Array.from(needle);
  const found: number[] = [];
  outer: for (let i = 0; i + n.length <= chars.length;) {
    for (let k = 0; k < n.length; k++) {
      if (chars[i + k] !== n[k]) {
        i++;
        continue outer;
      }
    }
    found.push(i);
    i += n.length;
  }
  return found;
}
