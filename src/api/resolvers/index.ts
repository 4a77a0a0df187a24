import { GraphQLScalarType, Kind } from 'graphql';
import { createRequire } from 'node:module';
import type { Context } from '../context.ts';
import { neo4jAnswers } from '../health.ts';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE.test(value)) throw new TypeError('Date must be YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !DATE.test(ast.value)) throw new TypeError('Date must be YYYY-MM-DD');
    return ast.value;
  },
});

export const resolvers = {
  Date: DateScalar,
  Query: {
    health: async (_: unknown, __: unknown, _ctx: Context) => ({ ok: true, version: pkg.version, neo4j: await neo4jAnswers() }),
  },
};
