import { describe, expect, it } from 'vitest';
import { SourceText } from '../validate/source-text.ts';
import { mark, sentenceAround } from './sentence.ts';

const text = new SourceText(
  '标题\n一是严格执法。今年以来,共出动执法人员3937人次;检查机构1700余个！二是',
);
const at = (needle: string) => {
  const start = text.occurrences(needle)[0]!;
  return sentenceAround(text, start, start + Array.from(needle).length);
};

describe('sentenceAround', () => {
  it('gives the sentence around a span, up to and with its closing mark', () => {
    expect(at('3937人次')).toEqual({
      before: '今年以来,共出动执法人员',
      span: '3937人次',
      after: ';检查机构1700余个！',
    });
  });

  it('stops at a line break and at the start of the text', () => {
    expect(at('一是')).toEqual({ before: '', span: '一是', after: '严格执法。' });
    expect(at('标题')).toEqual({ before: '', span: '标题', after: '' });
    expect(at('二是')).toEqual({ before: '', span: '二是', after: '' });
  });

  it('holds a span that runs over a sentence end', () => {
    expect(at('执法。今年')).toEqual({
      before: '一是严格',
      span: '执法。今年',
      after: '以来,共出动执法人员3937人次;检查机构1700余个！',
    });
  });
});

describe('mark', () => {
  it('brackets the span in plain text and makes it bold and inverse on a terminal', () => {
    expect(mark('3937人次', false)).toBe('【3937人次】');
    expect(mark('3937人次', true)).toBe('\u001b[1;7m3937人次\u001b[0m');
  });
});
