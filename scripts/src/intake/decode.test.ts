import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText, encodingOfLabel } from './decode.ts';

const TEXT = '双减以来，全市压减学科类培训机构326家。';
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });

  it('reads GB18030 (and so GBK and GB2312) when the bytes are not UTF-8', () => {
    expect(gb(TEXT)).not.toEqual(utf8(TEXT));
    expect(decodeText(gb(TEXT))).toEqual({ text: TEXT, encoding: 'GB18030' });
    // A character outside GBK, in GB18030's four-byte form.
    expect(decodeText(gb(`${TEXT}𠀀`))).toEqual({ text: `${TEXT}𠀀`, encoding: 'GB18030' });
  });

  it('drops a byte-order mark and takes the encoding it names', () => {
    expect(decodeText(utf8(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0x84, 0x31, 0x95, 0x33, ...gb(TEXT)]))).toEqual({
      text: TEXT,
      encoding: 'GB18030',
    });
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: 'UTF-16LE' });
  });

  it('prefers valid UTF-8 to a stale declared charset=gbk', () => {
    expect(decodeText(utf8(TEXT), 'gbk')).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });

  it('uses a declared Big5 charset for bytes that are not UTF-8', () => {
    const big5 = new Uint8Array(iconv.encode('雙減以來', 'big5'));
    expect(decodeText(big5, 'big5')).toEqual({ text: '雙減以來', encoding: 'Big5' });
  });

  it('refuses bytes that are neither UTF-8 nor clean GB18030', () => {
    // 0xFF never starts a GB18030 character.
    expect(decodeText(new Uint8Array([0xb6, 0xfe, 0xff, 0xff]))).toBeUndefined();
  });
});

describe('declaredCharset and encodingOfLabel', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="GB2312"></head>'))).toBe('GB2312');
    expect(
      declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />')),
    ).toBe('gbk');
    expect(declaredCharset(utf8('<p>charset=gbk</p>'))).toBeUndefined();
  });

  it('maps the GB labels to GB18030', () => {
    expect(['GB2312', 'gbk', 'x-gbk', 'GB18030'].map(encodingOfLabel)).toEqual([
      'GB18030',
      'GB18030',
      'GB18030',
      'GB18030',
    ]);
    expect(encodingOfLabel('shift_jis')).toBeUndefined();
  });
});
