// PDFs made for tests with pdf-lib: with a text layer (ASCII in a standard font, Chinese in Noto
// Sans SC, embedded as a subset with its ToUnicode map), or pages of images only, like a scan.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const require = createRequire(import.meta.url);

/** Noto Sans SC Regular, shipped by @expo-google-fonts/noto-sans-sc (a dev dependency). */
export const CJK_FONT =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
/** A PNG picture of the font's glyphs, shipped beside it: a real image to scan or rename. */
export const PNG_IMAGE = `${CJK_FONT}.png`;

// Fixed dates, so that the same call makes the same bytes.
const FIXED = new Date('2024-01-01T00:00:00Z');

async function newDocument(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED);
  pdf.setModificationDate(FIXED);
  pdf.setProducer('shuangjian tests');
  return pdf;
}

/** A PDF whose pages hold these lines as text; `cjk` embeds the Chinese font. */
export async function textPdf(pages: string[][], { cjk = false } = {}): Promise<Uint8Array> {
  const pdf = await newDocument();
  pdf.registerFontkit(fontkit);
  const font = cjk
    ? await pdf.embedFont(readFileSync(CJK_FONT), { subset: true })
    : await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 24, size: 12, font }));
  }
  return pdf.save({ useObjectStreams: false });
}

/** A PDF of pages that are pictures only (a scan without OCR): no text layer at all. */
export async function imagePdf(pageCount = 2): Promise<Uint8Array> {
  const pdf = await newDocument();
  const image = await pdf.embedPng(readFileSync(PNG_IMAGE));
  for (let i = 0; i < pageCount; i++) {
    const page = pdf.addPage([595, 842]);
    page.drawImage(image, {
      x: 50,
      y: 300,
      width: 495,
      height: 495 * (image.height / image.width),
    });
  }
  return pdf.save({ useObjectStreams: false });
}
