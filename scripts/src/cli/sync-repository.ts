// Writes repository, homepage and bugs into every published package.json from the CI's
// GITHUB_REPOSITORY (scripts/src/release/repository-fields.ts). Run by `pnpm release` before
// publishing (strict) and by `pnpm version-packages` (with --if-available: outside CI, where the
// repository is not known, it says so and changes nothing).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { repositoryFields, withRepositoryFields } from '../release/repository-fields.ts';

const ifAvailable = process.argv.includes('--if-available');
const root = process.env.SHUANGJIAN_REPO_ROOT || REPO_ROOT;
if (ifAvailable && !process.env.GITHUB_REPOSITORY) {
  console.log('sync-repository: GITHUB_REPOSITORY is not set; package.json files left as they are');
} else {
  const dirs = readdirSync(join(root, 'packages')).filter((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
      private?: boolean;
    };
    return !pkg.private;
  });
  for (const dir of dirs) {
    const file = join(root, 'packages', dir, 'package.json');
    const fields = repositoryFields(dir, process.env);
    writeFileSync(file, withRepositoryFields(readFileSync(file, 'utf8'), fields));
    console.log(`sync-repository: packages/${dir}/package.json -> ${fields.repository.url}`);
  }
}
