import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/index.ts';
import { deleteArticles } from '../../pipeline/write/index.ts';
import { apiError, badInput } from '../errors.ts';
import { loadAll } from '../loaders.ts';
import { ingestArticles, type ArticleInput, type Ingested } from '../ingest.ts';

/** Mutations need the configured token: none configured disables them (FORBIDDEN), a bad one is UNAUTHENTICATED. */
export function requireToken(ctx: Context): void {
  if (ctx.auth === 'ok') return;
  if (ctx.auth === 'disabled') {
    throw apiError('FORBIDDEN', 'mutations are disabled: this server has no DYAD_API_TOKEN configured');
  }
  throw apiError('UNAUTHENTICATED', ctx.auth === 'missing' ? 'mutations need an Authorization: Bearer <token> header' : 'the bearer token is not valid');
}

async function ingest(inputs: readonly ArticleInput[], ctx: Context) {
  requireToken(ctx);
  const results = await ingestArticles(inputs);
  ctx.loaders.clearAll();
  ctx.forgetReads();
  for (const r of results) if (r.changed) for (const id of r.statementIds) ctx.pubsub.publish('statementAdded', id);
  return results;
}

export const Mutation = {
  ingestArticle: async (_: unknown, args: { input: ArticleInput }, ctx: Context) => (await ingest([args.input], ctx))[0],
  ingestArticles: (_: unknown, args: { inputs: ArticleInput[] }, ctx: Context) => ingest(args.inputs, ctx),
  deleteArticle: async (_: unknown, args: { id: string }, ctx: Context) => {
    requireToken(ctx);
    if ((await ctx.loaders.article.load(args.id)) === null) throw apiError('NOT_FOUND', `no article with id "${args.id}"`);
    const { deleted } = await deleteArticles([args.id]);
    ctx.loaders.clearAll();
    ctx.forgetReads();
    return { id: args.id, deleted: deleted > 0 };
  },
  mergeOfficials: async (_: unknown, args: { keep: string; merge: string }, ctx: Context) => {
    requireToken(ctx);
    if (args.keep === args.merge) throw badInput('keep and merge must be two different officials');
    const [keep, merge] = await Promise.all([ctx.loaders.official.load(args.keep), ctx.loaders.official.load(args.merge)]);
    if (keep === null || merge === null) throw apiError('NOT_FOUND', `no official with id "${keep === null ? args.keep : args.merge}"`);
    await repo.mergeOfficials(args.keep, args.merge);
    ctx.loaders.clearAll();
    ctx.forgetReads();
    return ctx.loaders.official.load(args.keep);
  },
};

export const IngestResult = {
  article: (r: Ingested, _: unknown, ctx: Context) => ctx.loaders.article.load(r.articleId),
  statements: (r: Ingested, _: unknown, ctx: Context) => loadAll(ctx.loaders.statement, r.statementIds),
  events: (r: Ingested, _: unknown, ctx: Context) => loadAll(ctx.loaders.event, [...new Set(r.eventIds)]),
  officials: (r: Ingested, _: unknown, ctx: Context) => loadAll(ctx.loaders.official, [...new Set(r.officialIds)]),
};
