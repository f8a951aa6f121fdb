import type { ResolvedSource } from '../check-sources.ts';
import type { Rule } from './rule.ts';

export const quoteSection: Rule = {
  id: 'quote-section',
  description: "the quote lies inside the figure's section",
  checkInSource({ figure: f, source, quote: { span } }) {
    // A section that does not exist is reported by section-range.
    if (!span || f.section >= source.sectionStarts.length) return [];
    const section = sectionOf(source, span.start);
    const sectionEnd = source.sectionStarts[f.section + 1] ?? source.text.length;
    if (section === f.section && span.end <= sectionEnd) return [];
    return [
      {
        message: `quote lies in section ${section ?? '(title)'}, not in section ${f.section}`,
        field: ['section'],
        offset: span.start,
      },
    ];
  },
};

/** The section an offset lies in; undefined before the first (in the title). */
export function sectionOf(source: ResolvedSource, offset: number): number | undefined {
  let found: number | undefined;
  source.sectionStarts.forEach((start, n) => {
    if (start <= offset) found = n;
  });
  return found;
}
