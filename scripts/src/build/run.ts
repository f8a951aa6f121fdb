import { join } from 'node:path';
import { formatIssue, type ValidationIssue } from '../validate/issues.ts';
import { validate, type ValidationResult } from '../validate/validate.ts';
import { buildOutputs, generatedDirs, type Outputs } from './outputs.ts';
import { diffOutputs, writeOutputs } from './write-outputs.ts';

/** Where to read inputs and write packages: the repository, or a test or benchmark copy of it. */
export interface Roots {
  /** Folder holding data/ and packages/. */
  repoRoot: string;
}

/** Validate, then build every output in memory; outputs are empty when anything is wrong. */
export function validateAndBuild({ repoRoot }: Roots): {
  result: ValidationResult;
  outputs: Outputs;
  issues: ValidationIssue[];
} {
  const result = validate(join(repoRoot, 'data'));
  if (result.issues.length > 0) return { result, outputs: new Map(), issues: result.issues };
  const built = buildOutputs(result, repoRoot);
  return {
    result,
    outputs: built.issues.length > 0 ? new Map() : built.outputs,
    issues: built.issues,
  };
}

/** pnpm build:data. Returns the exit code and the lines to print; writes only when there is no error. */
export function runBuildData(roots: Roots): { code: number; out: string[]; err: string[] } {
  const { result, outputs, issues } = validateAndBuild(roots);
  if (issues.length > 0)
    return {
      code: 1,
      out: [],
      err: [...issues.map(formatIssue), '', `${issues.length} error(s); nothing was written.`],
    };
  const { written, removed } = writeOutputs(outputs, roots.repoRoot, generatedDirs(result));
  return {
    code: 0,
    out: [
      `build:data: ${outputs.size} files, ${written.length} written, ${removed.length} stale removed`,
      ...written.map((p) => `  wrote ${p}`),
      ...removed.map((p) => `  removed ${p}`),
    ],
    err: [],
  };
}

/** pnpm check:data: the committed generated files must equal a fresh build. */
export function runCheckData(roots: Roots): { code: number; out: string[]; err: string[] } {
  const { result, outputs, issues } = validateAndBuild(roots);
  if (issues.length > 0) return { code: 1, out: [], err: issues.map(formatIssue) };
  const { changed, stale } = diffOutputs(outputs, roots.repoRoot, generatedDirs(result));
  if (changed.length + stale.length > 0) {
    return {
      code: 1,
      out: [],
      err: [
        ...changed.map((p) => `out of date: ${p}`),
        ...stale.map((p) => `stale: ${p}`),
        '',
        'Generated files differ from data/. Run `pnpm build:data` and commit the result.',
      ],
    };
  }
  return { code: 0, out: [`check:data: ${outputs.size} generated files are up to date`], err: [] };
}

/** pnpm validate. */
export function runValidate(roots: Roots): { code: number; out: string[]; err: string[] } {
  const result = validate(join(roots.repoRoot, 'data'));
  if (result.issues.length > 0)
    return {
      code: 1,
      out: [],
      err: [
        ...result.issues.map(formatIssue),
        '',
        `${result.issues.length} error(s); nothing was written.`,
      ],
    };
  const figures = result.cities.reduce((n, c) => n + c.figures.length, 0);
  const exclusions = result.cities.reduce((n, c) => n + c.exclusions.length, 0);
  return {
    code: 0,
    out: [
      `valid: ${result.cities.length} cities, ${figures} figures, ${exclusions} exclusions, ${result.indicators.length} indicators`,
    ],
    err: [],
  };
}
