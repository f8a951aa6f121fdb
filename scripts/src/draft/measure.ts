import type { Unit } from '@shuangjian/schema';
import { measureWords } from '../validate/measure-words.ts';

/**
 * Measure words that may follow a number, longest first where one begins another. Those the
 * schema has no unit for get a proposed unit slug (reported as new units).
 */
const PROPOSED: Readonly<Record<string, string>> = {
  个百分点: 'percentage-points',
  百分点: 'percentage-points',
  个工作日: 'working-days',
  个月: 'months',
  个班: 'classes',
  课时: 'class-hours',
  学时: 'class-hours',
  小时: 'hours',
  分钟: 'minutes',
  平方米: 'square-metres',
  公里: 'kilometres',
  场次: 'sessions',
  轮次: 'rounds',
  批次: 'batches',
  户次: 'household-visits',
  场: 'sessions',
  天: 'days',
  周: 'weeks',
  篇: 'articles',
  座: 'venues',
  台: 'devices',
  支: 'teams',
  队: 'teams',
  类: 'categories',
  门: 'courses',
  节: 'lessons',
  户: 'households',
  间: 'rooms',
  种: 'kinds',
  轮: 'rounds',
  张: 'sheets',
  本: 'copies',
  册: 'copies',
  套: 'sets',
  块: 'boards',
  幅: 'posters',
  组: 'groups',
  班: 'classes',
  倍: 'multiples',
  岁: 'years-of-age',
  辆: 'vehicles',
  亩: 'mu',
  米: 'metres',
  届: 'editions',
  封: 'letters',
  校: 'schools',
  所次: 'institution-visits',
};

/** Every measure word the drafter recognises, known to the schema or proposed. */
const KNOWN_UNITS: readonly Unit[] = [
  'person-times',
  'persons',
  'institution-visits',
  'institutions',
  'entities',
  'leads',
  'cases',
  'documents',
  'document-times',
  'issues',
  'times',
  'meetings',
  'schools',
  'departments',
  'batches',
  'phone-lines',
  'organizations',
  'areas',
  'counties',
  'items',
  'places',
  'CNY',
  'percent',
  'years',
];

// Only the bare classifiers: "家机构" or "个片区" are labels, the source writes 家 or 个.
const SINGLE_WORDS = new Set(
  KNOWN_UNITS.flatMap((u) => measureWords(u)).filter(
    (w) =>
      ![
        '家机构',
        '个机构和个人',
        '条线索',
        '次会议',
        '所学校',
        '个部门',
        '部电话',
        '个组织',
        '个片区',
        '个县(区)',
      ].includes(w),
  ),
);
// 百分之/分之/成 are written inside raw, not after it.
for (const w of ['百分之', '分之', '成']) SINGLE_WORDS.delete(w);

const ALL_WORDS = [...new Set([...SINGLE_WORDS, ...Object.keys(PROPOSED)])].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
);

/** The measure word written at `pos` in `flat`, longest match, or null. */
export function measureWordAt(flat: string, pos: number): string | null {
  for (const w of ALL_WORDS) if (flat.startsWith(w, pos)) return w;
  return null;
}

/** Is the word one of the measure words the drafter knows (for "is a number followed by a count")? */
export const isMeasureWord = (w: string): boolean => ALL_WORDS.includes(w);

/** What the measure word counts, told by the nouns around the number. */
export interface UnitChoice {
  unit: string;
  /** True when the unit is not in UNITS or does not accept this measure word: a proposal. */
  proposed: boolean;
  why: string;
}

interface NounRule {
  pattern: RegExp;
  unit: Unit;
  name: string;
}

// Nouns that tell what 个 (or 所, 条, 起, 件, 次, 部) counts, searched in the words after the
// measure word, then before the number.
const GE_NOUNS: NounRule[] = [
  {
    pattern: /机构[、和及与]个人|机构和个体/u,
    unit: 'entities',
    name: 'institutions and individuals',
  },
  { pattern: /部门|单位/u, unit: 'departments', name: 'departments' },
  {
    pattern: /党支部|支部|党组织|组织|协会|社团|联盟/u,
    unit: 'organizations',
    name: 'organizations',
  },
  {
    pattern: /片区|商圈|区域|网格|街区|园区|板块|乡镇|街道|社区|村/u,
    unit: 'areas',
    name: 'areas',
  },
  {
    pattern: /县[(（]区[)）]|县[(（]市、?区[)）]|县区|县市区|区县|(?<![全本该各])县(?![级域委])/u,
    unit: 'counties',
    name: 'counties',
  },
  {
    pattern: /机构|培训班|培训点|办学点|教学点|公司|企业|托管|学堂|工作室/u,
    unit: 'institutions',
    name: 'institutions',
  },
  { pattern: /场所|点位|地点|窗口|站点/u, unit: 'places', name: 'places' },
];
// (其中学科类 holds 中学 but names no school.)
const SCHOOL_NOUN = /学校|中小学|小学|(?<!其)中学|幼儿园|高校|少年宫|学院|校区|高中|初中/u;
const LEAD_NOUN = /线索/u;
const CASE_NOUN = /案|违法|违规|侵权|投诉|举报|事件|事故/u;
const DOCUMENT_NOUN =
  /单|文件|函|通知|书|报告|材料|提案|建议|信|意见|方案|办法|制度|规定|标准|清单/u;
const MEETING_NOUN =
  /会议|(?:调度|推进|座谈|协调|联席|部署|培训|专题|现场|动员|工作|家长|交流|观摩|论证|分析|研判|听证|发布|见面|约谈|例)会|召开/u;
