// The sentence of a source text around a span, with the span marked for the reviewer.
import type { SourceText } from '../validate/source-text.ts';

/** Where a sentence ends: 。；！？ and line breaks. */
const END = new Set(['。', '；', '！', '？', '\n']);

/** The sentence holding [start, end) (code points), in three parts: before, the span, after. */
export function sentenceAround(
  text: SourceText,
  start: number,
  end: number,
): { before: string; span: string; after: string } {
  let from = start;
  while (from > 0 && !END.has(text.chars[from - 1]!)) from--;
  let to = Math.max(end, start);
  while (to < text.length && !END.has(text.chars[to]!)) to++;
  // The closing mark belongs to the sentence; a line break does not.
  if (to < text.length && text.chars[to] !== '\n') to++;
  return {
    before: text.slice(from, start).trimStart(),
    span: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
  };
}

/** Bold and inverse on a terminal; 【…】 in plain text, so that the mark survives a pipe. */
export function mark(span: string, tty: boolean): string {
  return tty ? `\u001b[1;7m${span}\u001b[0m` : `【${span}】`;
}
