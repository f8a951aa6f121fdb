// Find a Chromium for the browser tests and benchmarks, so that a fresh machine needs nothing
// beyond the README's install command. Order: CHROME_PATH; a system Chromium or Chrome; else the
// Chromium inside the @sparticuz/chromium devDependency (Linux x64), unpacked once into
// node_modules/.cache. Self-contained (node: modules only), so the site's tests can import it.
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

export type BrowserSource = 'CHROME_PATH' | 'system' | 'npm';

export interface FoundChromium {
  /** The executable to launch. */
  path: string;
  /** Where it came from, for messages and benchmark reports. */
  source: BrowserSource;
  /** Environment to launch it with: a fontconfig file that adds Noto Sans SC, when it is installed. */
  env: Record<string, string>;
}

/** Debian/Ubuntu, Fedora, Arch and snap paths, then the macOS apps. */
export const SYSTEM_CANDIDATES: Record<string, readonly string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/**
 * The flags every headless run uses. Not @sparticuz/chromium's serverless defaults: those include
 * --single-process, --disable-web-security, --disable-site-isolation-trials and
 * --allow-running-insecure-content, which would switch off the very cross-origin, CSP and
 * out-of-process-iframe behaviour that the embed and CSP tests check.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const SCRIPTS_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_ROOT = join(SCRIPTS_ROOT, '..', 'node_modules', '.cache', 'shuangjian-chromium');

export const INSTALL_HINT =
  'No Chromium or Chrome to run the browser tests. Any one of these fixes it:\n' +
  '  - run the install command from README.md (it brings @sparticuz/chromium, Linux x64 only);\n' +
  '  - install a browser: `apt-get install -y chromium` (Debian/Ubuntu) or Google Chrome (macOS);\n' +
  '  - set CHROME_PATH to a Chromium or Chrome executable.\n' +
  'Never `playwright install`: it downloads from a host this project does not use.';

interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: string;
  arch?: string;
  /** Executable paths to try before the npm Chromium; the defaults are SYSTEM_CANDIDATES. */
  candidates?: readonly string[];
  /** Unpack the npm Chromium here (default node_modules/.cache/shuangjian-chromium). */
  cacheRoot?: string;
}

/** Find (and if needed unpack) a Chromium; throws INSTALL_HINT when there is none. */
export async function findChromium(options: FindOptions = {}): Promise<FoundChromium> {
  const env = options.env ?? process.env;
  const os = options.platform ?? platform();
  const cpu = options.arch ?? arch();
  const fontEnv = fontconfigEnv(options.cacheRoot ?? CACHE_ROOT, os);
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is ${fromEnv}, and there is no file there.\n${INSTALL_HINT}`);
    return { path: fromEnv, source: 'CHROME_PATH', env: fontEnv };
  }
  for (const candidate of options.candidates ?? SYSTEM_CANDIDATES[os] ?? [])
    if (existsSync(candidate)) return { path: candidate, source: 'system', env: fontEnv };
  const npm = await unpackNpmChromium(options.cacheRoot ?? CACHE_ROOT, os, cpu);
  if (npm) return { path: npm, source: 'npm', env: fontEnv };
  throw new Error(`${INSTALL_HINT}\n(looked at CHROME_PATH, then ${os} system paths, then npm)`);
}

/** The bin/ folder of @sparticuz/chromium, or null when it is not installed. */
function sparticuzBin(): { bin: string; version: string } | null {
  const require = createRequire(join(SCRIPTS_ROOT, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return null;
  }
  // entry is <package>/build/index.js
  const root = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { bin: join(root, 'bin'), version };
}

/**
 * Unpack the Chromium that @sparticuz/chromium ships (brotli, Linux x64) into
 * <cacheRoot>/<version>/chromium, once: a concurrent caller unpacks into its own folder and the
 * first rename wins, so a half-written file is never launched.
 */
export async function unpackNpmChromium(
  cacheRoot: string,
  os: string,
  cpu: string,
): Promise<string | null> {
  // The published tarball carries only the x64 build (its "files" leave out bin/arm64).
  if (os !== 'linux' || cpu !== 'x64') return null;
  const pkg = sparticuzBin();
  if (!pkg || !existsSync(join(pkg.bin, 'chromium.br'))) return null;
  const dir = join(cacheRoot, pkg.version);
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;
  const staging = `${dir}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(staging, { recursive: true });
  try {
    await pipeline(
      createReadStream(join(pkg.bin, 'chromium.br')),
      createBrotliDecompress({ chunkSize: 2 ** 21 }),
      createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
    );
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process won the race: use its copy.
      if (!existsSync(executable)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return executable;
}

/**
 * A fontconfig file that keeps the system's fonts and adds Noto Sans SC from the site's
 * dependencies, so pages lay out with real CJK glyphs on any machine (no tofu boxes, and the same
 * widths for the layout tests). Empty when the font package or fontconfig's Linux is absent.
 */
function fontconfigEnv(cacheRoot: string, os: string): Record<string, string> {
  if (os !== 'linux') return {};
  const font = notoSansScDir();
  if (!font) return {};
  const file = join(cacheRoot, 'fonts.conf');
  const text = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${join(font, '400Regular')}</dir>`,
    `  <dir>${join(font, '700Bold')}</dir>`,
    `  <cachedir>${join(cacheRoot, 'fontconfig')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(cacheRoot, { recursive: true });
    const staging = `${file}.${process.pid}`;
    writeFileSync(staging, text);
    renameSync(staging, file);
  }
  return { FONTCONFIG_FILE: file };
}

function notoSansScDir(): string | null {
  const require = createRequire(join(SCRIPTS_ROOT, 'package.json'));
  try {
    return dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  } catch {
    return null;
  }
}

/** The environment to start a found Chromium in: this process's, plus its font settings. */
export function chromiumEnv(found: FoundChromium): Record<string, string> {
  return { ...(process.env as Record<string, string>), ...found.env };
}

/** Playwright's launch options for a found Chromium, with CHROMIUM_FLAGS. */
export function playwrightLaunchOptions(found: FoundChromium) {
  return { executablePath: found.path, args: [...CHROMIUM_FLAGS], env: chromiumEnv(found) };
}

/** `chromium --version`, for reports. */
export function chromiumVersion(found: FoundChromium): string {
  return spawnSync(found.path, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
