import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
} from 'yaml';
import type { Position, ValidationIssue } from '../validate/issues.ts';

/** A parsed YAML file that can say where any value in it came from. */
export interface YamlFile {
  file: string;
  doc: Document;
  value: unknown;
  /** Line and column of the node at `path`, or of its nearest existing ancestor. */
  positionOf(path: readonly PropertyKey[]): Position;
}

/** Far deeper than any input needs (a note sits five levels down), and far from the stack limit. */
export const MAX_YAML_DEPTH = 32;

/** Parse YAML text; syntax errors become issues (all of them), never exceptions. */
export function parseYaml(
  file: string,
  text: string,
): { yaml?: YamlFile; issues: ValidationIssue[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      // Problems become issues; the library must not print warnings of its own.
      logLevel: 'error',
    });
  } catch (error) {
    return { issues: [{ file, rule: 'yaml-syntax', message: (error as Error).message }] };
  }
  const errors = [...doc.errors, ...doc.warnings];
  // The parser recurses; a structure nested thousands deep exhausts the stack, once per level.
  const overflow = errors.find((e) => /call stack/i.test(e.message));
  if (overflow)
    return {
      issues: [
        {
          file,
          rule: 'yaml-syntax',
          message: `nested too deeply to parse (the limit is ${MAX_YAML_DEPTH} levels)`,
          at: at(overflow.pos[0]),
        },
      ],
    };
  const issues: ValidationIssue[] = errors.map((e) => ({
    file,
    rule: 'yaml-syntax',
    message: e.message.split('\n')[0] ?? e.code,
    at: at(e.pos[0]),
  }));
  if (issues.length > 0) return { issues };
  const shape = checkShape(doc);
  if (shape)
    return {
      issues: [{ file, rule: 'yaml-syntax', message: shape.message, at: at(shape.offset) }],
    };
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

interface Frame {
  node: unknown;
  depth: number;
  parent?: Frame;
}

/**
 * The first alias to a value that contains it (a cycle, which no JSON value can be), node nested
 * deeper than MAX_YAML_DEPTH, or map key that is not a scalar.
 */
function checkShape(doc: Document): { message: string; offset: number } | undefined {
  // Iterative, so that checking depth cannot itself exhaust the stack.
  const stack: Frame[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node, depth } = frame;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      for (let p = frame.parent; p; p = p.parent) {
        if (p.node === target)
          return {
            message: `the alias *${node.source} refers to a value that contains it`,
            offset: node.range?.[0] ?? 0,
          };
      }
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    const offset = node.range?.[0] ?? 0;
    if (depth > MAX_YAML_DEPTH)
      return { message: `nested more than ${MAX_YAML_DEPTH} levels deep`, offset };
    // Reversed, so that items are popped (and problems found) in document order.
    for (const item of [...node.items].reverse()) {
      if (!isPair(item)) {
        stack.push({ node: item, depth: depth + 1, parent: frame });
        continue;
      }
      if (item.key !== null && !isScalar(item.key))
        return {
          message: 'a map key is a list, a map or an alias; keys must be plain strings',
          offset: (item.key as { range?: [number] }).range?.[0] ?? offset,
        };
      stack.push({ node: item.value, depth: depth + 1, parent: frame });
    }
  }
  return undefined;
}
