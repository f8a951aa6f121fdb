// Every file the intake writes is formatted as `prettier --check .` wants it, with the
// repository's own Prettier configuration (that of this checkout, also for a copy in a test).
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { REPO_ROOT } from '../paths.ts';

/** `text` formatted for the repository path `path` (its extension picks the parser). */
export async function formatFile(path: string, text: string): Promise<string> {
  const config = (await resolveConfig(join(REPO_ROOT, path))) ?? {};
  // No plugin: the only one configured is for .astro files, which the intake never writes.
  return format(text, { ...config, plugins: [], filepath: path });
}
