import { describe, expect, it } from 'vitest';
import { processPage } from './page';

// The Chinese-runs half of page.ts's pass.
const markChineseRuns = (html: string) => processPage(html, { markChinese: true }).html;

const page = (lang: string, body: string, head = '<title>合肥 · Data</title>') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('markChineseRuns', () => {
  it('wraps each Chinese run of an English page in lang="zh-Hans"', () => {
    const out = markChineseRuns(
      page('en', '<p>Hefei counts visits (written 个次); Bengbu 1054所.</p>'),
    );
    expect(out).toContain(
      '<p>Hefei counts visits (written <span lang="zh-Hans">个次</span>); Bengbu <span lang="zh-Hans">1054所</span>.</p>',
    );
  });

  it('leaves text alone inside an element already in Chinese', () => {
    const body = '<p lang="zh-Hans">执法人员 <b>3937人次</b></p>';
    expect(markChineseRuns(page('en', body))).toContain(body);
  });

  it('marks text inside an English element nested in a Chinese one', () => {
    const out = markChineseRuns(page('en', '<div lang="zh"><p lang="en">the word 约谈</p></div>'));
    expect(out).toContain('<p lang="en">the word <span lang="zh-Hans">约谈</span></p>');
  });

  it('does not touch the head, scripts, styles, form values or SVG', () => {
    const body =
      '<textarea>嵌入 代码</textarea><script>const a = "合肥";</script><style>/* 合肥 */</style>' +
      '<svg><text>合肥</text></svg><select><option>合肥</option></select>';
    const html = page('en', body);
    expect(markChineseRuns(html)).toBe(html);
  });

  it('marks code samples too, keeping their text as it is', () => {
    const out = markChineseRuns(page('en', "<pre><code>getFigure('合肥')\n  // 人次</code></pre>"));
    expect(out).toContain(
      '<pre><code>getFigure(\'<span lang="zh-Hans">合肥</span>\')\n  // <span lang="zh-Hans">人次</span></code></pre>',
    );
  });

  it('keeps attributes and entities intact', () => {
    const out = markChineseRuns(
      page('en', '<a href="/x" title="合肥">Tom &amp; 合肥 &lt;b&gt;</a>'),
    );
    expect(out).toContain(
      '<a href="/x" title="合肥">Tom &amp; <span lang="zh-Hans">合肥</span> &lt;b&gt;</a>',
    );
  });

  it('returns a Chinese page, and a page without Chinese, byte for byte', () => {
    const zh = page('zh-Hans', '<p>合肥 3937人次</p>');
    expect(markChineseRuns(zh)).toBe(zh);
    const en = page('en', '<p>Hefei</p>', '<title>Data</title>');
    expect(markChineseRuns(en)).toBe(en);
  });

  it('is idempotent: a second pass changes nothing', () => {
    const once = markChineseRuns(page('en', '<p>written 个次 and 家次</p>'));
    expect(markChineseRuns(once)).toBe(once);
  });
});
