// Synthetic reports in the genre (city and county reports on governing off-campus tutoring under
// 双减), written for the drafter's tests. Every name, number and sentence is invented; together
// they use the four list styles, full-width digits, percent in words, fractions, 成, 万/亿,
// Chinese numerals, hotlines, dates and the usual period phrases.
import type { Indicator } from '@shuangjian/schema';
import type { DraftSection } from './types.ts';

export interface Fixture {
  sourceId: string;
  text: string;
  sections: DraftSection[];
}

/** Parenthesised list markers (（一）), full-width digits, 百分之, 三分之一, 七成, 亿元, 12345. */
export const REPORT_A: Fixture = {
  sourceId: 'city-a-2023-10-08',
  text: [
    '某市2023年校外培训治理工作报告',
    '',
    '（一）强化统筹协调。2023年9月27日，市双减工作领导小组召开第三次全体会议。截至2023年6月底，全市共有非学科类校外培训机构１２８６家，其中已完成审批的９１２家，审批率70.92%。',
    '（二）加大执法力度。前三季度，全市累计开展联合执法检查326次，出动执法人员4800余人次，查处违规培训机构57家，罚没款2.35亿元。通过12345政务服务便民热线受理群众投诉举报182件。',
    '（三）做好宣传引导。暑期，组织两百一十名志愿者开展入户宣传，发放致家长的一封信约3万份，覆盖全市百分之九十五以上的中小学生。全市三分之一的学校建立家长学校，七成家长参与线上课堂。',
    '',
  ].join('\n'),
  sections: [
    { number: 1, marker: '（一）' },
    { number: 2, marker: '（二）' },
    { number: 3, marker: '（三）' },
  ],
};

/** 一、 and 1． headings, 一是 inside a sentence, 2022年, 寒假, 5+2, 以上, 左右, a stated rate. */
export const REPORT_B: Fixture = {
  sourceId: 'county-b-2023-12-01',
  text: [
    '关于全县“双减”工作开展情况的汇报',
    '',
    '一、主要做法',
    '1．健全机制。建立县、乡、村三级联动机制，坚持一校一策、一机构一档，推动双减工作进千家万户。今年以来，召开联席会议6次，印发文件12份。',
    '2．严格监管。2022年，全县累计排查校外培训机构1.2万家次，发现问题线索1200余条，整改率达98.5%。全县学科类机构由原来的520家压减至52家，压减率90%。寒假期间，开展专项检查3轮，检查机构约300家左右。',
    '3．优化服务。全县中小学课后服务实现“5+2”全覆盖，参与学生5000人以上，教师参与率达95%，学生参与率较去年提高了三成。开设课后服务课程260门、社团1500个，累计服务时长超过12万课时。',
    '二、存在问题',
    '一是部分家长观念有待转变；二是隐形变异培训仍时有发生，第一时间发现难度较大。',
    '三、下一步打算',
    '下一步，我们将进一步巩固治理成果，确保“双减”工作落地见效。举报电话：0558-1234567，监督邮箱：sj2023@example.com。',
    '',
  ].join('\n'),
  sections: [
    { number: 1, marker: '一、主要做法' },
    { number: 2, marker: '二、存在问题' },
    { number: 3, marker: '三、下一步打算' },
  ],
};

/** 第一，… paragraphs, a lead paragraph (section 0), 以来, 今年1-8月, 目前, 约九成, 百分之百. */
export const REPORT_C: Fixture = {
  sourceId: 'district-c-2023-09-01',
  text: [
    '某区深化校外培训治理情况报告',
    '',
    '区委、区政府高度重视“双减”工作。“双减”政策实施以来，全区压减学科类培训机构146家，压减率达96.1%。',
    '第一，健全工作机制。成立由区长任组长的工作专班，建立区、街道、社区三级网格，配备网格员300余名，每月召开一次调度会。',
    '第二，强化执法检查。今年1-8月，开展联合执法行动45次，检查机构1320家次，立案查处违法违规案件19件，罚款金额合计86.5万元，清退预收费用近200万元。',
    '第三，规范非学科类培训。目前全区有非学科类机构608家，纳入资金监管的有547家，占比约九成。对发现的问题实行“一事一档、限期整改”，整改完成率达百分之百。',
    '',
  ].join('\n'),
  sections: [
    { number: 0, marker: '区委、区政府' },
    { number: 1, marker: '第一，' },
    { number: 2, marker: '第二，' },
    { number: 3, marker: '第三，' },
  ],
};

