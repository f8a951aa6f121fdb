// pnpm build:data: validate, then write every package's generated files; on any error write nothing.
import { runBuildData } from '../build/run.ts';
import { main } from './main.ts';

main(runBuildData);
