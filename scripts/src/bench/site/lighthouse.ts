import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumEnv } from '../../browser/find-chromium.ts';
import { CHROME_FLAGS, chrome } from './chrome.ts';

/** The four categories the budget asks 100 in, in table order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A weighted audit that scored below 1, or an unweighted one (a hint) below 0.9. */
export interface LostAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** Points of the category score (0–100) this audit cost; 0 for an unweighted hint. */
  points: number;
  /** Where it failed: element selectors and snippets, or URLs (the first few). */
  where: string[];
}

/** One Lighthouse run on one page. */
export interface LighthouseResult {
  /** Category scores 0–100 as Lighthouse shows them (rounded); null when the category failed. */
  scores: Record<Category, number | null>;
  /** Weighted audits that cost points, most costly first, then unweighted hints below 0.9. */
  lost: LostAudit[];
  runtimeError?: string;
  runWarnings: string[];
  /** Lighthouse's rough CPU speed index of this machine (its 'benchmarkIndex'). */
  benchmarkIndex: number;
  ms: number;
}

const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * Runs Lighthouse (mobile, simulated throttling: its defaults) on `url` in a fresh headless
 * Chromium with a fresh profile.
 */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const t0 = performance.now();
  const found = await chrome();
  const browser = await launch({
    chromePath: found.path,
    chromeFlags: CHROME_FLAGS,
    envVars: chromiumEnv(found),
  });
  // `finally` does not run when the process dies of an uncaught error; leave no Chromium behind.
  const kill = () => void browser.kill();
  process.once('exit', kill);
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => {
        const score = lhr.categories[c]?.score;
        return [c, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ) as Record<Category, number | null>;
    return {
      scores,
      lost: CATEGORIES.flatMap((c) => lostAudits(lhr, c)),
      runtimeError: lhr.runtimeError
        ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
        : undefined,
      runWarnings: lhr.runWarnings,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      ms: performance.now() - t0,
    };
  } finally {
    process.off('exit', kill);
    browser.kill();
  }
}

function lostAudits(lhr: Result, category: Category): LostAudit[] {
  const cat = lhr.categories[category];
  if (!cat) return [];
  const scored = cat.auditRefs.filter((ref) => {
    const audit = lhr.audits[ref.id];
    return audit && SCORED_MODES.has(audit.scoreDisplayMode);
  });
  const totalWeight = scored.reduce((sum, ref) => sum + ref.weight, 0) || 1;
  const lost = scored.flatMap((ref): LostAudit[] => {
    const audit = lhr.audits[ref.id]!;
    const score = audit.score;
    // Unweighted audits (performance insights, experimental accessibility rules) cost no points
    // but can still name a real fault; list them when clearly failing.
    if (score === null || score >= (ref.weight > 0 ? 1 : 0.9)) return [];
    return [
      {
        category,
        id: audit.id,
        title: audit.title,
        score,
        displayValue: audit.displayValue,
        points: (100 * ref.weight * (1 - score)) / totalWeight,
        where: where(audit.details),
      },
    ];
  });
  return lost.sort((a, b) => b.points - a.points);
}

/** The first few elements or URLs an audit's details name. */
function where(details: unknown, max = 4): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const found: string[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const node = item['node'] as { selector?: string; snippet?: string } | undefined;
    if (node?.selector || node?.snippet) {
      found.push([node.selector, node.snippet].filter(Boolean).join(' '));
    } else if (typeof item['url'] === 'string') {
      found.push(item['url']);
    } else if (typeof item['source'] === 'object' && item['source'] !== null) {
      const source = item['source'] as { url?: string; line?: number };
      if (source.url) found.push(`${source.url}:${source.line ?? 0}`);
    } else if (typeof item['description'] === 'string') {
      found.push(item['description']);
    }
    if (found.length >= max) break;
  }
  return found;
}
