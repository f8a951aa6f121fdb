// Browser tier: unpacks the ~200 MB Chromium that the @sparticuz/chromium devDependency carries.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackNpmChromium } from '../../src/browser/find-chromium.ts';

const scratch = mkdtempSync(join(tmpdir(), 'shuangjian-npm-chromium-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(process.platform === 'linux' && process.arch === 'x64')(
  'the npm Chromium (@sparticuz/chromium)',
  () => {
    it('unpacks once, safely under concurrent callers, into a runnable Chromium', async () => {
      const root = join(scratch, 'npm');
      const [a, b] = await Promise.all([
        unpackNpmChromium(root, 'linux', 'x64'),
        unpackNpmChromium(root, 'linux', 'x64'),
      ]);
      expect(a).not.toBeNull();
      expect(b).toBe(a);
      // No staging folder left behind by the caller that lost the race.
      expect(readdirSync(root)).toEqual([readdirSync(root)[0]]);
      const version = spawnSync(a!, ['--version'], { encoding: 'utf8' });
      expect(version.stdout).toMatch(/^Chromium \d+\./);
      // A second call reuses the unpacked file.
      expect(await unpackNpmChromium(root, 'linux', 'x64')).toBe(a);
      expect(existsSync(a!)).toBe(true);
    });

    it('is not offered where its build does not run', async () => {
      expect(await unpackNpmChromium(join(scratch, 'arm'), 'linux', 'arm64')).toBeNull();
      expect(await unpackNpmChromium(join(scratch, 'mac'), 'darwin', 'x64')).toBeNull();
    });
  },
);
