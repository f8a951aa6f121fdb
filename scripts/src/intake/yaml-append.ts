// Items appended to top-level lists of a YAML file by splicing its text, so that every existing
// line (comments, quoting, folded text) stays as it was; the result is read back and checked.
import { isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';

/** A block sequence at column 0, indented to sit under a top-level key. */
const indent = (items: string) =>
  items
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');

/** The items of a block sequence at column 0 ('' is none); throws when it is not a list. */
export function listItems(yaml: string): unknown[] {
  if (yaml.trim() === '') return [];
  const parsed: unknown = parse(yaml);
  if (!Array.isArray(parsed)) throw new Error('the YAML to add is not a list');
  return parsed;
}

/** `key:\n  - …` for a block sequence at column 0, or `key: []`. */
export function listText(key: string, items: string): string {
  listItems(items);
  return items.trim() === '' ? `${key}: []\n` : `${key}:\n${indent(items)}\n`;
}

/**
 * `text` with each addition (a block sequence at column 0, '' for none) appended to the top-level
 * list of its key. Throws when the file is not a map with those lists, or when the result would not
 * read back as exactly the old lists plus the additions.
 */
export function appendToLists(text: string, additions: Record<string, string>): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new Error(`is not a YAML map (${doc.errors[0]?.message ?? 'no top-level keys'})`);
  const before = doc.toJS() as Record<string, unknown>;
  const edits: { at: number; end: number; insert: string }[] = [];
  for (const [key, items] of Object.entries(additions)) {
    if (items.trim() === '') continue;
    const pair = doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key);
    if (!pair) throw new Error(`has no top-level ${key}: list`);
    const node = pair.value as { range?: [number, number, number] } | null;
    const block = `\n${indent(items)}`;
    if (isSeq(node) && node.items.length > 0 && !node.flow) {
      let end = node.range![1];
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      edits.push({ at: end, end, insert: block });
    } else if (
      node === null ||
      (isScalar(node) && node.value === null) ||
      (isSeq(node) && node.items.length === 0)
    ) {
      // `key:`, `key: ~` or `key: []`: the items replace the empty value.
      const keyEnd = (pair.key as { range: [number, number, number] }).range[1];
      const colon = text.indexOf(':', keyEnd);
      edits.push({ at: colon + 1, end: node ? node.range![1] : colon + 1, insert: block });
    } else throw new Error(`has a ${key} value that is not a list`);
  }
  let out = text;
  // From the end of the file back, so that earlier offsets stay right.
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.end);
  const expected = { ...before };
  for (const [key, items] of Object.entries(additions))
    expected[key] = [...((before[key] as unknown[] | null) ?? []), ...listItems(items)];
  if (JSON.stringify(parse(out)) !== JSON.stringify(expected))
    throw new Error('would not read back as its lists plus the additions');
  return out;
}
