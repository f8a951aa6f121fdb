// The baseline: a bare Astro site (no integrations, one layout, one dynamic route) that builds a
// given number of small pages, written next to the real site so that it uses the same astro.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="zh-Hans">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`;

const PAGE = `---
import Layout from '../layouts/Layout.astro';
export function getStaticPaths() {
  return Array.from({ length: PAGES }, (_, i) => ({
    params: { slug: \`page-\${i}\` },
    props: { i, rows: Array.from({ length: 10 }, (_, r) => ({ label: \`row \${r}\`, value: i * 10 + r })) },
  }));
}
const { i, rows } = Astro.props;
---
<Layout title={\`Page \${i}\`}>
  <h1>Page {i}</h1>
  <table>
    {rows.map((r) => <tr><th>{r.label}</th><td>{r.value}</td></tr>)}
  </table>
</Layout>
`;

/** Write a bare Astro project that builds `pages` pages into <dir>; returns dir. */
export function writeBareAstro(dir: string, pages: number): string {
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n",
  );
  writeFileSync(join(dir, 'src', 'layouts', 'Layout.astro'), LAYOUT);
  writeFileSync(join(dir, 'src', 'pages', '[slug].astro'), PAGE.replace('PAGES', String(pages)));
  return dir;
}
