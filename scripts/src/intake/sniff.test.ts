import { describe, expect, it } from 'vitest';
import { looksLikeHtml, sniffBytes } from './sniff.ts';

const bytes = (...b: (number | string)[]) =>
  new Uint8Array(b.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'latin1')] : [x])));

describe('sniffBytes', () => {
  it('finds a PDF by its header, also after a few junk bytes', () => {
    expect(sniffBytes(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffBytes(bytes('\r\n \n%PDF-1.4'))).toBe('pdf');
  });

  it.each([
    ['a PNG image', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0)],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['a ZIP archive (a .docx, .xlsx or .ofd document is one)', bytes('PK', 3, 4, 20)],
    [
      'a Microsoft Office 97–2003 document (.doc, .xls or .wps)',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    ],
    ['a binary file', bytes('abc', 0, 'def')],
  ])('names %s', (what, file) => {
    expect(sniffBytes(file)).toEqual({ unsupported: what });
  });

  it('leaves text, and UTF-16 text with its NUL bytes, to be decoded', () => {
    expect(sniffBytes(new TextEncoder().encode('一是加强监管'))).toBeUndefined();
    expect(sniffBytes(bytes(0xff, 0xfe, 'a', 0))).toBeUndefined();
  });
});

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><html>',
    '\n  <html lang="zh">',
    '<!-- saved from url=(0042)https://example.gov.cn/ -->\n<html>',
    '<meta charset="gbk"><title>报告</title>',
    '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    '某网站\n<body><p>正文</p></body>',
  ])('knows a page: %s', (text) => expect(looksLikeHtml(text)).toBe(true));

  it.each(['一是加强监管。', '<报告>一是加强监管。', 'a < b and <c'])('knows text: %s', (text) =>
    expect(looksLikeHtml(text)).toBe(false),
  );
});
