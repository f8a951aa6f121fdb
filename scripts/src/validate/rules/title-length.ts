import { TITLE_MAX } from '../wording.ts';
import type { Rule } from './rule.ts';
import { isTodo } from './todo-marker.ts';

export const titleLength: Rule = {
  id: 'title-length',
  description: `\`title.zh\` has at most ${TITLE_MAX.zh} characters, \`title.en\` at most ${TITLE_MAX.en} (the full description is \`label\`)`,
  check({ figure: f }) {
    return (['zh', 'en'] as const).flatMap((lang) => {
      const n = Array.from(f.title[lang]).length;
      // A placeholder is reported once, by todo-marker.
      if (n <= TITLE_MAX[lang] || isTodo(f.title[lang])) return [];
      return [
        {
          message: `title.${lang} "${f.title[lang]}" is ${n} characters; a title has at most ${TITLE_MAX[lang]} (the full description belongs in label.${lang})`,
          field: ['title', lang],
        },
      ];
    });
  },
};
