// The parts of a report, from its numbered markers: 一是/二是…, 一、/二、…, （一）/（二）… (or
// with ASCII brackets) and 第一/第二…. The family whose markers run 一, 二, 三… in text order is
// the report's structure; text before its first marker is the title and the lead paragraph.
import type { Section } from '@shuangjian/schema';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals: 一, 十, 十一, 二十, 二十一 … */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]!}十${DIGITS[n % 10]!}`;
}

interface Family {
  name: string;
  /** A pattern for marker n (no flags, no anchors). */
  marker(numeral: string): string;
}

const NUMERAL_CHAR = '〇零一二三四五六七八九十百千万';

/** In the order preferred when two families start at the same place (they cannot, in practice). */
export const FAMILIES: readonly Family[] = [
  { name: '一是', marker: (n) => `${n}是` },
  { name: '一、', marker: (n) => `${n}、` },
  { name: '（一）', marker: (n) => `[（(]${n}[）)]` },
  // 第一批, 第一次 and 第一名 are counts, not parts: a part's 第一 is followed by punctuation, 是 or 部分.
  { name: '第一', marker: (n) => `第${n}(?![${NUMERAL_CHAR}])(?=[，,、：:。.\\s]|是|部分)` },
];

/** Where a marker may stand: at the start of a line (after indentation), or after a sentence. */
const LINE_START = '(?<=^[ \\t\\u3000\\u00A0]*)';
const SENTENCE_START = '(?<=(?:^|[。；;！!？?：:])[ \\t\\u3000\\u00A0]*)';

interface Hit {
  number: number;
  index: number;
  /** The marker as written, e.g. "（一）". */
  text: string;
}

/** Markers 1, 2, 3 … of a family, each the first after the one before; empty when 1 is missing. */
function run(text: string, family: Family, start: string): Hit[] {
  const hits: Hit[] = [];
  let from = 0;
  for (let n = 1; n < 100; n++) {
    const re = new RegExp(`${start}${family.marker(chineseNumeral(n))}`, 'gmu');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    hits.push({ number: n, index: m.index, text: m[0] });
    from = m.index + m[0].length;
  }
  return hits;
}

/** The numbered parts: the family with a run of two or more that starts first; line starts first. */
export function numberedParts(text: string): { family: string; hits: Hit[] } | undefined {
  for (const start of [LINE_START, SENTENCE_START]) {
    const runs = FAMILIES.map((family) => ({ family: family.name, hits: run(text, family, start) }))
      .filter((r) => r.hits.length >= 2)
      .sort((a, b) => a.hits[0]!.index - b.hits[0]!.index);
    if (runs.length > 0) return runs[0];
  }
  return undefined;
}

/** Non-overlapping occurrences, as validate counts them. */
function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * The shortest text from `index` that starts with `min` characters, occurs exactly once, and does
 * not end in white space; never past the end of the line. Undefined when the line is not unique.
 */
export function uniqueMarker(text: string, index: number, min: number): string | undefined {
  const lineEnd = text.indexOf('\n', index);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const chars = Array.from(text.slice(index, end));
  for (let n = Math.min(min, chars.length); n <= chars.length; n++) {
    const marker = chars.slice(0, n).join('');
    if (/\s$/u.test(marker)) continue;
    if (count(text, marker) === 1 && text.indexOf(marker) === index) return marker;
  }
  return undefined;
}

const HEADING_END = /[，,。；;：:！!？?\n]/;
const MAX_HEADING = 40;

/** The heading after a marker: up to the first ，。；：！？ or line end (quotation marks as written). */
export function headingAfter(text: string, index: number): string {
  const rest = text.slice(index).replace(/^[，,、：:\s]+/u, '');
  const end = rest.search(HEADING_END);
  const heading = (end < 0 ? rest : rest.slice(0, end)).trim();
  const chars = Array.from(heading);
  return chars.length > MAX_HEADING ? `${chars.slice(0, MAX_HEADING).join('')}…` : heading;
}

/** A line of prose rather than a title: it holds a sentence mark, or is too long for a title. */
const isProse = (line: string) => /[。！？；：]/.test(line) || Array.from(line.trim()).length > 40;

/**
 * Where the lead paragraph starts in text[0, end): the first line of prose (lines before it are the
 * title, the author, a date); with no line of prose, undefined.
 */
function leadStart(text: string, end: number): number | undefined {
  let offset = 0;
  for (const line of text.slice(0, end).split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && isProse(line)) return offset + indent;
    offset += line.length + 1;
  }
  return undefined;
}

const FIRST_CHARACTERS = 10;

export type DetectedSections =
  { ok: true; family: string | null; sections: Section[] } | { ok: false; message: string };

/**
 * The sections of a report: 0 is the lead paragraph (its first ~10 characters, made unique, are its
 * marker), present when prose precedes the first numbered marker; then one per numbered part, whose
 * marker is the shortest unique text from the marker on. With no numbered parts, the whole report
 * is section 0, from its first line of prose (or its first line).
 */
export function detectSections(text: string): DetectedSections {
  const parts = numberedParts(text);
  const sections: Section[] = [];
  const firstPart = parts?.hits[0]!.index ?? text.length;
  let lead = leadStart(text, firstPart);
  if (!parts && lead === undefined) lead = text.length - text.trimStart().length;
  if (lead !== undefined) {
    const marker = uniqueMarker(text, lead, FIRST_CHARACTERS);
    if (!marker) return { ok: false, message: notUnique(text, lead) };
    sections.push({
      number: 0,
      marker,
      heading: parts ? { zh: '导语', en: 'Lead paragraph' } : { zh: '全文', en: 'Full text' },
    });
  }
  for (const hit of parts?.hits ?? []) {
    const marker = uniqueMarker(text, hit.index, Array.from(hit.text).length);
    if (!marker) return { ok: false, message: notUnique(text, hit.index) };
    const zh = headingAfter(text, hit.index + hit.text.length);
    sections.push({
      number: hit.number,
      marker,
      heading: zh
        ? { zh, en: `TODO: translate “${zh}”` }
        : { zh: `TODO: 第${chineseNumeral(hit.number)}部分标题`, en: 'TODO: heading' },
    });
  }
  return { ok: true, family: parts?.family ?? null, sections };
}

function notUnique(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  const line = text.slice(index, end < 0 ? undefined : end);
  return `the line "${line}" occurs more than once, so no marker of it is unique: give the report with this line once`;
}
