// pnpm review <city>: walk the city's drafts in source order and, for each, accept it (delete
// `review` and `why`), skip it, turn a draft figure into a draft exclusion, or delete it. The city
// file is rewritten (atomically, comments and order kept) after each decision.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SourceText } from '../validate/source-text.ts';
import { accept, remove, toExclusion } from './decide.ts';
import { findDrafts, type Draft } from './drafts.ts';
import { showDraft } from './show.ts';
import { readDocument, writeDocument } from './yaml-document.ts';

export interface ReviewIo {
  out(line: string): void;
  err(line: string): void;
  /** Print the prompt and give the next answer; undefined when the input has ended. */
  ask(prompt: string): Promise<string | undefined>;
  /** Mark numbers with terminal attributes rather than 【】. */
  tty: boolean;
}

const ACTIONS = { a: 'accept', s: 'skip', x: 'exclusion', d: 'delete', q: 'quit' } as const;
type Action = (typeof ACTIONS)[keyof typeof ACTIONS];

/** The source texts of a city, by source id. */
function loadSources(repoRoot: string, slug: string): Map<string, SourceText> {
  const dir = join(repoRoot, 'data', 'sources', slug);
  const texts = new Map<string, SourceText>();
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.zh.txt')))
    texts.set(
      name.slice(0, -'.zh.txt'.length),
      new SourceText(readFileSync(join(dir, name), 'utf8')),
    );
  return texts;
}

/** What an answer asks for: a letter or its word, any case; undefined when it is neither. */
function parseAnswer(answer: string, figure: boolean): Action | undefined {
  const a = answer.trim().toLowerCase();
  const found = Object.entries(ACTIONS).find(
    ([key, word]) => a === key || (a.length > 1 && word.startsWith(a)),
  );
  if (!found || (found[0] === 'x' && !figure)) return undefined;
  return found[1];
}

/** Ask until the answer is one of the actions offered; quit at the end of the input. */
async function askAction(io: ReviewIo, figure: boolean): Promise<Action> {
  const options = `[a]ccept, [s]kip, ${figure ? '[x] make it an exclusion, ' : ''}[d]elete, [q]uit? `;
  for (;;) {
    const answer = await io.ask(options);
    if (answer === undefined) return 'quit';
    const action = parseAnswer(answer, figure);
    if (action) return action;
    io.out(`  answer ${figure ? 'a, s, x, d or q' : 'a, s, d or q'}`);
  }
}

/** Review (or with `list`, print) the drafts of data/cities/<slug>.yaml; returns the exit code. */
export async function review(
  { repoRoot, slug, list = false }: { repoRoot: string; slug: string; list?: boolean },
  io: ReviewIo,
): Promise<number> {
  const rel = `data/cities/${slug}.yaml`;
  const file = join(repoRoot, rel);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !existsSync(file)) {
    io.err(`review: no city "${slug}": ${rel} does not exist`);
    return 1;
  }
  const sources = loadSources(repoRoot, slug);
  const read = () => {
    const doc = readDocument(file);
    return {
      doc,
      drafts: doc.errors.length > 0 ? [] : findDrafts(doc, readFileSync(file, 'utf8'), sources),
    };
  };
  let { doc, drafts } = read();
  if (doc.errors.length > 0) {
    io.err(
      `review: ${rel} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); run pnpm validate`,
    );
    return 1;
  }
  if (drafts.length === 0) {
    io.out(`review: no drafts in ${rel}`);
    return 0;
  }
  const total = drafts.length;
  const show = (d: Draft, n: number) =>
    showDraft(d, { n, total, city: slug, file: rel, sources, tty: io.tty }).forEach(io.out);
  if (list) {
    drafts.forEach((d, i) => {
      show(d, i + 1);
      io.out('');
    });
    io.out(`${total} draft(s) in ${rel}`);
    return 0;
  }

  const done = { accept: 0, skip: 0, exclusion: 0, delete: 0 };
  const key = (d: Draft) => `${d.kind} ${JSON.stringify(d.entry)}`;
  // The drafts to walk: those of the file as it was (a draft exclusion made here is not walked
  // again), less those decided on; each decision rereads the file, so lines stay true.
  const open = new Set(drafts.map(key));
  for (let n = 1; ; n++) {
    const draft = drafts.find((d) => open.has(key(d)));
    if (!draft) break;
    show(draft, n);
    const action = await askAction(io, draft.kind === 'figure');
    if (action === 'quit') break;
    done[action]++;
    open.delete(key(draft));
    if (action === 'skip') {
      io.out('  skipped');
      io.out('');
      continue;
    }
    if (action === 'accept') accept(draft);
    else if (action === 'delete') remove(doc, draft);
    else toExclusion(doc, draft, draft.at && sources.get(draft.at.source));
    writeDocument(file, doc);
    io.out(
      `  ${{ accept: 'accepted: review and why deleted', delete: 'deleted', exclusion: 'now a draft exclusion' }[action]}`,
    );
    io.out('');
    ({ doc, drafts } = read());
  }
  const left = drafts.length;
  io.out(
    `review: ${done.accept} accepted, ${done.exclusion} made exclusions, ${done.delete} deleted, ${done.skip} skipped; ${left} draft(s) left in ${rel}. Run pnpm validate.`,
  );
  return 0;
}
