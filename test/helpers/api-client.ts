// The in-process client most API tests use: app.fetch() with a GraphQL POST, no socket.
import { createApp, type DyadApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever shape they asked for
export interface GqlResult<T = any> {
  status: number;
  data: T | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }> | undefined;
}

/** An app whose mutations need TEST_TOKEN (or are disabled with `token: null`). */
export function testApp(opts: { token?: string | null; env?: Record<string, string> } = {}): DyadApp {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...opts.env };
  if (opts.token === null) delete env['DYAD_API_TOKEN'];
  else env['DYAD_API_TOKEN'] = opts.token ?? TEST_TOKEN;
  return createApp(loadConfig(env));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function gql<T = any>(
  app: DyadApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await app.fetch('http://dyad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlResult['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

export const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
export const auth = { authorization: `Bearer ${TEST_TOKEN}` };
