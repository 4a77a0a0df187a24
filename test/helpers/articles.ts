// Copies of the project's sample articles under fresh ids, written to a temporary folder, so that tests
// running in parallel on one database never touch each other's articles.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/domain.ts';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/articles', import.meta.url));

export function sampleArticles(): Article[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(EXAMPLES_DIR, d.name))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(path.join(EXAMPLES_DIR, d.name, f), 'utf8')) as Article),
    );
}

/** The sample articles with ids prefixed by `tag`, as one .json file each in a new temporary folder. */
export function taggedCopies(tag: string, limit = Infinity): { dir: string; articles: Article[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyad-test-'));
  const articles = sampleArticles()
    .slice(0, limit)
    .map((a) => ({ ...a, id: `${tag}-${a.id}` }));
  for (const a of articles) writeFileSync(path.join(dir, `${a.id}.json`), JSON.stringify(a));
  return { dir, articles };
}
