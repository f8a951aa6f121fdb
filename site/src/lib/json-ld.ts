import type { Dataset, Figure } from '@shuangjian/schema';
import { HTML_LANG, type Lang } from '../i18n/lang';
import { strings } from '../i18n/strings';

const T = strings({
  zh: {
    name: (d: Dataset) => `${d.city.name.zh}“双减”校外培训治理数据`,
    description: (d: Dataset, source: Dataset['sources'][number]) =>
      `${source.title.zh}中的全部 ${d.figures.length} 个统计数字,附原文引文。`,
  },
  en: {
    name: (d: Dataset) => `${d.city.name.en}: Double Reduction tutoring-governance figures`,
    description: (d: Dataset, source: Dataset['sources'][number]) =>
      `All ${d.figures.length} statistics in “${source.title.en}”, each with its verbatim quote.`,
  },
});

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** schema.org Dataset for a city page. */
export function cityDatasetLd(
  d: Dataset,
  lang: Lang,
  url: string,
  downloads: { url: string; format: string }[],
): object {
  const source = d.sources[0]!;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: T[lang].name(d),
    description: T[lang].description(d, source),
    url,
    inLanguage: HTML_LANG[lang],
    version: d.version,
    license: LICENSE,
    isAccessibleForFree: true,
    spatialCoverage: {
      '@type': 'Place',
      name: `${d.city.name.zh} ${d.city.name.en}, ${d.city.province.en}, China`,
    },
    creator: { '@type': 'Organization', name: source.author[lang] },
    publisher: { '@type': 'Organization', name: 'Shuangjian Data (双减治理数据)' },
    isBasedOn: d.sources.map((s) => s.republication.url),
    distribution: downloads.map((x) => ({
      '@type': 'DataDownload',
      encodingFormat: x.format,
      contentUrl: x.url,
    })),
  };
}

/** schema.org Dataset for one figure (a single observation). */
export function figureLd(d: Dataset, f: Figure, lang: Lang, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${d.city.name[lang]}: ${f.title[lang]}`,
    // The full description; on a Chinese page, with the English one after it.
    description: f.label.en === f.label[lang] ? f.label.en : `${f.label[lang]} (${f.label.en})`,
    url,
    identifier: f.global_id,
    version: d.version,
    license: LICENSE,
    isAccessibleForFree: true,
    isBasedOn: d.sources.find((s) => s.id === f.source)?.republication.url,
    variableMeasured: {
      '@type': 'PropertyValue',
      name: f.title.en,
      description: f.label.en,
      value: f.value,
      unitText: f.unit,
    },
  };
}
