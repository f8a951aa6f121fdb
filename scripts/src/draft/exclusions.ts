import { isMeasureWord, measureWordAt } from './measure.ts';
import { isChineseNumeral, isDigit, isNumeralChar, numeralRunEnd } from './numbers.ts';
import { CJK, type Doc, type Span } from './text.ts';
import type { ExclusionKind } from './exclusion-kinds.ts';
import { FIXED_PHRASES, SLOGAN_VERBS } from './vocabulary.ts';

/** A span of text proposed as an exclusion, with its kind and why. */
export interface Candidate extends Span {
  kind: ExclusionKind;
  why: string;
}

const CN = '一二两三四五六七八九十';
const hasNumeral = (doc: Doc, s: Span) => [...doc.flat.slice(s.start, s.end)].some(isNumeralChar);

const PHRASES = Object.keys(FIXED_PHRASES).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Fixed words, idioms and policy terms (双减, 进一步, 千家万户), wherever they stand alone. */
export function fixedPhrases(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const flat = doc.flat;
  for (const phrase of PHRASES) {
    for (let i = flat.indexOf(phrase); i >= 0; i = flat.indexOf(phrase, i + 1)) {
      const end = i + phrase.length;
      const before = flat[i - 1];
      const after = flat[end];
      // Inside a longer number (三万一千 is not 万一) or an ordinal (第一批 is not 一批).
      if (isChineseNumeral(phrase[0]) && (isNumeralChar(before) || before === '第')) continue;
      if (isChineseNumeral(phrase.at(-1)) && isChineseNumeral(after)) continue;
      if (phrase.endsWith('分') && after === '之') continue;
      const kind = FIXED_PHRASES[phrase]!;
      const what = {
        'policy-term': 'a policy term',
        word: 'a fixed word or idiom',
        date: 'a holiday named by its date',
      }[kind as 'policy-term' | 'word' | 'date'];
      out.push({ start: i, end, kind, why: `excluded: ${phrase} is ${what ?? kind}` });
    }
  }
  return out;
}

const monthOk = (m: string | undefined) => m === undefined || (Number(m) >= 1 && Number(m) <= 12);
const dayOk = (d: string | undefined) => d === undefined || (Number(d) >= 1 && Number(d) <= 31);
const RANGE = '[-—–~～至到]';
const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
const CN_DAY = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/** Dates and times: 2023年9月, 9月27日, 2023-09-27, 二〇二三年九月, 18:00, 晚8点. */
export function dates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: Span, why: string) => out.push({ ...s, kind: 'date', why: `excluded: ${why}` });
  for (const { start, end, m } of doc.matches(
    new RegExp(
      `(?<![0-9.])(?:19|20)[0-9]{2}(?:${RANGE}(?:19|20)?[0-9]{2})?年(?:度)?(?:([0-9]{1,2})(?:${RANGE}[0-9]{1,2})?月(?:份)?(?:([0-9]{1,2})(?:${RANGE}[0-9]{1,2})?[日号])?)?`,
      'u',
    ),
  ))
    if (monthOk(m[1]) && dayOk(m[2])) add({ start, end }, `${m[0]} is a date`);
  for (const { start, end, m } of doc.matches(
    new RegExp(
      `(?<![0-9.])([0-9]{1,2})(?:${RANGE}[0-9]{1,2})?月(?:份)?(?:([0-9]{1,2})(?:${RANGE}[0-9]{1,2})?[日号])?`,
      'u',
    ),
  ))
    if (monthOk(m[1]) && dayOk(m[2])) add({ start, end }, `${m[0]} is a date`);
  for (const { start, end, m } of doc.matches(
    /(?<=月)([0-9]{1,2})[日号]|(?<![0-9.])([0-9]{1,2})日(?!内)/u,
  ))
    if (dayOk(m[1] ?? m[2])) add({ start, end }, `${m[0]} is a day of the month`);
  for (const { start, end, m } of doc.matches(
    /(?<![0-9])(?:19|20)[0-9]{2}[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12][0-9]|3[01]))?(?![0-9])/u,
  ))
    add({ start, end }, `${m[0]} is a date`);
  for (const { start, end, m } of doc.matches(
    new RegExp(
      `[〇零一二三四五六七八九]{4}年(?:${CN_MONTH}月(?:${CN_DAY}[日号])?)?|(?<![${CN}])${CN_MONTH}月(?:份)?(?:${CN_DAY}[日号])?`,
      'u',
    ),
  ))
    add({ start, end }, `${m[0]} is a date written in Chinese numerals`);
  for (const { start, end, m } of doc.matches(/(?<![0-9])[0-9]{1,2}[:：][0-9]{2}(?![0-9])/u))
    add({ start, end }, `${m[0]} is a time of day`);
  for (const { start, end, m } of doc.matches(
    /(?<=(?:晚|早|上午|下午|凌晨|夜间|晚上|中午|每天|每日)\s*)[0-9]{1,2}(?:时|点)(?:[0-9]{1,2}分)?|(?<![0-9])[0-9]{1,2}(?:时|点)(?:[0-9]{1,2}分)?(?=前|后|至|到|以后|以前|之前|之后)/u,
  ))
    add({ start, end }, `${m[0]} is a time of day`);
  return out;
}

