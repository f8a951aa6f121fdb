import { Document, isScalar, parse, visit } from 'yaml';
import type { DraftExclusion, DraftFigure, DraftOutput } from './types.ts';

// Invisible or unusual spaces a reader would not see in a YAML file: written as escapes.
const INVISIBLE = /[\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;

/** A figure's fields in the order of data/cities/*.yaml, then the draft's review and why. */
export function orderFigure(f: DraftFigure): DraftFigure {
  return {
    id: f.id,
    source: f.source,
    section: f.section,
    label: { zh: f.label.zh, en: f.label.en },
    title: { zh: f.title.zh, en: f.title.en },
    value: f.value,
    raw: f.raw,
    unit: f.unit,
    unit_zh: f.unit_zh,
    qualifier: f.qualifier,
    period: {
      wording: f.period.wording,
      kind: f.period.kind,
      start: f.period.start,
      end: f.period.end,
    },
    quote: {
      text: f.quote.text,
      start: f.quote.start,
      end: f.quote.end,
      ...(f.quote.occurrence !== undefined ? { occurrence: f.quote.occurrence } : {}),
    },
    quote_en: f.quote_en,
    indicator: f.indicator,
    formula: f.formula,
    notes: f.notes.map((n) => ({ zh: n.zh, en: n.en })),
    review: f.review,
    why: [...f.why],
  };
}

/** An exclusion's fields in the order of data/cities/*.yaml, then review and why. */
export function orderExclusion(e: DraftExclusion): DraftExclusion {
  return {
    source: e.source,
    text: e.text,
    count: e.count,
    kind: e.kind,
    reason: { zh: e.reason.zh, en: e.reason.en },
    review: e.review,
    why: [...e.why],
  };
}

function render(key: string, items: unknown[]): string {
  const doc = new Document({ [key]: items });
  // Strings with invisible spaces go double-quoted, so that the escapes below stay inside quotes.
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      if (INVISIBLE.test(node.value)) node.type = 'QUOTE_DOUBLE';
      // Dates stay strings for any YAML reader, as the city files write them ('2022-01-01').
      else if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u.test(node.value)) node.type = 'QUOTE_SINGLE';
      INVISIBLE.lastIndex = 0;
    },
  });
  const text = doc.toString({ singleQuote: true, lineWidth: 0 });
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Draft figures as YAML sequence entries, indented as under `figures:` in a city file, so that
 * they can be appended to its figures list.
 */
export function figuresToYaml(figures: readonly DraftFigure[]): string {
  return figures.length === 0
    ? ''
    : render('figures', figures.map(orderFigure)).replace(/^figures:\n/u, '');
}

/** Draft exclusions as YAML sequence entries, indented as under `exclusions:` in a city file. */
export function exclusionsToYaml(exclusions: readonly DraftExclusion[]): string {
  return exclusions.length === 0
    ? ''
    : render('exclusions', exclusions.map(orderExclusion)).replace(/^exclusions:\n/u, '');
}

/** A whole draft as a YAML document with the keys of a city file: exclusions, then figures. */
export function draftToYaml(draft: Pick<DraftOutput, 'figures' | 'exclusions'>): string {
  return `exclusions:\n${exclusionsToYaml(draft.exclusions)}\nfigures:\n${figuresToYaml(draft.figures)}`;
}

/** Read back what draftToYaml wrote. */
export function parseDraftYaml(text: string): Pick<DraftOutput, 'figures' | 'exclusions'> {
  const parsed = parse(text) as {
    figures: DraftFigure[] | null;
    exclusions: DraftExclusion[] | null;
  };
  return { figures: parsed.figures ?? [], exclusions: parsed.exclusions ?? [] };
}
