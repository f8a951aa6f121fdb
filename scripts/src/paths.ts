import { fileURLToPath } from 'node:url';

/** The repository root (this file is scripts/src/paths.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Repository-relative POSIX path of an absolute path under the root, for messages. */
export function repoPath(absolute: string): string {
  return absolute.startsWith(REPO_ROOT) ? absolute.slice(REPO_ROOT.length) : absolute;
}
