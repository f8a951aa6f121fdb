import type { Finding, Rule } from './rule.ts';

/** The placeholder a drafter writes where a person must write the text (label.en, quote_en, …). */
export const TODO = 'TODO';

/** A text the drafter left for a person to write. */
export function isTodo(text: string): boolean {
  return text.startsWith(TODO);
}

/** Every text of an entry that starts with TODO, but the drafter's own notes (`why`). */
function placeholders(value: unknown, path: (string | number)[] = []): Finding[] {
  if (typeof value === 'string')
    return isTodo(value)
      ? [
          {
            message: `${path.join('.')} "${value}" is a placeholder the drafter left: write it`,
            field: path,
          },
        ]
      : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      path.length === 0 && key === 'why' ? [] : placeholders(v, [...path, key]),
    );
  return [];
}

export const todoMarker: Rule = {
  id: 'todo-marker',
  description:
    'no text of a figure or exclusion starts with "TODO", the placeholder a drafter leaves (the title and quote_en rules skip such a text)',
  check: ({ figure }) => placeholders(figure),
  checkExclusion: ({ exclusion }) => placeholders(exclusion),
};
