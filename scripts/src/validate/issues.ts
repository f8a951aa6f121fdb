/** Where in an input file (and, optionally, in a source text) a problem is. */
export interface Position {
  line: number;
  column: number;
}

/** One broken rule. Every check reports all of these; none throws. */
export interface ValidationIssue {
  /** Repository-relative path of the file at fault. */
  file: string;
  /** Rule id, e.g. "quote-offsets"; the list is in scripts/README.md. */
  rule: string;
  message: string;
  /** Global id of the figure ("hefei/grid-workers") when the problem is one figure's. */
  figure?: string;
  /** Line and column in `file`. */
  at?: Position;
  /** The source text file and position the problem points into. */
  source?: { file: string; at: Position };
}

/** One line per issue: `file:line:col  [rule]  figure  message  (source:line:col)`. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.at ? `${issue.file}:${issue.at.line}:${issue.at.column}` : issue.file;
  const figure = issue.figure ? ` ${issue.figure}:` : '';
  const source = issue.source
    ? ` (at ${issue.source.file}:${issue.source.at.line}:${issue.source.at.column})`
    : '';
  return `${where}  [${issue.rule}]${figure} ${issue.message}${source}`;
}

/** Stable order: by file, then position, then rule. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.at?.line ?? 0) - (b.at?.line ?? 0) ||
      (a.at?.column ?? 0) - (b.at?.column ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}
