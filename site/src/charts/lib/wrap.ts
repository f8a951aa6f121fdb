import { emsAfter, isWide } from './text-width';

// Kinsoku: no line may start with a closing mark or end with an opening one.
const CLOSING = new Set([...'，。、；：？！）》」』】〉〕…%,.;:?!)]}”’·']);
const OPENING = new Set([...'（《「『【〈〔([{“‘']);

const NBSP = '\u00A0';
// Word joiner: binds the characters either side; it is dropped, so no line ever holds one.
const WJ = '\u2060';

/**
 * Text that wrapping keeps on one line, such as a value: "162万人" has no space that a no-break
 * space could replace, and CJK text may otherwise break between any two characters.
 */
export function keepTogether(text: string): string {
  return [...text].join(WJ);
}

/** How to break: cjkWords keeps runs of CJK whole, as in English text quoting a term (督办单). */
export interface WrapOptions {
  cjkWords?: boolean;
}

/**
 * Split text into unbreakable pieces: one CJK character (with its punctuation) or one Latin word;
 * spaces stay separate. A no-break space binds everything up to the next space ("1,054\u00A0家机构");
 * a word joiner (keepTogether) binds the next character, whatever it is, and is dropped.
 */
export function breakUnits(text: string, options: WrapOptions = {}): string[] {
  const units: string[] = [];
  let bound = false;
  let lastChar: string | undefined; // the last character of the last unit
  let joined = false;
  for (const char of text) {
    const last = units.at(-1);
    if (char === WJ) {
      joined = last !== undefined;
      continue;
    }
    if (joined) {
      units[units.length - 1] += char;
      lastChar = char;
      joined = false;
      continue;
    }
    if (char === NBSP && last !== undefined && last !== ' ') {
      units[units.length - 1] += char;
      lastChar = char;
      bound = true;
      continue;
    }
    if (/\s/u.test(char)) {
      if (last !== ' ') units.push(' ');
      lastChar = ' ';
      bound = false;
      continue;
    }
    if (bound) {
      units[units.length - 1] += char;
      lastChar = char;
      continue;
    }
    const glue =
      last !== undefined &&
      last !== ' ' &&
      (CLOSING.has(char) ||
        OPENING.has(lastChar!) ||
        (isWide(char) === isWide(lastChar!) && (options.cjkWords || !isWide(char))));
    if (glue) units[units.length - 1] += char;
    else units.push(char);
    lastChar = char;
  }
  return units;
}

/**
 * Wrap text into lines no wider than maxWidth (estimated, see text-width.ts): Latin breaks at
 * spaces, CJK between characters. A word wider than a whole line is cut by character.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  options: WrapOptions = {},
): string[] {
  return wrapUnits(breakUnits(text.trim(), options), maxWidth, fontSize);
}

/**
 * wrapText over break units. The width of the line is kept as it grows instead of measured again
 * for every unit (which made wrapping quadratic in the line's length); the sums are the same
 * additions in the same order as textWidth() (both use emsAfter), so the lines are exactly the same.
 */
function wrapUnits(units: readonly string[], maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let ems = 0;
  const fits = (width: number) => width * fontSize <= maxWidth;
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
    ems = 0;
  };
  for (const unit of units) {
    if (unit === ' ') {
      if (line !== '') {
        line += ' ';
        ems = emsAfter(ems, ' ');
      }
      continue;
    }
    const joined = emsAfter(ems, unit);
    if (fits(joined)) {
      line += unit;
      ems = joined;
      continue;
    }
    push();
    const alone = emsAfter(0, unit);
    if (fits(alone)) {
      line = unit;
      ems = alone;
      continue;
    }
    for (const char of unit) {
      if (!fits(emsAfter(ems, char))) push();
      line += char;
      ems = emsAfter(ems, char);
    }
  }
  push();
  return lines.length > 0 ? lines : [''];
}

/** wrapText at the narrowest width that needs no more lines, so lines come out even (no one-character widow). */
export function wrapBalanced(
  text: string,
  maxWidth: number,
  fontSize: number,
  options: WrapOptions = {},
): string[] {
  const units = breakUnits(text.trim(), options);
  const lines = wrapUnits(units, maxWidth, fontSize);
  if (lines.length < 2) return lines;
  let [lo, hi] = [0, maxWidth];
  // Greedy wrapping never needs more lines at a greater width, so bisection finds the narrowest.
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (wrapUnits(units, mid, fontSize).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapUnits(units, hi, fontSize);
}
