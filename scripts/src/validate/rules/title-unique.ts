import { titleKey } from '../wording.ts';
import type { CityFinding, Rule } from './rule.ts';
import { isTodo } from './todo-marker.ts';

export const titleUnique: Rule = {
  id: 'title-unique',
  description:
    'no two figures of one report share a title, in either language (case and spacing aside); a later report may reuse a title for the same measure',
  checkCity({ figures }) {
    // "<source> <lang> <key>" -> the id of the figure that first used the title. Reports are apart:
    // next year's report counts the same things under the same names (a time series).
    const seen = new Map<string, string>();
    const findings: CityFinding[] = [];
    for (const f of figures)
      for (const lang of ['zh', 'en'] as const) {
        const title = f.figure.title[lang];
        // A placeholder is reported once, by todo-marker (two drafts may both say TODO).
        if (isTodo(title)) continue;
        const key = `${f.figure.source} ${lang} ${titleKey(title)}`;
        const other = seen.get(key);
        if (other === undefined) seen.set(key, f.figure.id);
        else if (other !== f.figure.id)
          findings.push({
            figure: f,
            message: `title.${lang} "${title}" is also the title of figure "${other}"; titles must differ within a report (add a word that tells them apart)`,
            field: ['title', lang],
          });
      }
    return findings;
  },
};
