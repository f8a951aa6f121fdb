// What a file is, from its bytes (never from its name alone): a PDF, an HTML page, plain text, or
// something the intake cannot read, named where it is a common kind.
export type FileKind = 'pdf' | 'html' | 'text';

interface Signature {
  at: number;
  bytes: number[];
  what: string;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Files people save instead of a text, a page or a PDF: each says what it is. */
const UNSUPPORTED: Signature[] = [
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { at: 0, bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { at: 0, bytes: ascii('GIF8'), what: 'a GIF image' },
  { at: 0, bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { at: 8, bytes: ascii('WEBP'), what: 'a WebP image' },
  { at: 4, bytes: ascii('ftyp'), what: 'a video or HEIC image' },
  {
    at: 0,
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (a .docx, .xlsx or .ofd document is one)',
  },
  {
    at: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'a Microsoft Office 97–2003 document (.doc, .xls or .wps)',
  },
  { at: 0, bytes: ascii('{\\rtf'), what: 'an RTF document' },
  { at: 0, bytes: ascii('%!PS'), what: 'a PostScript file' },
  { at: 0, bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { at: 0, bytes: ascii('Rar!'), what: 'a RAR archive' },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
];

const matches = (bytes: Uint8Array, s: Signature) =>
  bytes.length >= s.at + s.bytes.length && s.bytes.every((b, i) => bytes[s.at + i] === b);

const UTF16_BOM = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/**
 * 'pdf' for a PDF ("%PDF-" within the first 1024 bytes, as readers accept it), a description
 * of the file for a known binary kind or any file with NUL bytes, and undefined for text, whose
 * kind (HTML or plain) is told from its decoded characters by `looksLikeHtml`.
 */
export function sniffBytes(bytes: Uint8Array): 'pdf' | { unsupported: string } | undefined {
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  const known = UNSUPPORTED.find((s) => matches(bytes, s));
  if (known) return { unsupported: known.what };
  // Text has no NUL byte, except UTF-16, which says so with its byte-order mark.
  if (!UTF16_BOM(bytes) && bytes.includes(0)) return { unsupported: 'a binary file' };
  return undefined;
}

// The tags that open an HTML document, as the WHATWG MIME sniffing standard lists them.
const HTML_START =
  /^(?:<!doctype html|<html|<head|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<body|<br|<p|<!--|<meta)(?:[\s>]|$)/i;

/** Whether decoded text is an HTML page: it opens with an HTML tag, or holds <html or <body early on. */
export function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^[\uFEFF\s]+/, '');
  if (HTML_START.test(start)) return true;
  if (/^<\?xml\b/i.test(start) && /<html[\s>]/i.test(start.slice(0, 4096))) return true;
  return /<(?:html|body)[\s>]/i.test(start.slice(0, 4096));
}
