/**
 * The search page's script: loads the Pagefind index of this page's language on first use, lists
 * ten results at a time (title with its matches marked, city and value, excerpt) and says how many
 * there are in the status line. Every string from the index goes into the page as text (text
 * nodes, textContent), never as HTML; matches become <mark> elements made here.
 */
import {
  countMessage,
  excerptSegments,
  highlight,
  matchTerms,
  resultLine,
  safeHref,
  trimLeading,
  type CountStrings,
  type ResultMeta,
  type Segment,
} from './search-text';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: ResultMeta }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

/** Results listed at first, and added by each "Show more". */
export const BATCH = 10;

export interface SearchElements {
  form: HTMLFormElement;
  /** The results. */
  list: HTMLOListElement;
  /** The live region that says how many results there are (role=status). */
  status: HTMLElement;
  /** "Show more": hidden while every result is listed. */
  more: HTMLButtonElement;
}

/** Runs as text nodes and <mark> elements. */
function nodes(segments: readonly Segment[]): Node[] {
  return segments.map((s) => {
    if (!s.mark) return document.createTextNode(s.text);
    const m = document.createElement('mark');
    m.textContent = s.text;
    return m;
  });
}

export function runSearch({ form, list, status, more }: SearchElements): void {
  const input = form.querySelector('input')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as CountStrings;
  let pagefind: Promise<Pagefind> | undefined;
  let failures = 0;
  // Each search takes a ticket; an answer that comes back after a newer search began is dropped.
  let latest = 0;
  let current: { query: string; results: PagefindResult[]; shown: number } | undefined;
  let loading = false;

  const item = (query: string, d: Awaited<ReturnType<PagefindResult['data']>>) => {
    const excerpt = trimLeading(excerptSegments(d.excerpt));
    const li = document.createElement('li');
    const href = safeHref(d.url);
    const a = document.createElement(href ? 'a' : 'span');
    if (href) a.setAttribute('href', href);
    a.className = 'search-title';
    a.append(...nodes(highlight(d.meta.title ?? d.url, matchTerms(query, excerpt))));
    li.append(a);
    const line = resultLine(d.meta);
    if (line) {
      const p = document.createElement('p');
      p.className = 'search-meta';
      p.textContent = line;
      li.append(p);
    }
    if (excerpt.length > 0) {
      const p = document.createElement('p');
      p.className = 'search-excerpt';
      p.append(...nodes(excerpt));
      li.append(p);
    }
    return li;
  };

  /** Lists the next batch of the current results (all anew if `fresh`); its first item, if any. */
  const showNext = async (ticket: number, fresh: boolean): Promise<HTMLLIElement | undefined> => {
    const state = current!;
    const batch = state.results.slice(state.shown, state.shown + BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (ticket !== latest) return undefined;
    const items = data.map((d) => item(state.query, d));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    state.shown += items.length;
    more.hidden = state.shown >= state.results.length;
    status.textContent = countMessage(strings, state.shown, state.results.length);
    return items[0];
  };

  const search = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // The index is generated after the build (postbuild/run.ts), one per language, so it cannot
    // be bundled: load this page's language's by URL.
    // A failed import stays failed for the page's life, so a retry asks with another query
    // string (Pagefind finds its files from the path, whatever the query).
    const url = `${form.dataset.index ?? '/pagefind/zh/'}pagefind.js${failures > 0 ? `?retry=${failures}` : ''}`;
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    let results: PagefindResult[];
    try {
      ({ results } = await (await pagefind).search(query));
    } catch {
      // Say so rather than stay silent; the next search tries to load the index again.
      pagefind = undefined;
      failures += 1;
      if (ticket !== latest) return;
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = strings.failed;
      return;
    }
    if (ticket !== latest) return;
    current = { query, results, shown: 0 };
    await showNext(ticket, true);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  input.addEventListener('input', () => void search());
  more.addEventListener('click', () => {
    if (loading || !current) return;
    loading = true;
    void showNext(latest, false)
      .then((first) => {
        // Keyboard and screen reader users go on from the first new result; the button may hide.
        first?.querySelector<HTMLElement>('.search-title')?.focus();
      })
      .finally(() => {
        loading = false;
      });
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search();
  }
}
