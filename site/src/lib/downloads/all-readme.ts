// README.md at the top of the zip of everything: what is in it, the codebook of figures.csv (from
// the descriptor's table schema, so it cannot drift), how to cite it and its licences.
import type { Dataset } from '@shuangjian/schema';

interface Field {
  name: string;
  type: string;
  description: string;
  constraints?: { enum?: readonly string[] };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README of the zip of everything, for the cities and the all-cities table schema given. */
export function allZipReadme(datasets: readonly Dataset[], fields: readonly Field[]): string {
  const packages = datasets.map((d) => `${d.name}@${d.version}`).join(', ');
  return [
    '# Shuangjian Data (双减治理数据): every city',
    '',
    '各城市“双减”校外培训治理报告中的每一个统计数字,附原文引文、单位、期间与说明。',
    '',
    `Every statistic that the cities report on governing off-campus tutoring under the 2021 Double Reduction (双减) policy, from ${packages}: ${datasets.reduce((n, d) => n + d.figures.length, 0)} figures in ${datasets.length} cities.`,
    '',
    '## Files',
    '',
    '| file | what it holds |',
    '| --- | --- |',
    '| `figures.csv` | every figure of every city, one row each (RFC 4180, UTF-8, CRLF) |',
    '| `figures.excel.csv` | the same table with a byte-order mark, for Excel (encoding `utf-8-sig` in datapackage.json) |',
    '| `figures.json` | the same figures as one JSON array |',
    '| `sources/*.zh.txt` | each source text, byte for byte as published |',
    '| `datapackage.json` | the Frictionless Data Package v2 descriptor of the files above |',
    '| `<city>/` | each city package as published: its data, datapackage.json, README and licences |',
    '| `LICENSE`, `LICENSE-DATA`, `CITATION.cff` | the licences (code MIT, compilation CC BY 4.0) and how to cite |',
    '',
    '## Codebook: the columns of `figures.csv`',
    '',
    'An empty field means no value. Values are in base units (89.16万元 is 891600 CNY); percentages are in percent (87.57, not 0.8757); a rate with a `formula` can be recomputed from the figures it names.',
    '',
    '| column | type | meaning | values |',
    '| --- | --- | --- | --- |',
    ...fields.map(
      (f) =>
        `| \`${f.name}\` | ${f.type} | ${cell(f.description)} | ${f.constraints?.enum ? f.constraints.enum.map((v) => `\`${v}\``).join(', ') : ''} |`,
    ),
    '',
    '## How to cite',
    '',
    'Cite the original publisher of each figure first (`source_title_zh`, `source_publisher`, `source_date`, `source_url`), then this dataset with the packages and versions above; `CITATION.cff` has the details. The figures are facts from government documents.',
    '',
    '## Licence',
    '',
    'The compilation (selection, normalisation, translations, metadata) is licensed CC BY 4.0 (`LICENSE-DATA`); the code is MIT (`LICENSE`).',
    '',
  ].join('\n');
}
