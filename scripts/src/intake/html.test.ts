import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';
import { extractHtml, hasMainText, isoDate } from './html.ts';

const PAGE = readFileSync(join(REPO_ROOT, 'scripts/test/fixtures/intake/page.html'), 'utf8');

describe('extractHtml', () => {
  const page = extractHtml(PAGE);

  it('takes the article as paragraphs, without navigation, scripts or footer', () => {
    const lines = page.text.split('\n');
    expect(lines[0]).toBe(
      '\u3000\u30002023年，白溪市深入落实双减工作部署，聚焦重点领域和关键环节，扎实推进校外培训综合治理，全市校外培训秩序持续向好。',
    );
    // <br> ends a line; the ideographic-space indent is text and stays.
    expect(lines[1]).toBe(
      '\u3000\u3000（一）聚焦源头管控，严把机构准入关。全面梳理校外培训机构底数，',
    );
    expect(lines[2]).toMatch(/^建立机构“白名单”，全年审批非学科类培训机构86家/);
    expect(lines).toHaveLength(5);
    for (const boilerplate of ['首页', '统计代码', '版权所有', '相关新闻', '0599-12345678'])
      expect(page.text).not.toContain(boilerplate);
  });

  it('reads the title (the article heading the page title holds), address, date and site', () => {
    expect(page).toMatchObject({
      title: '白溪市：三个聚焦推进校外培训综合治理',
      url: 'https://jyj.baixi.example.gov.cn/jydt/2024/0315/c1234.html',
      published: '2024-03-15',
      publisher: '白溪教育网',
    });
  });

  it('collapses HTML white space inside a paragraph but keeps no-break spaces', () => {
    const html =
      '<html><body><article><p>一是\n   加强\t监管，&nbsp;检查机构30家。</p>' +
      '<table><tr><td>机构</td><td>30家</td></tr></table></article></body></html>';
    expect(extractHtml(html).text).toBe('一是 加强 监管，\u00A0检查机构30家。\n机构\t30家');
  });

  it('finds no main text in a page without any (Readability falls back to the menu)', () => {
    const html =
      '<html><head><title>白溪教育网</title></head><body><nav><a href="/">首页</a></nav></body></html>';
    expect(extractHtml(html).text).toBe('首页');
    expect(hasMainText(extractHtml(html).text)).toBe(false);
    expect(hasMainText(extractHtml('<html><body></body></html>').text)).toBe(false);
    expect(hasMainText(extractHtml(PAGE).text)).toBe(true);
  });
});

describe('isoDate', () => {
  it.each([
    ['2024-03-15T09:30:00+08:00', '2024-03-15'],
    ['2024/3/5 10:00', '2024-03-05'],
    ['2024年3月15日', '2024-03-15'],
    ['2023-02-30', undefined],
    ['yesterday', undefined],
  ])('%s -> %s', (value, date) => expect(isoDate(value)).toBe(date));
});
