// Writes one city's source text, shaped like the real reports: a title, a lead paragraph with a stated
// rate, and 3-4 sections opened by 一是/二是/..., recording where each figure's quote lands.
import type { Source } from '@shuangjian/schema';
import { cp } from './code-points.ts';
import { EXCLUSION_SENTENCES, type ExclusionSentence } from './exclusion-sentences.ts';
import { EXTRA_TEMPLATES } from './extra-templates.ts';
import type { Num, Template, Theme } from './figure-template.ts';
import { INDICATOR_TEMPLATES } from './indicator-templates.ts';
import { HEADINGS, NOTES, ORDINALS, PROSE, TOPICS } from './prose.ts';
import type { Rng } from './seeded-rng.ts';

/** What a placed figure keeps of its template. */
type FigureWording = Pick<Template, 'id' | 'unit' | 'unitZh' | 'label' | 'title' | 'period'>;

/** A figure as written: where its quote is in the text, and what it is annotated with. */
export interface PlacedFigure {
  t: FigureWording;
  num: Num;
  quote: string;
  /** Code-point offset of the quote in the text. */
  at: number;
  /** Code-point offset of num.raw in the text. */
  rawAt: number;
  section: number;
  indicator: string | null;
  formula: string | null;
  notes: { zh: string; en: string }[];
}

/** A city's source text, with what its annotations are made from. */
export interface CityText {
  text: string;
  /** N个聚焦 in the title, N being the number of sections. */
  focus: string;
  sections: Source['sections'];
  figures: PlacedFigure[];
  /** The exclusion sentences written into the sections, in text order. */
  exclusions: ExclusionSentence[];
}

/** A text being appended to, which records each figure's quote as it is placed. */
class TextWriter {
  text = '';
  /** Code points written so far. */
  #pos = 0;
  readonly figures: PlacedFigure[] = [];

  append(s: string): void {
    this.text += s;
    this.#pos += cp(s);
  }

  /** Writes the quote pre + raw + unitZh + post and records it as a figure. */
  place(
    t: FigureWording,
    num: Num,
    pre: string,
    post: string,
    section: number,
    extra: Partial<PlacedFigure> = {},
  ): void {
    const quote = `${pre}${num.raw}${t.unitZh}${post}`;
    this.figures.push({
      t,
      num,
      quote,
      at: this.#pos,
      rawAt: this.#pos + cp(pre),
      section,
      indicator: null,
      formula: null,
      notes: [],
      ...extra,
    });
    this.append(quote);
  }
}

/** The source text of the city with 0-based `index`, drawn from r. */
export function writeCityText(r: Rng, index: number, nameZh: string): CityText {
  const sectionCount = r.chance(0.5) ? 3 : 4;
  const w = new TextWriter();

  // Title and lead paragraph, with a stated rate.
  const focus = `${ORDINALS[sectionCount - 1]}个聚焦`;
  w.append(`${nameZh}突出${focus}\n\n深化校外教育培训机构治理\n\n \n\n`);
  const leadMarker = `${nameZh}坚持以`;
  const sections: Source['sections'] = [
    { number: 0, marker: leadMarker, heading: { zh: '导语', en: 'Lead paragraph' } },
  ];
  w.append(
    `${leadMarker}习近平新时代中国特色社会主义思想为指导,自2021年秋季学期起全面落实双减政策,把双减工作作为重要政治任务和重大民生工程来抓,在完善机制、加强监管、防范风险等方面聚力用劲,推动双减工作落地见效,促进学生全面发展、健康成长。`,
  );
  writeLeadFigures(w, r);
  w.append('。全市校外培训治理工作取得明显成效,学生过重的校外培训负担有效减轻。');

  // Choose the figures: all ten indicator templates, plus 14-17 others.
  const chosen = [...INDICATOR_TEMPLATES, ...r.shuffle(EXTRA_TEMPLATES).slice(0, r.int(14, 17))];
  const exclusions: ExclusionSentence[] = [];
  for (let s = 1; s <= sectionCount; s++) {
    const heading = r.pick(HEADINGS[s as Theme]);
    const marker = `${ORDINALS[s - 1]}是${heading.a}`;
    sections.push({
      number: s,
      marker,
      heading: { zh: `${heading.a},${heading.b}`, en: heading.en },
    });
    w.append(`\n\n${marker},${heading.b}。`);
    const themes = ([1, 2, 3, 4] as Theme[]).filter((t) => Math.min(t, sectionCount) === s);
    writeSectionBody(w, r, s, themes, chosen, index < 2, exclusions);
  }
  w.append('\n');
  return { text: w.text, focus, sections, figures: w.figures, exclusions };
}

