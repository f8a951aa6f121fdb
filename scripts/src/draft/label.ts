import type { LocalizedText } from '@shuangjian/schema';
import { namesThingAfter, namesThingBefore } from './clause.ts';
import { TITLE_VERBS, VERBS_AFTER_COUNT } from './vocabulary.ts';

const TITLE_MAX = 16;
const PUNCT = /^[\s\u3000\u00a0，,、：:；;。“”"‘’《》]+|[\s\u3000\u00a0，,、：:；;。“”"‘’《》]+$/gu;
const SCOPE =
  /^(?:截至目前|目前|当前|今年以来|今年|全市|全县|全区|全省|各地|其中|共有|拥有|现有|共计|共|累计|合计|总计|现已|已经|已|有)+/u;

const clean = (s: string) => s.replace(PUNCT, '').trim();

/** The Chinese label: the period wording (if not in the quote), the quote without its number. */
export function draftLabel(
  quote: string,
  written: string,
  unitZh: string,
  wording: string | null,
): LocalizedText {
  const rest = clean(quote.replace(written, ''));
  const period = wording !== null && !quote.includes(wording) ? wording : '';
  const unit = unitZh !== '' && !quote.replace(written, '').includes(unitZh) ? `(${unitZh})` : '';
  return {
    zh: `${period}${rest}${unit}` || `${quote}`,
    en: 'TODO: English label (what is counted, by whom, over what period)',
  };
}

const CUT_WORDS = VERBS_AFTER_COUNT.filter((w) => w !== '的');
const first16 = (s: string) => [...s].slice(0, TITLE_MAX).join('');
const last16 = (s: string) => [...s].slice(-TITLE_MAX).join('');

/** The words before the first verb (at least two characters in): 中小学开展暑期托管服务 -> 中小学. */
function beforeVerb(text: string): string {
  let cut = text.length;
  for (const w of CUT_WORDS) {
    const at = text.indexOf(w, 2);
    if (at >= 2 && at < cut) cut = at;
  }
  return text.slice(0, cut);
}

/** The noun phrase before a number: the last clause that names a thing, from its last verb. */
function nounBefore(before: string): string {
  const segments = before
    .split(
      /[，,：:；;]|[A-Za-z]*[0-9０-９]+(?:[.．][0-9０-９]+)?[万亿]?[余多]?(?:人次|家次|个次|件次|[家个名人所条次项件份元%批期处起例日月年号]|[A-Za-z]+)?/u,
    )
    .map(clean)
    .filter((x) => x !== '');
  let noun = segments.at(-1) ?? '';
  if (!namesThingBefore(noun)) noun = [...segments].reverse().find(namesThingBefore) ?? noun;
  noun = noun.replace(SCOPE, '');
  if ([...noun].length <= 8) return noun;
  for (const minimum of [4, 2]) {
    const at = Math.max(
      ...TITLE_VERBS.map((v) => noun.lastIndexOf(v)).filter(
        (i) => i > 0 && [...noun.slice(i)].length >= minimum,
      ),
    );
    if (Number.isFinite(at) && at > 0) return noun.slice(at);
  }
  return noun;
}

/**
 * A short Chinese title (at most 16 characters): the thing counted after the measure word, or
 * the noun or verb phrase before the number (出动执法人员, 印发督办单), without the number.
 */
export function draftTitleZh(before: string, afterUnit: string, label: string): string {
  // 5000人以上的学生: the qualifier word is not part of what is counted.
  const after = afterUnit.replace(/^(?:以上|左右|以下|多|余)?的?/u, '');
  const afterClause = clean(after.split(/[，,。；;：:]/u)[0] ?? '');
  if (namesThingAfter(after)) {
    const named = clean(beforeVerb(afterClause));
    // 已完成审批的161家机构: a bare noun takes the words that qualify it.
    const qualifier = clean(before)
      .replace(SCOPE, '')
      .replace(/^[对将向把从在]/u, '');
    if (
      [...named].length <= 2 &&
      qualifier !== '' &&
      !/[0-9０-９]/u.test(qualifier) &&
      [...qualifier].length + [...named].length <= 10
    )
      return first16(qualifier + named);
    if ([...named].length >= 2) return first16(named);
  }
  const noun = nounBefore(before);
  // 非学科类校外培训机构,331个完成审批核准: the noun and what it did.
  const done = !namesThingAfter(after) && afterClause !== '' ? afterClause : '';
  // …压减率达98.6%: the verb before the number is not part of the name.
  const title = (
    done && [...noun].length + [...done].length <= TITLE_MAX ? noun + done : noun || done
  ).replace(/(?:达到|达|为|是|至|约|近|共计|共|合计|累计|同比|较上年)+$/u, '');
  if ([...title].length >= 2) return last16(title);
  return first16(clean(label)) || '待定标题';
}

