import type { Position } from './issues.ts';

/** A source text indexed by Unicode code point, the unit of every stored offset. */
export class SourceText {
  readonly text: string;
  readonly chars: readonly string[];
  readonly #lineStarts: number[] = [0];

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
    const width = Array.from(needle).length;
    for (let i = 0; i + width <= this.chars.length;) {
      if (this.chars[i] === Array.from(needle)[0] && this.slice(i, i + width) === needle) {
        found.push(i);
        i += width;
      } else i++;
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
    const toCodePoint = utf16ToCodePoint(this.text);
    for (const m of this.text.matchAll(pattern)) {
      const start = toCodePoint[m.index]!;
      tokens.push({ start, end: start + Array.from(m[0]).length, text: m[0] });
    }
    return tokens;
  }
}

function utf16ToCodePoint(text: string): number[] {
  const map: number[] = new Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return map;
}
