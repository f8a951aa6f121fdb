// A deterministic synthetic corpus for benchmarking validate + build:data at scale.
//
// Writes a complete repository root (data/ and packages/<city>/package.json) holding N cities. Each
// city has one source text shaped like the real reports (~1,300 characters: a title, a lead paragraph
// with a stated rate, and 3-4 sections opened by 一是/二是/...), ~27-30 figures with exact offsets,
// values and qualifiers, and the exclusions that make numeral coverage complete. Everything comes
// from a seeded PRNG: the same (cities, seed) always gives the same bytes, and city k is the same
// whatever N is. No Math.random, no clock.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type {
  Exclusion,
  FigureAnnotation,
  Indicator,
  PeriodKind,
  Qualifier,
  Source,
  Unit,
} from '@shuangjian/schema';

/** Repository-relative path -> exact bytes. */
export type CorpusFiles = Map<string, Uint8Array>;

export interface CorpusStats {
  cities: number;
  figures: number;
  exclusions: number;
  indicators: number;
  /** Code points of all source texts. */
  sourceChars: number;
  files: number;
  bytes: number;
}

export const DEFAULT_SEED = 20231127;
const SEED_FILE = 'data/seeds/000_synthetic.txt';
const SOURCE_DATE = '2023-09-27';

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32, seeded per city from (seed, city index).

