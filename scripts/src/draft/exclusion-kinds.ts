import type { Exclusion } from '@shuangjian/schema';

export type ExclusionKind = Exclusion['kind'];

const QUOTED = (text: string) => `“${text}”`;

/** The bilingual reason an exclusion of a kind gives, drafted from a template. */
export function reasonFor(kind: ExclusionKind, text: string): { zh: string; en: string } {
  switch (kind) {
    case 'date':
      return { zh: `日期${QUOTED(text)},不是统计数字`, en: `Date ${text}, not a statistic` };
    case 'section-marker':
      return {
        zh: `段落或列表序号${QUOTED(text)},不是统计数字`,
        en: `Section or list marker ${text}, not a statistic`,
      };
    case 'title':
      return {
        zh: `标题用语${QUOTED(text)},不是统计数字`,
        en: `Title wording ${text}, not a statistic`,
      };
    case 'name':
      return {
        zh: `名称${QUOTED(text)}的一部分,不是统计数字`,
        en: `Part of a name (${text}), not a statistic`,
      };
    case 'policy-term':
      return {
        zh: `政策用语${QUOTED(text)},不是统计数字`,
        en: `Policy term ${text}, not a statistic`,
      };
    case 'contact':
      return {
        zh: `电话、热线或网址${QUOTED(text)},不是统计数字`,
        en: `Phone, hotline or web address ${text}, not a statistic`,
      };
    case 'structure':
      return {
        zh: `层级或结构用语${QUOTED(text)},不是统计数字`,
        en: `Structure ${text} (levels or parts of a system), not a statistic`,
      };
    case 'word':
      return {
        zh: `一般用语${QUOTED(text)},不是统计数字`,
        en: `Ordinary wording ${text}, not a statistic`,
      };
    case 'period':
      return {
        zh: `时段用语${QUOTED(text)},不是统计数字`,
        en: `Period phrase ${text}, not a statistic`,
      };
  }
}