/** No section 0 given, a glued year, phone numbers, codes, 十余个, 个百分点, time limits, idioms. */
export const REPORT_D: Fixture = {
  sourceId: 'town-d-2024-01-15',
  text: [
    '（1）加强日常巡查。近三年来，全区共出动巡查人员2.6万人次，对发现的问题要求在3日内整改到位。二〇二三年九月，区教体局联合市场监管等十余个部门开展“清风行动”，三令五申严禁违规培训。',
    '（2）做好课后服务。课后服务覆盖率较上年提高了2个百分点，全区建成5G智慧课堂36间，K12在线平台注册学生8.7万名，双师课堂每周开课40节。',
    '（3）畅通举报渠道。开通12356教育服务热线，6月1日至8月31日共接到举报电话86个，办结率100%。数十家机构主动退费，第3批白名单于10月公布。',
    '（4）纳入考核。严格落实市县两级督导责任，纳入年度考核，20233个乡镇因工作不力被通报。',
    '',
  ].join('\n'),
  sections: [
    { number: 1, marker: '（1）' },
    { number: 2, marker: '（2）' },
    { number: 3, marker: '（3）' },
    { number: 4, marker: '（4）' },
  ],
};

/** Years as periods inside a sentence, 所次, 轮次, a norm (不少于), ages, 其中, 以来 after an event. */
export const REPORT_E: Fixture = {
  sourceId: 'city-e-2024-02-20',
  text: [
    '一、工作成效',
    '全市现有中小学校524所，在校学生68.5万人。全市共有校外培训机构1234所，其中学科类机构56所、非学科类机构1178所。2021年7月中办、国办印发《意见》以来，全市累计查处违规培训156起，罚款共计45.6万元。',
    '2023年，全市开展执法检查1.6万余次，出动执法人员4.2万人次。开展专项督导检查5轮次，督导学校386所次。学科类机构从2021年的1200家减少到2023年的60家。',
    '二、课后服务',
    '全市课后服务时间每天不少于2小时，面向3至6岁幼儿家长开展宣传，百余名志愿者参与入户走访。',
    '',
  ].join('\n'),
  sections: [
    { number: 1, marker: '一、工作成效' },
    { number: 2, marker: '二、课后服务' },
  ],
};

/** A whole report: title, lead, headings, 全年, a campaign name in quotes, a document title. */
export const REPORT_F: Fixture = {
  sourceId: 'city-f-2023-12-10',
  text: [
    '关于2023年全市校外培训监管工作情况的报告',
    '',
    '今年以来，市教育局认真贯彻落实“双减”决策部署，校外培训治理取得阶段性成效。',
    '',
    '一、基本情况',
    '截至11月底，全市共有经审批的非学科类校外培训机构842家，其中体育类315家、文化艺术类402家、科技类125家。全市学科类培训机构已由“双减”前的1093家压减至9家，压减率99.2%。',
    '',
    '二、主要做法',
    '（一）强化部门协同。市级成立由分管副市长任组长、15个部门为成员的专项工作组，全年召开工作推进会8次，印发《校外培训机构监管十条措施》等制度文件6个。',
    '（二）开展专项整治。组织开展“暑期护苗”等4个专项行动，联合市场监管、公安、消防等部门开展检查2860余次，出动检查人员9千余人次，排查机构3400余家次，取缔无证机构37家。',
    '（三）畅通社会监督。公布市县两级举报电话12部，开通12345热线“双减”专席，共受理举报投诉1180件，按时办结率100%。',
    '',
  ].join('\n'),
  sections: [
    { number: 0, marker: '今年以来，市教育局' },
    { number: 1, marker: '一、基本情况' },
    { number: 2, marker: '二、主要做法' },
  ],
};

export const FIXTURES = [REPORT_A, REPORT_B, REPORT_C, REPORT_D, REPORT_E, REPORT_F];

const indicator = (
  id: string,
  name: string,
  definition: string,
  unit: Indicator['unit'],
  alternate: Indicator['alternate_units'] = [],
): Indicator => ({
  id,
  name: { zh: name, en: id },
  definition: { zh: definition, en: id },
  unit,
  alternate_units: alternate,
  comparability: { zh: '—', en: '—' },
  definition_differences: null,
});

/** A small catalogue in the shape of data/indicators.yaml. */
export const CATALOGUE: Indicator[] = [
  indicator(
    'enforcement.personnel-dispatched',
    '出动执法人员人次',
    '为检查校外培训机构而出动的执法或检查人员的人次。',
    'person-times',
  ),
  indicator(
    'inspection.institutions-inspected',
    '检查机构数(家次)',
    '检查校外培训机构的次数。',
    'institution-visits',
    ['institutions'],
  ),
  indicator(
    'inspection.joint-operations',
    '多部门联合检查次数',
    '教育部门会同其他部门开展的联合检查或联合执法行动次数。',
    'times',
  ),
  indicator(
    'leads.received',
    '收到的问题线索',
    '通过热线、平台、举报等渠道收集或受理的问题线索数。',
    'leads',
  ),
  indicator('grid.workers', '网格员', '参与校外培训监管的网格员人数。', 'persons'),
  indicator(
    'fees.refund-ordered',
    '责令退还的培训费用',
    '主管部门责令违规培训主体退还的费用(元)。',
    'CNY',
  ),
];