interface LeadFigure extends FigureWording {
  num: Num;
  pre: string;
  post: string;
  extra?: Partial<PlacedFigure>;
}

/** 全市原有X个...,现已压减至Y个,压减率Z%: three figures, the third computed from the other two. */
function writeLeadFigures(w: TextWriter, r: Rng): void {
  const before = r.int(120, 700);
  const remaining = r.int(5, Math.floor(before * 0.3));
  const rate = (((before - remaining) / before) * 100).toFixed(2);
  const exactly = (raw: string, value: number): Num => ({ raw, value, qualifier: 'exact' });
  const institutions = { unit: 'institutions', unitZh: '个' } as const;
  const lead: LeadFigure[] = [
    {
      id: 'academic-institutions-before',
      ...institutions,
      label: { zh: '原有学科类校外培训机构', en: 'Academic tutoring providers before the cutback' },
      period: { wording: '原有', kind: 'unspecified' },
      num: exactly(String(before), before),
      pre: '原有',
      post: '学科类校外培训机构',
    },
    {
      id: 'academic-institutions-remaining',
      ...institutions,
      label: { zh: '压减后现存的学科类校外培训机构', en: 'Academic tutoring providers remaining' },
      period: { wording: '现已', kind: 'as_of' },
      num: exactly(String(remaining), remaining),
      pre: '现已压减至',
      post: '',
    },
    {
      id: 'academic-institutions-reduction-rate',
      unit: 'percent',
      unitZh: '%',
      label: {
        zh: '学科类校外培训机构压减率',
        en: 'Reduction rate of academic tutoring providers',
      },
      period: { wording: '现已', kind: 'as_of' },
      num: exactly(rate, Number(rate)),
      pre: '压减率',
      post: '',
      extra: {
        formula:
          '(academic-institutions-before - academic-institutions-remaining) / academic-institutions-before',
        notes: [
          {
            zh: `按(${before}-${remaining})/${before}计算为${rate}%,与原文一致。`,
            en: `Recomputes as (${before} - ${remaining}) / ${before} = ${rate}%, as written.`,
          },
        ],
      },
    },
  ];
  w.append('全市');
  lead.forEach(({ num, pre, post, extra, ...t }, i) => {
    if (i > 0) w.append(',');
    w.place(t, num, pre, post, 0, extra);
  });
}

/**
 * Section s: prose, then the chosen figures of its themes in sentences of 2-4, each opened by a
 * topic sentence and some followed by an exclusion sentence (appended to `exclusions`).
 */
function writeSectionBody(
  w: TextWriter,
  r: Rng,
  s: number,
  themes: Theme[],
  chosen: Template[],
  keepAllIndicators: boolean,
  exclusions: ExclusionSentence[],
): void {
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
  const ofThemes = <T>(table: Record<Theme, T[]>): T[] => themes.flatMap((t) => table[t]);
  const topics = r.shuffle(ofThemes(TOPICS));
  const excls = r.shuffle(ofThemes(EXCLUSION_SENTENCES)).slice(0, r.int(1, 2));
  const prose = r.shuffle(ofThemes(PROSE));
  let p = 0;
  w.append(prose[p++ % prose.length]!);
  groups.forEach((group, g) => {
    w.append(topics[g % topics.length]!);
    w.append(prose[p++ % prose.length]!);
    if (group === cumulative) w.append('两年来,共');
    group.forEach((t, k) => {
      if (k > 0) w.append(',');
      if (t.prefix) w.append(t.prefix);
      const num = t.num(r);
      const keepIndicator = keepAllIndicators || r.chance(0.85);
      const notes = r.chance(0.7) ? [r.pick(NOTES)] : [];
      w.place(t, num, t.pre, t.post ?? '', s, {
        indicator: t.indicator && keepIndicator ? t.indicator : null,
        notes,
      });
    });
    w.append('。');
    const ex = excls[g];
    if (ex) {
      w.append(ex.sentence);
      exclusions.push(ex);
    }
  });
  w.append(prose[p++ % prose.length]!);
}
