// A draft as the reviewer reads it: the sentence of the source with the number marked, the
// drafter's guesses, and why.
import type { SourceText } from '../validate/source-text.ts';
import type { Draft } from './drafts.ts';
import { mark, sentenceAround } from './sentence.ts';

const text = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);
const field = (v: unknown, key: string): unknown =>
  v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;

/** The lines that show one draft; `n` of `total` in the walk. */
export function showDraft(
  draft: Draft,
  {
    n,
    total,
    city,
    file,
    sources,
    tty,
  }: {
    n: number;
    total: number;
    city: string;
    file: string;
    sources: Map<string, SourceText>;
    tty: boolean;
  },
): string[] {
  const e = draft.entry;
  const name =
    draft.kind === 'figure' ? `figure ${city}/${text(e.id)}` : `exclusion "${text(e.text)}"`;
  const lines = [`[${n}/${total}] ${name}  (${file}:${draft.line})`];
  const source = draft.at && sources.get(draft.at.source);
  if (draft.at && source) {
    const { before, span, after } = sentenceAround(source, draft.at.start, draft.at.end);
    lines.push(`  ${before}${mark(span, tty)}${after}`);
  } else lines.push(`  (not found in source ${text(e.source)})`);
  const rows: [string, unknown][] =
    draft.kind === 'figure'
      ? [
          ['value', e.value],
          ['raw', e.raw],
          ['unit', `${text(e.unit)} (${text(e.unit_zh)})`],
          ['qualifier', e.qualifier],
          ['period', `${text(field(e.period, 'wording'))} (${text(field(e.period, 'kind'))})`],
          ['section', e.section],
          ['label', field(e.label, 'zh')],
          ['indicator', e.indicator],
          ['formula', e.formula],
        ]
      : [
          ['text', e.text],
          ['count', e.count],
          ['kind', e.kind],
          ['reason', field(e.reason, 'zh')],
          ['reason en', field(e.reason, 'en')],
        ];
  for (const [key, value] of rows) lines.push(`  ${key.padEnd(10)}${text(value)}`);
  const why = Array.isArray(e.why) ? e.why : [];
  if (why.length > 0) lines.push('  why:', ...why.map((w) => `    - ${text(w)}`));
  return lines;
}
