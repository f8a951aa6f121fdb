// Sentences whose numerals are not statistics, and the exclusions that cover them.
import type { Exclusion } from '@shuangjian/schema';
import type { Theme } from './figure-template.ts';

/** An exclusion: the text it covers, its kind, and why, in Chinese and English. */
export interface ExclusionDef {
  text: string;
  kind: Exclusion['kind'];
  zh: string;
  en: string;
}

/** A sentence to write into a section, with the exclusion its numerals need. */
export interface ExclusionSentence extends ExclusionDef {
  sentence: string;
}

export const EXCLUSION_SENTENCES: Record<Theme, ExclusionSentence[]> = {
  1: [
    {
      sentence: '市委、市政府高度重视,形成一级抓一级、层层抓落实的责任体系。',
      text: '一级抓一级',
      kind: 'word',
      zh: '惯用语“一级抓一级”',
      en: 'Set phrase "each level answers for the level below"',
    },
    {
      sentence: '纵向构建县(区)+街道+社区三级网格制度。',
      text: '三级网格',
      kind: 'structure',
      zh: '网格层级',
      en: 'Grid levels, not a statistic',
    },
    {
      sentence: '把双减督导作为教育督导一号工程。',
      text: '一号工程',
      kind: 'policy-term',
      zh: '“一号工程”,表示首要工作',
      en: '"Project Number One", meaning top priority',
    },
  ],
  2: [
    {
      sentence: '进一步压实主管部门和属地监管职责。',
      text: '进一步',
      kind: 'word',
      zh: '词语“进一步”',
      en: 'The word 进一步 ("further")',
    },
    {
      sentence: '建立市、县(区)、乡(街)、村居四级包保制。',
      text: '四级包保制',
      kind: 'structure',
      zh: '四级包保制度',
      en: 'Four-level responsibility system',
    },
    {
      sentence: '坚持五育并举,促进学生全面发展。',
      text: '五育并举',
      kind: 'policy-term',
      zh: '教育方针用语“五育并举”',
      en: 'Policy phrase "five aspects of education together"',
    },
  ],
  3: [
    {
      sentence: '围绕四个严查,紧盯周末、节假日等关键时间节点。',
      text: '四个严查',
      kind: 'policy-term',
      zh: '工作口号“四个严查”',
      en: 'Slogan "four strict investigations"',
    },
    {
      sentence: '对问题机构实行一校一案整改,规范办学行为。',
      text: '一校一案',
      kind: 'policy-term',
      zh: '工作方法“一校一案”',
      en: 'Working method "one plan per school"',
    },
  ],
  4: [
    {
      sentence: '寒暑假前及时发布致全市家长的一封信。',
      text: '一封信',
      kind: 'word',
      zh: '文书名称“一封信”',
      en: 'A document name, "a letter"',
    },
    {
      sentence: '督促落实消防安全管理九项规定。',
      text: '九项规定',
      kind: 'policy-term',
      zh: '规章名称“九项规定”',
      en: 'Name of a regulation, "nine rules"',
    },
    {
      sentence: '今年五一假期,市领导突击暗访培训机构。',
      text: '五一假期',
      kind: 'date',
      zh: '节日名称“五一”假期',
      en: 'The May Day holiday, a date',
    },
  ],
};

/** Exclusions every source needs, whatever its sections. */
export const FIXED_EXCLUSIONS: ExclusionDef[] = [
  { text: '双减', kind: 'policy-term', zh: '政策名称“双减”', en: 'Policy name "Double Reduction"' },
  { text: '2021年', kind: 'date', zh: '年份', en: 'A year, not a statistic' },
  {
    text: '两年来',
    kind: 'period',
    zh: '时间短语“两年来”',
    en: 'Period phrase "over the past two years"',
  },
];