class Rng {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

function citySeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Numbers as written.

interface Num {
  raw: string;
  value: number;
  qualifier: Qualifier;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const exact =
  (lo: number, hi: number) =>
  (r: Rng): Num => {
    const n = r.int(lo, hi);
    return { raw: String(n), value: n, qualifier: 'exact' };
  };
/** A lower bound such as 2700余, rounded to `step`. */
const atLeast =
  (lo: number, hi: number, step: number) =>
  (r: Rng): Num => {
    const n = r.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
    return { raw: `${n}余`, value: n, qualifier: 'at_least' };
  };
const either =
  (p: number, a: (r: Rng) => Num, b: (r: Rng) => Num) =>
  (r: Rng): Num =>
    r.chance(p) ? a(r) : b(r);
/** A Chinese numeral between 11 and 99, e.g. 十五, 二十三. */
const chinese =
  (lo: number, hi: number) =>
  (r: Rng): Num => {
    const n = r.int(Math.max(11, lo), Math.min(99, hi));
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return {
      raw: `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`,
      value: n,
      qualifier: 'exact',
    };
  };
/** Sums in 万: 36.75万 (exact), 12万余 (at least), 近8万 (approximate). Integer arithmetic only. */
const wan =
  (lo: number, hi: number, forms: readonly ('decimal' | 'more' | 'near' | 'tenth')[]) =>
  (r: Rng): Num => {
    const whole = r.int(lo, hi);
    const form = r.pick(forms);
    if (form === 'decimal') {
      const cents = r.int(1, 99);
      return {
        raw: `${whole}.${String(cents).padStart(2, '0')}万`,
        value: whole * 10_000 + cents * 100,
        qualifier: 'exact',
      };
    }
    if (form === 'tenth') {
      const tenth = r.int(1, 9);
      return {
        raw: `${whole}.${tenth}万`,
        value: whole * 10_000 + tenth * 1000,
        qualifier: 'exact',
      };
    }
    if (form === 'more')
      return { raw: `${whole}万余`, value: whole * 10_000, qualifier: 'at_least' };
    return { raw: `近${whole}万`, value: whole * 10_000, qualifier: 'approx' };
  };

// ---------------------------------------------------------------------------------------------
// The indicator catalogue: ten measures every city may report (cities 1 and 2 report all of them).

const INDICATORS: Indicator[] = [
  [
    'enforcement.personnel-dispatched',
    '出动执法人员人次',
    'Enforcement staff deployed (person-times)',
    'person-times',
    [],
  ],
  [
    'inspection.institutions-inspected',
    '检查机构数(家次)',
    'Tutoring providers inspected (institution-visits)',
    'institution-visits',
    ['institutions'],
  ],
  ['leads.received', '收到的问题线索', 'Tip-offs (leads) received', 'leads', []],
  [
    'violations.confirmed',
    '查实的违规培训',
    'Irregular tutoring confirmed on investigation',
    'cases',
    ['entities', 'institutions'],
  ],
  ['fees.refund-ordered', '责令退还的培训费用', 'Tutoring fees ordered refunded', 'CNY', []],
  ['supervision.social-supervisors', '社会监督员', 'Public supervisors appointed', 'persons', []],
  ['grid.workers', '网格员', 'Grid workers', 'persons', []],
  ['meetings.coordination', '专项会议', 'Coordination meetings held', 'meetings', []],
  [
    'institutions.approved',
    '已完成审批的校外培训机构',
    'Tutoring providers with completed approval',
    'institutions',
    [],
  ],
  [
    'institutions.closed',
    '被关停或终止办学的机构',
    'Tutoring providers shut down',
    'institutions',
    [],
  ],
].map(([id, zh, en, unit, alternate]) => ({
  id: id as string,
  name: { zh: zh as string, en: en as string },
  definition: {
    zh: `合成数据:${zh as string}。`,
    en: `Synthetic benchmark data: ${en as string}.`,
  },
  unit: unit as Unit,
  alternate_units: alternate as Unit[],
  comparability: { zh: '合成数据,仅用于性能测试。', en: 'Synthetic data, for benchmarking only.' },
}));

// ---------------------------------------------------------------------------------------------
// Figure templates. A quote is pre + raw + unit_zh + post; a clause is prefix + quote.

type Theme = 1 | 2 | 3 | 4;

interface Template {
  id: string;
  theme: Theme;
  pre: string;
  unit: Unit;
  unitZh: string;
  post?: string;
  /** Text before the quote in its clause, e.g. a period phrase. */
  prefix?: string;
  period?: { wording: string; kind: PeriodKind };
  label: { zh: string; en: string };
  indicator?: string;
  num: (r: Rng) => Num;
}

const TEMPLATES: Template[] = [
  // Indicator figures: every city has these ten.
  {
    id: 'enforcement-personnel-dispatched',
    theme: 3,
    prefix: '今年以来,',
    pre: '出动执法人员',
    unit: 'person-times',
    unitZh: '人次',
    period: { wording: '今年以来', kind: 'year' },
    label: {
      zh: '今年以来出动的执法人员(人次)',
      en: 'Enforcement staff deployed this year (person-times)',
    },
    indicator: 'enforcement.personnel-dispatched',
    num: either(0.4, atLeast(800, 6000, 100), exact(800, 6000)),
  },
  {
    id: 'institutions-inspected',
    theme: 3,
    pre: '检查培训机构',
    unit: 'institution-visits',
    unitZh: '家次',
    label: {
      zh: '检查培训机构(家次)',
      en: 'Inspections of tutoring providers (institution-visits)',
    },
    indicator: 'inspection.institutions-inspected',
    num: exact(300, 5000),
  },
  {
    id: 'leads-handled',
    theme: 2,
    pre: '处理查办举报线索',
    unit: 'leads',
    unitZh: '条',
    label: { zh: '处理查办的举报线索', en: 'Tip-offs handled and investigated' },
    indicator: 'leads.received',
    num: either(0.5, atLeast(100, 900, 10), exact(40, 900)),
  },
  {
    id: 'violations-confirmed',
    theme: 3,
    pre: '查实隐形变异违规培训',
    unit: 'cases',
    unitZh: '起',
    label: { zh: '查实的隐形变异违规培训', en: 'Cases of hidden irregular tutoring confirmed' },
    indicator: 'violations.confirmed',
    num: exact(5, 200),
  },
  {
    id: 'fees-refund-ordered',
    theme: 3,
    pre: '责令退还培训费用',
    unit: 'CNY',
    unitZh: '元',
    label: { zh: '责令退还的培训费用', en: 'Tutoring fees ordered refunded' },
    indicator: 'fees.refund-ordered',
    num: wan(2, 180, ['decimal', 'more', 'more']),
  },
  {
    id: 'social-supervisors',
    theme: 2,
    pre: '聘请社会监督员',
    unit: 'persons',
    unitZh: '名',
    label: { zh: '聘请的社会监督员', en: 'Public supervisors engaged' },
    indicator: 'supervision.social-supervisors',
    num: exact(12, 400),
  },
  {
    id: 'grid-workers',
    theme: 2,
    pre: '发动社区网格员',
    unit: 'persons',
    unitZh: '名',
    label: { zh: '参与监管的社区网格员', en: 'Community grid workers taking part in supervision' },
    indicator: 'grid.workers',
    num: exact(200, 3000),
  },
  {
    id: 'coordination-meetings',
    theme: 1,
    pre: '召开专题会议',
    unit: 'meetings',
    unitZh: '次',
    period: { wording: '两年来', kind: 'cumulative' },
    label: { zh: '两年来召开的专题会议', en: 'Coordination meetings held over the past two years' },
    indicator: 'meetings.coordination',
    num: either(0.5, chinese(11, 39), exact(6, 60)),
  },
  {
    id: 'institutions-approved',
    theme: 4,
    pre: '已完成审批的',
    unit: 'institutions',
    unitZh: '家',
    post: '机构全部纳入监管平台',
    label: {
      zh: '已完成审批并纳入监管平台的机构',
      en: 'Providers with completed approval, all on the supervision platform',
    },
    indicator: 'institutions.approved',
    num: exact(60, 900),
  },
  {
    id: 'institutions-closed',
    theme: 3,
    pre: '关停取缔违规机构',
    unit: 'institutions',
    unitZh: '个',
    label: { zh: '关停取缔的违规机构', en: 'Irregular providers shut down' },
    indicator: 'institutions.closed',
    num: exact(2, 60),
  },
  // Figures without an indicator: each city draws most of these.
  {
    id: 'prompt-letters',
    theme: 1,
    pre: '发送工作提示函',
    unit: 'document-times',
    unitZh: '件次',
    period: { wording: '两年来', kind: 'cumulative' },
    label: {
      zh: '两年来发送的工作提示函',
      en: 'Work reminder letters sent over the past two years',
    },
    num: exact(5, 90),
  },
  {
    id: 'work-bulletins',
    theme: 1,
    pre: '印发工作通报',
    unit: 'issues',
    unitZh: '期',
    period: { wording: '两年来', kind: 'cumulative' },
    label: {
      zh: '两年来印发的工作通报',
      en: 'Issues of the work bulletin over the past two years',
    },
    num: exact(4, 60),
  },
  {
    id: 'supporting-documents',
    theme: 1,
    pre: '出台配套文件',
    unit: 'documents',
    unitZh: '份',
    label: { zh: '出台的配套文件', en: 'Supporting policy documents issued' },
    num: exact(5, 80),
  },
  {
    id: 'member-departments',
    theme: 1,
    pre: '会同',
    unit: 'departments',
    unitZh: '个部门',
    post: '建立协调机制',
    label: { zh: '参与协调机制的部门', en: 'Departments in the coordination mechanism' },
    num: exact(8, 30),
  },
  {
    id: 'undercover-inspections',
    theme: 3,
    pre: '累计暗访督查',
    unit: 'times',
    unitZh: '次',
    period: { wording: '累计', kind: 'cumulative' },
    label: { zh: '累计开展的暗访督查', en: 'Unannounced inspections in total' },
    num: exact(50, 900),
  },
  {
    id: 'rectification-notices',
    theme: 3,
    pre: '下发整改通知书',
    unit: 'documents',
    unitZh: '份',
    label: { zh: '下发的整改通知书', en: 'Rectification notices issued' },
    num: exact(5, 120),
  },
  {
    id: 'teachers-punished',
    theme: 3,
    pre: '查处在职教师违规补课',
    unit: 'persons',
    unitZh: '人',
    label: { zh: '查处的违规补课在职教师', en: 'Serving teachers punished for paid tutoring' },
    num: exact(1, 40),
  },
  {
    id: 'blacklisted-institutions',
    theme: 3,
    pre: '将',
    unit: 'institutions',
    unitZh: '个',
    post: '违规培训机构纳入黑名单',
    label: { zh: '纳入黑名单的违规培训机构', en: 'Irregular providers blacklisted' },
    num: exact(1, 30),
  },
  {
    id: 'illegal-ads-removed',
    theme: 3,
    pre: '治理违规广告',
    unit: 'places',
    unitZh: '处',
    label: { zh: '治理的违规广告', en: 'Illegal advertisements dealt with' },
    num: exact(20, 600),
  },
  {
    id: 'business-districts',
    theme: 2,
    pre: '紧盯城区',
    unit: 'areas',
    unitZh: '个',
    post: '主要商圈',
    label: { zh: '重点监控的城区主要商圈', en: 'Main business districts watched' },
    num: exact(5, 40),
  },
  {
    id: 'publicity-boards',
    theme: 4,
    pre: '制作宣传展板',
    unit: 'items',
    unitZh: '个',
    label: { zh: '制作的宣传展板', en: 'Publicity boards made' },
    num: exact(100, 3000),
  },
  {
    id: 'joint-safety-inspections',
    theme: 4,
    prefix: '暑期,',
    pre: '开展安全联合检查',
    unit: 'times',
    unitZh: '次',
    period: { wording: '暑期', kind: 'season' },
    label: { zh: '暑期开展的安全联合检查', en: 'Joint safety inspections in the summer' },
    num: exact(10, 120),
  },
  {
    id: 'hazards-fixed',
    theme: 4,
    pre: '发现并整改安全隐患',
    unit: 'places',
    unitZh: '处',
    label: { zh: '发现并整改的安全隐患', en: 'Safety hazards found and fixed' },
    num: exact(10, 300),
  },
  {
    id: 'schools-covered',
    theme: 4,
    pre: '覆盖中小学校',
    unit: 'schools',
    unitZh: '所',
    label: { zh: '宣传覆盖的中小学校', en: 'Schools reached by the campaign' },
    num: exact(40, 900),
  },
  {
    id: 'volunteer-organizations',
    theme: 4,
    pre: '组建志愿服务组织',
    unit: 'organizations',
    unitZh: '个',
    label: { zh: '组建的志愿服务组织', en: 'Volunteer organizations formed' },
    num: exact(3, 80),
  },
  {
    id: 'hotlines',
    theme: 2,
    pre: '开通监督举报电话',
    unit: 'phone-lines',
    unitZh: '部',
    label: { zh: '开通的监督举报电话', en: 'Reporting hotlines opened' },
    num: exact(2, 30),
  },
  {
    id: 'whitelist-batches',
    theme: 2,
    pre: '公布白名单机构',
    unit: 'batches',
    unitZh: '批',
    label: { zh: '公布的白名单机构批次', en: 'Batches of the whitelist published' },
    num: exact(2, 12),
  },
  {
    id: 'parents-reached',
    theme: 4,
    pre: '惠及家长',
    unit: 'person-times',
    unitZh: '人次',
    label: { zh: '宣传活动惠及的家长', en: 'Parents reached by outreach (person-times)' },
    num: wan(1, 60, ['near', 'tenth']),
  },
  {
    id: 'staff-trained',
    theme: 4,
    pre: '组织从业人员',
    unit: 'persons',
    unitZh: '人',
    post: '参加安全培训',
    label: { zh: '参加安全培训的从业人员', en: 'Tutoring staff given safety training' },
    num: exact(100, 4000),
  },
  {
    id: 'staff-screened',
    theme: 2,
    pre: '排查培训从业人员',
    unit: 'persons',
    unitZh: '人',
    label: { zh: '排查的培训从业人员', en: 'Tutoring staff screened' },
    num: either(0.5, atLeast(500, 9000, 100), exact(500, 9000)),
  },
  {
    id: 'special-funds',
    theme: 1,
    pre: '投入专项经费',
    unit: 'CNY',
    unitZh: '元',
    label: { zh: '投入的专项经费', en: 'Special funds spent' },
    num: wan(10, 900, ['decimal', 'more']),
  },
  {
    id: 'managers-interviewed',
    theme: 3,
    pre: '约谈培训机构负责人',
    unit: 'person-times',
    unitZh: '人次',
    label: {
      zh: '约谈的培训机构负责人(人次)',
      en: 'Talks with heads of tutoring providers (person-times)',
    },
    num: exact(10, 400),
  },
  {
    id: 'materials-reviewed',
    theme: 2,
    pre: '审核培训材料',
    unit: 'documents',
    unitZh: '份',
    label: { zh: '审核的培训材料', en: 'Tutoring materials reviewed' },
    num: either(0.3, atLeast(200, 5000, 100), exact(200, 5000)),
  },
  {
    id: 'complaints-handled',
    theme: 2,
    pre: '办理群众投诉',
    unit: 'documents',
    unitZh: '件',
    label: { zh: '办理的群众投诉', en: 'Public complaints handled' },
    num: exact(20, 700),
  },
];

// ---------------------------------------------------------------------------------------------
// Prose: section headings, topic sentences, and sentences whose numerals need exclusions.

const ORDINALS = ['一', '二', '三', '四'];

const HEADINGS: Record<Theme, { a: string; b: string; en: string }[]> = {
  1: [
    { a: '聚焦长效机制', b: '坚持高位统筹', en: 'Lasting mechanisms, coordinated from the top' },
    {
      a: '健全工作机制',
      b: '压实各方责任',
      en: 'Sound working mechanisms and clear responsibilities',
    },
  ],
  2: [
    {
      a: '聚焦重点难点',
      b: '监管网格全域覆盖',
      en: 'Key difficulties, with a supervision grid covering the whole city',
    },
    { a: '强化日常监管', b: '畅通举报渠道', en: 'Routine supervision and open reporting channels' },
  ],
  3: [
    { a: '聚焦违规查处', b: '保持高压态势', en: 'Pursuing violations and keeping up the pressure' },
    { a: '严格执法检查', b: '依规严肃查处', en: 'Strict inspections and firm penalties' },
  ],
  4: [
    {
      a: '聚焦安全治理',
      b: '分级分类防范风险',
      en: 'Safety governance and risk prevention by level and category',
    },
    { a: '加强宣传引导', b: '营造良好氛围', en: 'Publicity and a good climate for the policy' },
  ],
};

const TOPICS: Record<Theme, string[]> = {
  1: ['强化组织领导。', '建立联动机制。', '纳入目标考核。', '完善制度建设。'],
  2: ['明确管理责任。', '加强日常监管。', '畅通举报渠道。', '压实属地责任。'],
  3: ['部门协同联动。', '依规严肃查处。', '开展专项行动。', '强化执法检查。'],
  4: ['加强平台管理。', '防范风险管控。', '强化隐患排查。', '深化家校协同。'],
};

/** Longer sentences without numerals, to give the texts the density of the real reports. */
const PROSE: Record<Theme, string[]> = {
  1: [
    '市委教育工作领导小组牵头成立专门协调机制,市直成员单位职责明确,分工协作。',
    '把校外培训机构治理列入市政府年度重点推进及重点督办事项。',
    '建立周调度、月通报工作机制,及时研究解决工作中的重点难点问题。',
    '将校外培训治理纳入县区党政领导目标管理考核,考核结果作为评先评优的重要依据。',
    '对工作成绩突出、勇于担当的县(区)在奖励补助资金分配时给予倾斜鼓励。',
  ],
  2: [
    '按照谁审批谁负责、谁主管谁监管的原则,实行分类管理。',
    '通过各类媒体平台公布监督举报电话,及时受理群众反映的问题。',
    '将校外培训监管纳入社区网格化管理,做到发现及时、处置有力。',
    '建立问题线索台账,逐条核查、限时办结、跟踪问效。',
    '对新设立的培训机构严格把好审批关,从源头上规范办学行为。',
  ],
  3: [
    '采取督查与暗访、日查与夜查、联检与抽检相结合等方式开展检查。',
    '聚焦周末、节假日等关键时间节点,持续开展隐形变异违规培训治理。',
    '对发现的问题依法依规作出处理,并在媒体上公开曝光典型案例。',
    '公安、市场监管、文化执法等部门密切配合,形成齐抓共管的工作格局。',
    '坚持露头就打、违规必查,始终保持高压态势。',
  ],
  4: [
    '将管理和运用全国校外教育培训监管与服务综合平台作为预收费风险管控的重要手段。',
    '市电视台开展专题报道,提示家长主动拒绝违规培训。',
    '深入开展培训机构安全隐患大排查、大整改,形成管理闭环。',
    '引导家长树立科学的教育观念,理性看待校外培训。',
    '在各中小学、培训机构、公交站点广泛宣传,有效防范卷款跑路事件发生。',
  ],
};

interface ExclusionSentence {
  sentence: string;
  text: string;
  kind: Exclusion['kind'];
  zh: string;
  en: string;
}

const EXCLUSION_SENTENCES: Record<Theme, ExclusionSentence[]> = {
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
const FIXED_EXCLUSIONS: Omit<ExclusionSentence, 'sentence'>[] = [
  { text: '双减', kind: 'policy-term', zh: '政策名称“双减”', en: 'Policy name "Double Reduction"' },
  { text: '2021年', kind: 'date', zh: '年份', en: 'A year, not a statistic' },
  {
    text: '两年来',
    kind: 'period',
    zh: '时间短语“两年来”',
    en: 'Period phrase "over the past two years"',
  },
];

/** Caveats attached to some figures, as long as the hand-written ones. */
const NOTES = [
  {
    zh: '原文未说明统计期,可能为政策实施以来的累计数。',
    en: 'The text does not give the period; the number may be cumulative since the policy began rather than for this year only.',
  },
  {
    zh: '原文未说明统计口径,是否含重复计数无法确定。',
    en: 'The text does not say how the number was counted, so it cannot be told whether repeat visits or duplicate entries are included.',
  },
  {
    zh: '数值写法为约数或下限,比较时应注意。',
    en: 'The number is written as a rounded figure or lower bound in the source; compare it with other cities with care.',
  },
  {
    zh: '原文把此数与前一分句连写,此处按通常读法理解。',
    en: 'The text runs this number on from the preceding clause without punctuation; it is read here in the usual way.',
  },
];

const NAME_A = '安宁平和江东西南北阳明清新华长兴泰康永乐丰嘉瑞临';
const NAME_B = '州山川原城林湖溪岭泉峰阳宁源江口桥塘坪洲渡台关沙浦';
const NUMERAL_CHAR = /[0-9〇零一二两三四五六七八九十百千万亿双]/u;

// ---------------------------------------------------------------------------------------------
// One city.

interface PlacedFigure {
  t: Pick<Template, 'id' | 'unit' | 'unitZh' | 'label' | 'period'>;
  num: Num;
  quote: string;
  /** Code-point offset of the quote in the text. */
  at: number;
  rawAt: number;
  section: number;
  indicator: string | null;
  formula: string | null;
  notes: { zh: string; en: string }[];
}

export interface SyntheticCity {
  slug: string;
  sourceId: string;
  text: string;
  sourceMeta: Omit<Source, 'seed' | 'sha256'>;
  cityYaml: { city: unknown; exclusions: Exclusion[]; figures: FigureAnnotation[] };
}

const cp = (s: string) => Array.from(s).length;

/** Code-point offsets of the non-overlapping occurrences of needle (the validator's semantics). */
function occurrences(chars: readonly string[], needle: string): number[] {
  const n = Array.from(needle);
  const found: number[] = [];
  outer: for (let i = 0; i + n.length <= chars.length;) {
    for (let k = 0; k < n.length; k++) {
      if (chars[i + k] !== n[k]) {
        i++;
        continue outer;
      }
    }
    found.push(i);
    i += n.length;
  }
  return found;
}

function makeCity(index: number, seed: number): SyntheticCity {
  const r = new Rng(citySeed(seed, index));
  const slug = `city-${String(index + 1).padStart(4, '0')}`;
  const sourceId = `${slug}-${SOURCE_DATE}`;
  const nameZh = `${NAME_A[index % NAME_A.length]}${NAME_B[Math.floor(index / NAME_A.length) % NAME_B.length]}市`;
  const nameEn = `Synthetic City ${index + 1}`;
  const sectionCount = r.chance(0.5) ? 3 : 4;
  const themeOf = (t: Theme): number => Math.min(t, sectionCount);

  let text = '';
  let pos = 0;
  const append = (s: string) => {
    text += s;
    pos += cp(s);
  };
  const figures: PlacedFigure[] = [];
  const usedExclusions: ExclusionSentence[] = [];
  const place = (
    t: PlacedFigure['t'],
    num: Num,
    pre: string,
    post: string,
    section: number,
    extra: Partial<PlacedFigure> = {},
  ): void => {
    const quote = `${pre}${num.raw}${t.unitZh}${post}`;
    figures.push({
      t,
      num,
      quote,
      at: pos,
      rawAt: pos + cp(pre),
      section,
      indicator: null,
      formula: null,
      notes: [],
      ...extra,
    });
    append(quote);
  };

  // Title and lead paragraph, with a stated rate.
  const focus = `${ORDINALS[sectionCount - 1]}个聚焦`;
  append(`${nameZh}突出${focus}\n\n深化校外教育培训机构治理\n\n \n\n`);
  const leadMarker = `${nameZh}坚持以`;
  const sectionMeta: Source['sections'] = [
    { number: 0, marker: leadMarker, heading: { zh: '导语', en: 'Lead paragraph' } },
  ];
  append(
    `${leadMarker}习近平新时代中国特色社会主义思想为指导,自2021年秋季学期起全面落实双减政策,把双减工作作为重要政治任务和重大民生工程来抓,在完善机制、加强监管、防范风险等方面聚力用劲,推动双减工作落地见效,促进学生全面发展、健康成长。`,
  );
  const before = r.int(120, 700);
  const remaining = r.int(5, Math.floor(before * 0.3));
  const rate = (((before - remaining) / before) * 100).toFixed(2);
  const inst = { unit: 'institutions' as const, unitZh: '个' };
  append('全市');
  place(
    {
      id: 'academic-institutions-before',
      ...inst,
      label: { zh: '原有学科类校外培训机构', en: 'Academic tutoring providers before the cutback' },
      period: { wording: '原有', kind: 'unspecified' },
    },
    { raw: String(before), value: before, qualifier: 'exact' },
    '原有',
    '学科类校外培训机构',
    0,
  );
  append(',');
  place(
    {
      id: 'academic-institutions-remaining',
      ...inst,
      label: { zh: '压减后现存的学科类校外培训机构', en: 'Academic tutoring providers remaining' },
      period: { wording: '现已', kind: 'as_of' },
    },
    { raw: String(remaining), value: remaining, qualifier: 'exact' },
    '现已压减至',
    '',
    0,
  );
  append(',');
  place(
    {
      id: 'academic-institutions-reduction-rate',
      unit: 'percent',
      unitZh: '%',
      label: {
        zh: '学科类校外培训机构压减率',
        en: 'Reduction rate of academic tutoring providers',
      },
      period: { wording: '现已', kind: 'as_of' },
    },
    { raw: rate, value: Number(rate), qualifier: 'exact' },
    '压减率',
    '',
    0,
    {
      formula:
        '(academic-institutions-before - academic-institutions-remaining) / academic-institutions-before',
      notes: [
        {
          zh: `按(${before}-${remaining})/${before}计算为${rate}%,与原文一致。`,
          en: `Recomputes as (${before} - ${remaining}) / ${before} = ${rate}%, as written.`,
        },
      ],
    },
  );
  append('。全市校外培训治理工作取得明显成效,学生过重的校外培训负担有效减轻。');

  // Choose the figures: all ten indicator templates, plus 14-17 others.
  const indicatorTemplates = TEMPLATES.filter((t) => t.indicator);
  const others = r.shuffle(TEMPLATES.filter((t) => !t.indicator)).slice(0, r.int(14, 17));
  const chosen = [...indicatorTemplates, ...others];

  for (let s = 1; s <= sectionCount; s++) {
    const themes = ([1, 2, 3, 4] as Theme[]).filter((t) => themeOf(t) === s);
    const heading = r.pick(HEADINGS[s as Theme]);
    const marker = `${ORDINALS[s - 1]}是${heading.a}`;
    sectionMeta.push({
      number: s,
      marker,
      heading: { zh: `${heading.a},${heading.b}`, en: heading.en },
    });
    append(`\n\n${marker},${heading.b}。`);
    const mine = r.shuffle(chosen.filter((t) => themes.includes(t.theme)));
    // Two-years figures go first, in one sentence opened by 两年来.
    const cumulative = mine.filter((t) => t.period?.wording === '两年来');
    const rest = mine.filter((t) => t.period?.wording !== '两年来');
    const groups: Template[][] = [];
    if (cumulative.length > 0) groups.push(cumulative);
    for (let i = 0; i < rest.length;) {
      const size = r.int(2, 4);
      groups.push(rest.slice(i, i + size));
      i += size;
    }
    const topics = r.shuffle(themes.flatMap((t) => TOPICS[t]));
    const excls = r.shuffle(themes.flatMap((t) => EXCLUSION_SENTENCES[t])).slice(0, r.int(1, 2));
    const prose = r.shuffle(themes.flatMap((t) => PROSE[t]));
    let p = 0;
    append(prose[p++ % prose.length]!);
    groups.forEach((group, g) => {
      append(topics[g % topics.length]!);
      append(prose[p++ % prose.length]!);
      if (group === cumulative) append('两年来,共');
      group.forEach((t, k) => {
        if (k > 0) append(',');
        if (t.prefix) append(t.prefix);
        const num = t.num(r);
        const keepIndicator = index < 2 || r.chance(0.85);
        const notes = r.chance(0.7) ? [r.pick(NOTES)] : [];
        place(t, num, t.pre, t.post ?? '', s, {
          indicator: t.indicator && keepIndicator ? t.indicator : null,
          notes,
        });
      });
      append('。');
      const ex = excls[g];
      if (ex) {
        append(ex.sentence);
        usedExclusions.push(ex);
      }
    });
    append(prose[p++ % prose.length]!);
  }
  append('\n');

  // Locate everything exactly as the validator will, and prove coverage before writing.
  const chars = Array.from(text);
  const covered = new Uint8Array(chars.length);
  const figureAnnotations: FigureAnnotation[] = figures.map((f) => {
    const found = occurrences(chars, f.quote);
    const occurrence = found.indexOf(f.at) + 1;
    if (occurrence === 0)
      throw new Error(`synthetic ${slug}: quote "${f.quote}" not found at ${f.at}`);
    const rawEnd = f.rawAt + cp(f.num.raw);
    covered.fill(1, f.rawAt, rawEnd);
    return {
      id: f.t.id,
      source: sourceId,
      section: f.section,
      label: {
        zh: `${nameZh}${f.t.label.zh}`,
        en: `${f.t.label.en}, as reported by ${nameEn} for the whole city`,
      },
      value: f.num.value,
      raw: f.num.raw,
      unit: f.t.unit,
      unit_zh: f.t.unitZh,
      qualifier: f.num.qualifier,
      period: {
        wording: f.t.period?.wording ?? null,
        kind: f.t.period?.kind ?? 'unspecified',
        start: null,
        end: null,
      },
      quote: {
        text: f.quote,
        start: f.at,
        end: f.at + cp(f.quote),
        ...(found.length > 1 ? { occurrence } : {}),
      },
      indicator: f.indicator,
      formula: f.formula,
      notes: f.notes,
    };
  });
  const exclusionDefs = [
    {
      text: focus,
      kind: 'title' as const,
      zh: `标题中的“${focus}”`,
      en: 'Part of the title, not a statistic',
    },
    ...FIXED_EXCLUSIONS,
    ...sectionMeta.slice(1).map((s) => ({
      text: `${ORDINALS[s.number - 1]}是`,
      kind: 'section-marker' as const,
      zh: `段落序号“${ORDINALS[s.number - 1]}是”`,
      en: `Section marker ${s.number}, not a statistic`,
    })),
    ...usedExclusions,
  ];
  const seen = new Set<string>();
  const exclusions: Exclusion[] = [];
  for (const e of exclusionDefs) {
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    const found = occurrences(chars, e.text);
    if (found.length === 0) continue;
    const width = cp(e.text);
    for (const start of found) {
      const hit = figureAnnotations.find((f) => {
        const rawStart =
          f.quote.start + cp(f.quote.text.slice(0, f.quote.text.indexOf(f.raw + f.unit_zh)));
        return rawStart < start + width && start < rawStart + cp(f.raw);
      });
      if (hit)
        throw new Error(`synthetic ${slug}: exclusion "${e.text}" overlaps figure ${hit.id}`);
      covered.fill(1, start, start + width);
    }
    exclusions.push({
      source: sourceId,
      text: e.text,
      count: found.length,
      kind: e.kind,
      reason: {
        zh: `${e.zh},不是统计数据`,
        en: `${e.en}; its numerals do not count anything and are not published as a figure`,
      },
    });
  }
  chars.forEach((ch, i) => {
    if (!covered[i] && NUMERAL_CHAR.test(ch))
      throw new Error(
        `synthetic ${slug}: numeral "${ch}" at ${i} is not covered: …${chars.slice(Math.max(0, i - 8), i + 8).join('')}…`,
      );
  });

  const title = `${nameZh}突出${focus} 深化校外教育培训机构治理`;
  return {
    slug,
    sourceId,
    text,
    sourceMeta: {
      id: sourceId,
      city: slug,
      title: {
        zh: title,
        en: `${nameEn}: deepening the governance of off-campus tutoring (synthetic)`,
      },
      author: { zh: `${nameZh}(合成数据)`, en: `${nameEn} (synthetic benchmark data)` },
      language: 'zh',
      republication: {
        publisher: 'example.org',
        url: `https://example.org/synthetic/${slug}.html`,
        date: SOURCE_DATE,
      },
      sections: sectionMeta,
      notes: [
        {
          zh: '合成数据,仅用于性能测试。',
          en: 'Synthetic text generated for benchmarking; not a real report.',
        },
      ],
    },
    cityYaml: {
      city: {
        slug,
        name: { zh: nameZh, en: nameEn },
        province: { zh: '示例省', en: 'Example Province' },
        admin_code: String(100000 + (index + 1) * 100),
      },
      exclusions,
      figures: figureAnnotations,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus.

const encoder = new TextEncoder();
const yaml = (value: unknown) => encoder.encode(stringify(value, { lineWidth: 0 }));

/** Every file of a synthetic repository root with `cities` cities, in memory. */
export function syntheticCorpus(
  cities: number,
  seed = DEFAULT_SEED,
): { files: CorpusFiles; stats: CorpusStats } {
  if (!Number.isInteger(cities) || cities < 2 || cities > 9999)
    throw new Error(
      `cities must be an integer in 2..9999 (every indicator needs two cities), not ${cities}`,
    );
  const files: CorpusFiles = new Map();
  const made = Array.from({ length: cities }, (_, i) => makeCity(i, seed));
  const texts = made.map((c) => encoder.encode(c.text));
  const seedBytes = new Uint8Array(texts.reduce((n, t) => n + t.length, 0));
  let offset = 0;
  let figures = 0;
  let exclusions = 0;
  let sourceChars = 0;
  made.forEach((c, i) => {
    const bytes = texts[i]!;
    seedBytes.set(bytes, offset);
    const meta: Source = {
      ...c.sourceMeta,
      seed: { file: SEED_FILE, byte_start: offset, byte_end: offset + bytes.length },
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    offset += bytes.length;
    // Key order as in the hand-edited files.
    const {
      id,
      city,
      title,
      author,
      language,
      republication,
      seed: seedRange,
      sha256,
      sections,
      notes,
    } = meta;
    files.set(`data/sources/${c.slug}/${c.sourceId}.zh.txt`, bytes);
    files.set(
      `data/sources/${c.slug}/${c.sourceId}.yaml`,
      yaml({
        id,
        city,
        title,
        author,
        language,
        republication,
        seed: seedRange,
        sha256,
        sections,
        notes,
      }),
    );
    files.set(`data/cities/${c.slug}.yaml`, yaml(c.cityYaml));
    files.set(
      `packages/${c.slug}/package.json`,
      encoder.encode(
        `${JSON.stringify({ name: `@shuangjian/${c.slug}`, version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
      ),
    );
    figures += c.cityYaml.figures.length;
    exclusions += c.cityYaml.exclusions.length;
    sourceChars += cp(c.text);
  });
  files.set(SEED_FILE, seedBytes);
  files.set('data/indicators.yaml', yaml({ indicators: INDICATORS }));
  const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);
  return {
    files,
    stats: {
      cities,
      figures,
      exclusions,
      indicators: INDICATORS.length,
      sourceChars,
      files: files.size,
      bytes,
    },
  };
}

/** Write a synthetic corpus into repoRoot (which should be empty); returns what was written. */
export function writeSyntheticCorpus(
  repoRoot: string,
  cities: number,
  seed = DEFAULT_SEED,
): CorpusStats {
  const { files, stats } = syntheticCorpus(cities, seed);
  for (const [path, bytes] of files) {
    const abs = join(repoRoot, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
  }
  return stats;
}