const PHONE_NOUN = /电话|热线/u;

const first = (text: string, pattern: RegExp): number => {
  const m = pattern.exec(text);
  return m ? m.index : -1;
};

/** The unit for a measure word, given the words after the measure word and before the number. */
export function chooseUnit(word: string, after: string, before: string): UnitChoice {
  const near = (pattern: RegExp): string | null => {
    if (first(after, pattern) >= 0) return 'after';
    return first(before, pattern) >= 0 ? 'before' : null;
  };
  const known = (unit: Unit, why: string): UnitChoice => {
    if (measureWords(unit).includes(word)) return { unit, proposed: false, why };
    return {
      unit,
      proposed: true,
      why: `${why}, but ${unit} is not written ${word} yet: add ${word} to its classifiers in scripts/src/validate/measure-words.ts, or choose another unit`,
    };
  };
  switch (word) {
    case '人':
    case '名':
    case '位':
      return known('persons', `unit persons from ${word}`);
    case '人次':
      return known('person-times', 'unit person-times from 人次');
    case '家次':
    case '个次':
      return known('institution-visits', `unit institution-visits from ${word}`);
    case '件次':
      return known('document-times', 'unit document-times from 件次');
    case '元':
      return known('CNY', 'unit CNY from 元');
    case '%':
    case '％':
      return known('percent', `unit percent from ${word}`);
    case '年':
      return known('years', 'unit years from 年 (a count of years)');
    case '份':
      return known('documents', 'unit documents from 份');
    case '期':
      return known('issues', 'unit issues from 期');
    case '批':
      return known('batches', 'unit batches from 批');
    case '处':
      return known('places', 'unit places from 处');
    case '项':
      return known('items', 'unit items from 项');
    case '例':
      return known('cases', 'unit cases from 例');
    case '部门':
      return known('departments', 'unit departments from 部门');
    case '家':
      return known('institutions', 'unit institutions from 家');
    case '所': {
      const school = near(SCHOOL_NOUN);
      return school
        ? known('schools', `unit schools from 所 and a school noun ${school} the number`)
        : known('institutions', 'unit institutions from 所 (no school noun near it)');
    }
    case '条':
      return near(LEAD_NOUN)
        ? known('leads', 'unit leads from 条 and 线索')
        : known('items', 'unit items from 条 (no 线索 near it)');
    case '起':
      return near(LEAD_NOUN)
        ? known('leads', 'unit leads from 起 and 线索')
        : known('cases', 'unit cases from 起 (no 线索 near it)');
    case '件': {
      const caseAt = Math.min(
        ...[first(after, CASE_NOUN), first(after, DOCUMENT_NOUN)].map((i) =>
          i < 0 ? Infinity : i,
        ),
      );
      if (caseAt !== Infinity)
        return first(after, CASE_NOUN) === caseAt
          ? known('cases', 'unit cases from 件 and a case noun after it')
          : known('documents', 'unit documents from 件 and a document noun after it');
      return CASE_NOUN.test(before) && !DOCUMENT_NOUN.test(before)
        ? known('cases', 'unit cases from 件 and a case noun before it')
        : known('documents', 'unit documents from 件 (no case noun near it)');
    }
    case '次':
      return near(MEETING_NOUN)
        ? known('meetings', 'unit meetings from 次 and a meeting word (会议, 召开 …)')
        : known('times', 'unit times from 次');
    case '部':
      return near(PHONE_NOUN)
        ? known('phone-lines', 'unit phone-lines from 部 and 电话/热线')
        : {
            unit: 'works',
            proposed: true,
            why: 'measure word 部 without 电话/热线: proposed unit works',
          };
    case '个': {
      if (near(SCHOOL_NOUN) === 'after' && first(after, SCHOOL_NOUN) === 0)
        return known('schools', 'unit schools from 个 and a school noun after it');
      let best: { at: number; rule: NounRule } | null = null;
      for (const rule of GE_NOUNS) {
        const at = first(after, rule.pattern);
        if (at >= 0 && (best === null || at < best.at)) best = { at, rule };
      }
      if (best)
        return known(
          best.rule.unit,
          `unit ${best.rule.unit} from 个 and the ${best.rule.name} noun after it`,
        );
      let nearest: { at: number; rule: NounRule } | null = null;
      for (const rule of GE_NOUNS) {
        const m = [...before.matchAll(new RegExp(rule.pattern.source, 'gu'))].at(-1);
        if (m && (nearest === null || m.index > nearest.at)) nearest = { at: m.index, rule };
      }
      if (nearest)
        return known(
          nearest.rule.unit,
          `unit ${nearest.rule.unit} from 个 and the ${nearest.rule.name} noun before it`,
        );
      return known('items', 'unit items from 个 (no noun that names another unit)');
    }
  }
  const proposal = PROPOSED[word];
  if (proposal)
    return {
      unit: proposal,
      proposed: true,
      why: `measure word ${word} has no unit in the schema: proposed unit ${proposal}`,
    };
  return {
    unit: 'unknown',
    proposed: true,
    why: `measure word ${word} is not one the drafter knows`,
  };
}

/** Measure words that need a noun to say what they count (个 does, 次 and 元 do not). */
export function needsNoun(word: string): boolean {
  return ![
    '次',
    '人次',
    '个次',
    '家次',
    '件次',
    '所次',
    '元',
    '%',
    '％',
    '年',
    '倍',
    '个百分点',
    '百分点',
    '小时',
    '分钟',
    '天',
    '周',
    '个月',
    '课时',
    '学时',
    '岁',
  ].includes(word);
}
