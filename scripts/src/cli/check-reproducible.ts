// pnpm check:reproducible: build the site twice from clean and pack the packages twice; fail on the
// first file that differs. Needs the packages built (`pnpm build`). Keeps the outputs when they differ.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { checkReproducible, reportReproducibility } from '../reproducible/check.ts';

const tmp = mkdtempSync(join(tmpdir(), 'shuangjian-reproducible-'));
try {
  const started = Date.now();
  const result = checkReproducible(REPO_ROOT, tmp, (what) => console.log(what));
  const { ok, lines } = reportReproducibility(result);
  for (const line of lines) (ok ? console.log : console.error)(line);
  if (ok) {
    console.log(`check:reproducible: ${Math.round((Date.now() - started) / 1000)} s`);
    rmSync(tmp, { recursive: true, force: true });
  } else {
    console.error(`Both outputs are kept in ${tmp} (1 and 2) for a closer look.`);
    process.exitCode = 1;
  }
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  throw error;
}
