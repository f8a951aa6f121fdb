// Prose without numerals (section headings, topic sentences, filler) and the caveats attached to
// figures: what gives the synthetic texts the shape and density of the real reports.
import type { Theme } from './figure-template.ts';

/** Section ordinals: 一是, 二是, ... and the N of the title's N个聚焦. */
export const ORDINALS = ['一', '二', '三', '四'];

/** Two ways to head each theme's section: marker phrase `a`, then `b`. */
export const HEADINGS: Record<Theme, { a: string; b: string; en: string }[]> = {
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

/** Topic sentences, one opening each group of figures. */
export const TOPICS: Record<Theme, string[]> = {
  1: ['强化组织领导。', '建立联动机制。', '纳入目标考核。', '完善制度建设。'],
  2: ['明确管理责任。', '加强日常监管。', '畅通举报渠道。', '压实属地责任。'],
  3: ['部门协同联动。', '依规严肃查处。', '开展专项行动。', '强化执法检查。'],
  4: ['加强平台管理。', '防范风险管控。', '强化隐患排查。', '深化家校协同。'],
};

/** Longer sentences without numerals, to give the texts the density of the real reports. */
export const PROSE: Record<Theme, string[]> = {
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

/** Caveats attached to some figures, as long as the hand-written ones. */
export const NOTES = [
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
