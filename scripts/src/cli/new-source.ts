// pnpm new-source <slug> --source <file>: a later report of an existing city.
import { requireSchemaBuild } from './schema-built.ts';

requireSchemaBuild('new-source');
const { main } = await import('../intake/run.ts');
await main('new-source');
