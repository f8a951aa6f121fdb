// The character encoding of a text or HTML file: a byte-order mark, else valid UTF-8, else the
// charset the page declares, else GB18030 when the bytes decode cleanly as it.
import type { SOURCE_ENCODINGS } from '@shuangjian/schema';
import iconv from 'iconv-lite';
import { firstInvalidUtf8 } from '../load/utf8.ts';

export type TextEncoding = (typeof SOURCE_ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0x84, 0x31, 0x95, 0x33], 'GB18030'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
];

/** WHATWG labels of the encodings read here (GBK and GB2312 text is GB18030, a superset). */
const LABELS: Record<string, TextEncoding> = Object.fromEntries([
  ...['utf-8', 'utf8', 'unicode-1-1-utf-8'].map((l) => [l, 'UTF-8']),
  ...[
    'gb18030',
    'gbk',
    'gb2312',
    'x-gbk',
    'cp936',
    'windows-936',
    'csgb2312',
    'chinese',
    'iso-ir-58',
  ].map((l) => [l, 'GB18030']),
  ...['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'].map((l) => [l, 'Big5']),
]);

/** The encoding a charset label names, if it is one read here. */
export function encodingOfLabel(label: string): TextEncoding | undefined {
  return LABELS[label.trim().toLowerCase()];
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decode exactly, or undefined when the bytes are not text in `encoding`. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  if (encoding === 'UTF-8')
    return firstInvalidUtf8(bytes) === -1 ? new TextDecoder('utf-8').decode(bytes) : undefined;
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') {
    try {
      return new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = iconv.decode(buffer, encoding, { stripBOM: false });
  if (text.includes('\uFFFD')) return undefined;
  // GB18030 maps every character both ways: the bytes must come back unchanged.
  if (encoding === 'GB18030' && !iconv.encode(text, encoding).equals(buffer)) return undefined;
  return text;
}

/**
 * Decode a text file. A byte-order mark decides (and is dropped); otherwise valid UTF-8 wins over
 * a declared charset, since Chinese GB text is practically never valid UTF-8 while saved pages
 * often keep a stale `charset=gbk` after being re-encoded; then the declared charset, then GB18030.
 * Undefined when nothing decodes cleanly.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded | undefined {
  for (const [bom, encoding] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeAs(bytes.subarray(bom.length), encoding);
    return text === undefined ? undefined : { text, encoding };
  }
  const utf8 = decodeAs(bytes, 'UTF-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const named = declared === undefined ? undefined : encodingOfLabel(declared);
  const order: TextEncoding[] = named && named !== 'UTF-8' ? [named, 'GB18030'] : ['GB18030'];
  for (const encoding of order) {
    const text = decodeAs(bytes, encoding);
    if (text !== undefined) return { text, encoding };
  }
  return undefined;
}

/**
 * The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`), as the HTML standard's prescan reads it.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1]!;
  }
  return undefined;
}
