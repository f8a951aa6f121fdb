// scripts/README.md documents every validation rule: the registry's list is generated, and every
// rule id the code can report is named there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';
import { RULES } from '../../src/validate/rules/index.ts';
import { RULES_END, RULES_START, rulesList, withRulesList } from '../../src/validate/rules-doc.ts';

const README = readFileSync(join(REPO_ROOT, 'scripts', 'README.md'), 'utf8');
const SRC = join(REPO_ROOT, 'scripts', 'src');

describe('scripts/README.md', () => {
  it('lists the rule registry as generated (run `node scripts/src/cli/rules-readme.ts`)', () => {
    const block = README.slice(README.indexOf(RULES_START), README.indexOf(RULES_END));
    expect(block).toBe(`${RULES_START}\n\n${rulesList(RULES)}\n\n`);
    expect(withRulesList(README, RULES)).toBe(README);
  });

  it('names every rule id the code reports', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const m of text.matchAll(
        /\brule:\s*'([a-z0-9-]+)'|\brule\b[^\n]*\? '([a-z0-9-]+)' : '([a-z0-9-]+)'/g,
      ))
        for (const id of m.slice(1)) if (id) ids.add(id);
    }
    expect(ids.size).toBeGreaterThan(40);
    const missing = [...ids].filter((id) => !README.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('would see a rule missing from the list', () => {
    const fewer = withRulesList(README, RULES.slice(1));
    expect(fewer).not.toBe(README);
    expect(fewer).not.toContain(`- \`${RULES[0]!.id}\`:`);
  });
});
