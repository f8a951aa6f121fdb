// What a reviewer sees in `pnpm dev` (the site's /drafts/<city>/ page): every source of a city
// that has drafts (figures or exclusions marked `review: draft`), its text, and each draft with
// what was guessed, why, and what the validator says about it. Built from the raw annotations,
// so it works while validation fails, which it does as long as a draft remains.
import { loadInputs } from '../load/inputs.ts';
import { validate } from '../validate/validate.ts';

/** One draft as the preview shows it. */
export interface PreviewDraft {
  kind: 'figure' | 'exclusion';
  /** The figure id, or the exclusion's text. */
  id: string;
  /** Code-point span the draft marks: a figure's quote, an exclusion's first occurrence. */
  start: number;
  end: number;
  /** A figure's other fields as written (value, raw, unit, …); an exclusion's kind and reason. */
  fields: Record<string, unknown>;
  why: string[];
  /** The validator's messages about this draft, other than that it is a draft. */
  issues: string[];
}

export interface PreviewSource {
  id: string;
  title: { zh: string; en: string };
  text: string;
  drafts: PreviewDraft[];
}

export interface PreviewCity {
  slug: string;
  name: { zh: string; en: string };
  sources: PreviewSource[];
}

export interface DraftPreview {
  cities: PreviewCity[];
}

type Entry = Record<string, unknown>;
const isEntry = (x: unknown): x is Entry => !!x && typeof x === 'object' && !Array.isArray(x);
const list = (x: unknown, key: string): Entry[] =>
  isEntry(x) && Array.isArray(x[key]) ? (x[key] as unknown[]).filter(isEntry) : [];
const text = (x: unknown): string => (typeof x === 'string' ? x : '');
const localized = (x: unknown) => ({
  zh: text(isEntry(x) ? x.zh : ''),
  en: text(isEntry(x) ? x.en : ''),
});

/** Code-point index of the n-th (1-based) occurrence of needle in chars, or -1. */
function indexOf(chars: readonly string[], needle: string, n = 1): number {
  const width = [...needle].length;
  if (width === 0) return -1;
  let seen = 0;
  for (let i = 0; i + width <= chars.length; i++)
    if (chars.slice(i, i + width).join('') === needle && ++seen === n) return i;
  return -1;
}

/** The drafts of every city under dataDir, by source, in text order. */
export function draftPreview(dataDir: string, prefix = 'data'): DraftPreview {
  const { inputs } = loadInputs(dataDir, prefix);
  const { issues } = validate(dataDir, prefix);
  const cities: PreviewCity[] = [];
  for (const yaml of inputs.cities) {
    const city = isEntry(yaml.value) ? yaml.value.city : undefined;
    const slug = text(isEntry(city) ? city.slug : '');
    const drafts = [
      ...list(yaml.value, 'figures').map((e) => ({ kind: 'figure' as const, e })),
      ...list(yaml.value, 'exclusions').map((e) => ({ kind: 'exclusion' as const, e })),
    ].filter(({ e }) => e.review === 'draft');
    if (!slug || drafts.length === 0) continue;
    const sources: PreviewSource[] = [];
    for (const input of inputs.sources) {
      const meta = input.meta?.value;
      if (!isEntry(meta) || meta.city !== slug || input.text === undefined) continue;
      const chars = [...input.text];
      const mine = drafts.filter(({ e }) => e.source === meta.id);
      if (mine.length === 0) continue;
      const out = mine.map(({ kind, e }): PreviewDraft => {
        const { review: _review, why, ...fields } = e;
        void _review;
        const id = kind === 'figure' ? text(e.id) : text(e.text);
        const quote = isEntry(e.quote) ? e.quote : {};
        const start =
          kind === 'figure' && typeof quote.start === 'number'
            ? quote.start
            : indexOf(chars, kind === 'figure' ? text(quote.text) : id);
        const width = [...(kind === 'figure' ? text(quote.text) : id)].length;
        const gid = `${slug}/${id}`;
        return {
          kind,
          id,
          start,
          end: start < 0 ? -1 : start + width,
          fields,
          why: Array.isArray(why) ? why.map(text) : [],
          issues: issues
            .filter((i) => i.file === yaml.file && i.rule !== 'draft-unreviewed')
            .filter((i) => (kind === 'figure' ? i.figure === gid : i.message.includes(`"${id}"`)))
            .map((i) => `[${i.rule}] ${i.message}`),
        };
      });
      sources.push({
        id: text(meta.id),
        title: localized(meta.title),
        text: input.text,
        drafts: out.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)),
      });
    }
    cities.push({
      slug,
      name: localized(isEntry(city) ? city.name : undefined),
      sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    });
  }
  return { cities: cities.sort((a, b) => a.slug.localeCompare(b.slug)) };
}
