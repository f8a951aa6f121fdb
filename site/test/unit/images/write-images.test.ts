// The build's image files (write-images.ts): every file of the catalog written under the output
// folder, PNGs drawn once and then copied from the render cache with the same bytes, and every
// file that cannot be written reported at once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { imageBuildState } from '../../../src/lib/images/build-state';
import { imageFiles } from '../../../src/lib/images/catalog';
import { startImageFiles } from '../../../src/lib/images/write-images';
import { SITE_ORIGIN } from '../../lib/expected';

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'shuangjian-write-images-'));
  vi.stubEnv('SHUANGJIAN_IMAGE_CACHE', join(tmp, 'cache'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

/** Write the image files into outDir, as a build does, and wait for them. */
function run(outDir: string) {
  const state = imageBuildState();
  state.outDir = outDir;
  state.done = undefined;
  startImageFiles(SITE_ORIGIN);
  startImageFiles(SITE_ORIGIN); // started once only
  return state.done!;
}

describe('the build’s image files', () => {
  const files = imageFiles(SITE_ORIGIN);
  const pngs = files.filter((f) => f.zoom !== undefined).length;

  it('writes every file, drawing the PNGs, then copies them from the cache with the same bytes', async () => {
    const first = join(tmp, 'first');
    // Every share image but those with a chart in them has its text painted from glyphs.
    const painted = files.filter(
      (f) => f.path.startsWith('images/og/') && !f.path.startsWith('images/og/indicators/'),
    ).length;
    const drawn = await run(first);
    expect(drawn).toMatchObject({ files: files.length, drawn: pngs, cached: 0, painted });
    expect(drawn.paintedMs).toBeGreaterThan(0);
    expect(drawn.wholeMs).toBeGreaterThan(0);
    const second = join(tmp, 'second');
    expect(await run(second)).toEqual({
      files: files.length,
      drawn: 0,
      cached: pngs,
      painted: 0,
      paintedMs: 0,
      wholeMs: 0,
    });
    for (const f of files) {
      const bytes = readFileSync(join(second, f.path));
      expect(bytes.equals(readFileSync(join(first, f.path))), f.path).toBe(true);
      if (f.zoom === undefined) expect(bytes.toString('utf8')).toBe(f.svg);
      else expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  }, 120_000);

  it('names every file it could not write, all at once', async () => {
    const blocked = join(tmp, 'blocked');
    rmSync(blocked, { recursive: true, force: true });
    writeFileSync(blocked, 'a file where the output folder should be');
    const error = await run(blocked).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(error).toMatch(new RegExp(`^${files.length} image file\\(s\\) could not be written:`));
    for (const f of files.slice(0, 3)) expect(error).toContain(`${f.path}: `);
  }, 120_000);
});
