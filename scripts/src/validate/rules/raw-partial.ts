import type { FigureAnnotation } from '@shuangjian/schema';
import { measured } from './context.ts';
import type { Rule } from './rule.ts';

export const rawPartial: Rule = {
  id: 'raw-partial',
  description: '`raw` is a whole number as written, not the end of a longer one',
  checkInSource({ figure: f, unitIndex }) {
    const withUnit = measured(f);
    // Not found, or found twice: reported by unit-zh-adjacent or raw-ambiguous.
    if (unitIndex < 0 || f.quote.text.indexOf(withUnit, unitIndex + 1) >= 0) return [];
    if (!/^[0-9]/.test(f.raw) || !/[0-9.]/.test(f.quote.text[unitIndex - 1] ?? '')) return [];
    if (isYearPrefix(f, unitIndex)) return [];
    return [
      {
        message: `raw "${f.raw}" is only the end of the number written before it`,
        field: ['raw'],
      },
    ];
  },
};

// 20224个县(区) reads "2022年, 4个县(区)": a raw that ends a longer digit run is allowed only when the
// figure's period names the year written before it.
function isYearPrefix(f: FigureAnnotation, unitIndex: number): boolean {
  return (
    f.period.wording !== null &&
    /^[0-9]{4}$/.test(f.period.wording) &&
    f.quote.text.slice(0, unitIndex).endsWith(f.period.wording)
  );
}
