import type { Dataset, Figure, Source, SourceWithText } from '@shuangjian/schema';
import type { Lang } from '../../i18n/lang';
import { citeFigure, toBibtex, toCslJson } from '../citation';
import { links } from '../links';
import { listPackageFiles, readPackageFile } from '../package-files';
import { comparison, DATASETS, getDataset, getIndicator, INDICATORS } from '../site-data';
import { apiResponse } from './json';
import { SHARED_PACKAGES } from './shared-packages';
import { absolute, apiPaths, FEED_PATH, type ApiSchemaName } from './paths';
import {
  API_SCHEMAS,
  type ApiCity,
  type ApiFigure,
  type ApiIndex,
  type ApiIndicator,
  type Citation,
} from './schemas';

/** Every published package, cities first (display order), as the changelog page lists them. */
export function publishedPackages(): string[] {
  return [...DATASETS.map((d) => d.name), ...SHARED_PACKAGES];
}

function packageVersion(name: string): string {
  return (JSON.parse(readPackageFile(name, 'package.json').toString('utf8')) as { version: string })
    .version;
}

/** A page in both languages, as absolute URLs. */
function pages(site: URL, page: (lang: Lang) => string): { zh: string; en: string } {
  return { zh: absolute(site, page('zh')), en: absolute(site, page('en')) };
}

function downloads(site: URL, city: string) {
  const url = (file: string) => absolute(site, links.download(city, file));
  return {
    figures_csv: url('data/figures.csv'),
    figures_json: url('data/figures.json'),
    dataset_json: url('data/dataset.json'),
    datapackage_json: url('datapackage.json'),
  };
}

/** Text, BibTeX and CSL-JSON for a dataset (figure null) or a figure, each citing the page in its language. */
export function citation(d: Dataset, f: Figure | null, url: { zh: string; en: string }): Citation {
  const both = <T>(make: (lang: Lang) => T) => ({ zh: make('zh'), en: make('en') });
  return {
    text: both((lang) => citeFigure(d, f, lang, url[lang])),
    bibtex: both((lang) => toBibtex(d, f, lang, url[lang])),
    csl_json: both((lang) => toCslJson(d, f, lang, url[lang])),
  };
}

export function apiIndex(site: URL): Omit<ApiIndex, '$schema'> {
  return {
    api_version: 'v1',
    site: site.href,
    cities: DATASETS.map((d) => ({
      slug: d.city.slug,
      name: d.city.name,
      package: d.name,
      version: d.version,
      figure_count: d.figures.length,
      links: {
        api: absolute(site, apiPaths.city(d.city.slug)),
        page: pages(site, (lang) => links.city(lang, d.city.slug)),
        downloads: downloads(site, d.city.slug),
      },
    })),
    indicators: INDICATORS.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      links: {
        api: absolute(site, apiPaths.indicator(i.id)),
        page: pages(site, (lang) => links.indicator(lang, i.id)),
      },
    })),
    packages: publishedPackages().map((name) => ({ name, version: packageVersion(name) })),
    schemas: {
      index: absolute(site, apiPaths.schema('index')),
      city: absolute(site, apiPaths.schema('city')),
      figure: absolute(site, apiPaths.schema('figure')),
      indicator: absolute(site, apiPaths.schema('indicator')),
    },
    feed: absolute(site, FEED_PATH),
    license: {
      data: 'CC-BY-4.0',
      code: 'MIT',
      note: {
        zh: '官方数字是政府文件中的事实,引用时请先注明原发布者(各市);本项目的整理、规范化、翻译和元数据以 CC BY 4.0 许可发布,代码以 MIT 许可发布。',
        en: 'The official figures are facts from government documents: credit the original publisher (each city) first. The compilation (selection, normalisation, translations, metadata) is CC BY 4.0; the code is MIT.',
      },
    },
  };
}

/** A source's metadata: everything but the text. */
function metadataOf(source: SourceWithText): Source {
  const meta: Partial<SourceWithText> = { ...source };
  delete meta.text;
  return meta as Source;
}

/** A city dataset; sources carry their metadata and a link to the verbatim text, not the text. */
export function apiCity(site: URL, slug: string): Omit<ApiCity, '$schema'> {
  const d = getDataset(slug);
  const sourceFiles = listPackageFiles(d.name, 'data/sources');
  return {
    package: d.name,
    version: d.version,
    city: d.city,
    sources: d.sources.map((source) => {
      const meta = metadataOf(source);
      const file = `${meta.id}.zh.txt`;
      if (!sourceFiles.includes(file))
        throw new Error(`${d.name}: data/sources/${file} is missing for source "${meta.id}"`);
      return { ...meta, text_url: absolute(site, links.download(slug, `data/sources/${file}`)) };
    }),
    figures: d.figures,
    exclusions: d.exclusions,
    citation: citation(
      d,
      null,
      pages(site, (lang) => links.city(lang, slug)),
    ),
    links: {
      self: absolute(site, apiPaths.city(slug)),
      page: pages(site, (lang) => links.city(lang, slug)),
      source_page: pages(site, (lang) => links.source(lang, slug)),
      downloads: downloads(site, slug),
      figures: Object.fromEntries(
        d.figures.map((f) => [f.id, absolute(site, apiPaths.figure(slug, f.id))]),
      ),
    },
  };
}

export function apiFigure(site: URL, city: string, id: string): Omit<ApiFigure, '$schema'> {
  const d = getDataset(city);
  const f = d.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure "${id}" in ${d.name}`);
  const page = pages(site, (lang) => links.figure(lang, f));
  return {
    package: d.name,
    version: d.version,
    city: d.city,
    figure: f,
    citation: citation(d, f, page),
    links: {
      self: absolute(site, apiPaths.figure(city, id)),
      page,
      source: pages(site, (lang) => links.quote(lang, f)),
      city: absolute(site, apiPaths.city(city)),
      indicator: f.indicator ? absolute(site, apiPaths.indicator(f.indicator)) : null,
    },
  };
}

/** An indicator with compare() over every city: a city that does not report it has value null. */
export function apiIndicator(site: URL, id: string): Omit<ApiIndicator, '$schema'> {
  return {
    indicator: getIndicator(id),
    comparison: comparison(id).map((row) => ({
      city: row.city,
      reported: row.reported,
      figure: row.figure?.global_id ?? null,
      value: row.value,
      qualifier: row.qualifier,
      unit: row.unit,
      period: row.period,
      caveats: row.caveats,
      series: row.series.map(({ figure: f, source }) => ({
        figure: f.global_id,
        value: f.value,
        qualifier: f.qualifier,
        unit: f.unit,
        period: f.period,
        // Every source of a dataset the site reads has its date.
        source: { id: source.id, date: source.date! },
      })),
      links: row.figure
        ? {
            figure: absolute(site, apiPaths.figure(row.figure.city, row.figure.id)),
            figure_page: pages(site, (lang) => links.figure(lang, row.figure!)),
          }
        : { figure: null, figure_page: null },
    })),
    links: {
      self: absolute(site, apiPaths.indicator(id)),
      page: pages(site, (lang) => links.indicator(lang, id)),
    },
  };
}

/** The response for one API file: "$schema" added, checked against its schema, stable JSON. */
export function serveApi<N extends ApiSchemaName>(
  site: URL | undefined,
  name: N,
  path: string,
  body: (site: URL) => object,
): Response {
  if (!site) throw new Error('the static API needs `site` in astro.config (site.config.json)');
  const value = { $schema: absolute(site, apiPaths.schema(name)), ...body(site) };
  return apiResponse(path, API_SCHEMAS[name], value);
}
