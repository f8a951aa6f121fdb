// The changesets of a new city and of a new source: one Chinese line, then one English line.
import type { City } from '@shuangjian/schema';

const ALL_CITIES = '@shuangjian/all-cities';

function changeset(packages: string[], zh: string, en: string): string {
  const header = packages.map((p) => `'${p}': minor`).join('\n');
  return `---\n${header}\n---\n\n${zh}\n${en}\n`;
}

/** .changeset/ path -> text: the city's first release, and the all-cities package adding it. */
export function newCityChangesets(city: City): Map<string, string> {
  const name = `@shuangjian/${city.slug}`;
  return new Map([
    [
      `.changeset/new-city-${city.slug}.md`,
      changeset(
        [name],
        `首次发布:${city.name.zh}(${city.province.zh})的双减校外培训治理数字。`,
        `First release of ${city.name.en} (${city.province.en}): its Double Reduction off-campus tutoring governance figures.`,
      ),
    ],
    [
      `.changeset/new-city-${city.slug}-all-cities.md`,
      changeset(
        [ALL_CITIES],
        `新增${city.name.zh}(${city.province.zh})。`,
        `Adds ${city.name.en} (${city.province.en}).`,
      ),
    ],
  ]);
}

/** .changeset/ path -> text: a new source's figures for the city and the all-cities package. */
export function newSourceChangeset(
  city: Pick<City, 'slug' | 'name'>,
  source: { id: string; publisher: string; date: string },
): Map<string, string> {
  return new Map([
    [
      `.changeset/new-source-${source.id}.md`,
      changeset(
        [`@shuangjian/${city.slug}`, ALL_CITIES],
        `${city.name.zh}新增来源 \`${source.id}\`(${source.publisher},${source.date})及其中的数字。`,
        `${city.name.en} gains the source \`${source.id}\` (${source.publisher}, ${source.date}) and its figures.`,
      ),
    ],
  ]);
}
