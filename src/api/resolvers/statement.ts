import type { Context } from '../context.ts';
import type { StatementRow } from '../../db/repositories/index.ts';
import { loadAll } from '../loaders.ts';
import { apiError } from '../errors.ts';

export const Statement = {
  speaker: (s: StatementRow, _: unknown, ctx: Context) => (s.speakerId === null ? null : ctx.loaders.official.load(s.speakerId)),
  speakerCountry: (s: StatementRow, _: unknown, ctx: Context) => (s.speakerCountry === null ? null : ctx.loaders.country.load(s.speakerCountry)),
  topics: (s: StatementRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.topic, [...s.topics].sort()),
  targets: (s: StatementRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.country, [...s.targets].sort()),
  event: (s: StatementRow, _: unknown, ctx: Context) => (s.eventId === null ? null : ctx.loaders.event.load(s.eventId)),
  article: async (s: StatementRow, _: unknown, ctx: Context) => {
    const article = await ctx.loaders.article.load(s.articleId);
    if (article === null) throw apiError('NOT_FOUND', `the article of statement ${s.id} is gone`);
    return article;
  },
};
