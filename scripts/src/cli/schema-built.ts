// The commands run straight from the sources (node scripts/src/cli/…), but they read
// @shuangjian/schema from its build. On a fresh clone, after install and before any build, say so
// instead of failing with a module-resolution stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

/** Exit with a clear message when packages/schema has not been built yet. */
export function requireSchemaBuild(command: string, root = REPO_ROOT): void {
  if (existsSync(join(root, 'packages', 'schema', 'dist', 'index.js'))) return;
  console.error(
    `${command}: @shuangjian/schema is not built yet (packages/schema/dist is missing). ` +
      'Run `pnpm build` once after installing (`pnpm test` builds it too), then run this again.',
  );
  process.exit(1);
}