/** Phone numbers, hotlines (12345热线), web and e-mail addresses. */
export function contacts(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const flat = doc.flat;
  const add = (s: Span, why: string) =>
    out.push({ ...s, kind: 'contact', why: `excluded: ${why}` });
  for (const { start, end, m } of doc.matches(
    /(?<![0-9])(?:0[0-9]{2,3}[-—][0-9]{7,8}|1[3-9][0-9]{9}|400[-]?[0-9]{3}[-]?[0-9]{4})(?![0-9])/u,
  ))
    add({ start, end }, `${m[0]} is a phone number`);
  for (const { start, end, m } of doc.matches(
    /(?:https?:\/\/|www\.)[A-Za-z0-9./?=&_%#-]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/u,
  ))
    if (/[0-9]/u.test(m[0])) add({ start, end }, `${m[0]} is a web or e-mail address`);
  for (const { start, end, m } of doc.matches(/(?<![0-9.])[0-9]{3,6}(?![0-9.])/u)) {
    if (measureWordAt(flat, end) !== null && !/^(?:123[0-9]{2}|110|119|120|122)$/u.test(m[0]))
      continue;
    const after = flat.slice(end, end + 10);
    const before = flat.slice(Math.max(0, start - 8), start);
    const hotlineAfter =
      /^[”"」』)）\s]*[\u4e00-\u9fff]{0,5}?(?:热线|电话|服务平台|便民|专线|举报平台)/u.test(after);
    const hotlineBefore = /(?:拨打|热线|电话|专线)[：:“"「\s]*$/u.test(before);
    const service = /^(?:123[0-9]{2}|110|119|120|122)$/u.test(m[0]);
    if (hotlineAfter || hotlineBefore || (service && measureWordAt(flat, end) === null))
      add(
        { start, end },
        `${m[0]} is a hotline or phone number${hotlineAfter || hotlineBefore ? ' (热线/电话 next to it)' : ''}`,
      );
  }
  return out;
}

/** Policy designs written with +: 1+N, 5+2, 3+1+N. */
export function plusTerms(doc: Doc): Candidate[] {
  const part = `(?:[0-9]+|[${CN}]+|[NnXx])`;
  return [...doc.matches(new RegExp(`${part}(?:\\s*[+＋]\\s*${part})+`, 'u'))]
    .filter(({ m }) => /[0-9一二两三四五六七八九十]/u.test(m[0]) && /[+＋]/u.test(m[0]))
    .map(({ start, end, m }) => ({
      start,
      end,
      kind: 'policy-term' as const,
      why: `excluded: ${m[0]} names a policy design (parts joined by +)`,
    }));
}

/** Codes and versions: 5G, K12, H5, APP2.0, 2.0版. */
export function codes(doc: Doc): Candidate[] {
  return [
    ...doc.matches(
      /[A-Za-z]+[0-9]+(?:\.[0-9]+)*[A-Za-z0-9]*|(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:[A-Za-z]+[A-Za-z0-9]*|版)/u,
    ),
  ].map(({ start, end, m }) => ({
    start,
    end,
    kind: 'name' as const,
    why: `excluded: ${m[0]} is a code or version name`,
  }));
}

/** The report's title lines: their numerals are wording (三力赋能, 四个聚焦). */
export function titleWords(doc: Doc, title: Span): Candidate[] {
  const out: Candidate[] = [];
  for (let i = title.start; i < title.end; i++) {
    if (!isNumeralChar(doc.flat[i])) continue;
    let end = Math.min(title.end, numeralRunEnd(doc.flat, i));
    while (end < title.end && isNumeralChar(doc.flat[end]))
      end = Math.min(title.end, numeralRunEnd(doc.flat, end));
    let wordEnd = end;
    while (
      wordEnd < title.end &&
      wordEnd - end < 3 &&
      CJK.test(doc.flat[wordEnd]!) &&
      !isNumeralChar(doc.flat[wordEnd])
    )
      wordEnd++;
    let start = i;
    if (wordEnd === end)
      while (
        start > title.start &&
        i - start < 2 &&
        CJK.test(doc.flat[start - 1]!) &&
        !isNumeralChar(doc.flat[start - 1])
      )
        start--;
    out.push({
      start,
      end: wordEnd,
      kind: 'title',
      why: `excluded: ${doc.slice(start, wordEnd)} is wording in the title`,
    });
    i = end - 1;
  }
  return out;
}

const BOUNDARY_BEFORE = '(?<=^|[\\n。；;！？!?，,：:\\s\\u3000])';

/** List and section markers (一是, 一、, （一）, 1., 其一) and ordinals (第一, 第三批). */
export function markers(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: Span, kind: ExclusionKind, why: string) =>
    out.push({ ...s, kind, why: `excluded: ${why}` });
  for (const { start, end, m } of doc.matches(
    new RegExp(`${BOUNDARY_BEFORE}[${CN}]+(?:是|要)`, 'u'),
  ))
    add({ start, end }, 'section-marker', `${m[0]} opens a list item`);
  for (const { start, end, m } of doc.matches(
    new RegExp(`(?<=^|\\n)[\\s\\u3000]*([${CN}]+|[0-9]{1,2})[、.．](?![0-9])`, 'u'),
  )) {
    const lead = m[0].length - m[0].trimStart().length;
    add(
      { start: start + lead, end },
      'section-marker',
      `${m[0].trim()} numbers a section at the start of a line`,
    );
  }
  for (const { start, end, m } of doc.matches(new RegExp(`[（(](?:[${CN}]+|[0-9]{1,2})[)）]`, 'u')))
    add({ start, end }, 'section-marker', `${m[0]} numbers a list item`);
  for (const { start, end, m } of doc.matches(new RegExp(`其[${CN}](?![${CN}])`, 'u')))
    add({ start, end }, 'section-marker', `${m[0]} ("the first/second …") orders a list`);
  for (const { start, end, m } of doc.matches(
    new RegExp(`第(?:[${CN}百零〇]+|[0-9]+)([批次届期轮名位个条项款章节部类档级])?`, 'u'),
  )) {
    const opening = start === 0 || /[\n。；;！？!?，,：:\s]/u.test(doc.flat[start - 1]!);
    const listy = /^[，,、：:是]/u.test(doc.flat.slice(end, end + 1));
    if (opening && listy) add({ start, end }, 'section-marker', `${m[0]} opens a list item`);
    else add({ start, end }, 'word', `${m[0]} is an ordinal ("number …"), not a count`);
  }
  return out;
}

/** Period phrases with numerals (两年来, 近三年, 前三季度) and time limits (3个工作日内). */
export function numeralPeriods(doc: Doc): Candidate[] {
  const n = `[${CN}0-9]+`;
  return [
    ...doc.matches(
      new RegExp(
        `(?:近|过去|最近)?${n}年(?:来|以来)|(?:近|过去|最近)${n}(?:个)?(?:年|月|周)|前[一二三1-3]季度|第?[一二三四1-4]季度|${n}(?:个)?(?:工作日|日|天|小时|周|月|年)(?:内|之内|以内)`,
        'u',
      ),
    ),
  ]
    .filter(({ m }) => !/^[0-9]{4}年/u.test(m[0]) || /以来$/u.test(m[0]))
    .map(({ start, end, m }) => ({
      start,
      end,
      kind: 'period' as const,
      why: /内$/u.test(m[0])
        ? `excluded: ${m[0]} is a time limit, not a count`
        : `excluded: ${m[0]} is a period phrase`,
    }));
}

/** Levels of administration or of a system: 市县两级, 省市县三级, 三级网格, 四级包保制. */
export function structures(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const unit = '(?:[省市县区乡镇村校]|街道|社区|县[(（]市[)）])';
  for (const { start, end, m } of doc.matches(new RegExp(`(?:${unit}[、]?){2,}[${CN}]级`, 'u')))
    out.push({
      start,
      end,
      kind: 'structure',
      why: `excluded: ${m[0]} names administrative levels`,
    });
  for (const { start, end, m } of doc.matches(
    new RegExp(`(?:[${CN}]|[0-9]+)[级层](?:[\\u4e00-\\u9fff](?![${CN}0-9])){0,2}`, 'u'),
  ))
    out.push({ start, end, kind: 'structure', why: `excluded: ${m[0]} names levels of a system` });
  return out;
}

const SINGLE = '一二两三四五六七八九十百千万双';
const COUNT_WORDS = '个项名家所条次批件份人';

/** Four-character idioms and slogans with two numerals (三令五申, 一岗双责, 举一反三). */
export function numeralIdioms(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const flat = doc.flat;
  const single = (i: number) =>
    SINGLE.includes(flat[i] ?? '\0') && !isNumeralChar(flat[i - 1]) && !isNumeralChar(flat[i + 1]);
  const plain = (i: number) =>
    CJK.test(flat[i] ?? '') && !isNumeralChar(flat[i]) && !COUNT_WORDS.includes(flat[i]!);
  for (let i = 0; i + 4 <= flat.length; i++) {
    const even = single(i) && single(i + 2) && plain(i + 1) && plain(i + 3);
    const odd = plain(i) && plain(i + 2) && single(i + 1) && single(i + 3);
    if (!even && !odd) continue;
    if (isNumeralChar(flat[i - 1]) || isNumeralChar(flat[i + 4])) continue;
    const text = flat.slice(i, i + 4);
    const policy = /[策档案单表码账卡册品查责直]$/u.test(text);
    out.push({
      start: i,
      end: i + 4,
      kind: policy ? 'policy-term' : 'word',
      why: `excluded: ${text} is a four-character ${policy ? 'policy slogan' : 'idiom'} with two numerals`,
    });
  }
  return out;
}

/** One-for-each slogans: 一校一策, 一机构一档, 一人一案 (each school its own plan). */
export function eachSlogans(doc: Doc): Candidate[] {
  return [
    ...doc.matches(
      /(?<![一二两三四五六七八九十])一[\u4e00-\u9fff]{1,3}?一[策档案单表码账卡册品查规方]/u,
    ),
  ].map(({ start, end, m }) => ({
    start,
    end,
    kind: 'policy-term' as const,
    why: `excluded: ${m[0]} is a one-for-each slogan (each … its own …)`,
  }));
}

/** Ages and age ranges (3至6岁, 6周岁以下): who a measure is for, not a count. */
export function ages(doc: Doc): Candidate[] {
  const n = `(?:[0-9]+|[${CN}]+)`;
  return [
    ...doc.matches(new RegExp(`${n}(?:[至到\\-—–~～]${n})?(?:周岁|岁)(?:以下|以上|以内)?`, 'u')),
  ].map(({ start, end, m }) => ({
    start,
    end,
    kind: 'word' as const,
    why: `excluded: ${m[0]} gives an age, whom a measure is for, not a count`,
  }));
}

/** Numerals inside a book title 《…》: part of a document's name. */
export function bookTitles(doc: Doc): Candidate[] {
  return [...doc.matches(/《[^》\n]{1,80}》/u)]
    .filter(({ start, end }) => hasNumeral(doc, { start, end }))
    .map(({ start, end, m }) => ({
      start,
      end,
      kind: 'name' as const,
      why: `excluded: the numerals are part of the title ${m[0]}`,
    }));
}

/** Rhetorical counts: a Chinese numeral, 个 and a verb or slogan word (三个强化, 四个严查). */
export function slogans(doc: Doc): Candidate[] {
  const verbs = SLOGAN_VERBS.join('|');
  return [...doc.matches(new RegExp(`(?<![${CN}0-9])[${CN}]个(?:${verbs})`, 'u'))].map(
    ({ start, end, m }) => ({
      start,
      end,
      kind: 'policy-term' as const,
      why: `excluded: ${m[0]} counts slogans or actions, a rhetorical count`,
    }),
  );
}

/**
 * Chinese numerals left over once figures are drafted: a single Chinese digit before a measure
 * word (一项任务, 两条主线: in these reports counts are written in Arabic digits), or a numeral in
 * an ordinary word.
 */
export function leftoverChinese(doc: Doc, at: number, free: (i: number) => boolean): Candidate {
  const flat = doc.flat;
  let end = at;
  while (end < flat.length && isNumeralChar(flat[end]) && !isDigit(flat[end]) && free(end)) end++;
  const run = flat.slice(at, end);
  const word = measureWordAt(flat, end);
  const cjkAfter = (from: number, max: number) => {
    let i = from;
    while (
      i < flat.length &&
      i - from < max &&
      free(i) &&
      CJK.test(flat[i]!) &&
      !isNumeralChar(flat[i]) &&
      !'的和与及或'.includes(flat[i]!)
    )
      i++;
    return i;
  };
  if (word !== null && isMeasureWord(word) && free(end)) {
    const stop = cjkAfter(end + word.length, run === '一' ? 2 : 4);
    const text = doc.slice(at, stop);
    return run === '一'
      ? {
          start: at,
          end: stop,
          kind: 'word',
          why: `excluded: 一${word} in ${text} means "a" or "one single", not a statistic`,
        }
      : {
          start: at,
          end: stop,
          kind: 'structure',
          why: `excluded: ${text} is a count written in Chinese numerals, which these reports use for structures and slogans (statistics are in Arabic digits); check`,
        };
  }
  let start = at;
  let stop = cjkAfter(end, 1);
  if (stop === end)
    while (
      start > 0 &&
      at - start < 1 &&
      free(start - 1) &&
      CJK.test(flat[start - 1]!) &&
      !isNumeralChar(flat[start - 1])
    )
      start--;
  if (stop === end && start === at) stop = end;
  return {
    start,
    end: stop,
    kind: 'word',
    why: `excluded: ${doc.slice(start, stop)} is ordinary wording (no measure word follows ${run})`,
  };
}
