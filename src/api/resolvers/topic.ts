import type { Context } from '../context.ts';
import type { TopicRow } from '../../db/repositories/index.ts';

export const Topic = {
  parent: (t: TopicRow, _: unknown, ctx: Context) => (t.parent === null ? null : ctx.loaders.topic.load(t.parent)),
  children: async (t: TopicRow, _: unknown, ctx: Context) => (await ctx.loaders.allTopics()).filter((c) => c.parent === t.id),
};
