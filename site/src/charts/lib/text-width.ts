// Text is measured without a DOM, so widths are estimates in ems, chosen to err on the wide side.

/** East Asian wide and fullwidth characters (CJK, kana, hangul, fullwidth forms), drawn about 1 em wide. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

// Curly quotes, dashes and ellipses take a full em in a CJK font, which zh text may fall back to.
const AMBIGUOUS = /[\u2010-\u2027\u2030-\u205E]/u;
// Advances below follow DejaVu Sans, among the widest system sans-serif fonts, so other fonts fit too.
const THIN = /[\s.,:;'|!il]/u;
const NARROW = /[ftjr()[\]{}"\-/]/u;
const BROAD = /[A-Z#&]/u;
const BROADEST = /[MWmw@%]/u;

const wide = new Map<string, boolean>();

/** True for a character drawn about 1 em wide: CJK, fullwidth forms and CJK punctuation. */
export function isWide(char: string): boolean {
  let w = wide.get(char);
  if (w === undefined) {
    w = WIDE.test(char) || AMBIGUOUS.test(char);
    wide.set(char, w);
  }
  return w;
}

const widths = new Map<string, number>();

/** Estimated advance of one character, in ems: CJK 1, digits and most Latin about 0.6. */
export function charWidth(char: string): number {
  let width = widths.get(char);
  if (width === undefined) {
    width = classify(char);
    widths.set(char, width);
  }
  return width;
}

function classify(char: string): number {
  if (isWide(char)) return 1;
  if (THIN.test(char)) return 0.34;
  if (NARROW.test(char)) return 0.44;
  if (BROADEST.test(char)) return 1;
  if (BROAD.test(char)) return 0.8;
  return 0.64;
}

/** Estimated width of a single line of text, in the units of fontSize. */
export function textWidth(text: string, fontSize: number): number {
  return emsAfter(0, text) * fontSize;
}

/** The width in ems of `text` set after `ems` ems, summed character by character. */
export function emsAfter(ems: number, text: string): number {
  let sum = ems;
  for (const char of text) sum += charWidth(char);
  return sum;
}