/** Titles unique within the output: a repeated one gets its period or a number added. */
export function uniqueTitles(titles: { zh: string; period: string | null }[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const t of titles) {
    let title = t.zh;
    if (seen.has(title) && t.period)
      title = [...`${t.period}${title}`].slice(0, TITLE_MAX).join('');
    for (let n = 2; seen.has(title); n++) {
      const suffix = `(${n})`;
      title = [...t.zh].slice(0, TITLE_MAX - suffix.length).join('') + suffix;
    }
    seen.set(title, 1);
    out.push(title);
  }
  return out;
}

// Words of the genre, for readable ids. Longest first when scanning.
const GLOSSARY: Readonly<Record<string, string>> = {
  非学科类: 'non-academic',
  学科类: 'academic',
  隐形变异: 'hidden',
  执法人员: 'enforcement-staff',
  检查人员: 'inspection-staff',
  工作人员: 'staff',
  从业人员: 'staff',
  网格员: 'grid-workers',
  协管员: 'assistant-supervisors',
  监督员: 'supervisors',
  督学: 'school-inspectors',
  人大代表: 'deputies',
  政协委员: 'cppcc-members',
  委员: 'members',
  志愿者: 'volunteers',
  家长: 'parents',
  学生: 'students',
  师生: 'teachers-and-students',
  教师: 'teachers',
  中小学: 'schools',
  学校: 'schools',
  少年宫: 'youth-centres',
  培训机构: 'institutions',
  机构: 'institutions',
  个人: 'individuals',
  线索: 'leads',
  举报电话: 'hotlines',
  电话: 'phone-lines',
  热线: 'hotlines',
  白名单: 'whitelist',
  黑名单: 'blacklist',
  调度会: 'meetings',
  推进会: 'meetings',
  会议: 'meetings',
  督办单: 'supervision-orders',
  通知书: 'notices',
  通报: 'notices',
  提示函: 'reminder-letters',
  文件: 'documents',
  承诺书: 'pledges',
  展板: 'display-boards',
  视频: 'videos',
  讲座: 'lectures',
  课堂: 'classes',
  党支部: 'party-branches',
  片区: 'areas',
  商圈: 'business-districts',
  网格: 'grid',
  县: 'counties',
  部门: 'departments',
  广告: 'ads',
  隐患: 'hazards',
  问题: 'problems',
  方面: 'aspects',
  条款: 'clauses',
  内容: 'clauses',
  项目: 'programmes',
  活动: 'activities',
  社团: 'clubs',
  课程: 'courses',
  课时: 'class-hours',
  时长: 'hours',
  资金: 'funds',
  费用: 'fees',
  退费: 'refunds',
  罚没: 'fines',
  罚款: 'fines',
  投诉: 'complaints',
  举报: 'reports',
  托管: 'day-care',
  课后服务: 'after-school',
  覆盖率: 'coverage-rate',
  审批率: 'approval-rate',
  压减率: 'reduction-rate',
  达标率: 'compliance-rate',
  率: 'rate',
  暑期: 'summer',
  寒假: 'winter',
  联合执法: 'joint-enforcement',
  联合: 'joint',
  暗访: 'undercover-visits',
  督查: 'inspections',
  巡查: 'patrols',
  检查: 'inspections',
  核查: 'checks',
  排查: 'screenings',
  约谈: 'summoned',
  问责: 'accountability',
  出动: 'dispatched',
  受理: 'received',
  收集: 'collected',
  处理: 'handled',
  查实: 'confirmed',
  查处: 'punished',
  关停: 'closed',
  取缔: 'banned',
  终止: 'closed',
  注销: 'deregistered',
  转型: 'converted',
  审批: 'approved',
  公示: 'listed',
  公布: 'published',
  公开: 'published',
  印发: 'issued',
  下发: 'issued',
  发布: 'issued',
  整改: 'rectified',
  分流: 'redirected',
  推荐: 'recommended',
  遴选: 'selected',
  组建: 'formed',
  推选: 'elected',
  划分: 'delimited',
  配备: 'assigned',
  参与: 'participants',
  参加: 'participants',
  违规: 'irregular',
  补课: 'paid-tutoring',
  督导: 'supervision',
  停办: 'closed',
};
const KEYS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** English words for the glossary terms in a Chinese text, in order, without repeats. */
export function glossaryWords(zh: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < zh.length;) {
    const key = KEYS.find((k) => zh.startsWith(k, i));
    if (key) {
      for (const w of GLOSSARY[key]!.split('-')) if (!words.includes(w)) words.push(w);
      i += key.length;
    } else i++;
  }
  return words;
}

/** Readable kebab-case ids, unique within the output: glossary words of the title, or the unit. */
export function draftIds(
  figures: { title: string; label: string; unit: string; order: number }[],
): string[] {
  const used = new Set<string>();
  return figures.map((f) => {
    let words = glossaryWords(f.title);
    if (words.length === 0) words = glossaryWords(f.label);
    const base = (
      words.length > 0
        ? words.slice(0, 5).join('-')
        : `figure-${String(f.order).padStart(3, '0')}-${f.unit}`
    )
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '');
    let id = base || `figure-${String(f.order).padStart(3, '0')}`;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
