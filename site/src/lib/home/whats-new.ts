// What's new, in plain words for the home page: what changed for a reader, newest first. Package
// versions and schema changes are on the data page and the changelog, not here.
import type { LocalizedText } from '@shuangjian/schema';

export interface NewsItem {
  /** Year and month, YYYY-MM. */
  month: string;
  text: LocalizedText;
}

export const WHATS_NEW: readonly NewsItem[] = [
  {
    month: '2026-12',
    text: {
      zh: '手机上更好读:表格改为逐行显示,不再需要左右滑动;首页新增各市主要指标的对比图。',
      en: 'Easier to read on a phone: tables become one row under another, with no sideways scrolling; the home page now compares the cities on the main indicators.',
    },
  },
  {
    month: '2026-12',
    text: {
      zh: '中文页面按报告原文的写法显示金额和人数,例如“89.16万元”“162万人”“近10万人”。',
      en: 'Chinese pages now write amounts as the reports do, such as 89.16万元 (891,600 yuan) and 近10万人 (nearly 100,000 people).',
    },
  },
  {
    month: '2026-12',
    text: {
      zh: '可以一次下载全部城市的数字:一张表,每行一个数字,附每一列的说明。',
      en: 'Every city’s figures can now be downloaded at once: one table, a row per figure, with a guide to every column.',
    },
  },
  {
    month: '2026-11',
    text: {
      zh: '首次发布:合肥市、黄山市、蚌埠市 2023 年报告中的 84 个数字,每个都链接到原文中的那一句话。',
      en: 'First release: 84 figures from the 2023 reports of Hefei, Huangshan and Bengbu, each linked to the sentence it comes from.',
    },
  },
];
