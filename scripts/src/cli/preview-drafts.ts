// Writes the drafts preview (drafts/preview.ts) as JSON: `node scripts/src/cli/preview-drafts.ts
// [--out <file>]`, by default site/.drafts/drafts.json, which `pnpm dev` shows at /drafts/<city>/.
// The site's dev server rewrites it whenever data/ changes.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftPreview } from '../drafts/preview.ts';

export type { PreviewCity, PreviewDraft, PreviewSource } from '../drafts/preview.ts';
import { REPO_ROOT } from '../paths.ts';

export const DEFAULT_OUT = join(REPO_ROOT, 'site', '.drafts', 'drafts.json');

/** Write the preview of dataDir's drafts to `out` (atomically); returns the number of drafts. */
export function writeDraftPreview(out = DEFAULT_OUT, dataDir = join(REPO_ROOT, 'data')): number {
  const preview = draftPreview(dataDir);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, `${JSON.stringify(preview, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
  return preview.cities.reduce((n, c) => n + c.sources.reduce((m, s) => m + s.drafts.length, 0), 0);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const n = writeDraftPreview(values.out);
  console.log(`preview-drafts: ${n} draft(s) in ${values.out ?? DEFAULT_OUT}`);
}
