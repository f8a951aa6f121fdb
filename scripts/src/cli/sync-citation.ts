// pnpm sync:citation (run by version-packages): CITATION.cff gets the dataset's new version (all-cities').
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { datasetVersion, withCitationVersion } from '../release/citation-version.ts';

const file = join(REPO_ROOT, 'CITATION.cff');
const version = datasetVersion(REPO_ROOT);
writeFileSync(file, withCitationVersion(readFileSync(file, 'utf8'), version));
console.log(`CITATION.cff: version "${version}"`);
