/** The search page's script: loads the Pagefind index of this page's language on first use. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

export function runSearch(form: HTMLFormElement, list: HTMLOListElement): void {
  const input = form.querySelector('input')!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  const search = async () => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) return void list.replaceChildren();
    // The index is generated after the build, so it cannot be bundled: load it by URL.
    const url = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    const { results } = await (await pagefind).search(q);
    const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return;
    if (data.length === 0) {
      const li = document.createElement('li');
      li.textContent = form.dataset.noResults ?? '';
      return void list.replaceChildren(li);
    }
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        // Pagefind's excerpt marks hits with <mark>; keep the text only.
        p.textContent =
          new DOMParser().parseFromString(d.excerpt, 'text/html').body.textContent ?? '';
        li.append(a, p);
        return li;
      }),
    );
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  input.addEventListener('input', () => void search());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search();
  }
}
