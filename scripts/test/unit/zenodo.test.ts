// .zenodo.json: what Zenodo reads when a GitHub release is archived and given a DOI. It must be
// valid deposit metadata (Zenodo's REST API "Deposit metadata" rules, written out below), or
// Zenodo fails the archive silently; and it must say what CITATION.cff says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { REPO_ROOT } from '../../src/paths.ts';

const RELATIONS = [
  'isCitedBy',
  'cites',
  'isSupplementTo',
  'isSupplementedBy',
  'isContinuedBy',
  'continues',
  'isDescribedBy',
  'describes',
  'hasMetadata',
  'isMetadataFor',
  'isNewVersionOf',
  'isPreviousVersionOf',
  'isPartOf',
  'hasPart',
  'isReferencedBy',
  'references',
  'isDocumentedBy',
  'documents',
  'isCompiledBy',
  'compiles',
  'isVariantFormOf',
  'isOriginalFormOf',
  'isIdenticalTo',
  'isAlternateIdentifier',
  'isReviewedBy',
  'reviews',
  'isDerivedFrom',
  'isSourceOf',
  'requires',
  'isRequiredBy',
  'isObsoletedBy',
  'obsoletes',
] as const;

const person = z.strictObject({
  name: z.string().min(1),
  affiliation: z.string().min(1).optional(),
  orcid: z
    .string()
    .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/)
    .optional(),
  gnd: z.string().optional(),
});

/** Zenodo deposit metadata (legacy REST API): the keys it accepts, and the rules for ours. */
const zenodoMetadata = z
  .strictObject({
    title: z.string().min(1),
    upload_type: z.enum([
      'publication',
      'poster',
      'presentation',
      'dataset',
      'image',
      'video',
      'software',
      'lesson',
      'physicalobject',
      'other',
    ]),
    description: z.string().min(1),
    creators: z.array(person).min(1),
    access_right: z.enum(['open', 'embargoed', 'restricted', 'closed']),
    license: z.string().regex(/^[a-z0-9.-]+$/, 'a Zenodo licence id, e.g. cc-by-4.0'),
    language: z
      .string()
      .regex(/^[a-z]{3}$/, 'an ISO 639-2 or 639-3 code')
      .optional(),
    keywords: z.array(z.string().min(1)).min(1).optional(),
    notes: z.string().optional(),
    version: z.string().optional(),
    publication_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    related_identifiers: z
      .array(
        z.strictObject({
          identifier: z.string().min(1),
          relation: z.enum(RELATIONS),
          scheme: z.enum(['doi', 'url', 'urn', 'handle', 'ark', 'purl', 'arxiv']).optional(),
          resource_type: z.string().optional(),
        }),
      )
      .optional(),
    contributors: z.array(person.extend({ type: z.string() })).optional(),
    communities: z.array(z.strictObject({ identifier: z.string() })).optional(),
    grants: z.array(z.strictObject({ id: z.string() })).optional(),
    subjects: z
      .array(z.strictObject({ term: z.string(), identifier: z.string(), scheme: z.string() }))
      .optional(),
    references: z.array(z.string()).optional(),
  })
  .refine((m) => m.access_right !== 'open' || m.license, 'open access needs a license');

const zenodo = JSON.parse(readFileSync(join(REPO_ROOT, '.zenodo.json'), 'utf8')) as Record<
  string,
  unknown
>;
interface Cff {
  title: string;
  license: string;
  keywords: string[];
  authors: { name: string }[];
  references: { url: string }[];
  type: string;
}
const cff = parse(readFileSync(join(REPO_ROOT, 'CITATION.cff'), 'utf8')) as Cff;

describe('.zenodo.json', () => {
  it('is valid Zenodo deposit metadata for an open dataset', () => {
    const result = zenodoMetadata.safeParse(zenodo);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(zenodo).toMatchObject({ upload_type: 'dataset', access_right: 'open' });
  });

  it('leaves the version to the release tag, so every release gets its own', () => {
    expect(zenodo).not.toHaveProperty('version');
    expect(zenodo).not.toHaveProperty('publication_date');
  });

  it('rejects what Zenodo would reject (the schema is not a pass-through)', () => {
    expect(zenodoMetadata.safeParse({ ...zenodo, upload_type: 'data' }).success).toBe(false);
    expect(zenodoMetadata.safeParse({ ...zenodo, creators: [] }).success).toBe(false);
    expect(zenodoMetadata.safeParse({ ...zenodo, licence: 'cc-by-4.0' }).success).toBe(false);
    expect(zenodoMetadata.safeParse({ ...zenodo, license: 'CC BY 4.0' }).success).toBe(false);
  });

  it('says what CITATION.cff says: title, licence, authors, keywords and sources', () => {
    expect(cff.type).toBe('dataset');
    expect(zenodo['title']).toBe(cff.title);
    expect(zenodo['license']).toBe(cff.license.toLowerCase());
    expect((zenodo['creators'] as { name: string }[]).map((c) => c.name)).toEqual(
      cff.authors.map((a) => a.name),
    );
    expect(zenodo['keywords']).toEqual(cff.keywords);
    const related = (zenodo['related_identifiers'] as { identifier: string }[]).map(
      (r) => r.identifier,
    );
    for (const ref of cff.references) expect(related).toContain(ref.url);
  });
});
