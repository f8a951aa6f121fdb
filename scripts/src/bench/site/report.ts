import { CATEGORIES, type LighthouseResult, type LostAudit } from './lighthouse.ts';
import type { SitePage } from './pages.ts';
import type { Transfer } from './transfer.ts';

/** Budgets per page; 1 KB = 1000 bytes. */
export const BUDGET = { bytes: 100_000, jsBytes: 10_000, lighthouse: 100 } as const;

/** Everything measured on one page. */
export interface PageResult {
  page: SitePage;
  transfer: Transfer;
  lighthouse?: LighthouseResult;
}

/** One budget line of one page. */
export interface Verdict {
  result: PageResult;
  /** Why the page missed, empty on a PASS. */
  misses: string[];
}

const SHORT: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best',
  seo: 'seo',
};

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mark = (ok: boolean | undefined) => (ok === undefined ? 'SKIP' : ok ? 'PASS' : 'MISS');

/** A Markdown table; the first column left-aligned, the rest right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = widths.map((w, c) => (c < 2 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`));
  return [line(rows[0]!), `| ${rule.join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** The measurements table: sizes, requests and the four Lighthouse scores. */
export function figuresTable(results: PageResult[]): string {
  const header = [
    'page',
    'lang',
    'KB (gzip)',
    'JS KB (gzip)',
    'requests',
    'external',
    ...CATEGORIES.map((c) => SHORT[c]),
  ];
  const rows = results.map(({ page, transfer, lighthouse }) => [
    page.path,
    page.lang,
    kb(transfer.gzipBytes),
    kb(transfer.jsGzipBytes),
    String(transfer.requests),
    String(transfer.external.length),
    ...CATEGORIES.map((c) => (lighthouse ? String(lighthouse.scores[c] ?? 'err') : '–')),
  ]);
  return table([header, ...rows]);
}

/** Checks one page against every budget. */
export function judge(result: PageResult): Verdict {
  const { transfer, lighthouse } = result;
  const misses: string[] = [];
  if (result.page.informational) return { result, misses };
  if (transfer.status !== 200) misses.push(`document status ${transfer.status}`);
  if (transfer.gzipBytes > BUDGET.bytes) misses.push(`${kb(transfer.gzipBytes)} KB > 100 KB`);
  if (transfer.jsGzipBytes > BUDGET.jsBytes)
    misses.push(`JS ${kb(transfer.jsGzipBytes)} KB > 10 KB`);
  if (transfer.external.length) misses.push(`${transfer.external.length} external request(s)`);
  if (lighthouse) {
    for (const c of CATEGORIES) {
      const score = lighthouse.scores[c];
      if (score === null || score < BUDGET.lighthouse) misses.push(`${c} ${score ?? 'error'}`);
    }
    if (lighthouse.runtimeError) misses.push(`lighthouse: ${lighthouse.runtimeError}`);
  }
  return { result, misses };
}

/** The budgets table, PASS/MISS per budget and page. */
export function budgetTable(verdicts: Verdict[]): string {
  // The informational rows (a search query) are shown in the figures table only.
  verdicts = verdicts.filter((v) => !v.result.page.informational);
  const header = ['page', 'lang', '≤ 100 KB', '≤ 10 KB JS', 'same host', 'Lighthouse 100', 'page'];
  const rows = verdicts.map(({ result, misses }) => {
    const { page, transfer, lighthouse } = result;
    const lh = lighthouse
      ? CATEGORIES.every((c) => lighthouse.scores[c] === BUDGET.lighthouse)
      : undefined;
    return [
      page.path,
      page.lang,
      mark(transfer.gzipBytes <= BUDGET.bytes),
      mark(transfer.jsGzipBytes <= BUDGET.jsBytes),
      mark(transfer.external.length === 0),
      mark(lh),
      mark(misses.length === 0),
    ];
  });
  return table([header, ...rows]);
}

function auditLine(a: LostAudit): string {
  const cost = a.points > 0 ? `−${a.points.toFixed(1)} pts` : 'unweighted hint';
  const value = a.displayValue ? ` (${a.displayValue})` : '';
  return `[${a.category}] ${a.id} — ${a.title}${value}: score ${a.score.toFixed(2)}, ${cost}`;
}

/** Why each missing page missed, with the Lighthouse audits that cost points and where. */
export function missDetails(verdicts: Verdict[]): string[] {
  const out: string[] = [];
  for (const { result, misses } of verdicts) {
    if (!misses.length) continue;
    out.push(`${result.page.url} (${result.page.lang}): ${misses.join('; ')}`);
    for (const audit of result.lighthouse?.lost ?? []) {
      out.push(`  ${auditLine(audit)}`);
      for (const w of audit.where) out.push(`      at ${w.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    for (const url of result.transfer.external) out.push(`  external: ${url}`);
  }
  return out;
}

/** Lost audits and hints over all pages, passing ones too: one line per audit id, with its pages. */
export function auditSummary(results: PageResult[]): string[] {
  const byId = new Map<string, { audit: LostAudit; pages: string[] }>();
  const audited = results.filter((r) => r.lighthouse).length;
  for (const { page, lighthouse } of results) {
    for (const audit of lighthouse?.lost ?? []) {
      const entry = byId.get(audit.id) ?? { audit, pages: [] };
      entry.pages.push(page.url);
      if (audit.score < entry.audit.score) entry.audit = audit;
      byId.set(audit.id, entry);
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.audit.points - a.audit.points || b.pages.length - a.pages.length)
    .flatMap(({ audit, pages }) => [
      `${auditLine(audit)} — ${pages.length === audited ? 'every page' : pages.join(' ')}`,
      ...audit.where.slice(0, 2).map((w) => `      at ${w.replace(/\s+/g, ' ').slice(0, 160)}`),
    ]);
}

/** Console errors, failed or non-2xx requests: things that look wrong even when budgets pass. */
export function findings(results: PageResult[]): string[] {
  return results.flatMap(({ page, transfer }) => [
    ...transfer.errors.map((e) => `${page.url}: ${e}`),
    ...transfer.resources
      .filter((r) => r.status === 'failed' || r.status >= 400)
      .map((r) => `${page.url}: ${r.status} ${r.url}`),
  ]);
}
