// `pnpm dev` only: keeps site/.drafts/drafts.json (the drafts preview, written by the scripts'
// preview-drafts) in step with data/, and reloads the browser when it changes, so a reviewer sees
// each edit of data/cities/<city>.yaml at /drafts/<city>/. A build never runs this.
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeDraftPreview } from '@shuangjian/scripts/drafts-preview';

export default function draftsPreview(): AstroIntegration {
  return {
    name: 'shuangjian:drafts-preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        // SHUANGJIAN_DATA_DIR: another copy of data/ (the slow test's, with drafts of its own).
        const data = resolve(
          process.env.SHUANGJIAN_DATA_DIR ||
            fileURLToPath(new URL('../../../../data', import.meta.url)),
        );
        const write = () => {
          const n = writeDraftPreview(undefined, data);
          if (n > 0) logger.info(`${n} draft(s) to review: open /drafts/`);
        };
        write();
        server.watcher.add(data);
        const onChange = (file: string) => {
          if (!resolve(file).startsWith(data + sep)) return;
          write();
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['change', 'add', 'unlink'] as const)
          server.watcher.on(event, onChange);
      },
    },
  };
}
