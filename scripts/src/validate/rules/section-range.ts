import type { Rule } from './rule.ts';

export const sectionRange: Rule = {
  id: 'section-range',
  description: "the figure's section exists in its source",
  // Judged once the quote is found, as quote-section is.
  checkInSource({ figure: f, source, quote: { span } }) {
    if (!span || f.section < source.sectionStarts.length) return [];
    return [
      {
        message: `section ${f.section} does not exist; ${source.meta.id} has sections 0..${source.sectionStarts.length - 1}`,
        field: ['section'],
      },
    ];
  },
};
