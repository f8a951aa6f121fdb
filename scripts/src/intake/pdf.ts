// The text layer of a PDF, page by page (unpdf: PDF.js built for servers, no worker or canvas).
import { extractText, getDocumentProxy } from 'unpdf';

export type PdfText =
  | { ok: true; text: string; pages: number }
  | { ok: false; reason: 'no-text' | 'unreadable'; pages?: number; message: string };

/**
 * The text of every page, pages joined with a line feed. A PDF whose pages hold no text at all (a
 * scan) is 'no-text': it needs OCR before its text can be quoted.
 */
export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  let pages: string[];
  try {
    // A copy: PDF.js may take over (detach) the buffer it is given.
    const doc = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0, // PDF.js would print font warnings to the console
      stopAtErrors: true,
    });
    try {
      pages = (await extractText(doc, { mergePages: false })).text;
    } finally {
      await doc.cleanup();
    }
  } catch (error) {
    const name = (error as Error).name;
    return {
      ok: false,
      reason: 'unreadable',
      message:
        name === 'PasswordException'
          ? 'is a password-protected PDF; save an unprotected copy'
          : `cannot be read as a PDF (${(error as Error).message})`,
    };
  }
  const text = pages.join('\n');
  if (text.trim() === '')
    return {
      ok: false,
      reason: 'no-text',
      pages: pages.length,
      message: `is a PDF without a text layer (${pages.length} page(s) of images, e.g. a scan): run OCR on it first (e.g. ocrmypdf -l chi_sim) and give the OCR'd PDF or its checked text`,
    };
  return { ok: true, text, pages: pages.length };
}
