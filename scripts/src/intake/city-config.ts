// data/cities/<slug>.yaml: written whole for a new city, or extended for a new source by
// splicing the drafts into its text, so that everything already in the file stays as it was.
import type { City } from '@shuangjian/schema';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify } from 'yaml';
import type { DraftYaml } from './drafts.ts';

const LISTS = ['exclusions', 'figures'] as const;

/** A block sequence at column 0, indented to sit under a top-level key. */
const indent = (items: string) =>
  items
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');

const items = (yaml: string): unknown[] => {
  if (yaml.trim() === '') return [];
  const parsed: unknown = parse(yaml);
  if (!Array.isArray(parsed)) throw new Error('the drafter returned YAML that is not a list');
  return parsed;
};

/** The annotation file of a new city: its city block, then the drafted exclusions and figures. */
export function cityFileText(city: City, drafts: DraftYaml): string {
  const head = stringify({ city }, { lineWidth: 0, singleQuote: true });
  const list = (key: (typeof LISTS)[number]) => {
    items(drafts[key]); // refuse a drafter's broken YAML here, not in validate
    return drafts[key].trim() === '' ? `${key}: []\n` : `${key}:\n${indent(drafts[key])}\n`;
  };
  return `${head}\n${list('exclusions')}\n${list('figures')}`;
}

/**
 * `text` (a city file) with the drafts appended to its exclusions and figures. Throws when the file
 * is not a city file with those lists, or when the result would not read back as exactly the old
 * lists plus the drafts.
 */
export function appendDrafts(text: string, drafts: DraftYaml): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new Error(`is not a YAML map (${doc.errors[0]?.message ?? 'no top-level keys'})`);
  const before = doc.toJS() as Record<string, unknown[]>;
  // From the end of the file back, so that earlier offsets stay right.
  const edits: { at: number; end: number; insert: string }[] = [];
  for (const key of LISTS) {
    if (drafts[key].trim() === '') continue;
    const pair = doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key);
    if (!pair) throw new Error(`has no top-level ${key}: list`);
    const node = pair.value as { range?: [number, number, number] } | null;
    const block = `\n${indent(drafts[key])}`;
    if (isSeq(node) && node.items.length > 0 && !node.flow) {
      let end = node.range![1];
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      edits.push({ at: end, end, insert: block });
    } else if (
      node === null ||
      (isScalar(node) && node.value === null) ||
      (isSeq(node) && node.items.length === 0)
    ) {
      // `key:`, `key: ~` or `key: []`: the drafts replace the empty value.
      const keyEnd = (pair.key as { range: [number, number, number] }).range[1];
      const colon = text.indexOf(':', keyEnd);
      const end = node ? node.range![1] : colon + 1;
      edits.push({ at: colon + 1, end, insert: block });
    } else throw new Error(`has a ${key} value that is not a list`);
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.end);
  const after = parse(out) as Record<string, unknown[]>;
  const expected = { ...before };
  for (const key of LISTS) expected[key] = [...(before[key] ?? []), ...items(drafts[key])];
  if (JSON.stringify(after) !== JSON.stringify(expected))
    throw new Error('would not read back as its lists plus the drafts');
  return out;
}
