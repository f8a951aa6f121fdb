// What a command will write, checked and formatted before anything is written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationIssue } from '../validate/issues.ts';
import { formatFile } from './format.ts';
import type { NewSource } from './source-files.ts';
import type { Files } from './stage.ts';

/** What Prettier checks (CITATION.cff is not among them: it is written in its own style). */
const FORMATTED = /\.(ya?ml|json|md|ts)$/;

export interface Plan {
  /** Repository path -> text (formatted on the way out) or exact bytes (source text, original). */
  files: Map<string, string | Uint8Array>;
  source: NewSource;
  /** The existing files the command edits; every other file must be new. */
  changed: string[];
}

/** The plan's files as bytes, each text formatted as `prettier --check .` wants it. */
export async function planBytes(
  plan: Plan,
  root: string,
  issues: ValidationIssue[],
): Promise<Files | undefined> {
  const files: Files = new Map();
  for (const [path, content] of [...plan.files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!plan.changed.includes(path) && existsSync(join(root, path)))
      issues.push({
        file: path,
        rule: 'file-exists',
        message: 'exists already; the command only adds files (remove it if it is left over)',
      });
    const bytes =
      typeof content === 'string'
        ? new TextEncoder().encode(FORMATTED.test(path) ? await formatFile(path, content) : content)
        : content;
    // An edited file that comes out the same (no drafts to add) is not written.
    if (plan.changed.includes(path) && Buffer.from(bytes).equals(readFileSync(join(root, path))))
      continue;
    files.set(path, bytes);
  }
  return issues.length > 0 ? undefined : files;
}

/** fn(), or undefined with an issue naming `file` and `rule` when it throws. */
export function attempt<T>(
  issues: ValidationIssue[],
  file: string,
  rule: string,
  fn: () => T,
): T | undefined {
  try {
    return fn();
  } catch (error) {
    issues.push({ file, rule, message: (error as Error).message });
    return undefined;
  }
}
