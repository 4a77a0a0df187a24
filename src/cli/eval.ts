// `dyad eval`: extracts the shared corpus with the language field removed (so detection is
// measured too), writes the JSON Lines to a temporary file and prints the scorer's table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article } from '../domain.ts';
import { DyadError } from '../errors.ts';
import { loadLexicons } from '../lexicon/index.ts';
import { extractArticle } from '../pipeline/extract-article.ts';
import { dateFromEachOther } from '../pipeline/resolve/undated.ts';

export async function evaluate(opts: { shared: string; keep?: boolean; json?: boolean }): Promise<void> {
  const shared = resolve(opts.shared);
  const corpus = join(shared, 'corpus');
  const scorer = join(shared, 'eval', 'score.mjs');
  let files: string[];
  try {
    files = readdirSync(corpus).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new DyadError('CONFIG', `no corpus at ${corpus}`, { hint: 'pass --shared <dir> pointing at the shared folder' });
  }
  const lexicons = loadLexicons();
  const extractions = files.map((f) => {
    const article = JSON.parse(readFileSync(join(corpus, f), 'utf8')) as Article;
    return extractArticle({ ...article, language: null }, lexicons);
  });
  // as `dyad extract` over the folder does: reports that cannot date their event alone are dated by the others
  const lines = dateFromEachOther(extractions).map((x) => JSON.stringify(x));
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
  const out = join(dir, 'system.jsonl');
  writeFileSync(out, `${lines.join('\n')}\n`);
  const args = [scorer, '--articles', corpus, '--gold', join(shared, 'eval', 'gold'), '--system', out];
  if (opts.json) args.push('--json');
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (process.env['DYAD_EVAL_KEEP']) process.stderr.write(`system output kept at ${out}\n`);
  else rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
