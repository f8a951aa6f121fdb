// Read a report as given (a text file, a saved HTML page or a PDF with a text layer): what it is,
// its encoding, its text as stored, and what it says about itself.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { SOURCE_MEDIA_TYPES } from '@shuangjian/schema';
import { MAX_ORIGINAL_BYTES } from '../load/inputs.ts';
import type { ValidationIssue } from '../validate/issues.ts';
import { declaredCharset, decodeText, type TextEncoding } from './decode.ts';
import { firstControl, normalizeText } from './normalize.ts';
import { looksLikeHtml, sniffBytes } from './sniff.ts';

export type MediaType = (typeof SOURCE_MEDIA_TYPES)[number];

/** The extension an original file is archived under, by what it is. */
export const EXTENSION: Record<MediaType, string> = {
  'text/plain': 'txt',
  'text/html': 'html',
  'application/pdf': 'pdf',
};

export interface SourceFile {
  bytes: Uint8Array;
  mediaType: MediaType;
  /** null for a PDF. */
  encoding: TextEncoding | null;
  /** The text as stored in <id>.zh.txt (see normalize.ts). */
  text: string;
  /** What an HTML page says about itself. */
  hints: { title?: string; url?: string; published?: string; publisher?: string };
}

/**
 * Read and extract `path` (`file` names it in messages, as the user gave it). Every problem is an
 * issue; undefined when the file cannot be used.
 */
export async function readSource(
  path: string,
  file: string,
  issues: ValidationIssue[],
): Promise<SourceFile | undefined> {
  const fail = (rule: string, message: string) => {
    issues.push({ file, rule, message });
    return undefined;
  };
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail('file-missing', 'is not a regular file');
    if (stat.size > MAX_ORIGINAL_BYTES)
      return fail('file-size', `is larger than ${MAX_ORIGINAL_BYTES} bytes`);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      'file-missing',
      code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`,
    );
  }
  if (bytes.length === 0) return fail('text-empty', 'is empty');

  const sniffed = sniffBytes(bytes);
  if (typeof sniffed === 'object')
    return fail(
      'file-type',
      `is ${sniffed.unsupported}, not a text file, an HTML page or a PDF (judged by its content, whatever its name)`,
    );
  let mediaType: MediaType;
  let encoding: TextEncoding | null = null;
  let extracted: string;
  let hints: SourceFile['hints'] = {};
  if (sniffed === 'pdf') {
    mediaType = 'application/pdf';
    const { extractPdf } = await import('./pdf.ts');
    const pdf = await extractPdf(bytes);
    if (!pdf.ok)
      return fail(pdf.reason === 'no-text' ? 'pdf-no-text' : 'pdf-unreadable', pdf.message);
    extracted = pdf.text;
  } else {
    if (extname(path).toLowerCase() === '.pdf')
      return fail('file-type', 'is named .pdf but is not a PDF (it has no %PDF- header)');
    const decoded = decodeText(bytes, declaredCharset(bytes));
    if (!decoded)
      return fail(
        'text-encoding',
        'is neither UTF-8 nor GB18030 text (nor in the charset it declares): save it as UTF-8, or give the PDF',
      );
    encoding = decoded.encoding;
    if (looksLikeHtml(decoded.text)) {
      mediaType = 'text/html';
      const { extractHtml, hasMainText, MIN_MAIN_TEXT } = await import('./html.ts');
      const { text: pageText, ...pageHints } = extractHtml(decoded.text);
      extracted = pageText;
      hints = pageHints;
      if (!hasMainText(extracted))
        return fail(
          'html-no-text',
          `is an HTML page with no main text (Readability found no article of ${MIN_MAIN_TEXT} characters or more in it): save the page with its text, or give the report as text or PDF`,
        );
    } else {
      mediaType = 'text/plain';
      extracted = decoded.text;
    }
  }
  const text = normalizeText(extracted);
  if (text.trim() === '') return fail('text-empty', 'holds no text (only white space)');
  const control = firstControl(text);
  if (control)
    return fail(
      'text-control',
      `holds the control character ${control.code} at line ${control.line}, column ${control.column} of its text; a source may hold only tabs and line breaks`,
    );
  return { bytes, mediaType, encoding, text, hints };
}
