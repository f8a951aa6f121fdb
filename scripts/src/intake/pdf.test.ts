import { describe, expect, it } from 'vitest';
import { imagePdf, textPdf } from '../../test/pdf-fixtures.ts';
import { extractPdf } from './pdf.ts';

describe('extractPdf', () => {
  it('reads an ASCII text layer, line by line and page by page', async () => {
    const pdf = await textPdf([
      ['Report 2024', 'Inspected 1,540 sites; 47 cases.'],
      ['Page two: 92.5%'],
    ]);
    expect(await extractPdf(pdf)).toEqual({
      ok: true,
      pages: 2,
      text: 'Report 2024\nInspected 1,540 sites; 47 cases.\nPage two: 92.5%',
    });
  });

  it('reads Chinese through the embedded font’s ToUnicode map', async () => {
    const pdf = await textPdf([['一、机构治理', '全市压减学科类机构5家，压减率96.3%。']], {
      cjk: true,
    });
    expect(await extractPdf(pdf)).toMatchObject({
      ok: true,
      text: '一、机构治理\n全市压减学科类机构5家，压减率96.3%。',
    });
  });

  it('says that a PDF of images needs OCR', async () => {
    const result = await extractPdf(await imagePdf(3));
    expect(result).toMatchObject({ ok: false, reason: 'no-text', pages: 3 });
    expect(result.ok || result.message).toContain('run OCR');
  });

  it('refuses a broken PDF', async () => {
    const result = await extractPdf(new TextEncoder().encode('%PDF-1.7\nnot really'));
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
