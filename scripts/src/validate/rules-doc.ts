// scripts/README.md lists the rules of the registry (rules/index.ts) between two markers; this
// writes that list, so that the README says what the code checks.
import type { Rule } from './rules/rule.ts';

export const RULES_START =
  '<!-- rules:start: generated from src/validate/rules/index.ts by `node src/cli/rules-readme.ts` -->';
export const RULES_END = '<!-- rules:end -->';

/** The Markdown list of the rules, one line each, in registry order. */
export function rulesList(rules: readonly Rule[]): string {
  return rules.map((r) => `- \`${r.id}\`: ${r.description}`).join('\n');
}

/** The README with its rule list replaced by `rules`'; throws when the markers are missing. */
export function withRulesList(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`no ${RULES_START} … ${RULES_END} in the README`);
  return `${readme.slice(0, start)}${RULES_START}\n\n${rulesList(rules)}\n\n${readme.slice(end)}`;
}
