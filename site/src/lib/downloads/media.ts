const MEDIA: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  sha256: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  zip: 'application/zip',
};

/** The media type a download is served with, from its extension; throws for an unknown one. */
export function mediaTypeOf(path: string): string {
  const type = MEDIA[path.split('.').pop()!];
  if (!type) throw new Error(`no media type for download "${path}"`);
  return type;
}
