// Applies one hostile mutation to a repository copy, checks how validation and build:data take it,
// and restores the copy.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildData } from '../../../src/build/run.ts';
import { validate } from '../../../src/validate/validate.ts';
import { copyRepo, removeRepo } from '../../fixture-repo.ts';

/** New content of a file: text, bytes, a directory in its place, or null to delete it. */
export type Content = string | Uint8Array | { directory: true } | null;

export interface Mutation {
  /** What was changed, unique within its kind, e.g. `hefei/grid-workers: quote delete at 4`. */
  name: string;
  /** Repository-relative file that a reported issue must name. */
  file: string;
  /** Rules that issue may carry (any one of them). */
  expect: readonly string[];
  /** The files to write, computed only when the mutation runs. */
  writes: () => [string, Content][];
}

export interface Kind {
  kind: string;
  mutations: Mutation[];
}

/** A mutation that rewrites one file. */
export function rewrite(
  name: string,
  file: string,
  expectRules: readonly string[],
  content: () => Content,
): Mutation {
  return { name, file, expect: expectRules, writes: () => [[file, content()]] };
}

// Hostile input must be refused quickly; a slow validation is as bad as a hang.
const MAX_MS = 5000;
// Characters an issue must never print raw (control, bidi, line separators).
const UNPRINTABLE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

/** Every file under packages/ with a hash of its bytes: what build:data could write. */
export function packagesState(root: string): Map<string, string> {
  const dir = join(root, 'packages');
  const state = new Map<string, string>();
  for (const p of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = join(dir, p);
    state.set(p, statSync(abs).isDirectory() ? 'dir' : hash(readFileSync(abs)));
  }
  return state;
}

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function snapshot(path: string): Content {
  if (!existsSync(path)) return null;
  return statSync(path).isDirectory() ? { directory: true } : readFileSync(path);
}

function put(path: string, content: Content): void {
  rmSync(path, { recursive: true, force: true });
  if (content === null) return;
  if (typeof content === 'object' && 'directory' in content) mkdirSync(path, { recursive: true });
  else writeFileSync(path, content);
}

// One printed issue, as formatIssue writes it: `file[:line:col]  [rule] ...`.
const ISSUE_LINE = /^(\S.*?)(?::\d+:\d+)? {2}\[([a-z0-9-]+)\]/;

/**
 * Every way the mutation was mishandled; empty when it was refused cleanly. build:data validates
 * first, so one runBuildData() both proves that validate() returned and yields the issues as printed.
 */
export function runMutation(root: string, baseline: Map<string, string>, m: Mutation): string[] {
  const writes = m.writes();
  const saved = writes.map(([path]) => [path, snapshot(join(root, path))] as const);
  const problems: string[] = [];
  try {
    for (const [path, content] of writes) put(join(root, path), content);
    let run: ReturnType<typeof runBuildData>;
    const started = performance.now();
    try {
      run = runBuildData({ repoRoot: root });
    } catch (error) {
      return [`threw: ${(error as Error).message.slice(0, 200)}`];
    }
    const ms = performance.now() - started;
    if (ms > MAX_MS) problems.push(`took ${Math.round(ms)} ms`);
    if (run.code !== 1) problems.push(`accepted: build:data returned ${run.code}`);
    const lines = run.err.slice(0, -2);
    const issues = lines.map((line) => {
      const match = ISSUE_LINE.exec(line);
      if (!match) problems.push(`issue without a file and a rule: ${line.slice(0, 160)}`);
      else if (!match[1]!.startsWith('data/'))
        problems.push(`issue naming no file under data/: ${line.slice(0, 160)}`);
      if (UNPRINTABLE.test(line) || line.length > 5000)
        problems.push(`issue with unprintable or unbounded text: ${line.slice(0, 160)}`);
      return { file: match?.[1], rule: match?.[2] };
    });
    if (!issues.some((i) => i.file === m.file && m.expect.includes(i.rule ?? '')))
      problems.push(
        `no [${m.expect.join('|')}] issue naming ${m.file}; got ${lines.length}: ${lines
          .slice(0, 4)
          .map((l) => l.slice(0, 160))
          .join(' / ')}`,
      );
    const after = packagesState(root);
    const written = [...after].filter(([p, h]) => baseline.get(p) !== h).map(([p]) => p);
    if (written.length > 0) problems.push(`wrote ${written.slice(0, 3).join(', ')}`);
    // Undo what was written, so that the next mutation starts from the same copy.
    for (const p of written.filter((p) => !baseline.has(p)))
      rmSync(join(root, 'packages', p), { recursive: true, force: true });
    return problems;
  } finally {
    for (const [path, content] of saved) put(join(root, path), content);
  }
}

/** One test per kind, titled with its number of mutations; every mutation must be refused cleanly. */
export function describeKinds(title: string, kinds: Kind[]): void {
  describe(title, () => {
    let root: string;
    let baseline: Map<string, string>;
    beforeAll(() => {
      root = copyRepo();
      baseline = packagesState(root);
    });
    afterAll(() => removeRepo(root));

    it('starts from a copy that validates (so each failure below is its mutation)', () => {
      expect(validate(join(root, 'data')).issues).toEqual([]);
    });

    it.each(kinds.map((k) => [k.kind, k.mutations.length, k] as const))(
      '%s (%i mutations)',
      (_kind, _count, kind) => {
        const failures = kind.mutations.flatMap((m) =>
          runMutation(root, baseline, m).map((p) => `${m.name}: ${p}`),
        );
        expect(failures).toEqual([]);
      },
    );

    it('restores every file (the copy still validates)', () => {
      expect(validate(join(root, 'data')).issues).toEqual([]);
    });
  });
}
