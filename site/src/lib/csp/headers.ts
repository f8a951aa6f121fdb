// Reading public/_headers as a static host does, so that tests can serve dist with its headers.

/** One block of a _headers file: a URL path pattern and its lines, in file order. */
export interface HeaderRule {
  pattern: string;
  /** `[name, value]` attaches a header; `[name, null]` ("! Name") drops one set by earlier rules. */
  lines: [name: string, value: string | null][];
}

/** The rules of a _headers file; "#" starts a comment line, header lines are indented. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a path starts with "/"`);
      rules.push({ pattern: line, lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    const header = /^(?:!\s*([\w-]+)|([\w-]+)\s*:\s*(.+))$/.exec(line);
    if (!rule || !header) throw new Error(`_headers line ${i + 1}: not a header of a path`);
    rule.lines.push(header[1] ? [header[1], null] : [header[2]!, header[3]!]);
  }
  return rules;
}

/**
 * The headers sent for a URL path, as Cloudflare Pages does: every rule whose pattern matches
 * ("*" matches anything, "/" included), in file order; a header set again is joined with ", ".
 * Names are lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { pattern, lines } of rules) {
    const re = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    if (!new RegExp(`^${re}$`).test(pathname)) continue;
    for (const [name, value] of lines) {
      const key = name.toLowerCase();
      if (value === null) out.delete(key);
      else out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}
