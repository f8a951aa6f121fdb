import { qualifierAfterUnit } from '../numerals.ts';
import { measured } from './context.ts';
import type { Rule } from './rule.ts';

export const qualifierMismatch: Rule = {
  id: 'qualifier-mismatch',
  description:
    '`qualifier` agrees with 余/多/逾/超过 (at_least), 约/左右 (approx), 近/将近 (nearly) in `raw`, or 以上/左右 after its measure word',
  check({ figure: f, parsed }) {
    if ('error' in parsed) return [];
    // A number written exactly may be qualified after its measure word: 5000人以上, 500场左右.
    const at = f.quote.text.indexOf(measured(f));
    const after =
      parsed.qualifier === 'exact' && at >= 0
        ? qualifierAfterUnit(f.quote.text.slice(at + measured(f).length))
        : null;
    const expected = after?.qualifier ?? parsed.qualifier;
    if (expected === f.qualifier) return [];
    const read = after ? `"${measured(f)}${after.word}"` : `raw "${f.raw}"`;
    return [
      {
        message: `qualifier "${f.qualifier}" but ${read} reads as "${expected}"`,
        field: ['qualifier'],
      },
    ];
  },
};
