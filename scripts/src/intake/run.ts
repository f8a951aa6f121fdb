// The command runner of `pnpm new-city` and `pnpm new-source`: every problem at once, and then
// either every file written or none.
import { REPO_ROOT } from '../paths.ts';
import {
  formatIssue,
  printableIssue,
  sortIssues,
  type ValidationIssue,
} from '../validate/issues.ts';
import { parseCommandLine, usage } from './args.ts';
import { pnpmInstall } from './install.ts';
import { planNewCity } from './new-city.ts';
import { planNewSource } from './new-source.ts';
import { planBytes } from './plan.ts';
import { readRepo } from './repo.ts';
import { commitFiles } from './stage.ts';

/** How many entries a YAML block sequence at column 0 holds. */
const count = (yaml: string) => (yaml.match(/^- /gmu) ?? []).length;

export interface Output {
  code: number;
  out: string[];
  err: string[];
}

const failed = (issues: ValidationIssue[]): Output => ({
  code: 1,
  out: [],
  err: [
    ...sortIssues(issues).map((i) => formatIssue(printableIssue(i))),
    '',
    `${issues.length} error(s); nothing was written.`,
  ],
});

/**
 * Run a command: `cwd` is where relative --source paths start (pnpm runs scripts at the root, and
 * says in INIT_CWD where it was called).
 */
export async function runIntake(
  command: 'new-city' | 'new-source',
  argv: string[],
  cwd: string,
): Promise<Output> {
  const issues: ValidationIssue[] = [];
  const line = parseCommandLine(command, argv, issues);
  if (line.help) return { code: 0, out: [usage(command)], err: [] };
  if (issues.length > 0) {
    const result = failed(issues);
    return { ...result, err: [...result.err, usage(command)] };
  }
  const root = line.root ?? REPO_ROOT;
  const repo = readRepo(root);
  const plan =
    command === 'new-city'
      ? await planNewCity(line, repo, cwd, issues)
      : await planNewSource(line, repo, cwd, issues);
  const files = plan && (await planBytes(plan, root, issues));
  if (!plan || !files || issues.length > 0) return failed(issues);
  try {
    commitFiles(root, files);
  } catch (error) {
    return {
      code: 1,
      out: [],
      err: [
        `${command}: could not write the files (${(error as Error).message}); nothing was changed.`,
      ],
    };
  }
  const { meta, family, drafts } = plan.source;
  const out = [
    `${command}: ${meta.id}, ${meta.original!.media_type}${meta.original!.encoding ? ` (${meta.original!.encoding})` : ''}, ${meta.sections.length} section(s)${family ? ` by ${family} markers` : ''}; wrote ${files.size} files:`,
    ...[...files.keys()].map((p) => `  ${p}`),
  ];
  if (drafts.newUnits.length > 0)
    out.push(
      `Measure words with no unit yet (packages/schema/src/unit.ts): ${drafts.newUnits.join(', ')}`,
    );
  out.push(
    '',
    `Drafted ${count(drafts.figures)} figure(s) and ${count(drafts.exclusions)} exclusion(s), each marked review: draft.`,
    'Next: check the sections and metadata; review the drafts with `pnpm review ' +
      plan.source.meta.city +
      '` (or `pnpm dev`,',
    `then /drafts/${plan.source.meta.city}/); write what TODO marks (the English, the author also in the new`,
    'CITATION.cff reference): `pnpm validate` lists what is still open. Then',
    '`pnpm build:data && pnpm test`.',
  );
  if (line.install && command === 'new-city') {
    const code = pnpmInstall(root);
    if (code !== 0)
      return {
        code,
        out,
        err: [
          '`pnpm install` failed; the files are written: run it again once the problem is fixed.',
        ],
      };
  }
  return { code: 0, out, err: [] };
}

/** Run and print, for the CLI entry points. */
export async function main(command: 'new-city' | 'new-source'): Promise<void> {
  const { code, out, err } = await runIntake(
    command,
    process.argv.slice(2),
    process.env.INIT_CWD ?? process.cwd(),
  );
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  process.exitCode = code;
}
