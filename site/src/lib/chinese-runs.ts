// Chinese words inside English text (a term quoted from the source, a measure word, a title) are
// marked lang="zh-Hans", so that screen readers read them in Chinese and browsers pick a Chinese
// font. This splits a text into its Chinese runs and the rest.

/** A Han character, CJK punctuation (、。《》「」) or a fullwidth form (，：（）). */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * One Chinese run: digits written before it (1054所), Chinese characters, and whatever stands
 * between two of them without a space or a Latin letter (20224个县(区, 《……一封信》, 督导 一号工程
 * keeps its no-break space). Brackets and quotes opened inside the run are closed inside it.
 */
const RUN = new RegExp(
  String.raw`(?:\d[\d.]*)?CH(?:[^\sA-Za-z]*?CH)*`.replaceAll('CH', CHINESE.source),
  'gu',
);

const CLOSERS: Record<string, string> = { '(': ')', '（': '）', '“': '”', '‘': '’' };

export interface TextRun {
  text: string;
  /** True for a Chinese run. */
  zh: boolean;
}

/** The text as runs, in order; joined they give the text back. */
export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    let run = m[0];
    const start = m.index;
    // Close a bracket or quote the run opened: 县(区) is one run, not 县(区 and ")".
    const next = text[start + run.length];
    const open = [...run].filter((c) => c in CLOSERS);
    if (next !== undefined && open.length > 0 && CLOSERS[open.at(-1)!] === next) {
      const opened = [...run].filter((c) => c === open.at(-1)).length;
      const closed = [...run].filter((c) => c === next).length;
      if (opened > closed) run += next;
    }
    if (start > at) runs.push({ text: text.slice(at, start), zh: false });
    runs.push({ text: run, zh: true });
    at = start + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}

/** Whether a text holds a Chinese character. */
export function hasChinese(text: string): boolean {
  return CHINESE.test(text);
}
