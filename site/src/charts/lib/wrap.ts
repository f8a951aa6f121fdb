import { isWide, textWidth } from './text-width';

// Kinsoku: no line may start with a closing mark or end with an opening one.
const CLOSING = new Set([...'，。、；：？！）》」』】〉〕…%,.;:?!)]}”’·']);
const OPENING = new Set([...'（《「『【〈〔([{“‘']);

const NBSP = '\u00A0';

/** How to break: cjkWords keeps runs of CJK whole, as in English text quoting a term (督办单). */
export interface WrapOptions {
  cjkWords?: boolean;
}

/**
 * Split text into unbreakable pieces: one CJK character (with its punctuation) or one Latin word;
 * spaces stay separate. A no-break space binds everything up to the next space ("1,054\u00A0家机构").
 */
export function breakUnits(text: string, options: WrapOptions = {}): string[] {
  const units: string[] = [];
  let bound = false;
  for (const char of text) {
    const last = units.at(-1);
    if (char === NBSP && last !== undefined && last !== ' ') {
      units[units.length - 1] += char;
      bound = true;
      continue;
    }
    if (/\s/u.test(char)) {
      if (last !== ' ') units.push(' ');
      bound = false;
      continue;
    }
    if (bound) {
      units[units.length - 1] += char;
      continue;
    }
    const lastChar = last === undefined ? undefined : [...last].at(-1)!;
    const glue =
      last !== undefined &&
      last !== ' ' &&
      (CLOSING.has(char) ||
        OPENING.has(lastChar!) ||
        (isWide(char) === isWide(lastChar!) && (options.cjkWords || !isWide(char))));
    if (glue) units[units.length - 1] += char;
    else units.push(char);
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
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, fontSize) <= maxWidth;
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const unit of breakUnits(text.trim(), options)) {
    if (unit === ' ') {
      if (line !== '') line += ' ';
      continue;
    }
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    push();
    if (fits(unit)) {
      line = unit;
      continue;
    }
    for (const char of unit) {
      if (!fits(line + char)) push();
      line += char;
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
  const lines = wrapText(text, maxWidth, fontSize, options);
  if (lines.length < 2) return lines;
  let [lo, hi] = [0, maxWidth];
  // Greedy wrapping never needs more lines at a greater width, so bisection finds the narrowest.
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, fontSize, options).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, fontSize, options);
}
