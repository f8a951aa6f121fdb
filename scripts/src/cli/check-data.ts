// pnpm check:data: fail when the committed generated files differ from a fresh build:data.
import { runCheckData } from '../build/run.ts';
import { main } from './main.ts';

main(runCheckData);
