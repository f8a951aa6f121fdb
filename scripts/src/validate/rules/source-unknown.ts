import type { Rule } from './rule.ts';

export const sourceUnknown: Rule = {
  id: 'source-unknown',
  description: 'figures and exclusions name a valid source of their city',
  check({ figure: f, city, source, sourceBroken }) {
    if (source || sourceBroken) return [];
    return [
      { message: `source "${f.source}" is not a valid source of ${city}`, field: ['source'] },
    ];
  },
  checkExclusion({ exclusion: e, city, source, sourceBroken }) {
    if (source || sourceBroken) return [];
    return [
      {
        message: `exclusion "${e.text}" names source "${e.source}", not a valid source of ${city}`,
        field: ['source'],
      },
    ];
  },
};
