// createApp() builds the HTTP app without listening: tests call app.fetch(), cli/serve.ts listens.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { config, type Config } from '../config.ts';
import { logger } from '../log.ts';
import { createSchema } from './schema.ts';
import { createContext, type Context } from './context.ts';
import { neo4jAnswers } from './health.ts';

export type DyadApp = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp(cfg: Config = config()): DyadApp {
  const log = logger();
  return createYoga<Record<string, unknown>, Context>({
    schema: createSchema(),
    context: createContext(cfg.apiToken),
    graphqlEndpoint: '/graphql',
    renderGraphiQL,
    graphiql: { title: 'Dyad GraphQL' },
    landingPage: false,
    maskedErrors: true,
    logging: {
      debug: (...args) => log.debug(args),
      info: (...args) => log.info(args),
      warn: (...args) => log.warn(args),
      error: (...args) => log.error(args),
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 8 },
        maxAliases: { n: 15 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 2000 },
        costLimit: { maxCost: 5000 },
        blockFieldSuggestion: { enabled: true },
      }),
      {
        async onRequest({ request, url, endResponse, fetchAPI }) {
          if (url.pathname === '/healthz') {
            const neo4j = await neo4jAnswers();
            endResponse(
              new fetchAPI.Response(JSON.stringify({ ok: neo4j, neo4j }), {
                status: neo4j ? 200 : 503,
                headers: { 'content-type': 'application/json' },
              }),
            );
          }
          void request;
        },
      },
    ],
  });
}
