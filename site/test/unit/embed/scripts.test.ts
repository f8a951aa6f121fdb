import { describe, expect, it } from 'vitest';
import { OPTIONS_SCRIPT, RESIZE_SCRIPT } from '../../../src/lib/embed/scripts';

// The scripts run here against stand-ins for the few browser objects they touch.

interface Html {
  attrs: Record<string, string>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

function html(attrs: Record<string, string>): Html {
  return {
    attrs: { ...attrs },
    getAttribute(name) {
      return this.attrs[name] ?? null;
    },
    setAttribute(name, value) {
      this.attrs[name] = value;
    },
  };
}

/** Run the options script on a page of a language at an address; what it set and where it went. */
function runOptions(search: string, lang: 'zh' | 'en' = 'zh') {
  const root = html({ 'data-lang': lang, 'data-alt': '/en/embed/latest/c/' });
  const replaced: string[] = [];
  const location = { search, hash: '', replace: (url: string) => replaced.push(url) };
  new Function('document', 'location', OPTIONS_SCRIPT)({ documentElement: root }, location);
  return { attrs: root.attrs, replaced };
}

describe('the options script', () => {
  it('is under 1 KB', () => {
    expect(new TextEncoder().encode(OPTIONS_SCRIPT).length).toBeLessThanOrEqual(1024);
  });

  it('sets nothing by default: light (the CSS default), the full page, the language of the path', () => {
    expect(runOptions('')).toEqual({
      attrs: { 'data-lang': 'zh', 'data-alt': '/en/embed/latest/c/' },
      replaced: [],
    });
  });

  it('sets data-theme for light, dark and auto only', () => {
    expect(runOptions('?theme=dark').attrs['data-theme']).toBe('dark');
    expect(runOptions('?theme=light').attrs['data-theme']).toBe('light');
    expect(runOptions('?theme=auto').attrs['data-theme']).toBe('auto');
    expect(runOptions('?theme=%22%3E').attrs['data-theme']).toBeUndefined();
    expect(runOptions('?theme=DARK').attrs['data-theme']).toBeUndefined();
  });

  it('sets data-plain for ?plain and ?plain=1, not for ?plain=0', () => {
    expect(runOptions('?plain=1').attrs['data-plain']).toBe('');
    expect(runOptions('?plain').attrs['data-plain']).toBe('');
    expect(runOptions('?plain=0').attrs['data-plain']).toBeUndefined();
  });

  it('goes to the other language, keeping the options, only when asked for it', () => {
    expect(runOptions('?lang=en&theme=dark').replaced).toEqual([
      '/en/embed/latest/c/?lang=en&theme=dark',
    ]);
    expect(runOptions('?lang=zh').replaced).toEqual([]);
    expect(runOptions('?lang=en', 'en').replaced).toEqual([]);
    expect(runOptions('?lang=fr').replaced).toEqual([]);
  });
});

/** Run the resize script in a frame (or at the top); returns what it posted and its handlers. */
function runResize(options: { top?: boolean; resizeObserver?: boolean } = {}) {
  const posted: { message: unknown; target: string }[] = [];
  const parent = {
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
  };
  const window: Record<string, unknown> = {};
  window.parent = options.top ? window : parent;
  let height = 412.3;
  const body = {
    getAttribute: (n: string) => (n === 'data-chart' ? 'indicator-x' : null),
    getBoundingClientRect: () => ({ height }),
  };
  const handlers: Record<string, ((e?: unknown) => void)[]> = {};
  const observed: unknown[] = [];
  let observer: (() => void) | undefined;
  const ResizeObserver = function (this: unknown, cb: () => void) {
    observer = cb;
    return { observe: (el: unknown) => observed.push(el) };
  };
  if (options.resizeObserver !== false) window.ResizeObserver = ResizeObserver;
  new Function('window', 'document', 'addEventListener', 'ResizeObserver', RESIZE_SCRIPT)(
    window,
    { getElementById: (id: string) => (id === 'sj-embed' ? body : null) },
    (type: string, fn: () => void) => (handlers[type] ??= []).push(fn),
    ResizeObserver,
  );
  return {
    posted,
    parent,
    handlers,
    observed,
    resize(to: number) {
      height = to;
      observer?.();
    },
  };
}

describe('the resize script', () => {
  it('is under 1 KB', () => {
    expect(new TextEncoder().encode(RESIZE_SCRIPT).length).toBeLessThanOrEqual(1024);
  });

  it('posts its height in both forms, to any origin, rounded up', () => {
    const { posted } = runResize();
    expect(posted).toEqual([
      { message: { type: 'shuangjian:embed-size', id: 'indicator-x', height: 413 }, target: '*' },
      { message: { sentinel: 'amp', type: 'embed-size', height: 413 }, target: '*' },
    ]);
  });

  it('posts again when the height changes, and not when it does not', () => {
    const run = runResize();
    expect(run.observed).toHaveLength(1);
    run.resize(413);
    expect(run.posted).toHaveLength(2);
    run.resize(500);
    expect(run.posted).toHaveLength(4);
    expect(run.posted[2]!.message).toMatchObject({ height: 500 });
  });

  it('posts on load and when the parent asks, even if the height is the same', () => {
    const run = runResize();
    run.handlers.load![0]!();
    expect(run.posted).toHaveLength(4);
    run.handlers.message![0]!({ source: run.parent, data: { type: 'shuangjian:embed-ping' } });
    expect(run.posted).toHaveLength(6);
    // Not when someone else asks.
    run.handlers.message![0]!({ source: {}, data: { type: 'shuangjian:embed-ping' } });
    run.handlers.message![0]!({ source: run.parent, data: null });
    expect(run.posted).toHaveLength(6);
  });

  it('still works without ResizeObserver (window resize) and does nothing at the top', () => {
    const old = runResize({ resizeObserver: false });
    expect(old.observed).toHaveLength(0);
    expect(old.handlers.resize).toHaveLength(1);
    expect(runResize({ top: true }).posted).toEqual([]);
  });
});

describe('both scripts', () => {
  it('use no storage, cookies, parent DOM, document.domain or top navigation', () => {
    for (const script of [OPTIONS_SCRIPT, RESIZE_SCRIPT])
      expect(script).not.toMatch(
        /localStorage|sessionStorage|indexedDB|cookie|document\.domain|\btop\b|opener|parent\.(?!postMessage)/,
      );
  });
});
