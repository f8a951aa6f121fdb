import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';
import { coverage, validityProblems } from './compare.ts';
import { draftAnnotations } from './draft.ts';
import { FIXTURES } from './genre-fixtures.ts';

// The drafter must hold its promises on any text, not only on whole reports: every numeral in
// exactly one raw number or exclusion, and every draft valid. These texts are mixes and cuts of
// the genre's paragraphs, and strings of the genre's words in random order.

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sources = readdirSync(join(REPO_ROOT, 'data', 'sources')).flatMap((city) =>
  readdirSync(join(REPO_ROOT, 'data', 'sources', city))
    .filter((f) => f.endsWith('.zh.txt'))
    .map((f) => readFileSync(join(REPO_ROOT, 'data', 'sources', city, f), 'utf8')),
);
const texts = [...sources, ...FIXTURES.map((f) => f.text)];
const paragraphs = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '');

function check(text: string): string[] {
  const out = draftAnnotations({ sourceId: 'mix-2024-01-01', text, sections: [], indicators: [] });
  const c = coverage(text, out);
  return [
    ...c.uncovered.map((u) => `uncovered ${u}`),
    ...c.twice.map((t) => `twice ${t}`),
    ...validityProblems(text, out),
  ];
}

describe('the drafter on texts it has never seen', () => {
  it('holds on paragraphs mixed in any order', () => {
    const next = random(12);
    for (let i = 0; i < 150; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 6) },
        () => paragraphs[Math.floor(next() * paragraphs.length)]!,
      ).join('\n');
      expect(check(text), text).toEqual([]);
    }
  });

  it('holds on texts cut anywhere, mid-word or mid-number', () => {
    const next = random(34);
    for (let i = 0; i < 150; i++) {
      const chars = [...texts[Math.floor(next() * texts.length)]!];
      const start = Math.floor(next() * chars.length);
      const text = chars.slice(start, start + 10 + Math.floor(next() * 300)).join('');
      expect(check(text), text).toEqual([]);
    }
  });

  it('holds on the genre’s words in random order', () => {
    const words = [
      '一',
      '双减',
      '12',
      '3.5',
      '万',
      '余',
      '多',
      '人次',
      '个',
      '家',
      '名',
      '，',
      '、',
      '。',
      '第',
      '是',
      '年',
      '月',
      '日',
      '百分之',
      '分之',
      '成',
      '%',
      '（',
      '）',
      '《',
      '》',
      '+',
      '-',
      '约',
      '近',
      '以上',
      '热线',
      '级',
      '市',
      '县',
      '两',
      '十',
      '百',
      '千',
      '亿',
      '０',
      '５',
      '5G',
      '今年以来',
      '累计',
      '机构',
      '检查',
      '学生',
      '2022',
      '12345',
      '进一步',
      '一是',
      '二',
      '三',
      '至',
      '岁',
      '内',
      '：',
      '年来',
      '近三年',
      '一批',
      '统一',
      '双',
      '之',
      '零',
      '〇',
      '.',
      '季度',
      '前',
      '以来',
    ];
    const next = random(56);
    for (let i = 0; i < 600; i++) {
      const text = Array.from(
        { length: 3 + Math.floor(next() * 40) },
        () => words[Math.floor(next() * words.length)]!,
      ).join('');
      expect(check(text), text).toEqual([]);
    }
  });
});
