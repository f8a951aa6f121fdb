// pnpm check:reproducible: build the site twice from clean and pack the publishable packages twice,
// then compare the two results byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTarballs, compareTrees, formatDifference, type Comparison } from './compare.ts';

/**
 * The two build environments. They differ in the time zone and locale, which a reproducible build
 * must not depend on (as reprotest varies them); SOURCE_DATE_EPOCH is the same in both.
 */
export const VARIANTS = [
  { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' },
] as const;

/**
 * SOURCE_DATE_EPOCH for the builds: the variable when set, else the committer time of the last
 * commit (`git log -1 --format=%ct`), else 0 (no git, e.g. a source tarball).
 */
export function sourceDateEpoch(repoRoot: string, env = process.env): string {
  if (env.SOURCE_DATE_EPOCH) return env.SOURCE_DATE_EPOCH;
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: repoRoot, encoding: 'utf8' });
  const time = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(time) ? time : '0';
}

// The caller's environment minus what vitest injects (NODE_ENV=test would change Vite's build) and
// what a calling pnpm script sets; the same list as scripts/test/build/pack/commands.ts, plus vitest's.
const KEEP_NPM_CONFIG =
  /^npm_config_(registry|cache|cafile|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl)$/i;
const DROP = /^(npm_|pnpm_|VITEST)/i;
const DROP_NAMES = new Set([
  'NODE',
  'NODE_ENV',
  'NODE_OPTIONS',
  'NODE_PATH',
  'INIT_CWD',
  'FORCE_TTY',
  'TEST',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
]);

/** The environment of a clean site build or pack: the caller's, less what vitest and pnpm inject. */
export function buildEnv(repoRoot: string, vars: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !DROP_NAMES.has(key) && (!DROP.test(key) || KEEP_NPM_CONFIG.test(key)),
    ),
  );
  return {
    ...env,
    // Node 24 from the root devDependency, as in a pnpm script.
    PATH: [join(repoRoot, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(':'),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    npm_config_update_notifier: 'false',
    // Every PNG is drawn afresh, so that the check covers the renderer, not a cache.
    SHUANGJIAN_IMAGE_CACHE: 'off',
    ...vars,
  };
}

/** Runs a command, capturing its output; throws with the end of that output unless it exits 0. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status === 0) return;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd().split('\n').slice(-40);
  throw new Error(
    [
      `${command} ${args.join(' ')} (in ${cwd}) ${result.error ? `failed: ${result.error.message}` : `exited ${result.status}`}`,
      ...output,
    ].join('\n'),
  );
}

/** The folders under packages/ whose package.json is not private, sorted. */
export function publishablePackages(repoRoot: string): string[] {
  const dir = join(repoRoot, 'packages');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'package.json')))
    .filter(
      (name) =>
        !(
          JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) as { private?: boolean }
        ).private,
    )
    .sort();
}

/**
 * Builds the site into outDir, a folder that must not exist yet, as the site's `build` script
 * does: astro build, then the post-build pass (CSP, Chinese runs, search index) in its own process.
 * It builds into a fresh folder rather than site/dist so that what is served or tested from
 * site/dist meanwhile is left alone.
 */
export function buildSite(repoRoot: string, outDir: string, env: NodeJS.ProcessEnv): void {
  if (existsSync(outDir)) throw new Error(`${outDir} exists; the site must build from clean`);
  const site = join(repoRoot, 'site');
  run(join(site, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], site, env);
  run(process.execPath, ['src/lib/postbuild/run.ts', outDir], site, env);
}

/** Packs every publishable package (which must be built) into dest with the repository's pnpm. */
export function packAll(repoRoot: string, dest: string, env: NodeJS.ProcessEnv): void {
  const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    packageManager: string;
  };
  mkdirSync(dest, { recursive: true });
  for (const name of publishablePackages(repoRoot)) {
    const dir = join(repoRoot, 'packages', name);
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first`);
    run('npx', ['--yes', packageManager, 'pack', '--pack-destination', dest], dir, env);
  }
}

/** Both comparisons: the site's file trees, and the tarballs member by member. */
export interface Reproducibility {
  site: Comparison;
  packs: Comparison;
}

/**
 * Builds the site and packs the packages once per VARIANTS entry, into tmp/site-<n> and
 * tmp/packs-<n>, and compares the two. `step` hears what is about to run.
 */
export function checkReproducible(
  repoRoot: string,
  tmp: string,
  step: (what: string) => void = () => {},
): Reproducibility {
  const epoch = sourceDateEpoch(repoRoot);
  VARIANTS.forEach((vars, i) => {
    const env = buildEnv(repoRoot, { ...vars, SOURCE_DATE_EPOCH: epoch });
    step(`build ${i + 1}: the site (SOURCE_DATE_EPOCH=${epoch}, TZ=${vars.TZ}, LANG=${vars.LANG})`);
    buildSite(repoRoot, join(tmp, `site-${i + 1}`), env);
    step(`build ${i + 1}: pnpm pack`);
    packAll(repoRoot, join(tmp, `packs-${i + 1}`), env);
  });
  return {
    site: compareTrees(join(tmp, 'site-1'), join(tmp, 'site-2')),
    packs: compareTrees(join(tmp, 'packs-1'), join(tmp, 'packs-2'), compareTarballs),
  };
}

/** The lines check:reproducible prints, and whether both outputs were identical. */
export function reportReproducibility(r: Reproducibility): { ok: boolean; lines: string[] } {
  const failures = (
    [
      ['site', r.site],
      ['packages', r.packs],
    ] as const
  ).filter(([, c]) => c.difference);
  if (failures.length === 0)
    return {
      ok: true,
      lines: [
        `reproducible: ${r.site.identical + r.packs.identical} files identical (${r.site.identical} site files, ${r.packs.identical} tarballs)`,
      ],
    };
  return {
    ok: false,
    lines: failures.map(
      ([what, c]) => `not reproducible: ${what}: ${formatDifference(c.difference!)}`,
    ),
  };
}
