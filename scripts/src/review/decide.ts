// What a reviewer can do with a draft, as edits of the city file's document.
import { isSeq, type Document, type YAMLSeq } from 'yaml';
import type { SourceText } from '../validate/source-text.ts';
import type { Draft } from './drafts.ts';

/** Reviewed: the entry stays, without `review` and `why`. */
export function accept(draft: Draft): void {
  draft.node.delete('review');
  draft.node.delete('why');
}

/** The draft is wrong altogether: the entry goes. */
export function remove(doc: Document, draft: Draft): void {
  const list = doc.get(`${draft.kind}s`) as YAMLSeq;
  list.items.splice(list.items.indexOf(draft.node), 1);
}

/**
 * The number is not a statistic: the draft figure becomes a draft exclusion of its number as
 * written (raw and measure word), with kind and reason left for the reviewer to write.
 */
export function toExclusion(doc: Document, draft: Draft, source: SourceText | undefined): void {
  const e = draft.entry;
  const raw = typeof e.raw === 'string' ? e.raw : '';
  const written = raw + (typeof e.unit_zh === 'string' ? e.unit_zh : '');
  const count = source?.occurrences(written).length ?? 0;
  const why = Array.isArray(e.why) ? e.why : [];
  const exclusion = {
    source: e.source,
    text: written,
    count: Math.max(count, 1),
    kind: 'word',
    reason: { zh: 'TODO', en: 'TODO' },
    review: 'draft',
    why: [
      ...why,
      `was the draft figure ${String(e.id)}; a reviewer found ${written} is not a statistic: write kind and reason`,
    ],
  };
  remove(doc, draft);
  const list = doc.get('exclusions');
  if (isSeq(list)) list.add(doc.createNode(exclusion));
  else doc.set('exclusions', doc.createNode([exclusion]));
}
