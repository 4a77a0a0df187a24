// The API as its users reach it: the server `dyad serve` starts (listen() of src/cli/serve.ts) on a free port,
// asked over real HTTP by real GraphQL clients: graphql-request for queries and mutations, graphql-sse for
// subscriptions. The server runs in the test's own process, so onQuery() of src/db/run.ts still sees every
// Cypher query that a request sends.
import type { AddressInfo } from 'node:net';
import { ClientError, GraphQLClient } from 'graphql-request';
import { createClient, type ExecutionResult } from 'graphql-sse';
import { createApp, type DyadApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';
import { listen } from '../../src/cli/serve.ts';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever shape they asked for
export interface GqlResult<T = any> {
  status: number;
  data: T | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }> | undefined;
}

export interface AppOptions {
  /** The token mutations need: TEST_TOKEN by default; null configures none (mutations are then FORBIDDEN). */
  token?: string | null;
  env?: Record<string, string>;
}

/** An app whose mutations need TEST_TOKEN (or are disabled with `token: null`). */
export function testApp(opts: AppOptions = {}): DyadApp {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...opts.env };
  if (opts.token === null) delete env['DYAD_API_TOKEN'];
  else env['DYAD_API_TOKEN'] = opts.token ?? TEST_TOKEN;
  return createApp(loadConfig(env));
}

export interface TestServer {
  /** http://127.0.0.1:<port> */
  base: string;
  /** The GraphQL endpoint: base + /graphql */
  url: string;
  port: number;
  /** graphql-request's client for `url`; with errorPolicy 'all' it returns errors next to data instead of throwing. */
  client: GraphQLClient;
  close(): Promise<void>;
}

/** A listening server of testApp(opts) on 127.0.0.1 and a free port; one per test file (beforeAll/afterAll). */
export async function startServer(opts: AppOptions = {}): Promise<TestServer> {
  const server = await listen(testApp(opts), 0, '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  return {
    base,
    url,
    port,
    client: new GraphQLClient(url, { errorPolicy: 'all' }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // the clients keep their connections alive (and a subscription holds its stream open)
        server.closeAllConnections();
      }),
  };
}

/**
 * Sends one GraphQL request over HTTP with graphql-request (POST, as its client does by default) and gives back
 * the HTTP status with the body's data and errors, also when the status is not 2xx (graphql-request then throws
 * a ClientError that carries the response).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function gql<T = any>(
  api: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  try {
    const r = await api.client.rawRequest<T>(query, variables, headers);
    return { status: r.status, data: r.data, errors: r.errors as GqlResult['errors'] };
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    const { status, data, errors } = error.response;
    return { status, data: data as T | null | undefined, errors: errors as GqlResult['errors'] };
  }
}

export const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
export const auth = { authorization: `Bearer ${TEST_TOKEN}` };

export interface Subscription {
  /** The HTTP response that carries the stream (status and headers; graphql-sse reads its body); rejects after 20 s. */
  response: Promise<Response>;
  /** The next event (`next` message) of the stream; rejects after `timeoutMs`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  next(timeoutMs?: number): Promise<ExecutionResult<any, unknown>>;
  close(): Promise<void>;
}

/**
 * A subscription through graphql-sse's client in "distinct connections mode" (its default, and what yoga serves):
 * one POST answered by a text/event-stream for this subscription alone. The request goes out at once.
 */
export function subscribe(api: TestServer, query: string, variables: Record<string, unknown> = {}): Subscription {
  let opened!: (res: Response) => void;
  const response = new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the event stream did not open in time')), 20_000);
    opened = (res) => {
      clearTimeout(timer);
      resolve(res);
    };
  });
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await fetch(input, init);
    opened(res);
    return res;
  };
  const client = createClient({ url: api.url, retryAttempts: 0, fetchFn });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const events = client.iterate<any, unknown>({ query, variables });
  return {
    response,
    async next(timeoutMs = 20_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no event in time')), timeoutMs)));
      try {
        const result = await Promise.race([events.next(), timeout]);
        if (result.done) throw new Error('the event stream ended');
        return result.value;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await events.return?.();
      client.dispose();
    },
  };
}
