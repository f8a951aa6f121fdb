// pnpm new-city <slug> --source <file> --name-zh … : a new city from one report (CONTRIBUTING.md,
// "Add a city"). Writes everything or nothing; --no-install skips the final `pnpm install`.
import { requireSchemaBuild } from './schema-built.ts';

requireSchemaBuild('new-city');
const { main } = await import('../intake/run.ts');
await main('new-city');
