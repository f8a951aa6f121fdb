// repository, homepage and bugs of the published packages, written at release from GITHUB_REPOSITORY.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';
import { repositoryFields, withRepositoryFields } from '../../src/release/repository-fields.ts';

const CLI = join(REPO_ROOT, 'scripts', 'src', 'cli', 'sync-repository.ts');
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('repositoryFields', () => {
  it('points at the repository, its issues and the package folder', () => {
    expect(repositoryFields('hefei', { GITHUB_REPOSITORY: 'someone/shuangjian-data' })).toEqual({
      repository: {
        type: 'git',
        url: 'git+https://github.com/someone/shuangjian-data.git',
        directory: 'packages/hefei',
      },
      homepage: 'https://github.com/someone/shuangjian-data/tree/main/packages/hefei#readme',
      bugs: { url: 'https://github.com/someone/shuangjian-data/issues' },
    });
  });

  it('uses the site as the homepage when SITE_URL is a real https address', () => {
    const env = { GITHUB_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'https://git.example.org' };
    expect(
      repositoryFields('x', { ...env, SITE_URL: 'https://data.shuangjian.org/' }).homepage,
    ).toBe('https://data.shuangjian.org/');
    expect(
      repositoryFields('x', { ...env, SITE_URL: 'https://shuangjian-data.example' }).homepage,
    ).toBe('https://git.example.org/a/b/tree/main/packages/x#readme');
  });

  it('refuses a missing or malformed repository, saying what to set', () => {
    expect(() => repositoryFields('x', {})).toThrow(/GITHUB_REPOSITORY is not set/);
    expect(() => repositoryFields('x', { GITHUB_REPOSITORY: 'no-slash' })).toThrow(
      'GITHUB_REPOSITORY must be "owner/name", not "no-slash"',
    );
    expect(() =>
      repositoryFields('x', { GITHUB_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'http://insecure' }),
    ).toThrow(/https origin/);
  });
});

describe('withRepositoryFields', () => {
  const fields = repositoryFields('hefei', { GITHUB_REPOSITORY: 'a/b' });
  const pkg = readFileSync(join(REPO_ROOT, 'packages', 'hefei', 'package.json'), 'utf8');

  it('adds the fields after "license", keeping everything else, and is idempotent', () => {
    const once = withRepositoryFields(pkg, fields);
    const keys = Object.keys(JSON.parse(once) as object);
    expect(keys.slice(keys.indexOf('license'), keys.indexOf('license') + 4)).toEqual([
      'license',
      'repository',
      'homepage',
      'bugs',
    ]);
    const { repository, homepage, bugs, ...rest } = JSON.parse(once) as Record<string, unknown>;
    expect({ repository, homepage, bugs }).toEqual(fields);
    expect(rest).toEqual(JSON.parse(pkg));
    expect(withRepositoryFields(once, fields)).toBe(once);
    expect(once.endsWith('}\n')).toBe(true);
  });
});

describe('scripts/src/cli/sync-repository.ts', () => {
  /** A copy of every packages/<dir>/package.json. */
  function fixture(): string {
    const root = mkdtempSync(join(tmpdir(), 'shuangjian-repo-fields-'));
    tmps.push(root);
    for (const dir of readdirSync(join(REPO_ROOT, 'packages'))) {
      mkdirSync(join(root, 'packages', dir), { recursive: true });
      cpSync(
        join(REPO_ROOT, 'packages', dir, 'package.json'),
        join(root, 'packages', dir, 'package.json'),
      );
    }
    return root;
  }
  const run = (root: string, env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, SHUANGJIAN_REPO_ROOT: root, ...env },
    });
  const read = (root: string, dir: string) =>
    JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
      repository?: { url: string; directory: string };
    };

  it('writes the fields into every published package.json', () => {
    const root = fixture();
    const r = run(root, { GITHUB_REPOSITORY: 'someone/shuangjian-data' });
    expect(r.status, r.stderr).toBe(0);
    for (const dir of readdirSync(join(root, 'packages')))
      expect(read(root, dir).repository, dir).toEqual({
        type: 'git',
        url: 'git+https://github.com/someone/shuangjian-data.git',
        directory: `packages/${dir}`,
      });
  });

  it('fails before publishing when the repository is not known, changing nothing', () => {
    const root = fixture();
    const r = run(root, {});
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('GITHUB_REPOSITORY is not set');
    expect(read(root, 'hefei').repository).toBeUndefined();
  });

  it('with --if-available, outside CI, says so and changes nothing', () => {
    const root = fixture();
    const r = run(root, {}, '--if-available');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('GITHUB_REPOSITORY is not set');
    expect(read(root, 'hefei').repository).toBeUndefined();
  });

  it('runs before publishing, and in the version pull request', () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.release).toMatch(
      /^node scripts\/src\/cli\/sync-repository\.ts && .*changeset publish$/,
    );
    expect(scripts['version-packages']).toContain('sync-repository.ts --if-available');
  });
});
