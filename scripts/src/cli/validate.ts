// pnpm validate: check every input under data/ and print every broken rule; writes nothing.
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { formatIssue } from '../validate/issues.ts';
import { validate } from '../validate/validate.ts';

const result = validate(join(REPO_ROOT, 'data'));
for (const issue of result.issues) console.error(formatIssue(issue));
if (result.issues.length > 0) {
  console.error(`\n${result.issues.length} error(s); nothing was written.`);
  process.exit(1);
}
const figures = result.cities.reduce((n, c) => n + c.figures.length, 0);
const exclusions = result.cities.reduce((n, c) => n + c.exclusions.length, 0);
console.log(`valid: ${result.cities.length} cities, ${figures} figures, ${exclusions} exclusions, ${result.indicators.length} indicators`);
