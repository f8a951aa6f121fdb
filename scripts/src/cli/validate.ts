// pnpm validate: check every input under data/ and print every broken rule; writes nothing.
import { runValidate } from '../build/run.ts';
import { main } from './main.ts';

main(runValidate);
