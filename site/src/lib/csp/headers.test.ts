import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from './headers';
import { SHARED_DIRECTIVES } from './policy';

const file = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
const rules = parseHeaders(file);
const policy = (frameAncestors: string) =>
  [...SHARED_DIRECTIVES, `frame-ancestors ${frameAncestors}`].join('; ');

describe('public/_headers', () => {
  it.each(['/', '/cities/hefei/', '/en/', '/en/search/', '/404.html', '/api/v1/index.json'])(
    '%s may not be framed, and has the shared directives and the other security headers',
    (path) => {
      expect(Object.fromEntries(headersFor(rules, path))).toEqual({
        'content-security-policy': policy("'none'"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
    },
  );

  it.each(['/embed/latest/city-hefei/', '/en/embed/v/2025-01/indicator-grid-workers/'])(
    '%s may be framed by any site, with the same other directives',
    (path) => {
      const headers = headersFor(rules, path);
      expect(headers.get('content-security-policy')).toBe(policy('*'));
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('sets no default-src, script-src or style-src, which would block the hashed inline code', () => {
    const directives = [...file.matchAll(/Content-Security-Policy:(.*)/g)].flatMap((m) =>
      m[1]!.split(';').map((d) => d.trim().split(/\s+/)[0]),
    );
    expect(directives).not.toContain('default-src');
    expect(directives.filter((d) => /^(script|style)-src/.test(d!))).toEqual([]);
  });
});

describe('parseHeaders and headersFor', () => {
  const text = '# c\n/*\n  A: 1\n  B: x\n/a/*\n  ! A\n  A: 2\n  B: y\n';

  it('applies every matching rule in order, joining repeats and dropping "! Name"', () => {
    const r = parseHeaders(text);
    expect(Object.fromEntries(headersFor(r, '/b/'))).toEqual({ a: '1', b: 'x' });
    expect(Object.fromEntries(headersFor(r, '/a/c/'))).toEqual({ a: '2', b: 'x, y' });
  });

  it('refuses a header before any path, and a path without "/"', () => {
    expect(() => parseHeaders('  A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeaders('/*\n  A: 1\nembed/*\n')).toThrow(/line 3/);
  });
});
