import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'shuangjian-schema-built-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run requireSchemaBuild on a repository root, as a command does. */
const run = () =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { requireSchemaBuild } from ${JSON.stringify(new URL('./schema-built.ts', import.meta.url).href)};
requireSchemaBuild('new-city', ${JSON.stringify(root)}); console.log('went on');`,
    ],
    { encoding: 'utf8' },
  );

describe('requireSchemaBuild', () => {
  it('stops a command on a clone whose schema is not built, saying what to run', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('new-city: @shuangjian/schema is not built yet');
    expect(r.stderr).toContain('Run `pnpm build` once');
    expect(r.stdout).toBe('');
  });

  it('lets it go on once packages/schema/dist exists', () => {
    mkdirSync(join(root, 'packages', 'schema', 'dist'), { recursive: true });
    writeFileSync(join(root, 'packages', 'schema', 'dist', 'index.js'), '');
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('went on\n');
  });
});
