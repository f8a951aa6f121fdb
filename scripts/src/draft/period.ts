import type { PeriodKind } from '@shuangjian/schema';
import { sentenceAround, clauseAround } from './clause.ts';
import type { Doc, Span } from './text.ts';

/** A period phrase found in the text, with what it means. */
export interface PeriodPhrase extends Span {
  wording: string;
  kind: PeriodKind;
  startDate: string | null;
  endDate: string | null;
  /** Tells the period when a figure is in the same sentence. */
  why: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validMonth = (m: number) => m >= 1 && m <= 12;

interface Rule {
  pattern: RegExp;
  make: (m: RegExpExecArray) => Omit<PeriodPhrase, 'start' | 'end' | 'wording'> | null;
}

const plain =
  (kind: PeriodKind, meaning: string) =>
  (m: RegExpExecArray): Omit<PeriodPhrase, 'start' | 'end' | 'wording'> => ({
    kind,
    startDate: null,
    endDate: null,
    why: `period ${kind} from ${m[0]} (${meaning})`,
  });

const YEAR = '((?:19|20)[0-9]{2})';
const MONTH = '([0-9]{1,2})';
const RANGE = '[-—–~～至到]';
const QUARTERS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

// Longest and most specific first: an earlier rule's phrase wins where two overlap.
const RULES: Rule[] = [
  {
    // 截至2023年6月底, 截至2023年6月15日, 截止2023年底
    pattern: new RegExp(
      `截[至止]\\s*${YEAR}年(?:度)?(?:${MONTH}月(?:份)?(?:([0-9]{1,2})[日号])?)?(底|末|初)?(?:为止|止)?`,
      'u',
    ),
    make: (m) => {
      const y = Number(m[1]);
      const month = m[2] === undefined ? 12 : Number(m[2]);
      if (!validMonth(month)) return null;
      const day = m[3] !== undefined ? Number(m[3]) : m[4] === '初' ? 1 : lastDay(y, month);
      if (day < 1 || day > lastDay(y, month)) return null;
      return {
        kind: 'as_of',
        startDate: null,
        endDate:
          m[2] === undefined && m[4] === undefined && m[3] === undefined
            ? `${y}-12-31`
            : `${y}-${pad(month)}-${pad(day)}`,
        why: `period as_of from ${m[0]} (a stock at a date the text fixes)`,
      };
    },
  },
  {
    pattern: new RegExp(
      `截[至止]\\s*(?:今年|本年|去年)?${MONTH}月(?:份)?(?:([0-9]{1,2})[日号])?(?:底|末|初)?(?:为止|止)?`,
      'u',
    ),
    make: (m) =>
      validMonth(Number(m[1]))
        ? plain('as_of', 'a stock at a date in a year the text does not name')(m)
        : null,
  },
  {
    pattern: /截[至止]\s*(?:目前|今|现在|发稿时|报告时)(?:为止)?|到目前为止|目前为止/u,
    make: plain('as_of', 'a stock up to now'),
  },
  {
    // 2023年上半年, 2023年前三季度, 2023年1-6月, 2023年1至8月
    pattern: new RegExp(
      `${YEAR}年(?:度)?(?:(上半年|下半年)|前([一二三1-3])季度|第?([一二三四1-4])季度|${MONTH}${RANGE}${MONTH}月(?:份)?)`,
      'u',
    ),
    make: (m) => {
      const y = Number(m[1]);
      const [from, to] = m[2]
        ? m[2] === '上半年'
          ? [1, 6]
          : [7, 12]
        : m[3]
          ? [1, QUARTERS[m[3]]! * 3]
          : m[4]
            ? [QUARTERS[m[4]]! * 3 - 2, QUARTERS[m[4]]! * 3]
            : [Number(m[5]), Number(m[6])];
      if (!validMonth(from) || !validMonth(to) || from > to) return null;
      return {
        kind: 'year',
        startDate: `${y}-${pad(from)}-01`,
        endDate: `${y}-${pad(to)}-${pad(lastDay(y, to))}`,
        why: `period year from ${m[0]} (part of a calendar year the text fixes)`,
      };
    },
  },
  {
    // 2022年以来, 2021年9月以来: since a date, over more than a year.
    pattern: new RegExp(`(?:自|从)?${YEAR}年(?:${MONTH}月(?:份)?)?(?:以来|至今)`, 'u'),
    make: (m) => {
      const month = m[2] === undefined ? 1 : Number(m[2]);
      if (!validMonth(month)) return null;
      return {
        kind: 'cumulative',
        startDate: `${m[1]}-${pad(month)}-01`,
        endDate: null,
        why: `period cumulative from ${m[0]} (since a date the text fixes)`,
      };
    },
  },
  {
    // 2022年, 2022年度: a calendar year (not 2022年9月, a date).
    pattern: new RegExp(`${YEAR}年(?:度)?(?![0-9]{1,2}月|[0-9]|底|末|初)`, 'u'),
    make: (m) => ({
      kind: 'year',
      startDate: `${m[1]}-01-01`,
      endDate: `${m[1]}-12-31`,
      why: `period year from ${m[0]} (a calendar year the text fixes)`,
    }),
  },
  {
    // 6月1日至8月31日, 今年1-8月: months of a year the text does not name as a number.
    pattern: new RegExp(
      `(?:今年|本年|去年|上年)?(?<![0-9])${MONTH}(?:月(?:([0-9]{1,2})日)?)?${RANGE}${MONTH}月(?:([0-9]{1,2})日)?`,
      'u',
    ),
    make: (m) =>
      validMonth(Number(m[1])) && validMonth(Number(m[3]))
        ? plain('year', 'months of a year the text does not name')(m)
        : null,
  },
  {
    pattern: /(?:今年|本年|去年|上年)?(?:前[一二三]季度|第?[一二三四]季度|[上下]半年)/u,
    make: plain('year', 'part of a year'),
  },
  {
    pattern: /今年以来|年初以来|本年度以来|今年|本年度|全年度|全年|年内|去年|上年度|上一年度|上年/u,
    make: plain('year', 'within a year'),
  },
  {
    pattern:
      /(?:双减|“双减”)(?:政策|工作)?(?:实施|落实|开展|推进)?(?:以来|两年来|三年来|一年来)|政策实施以来|(?:近|过去)?[两二三四五六七八九十]年(?:来|以来)|(?:近|过去)[两二三四五六七八九十2-9]年|一年来|近年来|自[^，,。；;\n]{1,12}以来|去年以来|累计|累积|至今/u,
    make: (m) =>
      m[0] === '近年来'
        ? plain('unspecified', 'recent years, no span given')(m)
        : plain('cumulative', 'a running total over a span')(m),
  },
  {
    pattern:
      /寒暑假|暑期|暑假|寒假|(?:五一|十一|国庆|春节|元旦|中秋|端午|清明)(?:假期|期间|长假|黄金周)/u,
    make: plain('season', 'a holiday season'),
  },
  {
    pattern: /目前|当前|现有|现已|现存|已有|至今/u,
    make: plain('as_of', 'a stock at the time of the report'),
  },
  {
    pattern: /(?:本|上|下)(?:春季|秋季)?学期|(?:春季|秋季)学期|本学年/u,
    make: plain('unspecified', 'a school term, no dates given'),
  },
  {
    // 2021年7月中办、国办印发《意见》以来: since an event, over the span to the report.
    pattern: /[^，,。；;：:\n]{1,24}以来/u,
    make: (m) => {
      const date = /((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?/u.exec(m[0]);
      const month = date?.[2] === undefined ? 1 : Number(date[2]);
      return {
        kind: 'cumulative',
        startDate: date && validMonth(month) ? `${date[1]}-${pad(month)}-01` : null,
        endDate: null,
        why: `period cumulative from ${m[0]} (since an event, up to the report)`,
      };
    },
  },
  {
    pattern: /原有|原来|此前|以往/u,
    make: plain('unspecified', 'an earlier stock, no date given'),
  },
];

/** Is the position inside “…” or 《…》 on its line (a name or a quoted term)? */
function insideQuotes(flat: string, at: number): boolean {
  const lineStart = flat.lastIndexOf('\n', at - 1) + 1;
  const before = flat.slice(lineStart, at);
  const open = (o: string, c: string) => before.split(o).length - before.split(c).length;
  return open('“', '”') > 0 || open('《', '》') > 0;
}

/** Every period phrase in the text; where two overlap the earlier rule's wins. */
export function findPeriods(doc: Doc): PeriodPhrase[] {
  const taken: PeriodPhrase[] = [];
  for (const rule of RULES) {
    for (const { start, end, m } of doc.matches(rule.pattern)) {
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      // “暑期护苗”行动, 《…寒假…通知》: a name, not the period of the number.
      if (insideQuotes(doc.flat, start)) continue;
      // 较去年, 比上年, 同比: a baseline to compare with, not the period of the number.
      if (/(?:较|比|与|同|对比|相比)$/u.test(doc.flat.slice(Math.max(0, start - 2), start)))
        continue;
      const made = rule.make(m);
      if (made) taken.push({ start, end, wording: doc.slice(start, end), ...made });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface PeriodChoice {
  wording: string | null;
  kind: PeriodKind;
  start: string | null;
  end: string | null;
  why: string;
}

/**
 * The period of a number: the nearest period phrase before it in its sentence, else the first
 * after it in its clause; else a stock signalled by 已完成 (as_of, no wording); else unspecified.
 */
export function choosePeriod(
  doc: Doc,
  at: number,
  phrases: readonly PeriodPhrase[],
  within: Span,
): PeriodChoice {
  const sentence = sentenceAround(doc, at, within);
  const clause = clauseAround(doc, at, within);
  const earlier = phrases.filter((p) => p.start >= sentence.start && p.end <= at);
  // 2022年,全县累计…: 累计 totals within the period the sentence names; it is the period only alone.
  const before =
    earlier.filter((p) => !/^(?:累计|累积)$/u.test(p.wording)).at(-1) ?? earlier.at(-1);
  const after = phrases.find((p) => p.start >= at && p.end <= clause.end);
  const found = before ?? after;
  if (found)
    return {
      wording: found.wording,
      kind: found.kind,
      start: found.startDate,
      end: found.endDate,
      why: `${found.why}, ${found === before ? 'earlier in the same sentence' : 'later in the same clause'}`,
    };
  const clauseText = doc.slice(clause.start, at);
  if (/已(?:全部)?完成/u.test(clauseText))
    return {
      wording: null,
      kind: 'as_of',
      start: null,
      end: null,
      why: 'period as_of from 已完成 before the number (a stock at the time of the report); no period phrase to quote',
    };
  return {
    wording: null,
    kind: 'unspecified',
    start: null,
    end: null,
    why: 'no period phrase in the sentence: unspecified',
  };
}
