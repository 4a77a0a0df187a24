// createApp() builds the HTTP app without listening: tests call app.fetch(), cli/serve.ts listens.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import { config, type Config } from '../config.ts';
import { logger } from '../log.ts';
import { createSchema } from './schema.ts';
import { createContext, type UserContext } from './context.ts';
import { createDyadPubSub } from './pubsub.ts';
import { createMaskError, markRefusal } from './errors.ts';
import { neo4jAnswers } from './health.ts';
import { browseFilesPlugin } from './browse-files.ts';

export type DyadApp = YogaServerInstance<Record<string, unknown>, UserContext>;

/**
 * Limits sized for real dashboards: a relation with its statements page and each statement's speaker,
 * country, topics, article and event is depth 7 and costs about 600; the largest legitimate queries we know
 * (a full relation view with timeline, topics, officials and two nested connections) stay under half the
 * cost limit. A hostile query (deep nesting through counterparts, hundreds of aliases) is refused while
 * the document is validated, before any resolver runs.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 6000,
} as const;

const onReject = [(_: unknown, error: GraphQLError) => markRefusal(error)];

export function createApp(cfg: Config = config()): DyadApp {
  const log = logger();
  const pubsub = createDyadPubSub();
  return createYoga<Record<string, unknown>, UserContext>({
    schema: createSchema(),
    context: createContext(cfg, pubsub),
    graphqlEndpoint: '/graphql',
    renderGraphiQL,
    graphiql: { title: 'Dyad GraphQL' },
    landingPage: false,
    maskedErrors: { maskError: createMaskError(log) },
    logging: {
      debug: (...args) => log.debug(args),
      info: (...args) => log.info(args),
      warn: (...args) => log.warn(args),
      error: (...args) => log.error(args),
    },
    plugins: [
      browseFilesPlugin(),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, onReject, ignoreIntrospection: true },
        maxAliases: { n: LIMITS.maxAliases, onReject },
        maxDirectives: { n: LIMITS.maxDirectives, onReject },
        maxTokens: { n: LIMITS.maxTokens, onReject },
        costLimit: { maxCost: LIMITS.maxCost, onReject },
        blockFieldSuggestion: { enabled: true },
      }),
      {
        async onRequest({ url, endResponse, fetchAPI }) {
          if (url.pathname === '/healthz') {
            const neo4j = await neo4jAnswers();
            endResponse(
              new fetchAPI.Response(JSON.stringify({ ok: neo4j, neo4j }), {
                status: neo4j ? 200 : 503,
                headers: { 'content-type': 'application/json' },
              }),
            );
          }
        },
      },
    ],
  });
}
