/**
 * Numbers as exact decimal strings, so that formatting never rounds and never invents digits:
 * a value is taken as JavaScript writes it (the shortest decimal that reads back as the same
 * number: 891600, 88.89, 0.123456789) and its decimal point is moved as text, not by arithmetic.
 */

/** A decimal: its digits, and how many of them stand before the decimal point (may be < 0 or > length). */
export interface Decimal {
  negative: boolean;
  digits: string;
  point: number;
}

/** The value as a decimal: 891600 -> 891600, 1e21 -> 1000000000000000000000, 1e-7 -> 0.0000001. */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`format: ${value} is not a finite number`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)))!;
  const [, int = '', frac = '', exp = '0'] = m;
  return { negative: value < 0, digits: int + frac, point: int.length + Number(exp) };
}

/** Digits written with a decimal point, e.g. "89.16" (NFKC-normalised ASCII digits). */
export function parseDecimal(text: string): Decimal {
  const [int = '', frac = ''] = text.split('.');
  return { negative: false, digits: int + frac, point: int.length };
}

/** The decimal times 10^places: 891600 shifted by -4 is 89.16. */
export function shift(d: Decimal, places: number): Decimal {
  return { ...d, point: d.point + places };
}

/** Integer and fraction digits, without leading or trailing zeros: { int: "89", frac: "16" }. */
export function parts(d: Decimal): { int: string; frac: string } {
  const { digits, point } = d;
  let int: string;
  let frac: string;
  if (point <= 0) [int, frac] = ['0', '0'.repeat(-point) + digits];
  else if (point >= digits.length) [int, frac] = [digits + '0'.repeat(point - digits.length), ''];
  else [int, frac] = [digits.slice(0, point), digits.slice(point)];
  return { int: int.replace(/^0+(?=\d)/, ''), frac: frac.replace(/0+$/, '') };
}

/** Number of digits after the decimal point: 89.16 -> 2, 162 -> 0. */
export function decimals(d: Decimal): number {
  return parts(d).frac.length;
}

/** The decimal written out, optionally with a thousands separator: "891600", "891,600", "88.89". */
export function write(d: Decimal, group = ''): string {
  const { int, frac } = parts(d);
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  const zero = int === '0' && frac === '';
  return `${d.negative && !zero ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Whether two decimals are the same number (89.160万 and 891600). */
export function same(a: Decimal, b: Decimal): boolean {
  return write(a) === write(b);
}
