import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium, INSTALL_HINT, SYSTEM_CANDIDATES } from './find-chromium.ts';

const scratch = mkdtempSync(join(tmpdir(), 'shuangjian-find-chromium-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeExecutable(name: string): string {
  const path = join(scratch, name);
  writeFileSync(path, '#!/bin/sh\n', { mode: 0o755 });
  return path;
}

describe('findChromium', () => {
  it('takes CHROME_PATH first, before any system browser', async () => {
    const chosen = fakeExecutable('chosen');
    const system = fakeExecutable('system');
    const found = await findChromium({
      env: { CHROME_PATH: chosen },
      candidates: [system],
      cacheRoot: scratch,
    });
    expect(found).toMatchObject({ path: chosen, source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that names no file, rather than quietly using another browser', async () => {
    const system = fakeExecutable('system-2');
    await expect(
      findChromium({
        env: { CHROME_PATH: join(scratch, 'nowhere') },
        candidates: [system],
        cacheRoot: scratch,
      }),
    ).rejects.toThrow(/CHROME_PATH is .*nowhere, and there is no file there/);
  });

  it('takes the first system browser that exists, in order', async () => {
    const second = fakeExecutable('second');
    const third = fakeExecutable('third');
    const found = await findChromium({
      env: {},
      candidates: [join(scratch, 'absent'), second, third],
      cacheRoot: scratch,
    });
    expect(found).toMatchObject({ path: second, source: 'system' });
  });

  it('keeps site isolation, web security and multi-process on (the embed and CSP tests need them)', () => {
    for (const flag of [
      '--single-process',
      '--disable-web-security',
      '--disable-site-isolation-trials',
      '--allow-running-insecure-content',
    ])
      expect(CHROMIUM_FLAGS).not.toContain(flag);
    expect(CHROMIUM_FLAGS.join(' ')).not.toMatch(/site-per-process|IsolateOrigins/);
  });

  it('lists the usual Debian/Ubuntu paths and the macOS Chrome app', () => {
    expect(SYSTEM_CANDIDATES['linux']).toEqual(
      expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/chromium-browser']),
    );
    expect(SYSTEM_CANDIDATES['darwin']).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
  });

  it('says what to install when there is no browser at all', async () => {
    const attempt = findChromium({
      env: {},
      platform: 'darwin',
      arch: 'arm64',
      candidates: [join(scratch, 'absent')],
      cacheRoot: scratch,
    });
    await expect(attempt).rejects.toThrow(INSTALL_HINT);
    await expect(attempt).rejects.toThrow(/apt-get install -y chromium/);
  });

  it('adds Noto Sans SC through a fontconfig file on Linux, keeping the system fonts', async () => {
    const found = await findChromium({
      env: { CHROME_PATH: fakeExecutable('fonts') },
      platform: 'linux',
      cacheRoot: scratch,
    });
    const conf = readFileSync(found.env['FONTCONFIG_FILE']!, 'utf8');
    expect(conf).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(conf).toMatch(/noto-sans-sc\/400Regular<\/dir>/);
  });
});
