// pnpm new-source <slug> --source <file>: a later report of an existing city.
import { main } from '../intake/run.ts';

await main('new-source');
