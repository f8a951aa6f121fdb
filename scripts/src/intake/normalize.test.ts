import { describe, expect, it } from 'vitest';
import { firstControl, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('unifies line ends, trims spaces at line ends and blank lines at both ends', () => {
    expect(normalizeText('\r\n\n标题  \r\n\r\n正文。\t\r第二行\f第三页\n\n')).toBe(
      '标题\n\n正文。\n第二行\n第三页',
    );
  });

  it('changes no character otherwise: no NFC, no width folding, spaces inside lines kept', () => {
    // U+F9FC is a CJK compatibility ideograph that NFC would replace with U+8B58.
    const text = '\u3000\u3000識\uF9FC，ＡＢＣ１２３　 a\u00A0b';
    expect(text.normalize('NFC')).not.toBe(text);
    expect(normalizeText(text)).toBe(text);
  });
});

describe('firstControl', () => {
  it('finds a control character other than tab and line feed, with its line and column', () => {
    expect(firstControl('一\t二\n三\u0007')).toEqual({ line: 2, column: 2, code: 'U+0007' });
    expect(firstControl('一\t二\n三')).toBeUndefined();
  });
});
