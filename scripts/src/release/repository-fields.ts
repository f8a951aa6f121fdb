// The repository, homepage and bugs fields of the published packages. npm shows them on each
// package's page, and npm's provenance check requires repository.url to be the repository that
// built the package, so they are written from the CI's own GITHUB_REPOSITORY at release time
// rather than typed by hand (the project does not hard-code where it is hosted).

export interface RepositoryEnv {
  /** "owner/name", as GitHub Actions sets it. */
  GITHUB_REPOSITORY?: string | undefined;
  /** "https://github.com" unless on GitHub Enterprise, as GitHub Actions sets it. */
  GITHUB_SERVER_URL?: string | undefined;
  /** The site's public address (the deploy workflow's repository variable). */
  SITE_URL?: string | undefined;
}

export interface RepositoryFields {
  repository: { type: 'git'; url: string; directory: string };
  homepage: string;
  bugs: { url: string };
}

/** Whether an address is a placeholder (reserved example/test TLD or this machine). */
function placeholder(url: URL): boolean {
  const tld = url.hostname.replace(/\.$/, '').split('.').pop()!.toLowerCase();
  return ['example', 'test', 'invalid', 'localhost'].includes(tld) || /^127\./.test(url.hostname);
}

/**
 * The fields for the package in packages/<dir>; throws, saying what to set, when the repository
 * is not known or malformed. The homepage is the site when SITE_URL is a real https address, else
 * the package's folder in the repository.
 */
export function repositoryFields(dir: string, env: RepositoryEnv): RepositoryFields {
  const repo = env.GITHUB_REPOSITORY?.trim() ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(repo))
    throw new Error(
      repo
        ? `GITHUB_REPOSITORY must be "owner/name", not "${repo}"`
        : 'GITHUB_REPOSITORY is not set: run this in GitHub Actions, or set it to "owner/name" of the repository the packages are published from',
    );
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  if (!/^https:\/\/[^/]+$/.test(server))
    throw new Error(`GITHUB_SERVER_URL must be an https origin, not "${server}"`);
  const web = `${server}/${repo}`;
  let homepage = `${web}/tree/main/packages/${dir}#readme`;
  if (env.SITE_URL?.trim()) {
    const site = new URL(env.SITE_URL.trim());
    if (site.protocol === 'https:' && !placeholder(site)) homepage = `${site.origin}/`;
  }
  return {
    repository: { type: 'git', url: `git+${web}.git`, directory: `packages/${dir}` },
    homepage,
    bugs: { url: `${web}/issues` },
  };
}

/**
 * A package.json text with the fields set: placed after "license" on first insertion, replaced in
 * place after that; everything else byte for byte (two-space JSON, final newline).
 */
export function withRepositoryFields(packageJson: string, fields: RepositoryFields): string {
  const pkg = JSON.parse(packageJson) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(pkg).filter((k) => !(k in fields));
  for (const k of keys) {
    out[k] = pkg[k];
    if (k === 'license') Object.assign(out, fields);
  }
  if (!('repository' in out)) Object.assign(out, fields);
  return `${JSON.stringify(out, null, 2)}\n`;
}
