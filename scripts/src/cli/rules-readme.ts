// node scripts/src/cli/rules-readme.ts: rewrite the rule list in scripts/README.md from the rule
// registry (src/validate/rules/index.ts). A unit test fails while the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { RULES } from '../validate/rules/index.ts';
import { withRulesList } from '../validate/rules-doc.ts';

const file = join(REPO_ROOT, 'scripts', 'README.md');
const before = readFileSync(file, 'utf8');
const after = withRulesList(before, RULES);
if (after !== before) writeFileSync(file, after);
console.log(
  `scripts/README.md: ${RULES.length} rules, ${after === before ? 'unchanged' : 'rewritten'}`,
);
