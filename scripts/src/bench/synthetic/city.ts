// One synthetic city: its names, source text, source metadata and annotations. City k depends only on
// (seed, k), so it is the same whatever the number of cities.
import type { Exclusion, FigureAnnotation, Source } from '@shuangjian/schema';
import { annotateCity } from './city-annotations.ts';
import { writeCityText } from './city-text.ts';
import { citySeed, Rng } from './seeded-rng.ts';

const SOURCE_DATE = '2023-09-27';
const NAME_A = '安宁平和江东西南北阳明清新华长兴泰康永乐丰嘉瑞临';
const NAME_B = '州山川原城林湖溪岭泉峰阳宁源江口桥塘坪洲渡台关沙浦';

export interface SyntheticCity {
  slug: string;
  sourceId: string;
  text: string;
  sourceMeta: Omit<Source, 'seed' | 'sha256'>;
  cityYaml: { city: unknown; exclusions: Exclusion[]; figures: FigureAnnotation[] };
}

/** The city with 0-based `index`. */
export function makeCity(index: number, seed: number): SyntheticCity {
  const r = new Rng(citySeed(seed, index));
  const slug = `city-${String(index + 1).padStart(4, '0')}`;
  const sourceId = `${slug}-${SOURCE_DATE}`;
  const nameZh = `${NAME_A[index % NAME_A.length]}${NAME_B[Math.floor(index / NAME_A.length) % NAME_B.length]}市`;
  const nameEn = `Synthetic City ${index + 1}`;
  const written = writeCityText(r, index, nameZh);
  const { figures, exclusions } = annotateCity({ slug, sourceId, nameZh, nameEn }, written);

  const title = `${nameZh}突出${written.focus} 深化校外教育培训机构治理`;
  return {
    slug,
    sourceId,
    text: written.text,
    sourceMeta: {
      id: sourceId,
      city: slug,
      title: {
        zh: title,
        en: `${nameEn}: deepening the governance of off-campus tutoring (synthetic)`,
      },
      author: { zh: `${nameZh}(合成数据)`, en: `${nameEn} (synthetic benchmark data)` },
      language: 'zh',
      republication: {
        publisher: 'example.org',
        url: `https://example.org/synthetic/${slug}.html`,
        date: SOURCE_DATE,
      },
      sections: written.sections,
      notes: [
        {
          zh: '合成数据,仅用于性能测试。',
          en: 'Synthetic text generated for benchmarking; not a real report.',
        },
      ],
    },
    cityYaml: {
      city: {
        slug,
        name: { zh: nameZh, en: nameEn },
        province: { zh: '示例省', en: 'Example Province' },
        admin_code: String(100000 + (index + 1) * 100),
      },
      exclusions,
      figures,
    },
  };
}
