import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Position, ValidationIssue } from '../validate/issues.ts';

/** A parsed YAML file that can say where any value in it came from. */
export interface YamlFile {
  file: string;
  doc: Document;
  value: unknown;
  /** Line and column of the node at `path`, or of its nearest existing ancestor. */
  positionOf(path: readonly PropertyKey[]): Position;
}

/** Parse YAML text; syntax errors become issues (all of them), never exceptions. */
export function parseYaml(
  file: string,
  text: string,
): { yaml?: YamlFile; issues: ValidationIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const issues: ValidationIssue[] = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      file,
      rule: 'yaml-syntax',
      message: e.message.split('\n')[0] ?? e.code,
      at: { line: pos.line, column: pos.col },
    };
  });
  if (issues.length > 0) return { issues };
  let value: unknown;
  try {
    // toJS enforces maxAliasCount, refusing alias bombs.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      issues: [
        {
          file,
          rule: 'yaml-syntax',
          message: (error as Error).message,
          at: { line: 1, column: 1 },
        },
      ],
    };
  }
  const positionOf = (path: readonly PropertyKey[]): Position => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { yaml: { file, doc, value, positionOf }, issues };
}
