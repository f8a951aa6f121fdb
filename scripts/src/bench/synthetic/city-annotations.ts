// Turns a written city text into its figure annotations and exclusions, locating everything exactly
// as the validator will, and proves that every numeral is covered before anything is written.
import type { Exclusion, FigureAnnotation } from '@shuangjian/schema';
import type { CityText, PlacedFigure } from './city-text.ts';
import { cp, occurrences } from './code-points.ts';
import { FIXED_EXCLUSIONS, type ExclusionDef } from './exclusion-sentences.ts';
import { ORDINALS } from './prose.ts';

const NUMERAL_CHAR = /[0-9〇零一二两三四五六七八九十百千万亿双]/u;

/** Who a city is, as its annotations name it. */
export interface CityNames {
  slug: string;
  sourceId: string;
  nameZh: string;
  nameEn: string;
}

/** The annotations of a city text; throws if a quote is misplaced or a numeral left uncovered. */
export function annotateCity(
  names: CityNames,
  written: CityText,
): { figures: FigureAnnotation[]; exclusions: Exclusion[] } {
  const chars = Array.from(written.text);
  const covered = new Uint8Array(chars.length);
  const figures = written.figures.map((f) => {
    const annotation = figureAnnotation(names, chars, f);
    covered.fill(1, f.rawAt, f.rawAt + cp(f.num.raw));
    return annotation;
  });
  const exclusions = exclusionAnnotations(names, chars, covered, figures, exclusionDefs(written));
  chars.forEach((ch, i) => {
    if (!covered[i] && NUMERAL_CHAR.test(ch))
      throw new Error(
        `synthetic ${names.slug}: numeral "${ch}" at ${i} is not covered: …${chars.slice(Math.max(0, i - 8), i + 8).join('')}…`,
      );
  });
  return { figures, exclusions };
}

function figureAnnotation(
  { slug, sourceId, nameZh, nameEn }: CityNames,
  chars: readonly string[],
  f: PlacedFigure,
): FigureAnnotation {
  const found = occurrences(chars, f.quote);
  const occurrence = found.indexOf(f.at) + 1;
  if (occurrence === 0)
    throw new Error(`synthetic ${slug}: quote "${f.quote}" not found at ${f.at}`);
  return {
    id: f.t.id,
    source: sourceId,
    section: f.section,
    label: {
      zh: `${nameZh}${f.t.label.zh}`,
      en: `${f.t.label.en}, as reported by ${nameEn} for the whole city`,
    },
    title: f.t.title ?? f.t.label,
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
    quote_en: quoteEn(f),
    indicator: f.indicator,
    formula: f.formula,
    notes: f.notes,
  };
}

const QUALIFIER_EN = { exact: '', at_least: 'more than ', approx: 'about ', nearly: 'nearly ' };

/** A stand-in English quote: the label and the number in full digits, as the validator wants. */
function quoteEn(f: PlacedFigure): string {
  const n = f.num.value.toLocaleString('en-US', { maximumFractionDigits: 10 });
  return `${f.t.label.en}: ${QUALIFIER_EN[f.num.qualifier]}${n}${f.t.unit === 'percent' ? '%' : ''}`;
}

/** Every exclusion the text may need, in order: title, fixed, section markers, sentences. */
function exclusionDefs({ focus, sections, exclusions }: CityText): ExclusionDef[] {
  return [
    {
      text: focus,
      kind: 'title',
      zh: `标题中的“${focus}”`,
      en: 'Part of the title, not a statistic',
    },
    ...FIXED_EXCLUSIONS,
    ...sections.slice(1).map((s): ExclusionDef => ({
      text: `${ORDINALS[s.number - 1]}是`,
      kind: 'section-marker',
      zh: `段落序号“${ORDINALS[s.number - 1]}是”`,
      en: `Section marker ${s.number}, not a statistic`,
    })),
    ...exclusions,
  ];
}

/** One exclusion per distinct text that occurs, marking what it covers; none may touch a figure. */
function exclusionAnnotations(
  { slug, sourceId }: CityNames,
  chars: readonly string[],
  covered: Uint8Array,
  figures: readonly FigureAnnotation[],
  defs: readonly ExclusionDef[],
): Exclusion[] {
  const seen = new Set<string>();
  const exclusions: Exclusion[] = [];
  for (const e of defs) {
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    const found = occurrences(chars, e.text);
    if (found.length === 0) continue;
    const width = cp(e.text);
    for (const start of found) {
      const hit = figures.find((f) => {
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
  return exclusions;
}
