import { describe, expect, it } from 'vitest';
import { escapeXml, num, svgDocument } from './svg';
import { FONT_SIZE, MIN_RENDER_WIDTH, MIN_TEXT_PX, WIDTH } from './metrics';
import { isWide, textWidth } from './text-width';
import { breakUnits, keepTogether, wrapBalanced, wrapText } from './wrap';

describe('textWidth', () => {
  it('counts CJK and fullwidth characters as 1 em and digits as about 0.6 em', () => {
    expect(textWidth('合肥市', 20)).toBe(60);
    expect(textWidth('\uFF08\uFF0C\uFF09', 10)).toBe(30);
    expect(textWidth('3937', 10)).toBeCloseTo(25.6);
    expect(isWide('“')).toBe(true);
    expect(isWide('a')).toBe(false);
  });
});

describe('wrapText', () => {
  it('breaks CJK between characters, never before closing punctuation', () => {
    const lines = wrapText('参与校外培训治理监督机制的人大代表和政协委员(合计)', 10 * 22, 22);
    expect(lines.join('')).toBe('参与校外培训治理监督机制的人大代表和政协委员(合计)');
    for (const line of lines) {
      expect(textWidth(line, 22)).toBeLessThanOrEqual(220);
      expect(line).not.toMatch(/^[,。、)]/);
    }
    expect(breakUnits('员(合计)')).toEqual(['员', '(合', '计)']);
  });

  it('breaks Latin text at spaces and keeps numbers whole', () => {
    const lines = wrapText('Leads on hidden tutoring collected through the 12345 hotline', 200, 22);
    expect(lines.join(' ')).toBe('Leads on hidden tutoring collected through the 12345 hotline');
    for (const line of lines) expect(textWidth(line, 22)).toBeLessThanOrEqual(200);
    expect(lines.some((l) => /\b12345\b/.test(l))).toBe(true);
  });

  it('keeps a value together when asked, and drops the word joiners that bind it', () => {
    expect(breakUnits(keepTogether('162万人'))).toEqual(['162万人']);
    expect(breakUnits(`共${keepTogether('800余万元')}`)).toEqual(['共', '800余万元']);
    const lines = wrapText(`社区网格员${keepTogether('1700余人次')}`, 8 * 22, 22);
    expect(lines).toEqual(['社区网格员', '1700余人次']);
    expect(lines.join('')).not.toContain('\u2060');
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('x'.repeat(40), 100, 10);
    expect(lines.join('')).toBe('x'.repeat(40));
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
  });
});

describe('svg helpers', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('rounds coordinates to 2 decimals', () => {
    expect([num(1 / 3), num(2.005), num(-0.001), num(10)]).toEqual(['0.33', '2.01', '0', '10']);
  });

  it('labels the root by its own title and desc', () => {
    const svg = svgDocument({
      id: 'c',
      width: 640,
      height: 100.456,
      title: 'T<',
      desc: 'D&',
      lang: 'zh',
      body: '',
    });
    expect(svg).toContain(
      'role="img" aria-labelledby="c-title c-desc" viewBox="0 0 640 100.46" width="100%"',
    );
    expect(svg).toContain('<title id="c-title">T&lt;</title>');
    expect(svg).toContain('<desc id="c-desc">D&amp;</desc>');
  });

  it('keeps text legible when the chart is drawn 320 px wide', () => {
    expect((FONT_SIZE * MIN_RENDER_WIDTH) / WIDTH).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});

describe('wrapBalanced and no-break spaces', () => {
  it('keeps a value with its unit', () => {
    const text = '现有非学科类校外培训机构中已完成审批核准的机构数:331\u00A0家机构';
    for (let w = 200; w <= 640; w += 20) {
      const lines = wrapText(text, w, 22);
      expect(
        lines.some((l) => l.includes('331\u00A0家机构')),
        String(w),
      ).toBe(true);
    }
  });

  it('evens out lines without adding one', () => {
    const text = '≥ 下限:原文写作“余”或“多”,实际数不少于此值;条形末端开口。';
    const greedy = wrapText(text, 640, 22);
    const balanced = wrapBalanced(text, 640, 22);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.join('')).toBe(greedy.join(''));
    expect(balanced.at(-1)!.length).toBeGreaterThan(greedy.at(-1)!.length);
  });
});

describe('CJK terms in English text', () => {
  it('keeps a quoted term whole when cjkWords is set', () => {
    const text = 'Responsibility-zone school inspectors (责任区督学) assigned by the city';
    for (let w = 150; w <= 576; w += 10) {
      const lines = wrapText(text, w, 22, { cjkWords: true });
      expect(
        lines.some((l) => l.includes('(责任区督学)')),
        String(w),
      ).toBe(true);
    }
    expect(breakUnits('a 督办单, b')).toEqual(['a', ' ', '督', '办', '单,', ' ', 'b']);
    expect(breakUnits('a 督办单, b', { cjkWords: true })).toEqual(['a', ' ', '督办单,', ' ', 'b']);
  });
});
