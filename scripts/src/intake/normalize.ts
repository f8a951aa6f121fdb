// What becomes of an extracted text before it is the byte-exact source: only what extraction
// needs, and no character is otherwise changed.
//
//   - line ends: CRLF and CR become LF (offsets count code points; a CR would count as one);
//   - a form feed (a page break in text files) becomes LF;
//   - spaces and tabs at the end of a line are removed, and blank lines at the start and end of
//     the text, which ends with its last character (no final line feed, as the seed's slices do);
//   - nothing else: no Unicode normalisation (NFC would replace CJK compatibility ideographs such
//     as U+F9xx with their unified forms, changing the text as published), no full-width/half-width
//     folding, no change to punctuation, no-break or ideographic spaces.

/** The text as it is stored, from extracted text. */
export function normalizeText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

/** A character a source text may not hold: controls other than tab and line feed (as validate has it). */
const CONTROL = /(?![\t\n])[\p{Cc}]/u;

/** 1-based line and column of the first control character, or undefined. */
export function firstControl(
  text: string,
): { line: number; column: number; code: string } | undefined {
  const m = CONTROL.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  return {
    line: before.split('\n').length,
    column: Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1,
    code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  };
}
