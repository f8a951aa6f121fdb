import type { ChartOutput } from '../../charts';
import type { Lang } from '../../i18n/lang';
import type { ChartEntry } from '../chart-registry';
import { chartBlocks, embedHeight } from './height';
import { embedPaths } from './paths';
import { iframeSnippet, scriptSnippet } from './snippet';
import { embedText, footerText, versionLabel } from './text';

/** What the "Embed" offer under a chart shows: both iframe snippets and the script tag. */
export interface EmbedOffer {
  /** Site-relative paths of the two embed pages. */
  paths: { latest: string; pinned: string; version: string };
  /** The snippets' fixed height, in CSS px. */
  height: number;
  /** The data version for people ("hefei 0.1.0"). */
  versionLabel: string;
  latest: string;
  pinned: string;
  script: string;
}

/** The embed snippets of a chart in a language, with absolute addresses on `site`. */
export function embedOffer(
  entry: ChartEntry,
  lang: Lang,
  site: URL | string,
  chart: ChartOutput = entry.render(lang),
): EmbedOffer {
  const words = embedText(entry, lang, chart.title, site);
  const paths = embedPaths(entry, lang);
  const height = embedHeight({
    chart: chartBlocks(chart.html),
    title: words.title,
    subtitle: words.subtitle,
    footer: footerText(words),
  });
  const url = (path: string) => new URL(path, site).href;
  return {
    paths,
    height,
    versionLabel: versionLabel(entry.packages, lang),
    latest: iframeSnippet({ src: url(paths.latest), title: chart.title, height }),
    pinned: iframeSnippet({ src: url(paths.pinned), title: chart.title, height }),
    script: scriptSnippet(url('/embed.js')),
  };
}
