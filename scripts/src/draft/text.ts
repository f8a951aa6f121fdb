import { SourceText } from '../validate/source-text.ts';

// Characters outside the Basic Multilingual Plane stand in `flat` as one placeholder each, so
// that regular expressions over `flat` give code-point offsets directly.
const ASTRAL_PLACEHOLDER = '\uFFFC';

/** A source text indexed by code point, with a flat copy for pattern matching. */
export class Doc {
  readonly source: SourceText;
  readonly chars: readonly string[];
  /** One UTF-16 unit per code point; full-width digits as ASCII (same offsets). */
  readonly flat: string;

  constructor(text: string) {
    this.source = new SourceText(text);
    this.chars = this.source.chars;
    this.flat = this.chars
      .map((c) =>
        c.length > 1
          ? ASTRAL_PLACEHOLDER
          : /[０-９]/u.test(c)
            ? String.fromCharCode(c.charCodeAt(0) - 0xfee0)
            : c === '．'
              ? '.'
              : c,
      )
      .join('');
  }

  get length(): number {
    return this.chars.length;
  }

  /** The verbatim text of a code-point span. */
  slice(start: number, end: number): string {
    return this.chars.slice(Math.max(0, start), Math.min(this.length, end)).join('');
  }

  /** Code-point offsets of every non-overlapping occurrence, as the validator counts them. */
  occurrences(needle: string): number[] {
    return this.source.occurrences(needle);
  }

  /** Every match of a global pattern over `flat`, with code-point offsets. */
  *matches(pattern: RegExp): Generator<{ start: number; end: number; m: RegExpExecArray }> {
    const re = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    for (let m = re.exec(this.flat); m; m = re.exec(this.flat)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { start: m.index, end: m.index + m[0].length, m };
    }
  }
}

/** A half-open code-point span. */
export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Chinese characters (CJK unified ideographs and extension A). */
export const CJK = /[\u3400-\u9fff]/u;
