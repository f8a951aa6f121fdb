import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// public/embed.js, run against stand-ins for the host page; the browser test runs it for real.
const source = readFileSync(new URL('../../../public/embed.js', import.meta.url), 'utf8');
const SITE = 'https://shuangjian-data.example';
const HOST = 'https://news.example';

interface Frame {
  attrs: Record<string, string>;
  contentWindow: { postMessage: (m: unknown, target: string) => void; sent: unknown[] };
  style: { height?: string };
  getAttribute(name: string): string | null;
}

function frame(src: string, sandbox?: string): Frame {
  const sent: unknown[] = [];
  return {
    attrs: { src, ...(sandbox === undefined ? {} : { sandbox }) },
    contentWindow: { sent, postMessage: (m, target) => void sent.push({ m, target }) },
    style: {},
    getAttribute(name) {
      return this.attrs[name] ?? null;
    },
  };
}

/** The host page: embed.js loaded from the site, and these iframes. */
function host(frames: Frame[]) {
  const window: Record<string, unknown> = {};
  const listeners: ((e: unknown) => void)[] = [];
  const document = {
    currentScript: { src: `${SITE}/embed.js` },
    readyState: 'complete',
    getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []),
    addEventListener: () => undefined,
  };
  const location = { href: `${HOST}/article/`, origin: HOST };
  const run = () =>
    new Function('window', 'document', 'location', 'addEventListener', source)(
      window,
      document,
      location,
      (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn),
    );
  run();
  return {
    listeners,
    run,
    post: (data: unknown, from: { source: unknown; origin: string }) =>
      listeners.forEach((fn) => fn({ data, ...from })),
  };
}

const size = (height: unknown, id: unknown = 'indicator-x') => ({
  type: 'shuangjian:embed-size',
  id,
  height,
});

describe('embed.js', () => {
  it('is at most 2 KB', () => {
    expect(new TextEncoder().encode(source).length).toBeLessThanOrEqual(2048);
  });

  it('sets the height of the iframe that sent the message from its own origin', () => {
    const [a, b] = [frame(`${SITE}/embed/latest/a/`), frame(`${SITE}/en/embed/latest/b/`)];
    const page = host([a, b]);
    page.post(size(412.2), { source: b.contentWindow, origin: SITE });
    expect(b.style.height).toBe('413px');
    expect(a.style.height).toBeUndefined();
  });

  it('ignores a message from another origin, even through one of its iframes', () => {
    const a = frame(`${SITE}/embed/latest/a/`);
    const page = host([a]);
    page.post(size(300), { source: a.contentWindow, origin: HOST });
    page.post(size(300), { source: a.contentWindow, origin: 'null' });
    expect(a.style.height).toBeUndefined();
  });

  it('ignores windows that are not one of its iframes', () => {
    const ours = frame(`${SITE}/embed/latest/a/`);
    const other = frame(`${HOST}/widget/`);
    const lookalike = frame(`${HOST}/embed/latest/a/`);
    const page = host([ours, other, lookalike]);
    page.post(size(300), { source: {}, origin: SITE });
    page.post(size(300), { source: other.contentWindow, origin: HOST });
    page.post(size(300), { source: lookalike.contentWindow, origin: HOST });
    expect([ours, other, lookalike].map((f) => f.style.height)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ignores messages of the wrong shape or with an implausible height', () => {
    const a = frame(`${SITE}/embed/latest/a/`);
    const page = host([a]);
    const from = { source: a.contentWindow, origin: SITE };
    for (const data of [
      null,
      'shuangjian:embed-size',
      { sentinel: 'amp', type: 'embed-size', height: 300 },
      { ...size(300), type: 'other' },
      { type: 'shuangjian:embed-size', height: 300 },
      size(300, 7),
      size('300'),
      size(NaN),
      size(Infinity),
      size(49),
      size(10001),
    ])
      page.post(data, from);
    expect(a.style.height).toBeUndefined();
    page.post(size(50), from);
    expect(a.style.height).toBe('50px');
    page.post(size(10000), from);
    expect(a.style.height).toBe('10000px');
  });

  it('accepts the opaque origin "null" from an iframe sandboxed without allow-same-origin only', () => {
    const boxed = frame(`${SITE}/embed/latest/a/`, 'allow-scripts');
    const sameOrigin = frame(`${SITE}/embed/latest/b/`, 'allow-scripts allow-same-origin');
    const page = host([boxed, sameOrigin]);
    page.post(size(300), { source: boxed.contentWindow, origin: SITE });
    page.post(size(300), { source: sameOrigin.contentWindow, origin: 'null' });
    expect([boxed.style.height, sameOrigin.style.height]).toEqual([undefined, undefined]);
    page.post(size(301), { source: boxed.contentWindow, origin: 'null' });
    page.post(size(302), { source: sameOrigin.contentWindow, origin: SITE });
    expect([boxed.style.height, sameOrigin.style.height]).toEqual(['301px', '302px']);
  });

  it('asks its iframes for their size once, at their own origin', () => {
    const a = frame(`${SITE}/embed/latest/a/`);
    const boxed = frame(`${SITE}/embed/latest/b/`, 'allow-scripts');
    const other = frame(`${HOST}/widget/`);
    host([a, boxed, other]);
    const ping = { type: 'shuangjian:embed-ping' };
    expect(a.contentWindow.sent).toEqual([{ m: ping, target: SITE }]);
    expect(boxed.contentWindow.sent).toEqual([{ m: ping, target: '*' }]);
    expect(other.contentWindow.sent).toEqual([]);
  });

  it('listens once when a page includes it twice', () => {
    const page = host([frame(`${SITE}/embed/latest/a/`)]);
    page.run();
    expect(page.listeners).toHaveLength(1);
  });
});
