// createApp() builds the HTTP app without listening: cli/serve.ts listen() serves it, for `dyad serve` and the tests.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from './graphql.ts';
import { config, type Config } from '../config.ts';
import { logger } from '../log.ts';
import { createSchema } from './schema.ts';
import { createContext, type UserContext } from './context.ts';
import { createDyadPubSub } from './pubsub.ts';
import { createSharedReads } from './shared-reads.ts';
import { createResponseCache } from './response-cache.ts';
import { frontCache } from './front-cache.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createMaskError, markRefusal } from './errors.ts';
import { neo4jAnswers } from './health.ts';
import { fanOutLimitPlugin, pageSizePlugin } from './limits.ts';
import { browseFilesPlugin } from './browse-files.ts';
import { exportPlugin } from './export.ts';
import { dashboardPlugin } from './dashboard/index.ts';

export type DyadApp = YogaServerInstance<Record<string, unknown>, UserContext>;

/**
 * Limits sized for real dashboards. In armor's cost (which multiplies by literal `first` values), a relation
 * view with a 50-statement page, each with speaker, countries, topics, article and event, plus topics,
 * officials and a monthly timeline, costs about 11,000 at depth 6; a 100-statement page with the same nesting
 * about 12,500. Hostile shapes are caught by depth (counterparts of counterparts ...), aliases (the same
 * expensive field fifty times), tokens (huge documents) and the fan-out estimate of limits.ts (big pages
 * nested in big pages, also when sized by variables). All of these refuse before any resolver runs.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 50_000,
  maxObjects: 20_000,
} as const;

const onReject = [(_: unknown, error: GraphQLError) => markRefusal(error)];

export function createApp(cfg: Config = config()): DyadApp {
  const log = logger();
  const pubsub = createDyadPubSub();
  const reads = createSharedReads();
  const responses = createResponseCache(cfg.apiCacheSeconds, cfg.apiCacheStatementSeconds);
  const forgetReads = () => {
    responses.clear();
    reads.forget();
  };
  const yoga = createYoga<Record<string, unknown>, UserContext>({
    schema: createSchema(),
    context: createContext(cfg, pubsub, reads, forgetReads),
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
      exportPlugin(),
      dashboardPlugin(),
      pageSizePlugin(cfg.maxPageSize),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, onReject, ignoreIntrospection: true },
        maxAliases: { n: LIMITS.maxAliases, onReject },
        maxDirectives: { n: LIMITS.maxDirectives, onReject },
        maxTokens: { n: LIMITS.maxTokens, onReject },
        costLimit: { maxCost: LIMITS.maxCost, onReject },
        blockFieldSuggestion: { enabled: true },
      }),
      fanOutLimitPlugin(LIMITS.maxObjects),
      // Last, so that refused queries never reach it.
      ...(responses.plugin ? [responses.plugin] : []),
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
  if (responses.front) handlers.set(yoga, frontCache(yoga, responses.front));
  return yoga;
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;
const handlers = new WeakMap<DyadApp, NodeHandler>();

/** The node request handler of `app`: yoga behind the response cache's front door (front-cache.ts) when the cache is on. */
export function httpHandler(app: DyadApp): NodeHandler {
  return handlers.get(app) ?? app;
}
