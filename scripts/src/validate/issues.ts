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

// Escaped so that a hostile key or value cannot hide or reorder text in a terminal.
const UNPRINTABLE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

/** Text safe to print: control, bidi and separator characters escaped as \u{…}; long text cut. */
export function printable(text: string, max = 1000): string {
  const escaped = text.replace(
    UNPRINTABLE,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
  if (escaped.length <= max) return escaped;
  const chars = Array.from(escaped);
  return chars.length <= max
    ? escaped
    : `${chars.slice(0, max).join('')}… (${chars.length} characters)`;
}

/** An issue whose every text is printable. */
export function printableIssue(issue: ValidationIssue): ValidationIssue {
  return {
    ...issue,
    file: printable(issue.file),
    message: printable(issue.message),
    ...(issue.figure === undefined ? {} : { figure: printable(issue.figure, 200) }),
  };
}
