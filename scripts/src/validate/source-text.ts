import type { Position } from './issues.ts';

/** A source text indexed by Unicode code point, the unit of every stored offset. */
export class SourceText {
  readonly text: string;
  readonly chars: readonly string[];
  readonly #lineStarts: number[] = [0];
  #toCodePoint: Int32Array | undefined;

  constructor(text: string) {
    this.text = text;
    this.chars = Array.from(text);
    this.chars.forEach((ch, i) => {
      if (ch === '\n') this.#lineStarts.push(i + 1);
    });
  }

  get length(): number {
    return this.chars.length;
  }

  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  /** Code-point offsets of every non-overlapping occurrence of `needle`. */
  occurrences(needle: string): number[] {
    const found: number[] = [];
    if (needle.length === 0) return found;
    const map = this.#codePoints();
    for (let i = this.text.indexOf(needle); i >= 0;) {
      const end = i + needle.length;
      // A match that starts or ends inside a surrogate pair is not a match of whole characters.
      if (
        (i > 0 && map[i] === map[i - 1]) ||
        (end < this.text.length && map[end] === map[end - 1])
      ) {
        i = this.text.indexOf(needle, i + 1);
        continue;
      }
      found.push(map[i]!);
      i = this.text.indexOf(needle, end);
    }
    return found;
  }

  /** 1-based line and column (in code points) of an offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#lineStarts[lo]! + 1 };
  }

  /** Every numeral token with its code-point span. */
  numerals(pattern: RegExp): { start: number; end: number; text: string }[] {
    const tokens: { start: number; end: number; text: string }[] = [];
    const toCodePoint = this.#codePoints();
    for (const m of this.text.matchAll(pattern)) {
      const start = toCodePoint[m.index]!;
      tokens.push({ start, end: start + Array.from(m[0]).length, text: m[0] });
    }
    return tokens;
  }

  /** Code-point offset of each UTF-16 index (and of the end), computed once. */
  #codePoints(): Int32Array {
    return (this.#toCodePoint ??= utf16ToCodePoint(this.text));
  }
}

function utf16ToCodePoint(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return map;
}
